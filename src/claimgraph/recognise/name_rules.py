"""The patterns `names.NamesInContext` reads unknown names with, and the class each rule gives its name.

Each rule is a regular expression over a block's text whose group "name" is the name, and a function of the match
that gives its class (`RULES`, in the order they are tried). The words the patterns are made of are English cue words
(`cues("names")`); the shapes of names are `name_shapes`'. Whether a match names what its rule says is judged
elsewhere: by its words alone (`name_checks._plausible`), by what the gazetteer knows (`name_doubts.NameDoubts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..lang import cues
from .name_shapes import (A_NAME as _NAME, ALONE as _ALONE, ARTICLE as _ARTICLE, FULL_NAME as _FULL_NAME, LO as _LO,
                          PARTICLES as _PARTICLES, UP as _UP, WORD as _WORD, name_of as _name)

CUES = cues("names")  # the words around names, of every language (claimgraph.lang)
PLACE_PREPOSITIONS = cues("clauses").PLACE_PREPOSITIONS  # "in", "near": what a place follows
LOCATIVE_ONLY = cues("clauses").LOCATIVE_ONLY  # "in", "near": what only a place follows

# A word that reads as a demonym ("Abkhaz", "Ossetian", "Azerbaijani"), not a name of its own.
_DEMONYM_LIKE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ani|eri|ese|ish|az|ek|ic|an|i)")
_DEMONYM_SURE = re.compile(r"[A-Z][a-z]+(?:ani|eri|ese|ish)")
ADJECTIVE_OF_PLACE = re.compile(r"[A-Z][a-z]+(?:ian|ean)")  # with a demonym: "the Crimean peninsula" is Crimea's
# Surnames of the Caucasus, Russia and Turkey by their endings. The weak endings (-ov, -ev ...)
# count only after a given name; a lone word needs one of the strong ones.
STRONG_SURNAME = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:yan|yants|shvili|dze|yev|yeva|oğlu|oglu|zade|zada)"
_SURNAME = rf"(?:{STRONG_SURNAME}|[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:ian|ov|ova|ev|eva|enko|sky|ski|vić|vic))"
GIVEN = rf"[{_UP}][{_LO}]{{1,11}}"

_INITIALLED = rf"{_WORD}\s+[A-Z]\.\s+{_WORD}"  # an initial joins the name: "George W. Bush"
TITLED = re.compile(rf"\b(?:{'|'.join(CUES.TITLES)})\s+(?P<name>{_INITIALLED}|{_NAME})")
ROLE_OF = re.compile(rf"\b(?:{'|'.join(CUES.ROLES)})\b[^.,;:()]{{0,40}}?\s(?P<name>{_WORD}{_PARTICLES}\s+{_WORD})"
                      rf"(?![\w’'\-]|\s+{_WORD}|\s+(?:{'|'.join(CUES.UNITS)}|{CUES.BODY_NOUN_AFTER})\b)")
# ... an office written with its capitals, then "of" and its remit: "President of Russia Boris Yeltsin", "Chairman of
# Supreme Soviet of North Ossetia Akhsarbek Galazov", "Chief of the General Staff Valery Gerasimov". Two capitalised
# words before "of" there are a body's ("Supreme Soviet of"), no person's.
TITLE_OF = re.compile(rf"\b(?:{'|'.join(CUES.CAPITALISED_ROLES)})\s+of\s[^.,;:()]{{0,50}}?\s(?P<name>{_WORD}{_PARTICLES}\s+{_WORD})"
                       rf"(?![\w’'\-]|\s+{_WORD}|\s+(?:{'|'.join(CUES.UNITS)})\b|\s+of\b"
                       rf"|\s+(?:{CUES.THING_NOUNS_AFTER})\b)")  # "the Minister of Energy Hinkley Point deal": a thing
ROLE_NAME = re.compile(rf"\b(?:{'|'.join(CUES.ROLES)})\s+(?P<name>{_name(2, 2)})(?![\w’'\-]|\s+{_WORD})")
_INITIALS = r"(?:[A-Z]\.\s+){0,3}"  # a name's initials before it: "V. K. Krishna Menon"
_OWNER_WORD = rf"(?:{_ARTICLE})?[{_UP}][{_LO}][\w\-]*"  # a word before its possessive: "Gaddafi's"
# ... the role's holder after a comma, his land's possessive before his name no word of it ("the chairman of the OAU,
# Egypt's Hosni Mubarak,": Hosni Mubarak); a surname alone too, set off by commas ("The Defence Minister, Arsenis, says").
ROLE_APPOSITION = re.compile(rf"\b(?i:{'|'.join(CUES.ROLES)})\b{CUES.ROLE_IN_NAME}[^.,;:()]{{0,60}}?,\s+"
                               rf"(?:{_OWNER_WORD}[’']s\s+)?(?P<name>{_INITIALS}{_name(1, 3)}(?=[,;]|\.(?:\s|$))"
                               rf"|{_WORD}(?=,))")
# A name and then its role: "Aleksandr Lebed, the secretary of Russia's Security Council", "Jawaharlal Nehru, the prime
# minister, spoke", "Manuel Antonio Noriega, the deposed strongman who surrendered" (the role then "of", "for" ..., a
# relative "who" or a comma: "the prime minister said" is no apposition).
NAME_ROLE = re.compile(rf"\b(?P<name>{_FULL_NAME}),\s+(?:the\s+|an?\s+)?"
                        rf"(?:[\w’'-]+\s+){{0,2}}?(?i:{'|'.join(CUES.ROLES)})(?:\s+(?:of|for|to|at|in|who)\s|,)")
LED_BY = re.compile(rf"\b(?:{CUES.COMMANDED_BY})\s+(?P<name>{_name(1, 3)}){_ALONE}")
# A two-word name as the subject of a verb of speech or act, no capitalised word before it ("The government of
# Siad Barre insisted", "On 13 November 1977 Siad Barre renounced"): words before it are judged (`NameDoubts.doubtful`).
SUBJECT = re.compile(rf"\b(?P<before>(?:{_WORD}[ \t]+)*)(?P<name>{GIVEN}[ \t]+{_WORD})[ \t]+"
                      rf"(?P<verb>{CUES.SUBJECT_VERBS}|{CUES.BODY_DEED_VERBS})\b")
RULED_BY = re.compile(rf"\b(?:{CUES.RULED_BY_THE})\s+(?P<name>{_WORD}(?:\s+{_WORD})?){_ALONE}")
KIN_OWNER = re.compile(rf"\b(?P<name>(?:{_WORD}\s+){{0,2}}{_OWNER_WORD})[’']s\s+(?:{CUES.KIN})\b(?P<named>,?\s+{_WORD})?")
# A kin word or a calling right before a name, a comma between them allowed: "the journalist Ana Ruiz", "an elderly
# businesswoman, Olga de Novella" (`CUES.BESIDE_NAME`).
BESIDE_CALLING = re.compile(rf"\b(?P<calling>{CUES.BESIDE_NAME}),?\s+(?P<name>{_FULL_NAME}){_ALONE}"
                             rf"(?!\s+(?:{CUES.BODY_NOUN_AFTER})\b)")  # "The dissident Falun Gong movement": no one
KIN_NAMED = re.compile(rf"\b(?:{CUES.KIN_OWNED_BY})\s+(?:{CUES.KIN}),?\s+(?P<name>{_WORD}){_ALONE}")  # "his wife Simone"
RULER = re.compile(rf"\b(?:{CUES.RULED_UNDER})\s+(?P<name>{_FULL_NAME}){_ALONE}"
                    rf"(?!\s+(?:{CUES.RULE_NOUNS})\b)")
# "Enver Hoxha's government demanded": whose government it is
_RULER_OWNS = re.compile(rf"\b(?P<name>(?:{_WORD}\s+){{1,2}}{_OWNER_WORD}){CUES.RULER_OWNS}")
ONE_OF_ROLE = re.compile(rf"\b(?P<name>{_FULL_NAME})\s+{CUES.OTHERS_OF_ROLE}"
                          rf"(?:{'|'.join(CUES.ROLE_PLURALS)})\b")
SAID = re.compile(rf"\b(?:{CUES.SAID})\s+(?P<name>{_FULL_NAME}){_ALONE}")
RELATED = re.compile(rf"\b{CUES.RELATIONS}\s+(?P<name>{_FULL_NAME}){_ALONE}")  # "his rival X Y"
# "Nicolas Tiangaye was appointed prime minister", "Oleg Dranko was named mediator"; not a firm named to serve a deal
# ("Goldman Sachs was named adviser on the deal": `NameDoubts.doubtful`).
_ROLE_AFTER = rf"(?:[\w-]+\s+){{0,2}}?(?P<role>{'|'.join(CUES.ROLES)})\b"  # an office at most two words on
APPOINTED = re.compile(rf"\b(?P<name>{_FULL_NAME})\s+{CUES.APPOINTED}{_ROLE_AFTER}")
APPOINTS = re.compile(rf"{CUES.APPOINTS}(?P<name>{_FULL_NAME})\s+(?:as\s+)?(?:the\s+|an?\s+)?"
                       rf"{_ROLE_AFTER}")  # "names Yasser Arafat supreme commander"
KNIGHTED = re.compile(rf"\b(?P<name>(?:{CUES.KNIGHTED})\s+{_FULL_NAME}){_ALONE}")  # "Sir Paul Scoon"
WITH_AS = re.compile(rf"{CUES.WITH_AS}(?P<name>{_name(1, 3)}){CUES.AS_ROLE}{_ROLE_AFTER}")  # "with A B as prime minister"
SWORN = re.compile(rf"\b(?P<name>{_FULL_NAME})\s+{CUES.SWORN_IN}")  # "Adama Barrow was sworn in"
AGED = re.compile(rf"\b(?P<name>{_NAME}){CUES.AGE_AFTER_NAME}")  # "Gbagbo, 65, his wife"
POSSESSED = re.compile(rf"(?P<owner>(?:[a-z]+-)?[{_UP}][{_LO}][\w\-]*|\b[{_UP}]{{2,6}})[’']s\s+(?P<name>{_FULL_NAME}){_ALONE}")
POSSESSIVE = re.compile(r"[’']s\b")
_WORD_STARTS = re.compile(r"(?<![\w’'\-])")  # no letter, apostrophe or hyphen before: a word starts here
# A name of two to four words right before a relative "who", its first word no possessive (that is its owner's, kept
# to be judged: "Mauritania's Mohamed Ould Abdel Aziz, who"; `NameDoubts.doubtful`).
WHO = re.compile(rf"(?:\b(?P<owner>{_OWNER_WORD})[’']s\s+)?\b(?P<name>{_WORD}(?<![’']s){_PARTICLES}\s+{_name(0, 2)})"
                  rf"(?={CUES.WHO_AFTER})")
# A name of two or three words, no capitalised word before it, that owns with "his" or "her" what follows "and"
# (`CUES.OWNED_AFTER_NAME`: "Dolores Keene and her committee").
OWNS_AFTER = re.compile(rf"(?:(?<=[a-z,.;:(\"“][ \t])|(?<=\n)|^)(?P<name>{_FULL_NAME}){CUES.OWNED_AFTER_NAME}")
PERSON = re.compile(rf"\b(?P<name>{GIVEN}(?:\s+{GIVEN})?\s+{_SURNAME})\b(?![\w’'\-]|[ \t]+[{_UP}])")
# A body named by its owner before a lower-case word of its part, after "a" or "an": "leader of an Abu Sayyaf faction"
# (the faction is the group's; "the Maute group" is `LOWER_BODY`'s; not "a Bible Study group": `PART_OF_BODY_AFTER`)
OWNER_OF_PART = re.compile(rf"\b[Aa]n?[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}})[ \t]+"
                           rf"(?:{CUES.PART_OF_BODY_AFTER})\b")
# ... alone, no capitalised word right after it: then an adjective of the name it opens ("the Malayan Emergency")
LONE_SURNAME = re.compile(rf"\b(?P<name>{STRONG_SURNAME})\b(?![\w’'\-]|[ \t]+[{_UP}])")
# ... what the speaker says runs on in lower case: "PRESS REVIEW: SENEGAL AND MAURITANIA" is a heading, no speaker.
# A transcript's title before the speaker is no word of the name, and a Scottish or Irish surname keeps its lower-case
# letters in capitals ("MR. McCURRY:", "SECRETARY CHRISTOPHER:"); without a title a name of capitals only.
SPEAKER = re.compile(rf"^(?:(?P<title>{CUES.SPEAKER_TITLES})\.?[ \t]+)?"
                      rf"(?P<name>(?(title){CUES.SURNAME_PREFIXES}?)[A-Z][A-Z’'\-]{{2,}}"
                      r"(?: [A-Z][A-Z’'\-]{2,}){0,2}):\s+"
                      r"(?=[^\n]*[a-z])", re.M)
PLACE = re.compile(rf"\b(?P<name>{_NAME})\s+(?P<kind>{'|'.join(CUES.PLACE_KINDS)})\b(?!\s+(?:{CUES.OF_AFTER_KIND})\b)")
LED = re.compile(rf"\b(?P<name>(?:[{_UP}][{_LO}]+|[A-Z]{{2,6}}|[A-Z]\.[A-Z]\.){CUES.LED}\s+"
                  rf"(?:(?i:{'|'.join(CUES.LED_QUALIFIERS)})\s+){{0,{CUES.LED_QUALIFIER_REACH}}}(?P<kind>{'|'.join(CUES.LED_KINDS)}))\b")
LED_BY_KIND = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.LED_BY_KINDS)})\s+{CUES.LEADS}\s+(?:the\s+)?"
                          rf"(?P<leader>{_NAME}))")
_OF_PLACE = re.compile(rf"\b(?:{CUES.KIND_OF}) (?P<name>{_NAME})")
_APPOSITION = re.compile(rf"\b(?P<name>{_NAME}), (?:{CUES.CAPITAL_OF})\b")
_KIND_APPOSED = re.compile(rf"\b(?P<name>{_NAME}), (?:{CUES.KIND_APPOSED})\b")
_WORLD_PART = re.compile(rf"\b(?P<name>{CUES.WORLD_PARTS})(?![\w’'\-]|[ \t]+[A-Z])")
# A state's mission abroad: its kind word the mention, the state's word before it the state's own (`CUES.DIPLOMATIC_POSTS`).
MISSION = re.compile(rf"\b(?P<owner>{_WORD}|[A-Z]{{2,3}})[ \t]+(?P<name>{CUES.DIPLOMATIC_POSTS})\b"
                      rf"(?:[ \t]+in[ \t]+(?P<city>{_WORD}))?")
NAMED_PLACE = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}\s+(?P<kind>{'|'.join(CUES.NAMED_PLACE_KINDS)}))\b"
                          r"(?![ \t]+[A-Z])")  # the name ends at its kind: no "Atlantic Coast" of a Conference
QUARTER_OF = re.compile(rf"\b(?P<town>{_WORD})\s+(?:{CUES.QUARTER_KINDS}){CUES.QUARTER_OF.pattern}(?P<name>{_NAME})")
_NAMED_OF_PLACE = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.NAMED_OF_PLACE_KINDS)})\s+of\s+{_NAME})")
_OPENED_PLACE = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.NAMED_OPENED_PLACE_KINDS)})\s+{_WORD})(?![\w’'\-])")
COMPASS_PLACE = re.compile(rf"\b(?P<name>(?:{CUES.COMPASS_PART})\s+{_WORD})(?![\w’'\-]|\s+{_WORD})")
COMPASS_NAMED = re.compile(rf"\b(?P<name>(?:{CUES.COMPASS_NAME})\s+{_WORD})(?![\w’'\-]|\s+{_WORD})")  # "West Beirut"
FEATURE = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?\s+(?P<kind>{'|'.join(CUES.FEATURE_KINDS)}))\b"
                      rf"(?!\s+(?:{CUES.NOT_FEATURE_AFTER})\b)")  # "the Navalny prison sentence": no place
_WHOLE = r"(?!\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z])"  # a tail "of X" must not stop inside a longer name
_OF = r"(?:\s+(?:of|for|on|and)\s+(?:the\s+)?{w}(?:\s+{w}){{0,2}}{whole})".format(w=_WORD, whole=_WHOLE)
_ACRONYM_WORD = r"[A-Z]{2,6}(?:-[A-Z]{2,6})?"  # "OPCW Technical Secretariat", "OPCW-UN Joint ... Mechanism"
# A title and a full name after a body's "of" are its leader's, no words of its name: "the Provisional Ruling Council
# of General Sani Abacha" (not a title word that opens the body's own words: `CUES.BODY_OF_TITLE_WORDS`).
_NO_TITLED_NAME = rf"(?!(?:{'|'.join(sorted(CUES.TITLE_WORDS - CUES.BODY_OF_TITLE_WORDS))})\s+{_WORD}\s+{_WORD})"
BODY = re.compile(rf"\b(?P<name>(?:(?:(?:[A-Z]{{2,6}}-)?{_WORD}|{_ACRONYM_WORD})\s+){{1,4}}(?P<kind>{'|'.join(CUES.BODY_KINDS)})"
                   rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_NO_TITLED_NAME}"
                   rf"{_WORD}(?:\s+{_WORD}){{0,2}}{_WHOLE}){{0,2}})\b")
# Two words of a body's name joined by "and": "the Peace and Security Council of the African Union", "the Truth and
# Reconciliation Commission" (not after a known name: "Russia and Security Council members").
BODY_AND = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?\s+and\s+{_WORD}(?:\s+{_WORD}){{0,2}}\s+(?P<kind>{'|'.join(CUES.BODY_KINDS)})"
                       rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}{_WHOLE}){{0,2}})\b")
_AGENCY_NAMED = re.compile(rf"\b{CUES.AGENCY_KIND}\s+(?P<name>{_NAME}|[A-Z]{{2,6}})(?![\w’'\-])")
NAMED_AGENCY = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?)\s+{CUES.AGENCY_KIND}\b")
_MEDIA = re.compile(rf"\b(?P<name>{CUES.MEDIA_OPENER}\s+{_WORD}(?:\s+{_WORD}){{0,2}})(?![\w’'\-])")
RULING = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<name>[A-Z]{{2,8}})\s+(?:{CUES.RULING_KINDS})\b")
LOWER_BODY = re.compile(rf"\b[Tt]he\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}\s+(?P<kind>{'|'.join(CUES.LOWER_BODY_KINDS)}))\b")
ARMED_NAMED = re.compile(rf"\b(?:{CUES.ARMED_KIND_BEFORE})\s+(?P<name>{_NAME}){_ALONE}")
_MINISTRY = re.compile(rf"\b(?P<name>(?:{_WORD}\s+){{0,2}}(?:{CUES.MINISTRY}){_OF}{{1,2}})")
_ORDINAL = rf"(?:[1-9][0-9]{{0,2}}(?:{CUES.ORDINAL_ENDINGS})|{CUES.ORDINAL_WORDS})"
_UNIT = rf"{_ORDINAL}(?:\s+{_WORD}){{0,{CUES.UNIT_ARM_WORDS}}}?\s+(?:{CUES.UNIT_KINDS})"
STATE_BODY = re.compile(rf"\b(?P<name>(?P<owner>[{_UP}][\w\-]+)(?:[’']s)?\s+(?:(?P<field>[a-z]+)\s+)?"
                         rf"(?P<kind>{'|'.join(CUES.STATE_BODY_KINDS)}))\b(?!\s+(?:{CUES.BUILDING_WORDS})\b)")  # "Kyrgyzstan's health ministry"
_NO_MONTH = rf"(?!(?:{'|'.join(sorted(CUES.MONTHS))})\b)"  # "on 4 May Division Street": a date, no unit
# An abbreviation after a unit's name is of the unit ("3 Commando Brigade RM", "16 Air Assault Brigade HQ"), a firm's
# legal form is not ("3 Infantry Brigade PLC")
_UNIT_TAG = rf"(?!(?i:{'|'.join(sorted(CUES.FIRM_SUFFIXES))})\b)[A-Z]{{2,4}}\b"
_NUMBERED_PART = "".join(rf"(?<!{re.escape(word)} )" for word in CUES.NUMBERING_WORDS)  # "Section 3 ...": no unit
_CARDINAL_UNIT = (rf"{_NUMBERED_PART}(?<![\w,.])[1-9][0-9]?(?:\s+{_NO_MONTH}{_WORD}){{1,{CUES.UNIT_ARM_WORDS}}}?"
                  rf"\s+(?:{CUES.CARDINAL_UNIT_KINDS})"  # "3 Commando Brigade", no "3 Infantry Brigade Holdings"
                  rf"(?![ \t]+(?!{_UNIT_TAG})[A-Z]|\s+(?:{CUES.UNIT_MEMBERS_AFTER})\b"
                  rf"|\s+(?!(?:{CUES.UNIT_WORDS_IN_S})\b)[a-z]+s\b)")  # but "3 Commando Brigade RM lands at ..."
# "58th Army", "7th Infantry Brigade", "Sixth Fleet", "3 Commando Brigade", "3rd Battalion, 4th Marines"
_NUMBERED_UNIT = re.compile(rf"\b(?P<name>(?:{_UNIT}|{_CARDINAL_UNIT})"
                            rf"(?:\s+of\s+the\s+(?:{_WORD}\s+){{1,2}}(?:{CUES.UNIT_KINDS})"
                            rf"|(?<=Battalion),\s+{_ORDINAL}\s+(?:{CUES.UNIT_PARENT_KINDS})(?:\s+Regiment)?\b"
                            rf"(?!\s+(?:{CUES.UNIT_KINDS})\b))?)\b")  # "2nd Battalion, 1st Infantry Division": 2 units
_BODY_OF = re.compile(rf"\b(?P<name>(?:{'|'.join(CUES.GOVERNMENT_HEADS)})\s+of\s+(?:the\s+)?"
                      rf"{_WORD}(?:\s+{_WORD}){{0,2}}{_WHOLE})")
_BODY_WORD = rf"(?!(?:{'|'.join(CUES.NOT_BODY_HEADS)})\b){_WORD}"  # "the League of Legends World Championship": none
_BODY_OPENED = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.BODY_OPENERS)})\s+(?:of|for)\s+(?:the\s+)?"
                          rf"{_NO_TITLED_NAME}{_BODY_WORD}(?:\s+(?:and\s+)?{_BODY_WORD}){{0,3}}{_WHOLE})")
# A kind of armed body and the name or the number after it (`CUES.BODY_NAMED_AFTER`: "Task Force Vierra", "Joint Task
# Force Sierra Leone"); no title nor function word after it ("Task Force Commander", "Task Force On Housing"), and the
# name ends before a word of the body's papers or members ("the Task Force Report", "Task Force Chair Deborah Birx").
_NO_TITLE = rf"(?!(?:{'|'.join(sorted(CUES.TITLE_WORDS | CUES.NOT_NAMES | CUES.BODY_THINGS_AFTER))})\b)"
NAMED_AFTER_KIND = re.compile(rf"\b(?P<name>(?:{CUES.BODY_NAMED_AFTER})[ \t]+{_NO_TITLE}"
                              rf"(?:{_WORD}(?:[ \t]+{_NO_TITLE}{_WORD}){{0,2}}|[0-9]{{1,4}}))(?![\w’'\-])")
_TERM = rf"(?:[{_UP}][\w’'\-–]*+|[0-9]{{4}}|[0-9]+-[A-Z][\w\-]*+)"  # a word of a name: "Six-Point", "2020", "Évian"
# A point of the compass alone ("Southern"): compiled once, tried per name (here and in `recognise`).
COMPASS_WORD = re.compile(CUES.COMPASS_WORD)
FIGHTERS = re.compile(rf"\b(?P<name>(?:{CUES.COMPASS_WORD}\s+)?{_DEMONYM_LIKE.pattern}\s+(?:{'|'.join(CUES.FIGHTERS)}))\b")
_REBEL_KINDS = "|".join(sorted(CUES.REBEL_ARMED | set(CUES.REBEL_RULERS)))
REBELS = re.compile(rf"\b(?P<name>(?:{'|'.join(CUES.REBEL_WORDS)})\s+(?P<kind>{_REBEL_KINDS})|{CUES.REBELS})\b", re.I)
LABELLED_REBELS = CUES.REBEL_LABELS
NAMED_AGREEMENT = re.compile(rf"\b(?P<name>(?:{_TERM}\s+){{1,4}}(?P<kind>{'|'.join(CUES.AGREEMENT_KINDS)}))\b")
NAMED_EVENT = re.compile(rf"\b(?P<name>(?:{_TERM}\s+){{1,3}}(?P<kind>{'|'.join(CUES.EVENT_KINDS)}))\b")
# The place or subject after "of" ends at its line when the name opens its line: a section heading's last word and the
# first of the line under it are no one name ("Fall of Kindu\nGovernment forces encircled the town": the Fall of Kindu,
# not "Fall of Kindu Government"); in prose a name may be wrapped ("the Battle of Dien Bien\nPhu in May 1954").
_LINE_SPACE = r"[ \t]"  # a space that keeps to its line
_OF_NAME = rf"(?(heading){_name(space=_LINE_SPACE)}|{_NAME})"
_HEADING = r"(?P<heading>(?<![^\n]))?"  # the name opens its line
_EVENT_OF = re.compile(rf"{_HEADING}\b(?P<name>(?P<kind>{'|'.join(CUES.EVENT_OF_KINDS)})\s+of\s+{_OF_NAME})")
OPENED_EVENT = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.EVENT_OPENERS)})(?:\s+{_WORD}){{1,3}})\b")
# An agreement named by its kind and then "of" a place or a subject: "the Treaty of Lausanne", "the Memorandum of Understanding".
_AGREEMENT_OF_KINDS = "|".join(CUES.AGREEMENT_OF_KINDS + CUES.AGREEMENT_OF_PLACE_KINDS)
# ... "of" a list of what it makes, on one line, each a word of `CUES.AGREEMENT_SUBJECTS` ("the Treaty of Peace,
# Friendship and Boundaries"), each after a qualifier at most (`CUES.AGREEMENT_SUBJECT_QUALIFIERS`: "Mutual
# Assistance"): the list, before any one name.
_SUBJECT_ITEM = (rf"(?:(?:{'|'.join(CUES.AGREEMENT_SUBJECT_QUALIFIERS)})[ \t]+)?"
                 rf"(?:{'|'.join(CUES.AGREEMENT_SUBJECTS)})")
_SUBJECT_LIST = rf"{_SUBJECT_ITEM}(?:,[ \t]+{_SUBJECT_ITEM})*[ \t]+and[ \t]+{_SUBJECT_ITEM}(?![\w’'\-])"
AGREEMENT_OF = re.compile(rf"{_HEADING}\b(?P<name>(?P<kind>{_AGREEMENT_OF_KINDS})\s+of\s+"
                          rf"(?P<of>{_SUBJECT_LIST}|{_OF_NAME}))")
# "Tigray war", "Axum massacre"; not after a possessive: "Israel's offensive" is Israel's act, an event trigger's.
PLACE_EVENT = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?(?<!['’]s)(?<!s['’])\s+(?P<kind>{'|'.join(CUES.PLACE_EVENT_KINDS)}))\b")

# Two names that share their kind word, in the plural: "the Donetsk and Luhansk People's Republics".
_CAPITALISED = rf"[{_UP}][{_LO}][\w’'\-]*+"
SHARED_HEAD = re.compile(rf"\b(?P<first>{_CAPITALISED}) and (?P<second>{_CAPITALISED})(?P<rest>(?:\s+{_CAPITALISED})*)"
                          rf"\s+(?P<kind>{'|'.join(CUES.SHARED_KINDS)})\b")
SHARED_PLACE_KIND = re.compile(rf"\b(?P<first>{_WORD}(?:[ \t]+{_WORD})?) and (?P<second>{_WORD}(?:[ \t]+{_WORD})?)"
                                rf"[ \t]+(?P<kind>{'|'.join(CUES.SHARED_PLACE_KINDS)})\b")
# An acronym defined in parentheses after the name it stands for: "Tigray People's Liberation Front (TPLF)".
DEFINITION = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z&]{1,7})\)")
NAME_WORDS = re.compile(r"[A-Z][\w’'\-–]*|of|for|the|on|in|and|de|la|del|du|des")  # "Iran–Iraq": one word
# ... a possessive after it leaves it whole ("the TPLF's leaders")
ACRONYM = re.compile(r"(?<![\w’'\-])(?P<name>[A-Z][A-Z&]{1,6}|[A-Z][a-z]?[A-Z][A-Za-z]{0,4})"
                     r"(?![\w\-]|[’'](?!s\b))")
ACRONYM_VALUE = "acronym"


def is_demonym(word: str) -> bool:
    return word in CUES.DEMONYMS_IAN or bool(_DEMONYM_SURE.fullmatch(word))


def _article_opens(match: re.Match) -> bool:
    """Does "the" open the verb's subject, one capitalised word after it ("The Pentagon said", "The Seleka accused")?
    A person's name takes no article: the word names a body."""
    return CUES.ARTICLE_OPENING.match(match.group("name")) is not None


def _subject_class(match: re.Match) -> str:
    """The class of a verb's subject (`SUBJECT`): "The Rebels said" an armed group (`CUES.ARMED_PLURALS`), "The
    Seleka accused" a body, a two-word name a person, or a body where the text names its members or offices
    (`_members_told`: "Golden Dawn was sentenced", after "Golden Dawn members")."""
    if not _article_opens(match):
        return "Organization" if _members_told(match) else "Person"
    return "ArmedGroup" if match.group("name").split()[-1] in CUES.ARMED_PLURALS else "Organization"


def _members_told(match: re.Match) -> bool:
    """Does the text write the subject's name before a word of its members or its offices (`CUES.MEMBERS_AFTER`:
    "Golden Dawn members", "Sinn Fein leader Gerry Adams", "Bayern Munich players")? A body's name, no person's.
    Only the few places such a word follows are tried (`_members_words`), not every place the name is written."""
    name, text = match.group("name"), match.string
    return any(end >= len(name) and text.startswith(name, end - len(name)) and _WORD_STARTS.match(text, end - len(name))
               for end in _members_words(text))


@lru_cache(maxsize=4)
def _members_words(text: str) -> tuple[int, ...]:
    """Where a word of members or offices follows a word in `text` (`CUES.MEMBERS_AFTER`, the offsets where a name
    before it would end), found once per text: the rules ask it for each subject they read."""
    return tuple(m.start() for m in CUES.MEMBERS_AFTER.finditer(text))


def after_locative(match: re.Match) -> bool:
    """Does the name follow a preposition only a place follows: a town whose name ends as surnames do
    ("an air strike on a school bus in Dahyan"), a land after a role ("its leader in Southeast Asia"), no person?"""
    before = match.string[max(0, match.start("name") - 12):match.start("name")].split()
    return bool(before) and before[-1].lower() in LOCATIVE_ONLY


def armed_rebels(name: str) -> bool:
    """"rebel fighters", and "rebels" alone, are the armed group; "separatist authorities" are its
    rulers, and so are "separatists" alone ("separatists agree to disarm": the authorities who agreed)."""
    words = name.lower().split()
    return name.lower() in CUES.ARMED_ALONE or words[-1] in CUES.REBEL_ARMED


Rule = tuple[re.Pattern, Callable[[re.Match], str]]
RULES: tuple[Rule, ...] = (
    (TITLED, lambda m: "Person"),
    (KNIGHTED, lambda m: "Person"),
    (ROLE_OF, lambda m: "Person"),
    (TITLE_OF, lambda m: "Person"),
    (ROLE_NAME, lambda m: "Person"),
    (ROLE_APPOSITION, lambda m: "Person"),
    (BESIDE_CALLING, lambda m: "Person"),
    (LED_BY, lambda m: "Person"),
    (NAME_ROLE, lambda m: "Person"),
    (SAID, lambda m: "Person"),
    (KIN_OWNER, lambda m: "Person"),
    (KIN_NAMED, lambda m: "Person"),
    (RULER, lambda m: "Person"),
    (_RULER_OWNS, lambda m: "Person"),
    (ONE_OF_ROLE, lambda m: "Person"),
    (SUBJECT, lambda m: _subject_class(m)),
    (POSSESSED, lambda m: "Person"),
    (AGED, lambda m: "Person"),
    (RELATED, lambda m: "Person"),
    (APPOINTED, lambda m: "Person"),
    (APPOINTS, lambda m: "Person"),
    (WITH_AS, lambda m: "Person"),
    (SWORN, lambda m: "Person"),
    (WHO, lambda m: "Person"),
    (OWNS_AFTER, lambda m: "Person"),
    (PERSON, lambda m: "Person"),
    (LONE_SURNAME, lambda m: "Place" if after_locative(m) else "Person"),
    (SPEAKER, lambda m: "Person"),
    (PLACE, lambda m: CUES.PLACE_KINDS[m.group("kind")]),
    (_OF_PLACE, lambda m: CUES.OF_PLACE_KINDS[m.group("kind")]),
    (_APPOSITION, lambda m: "Settlement"),
    (_KIND_APPOSED, lambda m: CUES.APPOSED_KINDS[m.group("kind")]),
    (MISSION, lambda m: "Place"),
    (_WORLD_PART, lambda m: "Region"),
    (NAMED_PLACE, lambda m: CUES.NAMED_PLACE_KINDS[m.group("kind")]),
    (FEATURE, lambda m: CUES.FEATURE_KINDS[m.group("kind")]),
    (_NAMED_OF_PLACE, lambda m: CUES.NAMED_OF_PLACE_KINDS[m.group("kind")]),
    (QUARTER_OF, lambda m: "District"),
    (_OPENED_PLACE, lambda m: CUES.NAMED_OPENED_PLACE_KINDS[m.group("kind")]),
    (COMPASS_PLACE, lambda m: "Region"),
    (COMPASS_NAMED, lambda m: "Region"),
    (BODY, lambda m: CUES.BODY_KINDS[m.group("kind")]),
    (BODY_AND, lambda m: CUES.BODY_KINDS[m.group("kind")]),
    (_NUMBERED_UNIT, lambda m: "ArmedGroup"),
    (NAMED_AFTER_KIND, lambda m: "ArmedGroup"),
    (STATE_BODY, lambda m: CUES.STATE_BODY_KINDS[m.group("kind")]),
    (LOWER_BODY, lambda m: CUES.LOWER_BODY_KINDS[m.group("kind")]),
    (OWNER_OF_PART, lambda m: "Organization"),
    (_AGENCY_NAMED, lambda m: "Organization"),
    (NAMED_AGENCY, lambda m: "Organization"),
    (_MEDIA, lambda m: "Organization"),
    (RULING, lambda m: "Organization"),
    (RULED_BY, lambda m: "Organization"),
    (ARMED_NAMED, lambda m: "ArmedGroup"),
    (_MINISTRY, lambda m: "Government"),
    (_BODY_OF, lambda m: "Government"),
    (_BODY_OPENED, lambda m: CUES.BODY_OPENERS[m.group("kind")]),
    (NAMED_AGREEMENT, lambda m: CUES.AGREEMENT_KINDS[m.group("kind")]),
    (NAMED_EVENT, lambda m: CUES.EVENT_KINDS[m.group("kind")]),
    (_EVENT_OF, lambda m: CUES.EVENT_OF_KINDS[m.group("kind")]),
    (OPENED_EVENT, lambda m: CUES.EVENT_OPENERS[m.group("kind")]),
    (AGREEMENT_OF, lambda m: CUES.AGREEMENT_KINDS[m.group("kind")]),
    (PLACE_EVENT, lambda m: CUES.PLACE_EVENT_KINDS[m.group("kind")]),
    (FIGHTERS, lambda m: "ArmedGroup"),
    (LED, lambda m: CUES.LED_KINDS[m.group("kind")]),
    (LED_BY_KIND, lambda m: CUES.LED_BY_KINDS[m.group("kind")]),
    (REBELS, lambda m: "ArmedGroup" if armed_rebels(m.group("name")) else "Government"),
    (LABELLED_REBELS, lambda m: "ArmedGroup"),
)

# The person rules whose name may take in a month or weekday that closes a date before it ("On 11 July Moise Tshombe,
# the leader of": `_after_date_word`).
DATED_PERSON_RULES = frozenset({NAME_ROLE, AGED, SWORN, APPOINTED, WHO, PERSON})
# The person rules whose names a role, a command, a calling or rule tells: a name may be a town's there (`_named_so`).
NAMED_SO_RULES = frozenset({ROLE_APPOSITION, LED_BY, BESIDE_CALLING, RULER, _RULER_OWNS, ONE_OF_ROLE})
# The person rules whose name may take in the place an office is "of" before it ("government of Russia Georgy Khizha",
# "Supreme Soviet of North Ossetia Akhsarbek Galazov": `_after_place_of`).
PLACE_LED_PERSON_RULES = frozenset({*DATED_PERSON_RULES, RULER})

NOT_PERSON_WORDS = frozenset({*CUES.BODY_KINDS, *CUES.NOT_PERSONS, *CUES.TITLE_WORDS, *CUES.PLACE_KINDS,
                              *CUES.NAMED_PLACE_KINDS, *CUES.AGREEMENT_KINDS, *CUES.EVENT_KINDS, *CUES.EVENT_OF_KINDS,
                              *CUES.THING_WORDS, *CUES.MONTHS, *CUES.NOT_NAMES})
