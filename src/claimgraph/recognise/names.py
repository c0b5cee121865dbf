"""Names the gazetteer does not know, found by their shape and the words around them.

- a title before a name: "President Mikheil Saakashvili", "spokesperson Anna Naghdalyan"
  -> the name, a cg:Person;
- a role in lower case, then words, then a two-word name ("the then president of Serbia
  Slobodan Milosevic", "U.S. agents Richard Holbrooke"), or a role's apposition ("the special
  envoy for Yemen, Martin Griffiths.") -> the name, a cg:Person, even where its given name is a
  town's ("Martin");
- the agent of a command ("the LNA commanded by Khalifa Haftar", "led by ...") -> a cg:Person;
- a name then its role and a comma ("Jawaharlal Nehru, the prime minister,"), its age ("Gbagbo, 65,"), "his
  rival" before it, "was appointed" and a role after it ("with" before it and "as" a role after it), "was sworn in",
  a relative "who" of one person after it
  ("Harold Keke, who leads a faction") -> a cg:Person; and persons listed after their role (`person_lists`);
- two capitalised words, no known name nor kind word, as the subject of a verb of speech or act ("Siad Barre
  renounced the treaty", `SUBJECT_VERBS`) -> a cg:Person;
- a given name and a surname of the region's shapes ("Anna Petrosyan", "Rovshan Mammadov",
  "Giorgi Kobakhidze"), a lone surname of the strongest shapes ("Petrosyan"), and a
  transcript's speaker label ("PETROSYAN: ...") -> a cg:Person (the resolver makes a lone
  surname the full name the source gave before);
- a capitalised name before a kind of place ("Tskhinvali region"), after one ("the town
  of Gori"), before an apposition ("Tskhinvali, the capital of South Ossetia"), or ending
  in one ("Kodori Gorge", "Hakari bridge") -> a cg:Region, cg:Settlement or cg:Place;
- capitalised words ending in a kind of body ("Karabakh Security Council", "Wagner Group", "Suez Canal Company",
  "Peace and Security Council"), "Ministry of X", "Parliament of X" -> the whole name, a cg:Organization or
  cg:Government (cg:ArmedGroup for brigades, battalions, militias; "7th Infantry Brigade", "Sixth Fleet");
- a state's body in lower case after its name or demonym ("Kyrgyzstan's health ministry", "the Syrian air
  force") -> a cg:Government or cg:ArmedGroup of its own;
- a name of an agreement or an event: capitalised words ending in a kind of agreement
  ("Dayton Agreement", "Six-Point Peace Plan", "Chemical Weapons Convention") or of event
  ("Bosnian War", "Rif Dimashq Offensive"), "Battle / Siege of X", and a place's or people's
  lower-case event ("Tigray war", "Axum massacre", "Georgian-South Ossetian conflict") -> the
  name, of the class its head word says;
- a name defined with its acronym ("Revolutionary Armed Forces of Colombia (FARC)") -> the
  name, of the class its head word says (a body, fighters, else an organisation); and any
  acronym ("FARC", "TPLF") -> a candidate that the resolver keeps only where the source
  defined it, as the entity it defined it for;
- a broadcaster, newspaper or magazine named beside its kind ("Radio Hanoi", "its magazine Dabiq"), and a
  ruling party or movement named by an acronym before a lower-case "government" or "regime" ("the FRELIMO
  government"; a name of words may be a man's: "the Bashar al-Assad regime") -> a cg:Organization;
- a coalition or force named by who leads it ("the Saudi-led coalition", "NATO-led forces")
  -> the whole phrase, a cg:Organization (cg:ArmedGroup for forces and troops);
- a demonym the gazetteer does not list and a word for fighters ("Abkhaz forces", "South
  Ossetian militias"), and "separatist/rebel forces|authorities" -> a cg:ArmedGroup or a
  cg:Government; what a side calls the armed opposition to take a side ("armed terrorist
  groups", `REBEL_LABELS`) -> the armed group "rebel forces" names (one entity: the words differ,
  the referent does not; `combine.compare` sets the words against each other).

Regular expressions over the block's text, so the stack keeps its speed. The method
name sorts after "gazetteer", "forces" and "demonym", so where the gazetteer knows the same
span it wins the tie in `settle`. The entity id is the slug of the name: one source's
"Saakashvili" twice is one entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads only when a source is extracted: this module is read without it
    from spacy.tokens import Doc

from ..lang import cues
from ..rdf.terms import top_classes
from .base import Candidate, name_id, text_of
from .gazetteer import force_owners, state_forces
from .owned import own_forces
from .name_shapes import (A_NAME as _NAME, ALONE as _ALONE, ARTICLE as _ARTICLE, FULL_NAME as _FULL_NAME, LO as _LO,
                          PARTICLES as _PARTICLES, UP as _UP, WORD as _WORD, name_of as _name, trim as _trim)
from .packs import derived
from .citations import cited_authors
from .person_lists import listed, people_lists, role_lists
from .place_lists import listed_places
from .warships import hull_numbers, warships

NAME = "names-in-context.v108"  # v108: s33: "records show", "a series of", "a network of",
# "kept watch" near a channel no broadcaster's; v107: s32 review: no list of people after "The accused banks were" or
# "The men's finalists were", no person of "X leadership" nor "X's administration", no office holder before a thing
# ("Minister of Energy Hinkley Point deal"), no leader after "Association of Chief ...", no broadcaster's channel named
# by its genre ("The Weather Channel"), a surname after "went to" or "faith in" stays the person, no listed person
# with an owner's word ("Labour's Ana Ruiz"), no person "Spring Budget";
# v106: "the Beagle Channel" a strait, no broadcaster's channel; v105: s32: a
# capitalised office "of" a place before a name ("President of Russia Boris Yeltsin"), no known place opening a
# person's name after "of" ("government of Russia Georgy Khizha"), a list of people after a word of people ("The men
# executed were A B, C D and E F"), "X Y's government" a person, no titled name in a body's "of" ("Council of General
# Sani Abacha"), a subject whose members the text names a body
# v104: s31 review: no subject after a kind of vessel ("the tanker Stena Impero"),
# no person of a firm's, a team's or an operation's word ("Lehman Brothers", "Operation Castor"),
# no "Father Christmas", no firm after a title ("Cardinal Health Inc"), "was born" in or on a place or a date only, no
# town pair before a score or a kind of place ("Hamburg Altona station")
# v103: a person's name after a date's month ("11 July Moise Tshombe, the leader")
CUES = cues("names")  # the words around names, of every language (claimgraph.lang)
PLACE_PREPOSITIONS = cues("clauses").PLACE_PREPOSITIONS  # "in", "near": what a place follows
LOCATIVE_ONLY = cues("clauses").LOCATIVE_ONLY  # "in", "near": what only a place follows

# A word that reads as a demonym ("Abkhaz", "Ossetian", "Azerbaijani"), not a name of its own.
_DEMONYM_LIKE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ani|eri|ese|ish|az|ek|ic|an|i)")
_DEMONYM_SURE = re.compile(r"[A-Z][a-z]+(?:ani|eri|ese|ish)")
_ADJECTIVE_OF_PLACE = re.compile(r"[A-Z][a-z]+(?:ian|ean)")  # with a demonym: "the Crimean peninsula" is Crimea's
# Surnames of the Caucasus, Russia and Turkey by their endings. The weak endings (-ov, -ev ...)
# count only after a given name; a lone word needs one of the strong ones.
_STRONG_SURNAME = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:yan|yants|shvili|dze|yev|yeva|oğlu|oglu|zade|zada)"
_SURNAME = rf"(?:{_STRONG_SURNAME}|[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?:ian|ov|ova|ev|eva|enko|sky|ski|vić|vic))"
_GIVEN = rf"[{_UP}][{_LO}]{{1,11}}"

_INITIALLED = rf"{_WORD}\s+[A-Z]\.\s+{_WORD}"  # an initial joins the name: "George W. Bush"
_TITLED = re.compile(rf"\b(?:{'|'.join(CUES.TITLES)})\s+(?P<name>{_INITIALLED}|{_NAME})")
_ROLE_OF = re.compile(rf"\b(?:{'|'.join(CUES.ROLES)})\b[^.,;:()]{{0,40}}?\s(?P<name>{_WORD}{_PARTICLES}\s+{_WORD})"
                      rf"(?![\w’'\-]|\s+{_WORD}|\s+(?:{'|'.join(CUES.UNITS)})\b)")
# ... an office written with its capitals, then "of" and its remit: "President of Russia Boris Yeltsin", "Chairman of
# Supreme Soviet of North Ossetia Akhsarbek Galazov", "Chief of the General Staff Valery Gerasimov". Two capitalised
# words before "of" there are a body's ("Supreme Soviet of"), no person's.
_CAPITALISED_ROLES = "|".join(re.sub(r"\b(?!of\b)[a-z]", lambda m: m.group().upper(), role) for role in CUES.ROLES)
_TITLE_OF = re.compile(rf"\b(?:{_CAPITALISED_ROLES})\s+of\s[^.,;:()]{{0,50}}?\s(?P<name>{_WORD}{_PARTICLES}\s+{_WORD})"
                       rf"(?![\w’'\-]|\s+{_WORD}|\s+(?:{'|'.join(CUES.UNITS)})\b|\s+of\b"
                       rf"|\s+(?:{CUES.THING_NOUNS_AFTER})\b)")  # "the Minister of Energy Hinkley Point deal": a thing
_ROLE_NAME = re.compile(rf"\b(?:{'|'.join(CUES.ROLES)})\s+(?P<name>{_name(2, 2)})(?![\w’'\-]|\s+{_WORD})")
_INITIALS = r"(?:[A-Z]\.\s+){0,3}"  # a name's initials before it: "V. K. Krishna Menon"
_OWNER_WORD = rf"(?:{_ARTICLE})?[{_UP}][{_LO}][\w\-]*"  # a word before its possessive: "Gaddafi's"
# ... the role's holder after a comma, his land's possessive before his name no word of it ("the chairman of the OAU,
# Egypt's Hosni Mubarak,": Hosni Mubarak); a surname alone too, set off by commas ("The Defence Minister, Arsenis, says").
_ROLE_APPOSITION = re.compile(rf"\b(?i:{'|'.join(CUES.ROLES)})\b{CUES.ROLE_IN_NAME}[^.,;:()]{{0,60}}?,\s+"
                               rf"(?:{_OWNER_WORD}[’']s\s+)?(?P<name>{_INITIALS}{_name(1, 3)}(?=[,;]|\.(?:\s|$))"
                               rf"|{_WORD}(?=,))")
# A name and then its role: "Aleksandr Lebed, the secretary of Russia's Security Council", "Jawaharlal Nehru, the prime
# minister, spoke", "Manuel Antonio Noriega, the deposed strongman who surrendered" (the role then "of", "for" ..., a
# relative "who" or a comma: "the prime minister said" is no apposition).
_NAME_ROLE = re.compile(rf"\b(?P<name>{_FULL_NAME}),\s+(?:the\s+|an?\s+)?"
                        rf"(?:[\w’'-]+\s+){{0,2}}?(?i:{'|'.join(CUES.ROLES)})(?:\s+(?:of|for|to|at|in|who)\s|,)")
_LED_BY = re.compile(rf"\b(?:{CUES.COMMANDED_BY})\s+(?P<name>{_name(1, 3)}){_ALONE}")
# A two-word name as the subject of a verb of speech or act, no capitalised word before it ("The government of
# Siad Barre insisted", "On 13 November 1977 Siad Barre renounced"): words before it are kept to be judged (`_doubtful`).
_SUBJECT = re.compile(rf"\b(?P<before>(?:{_WORD}[ \t]+)*)(?P<name>{_GIVEN}[ \t]+{_WORD})[ \t]+"
                      rf"(?P<verb>{CUES.SUBJECT_VERBS}|{CUES.BODY_DEED_VERBS})\b")
_RULED_BY = re.compile(rf"\b(?:{CUES.RULED_BY_THE})\s+(?P<name>{_WORD}(?:\s+{_WORD})?){_ALONE}")
_KIN_OWNER = re.compile(rf"\b(?P<name>(?:{_WORD}\s+){{0,2}}{_OWNER_WORD})[’']s\s+(?:{CUES.KIN})\b(?P<named>,?\s+{_WORD})?")
# A kin word or a calling right before a name, a comma between them allowed: "the journalist Ana Ruiz", "an elderly
# businesswoman, Olga de Novella" (`CUES.BESIDE_NAME`).
_BESIDE_CALLING = re.compile(rf"\b(?:{CUES.BESIDE_NAME}),?\s+(?P<name>{_FULL_NAME}){_ALONE}"
                             rf"(?!\s+(?:{CUES.BODY_NOUN_AFTER})\b)")  # "The dissident Falun Gong movement": no one
_KIN_NAMED = re.compile(rf"\b(?:{CUES.KIN_OWNED_BY})\s+(?:{CUES.KIN}),?\s+(?P<name>{_WORD}){_ALONE}")  # "his wife Simone"
_RULER = re.compile(rf"\b(?:{CUES.RULED_UNDER})\s+(?P<name>{_FULL_NAME}){_ALONE}"
                    rf"(?!\s+(?:{CUES.RULE_NOUNS})\b)")
# "Enver Hoxha's government demanded": whose government it is
_RULER_OWNS = re.compile(rf"\b(?P<name>(?:{_WORD}\s+){{1,2}}{_OWNER_WORD}){CUES.RULER_OWNS}")
_ONE_OF_ROLE = re.compile(rf"\b(?P<name>{_FULL_NAME})\s+{CUES.OTHERS_OF_ROLE}"
                          rf"(?:{'|'.join(CUES.ROLE_PLURALS)})\b")
_SAID = re.compile(rf"\b(?:{CUES.SAID})\s+(?P<name>{_FULL_NAME}){_ALONE}")
_RELATED = re.compile(rf"\b{CUES.RELATIONS}\s+(?P<name>{_FULL_NAME}){_ALONE}")  # "his rival X Y"
# "Nicolas Tiangaye was appointed prime minister", "Oleg Dranko was named mediator"; not a firm named to serve a deal
# ("Goldman Sachs was named adviser on the deal": `_doubtful`).
_ROLE_AFTER = rf"(?:[\w-]+\s+){{0,2}}?(?P<role>{'|'.join(CUES.ROLES)})\b"  # an office at most two words on
_APPOINTED = re.compile(rf"\b(?P<name>{_FULL_NAME})\s+{CUES.APPOINTED}{_ROLE_AFTER}")
_APPOINTS = re.compile(rf"{CUES.APPOINTS}(?P<name>{_FULL_NAME})\s+(?:as\s+)?(?:the\s+|an?\s+)?"
                       rf"{_ROLE_AFTER}")  # "names Yasser Arafat supreme commander"
_KNIGHTED = re.compile(rf"\b(?P<name>(?:{CUES.KNIGHTED})\s+{_FULL_NAME}){_ALONE}")  # "Sir Paul Scoon"
_WITH_AS = re.compile(rf"{CUES.WITH_AS}(?P<name>{_name(1, 3)}){CUES.AS_ROLE}{_ROLE_AFTER}")  # "with A B as prime minister"
_SWORN = re.compile(rf"\b(?P<name>{_FULL_NAME})\s+{CUES.SWORN_IN}")  # "Adama Barrow was sworn in"
_AGED = re.compile(rf"\b(?P<name>{_NAME}){CUES.AGE_AFTER_NAME}")  # "Gbagbo, 65, his wife"
_POSSESSED = re.compile(rf"(?P<owner>(?:[a-z]+-)?[{_UP}][{_LO}][\w\-]*|\b[{_UP}]{{2,6}})[’']s\s+(?P<name>{_FULL_NAME}){_ALONE}")
_POSSESSIVE = re.compile(r"[’']s\b")
# A name of two to four words right before a relative "who", its first word no possessive (that is its owner's, kept
# to be judged: "Mauritania's Mohamed Ould Abdel Aziz, who"; `_doubtful`).
_WHO = re.compile(rf"(?:\b(?P<owner>{_OWNER_WORD})[’']s\s+)?\b(?P<name>{_WORD}(?<![’']s){_PARTICLES}\s+{_name(0, 2)})"
                  rf"(?={CUES.WHO_AFTER})")
_PERSON = re.compile(rf"\b(?P<name>{_GIVEN}(?:\s+{_GIVEN})?\s+{_SURNAME})\b(?![\w’'\-])")
# ... alone, no capitalised word right after it: then an adjective of the name it opens ("the Malayan Emergency")
_LONE_SURNAME = re.compile(rf"\b(?P<name>{_STRONG_SURNAME})\b(?![\w’'\-]|[ \t]+[{_UP}])")
# ... what the speaker says runs on in lower case: "PRESS REVIEW: SENEGAL AND MAURITANIA" is a heading, no speaker.
# A transcript's title before the speaker is no word of the name, and a Scottish or Irish surname keeps its lower-case
# letters in capitals ("MR. McCURRY:", "SECRETARY CHRISTOPHER:"); without a title a name of capitals only.
_SPEAKER = re.compile(rf"^(?:(?P<title>{CUES.SPEAKER_TITLES})\.?[ \t]+)?"
                      rf"(?P<name>(?(title){CUES.SURNAME_PREFIXES}?)[A-Z][A-Z’'\-]{{2,}}"
                      r"(?: [A-Z][A-Z’'\-]{2,}){0,2}):\s+"
                      r"(?=[^\n]*[a-z])", re.M)
_PLACE = re.compile(rf"\b(?P<name>{_NAME})\s+(?P<kind>{'|'.join(CUES.PLACE_KINDS)})\b(?!\s+(?:{CUES.OF_AFTER_KIND})\b)")
_LED = re.compile(rf"\b(?P<name>(?:[{_UP}][{_LO}]+|[A-Z]{{2,6}}|[A-Z]\.[A-Z]\.){CUES.LED}\s+"
                  rf"(?:(?i:{'|'.join(CUES.LED_QUALIFIERS)})\s+){{0,{CUES.LED_QUALIFIER_REACH}}}(?P<kind>{'|'.join(CUES.LED_KINDS)}))\b")
_LED_BY_KIND = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.LED_BY_KINDS)})\s+{CUES.LEADS}\s+(?:the\s+)?"
                          rf"(?P<leader>{_NAME}))")
_OF_PLACE = re.compile(rf"\b(?:{CUES.KIND_OF}) (?P<name>{_NAME})")
_APPOSITION = re.compile(rf"\b(?P<name>{_NAME}), (?:{CUES.CAPITAL_OF})\b")
_KIND_APPOSED = re.compile(rf"\b(?P<name>{_NAME}), (?:{CUES.KIND_APPOSED})\b")
_WORLD_PART = re.compile(rf"\b(?P<name>{CUES.WORLD_PARTS})(?![\w’'\-]|[ \t]+[A-Z])")
# A state's mission abroad: its kind word the mention, the state's word before it the state's own (`CUES.DIPLOMATIC_POSTS`).
_MISSION = re.compile(rf"\b(?P<owner>{_WORD}|[A-Z]{{2,3}})[ \t]+(?P<name>{CUES.DIPLOMATIC_POSTS})\b"
                      rf"(?:[ \t]+in[ \t]+(?P<city>{_WORD}))?")
_NAMED_PLACE = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}\s+(?P<kind>{'|'.join(CUES.NAMED_PLACE_KINDS)}))\b"
                          r"(?![ \t]+[A-Z])")  # the name ends at its kind: no "Atlantic Coast" of a Conference
_QUARTER_OF = re.compile(rf"\b(?P<town>{_WORD})\s+(?:{CUES.QUARTER_KINDS}){CUES.QUARTER_OF.pattern}(?P<name>{_NAME})")
_NAMED_OF_PLACE = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.NAMED_OF_PLACE_KINDS)})\s+of\s+{_NAME})")
_OPENED_PLACE = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.NAMED_OPENED_PLACE_KINDS)})\s+{_WORD})(?![\w’'\-])")
_COMPASS_PLACE = re.compile(rf"\b(?P<name>(?:{CUES.COMPASS_PART})\s+{_WORD})(?![\w’'\-]|\s+{_WORD})")
_COMPASS_NAMED = re.compile(rf"\b(?P<name>(?:{CUES.COMPASS_NAME})\s+{_WORD})(?![\w’'\-]|\s+{_WORD})")  # "West Beirut"
_FEATURE = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?\s+(?P<kind>{'|'.join(CUES.FEATURE_KINDS)}))\b"
                      rf"(?!\s+(?:{CUES.NOT_FEATURE_AFTER})\b)")  # "the Navalny prison sentence": no place
_WHOLE = r"(?!\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z])"  # a tail "of X" must not stop inside a longer name
_OF = r"(?:\s+(?:of|for|on|and)\s+(?:the\s+)?{w}(?:\s+{w}){{0,2}}{whole})".format(w=_WORD, whole=_WHOLE)
_ACRONYM_WORD = r"[A-Z]{2,6}(?:-[A-Z]{2,6})?"  # "OPCW Technical Secretariat", "OPCW-UN Joint ... Mechanism"
# A title and a full name after a body's "of" are its leader's, no words of its name: "the Provisional Ruling Council
# of General Sani Abacha" (not a title word that opens the body's own words: `CUES.BODY_OF_TITLE_WORDS`).
_NO_TITLED_NAME = rf"(?!(?:{'|'.join(sorted(CUES.TITLE_WORDS - CUES.BODY_OF_TITLE_WORDS))})\s+{_WORD}\s+{_WORD})"
_BODY = re.compile(rf"\b(?P<name>(?:(?:(?:[A-Z]{{2,6}}-)?{_WORD}|{_ACRONYM_WORD})\s+){{1,4}}(?P<kind>{'|'.join(CUES.BODY_KINDS)})"
                   rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_NO_TITLED_NAME}"
                   rf"{_WORD}(?:\s+{_WORD}){{0,2}}{_WHOLE}){{0,2}})\b")
# Two words of a body's name joined by "and": "the Peace and Security Council of the African Union", "the Truth and
# Reconciliation Commission" (not after a known name: "Russia and Security Council members").
_BODY_AND = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?\s+and\s+{_WORD}(?:\s+{_WORD}){{0,2}}\s+(?P<kind>{'|'.join(CUES.BODY_KINDS)})"
                       rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}{_WHOLE}){{0,2}})\b")
_AGENCY_NAMED = re.compile(rf"\b{CUES.AGENCY_KIND}\s+(?P<name>{_NAME}|[A-Z]{{2,6}})(?![\w’'\-])")
_NAMED_AGENCY = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?)\s+{CUES.AGENCY_KIND}\b")
_MEDIA = re.compile(rf"\b(?P<name>{CUES.MEDIA_OPENER}\s+{_WORD}(?:\s+{_WORD}){{0,2}})(?![\w’'\-])")
_RULING = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<name>[A-Z]{{2,8}})\s+(?:{CUES.RULING_KINDS})\b")
_LOWER_BODY = re.compile(rf"\b[Tt]he\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}\s+(?P<kind>{'|'.join(CUES.LOWER_BODY_KINDS)}))\b")
_ARMED_NAMED = re.compile(rf"\b(?:{CUES.ARMED_KIND_BEFORE})\s+(?P<name>{_NAME}){_ALONE}")
_MINISTRY = re.compile(rf"\b(?P<name>(?:{_WORD}\s+){{0,2}}(?:{CUES.MINISTRY}){_OF}{{1,2}})")
_UNIT = rf"(?:[1-9][0-9]{{0,2}}(?:{CUES.ORDINAL_ENDINGS})|{CUES.ORDINAL_WORDS})(?:\s+{_WORD}){{0,{CUES.UNIT_ARM_WORDS}}}?\s+(?:{CUES.UNIT_KINDS})"
_STATE_BODY = re.compile(rf"\b(?P<name>(?P<owner>[{_UP}][\w\-]+)(?:[’']s)?\s+(?:(?P<field>[a-z]+)\s+)?"
                         rf"(?P<kind>{'|'.join(CUES.STATE_BODY_KINDS)}))\b(?!\s+(?:{CUES.BUILDING_WORDS})\b)")  # "Kyrgyzstan's health ministry"
_NUMBERED_UNIT = re.compile(rf"\b(?P<name>{_UNIT}(?:\s+of\s+the\s+(?:{_WORD}\s+){{1,2}}(?:{CUES.UNIT_KINDS}))?)\b")  # "58th Army", "7th Infantry Brigade", "Sixth Fleet"
_BODY_OF = re.compile(rf"\b(?P<name>(?:{'|'.join(CUES.GOVERNMENT_HEADS)})\s+of\s+(?:the\s+)?"
                      rf"{_WORD}(?:\s+{_WORD}){{0,2}}{_WHOLE})")
_BODY_WORD = rf"(?!(?:{'|'.join(CUES.NOT_BODY_HEADS)})\b){_WORD}"  # "the League of Legends World Championship": none
_BODY_OPENED = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.BODY_OPENERS)})\s+(?:of|for)\s+(?:the\s+)?"
                          rf"{_NO_TITLED_NAME}{_BODY_WORD}(?:\s+(?:and\s+)?{_BODY_WORD}){{0,3}}{_WHOLE})")
_TERM = rf"(?:[{_UP}][\w’'\-–]*+|[0-9]{{4}}|[0-9]+-[A-Z][\w\-]*+)"  # a word of a name: "Six-Point", "2020", "Évian"
_FIGHTERS = re.compile(rf"\b(?P<name>(?:{CUES.COMPASS_WORD}\s+)?{_DEMONYM_LIKE.pattern}\s+(?:{'|'.join(CUES.FIGHTERS)}))\b")
_REBEL_KINDS = "|".join(sorted(CUES.REBEL_ARMED | set(CUES.REBEL_RULERS)))
_REBELS = re.compile(rf"\b(?P<name>(?:{'|'.join(CUES.REBEL_WORDS)})\s+(?P<kind>{_REBEL_KINDS})|{CUES.REBELS})\b", re.I)
_LABELLED_REBELS = CUES.REBEL_LABELS
_NAMED_AGREEMENT = re.compile(rf"\b(?P<name>(?:{_TERM}\s+){{1,4}}(?P<kind>{'|'.join(CUES.AGREEMENT_KINDS)}))\b")
_NAMED_EVENT = re.compile(rf"\b(?P<name>(?:{_TERM}\s+){{1,3}}(?P<kind>{'|'.join(CUES.EVENT_KINDS)}))\b")
# The place or subject after "of" ends at its line when the name opens its line: a section heading's last word and the
# first of the line under it are no one name ("Fall of Kindu\nGovernment forces encircled the town": the Fall of Kindu,
# not "Fall of Kindu Government"); in prose a name may be wrapped ("the Battle of Dien Bien\nPhu in May 1954").
_LINE_SPACE = r"[ \t]"  # a space that keeps to its line
_OF_NAME = rf"(?(heading){_name(space=_LINE_SPACE)}|{_NAME})"
_HEADING = r"(?P<heading>(?<![^\n]))?"  # the name opens its line
_EVENT_OF = re.compile(rf"{_HEADING}\b(?P<name>(?P<kind>{'|'.join(CUES.EVENT_OF_KINDS)})\s+of\s+{_OF_NAME})")
_OPENED_EVENT = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(CUES.EVENT_OPENERS)})(?:\s+{_WORD}){{1,3}})\b")
# An agreement named by its kind and then "of" a place or a subject: "the Treaty of Lausanne", "the Memorandum of Understanding".
_AGREEMENT_OF_KINDS = "|".join(CUES.AGREEMENT_OF_KINDS + CUES.AGREEMENT_OF_PLACE_KINDS)
_AGREEMENT_OF = re.compile(rf"{_HEADING}\b(?P<name>(?P<kind>{_AGREEMENT_OF_KINDS})\s+of\s+(?P<of>{_OF_NAME}))")
# "Tigray war", "Axum massacre"; not after a possessive: "Israel's offensive" is Israel's act, an event trigger's.
_PLACE_EVENT = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?(?<!['’]s)(?<!s['’])\s+(?P<kind>{'|'.join(CUES.PLACE_EVENT_KINDS)}))\b")

# Two names that share their kind word, in the plural: "the Donetsk and Luhansk People's Republics".
_CAPITALISED = rf"[{_UP}][{_LO}][\w’'\-]*+"
_SHARED_HEAD = re.compile(rf"\b(?P<first>{_CAPITALISED}) and (?P<second>{_CAPITALISED})(?P<rest>(?:\s+{_CAPITALISED})*)"
                          rf"\s+(?P<kind>{'|'.join(CUES.SHARED_KINDS)})\b")
_SHARED_PLACE_KIND = re.compile(rf"\b(?P<first>{_WORD}(?:[ \t]+{_WORD})?) and (?P<second>{_WORD}(?:[ \t]+{_WORD})?)"
                                rf"[ \t]+(?P<kind>{'|'.join(CUES.SHARED_PLACE_KINDS)})\b")
# An acronym defined in parentheses after the name it stands for: "Tigray People's Liberation Front (TPLF)".
DEFINITION = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z&]{1,7})\)")
_NAME_WORDS = re.compile(r"[A-Z][\w’'\-–]*|of|for|the|on|in|and|de|la|del|du|des")  # "Iran–Iraq": one word
ACRONYM = re.compile(r"(?<![\w’'\-])(?P<name>[A-Z][A-Z&]{1,6}|[A-Z][a-z]?[A-Z][A-Za-z]{0,4})(?![\w’'\-])")
ACRONYM_VALUE = "acronym"

Rule = tuple[re.Pattern, Callable[[re.Match], str]]
RULES: tuple[Rule, ...] = (
    (_TITLED, lambda m: "Person"),
    (_KNIGHTED, lambda m: "Person"),
    (_ROLE_OF, lambda m: "Person"),
    (_TITLE_OF, lambda m: "Person"),
    (_ROLE_NAME, lambda m: "Person"),
    (_ROLE_APPOSITION, lambda m: "Person"),
    (_BESIDE_CALLING, lambda m: "Person"),
    (_LED_BY, lambda m: "Person"),
    (_NAME_ROLE, lambda m: "Person"),
    (_SAID, lambda m: "Person"),
    (_KIN_OWNER, lambda m: "Person"),
    (_KIN_NAMED, lambda m: "Person"),
    (_RULER, lambda m: "Person"),
    (_RULER_OWNS, lambda m: "Person"),
    (_ONE_OF_ROLE, lambda m: "Person"),
    (_SUBJECT, lambda m: _subject_class(m)),
    (_POSSESSED, lambda m: "Person"),
    (_AGED, lambda m: "Person"),
    (_RELATED, lambda m: "Person"),
    (_APPOINTED, lambda m: "Person"),
    (_APPOINTS, lambda m: "Person"),
    (_WITH_AS, lambda m: "Person"),
    (_SWORN, lambda m: "Person"),
    (_WHO, lambda m: "Person"),
    (_PERSON, lambda m: "Person"),
    (_LONE_SURNAME, lambda m: "Place" if _after_locative(m) else "Person"),
    (_SPEAKER, lambda m: "Person"),
    (_PLACE, lambda m: CUES.PLACE_KINDS[m.group("kind")]),
    (_OF_PLACE, lambda m: CUES.OF_PLACE_KINDS[m.group("kind")]),
    (_APPOSITION, lambda m: "Settlement"),
    (_KIND_APPOSED, lambda m: CUES.APPOSED_KINDS[m.group("kind")]),
    (_MISSION, lambda m: "Place"),
    (_WORLD_PART, lambda m: "Region"),
    (_NAMED_PLACE, lambda m: CUES.NAMED_PLACE_KINDS[m.group("kind")]),
    (_FEATURE, lambda m: CUES.FEATURE_KINDS[m.group("kind")]),
    (_NAMED_OF_PLACE, lambda m: CUES.NAMED_OF_PLACE_KINDS[m.group("kind")]),
    (_QUARTER_OF, lambda m: "District"),
    (_OPENED_PLACE, lambda m: CUES.NAMED_OPENED_PLACE_KINDS[m.group("kind")]),
    (_COMPASS_PLACE, lambda m: "Region"),
    (_COMPASS_NAMED, lambda m: "Region"),
    (_BODY, lambda m: CUES.BODY_KINDS[m.group("kind")]),
    (_BODY_AND, lambda m: CUES.BODY_KINDS[m.group("kind")]),
    (_NUMBERED_UNIT, lambda m: "ArmedGroup"),
    (_STATE_BODY, lambda m: CUES.STATE_BODY_KINDS[m.group("kind")]),
    (_LOWER_BODY, lambda m: CUES.LOWER_BODY_KINDS[m.group("kind")]),
    (_AGENCY_NAMED, lambda m: "Organization"),
    (_NAMED_AGENCY, lambda m: "Organization"),
    (_MEDIA, lambda m: "Organization"),
    (_RULING, lambda m: "Organization"),
    (_RULED_BY, lambda m: "Organization"),
    (_ARMED_NAMED, lambda m: "ArmedGroup"),
    (_MINISTRY, lambda m: "Government"),
    (_BODY_OF, lambda m: "Government"),
    (_BODY_OPENED, lambda m: CUES.BODY_OPENERS[m.group("kind")]),
    (_NAMED_AGREEMENT, lambda m: CUES.AGREEMENT_KINDS[m.group("kind")]),
    (_NAMED_EVENT, lambda m: CUES.EVENT_KINDS[m.group("kind")]),
    (_EVENT_OF, lambda m: CUES.EVENT_OF_KINDS[m.group("kind")]),
    (_OPENED_EVENT, lambda m: CUES.EVENT_OPENERS[m.group("kind")]),
    (_AGREEMENT_OF, lambda m: CUES.AGREEMENT_KINDS[m.group("kind")]),
    (_PLACE_EVENT, lambda m: CUES.PLACE_EVENT_KINDS[m.group("kind")]),
    (_FIGHTERS, lambda m: "ArmedGroup"),
    (_LED, lambda m: CUES.LED_KINDS[m.group("kind")]),
    (_LED_BY_KIND, lambda m: CUES.LED_BY_KINDS[m.group("kind")]),
    (_REBELS, lambda m: "ArmedGroup" if _armed_rebels(m.group("name")) else "Government"),
    (_LABELLED_REBELS, lambda m: "ArmedGroup"),
)

# The person rules whose name may take in a month or weekday that closes a date before it ("On 11 July Moise Tshombe,
# the leader of": `_after_date_word`).
_DATED_PERSON_RULES = frozenset({_NAME_ROLE, _AGED, _SWORN, _APPOINTED, _WHO, _PERSON})
# The person rules whose names a role, a command, a calling or rule tells: a name may be a town's there (`_named_so`).
_NAMED_SO_RULES = frozenset({_ROLE_APPOSITION, _LED_BY, _BESIDE_CALLING, _RULER, _RULER_OWNS, _ONE_OF_ROLE})
# The person rules whose name may take in the place an office is "of" before it ("government of Russia Georgy Khizha",
# "Supreme Soviet of North Ossetia Akhsarbek Galazov": `_after_place_of`).
_PLACE_LED_PERSON_RULES = frozenset({*_DATED_PERSON_RULES, _RULER})

NOT_PERSON_WORDS = frozenset({*CUES.BODY_KINDS, *CUES.NOT_PERSONS, *CUES.TITLE_WORDS, *CUES.PLACE_KINDS,
                              *CUES.NAMED_PLACE_KINDS, *CUES.AGREEMENT_KINDS, *CUES.EVENT_KINDS, *CUES.EVENT_OF_KINDS,
                              *CUES.THING_WORDS, *CUES.MONTHS, *CUES.NOT_NAMES})


@dataclass(frozen=True)
class KnownNames:
    """What `NamesInContext` reads of the gazetteer's entries (`known_names`)."""

    known: frozenset[str]  # one-word names: known words, no given names ("Stepanakert" in "In Stepanakert Sargsyan said")
    names: frozenset[str]  # every name
    labels: frozenset[str]  # one-word labels (a variant, "Dzhokhar", one of Grozny's, may be a given name; a label not)
    forces: dict[str, str]  # each state's word -> its armed forces ("Ethiopia", "Ethiopian")
    owners: dict[str, str]  # the same with its capital's name: whose "its forces" are ("Baku announced that its troops")
    places: frozenset[str]  # the names of places ("the Charter of Paris" names a charter, "the Charter of the ..." none)
    towns: frozenset[str]  # one-word names of towns and cities (after a role or "led by", a surname: "Ian Paisley")


def known_names(entries: Mapping) -> KnownNames:
    """What `NamesInContext` reads of the gazetteer's `entries` (`KnownNames`)."""
    values = entries.values()
    return KnownNames(known=frozenset(n for e in values for n in e.names if " " not in n),
                      names=frozenset(n for e in values for n in e.names),
                      labels=frozenset(e.entity.label for e in values if " " not in e.entity.label),
                      forces=state_forces(dict(entries)),
                      owners=force_owners(dict(entries)),
                      places=frozenset(n for e in values if "Place" in top_classes(e.entity.classes[0]) for n in e.names),
                      towns=frozenset(n for e in values if e.entity.classes[0] == "Settlement" for n in e.names
                                      if " " not in n))


class NamesInContext:
    """Finds unknown names by their shape, a title before them or a kind word after them.

    `entries` (the gazetteer's, optional) tells which words are known names: "Stepanakert"
    in "In Stepanakert Sargsyan said" is a place, not a given name.
    """

    name = NAME

    def __init__(self, entries: Mapping | None = None):
        found = derived(entries, "names-in-context", lambda: known_names(entries or {}))
        self.known, self.names, self.labels, self.places, self.towns = (
            found.known, found.names, found.labels, found.places, found.towns)
        self.forces, self.owners = found.forces, found.owners

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        yield from listed(text, self._person_words, NAME)
        if title_case(text):
            return  # a headline: every word has a capital, so capitals say nothing
        taken = set()
        for pattern, cls_of in RULES:
            for match in pattern.finditer(text):
                start, end = _trim(text, match.start("name"), match.end("name"))
                start = _after_date_word(text, start, end) if pattern in _DATED_PERSON_RULES else start
                start = self._after_place_of(text, start, end) if pattern in _PLACE_LED_PERSON_RULES else start
                name = text[start:end]
                if not name or not (_plausible(name, pattern) or _month_named(text, start, end, pattern)):
                    continue
                if pattern is _TITLED:
                    start = _naming_title(text, start, end)
                    name = text[start:end]
                if pattern is _BODY and CUES.FORCE_KINDS & set(name.split()):
                    yield from self._forces(name, start, end)
                elif (pattern is _FIGHTERS and name.split()[-1] in CUES.STATE_FIGHTERS
                      and (force := self._state_force(name.split()[0]))):  # "Djiboutian forces", not "Russian separatists"
                    yield Candidate(start, end, "entity", "ArmedForce", NAME, entity=force)
                elif not self._doubtful(name, pattern, match):
                    label = _label(match, pattern)
                    alone = self._name_alone(match, pattern, start)
                    taken.add((start, end))
                    yield Candidate(start, end, "entity", cls_of(match), NAME, value=label or alone,
                                    entity=_entity_id(label or name, pattern, match))
        yield from role_lists(text, self._named_so, self.known, NAME)
        yield from people_lists(text, self._listed_person, NAME)
        yield from cited_authors(text, self.known, NAME)
        yield from warships(text, self.forces.keys(), NAME)
        yield from hull_numbers(text, NAME)
        yield from listed_places(text, self.names, self.towns, NAME)
        yield from self.defined(text)
        yield from self.acronyms(text, taken)
        yield from own_forces(doc, text, self.owners, NAME)

    def _listed_person(self, words: list[str]) -> bool:
        """May a list's item be a person's name: `_named_so` (a given name may be a town's: "Terry Waite"), its first
        word no state's or land's label ("Jordan Valley"), no word an owner's ("Labour's Ana Ruiz": the party's)?"""
        return self._named_so(words) and not (words[0] in self.labels and words[0] not in self.towns) \
            and not any(w.endswith(CUES.POSSESSIVE_ENDINGS) for w in words)

    def _after_place_of(self, text: str, start: int, end: int) -> int:
        """Where a person's name starts whose first word, after "of", is a known place's that is no town's, or ends
        one with the capitalised word or the point of the compass before it, two words or more of the name after it:
        after that word ("government of Russia Georgy Khizha" -> "Georgy Khizha", "of North Ossetia Akhsarbek
        Galazov" -> "Akhsarbek Galazov"); else `start`. A town's name may be a given name ("Martin"), and a name
        opening its clause is all the person's ("Chad Michael Murray")."""
        first, _, rest = text[start:end].partition(" ")
        before = CUES.PLACE_OF_BEFORE.search(text, max(0, start - 40), start)
        if len(rest.split()) < 2 or before is None:
            return start
        word = before.group("word") or ""
        if (first in self.labels and first not in self.towns or f"{word} {first}" in self.places
                or re.fullmatch(CUES.COMPASS_WORD, word)):  # "of North Ossetia": a place no pack lists
            return start + len(first) + 1
        return start

    def _name_alone(self, match: re.Match, pattern: re.Pattern, start: int) -> str | None:
        """The name before a lower-case kind of land, water or town that the name alone names too ("the Namka Chu
        river", "the Boy-Rabe neighbourhood": `NAME_ALONE_KINDS`), the label of the feature, where no known entity
        bears it (the "Lachin corridor" is not the town); else None (a thing built keeps its kind: "Kirkuk military
        airport"). The label only: the id keeps the kind ("namka-chu-river"), no firm's or person's of the name ("the
        Amazon river", "the Charles river")."""
        if pattern is not _FEATURE or match.group("kind") not in CUES.NAME_ALONE_KINDS:
            return None
        name = match.string[start:match.start("kind")].rstrip()
        return name if name not in self.names else None

    def _no_person_before_who(self, name: str, match: re.Match) -> bool:
        """Is the name before a relative "who" (`_WHO`) no person's: not shaped as one (up to four words), a known
        name or words that name no person, "the" before it ("The Rolling Stones, who"), or neither a clause of one
        person after it (`CUES.WHO_ONE_PERSON`) nor a known place's possessive before it ("Mauritania's ...")?"""
        words = name.split()
        told = CUES.WHO_ONE_PERSON.match(match.string, match.end()) or match.group("owner") in self.known
        return (not (_person_shaped(words, most=4) and self._given_and_surname(words, match)) or name in self.names
                or _article_before(match, name) or not told)

    def _quarter_of_town(self, match: re.Match) -> bool:
        """Is the match "X neighbourhood of Y" with X a known town and Y none ("the Kirkuk neighbourhood of Rahimawa":
        Kirkuk the town, Rahimawa its quarter, `_QUARTER_OF`)? Not "the Sabra neighbourhood of Beirut": the quarter of
        the known town Beirut is named Sabra (a town's name elsewhere)."""
        quarter = _QUARTER_OF.match(match.string, match.start())
        return quarter is not None and quarter.group("town") in self.towns and quarter.group("name") not in self.towns

    def _unnamed_quarter(self, match: re.Match) -> bool:
        """Is the match a known town's name and a kind of its quarters ("a Nairobi slum": `QUARTER_KINDS`), no other
        town after "of"? The words say whose the quarter is, and name none: the town keeps its name. Not "the Sabra
        neighbourhood of Beirut": the town is Beirut, the quarter's name Sabra."""
        kind = match.group("kind")
        town = match.string[match.start("name"):match.start("kind")].strip()
        return (re.fullmatch(CUES.QUARTER_KINDS, kind) is not None and town in self.towns
                and not CUES.QUARTER_OF.match(match.string, match.end()))

    def defined(self, text: str) -> Iterator[Candidate]:
        """Names written with their acronym after them: "Revolutionary Armed Forces of Colombia (FARC)"."""
        for match in DEFINITION.finditer(text):
            span = _defined_span(text, match.start(), match.group("acronym"))
            if span:
                span = _trim(text, *span)  # "The United Nations Support Mission in Libya (UNSMIL)": no "The"
                name = text[span[0]:span[1]]
                yield Candidate(*span, "entity", _defined_class(name), NAME, entity=name_id(name))

    def acronyms(self, text: str, taken: set[tuple[int, int]]) -> Iterator[Candidate]:
        """Every acronym-shaped word but those a rule read by their context (`taken`: "the FRELIMO government"):
        the resolver keeps those the source defined, and those whose context tells a body (`_told_body`)."""
        for match in ACRONYM.finditer(text):
            if match.group("name") in CUES.SPEAKER_NOT_NAMES or match.span() in taken:
                continue
            told = _told_body(text, match)
            if told:
                yield Candidate(match.start(), match.end(), "entity", told, NAME, entity=name_id(match.group("name")))
            else:
                yield Candidate(match.start(), match.end(), "entity", "Organization", NAME, value=ACRONYM_VALUE)

    def _known_land(self, match: re.Match) -> bool:
        """Whether the words before a kind of land in water name a known place, by its name or its demonym ("Jeju
        Island", "the Crimean peninsula"): the known place is meant, read by its own rule."""
        before = match.string[match.start("name"):match.start("kind")].strip()
        before = before[4:] if before[:4].lower() in CUES.ARTICLES else before  # "The Crimea peninsula was annexed"
        return (before in self.places or before in self.forces or is_demonym(before)
                or bool(_ADJECTIVE_OF_PLACE.fullmatch(before)))

    def _doubtful(self, name: str, pattern: re.Pattern, match: re.Match) -> bool:
        """A person's "given name" that is the label of something else than a town ("Serbia Slobodan Milosevic"),
        or a town's name or a variant name after a word of place ("In Stepanakert Sargsyan", "In Shushi
        Harutyunyan"; not "Dzhokhar Dudayev", where "Dzhokhar" is one of Grozny's names, nor "by Milan Milanovic"); a name before its
        role with a known name in it ("Serbia Slobodan Milosevic, the former president of");
        a name after "said" or a possessive that is not a person's ("said Human Rights Watch",
        "Russia's Black Sea Fleet"); a possessive of no known place ("the army's Northern Command");
        a compass word before a known name or a body ("Eastern Ukraine", "Northern Command"); one side's act
        after a state's name or demonym ("an Ethiopian offensive", `CUES.SIDE_ACT_KINDS`); a place named by an owner's
        possessive ("Colonel Houari Boumediene's border army"); a border a noun follows ("Tajik border guards"); a
        named declaration whose name runs on into "of" what names no agreement ("its Unilateral Declaration of
        Independence", as `_no_agreement_of`); a verb's subject that is no person's name or stands after other
        capitalised words ("Human Rights Watch said")."""
        words = name.split()
        if pattern is _PERSON:
            return len(words) > 1 and (words[0] in self.labels and words[0] not in self.towns
                                       or words[0] in CUES.NAMED_OPENED_PLACE_KINDS
                                       or words[0] in self.known and _after_place_word(match, name))
        if pattern is _NAMED_PLACE and _broadcaster(match):
            return True  # "the History Channel aired": a broadcaster, no strait
        if pattern in (_NAMED_PLACE, _FEATURE) and match.group("kind") in CUES.LAND_IN_WATER and self._known_land(match):
            return True  # "Jeju Island" is Jeju, "the Crimean peninsula" Crimea: no new place; else the checks below
        if pattern is _MISSION:  # "handed to the Chinese embassy"; not "the Grand Embassy" nor "According to the US Embassy"
            return match.group("owner") not in self.forces or not CUES.MISSION_PLACE_BEFORE.search(
                match.string, max(0, match.start() - 40), match.start())
        if pattern is _TITLED and _ship_named(words, match):
            return True
        if pattern is _BODY and words[-2:-1] and words[-2] in CUES.COMMON_KIND_OPENERS.get(words[-1], ()):
            return True  # "The Old Guard", "The Credit Union": a common noun, no body's name
        if pattern is _COMPASS_NAMED:  # "West Beirut", "South Yemen": a known place's part or namesake, named so
            return words[-1] not in self.places
        if pattern is _COMPASS_PLACE:  # "Eastern Ghouta"; not "Eastern Ukraine" (Ukraine), "Northern Command", nor a
            # state's people's adjective ("the Central American presidents")
            return (words[-1] in self.known or words[-1] in NOT_PERSON_WORDS or is_demonym(words[-1])
                    or words[-1] in self.forces)
        if pattern is _FEATURE and match.group("kind") in CUES.BORDER_WORDS and not CUES.BORDER_GOES_ON.match(
                match.string, match.end()):
            return True  # "Tajik border guards", "the Cambodian-Thai border clashes": whose, what about, no place
        if pattern in (_FEATURE, _NAMED_PLACE) and name == match.group("kind"):
            return name not in CUES.KIND_ALONE_PLACES  # "The oil field services firm", "The Citadel beat Furman"
        if pattern is _QUARTER_OF:  # "the Kirkuk neighbourhood of Rahimawa": the town and its quarter
            return not self._quarter_of_town(match)
        if pattern is _FEATURE and match.group("kind") in CUES.WILD_LAND_KINDS and len(words) == 2 and (
                words[0] in self.forces or is_demonym(words[0])):
            return True  # "the Iraqi marshes", "the Vietnamese jungle": a state's land, no name
        if pattern is _FEATURE and self._quarter_of_town(match):
            return True  # the town keeps its name, `_QUARTER_OF` names the quarter
        if pattern is _FEATURE and self._unnamed_quarter(match):
            return True  # "a Nairobi slum", "a Baghdad neighbourhood": the town's, named by no name of its own
        if pattern in (_FEATURE, _PLACE, _NAMED_PLACE) and _POSSESSIVE.search(match.group("name")):
            return True  # "Colonel Houari Boumediene's border army", "Ukraine's Black Sea ports": the owner's, no name
        if pattern is _RULING:  # "the US government": a state's, no body of its own
            return name in self.known or name in self.names
        if pattern is _SUBJECT and _no_subject_body(match):
            return True  # "Goldman Sachs backed the bid", "The Serbs accused": no person, no body
        if pattern is _SUBJECT:  # "Human Rights Watch said", "Foreign Ministry said", "Karen Christians died": no person
            return (not self._given_and_surname(words, match) or name in self.names or _a_people(words[-1])
                    or not set(match.group("before").split()) <= CUES.NOT_NAMES | CUES.MONTHS or _a_body_told(match)
                    or _ship_before(match))
        owner = match.group("owner") if pattern is _POSSESSED else ""
        if pattern is _POSSESSED and owner.split("-")[-1] not in self.known and not (owner.isupper() and _person_shaped(words)):
            return True  # an unknown acronym's person only by a person's shape: "the FLN's Chawki Mostefaï"
        if pattern is _POSSESSED and match.group("owner").isupper() and not _person_shaped(words):
            return True  # "the US's Patriot Missiles", "the UN's World Food Programme": an acronym's thing, no person
        if pattern is _AGREEMENT_OF:
            return self._no_agreement_of(match)
        if pattern is _NAMED_AGREEMENT:  # "its Unilateral Declaration of Independence": one side's, as "Declaration of"
            run_on = _AGREEMENT_OF.match(match.string, match.start("kind"))
            return (run_on is not None and run_on.group("of").split()[0] not in CUES.MONTHS
                    and self._no_agreement_of(run_on))  # "the Burnham Declaration of July 1997" is named
        if pattern is _BODY_AND:  # "Peace and Security Council", not "Russia and Security Council members"
            return words[0] in self.known or is_demonym(words[0]) or words[0] in self.forces
        if pattern is _STATE_BODY:  # "Mozambique's parliament", not "Sunday's parliament"; a field only of a ministry
            return match.group("owner") not in self.forces or bool(match.group("field")) and (
                match.group("kind") not in CUES.STATE_BODY_FIELD_KINDS)
        if pattern is _PLACE_EVENT:  # "A final Ethiopian offensive": Ethiopia's act, the trigger's and the demonym's
            return (match.group("kind") in CUES.SIDE_ACT_KINDS and words[0] in self.forces) or _common_opening(match)
        if pattern is _LED_BY_KIND:  # "a coalition led by Saudi Arabia", not "an alliance led by Mr Smith"
            return match.group("leader") not in self.places | self.known
        if pattern in (_ROLE_OF, _TITLE_OF) and (_after_locative(match) or _article_before(match, name)):
            return True  # "its leader in Southeast Asia": where, not who; "the chairman of the Joint Chiefs": a body
        if pattern is _KNIGHTED:  # "Sir Paul Scoon", not "the island of Sir Bani Yas": a known place
            return " ".join(words[1:]) in self.places
        if pattern in (_LOWER_BODY, _ARMED_NAMED):  # "the Islamic State group", "the Kurdish militia", "the Islamist group"
            own = words[:-1] if pattern is _LOWER_BODY else words
            return not self._person_words(own) or " ".join(own) in self.names or bool(CUES.CREED_WORDS & set(own))
        if pattern is _NAME_ROLE:  # "President of Serbia Slobodan Milosevic, the former president of": no "Serbia"
            return not self._person_words(words, shaped=False)  # a role after it: "Masoud Barzani, President of"
        if pattern in _NAMED_SO_RULES and not self._named_so(words):
            return True  # a role, a command, a calling or rule names a person: a name may be a town's ("Martin", "Paisley")
        if pattern is _ROLE_APPOSITION and len(words) == 1 and (not self._person_words(words) or _place_kind_before(match)):
            return True  # a lone word: no known name ("the envoy, Kabul, ..."), no place's ("to the region, Darfur,")
        if pattern is _BESIDE_CALLING and CUES.COMMON_OWNER_BEFORE.search(match.string, max(0, match.start() - 30),
                                                                          match.start()):
            return True  # "The revolution's son Hope Street": a figure of speech, no kin
        if pattern in (_RULER, _ONE_OF_ROLE) and (name in self.names or words[0] in CUES.EVENT_OPENERS):
            return True  # "under Operation Turquoise"
        if pattern is _RULER:  # "under Mengistu Haile Mariam", "Syria under Hafez al-Assad"; not a law's name
            return not (_person_shaped(words) or _article_surname(words)) or bool(CUES.LAW_WORDS & set(words))
        if pattern is _LED_BY and match.group()[:1].isupper():  # "Led by Joseph Kony", not "Led by Ahrar al-Sham"
            return not _person_shaped(words)
        if pattern is _BODY and words[-1] in CUES.GOVERNMENT:  # "Kurdistan Regional Government"; "Kosovo Government" the state's
            return " ".join(words[:-1]) in self.names or is_demonym(words[0]) and len(words) == 2
        if pattern is _RULED_BY:  # "ruled by the Derg", not "backed by the Soviet Union"
            return not self._person_words(words) or name in self.names
        if pattern is _KIN_OWNER and (CUES.ARTICLE_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
                                      or not (match.group("named") or _person_shaped(words))):
            return True  # "the revolution's son", "Vodafone's sister company": no person's; "Gaddafi's son Saif" one
        if pattern in (_RELATED, _KIN_NAMED):  # "his rival Manchester City", "her son Jordan": no person named so
            return not self._named_so(words) or name in self.known
        if pattern is _SWORN:  # an oath of office names a person, though a town's names are the words ("Adama Barrow")
            return not (self._named_so(words) and _person_shaped(words))  # not "The Grand Jury was sworn in"
        if pattern is _WHO:
            return self._no_person_before_who(name, match)
        if pattern in (_APPOINTED, _APPOINTS, _WITH_AS) and match.group("role") in CUES.FIRM_ROLES and (
                CUES.FIRM_DEAL_AFTER.match(match.string, match.end())):
            return True  # "Goldman Sachs was named adviser on the deal", "with Lazard as adviser on the debt": a firm
        return (pattern in (_SAID, _POSSESSED, _KIN_OWNER, _AGED, _APPOINTED, _APPOINTS, _WITH_AS)
                and not self._person_words(words))

    def _named_so(self, words: list[str]) -> bool:
        """Words a role, a command or a calling before them may make a person's name: no word of a kind or title
        first, no demonym, the words after it no known name but a town's ("Ian Paisley", "Ahmed Ben Bella")."""
        return self._person_words(words[1:], self.towns) and words[0] not in NOT_PERSON_WORDS and not is_demonym(words[0])

    def _given_and_surname(self, words: list[str], match: re.Match) -> bool:
        """May a verb's subject or the words before a relative "who" be a person's name, though a word of it is a known
        place's? A surname may be a town's ("Fidel Castro said", "Juan Manuel Santos, who"), and a given name another
        spelling of a place, not its label ("Juan", a variant of Juan-les-Pins); not a state's capital, which names a
        club or a government far more often than a surname ("Dynamo Kyiv said", "Sporting Lisbon, who had been"), nor
        after a word of place, where the first word names the place ("In Khankendi Harutyunyan said")."""
        if self._person_words(words):
            return True
        return (words[0] not in self.labels and words[-1] not in self.owners
                and not _after_place_word(match, " ".join(words)) and self._named_so(words))

    def _no_agreement_of(self, match: re.Match) -> bool:
        """An agreement's kind "of" what is no agreement's name: a possessive inside ("the Agreement of
        Russia's parliament"; after a town it ends the name: "the Treaty of Lausanne's borders"), a declaration
        or charter of no place ("the Declaration of Independence") unless the phrase is what was signed or
        adopted and no possessive owns it ("The Declaration of Principles was signed")."""
        of = match.group("of")
        town = next((of[:-len(e)] for e in CUES.POSSESSIVE_ENDINGS if of.endswith(e)), of)
        of = town if town in self.towns else of
        if "’" in of or "'" in of:
            return True
        if match.group("kind") not in CUES.AGREEMENT_OF_PLACE_KINDS or of in self.places:
            return False
        text = match.string
        return not (CUES.SIGNED_AFTER.match(text, match.end()) and not CUES.OWNED_BEFORE.search(text[:match.start()]))

    def _forces(self, name: str, start: int, end: int) -> Iterator[Candidate]:
        """A body of forces: its own ("Tiger Forces", "Syrian Arab Air Force"), or, named only by the
        words any state's forces are named with, that state's armed forces ("National Defense Forces
        of Ethiopia", "Ethiopian Defense Forces"); nothing where no state is named ("the Air Force")."""
        words = name.split()
        forces = [self._state_force(w) for w in words]
        if any(w not in CUES.GENERIC_FORCE_WORDS | CUES.FORCE_KINDS and not force for w, force in zip(words, forces)):
            yield Candidate(start, end, "entity", "ArmedGroup", NAME, entity=name_id(name))
            return
        states = [force for force in forces if force]
        if states:
            yield Candidate(start, end, "entity", "ArmedForce", NAME, entity=states[0])

    def _state_force(self, word: str) -> str | None:
        """The id of the armed forces of the state `word` names: by one of its names or demonyms, or by a demonym
        the world pack does not list, its name and an ending (`CUES.DEMONYM_ENDINGS`: "Djiboutian")."""
        if word in self.forces:
            return self.forces[word]
        return next((self.forces[word[:-len(e)]] for e in CUES.DEMONYM_ENDINGS
                     if word.endswith(e) and word[:-len(e)] in self.forces), None)

    def _person_words(self, words: list[str], allowed: frozenset[str] = frozenset(), shaped: bool = True) -> bool:
        """Can these words be a person's name: no known name (but the `allowed` ones), no kind of body,
        place, agreement or event, no title, no demonym? With `shaped` off, a word only shaped like a demonym
        ("Barzani") may be a surname; a listed demonym or a state's word ("Azerbaijani") not."""
        def demonym(w: str) -> bool:
            return is_demonym(w) if shaped else w in CUES.DEMONYMS_IAN or w in self.forces
        return not any(w in self.known and w not in allowed or w in NOT_PERSON_WORDS or demonym(w) for w in words)


def _place_kind_before(match: re.Match) -> bool:
    """Does a kind of place stand between a role and the lone word apposed to it? Then the word names that place: "the
    envoy to the region, Darfur,", "the governor of the province, Helmand," (not "The Defence Minister, Arsenis,")."""
    between = match.string[match.start():match.start("name")].lower().split()
    return any(word.strip(",") in CUES.PLACE_KINDS or word.strip(",") in CUES.FEATURE_KINDS for word in between)


def _told_body(text: str, match: re.Match) -> str | None:
    """The class of the body an acronym the source never spells out names by its context: an armed group where fighters
    follow it ("ZANU guerrillas") or it is another's armed wing or army ("ZANLA, the armed wing of ZANU"), a body where
    a body's kind stands in apposition before it ("the UN mission, MONUC,"); else None."""
    if len(match.group("name")) < 3 or not match.group("name").isupper():
        return None
    if CUES.ACRONYM_ARMED_AFTER.match(text, match.end()) or CUES.ACRONYM_WING_AFTER.match(text, match.end()):
        return "ArmedGroup"
    if CUES.ACRONYM_FIGHTERS_AFTER.match(text, match.end()) and CUES.WAR_WORDS.search(_sentence_of(text, match)):
        return "ArmedGroup"
    return "Organization" if CUES.ACRONYM_BODY_BEFORE.search(text, max(0, match.start() - 20), match.start()) else None


def month_in_name(text: str, start: int, end: int) -> bool:
    """Is the month or weekday at text[start:end] a word of a name: right before the agreement's or
    event's kind that ends it ("the Good Friday Agreement", "the July War"), and not after "on"
    ("Talks Resumed On Friday After The Ceasefire Collapsed", "In March War Crimes investigators")?"""
    return bool(CUES.KIND_ENDS_NAME.match(text, end) and not CUES.NO_NAME_BEFORE.search(text, max(0, start - 4), start))


def _month_named(text: str, start: int, end: int, pattern: re.Pattern) -> bool:
    """An agreement or event named with a month or weekday just before its kind ("Good Friday Agreement")."""
    if pattern not in (_NAMED_AGREEMENT, _NAMED_EVENT):
        return False
    words = list(re.finditer(r"\S+", text[start:end]))
    months = [w for w in words if w.group() in CUES.MONTHS]
    return (len(words) > 1 and months == [words[-2]]
            and month_in_name(text, start + words[-2].start(), start + words[-2].end()))


def _after_date_word(text: str, start: int, end: int) -> int:
    """Where a person's name starts that a month or weekday opens, two words or more of the name after it: after the
    date's word ("On 11 July Moise Tshombe, the leader of" -> "Moise Tshombe"); else `start`."""
    first, _, rest = text[start:end].partition(" ")
    if first in CUES.MONTHS and len(rest.split()) >= 2:
        return start + len(first) + 1
    return start


def _person_shaped(words: list[str], most: int = 3) -> bool:
    """A given name and a surname, a middle name between them allowed ("Tedros Adhanom Ghebreyesus") and
    particles ("Jaap de Hoop"), the last word no common plural ("Patriot Missiles"; a surname may end in -s:
    "Volker Perthes") nor role ("Emergency Relief Coordinator"): what an acronym's possessive must be followed
    by to name a person."""
    names = [w for w in words if w[:1].isupper()]
    return (2 <= len(names) <= most and re.fullmatch(_GIVEN, names[0]) is not None
            and names[-1] not in CUES.PLURAL_NOUNS and names[-1].lower() not in CUES.ROLES)


def _naming_title(text: str, start: int, end: int) -> int:
    """Where a titled name starts: at a monarch's or a peer's title before one name (`CUES.NAMING_TITLE_BEFORE`:
    "King Hussein", "Lord Soames"), else at the name."""
    if " " in text[start:end]:
        return start
    title = CUES.NAMING_TITLE_BEFORE.search(text, max(0, start - 8), start)
    return title.start() if title else start


def _article_surname(words: list[str]) -> bool:
    """A given name and a surname opening with an article ("Hafez al-Assad"): a person's shape after "under" (after an
    opening "Led by" it may be a body's, "Ahrar al-Sham")."""
    return len(words) == 2 and re.fullmatch(_GIVEN, words[0]) is not None and re.match(_ARTICLE, words[1]) is not None


def _ship_named(words: list[str], match: re.Match) -> bool:
    """Do a monarch's title and one name after "the" name a ship, no person ("the Queen Mary sailed")?"""
    return len(words) == 2 and CUES.NAMING_TITLE_BEFORE.search(f"{words[0]} ") is not None and (
        CUES.ARTICLE_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) is not None)


def _broadcaster(match: re.Match) -> bool:
    """Is a place's name of a kind a broadcaster takes too ("Channel": `CUES.BROADCAST_KINDS`) a broadcaster's: told
    beside its broadcasting (`CUES.BROADCAST_NEAR`: "the History Channel aired") or named by its genre or brand
    (`CUES.BROADCAST_NAME_WORDS`: "The Weather Channel said")?"""
    if match.group("kind") not in CUES.BROADCAST_KINDS:
        return False
    return bool(CUES.BROADCAST_NAME_WORDS & set(match.group("name").split())) or CUES.BROADCAST_NEAR.search(
        match.string, max(0, match.start() - CUES.BROADCAST_REACH), match.end() + CUES.BROADCAST_REACH) is not None


def _ship_before(match: re.Match) -> bool:
    """Does a kind of vessel stand right before the name (`vessel_before`: "The tanker Stena Impero was detained")? The
    name is the ship's, no person's."""
    return vessel_before(match.string, match.start("name"))


def vessel_before(text: str, start: int) -> bool:
    """Does a kind of vessel or a navy's prefix stand right before `start` (`CUES.VESSEL_BEFORE`: "the cruiser Moskva",
    "USS George Washington")? The name there is a ship's."""
    return CUES.VESSEL_BEFORE.search(text, max(0, start - 30), start) is not None


def _sentence_of(text: str, match: re.Match) -> str:
    """The words of the sentence the match stands in (from the full stop before it to the one after it)."""
    start = text.rfind(". ", 0, match.start()) + 1
    end = text.find(". ", match.end())
    return text[start:end if end >= 0 else len(text)]


def _article_opens(match: re.Match) -> bool:
    """Does "the" open the verb's subject, one capitalised word after it ("The Pentagon said", "The Seleka accused")?
    A person's name takes no article: the word names a body."""
    return CUES.ARTICLE_OPENING.match(match.group("name")) is not None


def _subject_class(match: re.Match) -> str:
    """The class of a verb's subject (`_SUBJECT`): "The Rebels said" an armed group (`CUES.ARMED_PLURALS`), "The
    Seleka accused" a body, a two-word name a person, or a body where the text names its members or offices
    (`_members_told`: "Golden Dawn was sentenced", after "Golden Dawn members")."""
    if not _article_opens(match):
        return "Organization" if _members_told(match) else "Person"
    return "ArmedGroup" if match.group("name").split()[-1] in CUES.ARMED_PLURALS else "Organization"


def _members_told(match: re.Match) -> bool:
    """Does the text write the subject's name before a word of its members or its offices (`CUES.MEMBERS_AFTER`:
    "Golden Dawn members", "Sinn Fein leader Gerry Adams", "Bayern Munich players")? A body's name, no person's."""
    name = re.escape(match.group("name"))
    return re.search(rf"(?<![\w’'\-]){name}{CUES.MEMBERS_AFTER.pattern}", match.string) is not None


def _no_subject_body(match: re.Match) -> bool:
    """Does the subject name neither a person nor a body: a two-word name before a verb a body does too
    (`CUES.BODY_DEED_VERBS`: "Goldman Sachs backed the bid"; but `CUES.SIGNED_FOR`: "Andrew Nori signed for the MEF"),
    or "the" and a people in the plural ("The Serbs accused", "The Palestinians rejected"), not fighters
    (`CUES.ARMED_PLURALS`)?"""
    opening = CUES.ARTICLE_OPENING.match(match.group("name"))
    if not opening:
        return (re.fullmatch(CUES.BODY_DEED_VERBS, match.group("verb")) is not None
                and not CUES.SIGNED_FOR.match(match.string, match.start("verb")))
    word = opening.group("word")
    return word not in CUES.ARMED_PLURALS and (word.endswith("s") or is_demonym(word) or is_demonym(word[:-1]))


def _a_people(word: str) -> bool:
    """Is the word a people or a creed's faithful in the plural ("Christians", "Muslims"): many, no person's surname?"""
    return word.endswith("s") and (is_demonym(word[:-1]) or word[:-1] in CUES.CREED_WORDS)


def _a_body_told(match: re.Match) -> bool:
    """Does English tell the verb's subject is a body, no person: an article before it ("the Islamic Jihad said"),
    a creed or cause as its first word ("Islamic Jihad said"), "its" as the next thing its sentence owns ("Goldman
    Sachs said its clients")?"""
    text, start = match.string, match.start("name")
    return (CUES.ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None
            or match.group("name").split()[0] in CUES.CREED_WORDS or CUES.ITS_AFTER.match(text, match.end()) is not None)


def _after_place_word(match: re.Match, name: str) -> bool:
    """Whether the word before `name` (the match's name, trimmed) is one a place follows ("In Khankendi
    Harutyunyan said")."""
    start = match.string.find(name, match.start("name"))
    before = match.string[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in PLACE_PREPOSITIONS


def _article_before(match: re.Match, name: str) -> bool:
    """Does "the" stand right before `name` (the match's name, trimmed): a body's name, no person's?"""
    start = match.string.find(name, match.start("name"))
    return CUES.ARTICLE_BEFORE.search(match.string, max(0, start - 8), start) is not None


def _after_locative(match: re.Match) -> bool:
    """Does the name follow a preposition only a place follows: a town whose name ends as surnames do
    ("an air strike on a school bus in Dahyan"), a land after a role ("its leader in Southeast Asia"), no person?"""
    before = match.string[max(0, match.start("name") - 12):match.start("name")].split()
    return bool(before) and before[-1].lower() in LOCATIVE_ONLY


def shared_heads(text: str) -> Iterator[Candidate]:
    """The two names of "A and B <words> <Kind>s", one after the other: A, the words and the kind is a name of its own
    ("Donetsk People's Republic"), as B and them is ("Luhansk People's Republics"); not where A or B
    is a demonym ("Armenian and Azerbaijani Forces" are the gazetteer's forces); and the two places of a lower-case
    kind so shared (`_shared_place_kind`)."""
    for match in _SHARED_HEAD.finditer(text):
        if is_demonym(match.group("first")) or is_demonym(match.group("second")):
            continue
        kind = CUES.SHARED_KINDS[match.group("kind")]
        cls = CUES.BODY_KINDS.get(kind) or CUES.NAMED_PLACE_KINDS[kind]
        for part in ("first", "second"):
            name = f"{match.group(part)}{match.group('rest')} {kind}"
            end = match.end("first") if part == "first" else match.end()
            yield Candidate(match.start(part), end, "entity", cls, NAME, entity=name_id(name), value=name)
    yield from _shared_place_kind(text)


def _shared_place_kind(text: str) -> Iterator[Candidate]:
    """The two places of "A and B <kind>s" with a lower-case kind (`SHARED_PLACE_KINDS`: "the Wihdat and al-Hussein
    refugee camps"): each its name's words, labelled with its kind ("Wihdat refugee camp"); not where A or B is a
    demonym ("Armenian and Azerbaijani villages") or a creed's, a people's or a party's word (`COMMUNITY_WORDS`: "Sunni
    and Shia districts")."""
    for match in _SHARED_PLACE_KIND.finditer(text):
        if any(is_demonym(word) or word in CUES.COMMUNITY_WORDS for word in (match.group("first"), match.group("second"))):
            continue
        kind = CUES.SHARED_PLACE_KINDS[match.group("kind")]
        cls = CUES.PLACE_KINDS.get(kind) or CUES.FEATURE_KINDS[kind]
        for part in ("first", "second"):
            name = f"{match.group(part)} {kind}"
            yield Candidate(match.start(part), match.end(part), "entity", cls, NAME, entity=name_id(name), value=name)


def _defined_span(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """The capitalised words just before an acronym in parentheses that it abbreviates: as many
    as it has capitals (connectives such as "of the" between them), at least two words and at
    most one capital short, or three where a body's kind stands before an "in" and its place (`BODY_ACRONYM_SHORT`:
    "UN Verification Mission in Guatemala (MINUGUA)", an acronym of the name in another language)."""
    wanted = sum(c.isupper() for c in acronym)
    words = list(_NAME_WORDS.finditer(text, max(0, end - 160), end))
    start, have, expected_end = None, 0, end
    for word in reversed(words):
        if text[word.end():expected_end].strip() or have >= wanted:
            break  # a gap that is not white space, or enough words
        if word.group() not in CUES.CONNECTIVES:
            have += sum(1 for part in re.split("[-–]", word.group()) if part[:1].isupper())
            start = word.start()
        expected_end = word.start()
    enough = have >= max(2, wanted - 1)  # one letter may come from a small word ("in" of UNSMIL); "to support the
    # Hodeidah Agreement (UNMHA)" names only part of the body the acronym stands for
    in_other_language = have >= max(3, wanted - 3) and CUES.BODY_ACRONYM_SHORT.search(text, start or 0, end) is not None
    enough = enough or in_other_language
    if start is None or not enough or CUES.MONTHS & set(text[start:end].split()):
        return None
    return _agreement_opening(text, words, start), end


def _agreement_opening(text: str, words: list[re.Match], start: int) -> int:
    """Where the name starts: at a kind of agreement just before its words, across connectives only ("the
    Agreement on the Resolution of the Conflict in the Republic of South Sudan (ARCSS)": the title opens with
    its kind, though the acronym skips a word of it)."""
    expected_end = start
    for word in reversed([w for w in words if w.end() <= start]):
        if text[word.end():expected_end].strip():
            return start
        if word.group() in CUES.AGREEMENT_KINDS:
            return word.start()
        if word.group() not in CUES.CONNECTIVES:
            return start
        expected_end = word.start()
    return start


def _defined_class(name: str) -> str:
    """The class of a name defined with an acronym, by its head word: a kind of body before the first
    "of", "for", "on" or "in" heads it ("Armed Forces of the Democratic Republic of the Congo (FARDC)" are
    forces, no state), and so does a kind of agreement that ends the words before it ("Comprehensive Agreement on
    Respect for Human Rights ... (CARHRIHL)"); else the kind of agreement or event that ends it, or the last kind
    of body in it."""
    words = name.split()
    head = list(takewhile(lambda w: w not in CUES.HEAD_ENDS, words))
    if head != words and head and head[-1] in CUES.AGREEMENT_KINDS:  # "Comprehensive Agreement on Respect for ..."
        return CUES.AGREEMENT_KINDS[head[-1]]
    if head != words and any(w in CUES.BODY_KINDS for w in head):
        return _defined_class(" ".join(head))
    kind = CUES.AGREEMENT_KINDS.get(words[-1]) or CUES.EVENT_KINDS.get(words[-1])
    if kind:
        return kind
    heads = [w for w in words if w in CUES.BODY_KINDS]
    if heads:
        return CUES.BODY_KINDS[heads[-1]]
    return "ArmedGroup" if {w.lower() for w in words} & CUES.ARMED_HEADS else "Organization"


def title_case(text: str) -> bool:
    """Is this block a Title Case headline: short, no closing full stop, most words of four
    letters or more capitalised?"""
    if len(text) > 200 or text.rstrip().endswith("."):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _armed_rebels(name: str) -> bool:
    """"rebel fighters", and "rebels" alone, are the armed group; "separatist authorities" are its
    rulers, and so are "separatists" alone ("separatists agree to disarm": the authorities who agreed)."""
    words = name.lower().split()
    return name.lower() in CUES.ARMED_ALONE or words[-1] in CUES.REBEL_ARMED


def _entity_id(name: str, pattern: re.Pattern, match: re.Match) -> str:
    """The slug of the name; "separatist authorities" and "separatists" are one entity of the source, "rebel
    fighters" and "rebels" another; "the Saudi-led military coalition" is "the Saudi-led coalition"; a state's
    mission takes its town when the text names it, so that two of one state are two ("the US Embassy in Baghdad",
    "the US Embassy in Kabul")."""
    if pattern is _MISSION and match.group("city"):
        return name_id(f"{name} in {match.group('city')}")
    if pattern is _REBELS:
        return "separatist-forces" if _armed_rebels(name) else "separatists"
    if pattern is _LABELLED_REBELS:
        return "separatist-forces"
    if pattern is _LED:
        words = name.split()
        return name_id(f"{words[0]} {words[-1]}")
    return name_id(name)


def _label(match: re.Match, pattern: re.Pattern) -> str | None:
    """The label of a name whose mention holds other words or fewer, else None: a body named by who leads it after
    "led by" is labelled as the compound names one ("a coalition led by Saudi Arabia" is the "Saudi Arabia-led
    coalition"); a state's mission by its state's word and its kind ("the Chinese embassy"), the word staying the
    state's mention."""
    if pattern is _LED_BY_KIND:
        return f"{match.group('leader')}-led {match.group('kind')}"
    if pattern is _MISSION:
        return f"{match.group('owner')} {match.group('name')}"
    return None


def _plausible(name: str, pattern: re.Pattern) -> bool:
    """Not a month, a title, a demonym, an adjective compound or a speaker-label word standing where a name should."""
    words = name.split()
    if pattern is _SPEAKER:
        return name not in CUES.SPEAKER_NOT_NAMES
    if set(words) <= CUES.NOT_NAMES:
        return False  # "That region lies inside ...": a determiner opening the sentence, no name
    if CUES.MONTHS & set(words):
        return False  # a month or weekday names nothing, save in an agreement's or war's name (`month_in_name`)
    if pattern in (_TITLED, _KNIGHTED):  # "General Staff", "Mr. President", "Major League Baseball"; "King Street"
        return not ({words[0]} & (CUES.BODY_KINDS.keys() | CUES.NOT_PERSONS | CUES.TITLE_WORDS | CUES.THING_WORDS
                                  | CUES.FEASTS)  # "Father Christmas Parade"
                    or {words[-1]} & (CUES.BODY_KINDS.keys() | CUES.NAMED_PLACE_KINDS.keys() | CUES.TITLED_NOT_LAST))
    if pattern is _ROLE_NAME:  # "NATO spokesman Colonel Roland Lavoie": the title is no word of the name (`_TITLED`)
        return words[0] not in CUES.TITLE_WORDS
    if pattern is _TITLE_OF:  # "Secretary of State for Foreign and Commonwealth Affairs": a remit, no name
        return not NOT_PERSON_WORDS & set(words) and not is_demonym(words[0])
    if pattern is _ROLE_OF:
        return not ({*CUES.BODY_KINDS, *CUES.NOT_PERSONS, *CUES.TITLE_WORDS} & set(words)) and not is_demonym(words[0])
    if pattern in (_PERSON, _LONE_SURNAME):
        if words[0] in CUES.TITLE_WORDS:
            return False
        strong = len(words) > 1 or re.fullmatch(_STRONG_SURNAME, words[0])
        return bool(strong) and not any(is_demonym(w) for w in words)
    if pattern in (_FEATURE, _NAMED_AGENCY):
        return not is_demonym(words[0])
    if pattern is _PLACE:
        return not CUES.ADJECTIVE_COMPOUND.fullmatch(words[-1])  # "the largest Muslim-majority city"
    if pattern in (_BODY, _NAMED_PLACE) and words[0] in CUES.EVENT_OPENERS:
        return False  # "Operation Allied Force", "Operation Coral Reef": operations (`_OPENED_EVENT`)
    if pattern is _BODY and len(words) == 1:  # "The Republic", "The Government" name no state; "the Mission" may name a body
        return CUES.BODY_KINDS[words[0]] not in ("State", "Government") and words[0] not in CUES.NOT_LONE_BODY_KINDS
    if pattern in (_NAMED_AGREEMENT, _NAMED_EVENT, _PLACE_EVENT, _AGREEMENT_OF):
        return len(words) > 1  # "The Agreement" trimmed to its head names nothing
    return True


def _common_opening(match: re.Match) -> bool:
    """Does a place's event name open a sentence or a line with a common word (`CUES.COMMON_EVENT_MODIFIERS`), written
    with its capital only there ("4 May - Full-scale war breaks out", "Civil war broke out in May")? No name."""
    first = match.group("name").split()[0]
    return (first.casefold() in CUES.COMMON_EVENT_MODIFIERS
            and CUES.OPENING.search(match.string, max(0, match.start() - 4), match.start()) is not None)


def is_demonym(word: str) -> bool:
    return word in CUES.DEMONYMS_IAN or bool(_DEMONYM_SURE.fullmatch(word))
