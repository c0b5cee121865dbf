"""The words of acts of state in English: appointments, a state's independence, a court's rulings, diplomatic
relations broken off or restored, and held places lost (`claimgraph.recognise.appointments`, `.independence`,
`.rulings`, `.relations`, `.moves.lost_places`). Their verbs are trigger verbs too (`triggers.VERBS`)."""

import re


def _alternation(words) -> str:
    """A regular expression's alternation of `words`, longest first (then in order: the same pattern every run), a
    space matching any white space."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=lambda w: (-len(w), w)))


# A holder put into a public office (`recognise.appointments`): a verb of appointing (APPOINTING, with the class it
# names) with an office (OFFICES) after it. Passive, the office right after it, past "as", a determiner and a few
# qualifiers ("Nicolas Tiangaye was appointed prime minister", "Hadi is named defence minister"); active, past its
# object, after "as" ("named Vladimir Putin, until then director of the FSB, as prime minister"), right after a
# name that opens the object ("names Yasser Arafat supreme commander of its forces", "Parliament elected Manasseh
# Sogavare prime minister"), or a body it forms as its object's head ("appoints a military government") or one it is
# "to head" ("appointed the former mufti Akhmad Kadyrov to head its administration"); "sworn in" after a name
# ("Adama Barrow was sworn in") or before "as" and an office; "became" with an office right after it ("Muzorewa
# became prime minister"). Only the qualifiers of OFFICE_QUALIFIERS may stand before the office (not "prom queen"); an
# office "of" or "for" something (APPOINTED_OF) is one of a state: a known state or place, a word of STATE_NOUNS or of
# OFFICE_OF_STATE after it ("Minister of Defence", "Secretary of State", "prime minister of a country"; not "president
# of the club", "Secretary of the Year", "ambassador for the charity", "queen of pop"); and not "of" a unit that did
# a deed, a relative word (OFFICE_DEED) after it: "named Colonel Ivanov as the commander of the unit that shelled the
# town" tells who did it. Nor does a coach, a captain or a chief executive hold one: "The club named Smith as
# captain", "Apple named Tim Cook chief executive", "a man named John Smith", "named after the general", "The witness
# was sworn in".
APPOINTING = {**dict.fromkeys(("appointed", "appoints", "named", "names", "became", "becomes"), "Appointment"),
              **dict.fromkeys(("elected", "elects"), "Election")}
SWORN_IN = ("sworn", "in")
PLURAL_AUXILIARIES = frozenset({"were", "are"})  # "Board Members were sworn in": many, no one holder
BECAME = frozenset({"became", "becomes"})
OFFICES = frozenset({"president", "premier", "minister", "chancellor", "governor", "envoy", "ambassador", "commander",
                     "secretary", "mayor", "king", "queen", "emir", "sultan", "regent", "viceroy"})  # "vice-president"
APPOINTED_AS = frozenset({"as"})
APPOINTED_BEFORE_OFFICE = frozenset({"the", "a", "an", "its", "his", "her", "their", "new", "acting", "interim"})
OFFICE_QUALIFIERS = frozenset({"prime", "deputy", "vice", "foreign", "defence", "defense", "interior", "finance",
                               "justice", "special", "interim", "acting", "supreme", "military", "provisional",
                               "transitional", "first", "chief", "army", "regional", "provincial", "general", "un"})
APPOINTED_BODIES = frozenset({"government", "cabinet", "administration", "junta", "council"})
APPOINTED_TO_HEAD = frozenset({"head", "lead"})
APPOINTED_TO = frozenset({"to"})
APPOINTED_OF = frozenset({"of", "for"})
OFFICE_OF_STATE = frozenset({"state", "defence", "defense", "interior", "foreign", "justice", "finance", "war",
                             "forces", "army", "armed", "province", "region", "district", "city"})
OFFICE_OF_BEFORE = frozenset({"the", "a", "an", "its", "his", "her", "their"})
OFFICE_DEED = frozenset({"that", "which", "who", "whose"})
OFFICE_QUALIFIER_REACH = 3  # words that may qualify an office before it ("UN special envoy", "supreme commander")
OFFICE_DEED_REACH = 4  # words of what an office is "of", to a relative word that tells a deed
APPOINTED_OBJECT_REACH = 14  # words of an active verb's object, to "as" and its office
APPOINTED_NAME_REACH = 8  # words of a name that opens the object, to the office right after it
# A held place lost or taken, told in the passive with the place as its subject (`recognise.moves.lost_places`): a
# verb of LOST_PLACES (with its particle, if the table gives one) after a passive auxiliary, a held place (a known one,
# or a noun of FALLEN_HOLDINGS) just before its auxiliaries (LOST_AUXILIARIES), and no word of LOST_NOT_AFTER after
# it, but "by" or "to" (LOST_TO) before an armed agent, and no score after it (LOST_SCORE): "the city had been taken",
# "Kismayo was given up without a fight", "the town was taken by Serb forces", "Kyiv was lost to the Russian army"; not
# "The photo was taken in Paris", "the town was taken by surprise", "The city was lost in the fog", "Paris was taken
# by storm", "The title was lost", "Paris was lost to Marseille", "The town was lost to developers", "Madrid was
# taken 3-1 by Liverpool".
LOST_PLACES = {"taken": (), "lost": (), "given": ("up",)}
LOST_TO = frozenset({"by", "to"})  # "by" as the passive's agent (triggers' BY_WEAPON), "to" whom it is lost
LOST_SCORE = re.compile(r"\d+\s*[-–]\s*\d")  # a match's score: "Madrid was taken 3-1 by Liverpool"
LOST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been", "is", "are"})
LOST_NOT_AFTER = frozenset({"in", "into", "for", "on", "at", "over", "aback", "seriously", "hostage", "prisoner",
                            "apart", "out", "off", "down", "away", "ill", "sick", "from", "as"})
# A state's independence (`recognise.independence`): "became" / "becomes" and a word of INDEPENDENT right after it,
# said of a state (a name the gazetteer knows as a state or a place, or a word of STATE_NOUNS) just before the verb
# ("Zimbabwe became independent on 18 April 1980", "since the two countries became independent from France in 1960"),
# and after "independent" only the clause's end, a date (INDEPENDENT_THEN: "on", "in", a year) or "from" / "of" and a
# known state (INDEPENDENT_FROM); a state's name with its possessive and a word of INDEPENDENCE after a preposition of
# time or a verb that grants it (INDEPENDENCE_AFTER: "De Gaulle recognised Algeria's independence on 3 July"), dated by a year or a day within INDEPENDENCE_DATE_REACH words after it ("at Djibouti's
# independence in 1977"). Not "The firm became independent of its parent", "The country became independent of Russian
# gas", "became independent financially", "the two countries' thirty years of independence", "Ukraine's independence
# was never in doubt", "Scotland's independence in 2014 was rejected by voters".
INDEPENDENT = frozenset({"independent"})
INDEPENDENCE = frozenset({"independence"})
STATE_NOUNS = frozenset({"country", "countries", "state", "states", "colony", "colonies", "nation", "nations", "republic",
                         "republics", "territory", "territories", "protectorate", "kingdom"})
INDEPENDENT_THEN = frozenset({"on", "in", "at", "after", "since", "by", "and", "but", "when", "as", "with"})
INDEPENDENT_FROM = frozenset({"from", "of"})
INDEPENDENCE_AFTER = frozenset({"at", "since", "after", "until", "till", "before", "upon", "on", "following",
                                "recognised", "recognized", "recognises", "recognizes", "proclaimed", "granted"})
INDEPENDENCE_DATE_REACH = 4
# A court's decision (`recognise.rulings`): a verb of RULING_VERBS with a court before it (a word of COURTS written
# with a capital, or after "the" / "its": "The International Court of Justice awarded the temple to Cambodia in 1962",
# "which ruled in February 1994", "The Federal Supreme Court had ordered the vote suspended") within RULING_REACH words
# in its sentence; a noun of RULINGS that a court of its sentence gave (RULING_GIVEN before it: "The court gave its
# judgment in 1992") or that is dated ("of" or "in" and a day or a year right after it: "By an Order of 10 January
# 1986 the Chamber called on them"). A court before "of" only of a word of COURT_OF ("the Court of Justice"; not "the
# Chamber of Commerce"), never after a possessive ("Apple's Court", "the players' Chamber"); a word of CHAMBERS a court
# only where the block names another court or its sentence holds a dated ruling ("By an Order of 10 January 1986");
# "ruled" not before RULED_NOT ("ruled out a merger"), "ordered" only before a determiner, a pronoun, "that", "to" or
# a name (ORDERED_OBJECTS: "ordered the vote suspended"; not "ordered pizza", "ordered new shirts"); an ORDERS noun
# only capitalised or given ("issued an order"; not "An order in May for 500 laptops"). Not "Mengistu ruled
# Ethiopia", "The players on the tennis court ordered pizza", "poor judgment in 2019".
RULING_VERBS = frozenset({"ruled", "rules", "ordered", "orders", "awarded", "awards"})
RULINGS = frozenset({"judgment", "judgement", "ruling", "verdict", "order"})
ORDERS = frozenset({"order"})
ORDERING = frozenset({"ordered", "orders"})
ORDERED_OBJECTS = frozenset({"the", "a", "an", "its", "their", "his", "her", "both", "all", "each", "that", "to",
                             "them", "him", "it"})
RULED_NOT = frozenset({"out"})
COURTS = frozenset({"court", "tribunal", "chamber"})
CHAMBERS = frozenset({"chamber"})
COURT_BEFORE = frozenset({"the", "its"})
COURT_NOT_AFTER = frozenset({"of"})
COURT_OF = frozenset({"justice", "appeal", "appeals", "arbitration", "cassation", "human", "first", "auditors"})
RULING_GIVEN = frozenset({"gave", "delivered", "issued", "handed", "gives", "delivers", "issues"})
RULING_DATED = frozenset({"of", "in", "on"})
RULING_REACH = 6


# Diplomatic relations broken off or restored (`recognise.relations`): a verb of RELATIONS_BROKEN or RELATIONS_RESTORED
# (with the class it names) just before "diplomatic relations" / "diplomatic ties" or bare "relations" ("the Salvadoran
# government broke off diplomatic relations with Honduras", "Nicaragua broke relations too"), or its passive after
# them, their parties between ("diplomatic relations between the two countries were restored in October 1988",
# "Relations with Colombia were not restored until 2010"), or the verb of a relative clause on them ("relations, which
# the island broke off in 1975": RELATIONS_RELATIVE, its subject in RELATIVE_SUBJECT_WORDS words); the verb is the
# event's word. Bare "ties" are a company's too ("cut ties with the sponsor"): only "diplomatic ties". Not "diplomatic
# relations remain tense", "restored the painting". Their side is a
# state (`recognise.relations`): a known state, a word of STATE_NOUNS or RELATIONS_SIDES within RELATIONS_SIDE_REACH
# words before the verb or after it in its sentence; not "The company cut diplomatic ties with the lobbyists", "The
# city resumed diplomatic relations with its twin town", "between Apple and Samsung".
_BROKEN_OFF = ("broke off", "breaks off", "break off", "broken off", "breaking off", "broke", "breaks", "break",
               "broken", "breaking", "severed", "severs", "sever", "severing", "cut", "cuts")
_RESTORED = ("restored", "restores", "restore", "restoring", "re-established", "reestablished", "re-establishes",
             "resumed", "resumes", "resuming")
RELATIONS_CLASSES = {**dict.fromkeys(_BROKEN_OFF, "Rupture"), **dict.fromkeys(_RESTORED, "Restoration")}
_RELATIONS_VERB = _alternation(RELATIONS_CLASSES)
_RELATIONS = r"(?:diplomatic\s+(?:relations|ties)|(?P<bare>relations))"
RELATIONS_BEFORE = re.compile(rf"\b(?P<verb>{_RELATIONS_VERB})\s+(?:(?:all|its|their|the)\s+)?{_RELATIONS}\b",
                              re.IGNORECASE)
RELATIONS_AFTER = re.compile(rf"\b{_RELATIONS}\s+(?:(?:between|with)\s+[^.;,]{{1,60}}?\s+)?"
                             rf"(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:not\s+)?(?:\w+ly\s+)?"
                             rf"(?P<verb>{_RELATIONS_VERB})\b", re.IGNORECASE)
RELATIVE_SUBJECT_WORDS = 4
RELATIONS_RELATIVE = re.compile(rf"\b{_RELATIONS}\s*,?\s+(?:which|that)\s+"
                                rf"(?:[\w'’-]+\s+){{1,{RELATIVE_SUBJECT_WORDS}}}?(?:(?:had|has|have)\s+)?"
                                rf"(?P<verb>{_RELATIONS_VERB})\b", re.IGNORECASE)
RELATIONS_SIDES = frozenset({"government", "governments", "regime", "regimes", "ministry", "embassy", "embassies",
                             "president", "king", "emir", "sultan"})
RELATIONS_SIDE_REACH = 8
# Bare "relations" are a family's, a firm's or a trade's as well (`recognise.relations._bare_kept`): only a state's
# with a known state after "with" / "between" (RELATIONS_WITH; not "with his mistress", "with his estranged son"),
# only where no qualifier comes before them (a lower-case word not of RELATIONS_OPENERS: "Trade relations", "race
# relations") and no noun they qualify after them (a lower-case word not of RELATIONS_FOLLOWERS, no adverb in -ly:
# "its relations budget"). "Argentina broke relations with Britain", "Chile broke relations too", "Peru broke
# relations a week later" keep them.
RELATIONS_WITH = frozenset({"with", "between"})
RELATIONS_OPENERS = frozenset({"the", "its", "their", "all", "bilateral", "full", "formal", "normal", "and"})
RELATIONS_FOLLOWERS = frozenset({"with", "between", "too", "again", "altogether", "and", "but", "or", "in", "on", "at",
                                 "after", "before", "when", "as", "since", "until", "while", "once", "over", "for",
                                 "to", "from", "by", "which", "that", "were", "was", "have", "had", "has", "last",
                                 "a", "an", "the", "this", "next", "two", "three", "several", "within", "soon", "then",
                                 "later", "only", "also", "just", "once", "twice", "during", "amid", "despite"})
# The words of the three rules, found in a block's text at C speed before its tokens are read: most blocks hold none.
APPOINTING_WORDS = re.compile(rf"\b(?:{_alternation([*APPOINTING, ' '.join(SWORN_IN)])})\b", re.IGNORECASE)
INDEPENDENCE_WORDS = re.compile(rf"\b(?:{_alternation(INDEPENDENT | INDEPENDENCE)})\b", re.IGNORECASE)
RULING_WORDS = re.compile(rf"\b(?:{_alternation(RULING_VERBS | RULINGS)})\b", re.IGNORECASE)
