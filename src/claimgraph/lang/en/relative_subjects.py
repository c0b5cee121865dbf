"""relative_subjects: cue words (en) of a relative pronoun that is the subject of the verb right after it
(`claimgraph.extract.relative_subjects`)."""

from __future__ import annotations

import re

from . import _verbs

# From the end of a name to an event's verb: a comma, "who" or "which", then at most auxiliaries and an adverb
# ("President Juan Bosch, who was overthrown", "Mohammed, who surrendered", "Kenya, which had been invaded"). The
# pronoun is the verb's subject, and it names the name before the comma.
RELATIVE_SUBJECT = re.compile(r"\s*,\s+(?:who|which)\s+(?:(?:had|has|have|was|were|is|are|been|being|later|then|"
                              r"subsequently|eventually|briefly|first)\s+){0,3}$", re.IGNORECASE)
# The pronoun's verb is a past form, not a noun of the act ("Mohammed, who attack ..." is no English; "which
# ceasefire" is a determiner): a past (`_verbs.PAST_VERB`: "sent", "surrendered"), a participle of moving someone
# (`_verbs.MOVED_PARTICIPLE`), or a strong participle or past of the event words; matched against the trigger's first
# word ("sent troops").
PAST_VERB = re.compile(rf"(?:{_verbs.PAST_VERB}|{_verbs.MOVED_PARTICIPLE}|overthrown|beaten|slain|withdrawn|fallen|"
                       r"begun|sank|sunk)", re.IGNORECASE)
