"""English words that name a people by a demonym and a noun for people who are no organ of a state
(`recognise.people_groups`): "Cuban exiles", "Western diplomats", "Somali witnesses", "Chinese construction workers"."""

import re

# Nouns for people who act, speak or suffer as a group of their own, never as their state: not "officials",
# "authorities", "leaders", "sources" (their state speaking: "Indian sources said"), nor advisers (a state's men sent to
# its ally's army: "Iranian advisers took part in the operation" is Iran's part), nor captives ("Armenian prisoners":
# the state's soldiers taken, told by the state's name), nor a word for fighters (`names.FORCE_WORDS`: its forces).
_PEOPLE = ("exiles", "emigres", "émigrés", "refugees", "civilians", "villagers", "residents", "witnesses", "diplomats",
           "engineers", "auxiliaries", "volunteers", "students", "farmers", "herders",
           "nationals", "workers", "journalists", "observers", "mercenaries", "settlers", "pilgrims",
           "websites", "media", "newspapers", "exile groups", "opposition groups")
# The one lower-case word that may stand between ("Chinese construction workers", "Greek state media").
_BETWEEN = ("military", "civilian", "medical", "construction", "election", "state", "local", "ethnic", "foreign",
            "former", "young")


def _noun(words: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", r"[ \t]+") for w in words)


def _after(case) -> re.Pattern:
    between, people = _noun(tuple(map(case, _BETWEEN))), _noun(tuple(map(case, _PEOPLE)))
    return re.compile(rf"[ \t]+(?P<noun>(?:(?:{between})[ \t]+)?(?:{people}))(?![\w\-])")


# After a demonym: the group's noun, written as the demonym is: in lower case, or in capitals after a demonym in
# capitals ("TUNISIAN VOLUNTEERS LANDED"); no compound after it.
PEOPLE_AFTER, PEOPLE_AFTER_CAPS = _after(str.lower), _after(str.upper)
# Words for a bloc of states or a creed that no pack lists as a demonym and that name a people as a demonym does:
# "Western diplomats said", "Islamist volunteers joined".
BLOC_WORDS = re.compile(r"\b(?:Western|Arab|Islamist|African|European|Asian|Muslim|Christian)(?=[ \t]+[a-z])")
