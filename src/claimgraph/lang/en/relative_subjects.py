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
# A participle clause right after a name, its verb the event's ("Armenia, having occupied Nagorno-Karabakh ...",
# "The junta, after having seized the radio station"): the name is the verb's subject.
PARTICIPLE_SUBJECT = re.compile(r"\s*,\s+(?:after\s+)?having\s+$", re.IGNORECASE)
# The pronoun's verb is a past form, not a noun of the act ("Mohammed, who attack ..." is no English; "which
# ceasefire" is a determiner): a past (`_verbs.PAST_VERB`: "sent", "surrendered"), a participle of moving someone
# (`_verbs.MOVED_PARTICIPLE`), or a strong participle or past of the event words; matched against the trigger's first
# word ("sent troops").
PAST_VERB = re.compile(rf"(?:{_verbs.PAST_VERB}|{_verbs.MOVED_PARTICIPLE}|overthrown|beaten|slain|withdrawn|fallen|"
                       r"begun|sank|sunk)", re.IGNORECASE)
# A name right after "of" / "for" / "against" / "on" is the object of a phrase ("the campaign against the Houthis,
# which bombed the airport", "a spokesman for the Taliban, who fled"): the pronoun may stand for the phrase's head,
# so the name did no act of an active verb after it. Other prepositions are left out: "by" names a passive's agent
# ("bombed by NATO, which killed"), and after "with" / "to" / "from" the name is as often the pronoun's own ("a war
# with Libya, which withdrew").
OBJECT_OF_PHRASE = re.compile(r"\b(?:of|for|against|on|upon)\s+(?:the\s+)?$", re.IGNORECASE)
# Of those, "of" parts a name from the pronoun for a passive verb too: the head before "of" is who suffered it ("The
# Kurds of Iraq, who were attacked with gas"); after "for" the name is still the pronoun's own ("fought for President
# Allende, who had been overthrown").
OF_PHRASE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
