"""The words of killings and attacks told by blows and hand weapons in English (`claimgraph.recognise.melee`).

A first-hand account of a fight tells its dead and its assault in the words of a beating, not in the lexicon's:
"the two guards were hacked to death", "they beat the driver to death", "they came at us with clubs and axes".

A verb of blows (BLOWS) before "to death", with at most TO_DEATH_REACH words between (its object: "beat the driver
to death"), is a killing of people where what it beat is people: its object, or before a passive (PASSIVE_BE) its
subject (from the last of SUBJECT_OPENERS on, within SUBJECT_REACH words), holds a word of people
(`deaths.DEAD_PEOPLE`, the lexicon's EXECUTED_PEOPLE and RELEASED_PEOPLE, PERSON_NOUNS, names' ROLES, KIN_WORDS
and PROFESSIONS, a plural in PEOPLE_SUFFIX: "ferrymen", "tribesmen", none of NOT_PEOPLE_MEN), a person's pronoun
(PERSON_OBJECTS, `_pronouns.PERSONAL`: "He was beaten to death") or a name. Not a death of mishap or fire ("burned
to death", "crushed to death", "trampled to death": none of BLOWS), nor a figure of speech ("bored to death",
"scared to death", "The topic has been beaten to death"), nor an animal beaten ("Villagers beat a leopard to death":
the villagers beat, the leopard died).

"came at" (CAME_AT) someone with a weapon (a word of HAND_WEAPONS or the lexicon's WEAPONS, within WEAPON_REACH
words after "with") is an attack: "The mob came at the guards with machetes"; not "came at a price", "came at
dawn", "the children came at me with snowballs", nor a bout of two ("knights came at each other with swords", the
words of RECIPROCAL right after "at"), nor a figure (a word of FIGURATIVE_AFTER_WEAPON after the weapon: "with all
guns blazing").

"shot" (SHOT) said of people is an attack on them, whoever shot: a first-hand account or a report tells its shooting
so, with no armed word before the verb for the lexicon's "shot" ("They shot everyone who ran", "guards crossed the
river and shot dead two farmers", "the ambassador was shot in Rome on 16 October"); "shot dead" (SHOT_DEAD right
after the verb) a killing. What was shot is the object right after the verb (up to a preposition or a word of
SHOT_OBJECT_STOPS, at most SHOT_OBJECT_REACH words: "shot a glance at her" shot a glance), or before a passive
(PASSIVE_BE) its subject, read as "to death" reads them; a name only after a person's title
(`person_titles.TITLES_BEFORE`: "shot Captain Camara"; not "Coppola shot The Godfather"), and "those" only before
"who" (THOSE_WHO). Not an object before a second one ("shot him a look", "shot the president a question",
SHOT_DOUBLE_OBJECT; but "shot him a second time", SHOT_AGAIN), nor a verb before
a particle of another sense (SHOT_NOT_AFTER: "shot down" and "shot to death" have rules of their own, "shot up",
"shot to fame", "was shot of the business"), nor in a sentence of pictures or medicine (SHOT_OTHER_SENSES: "the
photographer shot the models in Paris", "the scene with the soldiers was shot in Rome", "the nurse shot the boy with a
vaccine"). Nor what is hers ("shot her gun into the air", SHOT_POSSESSIVE; "shot her twice", SHOT_HOW).
"""

import re

from . import _pronouns

BLOWS = ("beat", "beaten", "beats", "beating", "clubbed", "hacked", "stabbed", "bludgeoned", "stoned", "bayoneted",
         "tortured", "shot", "kicked", "knifed", "axed")
TO_DEATH_REACH = 4  # "beat the young driver to death"
TO_DEATH = re.compile(r"\b(?:%s)\b(?:\s+[\w'’-]+){0,%d}?\s+to\s+death\b" % ("|".join(BLOWS), TO_DEATH_REACH),
                      re.IGNORECASE)
PEOPLE_SUFFIX = "men"
# Words in -men that are no people ("beat the old regimen to death" kills no one).
NOT_PEOPLE_MEN = frozenset({"specimen", "regimen", "abdomen", "omen", "stamen", "acumen", "albumen", "hymen",
                            "bitumen", "cyclamen", "lumen", "semen", "dolmen", "gravamen", "foramen", "rumen", "amen"})
ADVERB_SUFFIX = "ly"  # "was brutally beaten to death": an adverb between the auxiliary and the verb
SUBJECT_REACH = 8  # the words before a passive's auxiliary its subject is read in ("two of the older guards")
# Where a passive's subject opens: after these the words before ("At Davos the idea") are no part of it.
SUBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "of", "at", "in", "on", "by", "from",
                             "near", "after", "before", "during", "for", "with"})
PERSON_OBJECTS = frozenset({"him", "her", "them", "us", "me", "everyone", "everybody", "anyone", "anybody"})
# One person beaten, beside names' ROLES, KIN_WORDS and PROFESSIONS: "beat the driver to death".
PERSON_NOUNS = frozenset({"driver", "headman", "villager", "farmer", "trader", "shopkeeper", "teacher", "student",
                          "boy", "girl", "youth", "doctor", "nurse", "guard", "prisoner", "neighbour", "neighbor",
                          "worker", "protester", "passenger", "thief", "informer", "pastor", "monk", "nun", "farmers",
                          "traders", "teachers", "boys", "girls", "youths", "doctors", "nurses", "drivers"})
SUBJECT_PRONOUNS = _pronouns.PERSONAL
PASSIVE_BE = frozenset({"was", "were", "been", "being", "be", "is", "are"})
CAME_AT = re.compile(r"\b(?:came|come|comes|coming)\s+at\b", re.IGNORECASE)
WITH = "with"
RECIPROCAL = ("each other", "one another")
OBJECT_REACH = 4  # "came at the two officers with", "came at us with"
WEAPON_REACH = 4  # "with axes", "with iron bars and clubs"
HAND_WEAPONS = frozenset({"axe", "axes", "ax", "club", "clubs", "machete", "machetes", "knife", "knives", "bayonet",
                          "bayonets", "bar", "bars", "pickaxe", "pickaxes", "crowbar", "crowbars", "spear", "spears",
                          "sword", "swords", "hatchet", "hatchets", "cudgel", "cudgels", "rifle", "rifles", "guns",
                          "gun", "pistols", "pistol"})
FIGURATIVE_AFTER_WEAPON = frozenset({"blazing"})  # "came at the minister with all guns blazing": an attack of words
SHOT = re.compile(r"\bshot\b", re.IGNORECASE)
SHOT_DEAD = frozenset({"dead"})
SHOT_OBJECT_REACH = 4  # "shot two Senegalese farmers", "shot a pregnant woman"
SHOT_OBJECT_STOPS = frozenset({"and", "or", "but", "who", "that", "which", "as", "when", "while", "because", "after",
                               "before", "if", "then"})
SHOT_NOT_AFTER = frozenset({"down", "up", "to", "off", "out", "ahead", "back", "of"})  # "was shot of the business"
# An article opening a second object after the first: "shot him a look", "shot the president a question"...
SHOT_DOUBLE_OBJECT = frozenset({"a", "an", "the", "one", "another", "some"})
# ...unless a count of shots or turns follows it: "shot him a second time", "shot them one by one".
SHOT_AGAIN = frozenset({"second", "third", "fourth", "fifth", "last", "final", "few", "dozen", "more", "time", "times",
                        "by"})
# "her" before a word is whose ("shot her gun into the air", "shot her hand up"), unless the word tells how she was
# shot (an adverb in -ly, ADVERB_SUFFIX, or one of these): "shot her twice", "shot her dead".
SHOT_POSSESSIVE = frozenset({"her"})
SHOT_HOW = frozenset({"dead", "twice", "once", "again", "thrice"})
# Before these "shot" is the noun ("His shot hit the post", "Kane's shot", "a warning shot"), no act of shooting.
SHOT_NOUN_AFTER = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "'s",
                             "’s", "warning", "parting", "opening", "first", "last"})
# A pronoun shot somewhere ("shot them to the top of the table", "shot him down", "shot us into the lead"): a figure of
# sport or talk, unless "to death" follows (`to_death`'s).
SHOT_PRONOUN_MOVED = frozenset({"to", "into", "down", "up", "out", "off", "back", "ahead"})
THOSE_WHO = ("those", "who")
SHOT_PICTURES = frozenset({"film", "films", "filmed", "movie", "movies", "scene", "scenes", "photo", "photos",
                           "photograph", "photographs", "photographer", "photographers", "camera", "cameras", "video",
                           "videos", "footage", "portrait", "portraits", "picture", "pictures", "episode", "episodes",
                           "documentary", "shoot", "cover", "magazine", "model", "models", "lens", "studio",
                           "director", "commercial", "advert", "snapshot", "selfie", "sequence", "sequences",
                           "cameraman", "cameramen", "filming", "paparazzi"})
# A sentence of medicine: "the nurse shot the boy with a tetanus vaccine" (a jab, no attack).
SHOT_MEDICINE = frozenset({"vaccine", "vaccines", "vaccination", "injection", "injections", "jab", "jabs", "syringe",
                           "insulin", "morphine", "booster", "dose", "doses"})
SHOT_OTHER_SENSES = SHOT_PICTURES | SHOT_MEDICINE
# The words of these triggers as the resolver reads them: verbs, each a new happening (`triggers.VERBS`).
VERB_FORMS = frozenset({*BLOWS, "came at", "come at", "comes at", "coming at"})
