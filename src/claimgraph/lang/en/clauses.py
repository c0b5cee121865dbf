"""The words that shape a clause in English: where it breaks, what opens a subordinate one, who
mediated or signed, what a report is about (`claimgraph.extract.claims`, `.scope`, `.structure`)."""

import calendar
import re

from . import _verbs
from .dates import PASSED
from .names import MONTHS, TITLES
from .triggers import AGREED_AFTER, AGREED_WITH, PERSUASION, TROOPS, WARSHIPS


# -- Clauses (`claimgraph.extract.scope`) --
# A reporting verb ends its speaker's clause: in "Turkey said Syrian airstrikes killed 54 soldiers"
# Turkey is no actor of the airstrikes; nor is who claims an act ("took responsibility for"): its claim is `roles`'.
# What an act brought about, in a participle after a comma (", ending a separatist conflict in Aceh"), is a clause of its own.
# A noun of claim set off by a comma tells who rejects or makes the claim before it ("called the exodus ethnic
# cleansing, a charge the Croatian government rejects"): a clause of its own.
# A period ends a clause, but not one that ends an abbreviation before a number or a lower-case word ("On Aug. 4,
# about 150,000 Croatian troops launched", "the U.S. ambassador"): no sentence goes on that way.
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|but|whereas|although|though|which|who|and then|thereby|"
                          r"ending|bringing an end to|putting an end to|(?:a|an)\s+(?:charge|claim|accusation|allegation)s?)\b|"
                          r"\.\s(?![a-z\d])|"
                          r"\b(?:under|by|in|through|with|from|after|during)\s+which\b|"  # "a deal under which X will ..."
                          rf"\b(?:{_verbs.SAY}|told|stated|{_verbs.CLAIMED}|{_verbs.CLAIM_RESPONSIBILITY}|{_verbs.ALLEGE}|"
                          rf"{_verbs.ACCUSE}|{_verbs.REJECTING}|{_verbs.INSIST}|{_verbs.ARGUE}|asserted|added)\b|"
                          r"\bdemand(?:s|ed|ing)?\s+that\b|"  # who demands does not do what is demanded
                          r"(?<!\beven )(?<!\bas )(?:(?<!,\s)\b(?:if|unless)\b|\b(?:if|unless)\b(?![^,;:.]*,))",
                          re.IGNORECASE)  # "would strike Chisinau if the fighting did not stop"
# A condition ("if", "unless") opens a clause of its own: the names of the act threatened in the main clause are
# none of an event the condition tells ("threatened to bomb Beirut if the shelling continued"). Not an aside set off
# by commas ("Ethiopia and, if reports are right, Eritrea attacked Tigray"): the clause goes on after it.
# The accused of a passive accusation is its subject: "The Taliban were accused of stepping up attacks",
# "Opposition forces were also accused of grave abuses", "Police were blamed for the shooting at the rally" (a blame in
# the passive accuses as well). The verb ends no clause there (`scope.clauses`):
# who is accused is named with the act, as "accused the Taliban of" names them after the verb.
ACCUSED_PASSIVE = re.compile(rf"\b(?:is|are|was|were|been|being|be)\s+(?:(?:also|\w+ly)\s+)?"
                             rf"(?:{_verbs.ACCUSE}\s+of|{_verbs.BLAME}\s+for)\b",
                             re.IGNORECASE)
# A source cited for what a clause tells (modality's holder; no role in it: `bystanders.cited`).
ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
# Whose consent or part an act went without: "without the authorization of the UN Security Council",
# "without the participation of Armenia" (no role of the clause: `bystanders.withheld`).
WITHOUT_OF = re.compile(r"\bwithout\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
# Who pressed for an act: "Under pressure from regional leaders of the ICGLR, the M23 withdrew" (no role of the clause).
PRESSED_BY = re.compile(r"\bunder\s+(?:[\w-]+\s+)?pressure\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
# Who watched over an act: "the ceasefire took effect ..., monitored by a United Nations observer group" (no party
# of the accord, no role of the clause). Not "observed by": an accord observed is as often kept ("The ceasefire,
# observed by Armenia and Azerbaijan since 10 November 2020, held": its parties).
MONITORED_BY = re.compile(r"\b(?:monitored|supervised|verified|policed|patrolled)\s+by\s+(?:the\s+|an?\s+)?"
                          r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# Who watches over what a clause tells, named as the body of its watchers: before their noun ("OSCE monitors reported
# shelling", "UN military observers watched the departures", "OAS observers supervised the pullback") or after it and
# "from" ("observers from the United Nations"). They saw the acts done; they did not do them (`bystanders.watchers`).
WATCHERS_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:military|ceasefire|truce|election|human\s+rights)\s+)?"
                            r"(?:observers?|monitors|monitoring\s+(?:mission|team|group)s?|"
                            r"observer\s+(?:mission|group|force|team)s?|inspectors)\b", re.IGNORECASE)
WATCHERS_BEFORE = re.compile(r"\b(?:observers|monitors|inspectors)\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# The verb the watchers are the subject of, right after their noun (WATCHERS_AFTER) or their body's name
# (WATCHERS_BEFORE), past where they stand or an aside ("monitors in Donetsk reported", "monitors, who patrol the
# line, reported"): they watched or told ("observers have watched", "were monitoring"). Watchers an act was done to
# keep their body's role in it ("Gunmen attacked EU monitors", "UN monitors were attacked by rebels", "Separatists
# detained OSCE monitors": the body is its target).
WATCHING = re.compile(r"(?:\s+(?:in|on|at|near|along|across)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?|,[^,.;()]{1,60},)?"
                      r"\s+(?:(?:have|has|had)\s+|(?:were|was|are|is)\s+(?=\w+ing\b))?"
                      r"(?:(?:also|later|still|\w+ly)\s+)?"
                      r"(?:watch(?:ed|es|ing)?|observ(?:ed|es|ing)|monitor(?:ed|s|ing)|supervis(?:ed|es|ing)|oversaw|"
                      r"oversee(?:s|ing)?|verif(?:ied|ies|ying)|saw|witness(?:ed|es)|report(?:ed|s)?|record(?:ed|s)|"
                      r"document(?:ed|s)|count(?:ed|s)|confirm(?:ed|s)?|not(?:ed|es)|sa(?:id|ys?)|found|"
                      r"accompan(?:ied|y|ies)|inspect(?:ed|s))\b", re.IGNORECASE)
# A dateline's or a speaker's opening: words in capitals first on the line, then a comma, a parenthesis, a colon or a
# dash ("BAKU, Sept 20 -", "STEPANAKERT (Reuters) -", "ZARYA-3: Police have"); not an acronym that opens a sentence
# ("UN staff used the call sign VICTOR"). The gazetteer reads a line so opened as one that writes names in capitals
# (`recognise.gazetteer`); `DATELINE_CITY` below reads the city such a line files from.
_CAPS_RUN = r"[A-ZÀ-Þ][A-ZÀ-Þ0-9'’.-]+"
DATELINE_OPENING = re.compile(rf"[-–—•*\"“‘'(\[\s]*{_CAPS_RUN}(?:[ \t]+{_CAPS_RUN})*(?:[ \t]*[,(:]|[ \t]+[–—-])")
# A dateline's city and its comma at the start of the line, before the region and state it lies in ("DAR ES SALAAM,
# Tanzania, April 11 (AP) - ...", "GOMA, North Kivu, Congo, Nov 20 (Reuters) -"): they are where the report was filed,
# as the city is (`bystanders.datelines`). A city in capitals (`caps`) needs no agency after ("KYIV, Ukraine, March 1 -");
# one in lower case does ("Dar es Salaam, Tanzania, April 11 (AP) -").
DATELINE_CITY = re.compile(r"[ \t]*(?:(?P<caps>(?-i:[A-Z][A-Z .'’-]{2,}))|(?-i:[A-Z])[\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}),"
                           r"[ \t]*(?:(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?-i:[A-Z])[\w'’.-]*){0,3},[ \t]*)*")
# A list the presser or watcher closes ("Under pressure from the United States, the Soviet Union and the United
# Nations, the three invaders withdrew"): the gap between two of its names; the list ends at the name after "and" / "or".
ONLOOKERS_LISTED = re.compile(r"\s*,\s*(?:the\s+)?|\s*,?\s+(?P<last>and|or)\s+(?:the\s+)?", re.IGNORECASE)
# ... and the list is closed only where a mark or the text's end follows its last name: in "Under pressure from the United
# States, Israel and Hamas agreed to a truce" the names after the comma are the clause's subject, not pressers.
LIST_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")
SIGNATURE = re.compile(r"\s*(?:signed|done|initialled)\b[^.;]*?\b(?:for|on behalf of)\s", re.IGNORECASE)


# -- What one clause states (`claimgraph.extract.claims`) --
# "a coup against President Bazoum", "the attack on Archbishop Makarios": a person's title may stand between.
_PERSON_TITLE = "|".join(title for title in TITLES if title[0].isupper())
# The target may also stand after an owner's word and a government's noun: "rose against the government of Juan
# Bosch", "mutinied against their Belgian officers", "a revolt against the regime of Omar Bongo".
TARGET_CUE = re.compile(rf"^\s+(?:against|on|upon|targeting|at)\s+(?:(?:the|their|his|her|its)\s+)?"
                        r"(?:(?:government|regime|rule)\s+of\s+(?:the\s+)?)?"
                        rf"(?:(?:{_PERSON_TITLE})\s+)?$", re.IGNORECASE)
OWN_AGAINST = " against"  # a trigger's own "against" at its end ("rose against"): the target cue is read from it
# A noun of a move and its "of" that names who moved ("the withdrawal of Israeli forces", "the evacuation of all PLO
# fighters"): that one did it (`extract.clause_roles._moved_by_other`).
MOVED_OF_CLASSES = frozenset({"Withdrawal", "Deployment", "Evacuation"})
MOVED_OF = re.compile(r"\s+of\s+(?:(?:the|all)\s+)*", re.IGNORECASE)
# ... and what stands between a name before it and the noun when the move is asked for, planned or provided for, not
# told as done: "called on Hizbullah to agree to the withdrawal", "should set a timetable for the withdrawal".
MOVE_ASKED_BETWEEN = re.compile(r"\b(?:to|for|should|must)\b", re.IGNORECASE)
# ... a modal after the name, which sets the move another makes ("The government of Lebanon should set a date for
# the withdrawal of Syrian troops"); else the name is asked only where a verb of asking stands before it, within
# `MOVE_ADDRESSEE_REACH` characters ("asked Chad to agree to", "called upon Ethiopia and Eritrea to agree to"): a name
# that decides, plans or sends for the move itself keeps its role ("Israel decided to speed up the withdrawal of
# Israeli forces", "France sent aircraft to carry out the evacuation of French nationals").
MOVE_MODAL = re.compile(r"\b(?:should|must)\b", re.IGNORECASE)
MOVE_ADDRESSEE_REACH = 40
# ... but a verb of asking between them makes the name the asker, who keeps its role ("a Soviet message asking for
# the withdrawal of US missiles"): only whom the asking addresses stands after it ("called upon Hizbullah to agree to").
MOVE_ASKER = re.compile(r"\b(?:ask|demand|request|call|appeal|press|urg)\w*", re.IGNORECASE)
HOSTILE = re.compile(r"against|targeting", re.IGNORECASE)  # of TARGET_CUE: what makes a state a target, not a place
ATTACK_VERBS = {"attacked", "shelled", "bombed", "invaded", "bomb", "blockaded", "sank", "sunk", "sinking"}
# An act done to people, told by its active verb or by its noun and "of" ("Mexican soldiers arrested American
# sailors", "captured rebel commander Joseph Kony", "the expulsion of Libyan diplomats"): the actor named in its
# object suffered it, its target, never its actor. A state by name after these words is where the act was.
SUFFERED_BY_OBJECT = frozenset({"arrested", "detained", "captured", "recaptured", "seized", "kidnapped", "abducted",
                                "expelled", "deported", "released", "freed", "executed", "assassinated", "hijacked",
                                "arrest", "arrests", "detention", "capture", "expulsion", "deportation", "abduction",
                                "kidnapping", "release of", "killing of", "assassination", "execution", "shot",
                                "shot down", "ambushed", "struck", "stormed", "raided", "pounded", *ATTACK_VERBS})
# The words of that object before the name: "of" after a noun, then articles, numbers and lowercase words that are
# neither prepositions nor joins ("two senior", "members of the"), a title, an apposition's comma ("the captain, ").
_NO_OBJECT_WORD = (r"(?:by|in|at|on|from|to|for|with|after|before|during|near|under|into|over|across|along|against|"
                   r"and|or|but|as|when|while|which|who|whom|that|than|was|were|is|are|had|has|have|been|be)")
OBJECT_BEFORE = re.compile(rf"(?:\s+of)?(?:\s+(?!{_NO_OBJECT_WORD}\b)(?-i:[a-z0-9])[\w,-]*){{0,4}}"
                           rf"(?:\s+(?:{_PERSON_TITLE}))?,?\s+", re.IGNORECASE)
OBJECT_REACH = 50  # characters from the act's word to the name in its object
# Who is put or held "under (house) arrest" before the noun ("placed Prime Minister X under house arrest", "X had been
# taken under arrest"): the noun one is held under (`HELD_UNDER`), the words between the name and it; the name is who
# was arrested.
HELD_UNDER = frozenset({"arrest"})
UNDER_ARREST_BEFORE = re.compile(r"(?:\s+(?:had|has|have|was|were|is|are|been|being|placed|put|kept|held|taken|"
                                 r"remained|remains|still|later))*\s+under(?:\s+house)?\s+", re.IGNORECASE)
# That noun's "of" object of a few words, no list, then "by" ("the arrest of American sailors by Mexican soldiers"):
# who is named after "by" did the act (`extract.clause_roles._is_agent`); not after a participle of its own ("the
# release of prisoners and a committee headed by").
OBJECT_THEN_AGENT = re.compile(r"(?:(?<=\bof)|\s+of)(?:\s+(?!(?:and|or|by)\b)[\w'’-]+){1,6}"
                               r"\s+by\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
# The holders of the place an act of force struck, named in the phrase "held by" / "defended by" opens after that place
# ("Ethiopian troops besieged the town of Kassala, held by Eritrean forces"; "stormed the fort, defended by a Libyan
# garrison under Major X, with local police"; the phrase ends at a clause's ", and" or ", which"): the
# side that suffered the act, its target, never a doer of it (`extract.clause_roles._is_target`). The acts of
# STRUCK_HOLDER_ACTS only: "signed in Geneva, hosted by Switzerland" holds nothing.
STRUCK_HOLDER_ACTS = frozenset({"Attack", "Siege", "Capture", "Offensive", "Battle", "Blockade", "Occupation"})
# The held thing before the comma is a place: a name ("Kassala") or a noun of a holding ("the fort"); not "attacked
# the bid, held by British funds".
_HELD_PLACE = (r"(?:\b[A-Z][\w'’-]*|\b(?:city|town|village|capital|stronghold|garrison|fortress|fort|enclave|"
               r"positions?|base|airport|airfield|port|citadel|post|outpost|barracks|hill|ridge|bridge|pass))")
HELD_BY_BEFORE = re.compile(_HELD_PLACE + r",\s+(?:then\s+|still\s+|already\s+)?(?:held|defended|garrisoned|controlled)"
                            r"\s+by\s+"
                            r"(?:(?!,\s+(?:and|but|while|which|who|where|when)\b)[^.;:()])*$")
HELD_BY_REACH = 90  # characters before the name: ", held by nine soldiers under Captain X, with "
# An actor named as the object of a verb of destruction ("struck Egyptian airfields and destroyed most of Egypt's air
# force on the ground") is what the attack struck, however far its word stands (`extract.clause_roles._is_target`).
_SHARE_OF = r"(?:(?:only|nearly|almost|about|over)\s+)?(?:(?:most|much|part|all|some|half|many)\s+of\s+)?"  # "only part of"
DESTROYED_OBJECT = re.compile(r"\b(?:destroyed|destroying|wiped\s+out|crippled|decimated|annihilated)\s+"
                              rf"{_SHARE_OF}(?:the\s+)?$", re.IGNORECASE)
# An event word that takes its object with "of" ("the occupation of Kuwait", "the fall of Kabul"): the state
# right after it is the land taken, where the event was, as after an attack verb.
OBJECT_OF = re.compile(r"\sof$", re.IGNORECASE)
# An event noun of force whose "of" takes what it struck, when "of" is not part of the trigger: "the Soviet
# invasion of Afghanistan", "the NATO bombing of Serbia" (unlike "the attack of the Armenian army", whose "of"
# names the attacker). The state after it is the land struck, a place, not an actor.
STRUCK_OF_NOUNS = {"invasion", "occupation", "bombing", "bombardment", "shelling", "blockade", "siege", "annexation"}
STRUCK_OF = re.compile(r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A state that qualifies a warship an attack verb struck ("sank the Argentine cruiser General Belgrano") owned
# what was struck: a target, neither where it sank nor who sank it. The words between the verb and the state:
WARSHIP_OWNER_BEFORE = re.compile(r"\s*(?:the|an?|its|their)?\s*$", re.IGNORECASE)
WARSHIP_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(WARSHIPS))})\b", re.IGNORECASE)
# The object of a verb of driving out ("driving Iranian troops from the peninsula", "pushed back the
# rebels", "expelled Iraqi forces from Kuwait") is the side driven out: a target of its clause's acts,
# none of their actors. DRIVING ends just before the name; a particle (DRIVEN_OUT) follows the name
# unless one came before it (DRIVING_BACK: "pushed back the rebels"; "forced the army to retreat" drives no one out).
_DRIVE = (r"\b(?:dr(?:ove|ive|ives|iving|iven)|push(?:ed|es|ing)?|forc(?:ed|es|ing)|expel(?:s|led|ling)?|"
          r"oust(?:s|ed|ing)?|evict(?:s|ed|ing)?|chas(?:ed|es|ing)|thr(?:ew|own|ow|ows|owing))\s+")
_DRIVEN_ARTICLES = r"(?:(?:the|their|its|remaining|last)\s+)*$"
DRIVING = re.compile(_DRIVE + _DRIVEN_ARTICLES, re.IGNORECASE)
DRIVING_BACK = re.compile(_DRIVE + r"(?:back|out)\s+" + _DRIVEN_ARTICLES, re.IGNORECASE)
DRIVEN_OUT = re.compile(r"\s+(?:back|out|away|off|from)\b", re.IGNORECASE)
# Whose lines an act broke through ("broke through Eritrean lines", "breached the Russian defences"): the side
# whose front gave way, a target of the clause's acts, none of their actors (`structure.LOST`).
BREAKING_THROUGH = re.compile(r"\b(?:br(?:oke|eak|eaks|eaking|oken)\s+through|breach(?:ed|es|ing)?|penetrat(?:ed|es|ing)|"
                              r"pierc(?:ed|es|ing)|overr(?:an|un|uns|unning))\s+(?:the\s+)?$", re.IGNORECASE)
# A verb of striking or destroying (_STRIKE, one list for both cues below) just before a side's lines, positions,
# targets, airfields or air force ("Pakistani troops shelled Indian positions", "struck Indian airfields and destroyed
# most of Egypt's air force", "struck PKK targets"): whose they were, a target of the clause's acts, not where they
# were nor who struck (`structure.LOST`, with LINES).
_STRIKE = (r"\b(?:attack(?:ed|s|ing)?|shell(?:ed|s|ing)|bomb(?:ed|s|ing)|struck|strik(?:e|es|ing)|pound(?:ed|s|ing)|"
           r"target(?:ed|s|ing)|raid(?:ed|s|ing)|destroy(?:ed|s|ing)?|hit(?:s|ting)?)\s+")
STRIKING = re.compile(_STRIKE + _SHARE_OF + r"(?:the\s+)?$", re.IGNORECASE)
LINES = re.compile(r"(?:['’]s)?\s+(?:front\s+|defensive\s+|forward\s+)?(?:lines?|positions|defen[cs]es|trenches|"
                   r"fortifications|airfields?|air\s?bases?|airports?|air\s+forces?|fleets?|warplanes|targets|"
                   r"columns?|convoys?|units|patrols?|garrisons?|outposts?|posts|warships|ships|tanks|troops|forces)\b",
                   re.IGNORECASE)
# A verb of striking, then within a few words a holding of a side and "of" just before a name ("struck what New Delhi
# called a training camp of the militant group Jaish-e-Mohammed", "struck a camp of Hamas"): whose camp, base or
# convoy was hit, a target of the clause's acts, none of their actors (`structure.LOST`). "troops from a base of the
# army attacked" has the verb after the name. The holding is the verb's object: no preposition between them ("struck
# Sanaa on Monday from bases of the United Arab Emirates" tells whence, not whose).
STRUCK_HOLDING = re.compile(_STRIKE + r"(?:(?!(?:of|from|in|at|on|with|using|by|near)\b)[\w’'-]+,?\s+){0,7}?"
                            r"(?:camps?|bases?|positions|convoys?|headquarters|hideouts?|compounds?|strongholds?|"
                            r"depots?|outposts?|posts|barracks|bunkers?|training\s+(?:camps?|facilit(?:y|ies)))\s+of\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# The belligerents named as a pair, concluding an agreement: "the two sides signed a ceasefire", "both parties agreed
# to a truce" (`claimgraph.extract.belligerents`).
BOTH_SIDES_SIGNED = re.compile(r"\b(?:the\s+two|both)\s+(?:sides|parties|countries|states|governments|belligerents)\s+"
                               r"(?:\w+ly\s+|later\s+|then\s+|finally\s+)?(?:signed|concluded|agreed\s+(?:to|on|upon))\b",
                               re.IGNORECASE)
# The agreements "the two sides" of a war sign as its sides: one that halts its fighting, by its class or a word of
# its name ("a ceasefire", "a truce", "a peace agreement", "the Agreement on Cessation of Hostilities"); "the two
# parties signed a coalition agreement" names other sides. The war or one of its sides must be told in that
# sentence or the one before: a text that has moved on speaks of other sides.
HALTING_AGREEMENTS = frozenset({"Ceasefire", "Armistice"})
HALTING_WORDS = re.compile(r"\b(?:peace|ceasefire|cease-fire|truce|armistice|hostilities)\b", re.IGNORECASE)
# The acts a war's two sides do together, told without a side ("On 25 December fighting broke out along the
# frontier", "Under it a ceasefire took effect"): fought between, or halted by, the two states of the war the source
# tells, the war or a side named in that sentence or the two before. An entry into force is one only of an agreement
# that halts fighting: its subject, the words before the act, says so (HALTING_WORDS: "The ceasefire took effect"), or
# a pronoun (HALTED_PRONOUN: "One was arranged and took effect") stands for a halting agreement of the sentence
# before; "The new tariff took effect", "A curfew took effect" are no acts of a war.
SIDES_ACTS = frozenset({"Clash", "Battle"})
HALTED_ACTS = frozenset({"EntryIntoForce"})
HALTED_PRONOUN = re.compile(r"\s*(?:it|one|this|that)\b", re.IGNORECASE)
# ...and none where others may be its sides: a group that is no state of the war named in that sentence by a common
# noun ("clashes broke out between police and protesters", "fighting broke out among fans"), or a time of its own
# after the war ("Ten years later", `LATER_REFERENCES`).
OTHER_SIDES = re.compile(r"\b(?:police|policemen|protesters|protestors|demonstrators|rioters|fans|supporters|students|"
                         r"workers|strikers|miners|gangs?|rebels|militants|insurgents|guerrillas|militias?|tribesmen|"
                         r"clans?|villagers|prisoners|inmates|settlers|mobs?|crowds?)\b", re.IGNORECASE)
LATER_REFERENCES = ("after:", "ago:", "year:")
# One side's act named by its demonym just before the act's word ("A final Ethiopian offensive", "the Georgian
# assault"): whose act it is began it, as a possessive's owner did ("Russia's incursion").
SIDE_ACTS = frozenset({"Offensive", "Attack"})
# ...but not one told of business, persuasion or sport, no act of its state: "The Chinese offensive in the smartphone
# market" (an offensive into a field of trade, FIGURATIVE_FIELD; "an attack in a crowded market" is a bombing there),
# "the Chinese charm offensive" (a qualifier before the act, FIGURATIVE_KIND), "The Brazilian attack was blunted ...
# in the final" (a match named in its sentence, SPORTING; not "A final Ethiopian offensive": "final" qualifies the act).
FIGURATIVE_FIELD = re.compile(r"offensives?\s+(?:in|into|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:markets?|industry|sector|polls|ratings|box\s+office)\b"
                              r"(?!\s+(?:town|towns|square|place|district|area|of)\b)", re.IGNORECASE)
FIGURATIVE_KIND = re.compile(r"\s+(?:%s)\s+" % "|".join(map(re.escape, sorted(PERSUASION))), re.IGNORECASE)
SPORTING = re.compile(r"\b(?:the|a|this|that|their|its)\s+(?:(?:cup|league|semi|quarter|group|opening)[\s-]+)?"
                      r"(?:match|matches|final|finals|game|fixture|tournament|championship|derby)\b"
                      r"(?=\s+(?:in|at|of|against|on|between|with|for)\b|\s*[.,;:]|$)|"
                      r"\b(?:strikers?|midfield|midfielders?|goalkeepers?|kick-off|half-time)\b", re.IGNORECASE)
# Business news (words of markets and investors in the sentence): a demonym before an act's word there names a firm's
# country, no state acting ("Markets fell a year after the Chinese takeover of the port"). Not a single market, a
# place where people shop ("A Russian strike on a crowded market"), nor an act of force with weapons
# (WEAPON_ACTS: "The Russian invasion sent markets tumbling" is still Russia's).
ECONOMIC = re.compile(r"\b(?:markets|shares|stocks|stock\s+(?:market|exchange)|investors?|shareholders?|bourse)\b",
                      re.IGNORECASE)
WEAPON_ACTS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes", "shelling",
                         "shellings", "bombing", "bombings", "bombardment", "bombardments", "invasion", "invasions"})
# The object of a verb of removal from power ("deposed President Keïta", "removed the transitional president,
# Bah Ndaw") is who lost it: a target of the coup, not its actor. Up to three words of title may stand between.
DEPOSING = re.compile(r"\b(?:overthr(?:ew|own|ow|ows|owing)|depos(?:ed|e|es|ing)|toppl(?:ed|e|es|ing)|"
                      r"remov(?:ed|e|es|ing)|oust(?:ed|s|ing)?)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,3}?$",
                      re.IGNORECASE)
# Who held a place taken from them ("recaptured the northern oil city of Kirkuk from Kurdish fighters") or was
# caught in it ("retook Grozny in a surprise attack, trapping thousands of Russian troops"): the side that lost,
# a target of the taking, not its actor. TAKEN_FROM ends just before the name, as DEPOSING does. A phrase of
# means or help between the verb and "from" (_MEANS: "captured the town with support from Rwanda", "recaptured
# Palmyra with air cover from Russian jets", "backed by troops from") names where the help came from: an ally.
_MEANS = r"(?:with|by|under|using|thanks\s+to)"
TAKEN_FROM = re.compile(r"\b(?:(?:re)?captur(?:ed|e|es|ing)|(?:re)?t(?:ook|ake|aken|akes|aking)|seiz(?:ed|e|es|ing)|"
                        rf"wrest(?:ed|s|ing)?)\s+(?:(?!\b{_MEANS}\b)[^,;.:()]){{1,60}}?\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
TRAPPING = re.compile(r"\b(?:trap(?:ped|ping|s)?|encircl(?:ed|ing|es|e)|surround(?:ed|ing|s)?|besieg(?:ed|ing|es|e)|"
                      r"cut(?:ting)?\s+off)\s+(?:the\s+)?(?:(?!by\b)[\w,-]+\s+){0,3}?$", re.IGNORECASE)  # not "surrounded by X"
# A people named as a part of a passive verb's subject in an aside ("Thousands of civilians, many of them ethnic
# Russians who could not leave, were killed"): among those who suffered it, no actor of its clause. PART_OF_THEM
# ends just before the name; SUFFERED_AFTER reads on from it to the verb past the aside's closing comma.
PART_OF_THEM = re.compile(r",\s*(?:many|most|some|all|several|half|dozens|hundreds|thousands|\d[\d,]*)\s+of\s+"
                          r"(?:them|whom)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
SUFFERED_AFTER = re.compile(r"[^,;.]*,\s*(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                            r"(?:killed|wounded|injured|executed|massacred|abducted|detained|displaced|tortured)\b",
                            re.IGNORECASE)
# Who made a thing, named as the first half of a compound ("Iranian-made drones", "Russian-built jets"):
# the maker of a weapon is not who used it (`claimgraph.extract.structure.made_by`).
MADE = re.compile(r"[-–](?:made|built|supplied|designed|manufactured|produced)\b", re.IGNORECASE)
# Who trained, armed or paid a force, as the agent of a participle ("an elite counterinsurgency unit trained by United
# States advisers"): it prepared those who acted, it took no part (`claimgraph.extract.structure.made_by`).
PREPARED_BY = re.compile(r"\b(?:trained|armed|equipped|funded|financed|bankrolled)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# A people that speaks in or peoples a place, named as the first half of a compound ("a Russian-speaking town",
# "Kurdish-majority areas"): a description of the place, no role (`claimgraph.extract.structure.describing`).
DESCRIBING = re.compile(r"[-–](?:speaking|majority|populated|inhabited)\b", re.IGNORECASE)
# The places a route joins, named as a compound before its noun ("on the Cairo-Suez road", "the Baku-Tbilisi-Ceyhan
# pipeline"): ends of the route, not where what happened on it was (`claimgraph.extract.structure.route_end`). A
# border ("the Syria-Turkey border") is a place of its own, no route.
_ROUTE = r"\s+(?:road|highway|motorway|expressway|railway|railroad|pipeline|route)\b"
ROUTE_FIRST_END = re.compile(rf"(?:[-–](?-i:[A-Z])[\w'’.]*)+{_ROUTE}", re.IGNORECASE)
ROUTE_LAST_END = re.compile(_ROUTE, re.IGNORECASE)
ROUTE_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.]*[-–]$")
# Whom a verb of giving names right after it, before what is given, is the beneficiary: "The Lome Peace Accord ...
# granted the rebels a general amnesty" (the rebels are no party of it), "offered the Kurds a role". Not "granted
# to X", nor a name that ends the clause.
BENEFICIARY_BEFORE = re.compile(r"\b(?:grant(?:s|ed|ing)?|g[ia]ves?|given|giving|offer(?:s|ed|ing)?|"
                                r"promis(?:es|ed|ing)|award(?:s|ed|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)
BENEFICIARY_AFTER = re.compile(r"\s+(?:an?|the|its|their|full|general|some|more)\s+\w", re.IGNORECASE)
# A body named as what a verb of creating made, or the next of a list of such ("An agreement signed in Addis
# Ababa set up a Ceasefire Commission and an African Union observer mission"): made by the act, no side of it.
CREATED_BEFORE = re.compile(r"\b(?:set\s+up|establish(?:ed|es|ing)?|creat(?:ed|es|ing)|found(?:ed|s|ing))\s+"
                            r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}"
                            r"(?:and|,)\s+(?:an?\s+|the\s+)?)?$", re.IGNORECASE)
# Who holds a land, named as the first half of a compound ("Indian-administered Kashmir", "Syrian-held
# territory"): where the land lies, a place (`claimgraph.extract.structure.locations`).
HELD = re.compile(r"[-–](?:administered|controlled|held|ruled|occupied)\b", re.IGNORECASE)
# The auxiliary of a passive event verb, just before it: its subject is who suffered it ("Tskhinvali was
# shelled", "several thousand Ukrainian soldiers are encircled"). One reading for labels and roles
# (`claimgraph.extract.labels.passive_subject_end`).
# Words that join two subjects or clauses: "Iran and Russia were attacked" is one subject of two names.
JOINS = frozenset({"and", "or", "nor", "but", "while", "as"})
PASSIVE_BEFORE = re.compile(r"(?:\b(?:had|has|have)\s+)?\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$",
                            re.IGNORECASE)
# The rest of that subject after an actor that qualifies it: a noun and the name of the thing ("Argentine
# cruiser ARA General Belgrano", "Iraqi frigate", "Ukrainian soldiers"), one lower-case word at most. The word
# is a noun, no verb: not an -ed, -ing or irregular past form, and before a name not an -s form ("Iran believes
# Kurds were killed": Iran is who believes, not who suffered). Not a noun of whom a side holds ("Hamas hostages
# were killed": the hostages are Hamas's captives, not Hamas).
_AUXILIARY = r"(?:is|are|was|were|be|been|being|has|have|had)"
_NO_HEAD = (rf"(?!(?:{_AUXILIARY}|and|or|nor|hostages?|prisoners?|captives?|detainees?|abductees?|thought|knew|heard|felt|saw|"
            r"told|found|held|understood|learnt|kept|meant|got|made|took)\b)(?!(?-i:[a-z])[\w-]*(?:ed|ing)\b)")
# A participle phrase after the noun, before the auxiliary ("a JNA helicopter carrying bread is shot down", "Ukrainian
# soldiers defending the bridge were killed"): the subject is still what the name qualifies. A participle, not a
# word in -ing of another kind ("during", "morning", "bring", "building").
_NOT_PARTICIPLE = (r"(?!(?:during|morning|evening|nothing|something|anything|everything|bring|thing|king|ring|wing|"
                   r"sing|spring|string|ceiling|building)\b)")
_PARTICIPLE_PHRASE = rf"(?:\s+{_NOT_PARTICIPLE}(?-i:[a-z])[\w-]*ing(?:\s+(?-i:[a-z])[\w-]*){{0,3}}?)?"
SUBJECT_HEAD = re.compile(rf"(?:\s+{_NO_HEAD}(?-i:[a-z])[\w-]*(?<!s)(?=\s+(?-i:[A-Z]))"  # "cruiser ARA General Belgrano"
                          rf"|(?:\s+{_NO_HEAD}(?-i:[a-z])[\w-]*)?{_PARTICIPLE_PHRASE}(?=\s+{_AUXILIARY}\b))?"  # "soldiers were"
                          r"(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4}")
# The other names of a subject of several, after the first ("Iran and Iraq were attacked", "Syria, Iraq and
# Iran"): one subject, and each suffered what it did. Names only: "Russia attacked Georgia and civilians
# were killed" joins two clauses.
CONJUNCTS = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
                       r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})*")
# A name set off by commas just before the auxiliary names the subject's head again ("Habyarimana and Burundi's
# president, Cyprien Ntaryamira, were killed"): it suffered what the head suffered, and the head ends before it. A
# phrase that says who the name is may follow it ("Lebanon's president-elect, Bashir Gemayel, the leader of the
# Phalange, was killed": `described`).
APPOSITION_BEFORE = re.compile(r",\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){0,3}(?-i:[A-Z])[\w’'.-]*\s*"
                               r"(?P<described>,\s+(?:the|a|an|his|her|its|their)\s+[^,;()]{1,50}?)?,\s*$")
APPOSITION_REACH = 110  # characters before the auxiliary: ", Bashir Gemayel, the leader of the Phalange, "
# A state's possessive mark opens the subject's noun after it ("Burundi's president were killed"): one subject.
POSSESSIVE_MARK = re.compile(r"['’]s\b")
# "were killed", "had been killed", "may have been killed": a trigger with its auxiliary
PASSIVE_VERB = re.compile(r"(?:(?:(?:may|might|could|must)\s+)?(?:had|has|have)\s+)?(?:was|were|been|being)\s", re.IGNORECASE)
MEDIATION_BEFORE = re.compile(rf"(?:\b{_verbs.BROKERING}\s+by|\bwith the mediation of|\bunder the auspices of|"
                              r"\bin the presence of|\bwitnessed by|\bmediators?|\bmediation by)\s+"
                              r"(?:the\s+)?(?:then\s+)?(?:(?:(?-i:[A-Z])[\w.’'-]*|of)\s+){0,4}$",  # "of Secretary of State X"
                              re.IGNORECASE)
# A list of names after a preposition of place, up to the name it ends before ("bases in Syria and |Iraq were
# struck"): places, each of them, and none the head of a passive verb's subject.
# "to" only after a verb of going ("fled to Bosnia and Serbia"): "gave Zangezur to Armenia and" names a receiver.
# Within one sentence: no line break, no full stop after a word. No month or weekday ("In March Russia and
# Ukraine signed").
_NOT_TIME = "".join(rf"(?!{word}\b)" for word in sorted(MONTHS))
PLACED_LIST = re.compile(r"\b(?:in|into|inside|near|across|along|throughout|(?P<source>from)|"
                         r"(?:fled|flee|flees|fleeing|escaped|returned|withdrew|retreated|deported|expelled)[ \t]+to)"
                         r"[ \t]+(?:the[ \t]+)?"
                         rf"(?:(?:{_NOT_TIME}(?-i:[A-Z])(?:[\w’'-]|\.(?=\w))*[ \t]*)+"
                         r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|(?:and|or)[ \t]+)(?:the[ \t]+)?)*$", re.IGNORECASE)
# A phrase of time or place that opens its sentence and a comma ends, before a phrase of place that opens the
# clause too ("On 5 September, | near Christchurch, Papua New Guinea and the rebels signed"): a preposition or a
# word of time and up to five words, no other punctuation; not a subordinate clause ("After rebels attacked Rimbo,").
_BREAK = r"[.!?\n;:][\"”’')]?[ \t]*"  # the end of a sentence or a clause before a phrase that opens the next
_FIRST_OPENING = (rf"(?:^|{_BREAK})(?-i:On|In|At|During|Earlier|Later|Last|Meanwhile|Overnight)"
                  r"(?:[ \t]+[\w’'-]+){0,5},[ \t]*")
# Where a phrase of place that opens its clause begins (the sentence's start, or after a first opening phrase,
# `_FIRST_OPENING`): a PLACED_LIST there with a comma is a phrase of place the comma ends ("In Geneva, Russia and
# the United States signed"), not a list.
PLACE_PHRASE_START = re.compile(rf"(?:{_BREAK}|{_FIRST_OPENING})$")
# The names after that phrase's comma when "and" or "or" ends them and a comma closes them again ("In Syria, | Iraq
# and Lebanon, | militants attacked"): the phrase lists places on, and its clause starts after them.
_LISTED = r"(?:the[ \t]+)?(?-i:[A-Z])[\w’'.-]*(?:[ \t]+(?-i:[A-Z])[\w’'.-]*)*"  # a name in it
OPENING_PLACES_GO_ON = re.compile(rf",[ \t]*(?:{_LISTED}[ \t]*,[ \t]*)*{_LISTED}[ \t]*,?[ \t]+(?:and|or)[ \t]+"
                                  rf"{_LISTED}[ \t]*,", re.IGNORECASE)
# A phrase of place that opens its sentence, up to its last name ("In Geneva, | Russia and the United States
# signed"; "On 5 September, near Christchurch, | Papua New Guinea and"): a comma after the name ends the phrase,
# and the names after it are the clause's, no list or location of the place. After a comma the phrase is a
# location again ("in Rimbo, near Stockholm, Sweden").
OPENING_PLACE = re.compile(rf"(?:^|{_BREAK}|{_FIRST_OPENING})(?:in|at|near|inside)[ \t]+"
                           r"(?:the[ \t]+)?(?:(?-i:[A-Z])[\w’'.-]*[ \t]+)*$", re.IGNORECASE)
# Armed men that open their clause, or after a name, before the "from" of PLACED_LIST ("Troops from Russia and
# Belarus attacked", "Russian troops from"): the states are whose troops, not where. Not the object of a
# verb ("withdrew (its) troops from Syria and Libya": where they were).
WHOSE_TROOPS = re.compile(rf"(?:^|[.!?\n][ \t]*|(?-i:[A-Z])[\w’'-]*[ \t]+)(?:{'|'.join(sorted(TROOPS))})[ \t]+$",
                          re.IGNORECASE)
# After the last name of a list: its names went between the sides ("with Chad and the African Union as
# mediators", "with Chadian mediation", "with Russia in the middle", "with Egypt squarely in the middle"), took no side
# of what the clause tells; a place or a force so named lies or is caught between them (`parties.named_mediator`).
MEDIATION_AFTER_NAMES = re.compile(r"\s+(?:(?:as\s+)?(?:the\s+|its\s+)?(?:co-?)?(?:mediators?|moderators?)|mediation|"
                                   r"(?P<middle>(?:\w+ly\s+)?in\s+the\s+middle\b(?!\s+of\b))|"
                                   r"(?:leading|led|heading|headed|chairing)\s+(?:the\s+)?mediation)\b",
                                   re.IGNORECASE)  # "made the United Nations the moderator", "with X leading the mediation"
# Of MEDIATION_BEFORE: who went between the sides ("talks mediated by Saudi Arabia"), not who hosted them.
MEDIATING = re.compile(r"\b(?:mediat|brokered|facilitated|auspices)", re.IGNORECASE)
# A name of the list after "mediated by" (the words from the cue to the name: "Talks in Buenos Aires, mediated by
# Argentina, Brazil, Chile, Peru, the United States and |Uruguay, produced a protocol signed on 12 June 1935"): a
# go-between, who acts in nothing its clause tells (no label's actor of the signing).
_LISTED_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}"
MEDIATORS_LISTED = re.compile(rf"\b{_verbs.BROKERING}\s+by\s+(?:{_LISTED_NAME}(?:,\s+|,?\s+and\s+)){{0,8}}(?:the\s+)?$",
                              re.IGNORECASE)
# ...when a comma closes the list after the name, its last names at most (MEDIATORS_CLOSED: "... and Uruguay|,
# produced"), or the list ends at the words a label is made of (`extract.labels`): "Mediated by Norway, Israel and the
# PLO signed the Oslo Accords" lists the signers after the go-between.
MEDIATORS_CLOSED = re.compile(rf"(?:(?:,\s+|,?\s+and\s+){_LISTED_NAME})*,", re.IGNORECASE)
HOSTING = re.compile(r"\bhosted\b", re.IGNORECASE)  # of MEDIATION_BEFORE, MEDIATED_TALKS: a host is no mediator
WITNESS = re.compile(r"\bin the presence of|\bwitnessed by", re.IGNORECASE)  # of MEDIATION_BEFORE: who only saw it done
# A joint act's witnesses and hosts named last in its clause (`claims._witnesses`): "in the presence of X and of Y",
# "witnessed by X" (comma or not: the gold has "initialed in the presence of Warren Christopher" as an actor of the
# initialling), ", attended by X", ", with X as host and Y present". They took part in the act they attended (its
# actors) but bound themselves to nothing (no party). After "with" only when the phrase ends on their
# part ("as hosts", "present", "among the witnesses"): ", with 40 people killed" and ", with the army present in the
# streets" name none. Not ", hosted by X" (a host of talks the gold has as a go-between: Aceh 2005 fell by it).
WITNESS_OPEN = re.compile(r"(?:,\s+(?:(?P<with>with)|attended\s+by)|,?\s+(?:in\s+the\s+presence\s+of|"
                          r"witnessed\s+by))\s", re.IGNORECASE)
WITNESS_PART = re.compile(r"\s(?:as\s+(?:the\s+)?(?:co-)?(?:hosts?|witness(?:es)?|guarantors?|observers?)|present|"
                          r"looking\s+on|in\s+attendance|among\s+(?:the\s+)?(?:witnesses|observers|guests))"
                          r"[\s.\"'”’)]*$", re.IGNORECASE)
# The phrase ends at its clause's end: a semicolon, or a comma before a conjunction that opens another clause
# (", but Azerbaijan and Armenia signed nothing"); `claims._witnesses` also ends it before a later act's word.
WITNESS_END = re.compile(r"[;:]|,\s+(?:but|while|whereas|though|although|yet|before|after|when|where|which|who|"
                         r"whose)\b", re.IGNORECASE)
OFFICE_OF = re.compile(r"\s+of\s+(?:the\s+)?")  # "President X| of |Algeria": the state of the person's office
MEDIATION_AFTER = re.compile(_verbs.compound(_verbs.BROKERING), re.IGNORECASE)  # "U.S.- and Saudi-brokered"
# "after talks mediated by the OSCE's Tim Guldimann": who mediated the talks mediates the agreement they
# reached, whatever clause the sentence tells it in (the words from the talks to the mediator's name).
# The nouns of talks (also the topics of talks: `lang.en.topics`).
TALKS = frozenset({"talks", "negotiations", "discussions", "consultations", "dialogue"})
MEDIATED_TALKS = re.compile(rf"\b(?:{'|'.join(sorted(TALKS))})\s+(?:\w+\s+)?{_verbs.BROKERING}"
                            r"\s+by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,4}$", re.IGNORECASE)
# "X (had) brokered / helped mediate the agreement": X is its mediator, active voice.
BROKERED = re.compile(rf"(?:,\s+(?:who|which))?\s+(?:(?:has|have|had|also)\s+)*(?:{_verbs.BROKERING}|helped\s+(?:to\s+)?"
                      r"(?:mediate|broker))\s+(?:the\s+|a\s+|an\s+|this\s+)?(?:[\w.-]+\s+){0,2}$", re.IGNORECASE)
# "The Soviet Union, which signed a friendship treaty with Hanoi": the name a relative clause of signing hangs on signed
# the agreement (a party), though the comma parts their clauses (`parties.relative_signers`). Read from the name's end to
# the agreement's start.
SIGNED_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had|also)\s+)*(?:\w+ly\s+)?(?:signed|concluded)\s+"
                             r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Cambodia, which Vietnam invaded in December": the name an object relative clause hangs on is what its verb of force
# struck or took (`event_phrase.relative_objects`), though the comma parts their clauses. Read from the name's end to the
# verb: the relative word, the clause's subject (a name, or a plural noun) and its auxiliaries.
# A verb of saying or belief is no plural noun of that subject: "Armenia, which Azerbaijan says attacked its positions"
# tells who Azerbaijan says attacked, Armenia (the relative is the verb's subject, not its object).
_SAID_OR_BELIEVED = (r"(?:says|claims|alleges|insists|argues|maintains|believes|thinks|suspects|fears|charges|contends|"
                     r"reports|accuses|knows|feels|suggests|asserts|states)\b")
OBJECT_RELATIVE = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?"
                             rf"(?:(?:(?-i:[A-Z])[\w.'’-]*|(?!{_SAID_OR_BELIEVED})(?-i:[a-z])[\w-]*s)\s+){{1,4}}"
                             r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$")
# The relative is no object of the verb when a noun phrase follows the verb ("Armenia, which Azerbaijan says attacked
# its positions": the relative is its subject), nor is the act one of force when words are its means ("Germany, which
# Trump attacked in a speech": a figurative attack). A time phrase after the verb is no noun phrase of its object
# ("Kuwait, which Iraq invaded the previous August", "which Russia attacked that night": `_TIME_AFTER_VERB`).
_UTTERANCE = r"(?:speech|speeches|tweets?|posts?|interviews?|statements?|remarks|address|letter|op-ed|editorial|column)"
_TIME_AFTER_VERB = (r"(?:(?:previous|following|next|same|preceding|very|whole|early|late)\s+)?(?:day|week|month|year|"
                    r"night|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|"
                    + "|".join(sorted(MONTHS)) + "|" + "|".join(calendar.day_name) + r")\b")
TIME_WORD = _TIME_AFTER_VERB  # "that night", "the following week": a time, after "that" no clause (`modality.SAID_AGAIN`)
NOT_OBJECT_RELATIVE = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s"
                                 rf"(?!{_TIME_AFTER_VERB})|verbally\b|"
                                 r"(?:in|on|during|with)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
                                 rf"{_UTTERANCE}\b)", re.IGNORECASE)
OBJECT_RELATIVE_VERBS = frozenset({*ATTACK_VERBS, "captured", "seized", "occupied", "annexed", "besieged", "retook",
                                   "recaptured", "overran", "stormed"})
CONCLUDED = re.compile(r"\b(?:sign(?:s|ed)?|reach(?:es|ed)?|conclud(?:e|es|ed)|initial(?:l)?ed|agreed (?:on|to)|"
                       r"str(?:uck|ike|ikes)|adopt(?:s|ed)|" + PASSED + r")\b", re.IGNORECASE)
POSSESSOR = re.compile(r"['’]s\s+(?:(?!(?:for|of|to|in|on|at|against|with|from|by|and|or)\b)[\w-]+\s+){0,3}", re.IGNORECASE)
# An event named as the topic of a document ("nine previous reports into the conflict by other
# organs"): who wrote of it took no part in it.
_DOCUMENT = (r"\b(?:reports?|stud(?:y|ies)|investigations?|inquir(?:y|ies)|probes?|reviews?|analys[ie]s|books?|"
             r"articles?|papers?|chapters?|briefings?|sections?|surveys?)")
TOPIC = re.compile(rf"{_DOCUMENT}\s+(?:into|on|about|concerning|of)\s+(?:the\s+|this\s+|that\s+|its\s+)?"
                   r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# ...or as what a document goes over, in a list after its verb ("This paper reviews the Juba process, the military
# operation of 14 December and the killings that followed"): the events of the list are its topics. The list is of
# noun phrases: a clause it opens ("describes how Russian troops attacked Bucha") tells its acts, no topics.
_CLAUSE_WORD = r"(?:how|that|whether|why|what|when|which|who|where)\b"
TOPIC_LISTED = re.compile(rf"{_DOCUMENT}\s+(?:review|examine|describe|discuss|recount|survey|trace|analy[sz]e)s\s+"
                          r"(?:(?:the|this|its|their)\s+)?"
                          rf"(?:(?!{_CLAUSE_WORD})[\w-]+(?:\s+|,\s+(?:and\s+)?(?:the\s+)?)){{0,10}}$", re.IGNORECASE)
TOPIC_LISTED_REACH = 120  # characters from a document's noun to the last event its list names
# An event named as what an act ended ("a treaty which ended the 1992-95 war in the country").
ENDED = re.compile(r"\b(?:ended|ends|ending|halted|(?:an?\s+)?end\s+to)\s+(?:the\s+|this\s+|that\s+|its\s+)?"
                   r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# An event named as what a speaker calls it ("..., calling the clashes a war", "described the strike as a crime"):
# who names it takes no part in it; read before the event, with "a" / "an" / "as" after it (`NAMED_AS_AFTER`), and
# the name given ("a war") is the speaker's word, no act of theirs either (`NAMED_AS_COMPLEMENT`, read before it).
_NAMING = (r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)?)"
           r"\s+(?:the|this|that|these|those|its|their)\s+")
NAMED_AS = re.compile(rf"{_NAMING}(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
# The act's object may stand between, up to three words, and the name given may open with a quotation mark ("called
# the occupation of Heglig an illegal act", "called the raid on Garissa \"a cowardly act\"").
NAMED_AS_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+[\"“]?(?:an?|as)\s", re.IGNORECASE)
NAMED_AS_COMPLEMENT = re.compile(rf"{_NAMING}(?:[\w-]+\s+){{1,3}}(?:as\s+(?:an?\s+)?|an?\s+[\"“']?|[\"“'])"
                                 r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A force named back by a possessive ("its troops", "their forces"): the owner is whom the pronoun names, the
# speaker when the speaker only named the act before ("Russia called the attack a success after its troops struck").
OWN_FORCE = re.compile(r"(?:its|their)\s", re.IGNORECASE)
PARTY_CUE = re.compile(r"\b(?:between|among|by|signed|with)\b", re.IGNORECASE)
# A body's act (a resolution) is no bond between sides: its party is the body that adopted it, named after "by"
# ("Resolution 598, adopted by the Security Council"); the states it addresses are none ("Resolution 598 demanded a
# ceasefire between Iran and Iraq", "called on Armenia to withdraw"; `parties.is_party_context`), and so are who
# drafted, sponsored or blocked it ("Resolution 242 was drafted by Britain and adopted by the Security Council").
_NOT_ADOPTED = ("drafted", "proposed", "sponsored", "tabled", "introduced", "submitted", "vetoed", "blocked", "opposed")
ADOPTER_CUE = re.compile("".join(rf"(?<!\b{verb}\s)" for verb in _NOT_ADOPTED) + r"\bby\b", re.IGNORECASE)
# A verb of what an agreement does between a party cue and a name ends the cue's list: the name is that verb's object
# ("An agreement signed in Oslo in June 1994 created the Commission for Historical Clarification", "The accord,
# signed in Doha, gave Azerbaijan control of the corridor"; `parties.is_party_context`). Only a finite verb with its
# object right after it (a determiner, a capitalised word or the name read), not after an article or an adverb: a participle of the
# name's phrase is none ("signed by the newly formed government of Sudan", "the rebels named in the report").
AGREEMENT_DOES = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!(?-i:[a-z]{2}ly)\s)"
                            r"\b(?:creat(?:ed|es)|establish(?:ed|es)|set(?:s)?\s+up|found(?:ed|s)|form(?:ed|s)|"
                            r"ma(?:de|kes)|named|appoint(?:ed|s)|g(?:ave|ives)|grant(?:ed|s)|requir(?:ed|es)|"
                            r"allow(?:ed|s)|invit(?:ed|es))\s+(?=the\b|an?\b|its\b|their\b|(?-i:[A-Z])|$)", re.IGNORECASE)
# Whom the sides met before they agreed, named after "with" ("met in Vienna with the Minsk Group co-chairs and agreed
# to ..."), is often who brought them together: no party of an agreement told by its verb (`parties.agreeing_subject`).
# A name right after a preposition of place ("met in Russia and agreed") is where they met: no subject of the verb.
IN_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|inside)\s+(?:the\s+)?$", re.IGNORECASE)
MET_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
# The other side of an agreement told by its verb: "agreed with Hamas to a pause" (`extract.parties._other_side`).
# Built from the recogniser's sets (`triggers.AGREED_WITH`, `triggers.AGREED_AFTER`), so the two read one phrase.
AGREED_WITH_BEFORE = re.compile(rf"\s+(?:{'|'.join(sorted(AGREED_WITH))})\s+(?:the\s+)?", re.IGNORECASE)
AGREED_WITH_THEN = re.compile(rf"\s+(?:{'|'.join(sorted(AGREED_AFTER))})\b", re.IGNORECASE)
# An agreement noun right after "agreed with" the other side and "to" or "on" ("Russia agreed with Turkey to a
# ceasefire in Idlib"): the verb's subject is a party too (`extract.parties.agreed_with_subject`); group "verb" its
# verb. A mediator or an ally after "with" is read as a side all the same ("Israel agreed with the United States to a
# humanitarian pause"): the words do not tell them apart.
AGREED_WITH_NOUN = re.compile(rf"\b(?P<verb>agree[ds]?)\s+(?:{'|'.join(sorted(AGREED_WITH))})\s+[^.;:()]{{1,80}}?\s+"
                              rf"(?:{'|'.join(sorted(AGREED_AFTER))})\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,2}}$",
                              re.IGNORECASE)
# Who voted on a resolution is no party to it: "passed by 12 votes to one, with Cuba voting against and Yemen
# and Ecuador abstaining" (the names of a list before the verb, then the verb).
VOTED_AFTER = re.compile(r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)*"
                         r"\s+(?:vot(?:ing|ed|es?)|abstain(?:ing|ed|s)?)\b", re.IGNORECASE)
# "by" after a verb of speaking about an accord names who spoke, not who is bound ("the truce,
# announced by the UN envoy"; "announced in Doha on Wednesday by Qatar's prime minister"; "welcomed by Riyadh").
SPOKEN_BY = re.compile(r"\b(?:announced|welcomed|endorsed|rejected|condemned|criticised|criticized|praised|reported|"
                       r"confirmed)(?:\s+(?:in|on|at|last|this|early|late)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?){0,3}\s+by$",
                       re.IGNORECASE)
# "the Syrian city of Douma", "Ethiopia's Tigray region", "three Ukrainian ports": a state named with a place noun
# is where the place lies; so is one whose possessive a word or two part from it ("Syria's largest city", "Georgia's
# breakaway region", "Afghanistan's war-torn Helmand province"; not "Indonesia's justice minister").
PLACE_NOUN = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?|\s+)(?:city|cities|town|towns|village|villages|capital|"
                        r"region|regions|province|provinces|district|districts|enclave|territory|territories|"
                        r"port|ports|coast|airport|airports)\b")
# "several towns on the Chinese border", "Turkey's border", "the border with Turkey": a state named as a side
# of a border neither acted nor is where the event was (the border may be crossed from either side); so is each
# of a list before "borders" ("toward the Turkish and Iranian borders").
BORDER_AFTER = re.compile(r"(?:['’]s)?(?:\s*(?:,|and|or)\s+[A-Z][\w'’-]*)*\s+(?:border|borders|frontier|frontiers)\b"
                          r"(?!\s+(?:guards?|police|troops|forces))")
BORDER_BEFORE = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)
# After an event, a name that heads a passive or negated verb of its own ("killed there, and about 960 Argentine
# soldiers were taken prisoner", "after government troops withdrew and United Nations peacekeepers of MONUSCO
# did not intervene", "and more than 400 American soldiers have now died", "and Syria is believed to have lost about
# 2,500"): the subject of that verb, which suffered it or did not act, no actor of the event. Not a
# passive before an infinitive ("Armenian forces were forced to retreat"): the subject does that.
# "Clashes between Armenia and Azerbaijan were reported": a side the act's own "between" names (right after its word) is
# no subject of the verb after it (`clause_roles._own_verb_after`); nor is either word of a pair ("talks between the two
# delegations"). Not "the shelling of the border between Armenia and Azerbaijan was condemned": the border's sides.
BETWEEN_FIRST = re.compile(r"\s+between\s+(?:the\s+)?", re.IGNORECASE)  # from the act's word to its first side
BETWEEN_NEXT = re.compile(r"\s+(?:and\s+(?:the\s+)?)?", re.IGNORECASE)  # from the first side to the second
OWN_VERB_AFTER = re.compile(r"(?:[ \t]+(?-i:[a-z])[\w-]*(?:[ \t]+of[ \t]+(?-i:[A-Z])[\w-]*)?)?[ \t]+"
                            r"(?:(?:(?:is|are|was|were)|(?:has|have|had)[ \t]+been)[ \t]+(?:\w+ly[ \t]+)?(?:taken|held|\w+ed)\b"
                            r"(?![ \t]+to\b)"
                            r"|(?:(?:has|have|had)[ \t]+(?:\w+ly[ \t]+|now[ \t]+)?)?(?:died|perished|lost)\b"
                            r"|(?:is|are|was|were)[ \t]+(?:believed|said|thought|reported|estimated|known)[ \t]+to[ \t]+"
                            r"have[ \t]+(?:died|perished|lost)\b"
                            r"|(?:did|does|do)[ \t]+not\b|(?:never|refused[ \t]+to|failed[ \t]+to)\b)", re.IGNORECASE)
# A state named as the object of an infinitive of purpose ("the invasion was needed to rid Iraq of weapons of mass
# destruction", "to force Serbia to withdraw"): what the purpose bears on, no actor of the event the clause tells.
# Verbs only: "fled to the Democratic Republic of the Congo", "moved to southern Iraq" name where.
INFINITIVE_OBJECT = re.compile(r"\bto\s+(?:rid|force|compel|press|pressure|persuade|punish|deter|disarm|protect|defend|"
                               r"help|support|free|liberate|stop|prevent|weaken|isolate|contain|reward)\s+(?:the\s+)?$",
                               re.IGNORECASE)
# A state named as the owner of a mission building ("surrendered at the United States embassy in Kigali"):
# whose building, neither where the act was (the building stands in another state) nor who acted.
MISSION_AFTER = re.compile(r"['’]?s?\s+(?:embassy|embassies|consulate|consulates|legation|high\s+commission)\b",
                           re.IGNORECASE)
# A place named only to tell how far from it something lies ("the provincial capital of Lang Son, about 85 miles
# northeast of Hanoi", "a village 10 km from Stepanakert"): a point of reference, neither where the act was nor who
# acted (`clause_roles.role`).
_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"  # a direction, and the points between
DISTANCE_FROM = re.compile(r"\b\d[\d,.]*\s*-?\s*(?:miles?|km|kilometres?|kilometers?)\s+(?:\([^()]{1,20}\)\s+)?"
                           rf"(?:{_COMPASS}(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
DISTANCE_REACH = 60  # characters before a name where DISTANCE_FROM is looked for
# ... or by a bare compass direction set off by a comma after the name of the place it locates ("fighting at Lukaya,
# south of Kampala", "a new plant at Tema, east of Accra"): the place named first is where, the second only its point
# of reference. With no name before the comma the direction still says where ("an exchange of fire south of Kirkuk"),
# nor with a name of no place ("On Monday, south of Kampala, ...", "Israel struck Hezbollah, south of Beirut, ...":
# `clause_roles` asks for a place's mention ending at the comma).
RELATIVE_TO = re.compile(rf"(?-i:[A-Z])[\w’'.-]*,\s+(?:(?:just|some|about|roughly|due)\s+)?{_COMPASS}\s+of\s+(?:the\s+)?$",
                         re.IGNORECASE)
# A name written as the second half of "pro-" / "anti-" ("a pro-OAS march", "anti-Assad rebels") names whom the
# marchers or rebels favour or oppose, not the marchers: no role. A name the recogniser reads past the hyphened word
# ("pro-Russian separatists", one armed group) is the group itself.
FAVOURED_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# Whom an outcome favoured or hurt ("The release of the hostages was a diplomatic coup for Qatar", "a blow to Kyiv"):
# neither who did the act nor where (`extract.clause_roles._reference_or_favoured`). Not "a victory for": often the victor.
OUTCOME_FOR = re.compile(r"\b(?:coup|boost|blow|setback|embarrassment|humiliation)\s+(?:for|to)\s+(?:the\s+)?$",
                         re.IGNORECASE)
OUTCOME_REACH = 30  # characters before a name read for OUTCOME_FOR
# "Libya's two main warring parties", "Sudan's rival factions": a state that owns the sides at war is where they
# fight, none of them: not a party to what they sign, nor who began it.
SIDES_WITHIN = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:warring|rival|opposing|feuding)\s+(?:parties|sides|factions|camps|"
                          r"forces|groups|governments|administrations)\b", re.IGNORECASE)
# A state named only as the attribute of a person whose followers or kin the clause names ("Police arrested supporters
# of the Egyptian president", "relatives of Libya's ruler were detained", "the Iraqi leader's bodyguards"): the state
# qualifies the person's office, two steps from the act, and is neither who did it nor who suffered it nor where
# (`extract.labels.attribute_of_office`). The people before "of" (ATTRIBUTE_HOLDERS_BEFORE) or after the
# office's possessive (HOLDERS_AFTER_OFFICE), the office right after the state's name (OFFICE_AFTER).
_HOLDERS = (r"(?:supporters|fans|admirers|backers|followers|loyalists|partisans|relatives|kin|family|families|"
            r"members|allies|opponents|critics|aides|advisers|advisors|bodyguards|guards|associates|sons|daughters|"
            r"wife|widow|brothers?|nephews?)")
_OFFICE_WORDS = "|".join(t for t in TITLES if t[0].isupper() and "(" not in t and "\\" not in t)
ATTRIBUTE_HOLDERS_BEFORE = re.compile(rf"\b{_HOLDERS}\s+of\s+(?:the\s+)?(?:(?:late|former|ousted|deposed|exiled)\s+)?$",
                                      re.IGNORECASE)
OFFICE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:(?:late|former|ousted|deposed|exiled)\s+)?(?:{_OFFICE_WORDS}|leader|ruler|"
                          rf"dictator|regime|monarch)\b(?!-)", re.IGNORECASE)
HOLDERS_AFTER_OFFICE = re.compile(rf"['’]s\s+{_HOLDERS}\b", re.IGNORECASE)
ATTRIBUTE_REACH = 48  # characters before the name: "supporters of the late "
# "on the territory of the Syrian Arab Republic": a state after a place noun and "of" is that place.
# "Kilinochchi, the de facto administrative centre of the LTTE": a group named so is whose place it is, not who acted.
PLACE_OF = re.compile(r"\b(?:territory|territories|soil|airspace|city|town|region|capital|province|cent(?:re|er)|"
                      r"headquarters|stronghold|seat)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "Kosovo Albanians", "Karabakh Armenians": a land's name before a people's plural names the people, not the state.
PEOPLE_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+(?:ians|ans|anis|eris|is)|Serbs|Croats|Kurds|Tamils|Bosniaks|Tutsis|Hutus|"
                          r"Arabs|Jews|Muslims|Christians)\b")
# A land's name right before a noun of those who speak or sign for a side names whose they are, not where the act took
# place: "the Bougainville parties signed the agreement", "the Darfur delegation walked out" (`clause_roles`).
REPRESENTED_AFTER = re.compile(r"[ \t]+(?:parties|delegations?|negotiators|representatives|leaders(?:hip)?|authorities|"
                               r"officials|factions)\b")
# A preposition only a place follows, never a person: "in an air strike on a school bus in Dahyan".
LOCATIVE_ONLY = {"in", "near", "inside", "throughout", "across", "along"}
PLACE_PREPOSITIONS = {"in", "into", "across", "from", "to", "at", "near", "along", "on", "inside", "throughout", "over"}
# A word that describes a land between a preposition of place and its name: "talks in neighbouring Chad".
LAND_ADJECTIVES = {"neighbouring", "neighboring", "nearby", "war-torn", "landlocked", "mainland", "occupied"}
# "a ground invasion of southern Lebanon", "fought in northern Israel": a part of a land is a place, whoever holds it.
# The nouns too ("strikes in south Lebanon"), but not after "the": "In the south Russia attacked Kherson" opens
# with where, and the state is the clause's subject.
# Whom something was lost or ceded to ("any vehicles lost to the separatists were seized", "the districts ceded to
# Armenia were shelled"): who gained it, no target of the clause's acts though it stands in a passive verb's subject
# (`GAINED_PASSIVE_AFTER`). Not "fell to": "Bakhmut fell to Russian forces" names the captor, who acted.
# Whom an act is attributed or blamed on ("attributed the strike to Syrian Government forces") is who did it by
# someone's word (`roles._attributed_by`), no place after "to".
GAINED_BY = re.compile(rf"\b(?:(?P<lost>lost|ceded|handed\s+over)\s+to|{_verbs.ATTRIBUTE}\s+(?:[\w-]+\s+){{1,3}}to|"
                       rf"{_verbs.BLAME}\s+(?:[\w-]+\s+){{1,3}}on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")
# ... but not the name an act's own "on" takes before a second "on" / "to" ("blamed the attack on India on militants":
# India was attacked; `roles._blamed_at`): `ATTRIBUTED_AGAIN`, the roles' own pattern.
# The passive verb the phrase of what was lost stands before, in its clause ("lost to Russian forces in March were
# shelled", "lost to Azerbaijan was later shelled": a word or two, adverbs, may stand after the auxiliary): "lost to" is
# a participle in a noun phrase, not the finite verb ("Armenia lost to Azerbaijan in the war": the winner fought in it).
GAINED_PASSIVE_AFTER = re.compile(r"[^,;:.]{0,40}?\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\w+\s+){0,2}?"
                                  r"(?:taken|held|\w+ed|\w+en)\b", re.IGNORECASE)
COMPASS_NOUNS = {"north", "south", "east", "west",  # ... and the points between them ("in north-west Syria")
                 "north-west", "north-east", "south-west", "south-east", "northwest", "northeast", "southwest", "southeast"}
PART_OF_LAND = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                "south-eastern", "south-western"}


# -- Subordinate clauses, lists, titles, citations (`claimgraph.extract.structure`) --
# A sentence that opens with a subordinate clause or an adverbial phrase says who did what
# in that opening only up to its comma ("During the conflict, efforts were made through the
# Minsk Group": the Minsk Group is no actor of the conflict).
SUBORDINATE_OPENING = re.compile(r"[\W\d]*(?:although|though|while|whereas|when|after|before|since|because|if|"
                                 r"unless|until|once|upon|following|during|despite|amid)\b", re.IGNORECASE)
# A subordinate clause, not a phrase ("after three weeks of talks"): a verb follows within a
# few words, before any comma.
SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|until|once|whereas|although|though)\s+"
                         rf"(?=(?:[\w’'-]+\s+){{0,6}}?(?:\w+ed|{_verbs.IRREGULAR_PAST}|"
                         r"was|were|had|has|have|is|are)\b)", re.IGNORECASE)
_FOUND = (r"(?:confirm(?:s|ed)|conclud(?:es|ed)|announc(?:es|ed)|report(?:s|ed)|reveal(?:s|ed)|"
          r"acknowledg(?:es|ed)|admit(?:s|ted)|believ(?:es|ed)|not(?:es|ed)|warn(?:s|ed)|found|finds|"
          r"show(?:s|ed|n)|determin(?:es|ed)|establish(?:es|ed)|maintain(?:s|ed)|says|said|stated|"
          rf"declar(?:es|ed)|insist(?:s|ed)|argu(?:es|ed)|claim(?:s|ed)|recall(?:s|ed)|{_verbs.ESTIMATE})")
FINDING = re.compile(rf"\b{_FOUND}\s+that\b", re.IGNORECASE)
# Where and when a speaker spoke, in phrases between the verb (and whom it was told to) and "that": "told
# reporters in Abuja that the truce followed talks in neighbouring Chad", "said in a statement on Friday that":
# the speech's own place and time, not those of what it tells; the clause told begins after "that".
_PHRASE = r"\s+(?:in|at|on|from|during|after|before)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+"
SPOKEN_THAT = re.compile(rf"\b(?:{_FOUND}|told(?:\s+[\w’'.-]+){{1,2}}?)(?:{_PHRASE}){{1,2}}?\s+that\b", re.IGNORECASE)
# A clause joined by ", and" with a subject of its own ("... during a meeting of the Security
# Council, and the president informed those attending that he had just signed the plan"): a
# common noun (or two: "and a Nordic monitoring mission was deployed") or a pronoun, then its verb.
COORDINATED = re.compile(r",\s+(?:and|but)\s+(?=(?:(?:the|a|an|his|her|its|their)\s+(?:(?-i:[A-Z])[\w-]*\s+)?"
                         r"(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?|"
                         r"he|she|it|they|we)\s+(?:\w+ly\s+)?"
                         rf"(?:\w+ed|\w+s|{_verbs.IRREGULAR_PAST}|was|were|had|has|have|will|would|could|can)\b)", re.IGNORECASE)
# A verb after "and" with a place of its own: "captured the border town of Bunagana and advanced on Rutshuru",
# "surrendered ... in Kigali and was transferred to The Hague", "captured Gori and shelled Tskhinvali": the place
# right after the second verb (a preposition, "the", "the border town of" between) is no place of the first act
# (`structure.placed_apart`); "killed 50 and wounded 100 in Gaza" names a place of both, and "left the status of
# Chechnya unresolved" no place of the verb's own. An irregular participle of moving someone counts only before where
# to (`_verbs.MOVED_PARTICIPLE`: "was arrested ... and was flown to Florida"); "were attacked by police ... and driven
# from Tahrir Square" and "were arrested ... and beaten in Tehran" keep the first act's place.
_AND_VERB = r"\band\s+(?:\w+ly\s+)?(?:(?:was|were|had|has|have|been)\s+)*"
_OF_PLACE = (r"(?:the\s+)?(?:(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:town|city|village|port|capital|region|province|district)"
             r"\s+of\s+)?$")
AND_VERB_PLACE = re.compile(rf"{_AND_VERB}(?:(?:(?-i:[a-z])[\w-]*ed|{_verbs.IRREGULAR_PAST})\s+"
                            rf"(?:(?:on|to|into|towards?|from|at|in|across|through|near)\s+)?|"
                            rf"{_verbs.MOVED_PARTICIPLE}\s+(?:to|into|towards?)\s+){_OF_PLACE}", re.IGNORECASE)
# ...and the "and" just before the second verb, its object or its place named before it by the first
AND_BEFORE_VERB = re.compile(r"\band\s+(?:\w+ly\s+)?(?:(?:was|were|had|has|have|been)\s+)*$", re.IGNORECASE)
JOINING = re.compile(r"[,;:]|\band\b", re.IGNORECASE)  # a mark or an "and" that ends a verb's phrase
# ...or with a time phrase before its subject's name ("..., and the next day President Rajapaksa declared victory",
# "..., and on 3 June Milosevic accepted", "..., and by June most Iraqi forces had withdrawn"): after a time phrase
# a capitalised word (after a word of quantity) is no item of a list; nor is a lower-case subject with a past verb of
# its own ("..., and on 28 November 1971 gunmen of a group calling itself Black September assassinated", "..., and on
# 31 October their aircraft began bombing"), unless a preposition opens it ("..., and on 9 August in Gori"). The verb is
# lower-case ("the United Nations compound": a name), not an adjective right after an article ("the besieged city of
# Mariupol") nor "hundred", nor past a relative word ("the airport at Hostomel where paratroopers landed": the
# object of the verb before goes on).
_PREPOSITIONS_AND_JOINS = "in|at|on|near|to|from|into|of|by|with|for|and|or|then|after|before|around|across"
_RELATIVE = "where|which|who|whom|whose|that|when"
_NOT_AFTER_ARTICLE = r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)"
_MONTH = "|".join(sorted(MONTHS))
COORDINATED_AFTER_TIME = re.compile(r",\s+(?:and|but)\s+(?=(?:the\s+(?:next|following|same)\s+(?:day|week|month|year)|"
                                    r"(?:later|then|afterwards|subsequently)|"
                                    rf"(?:on|in|by)\s+(?:[\w.-]+\s+){{0,2}}?(?:\d[\w.]*|(?-i:{_MONTH})\b)"
                                    rf"(?:\s+(?:\d[\w.]*|(?-i:{_MONTH})\b|and\s+(?=\d)))*)"
                                    r",?\s+(?:(?:(?:most|some|many|all|several)\s+(?:of\s+the\s+)?)?"
                                    r"(?:(?-i:[A-Z])[\w.-]*\s+){1,3}(?:\w+ly\s+)?(?-i:[a-z])[\w-]*(?:ed|s)\b|"
                                    rf"(?!(?:{_PREPOSITIONS_AND_JOINS})\b)(?-i:[a-z])[\w-]*\s+"
                                    rf"(?:(?!(?:{_RELATIVE})\b)[\w’'-]+\s+){{0,8}}?{_NOT_AFTER_ARTICLE}(?!hundred\b)"
                                    rf"(?-i:[a-z]\w*ed|{_verbs.IRREGULAR_PAST})\b))", re.IGNORECASE)
# ...or with a name or two of its own after a clause that ends in a common word or a number ("The last Russian
# units left by January 1997, and Yeltsin and Maskhadov signed a peace treaty"); a comma after a name is a
# list's ("Armenia, Azerbaijan, and Russia signed").
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
_AFTER_COMMON = "|".join([r"(?<=\d)", *(rf"(?<=\s(?-i:[a-z])\w{{{n}}})" for n in range(16))])
COORDINATED_NAMES = re.compile(rf"(?:{_AFTER_COMMON}),\s+(?:and|but)\s+(?={_NAME}(?:\s+and\s+{_NAME})?\s+(?:\w+ly\s+)?"
                               r"(?-i:[a-z])\w*ed\b)", re.IGNORECASE)
# ...or, after a clause that tells an act, one with a subject of its own that tells another (`scope.act_joins`): a
# name or a demonym and a common noun, with a past verb, after ", and", ", but", ", while" or ";" and a time phrase
# ("took Enugu in October 1967, and Port Harcourt fell to federal marines in May 1968", "bombed Asmara airport, and
# Eritrean planes struck Mekele", "; in May Georgian forces shelled Gori"). A participle before "by" / "as" is no verb
# of its own ("and the town held by rebels"), nor is a verb after an adverb with no subject ("and then shelled",
# "and briefly captured"); a verb of saying or judging tells of the act before, no act of its own ("; Moscow blamed
# Ukrainian shelling"); and a list of names joins no clause ("Armenia, Azerbaijan, and Russia signed"): a bare name
# after the join opens a clause only after a common word, a number or a month; a subject with a common noun opens
# one after a name too ("accused Ukraine of attacking Belgorod, and Ukrainian drones struck Moscow"), and so does a
# common noun with a phrase of its own ("within weeks, and attacks on villages continued").
_TIME_FRONTED = rf"(?:(?:on|in|by)\s+(?:[\w.-]+\s+){{0,2}}?(?:\d[\w.]*|(?-i:{_MONTH})\b),?\s+)?"
_UNSUBJECT = r"(?!(?:then|later|also|soon|subsequently|afterwards|eventually|finally|again|thus|so|still|yet|\w+ly)\b)"
_CAPITALISED = r"(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}"
_NOUN = rf"{_UNSUBJECT}(?-i:[a-z])[\w'’-]*\s+"
_NOUNS = rf"(?:{_NOUN}){{1,2}}(?:(?:on|of|in|at|near|against|from)\s+(?:the\s+)?{_NOUN})?"  # "attacks on villages"
_DETERMINER = r"(?:(?:the|a|an|his|her|its|their)\s+)?"
_PRONOUN = r"(?:he|she|it|they|we)\s+"
_BARE_NAME = rf"{_DETERMINER}{_CAPITALISED}(?:and\s+{_CAPITALISED})?"
_COMMON_SUBJECT = rf"(?:{_DETERMINER}(?:{_CAPITALISED}{_NOUN}|{_NOUNS})|{_PRONOUN})"
_SPOKEN = (rf"(?:{_verbs.SAY}|{_verbs.CLAIMED}|{_verbs.ALLEGE}|{_verbs.ACCUSE}|{_verbs.BLAME}|{_verbs.ATTRIBUTE}|"
           rf"{_verbs.REJECTING}|{_verbs.INSIST}|{_verbs.ARGUE}|{_verbs.ESTIMATE}|condemned|welcomed|reported|called|"
           r"warned|announced|declared|added|told|stated|confirmed)\b")
_AFTER_DATE = "|".join([r"(?<=\d)", *(rf"(?<={month})" for month in sorted(MONTHS))])
_JOIN = r",\s+(?:and|but|while|whereas)"
# An adverb between the subject of such a clause and its verb: "-ly" or one of time ("..., and troops then stormed the
# camp", "..., and the army later shelled Kitgum").
_ADVERB = r"(?:\w+ly|then|later|also|soon|again|subsequently|afterwards|eventually|finally)"


def _own_clause(guard: str) -> re.Pattern:
    """Where a clause with a subject of its own and a past verb is joined, the verb passing `guard` (a lookahead at
    it): the one join cue of `COORDINATED_ACT` and `OWN_CLAUSE`, so that the sentence is parted into two acts where
    what one is accused of ends."""
    past = rf"(?:{_ADVERB}\s+)?{guard}(?:{_verbs.PAST_VERB}|was|were|had)\b(?!\s+(?:by|as)\b)"
    return re.compile(rf"(?:(?:{_AFTER_COMMON}|{_AFTER_DATE}){_JOIN}|;)\s+(?={_TIME_FRONTED}(?:{_BARE_NAME}|"
                      rf"{_COMMON_SUBJECT}){past})|{_JOIN}\s+(?={_TIME_FRONTED}{_COMMON_SUBJECT}{past})", re.IGNORECASE)


COORDINATED_ACT = _own_clause(rf"(?!{_SPOKEN})")
# Where a clause with a subject of its own and any past verb, a verb of saying too, is joined: what one is accused
# of is a phrase with no finite verb, and ends there (`modality.ACCUSED_END`), where `COORDINATED_ACT` parts the
# acts told before and after.
OWN_CLAUSE = _own_clause("")
# A clause before such a join tells an act of its own with a past verb and its object, though no trigger names it
# ("rebels ambushed a convoy near Gulu, and government troops shelled Kitgum"): the join parts the two, and the names of
# the first are not the second act's (`scope.act_joins`). A verb before an article, a possessive or a number only:
# "soldiers, police, and civilians were killed" has none, "armed men" is no verb.
TRANSITIVE_PAST = re.compile(rf"\b{_verbs.PAST_VERB}\s+(?:the|a|an|its|their|his|her|two|three|four|\d[\d,]*)\s",
                             re.IGNORECASE)
# The subject of a joined clause that names the untriggered act before it again (`scope._named_again`): "..., and the
# siege went on into January".
ACT_NAMED_AGAIN = re.compile(r"(?:the|this|that)\s+", re.IGNORECASE)
# A pronoun as that subject, right after the join (`scope.named_subject_joins`): "but they withdrew in April" names who
# the clause before named, and a label keeps that actor.
PRONOUN_SUBJECT = re.compile(rf"{_TIME_FRONTED}(?:he|she|it|they|we)\s", re.IGNORECASE)
JUDGED = re.compile(rf"\b(?:{_verbs.ACCUSE}|{_verbs.ATTRIBUTE}|{_verbs.BLAME}|condemn(?:ed|s)|{_verbs.DENOUNCE}|"
                    r"criticis(?:ed|es)|criticiz(?:ed|es)|prais(?:ed|es)|welcom(?:ed|es)|deplor(?:ed|es)|decr(?:ied|ies)|"
                    rf"{_verbs.REPORT_ACT}(?=\s+{_verbs.REPORTED_DETERMINER}\s(?!(?:[\w-]+\s+){{1,2}}?{_verbs.NAMED_OBJECT})))\b",
                    re.IGNORECASE)
# Words that may stand between the names of one run: titles and their articles ("the former
# president of"), capitalised words (a name no gazetteer knows), a possessive, a parenthesis.
# The offices of one who acts for a state ("President", "Prime Minister", "Foreign Minister"; `OFFICE_BEFORE`), and the
# words that qualify them.
_STATE_OFFICE = r"(?:president|minister)"
_OFFICE_QUALIFIER = r"(?:acting|deputy|vice|prime|foreign|defen[cs]e)"
_TITLE = (rf"(?:the|then|former|late|wartime|ex|{_OFFICE_QUALIFIER}|{_STATE_OFFICE}|"
          r"secretary|of|state|general|chief|leader|head|commander|envoy|ambassadors?(?:\s+to)?|special|representative|"
          r"spokes(?:man|woman|person)|negotiator|agents?|officials?|forces|army|troops|government|military|"
          r"(?-i:[A-Z][\w.]*))")
JOINED = re.compile(rf"(?:['’]s)?\s*(?:\([^()]*\)\s*)?(?:(?:(?:,\s*(?:and\s+|or\s+)?|(?:and|or|as well as)\s+)"
                    rf"(?:by\s+)?)?(?:{_TITLE}[\s-]+){{0,8}})?", re.IGNORECASE)  # "signed by A, by B and by C"
# A state's name as the title of the person after it: "Russian President Dmitry Medvedev",
# "the president of Serbia Slobodan Milosevic", "Croatia's Franjo Tudjman" (no comma, no "and").
TITLE_OF = re.compile(rf"(?:['’]s)?\s+(?:{_TITLE}[\s-]+){{0,8}}", re.IGNORECASE)
# ...or named after the person as the country of the office before the name: "President Paul Biya of Cameroon",
# "Prime Minister John Major of the United Kingdom" (OFFICE_BEFORE just before the name, OFFICE_STATE_AFTER between it
# and the state). Only an office of a state's government, with no qualifier before it but a word of the clause
# (`_OFFICE_OPENERS`): "FIFA president Gianni Infantino of Switzerland", "Opposition leader Alexei Navalny of
# Russia", "The UN envoy Lakhdar Brahimi of Algeria" act for no state of theirs.
_OFFICE_OPENERS = ("the", "and", "by", "with", "between", "from", "for", "to", "as", "of", "met", "when", "while")
_OFFICE_OPENED = "|".join([r"(?<![\w’'-]\s)"] + [rf"(?<=\b{word}\s)" for word in _OFFICE_OPENERS])
OFFICE_BEFORE = re.compile(rf"(?:{_OFFICE_OPENED})(?:{_OFFICE_QUALIFIER}\s+){{0,2}}{_STATE_OFFICE}\s+$", re.IGNORECASE)
OFFICE_STATE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
# ...or named in an aside right after the person, before the office it qualifies: "Menachem Begin, the Israeli prime
# minister, resigned", "Anthony Eden, the then British prime minister," (APPOSED_TITLE_BEFORE between the name and the
# state, APPOSED_OFFICE_AFTER right after the state; not an office's possessive: "Uday Hussein, the Iraqi president's
# son" holds no office).
APPOSED_TITLE_BEFORE = re.compile(r",\s+the\s+(?:(?:then|former|late|wartime)\s+)?", re.IGNORECASE)
APPOSED_OFFICE_AFTER = re.compile(rf"\s+(?:{_OFFICE_QUALIFIER}\s+){{0,2}}(?:{_STATE_OFFICE}|premier|chancellor)\b"
                                  r"(?!['’])", re.IGNORECASE)
# ...or the nationality of a go-between ("The French diplomat Jean Arnault", "the Norwegian mediator Hilde Johnson"):
# no role of the clause, and no party where the person mediates (`structure.titled`'s default); but such a person need
# not act for the state (`offices` reads TITLE_OF alone: Arnault mediated for the United Nations).
_GO_BETWEEN = r"(?:diplomat|mediator)"
TITLE_OR_NATIONALITY_OF = re.compile(rf"(?:['’]s)?\s+(?:(?:{_TITLE}|{_GO_BETWEEN})[\s-]+){{0,8}}", re.IGNORECASE)
LOCATED = re.compile(r"\)?\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
# The participles whose agent is the event's own ("a conference led by X", "the attack carried
# out by Y"): after one of these, "by" names who did the event, not another act's agent.
_CARRYING = (r"(?:carried\s+out|conducted|committed|perpetrated|led|chaired|headed|hosted|attended|organi[sz]ed|"
             r"mediated|brokered|facilitated|initiated|launched|started|staged|waged|fought|mounted|executed|ordered)")
PARTICIPLE_BY = re.compile(rf"\b{_CARRYING}\s+by\s+(?:the\s+)?(?:then\s+)?$", re.IGNORECASE)
# A source a clause is told "according to": it holds the claims, it takes no part in them.
CITED = re.compile(rf"{ACCORDING.pattern}\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)  # "according to a UN report"
APPOSED = re.compile(r",\s*")  # "Stockholm, Sweden": the state a place lies in, after a comma
# The author of a document named by its title ("Statement by the UN Mission on the signing of ..."): a speaker.
AUTHORED = re.compile(r"\b(?:statement|remarks|communiqu[eé]|press release|letter|report)\s+(?:issued\s+)?by\s+(?:the\s+)?$",
                      re.IGNORECASE)
# Who speaks of what a clause tells ("..., the United States and Saudi Arabia said in a joint
# statement", "Putin told reporters", "a spokesperson, Zaw Min Tun, confirmed the attack", "British officials
# reported 33 of their own soldiers dead"): the
# subject of a verb of saying holds the claims, it takes no part in them. Not "announced": who
# announces a ceasefire is commonly a side of it.
# Whose claim a noun of claiming names ("the Georgian claim concerning a Russian incursion", "Russia's
# allegations of ..."): who claims holds what follows, it takes no part in it.
CLAIMED = re.compile(r"(?:['’]s)?\s+(?:claims?|allegations?|accusations?|assertions?)\b", re.IGNORECASE)
# The subject of a verb of saying (`bystanders.speakers`): also one that has "not" confirmed what it tells ("Vietnam has
# not confirmed the fall of the town"), one that counted its figures ("where the United Nations counted more than
# 200,000 displaced people"; not "counted on" an ally) and one that named it ("Serzh Sargsyan called it the largest
# offensive since 1994"; not "called for" an act): it speaks of the act, it takes no part in it. So does a state whose
# media, accounts, sources or diplomats tell it ("Angolan state radio reported two arrests", "Chinese accounts say a
# Vietnamese soldier fired first", the body's name between: "The US State Department spokeswoman still won't say who
# fired"), and one that will not say.
_SPEAKING_NOUNS = (r"(?:officials?|spokes(?:man|woman|person)|authorities|"
                   r"(?:state\s+|official\s+)?(?:radio|television|TV|media|news\s+agency|press\s+agency))")
# Never after a comma: in "ready to land in Egypt, Whitehall sources say" Egypt is no speaker; the name before them
# (`source`) speaks alone, no list it ends ("in Cyprus, Greek sources say": Greece speaks, `bystanders.speakers`); the
# bare plural "say" only after such a noun ("Chinese accounts say"; not "in Cyprus, officials say").
_SOURCE_NOUNS = r"(?:accounts|sources|diplomats|investigators)"
SPOKE = re.compile(rf"(?:\s*\([^()]*\))?(?:,?(?:\s+{_SPEAKING_NOUNS})?(?!\s+say\b)|"
                   rf"(?P<source>(?:\s+(?-i:[A-Z])[\w.-]*){{0,2}}\s+(?:{_SPEAKING_NOUNS}|{_SOURCE_NOUNS})))"
                   r"\s+(?:(?:has|have|had)\s+)?(?:(?:not|still|\w+ly)\s+)?"
                   r"(?:(?:won['’]t|wouldn['’]t|would\s+not|will\s+not|did\s+not|didn['’]t|declined\s+to)\s+)?"
                   r"(?:say|said|says|told|tells|report(?:s|ed)|recall(?:s|ed)|confirm(?:s|ed)|stat(?:es|ed)|"
                   r"not(?:es|ed)|stress(?:es|ed)|add(?:s|ed)|claim(?:s|ed)|alleg(?:es|ed)|insist(?:s|ed)|"
                   r"welcom(?:es|ed)|"
                   r"count(?:s|ed)(?!\s+(?:on|upon|among|as|for)\b)|call(?:s|ed)\s+(?:it|them|this|that)\b)\b",
                   re.IGNORECASE)
# What an agreement or plan is about: the name right before it ("the Georgia peace plan") or
# after "on / for / about" ("a plan on resolving conflicts in Georgia").
_ACCORD = (r"(?:plan|agreement|accord|deal|treaty|settlement|truce|ceasefire|cease-fire|talks|negotiations|"
           r"discussions|consultations|resolution)")
TOPIC_AFTER = re.compile(rf"\b{_ACCORD}\s+(?:on|for|about|over|concerning|regarding)\s+(?:[\w’'-]+\s+){{0,5}}?$",
                         re.IGNORECASE)
# The agent of another act than the event ("the document signed by Saakashvili differs from the
# plan worked out by the presidents of Russia and France"): who drafted the plan did not sign.
# Verbs that carry the event itself ("carried out by", "led by") are no other act.
OTHER_AGENT = re.compile(rf"\w\W+(?!{_CARRYING}\b)\w+(?:ed|en|wn|ght)(?:\s+(?:out|up))?\s+by\s", re.IGNORECASE)
# What an event led to: who comes after these verbs did not take part in the event itself.
CONSEQUENCE = re.compile(r"\b(?:allow(?:ed|s)|enabl(?:ed|es)|led\s+to|leads\s+to|caus(?:ed|es)|prompt(?:ed|s)|(?-i:forc(?:ed|ing))|"
                         r"trigger(?:ed|s)|spark(?:ed|s)|result(?:ed|s)\s+in|paved\s+the\s+way\s+for|"
                         r"g[ai]ve\s+rise\s+to)\b", re.IGNORECASE)
THEY = re.compile(r"[\s,]*they\s+(?!(?:say|said|are|were|claim(?:ed)?)\b)[a-z]", re.IGNORECASE)
LISTING = re.compile(r"\b(?:and|or)\b|,")  # "Georgia and Saakashvili": a list, not a state's title before a person
# A count just after an active verb of harm has its cause before it, as the verb's subject ("The 2004 tsunami
# killed some 167,000 people", "the dam was destroyed, flooding villages and killing at least 50 people"),
# unlike a count told alone ("At least 200 people were killed"). Searched in the words just before the count.
CAUSED_COUNT = re.compile(r"\b(?:killed|killing|kills|claimed|left|leaving|wounded|injured|displaced)\s+$",
                          re.IGNORECASE)
# An act told by a participle after a comma ("stormed a boarding school ..., seizing 276 girls", "attacked southern
# Israel, killing ..., and taking some 250 hostages"): who did the act it hangs on did it (`claims`).
COMMA_BEFORE_PARTICIPLE = re.compile(r",\s+(?:and\s+)?$")
PARTICIPLE = re.compile(r"[a-z]+ing", re.IGNORECASE)
# A participle of consequence after a comma, a few words before a count (", leaving 50 dead", ", flooding dozens
# of villages downstream and killing at least 50 people"): its subject is the clause it hangs on.
CONSEQUENT = re.compile(r",\s+(?:[\w-]+\s+){0,6}?(?:leaving|killing|wounding|injuring)\s+[^,;]*$", re.IGNORECASE)
CAUSE_REACH = 12  # characters before a count where its verb of harm may stand
# -- Which act of its clause a name belongs to (`claimgraph.extract.attach`) --
# Acts named in one list share what follows them ("clashes and shelling in Donetsk", "the siege, bombardment and
# capture of Grozny"): the words between two acts' words that keep them one list.
ACTS_LISTED = re.compile(r"(?:\s*(?:,|\band\b|\bor\b|&)\s*)+(?:the\s+|an?\s+)?", re.IGNORECASE)
# An act named in a phrase of circumstance ("initialled following a three-week peace conference at the Wright-Patterson
# Airforce Base", "retook Grozny in a surprise attack") sets the scene of the act it qualifies: its place is that act's
# too. Searched in the words just before the act's noun.
FRAMING_BEFORE = re.compile(r"\b(?:after|following|before|during|amid|in|at)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
                            r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# An act whose verb follows its subject, another act, with at most auxiliaries and an adverb between ("The conflict
# displaced more than 800,000 people in North Kivu", "the war has killed"): what the verb did, the subject did.
SUBJECT_VERB_GAP = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|been)\s+)*(?:\w+ly\s+)?", re.IGNORECASE)
# A participle after a comma, or a past verb after "and", hangs on the clause's subject, whatever act a phrase between
# names ("retook Grozny in a surprise attack, trapping thousands of Russian troops": the retaking trapped them too;
# "It ended with the withdrawal of Russian forces and left the status of Chechnya unresolved": the war left it). Not
# a preposition in -ing.
HANGING_VERB = re.compile(rf",\s+(?:and\s+)?(?!(?:includ|accord|concern|regard|exclud)ing\b)[a-z]+ing\b|{_AND_VERB}\b")
# A verb of will, speech or judgement governs what follows it, not the act told before it: "seized Aracinovo,
# threatening Skopje airport" (the airport was threatened, not taken), "was acquitted by the Hague tribunal", "urged
# Turkey to", "accused Russia of". Its object or complement is no place or actor of the act before the verb.
GOVERNING_VERB = re.compile(rf"\b(?:threat(?:en|ens|ened|ening)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
                            rf"{_verbs.ACCUSE}|{_verbs.BLAME}|acquit(?:s|ted|ting)?|convict(?:s|ed|ing)?|"
                            rf"agree(?:s|d|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|"
                            rf"warn(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for|upon)|ask(?:s|ed|ing)?|"
                            rf"appeal(?:s|ed|ing)?\s+to|refus(?:e|es|ed|ing))\b", re.IGNORECASE)
# A people a demonym names before a noun of people who bear no arms ("abducting Macedonian civilians", "the rights of
# the Albanian minority"): the victims, a minority, a diaspora, never the state acting. Not citizens or a people, who
# vote in a referendum as the state does ("so that Colombian citizens could endorse the peace agreement").
UNARMED_PEOPLE_AFTER = re.compile(r"\s+(?:(?:ethnic|local|innocent|unarmed|other)\s+)?(?:civilians?|villagers?|"
                                  r"residents?|schoolchildren|schoolgirls|students|hostages?|captives?|prisoners?|detainees?|children|women|"
                                  r"men|families|workers|journalists|pilgrims|passengers|refugees|minority|minorities|"
                                  r"community|communities|diaspora)\b")
# A clause after a count with a subject and a verb of its own tells another act, whose word is not the count's event
# ("a mortar shell ... killed two men ..., and an Israeli air strike destroyed a building"; "about 1,200 people were
# killed, ..., and that some 240 people were taken to Gaza as hostages"): a count belongs to its own clause's event.
# A clause with its own subject (`COORDINATED`, `COORDINATED_NAMES`, `COORDINATED_AFTER_TIME`) or a second
# reported clause (", and that ..."). Not a semicolon: "30 people were killed; the attack was condemned" names the act.
NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s+that\b", re.IGNORECASE)
