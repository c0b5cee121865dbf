"""The words of a military collapse in English (`claimgraph.recognise.collapses`).

A verb of COLLAPSING names a Collapse only with a noun of DEFENCES heading its subject: a word of them within
SUBJECT_REACH words before the verb in its clause, no word of CLAUSE_STOPS between ("the defences at Se La and
Bomdila had collapsed", "resistance elsewhere in the south soon collapses", "the northern front crumbled in
March"). A building, a bridge, a market, a man or talks that collapse are no defeat in arms: "The bridge collapsed",
"Shares collapsed", "the striker collapsed on the pitch". Not "the phone lines collapsed": LINE_NOT_AFTER words
before "lines" are no front.
"""

import re

COLLAPSING = frozenset({"collapsed", "collapses", "crumbled", "crumbles", "disintegrated", "disintegrates"})
COLLAPSE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(COLLAPSING)) + r")\b", re.IGNORECASE)  # most blocks hold none
COLLAPSE_CLASS = "Collapse"
DEFENCES = frozenset({"defences", "defenses", "defence", "defense", "resistance", "front", "lines", "garrison",
                      "garrisons"})
LINE_NOT_AFTER = frozenset({"phone", "telephone", "power", "supply", "credit", "product", "bus", "rail", "party"})
CLAUSE_STOPS = frozenset({",", ";", ":", "which", "that", "who", "when", "while", "but", "after", "before", "as",
                          "because", "once", "until", "to"})
SUBJECT_REACH = 8
