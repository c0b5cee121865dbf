"""asides: cue words (en) of a phrase set off by commas that describes the person named before it
(`claimgraph.extract.asides`)."""

from __future__ import annotations

import re

# "Anthony Eden, the British prime minister, who told the House of Commons that ..., resigned", "Hadi, a southerner
# loyal to Saleh, is named defence minister": a comma and a relative pronoun of persons (PERSON_RELATIVE), or a comma
# right after a person's name and an indefinite article (DESCRIBING_ARTICLE), open a phrase that says who the person
# is or what they did; the next comma closes it (ASIDE_CLOSE: a semicolon or a bracket first ends the search).
PERSON_RELATIVE = re.compile(r",\s+(?:who|whom|whose)\s", re.IGNORECASE)
DESCRIBING_ARTICLE = re.compile(r",\s+(?:a|an)\s", re.IGNORECASE)
ASIDE_CLOSE = re.compile(r"[,;()]")
