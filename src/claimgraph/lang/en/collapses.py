"""The words of a military collapse in English (`claimgraph.recognise.collapses`).

A verb of COLLAPSING names a Collapse only with a noun of DEFENCES heading its subject ("the defences at Se La and
Bomdila had collapsed", "resistance elsewhere in the south soon collapses", "the northern front crumbled in March"):
written in lower case (or opening its sentence: "The Popular Front government" is a name), qualifying no noun after
it ("The defence case collapsed"). A building, a bridge, a market, a man or talks that collapse are no defeat in arms:
"The bridge collapsed", "Shares collapsed", "the striker collapsed on the pitch". A word of BARE_DEFENCES is a team's
or a building's too ("Chelsea's defence collapsed", "The front of the old hotel collapsed"): only with a part of the
land before it ("the northern front", `clauses.PART_OF_LAND`) or a place phrase after it (DEFENCE_PLACE_AFTER: "the
defence at Khe Sanh"). Not "the phone lines collapsed": LINE_NOT_AFTER words before "lines" are no front.
"""

import re

COLLAPSING = frozenset({"collapsed", "collapses", "crumbled", "crumbles", "disintegrated", "disintegrates"})
COLLAPSE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(COLLAPSING)) + r")\b", re.IGNORECASE)  # most blocks hold none
DEFENCES = frozenset({"defences", "defenses", "defence", "defense", "resistance", "front", "lines", "garrison",
                      "garrisons"})
BARE_DEFENCES = frozenset({"defence", "defense", "front"})
DEFENCE_PLACE_AFTER = frozenset({"at", "in", "on", "along", "around", "near", "outside"})
SUBJECT_REACH = 8  # "the defences at Khe Sanh and Dak To had collapsed"
LINE_NOT_AFTER = frozenset({"phone", "telephone", "power", "supply", "credit", "product", "bus", "rail", "party"})
