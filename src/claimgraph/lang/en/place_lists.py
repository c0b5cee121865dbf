"""English words around places named together (`recognise.place_lists`): a kind of place in the plural before a list
("the towns of Mutsamudu and Ouani"), and a route between two places ("the road from Salalah to Thamrit")."""

import re

# A kind of place in the plural, "the" and at most one word before it, "of" and the list after it; the class of each
# place it lists.
PLURAL_KINDS = {"towns": "Settlement", "cities": "Settlement", "villages": "Settlement", "ports": "Settlement",
                "suburbs": "Settlement", "provinces": "Region", "regions": "Region", "districts": "District",
                "islands": "Region"}
# The words that join the last place of such a list.
LIST_AND = r"(?:and|or)"
# A route or a move from one place to another: "from Salalah to Thamrit", "from Kudat to Tawau".
FROM_TO = (r"\bfrom", r"to")
# A word that alone is only the first half of a name the list's last item completes: "the villages of Upper and Lower
# Dir", "the provinces of North and South Kivu" (one place each, "Upper Dir", "North Kivu").
SHARED_HEAD_WORDS = frozenset({"Upper", "Lower", "Greater", "Little", "Old", "New", "Inner", "Outer", "North", "South",
                               "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
# Names listed right before a name, each with its joint ("taken San Cristobal, Ocosingo, Las Margaritas and
# Altamirano"): what tells the list's first name a place tells the later ones too (`recognise.wordnames`).
NAMES_LISTED_BEFORE = re.compile(r"(?<![\w’'\-])(?:[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}"
                                 r"(?:,|,?[ \t]+(?:and|or))[ \t]+)+$")
# The verbs of those a place follows whose object may as well be persons ("took Owen, Stoltenberg and Bender to the
# airport", "captured Lopez and Garcia"): the list they open is of places only where the gazetteer knows another of
# its names as a place.
PERSONS_TAKEN_TOO = frozenset({"took", "taken", "captured", "seized", "evacuated", "abandoned"})
# A side of a land named by a lower-case point of the compass before its name: "in northern Uganda", "from the
# southern Philippines", "north-eastern Iraq" (`recognise.place_lists.compass_sides`); capitalised, the words open a
# name of their own or a sentence ("Eastern Ghouta", `names`). Not "central": "the central Gulf" names no region.
COMPASS_SIDE = re.compile(r"(?<![\w’'\-])(?P<side>(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern)[ \t]+"
                          r"(?P<land>[A-Z][\w’'\-]*"
                          r"(?:[ \t]+(?:(?:of|and)[ \t]+)?(?:the[ \t]+)?[A-Z][\w’'\-]*){0,4})")
