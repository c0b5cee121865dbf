"""conventions: cue words (en) of a convention in lower case that is a treaty (`claimgraph.recognise.conventions`):
"created by the convention of 1972", "the two states signed a convention on fishing", "an 1890 convention between
Britain and China"."""

from __future__ import annotations

import re

# Right before the word: a verb of concluding and its article, one qualifier between allowed ("signed a convention",
# "ratified the fisheries convention"); not a party's ("attended the party convention").
# A qualifier of a gathering is no treaty's ("concluded the party convention": it ended it).
CONCLUDED_BEFORE = re.compile(r"\b(?:signed|ratified|concluded|initialled|acceded[ \t]+to)[ \t]+(?:a|an|the)[ \t]+"
                              r"(?:(?!(?:party|annual|national|nominating|constitutional|extraordinary|union)\b)"
                              r"[a-z]+[ \t]+)?$")
# ...or "the" right before it and a year after "of" right after it: "the convention of 1972" (not "the party
# convention of 1968", a qualifier between).
# Not where a gathering is attended ("Delegates at the convention of 1968 nominated ...", "addressed the convention").
THE_BEFORE = re.compile(r"(?<!\bat[ \t])(?<!\battended[ \t])(?<!\baddressed[ \t])(?<!\bduring[ \t])\b[Tt]he[ \t]+$")
OF_YEAR_AFTER = re.compile(r"[ \t]+of[ \t]+(?:1[5-9]|20)[0-9]{2}\b")
# ...or dated by a year right before it and between two sides named after it: "an 1890 convention between Britain and
# China" (names with capitals after "between"; not "the convention between sessions", "the convention between Easter
# and May": no year; "between Japan and Korea fans").
YEAR_BEFORE = re.compile(r"\b(?:1[5-9]|20)[0-9]{2}[ \t]+$")
BETWEEN_AFTER = re.compile(r"[ \t]+between[ \t]+(?:the[ \t]+)?(?P<side>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3})"
                           r"[ \t]+and[ \t]+(?:the[ \t]+)?(?P<other>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3})")
# The sides only qualify people when a noun of civilians (`triggers.CIVILIAN_PARTIES`, QUALIFIED_PEOPLE) is one of the
# two words after the second ("between Japan and Korea fans", "between Canada and Mexico trade groups"): a gathering of
# theirs, no treaty (`recognise.conventions`).
QUALIFIED_PEOPLE = frozenset({"groups", "delegates", "engineers", "lawyers", "scientists", "officials", "students",
                              "associations", "businesses", "experts", "executives", "collectors", "veterans"})
QUALIFIED_REACH = 2  # words after the second side read for a noun of people
REACH = 40  # characters before the word read for CONCLUDED_BEFORE
