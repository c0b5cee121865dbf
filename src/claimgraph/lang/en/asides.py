"""asides: cue words (en) of a phrase set off by commas that describes the person named before it
(`claimgraph.extract.asides`)."""

from __future__ import annotations

import re

from . import _verbs

# "Anthony Eden, the British prime minister, who told the House of Commons that ..., resigned", "Hadi, a southerner
# loyal to Saleh, is named defence minister": a comma and a relative pronoun of persons (PERSON_RELATIVE: the pronoun
# itself tells a person), or a comma and an indefinite article right after a name read as a person's
# (DESCRIBING_ARTICLE), open a phrase that says who the person is or what they did; the next comma closes it
# (ASIDE_CLOSE: a semicolon or a bracket first ends the search).
PERSON_RELATIVE = re.compile(r",\s+(?:who|whom|whose)\s", re.IGNORECASE)
DESCRIBING_ARTICLE = re.compile(r",\s+(?:a|an)\s", re.IGNORECASE)
ASIDE_CLOSE = re.compile(r"[,;()]")
# Right before a name in the aside, the person's group ("a leader of Boko Haram", "who were members of Hamas", "who
# belonged to the PKK"): the person acted for it, the act keeps it.
AFFILIATION = re.compile(r"\b(?:members?|leaders?|commanders?|fighters?|militants?|officers?|belong(?:s|ed)?)\s+"
                         r"(?:of|to)\s+(?:the\s+)?$", re.IGNORECASE)
# Right before a town in the aside, where the person went or was ("who had crossed from Rwanda into Goma").
INTO_TOWN = re.compile(r"\b(?:into|in)\s+(?:the\s+(?:town|city)\s+of\s+)?$", re.IGNORECASE)
# "President Alberto Fujimori, who had ordered the raid in March, resigned in November", "The army, which had lost
# Tiwinza, withdrew": a relative clause set off by commas (", who" / ", which" / ", whose" and no other comma,
# semicolon, colon or bracket before its closing comma), then a finite verb of the name before it (RELATIVE_MAIN_VERB:
# a past, an auxiliary, after at most an adverb of time; not a participle with "by": "which had fallen, taken by the
# rebels"; no form of "be": "Milosevic, who ..., was arrested" suffered the act, "The army, which ..., was planning to
# attack" only planned it; nor "will" ("Peru, which ..., will sign": a plan) or a negated auxiliary ("Ecuador, which
# ..., did not sign"): the subject's passive, plan and negation are read on the words right before the verb).
# The words from the closing comma on are the main clause's (`extract.relatives`).
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\s[^,;:()]+?(?P<close>,)\s", re.IGNORECASE)
_THEN = r"(?:later|then|also|finally|eventually|soon|subsequently|itself|themselves)"
RELATIVE_MAIN_VERB = re.compile(rf"\s*(?:{_THEN}\s+)?(?:{_verbs.PAST_VERB}|had|has|have|would|did)\b"
                                r"(?!\s+(?:by|been|being|not|never)\b)")
