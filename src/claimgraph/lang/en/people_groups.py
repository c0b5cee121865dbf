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

# -- Groups named by a noun for people alone, no name nor demonym (`recognise.people_groups.unnamed`) --
# The nouns for people that a source tells as one group of its own when it tells an act of theirs or one done to them
# ("the hostages were freed", "gunmen attacked the convoy", "demonstrators marched on the palace"): who they are
# matters to the story, and the source names them so throughout. Not nouns a text uses of people at large ("people",
# "civilians", "residents", "prisoners": the dead and the held are counted, seldom one group), nor "captors" (a side
# the source names: "their captors" are North Korea's men), nor the rebels (`names.REBELS`); a state's army and
# police, by the state's force the source named (`STATE_MEN`).
GROUP_NOUNS = {
    **dict.fromkeys(("hostages", "captives", "crew", "passengers", "refugees", "evacuees", "demonstrators",
                     "protesters", "protestors", "marchers", "rioters", "villagers", "islanders", "pilgrims",
                     "strikers", "mourners"), "PopulationGroup"),
    **dict.fromkeys(("gunmen", "attackers", "assailants", "hijackers", "kidnappers", "hostage-takers",
                     "paramilitaries", "militiamen", "militants", "insurgents", "mutineers", "raiders"), "ArmedGroup"),
    **dict.fromkeys(("army", "troops", "soldiers"), "ArmedForce"), "police": "Government"}
# A state's men named by a noun alone are the one force of their kind the source named before ("Guinean troops opened
# fire ... The army denied"), else a force of the source's own: the army, its troops and soldiers are one
# (`GROUP_KEYS`); none where it named two ("Ethiopian troops ... Eritrean troops ... the troops").
STATE_MEN = frozenset({"ArmedForce", "Government"})
GROUP_KEYS = {"troops": "army", "soldiers": "army"}
# What may stand before the noun in the group's name: one determiner, a number, then lower-case words that qualify
# the group ("the remaining hostages", "his crew", "six hostages", "a foreign camera crew", "masked gunmen"). "the" is
# no word of the name (a name's article), "a" is ("a crew" is one crew among others). Not before "of": what follows
# says whose they are ("the militants of the clubs", "the crew of the research vessel"); nor before a noun it
# qualifies (`_COMPOUND_HEADS`).
_DETERMINERS = (r"a|an|his|her|its|their|our|my|your|these|those|some|many|most|all|several|other|both|"
                r"[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                r"dozens[ \t]+of|hundreds[ \t]+of|thousands[ \t]+of")
_QUALIFIERS = (r"remaining|surviving|freed|released|kidnapped|abducted|captured|displaced|fleeing|foreign|local|"
               r"armed|unarmed|masked|unidentified|unknown|young|civilian|innocent|angry|peaceful|student|"
               r"tank|camera|ship's|government|federal|national|regular|security|civil|riot|(?:pro|anti)-[\w-]+")
# Nouns the group's noun qualifies, the head of a longer name: "two police officers", "the army chief", "a crew member".
_COMPOUND_HEADS = (r"officers?|officials?|stations?|chiefs?|commanders?|commands?|units?|members?|leaders?|"
                   r"spokes(?:man|woman|person)|headquarters|vehicles?|trucks?|camps?|bases?|barracks|posts?|patrols?|"
                   r"lists?|numbers|families|relatives|rights|groups?|cards?|generals?")
# A body right after the group's noun whose members they are ("militants within the party", "militants in the union"):
# with a word of members (`triggers.CIVIL_IRREGULARS`) activists, no armed group (`recognise.people_groups._activists`).
BODY_AFTER = re.compile(r"[ \t]+(?:in|within|inside|among)[ \t]+(?:the[ \t]+|their[ \t]+|its[ \t]+)?(?P<body>[\w-]+)")
GROUP_NAME = re.compile(rf"(?<![\w’'\-])(?:(?P<the>[Tt]he)[ \t]+)?(?P<name>(?:(?:{_DETERMINERS})[ \t]+)?"
                        rf"(?:(?:{_QUALIFIERS})[ \t]+){{0,2}}(?P<noun>{'|'.join(GROUP_NOUNS)}))"
                        rf"(?![\w’'\-]|[ \t]+(?:of|{_COMPOUND_HEADS})\b)")
