"""The words of killings and attacks told by blows and hand weapons in English (`claimgraph.recognise.melee`).

A first-hand account of a fight tells its dead and its assault in the words of a beating, not in the lexicon's:
"the two guards were hacked to death", "they beat the driver to death", "they came at us with clubs and axes".

A verb of blows (BLOWS) before "to death", with at most TO_DEATH_REACH words between (its object: "beat the driver
to death"), is a killing of people: who is beaten, the object or else the passive subject's last word (past
PASSIVE_SKIP: "two guards who were brutally beaten"), is a word of people (`deaths.DEAD_PEOPLE`, the lexicon's
EXECUTED_PEOPLE and RELEASED_PEOPLE, a plural in PEOPLE_SUFFIX: "ferrymen", "tribesmen"), a person's pronoun
(PERSON_OBJECTS; a subject's, `_pronouns.PERSONAL`: "He was beaten to death", not "We have beaten the topic to
death") or a name. Not a death of mishap or fire ("burned to death", "crushed to death", "trampled to death": none
of BLOWS), an animal's ("Residents said the dog was beaten to death"), nor a figure of speech ("bored to death",
"scared to death", "The topic has been beaten to death").

"came at" (CAME_AT) someone (a person, as above, between "at" and "with") with a weapon (a word of HAND_WEAPONS or
the lexicon's WEAPONS, within WEAPON_REACH words after "with") is an attack: "The mob came at the guards with
machetes"; not "came at a price", "came at dawn", "the children came at me with snowballs", "The winner came at the
death with a rocket", nor a bout of two ("knights came at each other with swords", the words of RECIPROCAL right
after "at").
"""

import re

from . import _pronouns

BLOWS = ("beat", "beaten", "beats", "beating", "clubbed", "hacked", "stabbed", "bludgeoned", "stoned", "bayoneted",
         "tortured", "shot", "kicked", "knifed", "axed")
TO_DEATH_REACH = 4  # "beat the young driver to death"
TO_DEATH = re.compile(r"\b(?:%s)\b(?:\s+[\w'’-]+){0,%d}?\s+to\s+death\b" % ("|".join(BLOWS), TO_DEATH_REACH),
                      re.IGNORECASE)
PEOPLE_SUFFIX = "men"
PERSON_OBJECTS = frozenset({"him", "her", "them", "us", "me"})
SUBJECT_PRONOUNS = _pronouns.PERSONAL
# Who a passive beats to death: its subject's last word, past these words, a verb of blows and an adverb in
# ADVERB_SUFFIX ("the guard who was brutally beaten", "Two men were shot and hacked to death").
PASSIVE_SKIP = frozenset({"was", "were", "been", "being", "be", "is", "are", "had", "has", "have", "who", "that", "and",
                          "then", "later"})
ADVERB_SUFFIX = "ly"
CAME_AT = re.compile(r"\b(?:came|come|comes|coming)\s+at\b", re.IGNORECASE)
WITH = "with"
RECIPROCAL = ("each other", "one another")
OBJECT_REACH = 4  # "came at the two officers with", "came at us with"
WEAPON_REACH = 4  # "with axes", "with iron bars and clubs"
HAND_WEAPONS = frozenset({"axe", "axes", "ax", "club", "clubs", "machete", "machetes", "knife", "knives", "bayonet",
                          "bayonets", "bar", "bars", "pickaxe", "pickaxes", "crowbar", "crowbars", "spear", "spears",
                          "sword", "swords", "hatchet", "hatchets", "cudgel", "cudgels", "rifle", "rifles", "guns",
                          "gun", "pistols", "pistol"})
# The words of these triggers as the resolver reads them: verbs, each a new happening (`triggers.VERBS`).
VERB_FORMS = frozenset({*BLOWS, "came at", "come at", "comes at", "coming at"})
