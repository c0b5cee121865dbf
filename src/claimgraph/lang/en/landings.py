"""The words of armed men coming ashore or reaching a place (`claimgraph.recognise.landings`).

A landing from the sea or the air is told by a verb ("Marines landed on the island", "the brigade came ashore at
dawn") or by its noun ("the seaborne landings", "the landing at the bay"); reaching a place is told by "reached" with
a place as its object ("Northern forces reach the outskirts of Aden"). Each names a movement of armed men only with
them as its subject, or, for the noun, with a kind of landing before it or a place after it: planes, probes and
economies land too ("the plane landed at Heathrow", "a soft landing"), and talks reach an agreement.
"""

import re

LANDING_CLASS = "Deployment"  # as armed men who "arrived" or "landed" at a place (triggers.ARRIVALS)
# Verbs of coming ashore, the whole phrase the trigger: "came ashore", "waded ashore".
ASHORE = re.compile(r"\b(?:came|come|comes|coming|went|go|goes|going|waded|wade|wades|got|get|gets|swarmed|poured)"
                    r"\s+ashore\b", re.IGNORECASE)
# The verb of landing: with armed men as its subject and a way or a time right after it ("landed on Grenada",
# "landed at dawn", "landed near the port", "land on the beaches at first light").
LANDED = re.compile(r"\b(?:landed|lands|land)\b", re.IGNORECASE)
LANDED_WAYS = frozenset({"on", "at", "in", "near", "along", "south", "north", "east", "west", "behind", "unopposed",
                         "overnight", "early", "before", "after", "unseen", "undetected", "unnoticed"})
# What one lands in that is no place ("landed in hospital", "landed in trouble", "landed on his feet"), and the craft
# that land ("Marines landed in a helicopter at the White House": a flight, no landing of force).
LANDED_NOT_AFTER = frozenset({"hospital", "jail", "prison", "trouble", "court", "debt", "feet", "foot", "headlines",
                              "helicopter", "helicopters", "plane", "planes", "aircraft", "jet", "jets", "airliner",
                              "transport", "chopper", "choppers"})
LANDED_NOT_REACH = 3
# What falls from the sky lands too, its firer's name near ("Rebel shells landed on the town", "A mortar round fired
# by rebels landed near the market"): a weapon (triggers.WEAPONS) or one of these in the verb's subject lands no men.
LANDED_PROJECTILES = frozenset({"round", "rounds", "shrapnel", "debris", "bullet", "bullets"})
# The noun of landing: "landing" or "landings" after a kind of landing (LANDING_KINDS, within LANDING_KIND_REACH words
# before it) or before a place ("the landing at the Bahia de Cochinos", "landings on the beaches of Normandy") or
# armed men ("the landing of Marines"): LANDING_TO, then a name written with a capital, a held place or a word of
# troops within LANDING_PLACE_REACH words. Not before a noun it qualifies (LANDING_THINGS: "landing craft", "the
# landing strip"), nor after a word of a craft's or a market's landing (LANDING_NOT_KINDS: "the plane's emergency
# landing at Entebbe", "a soft landing for the economy").
LANDING_NOUNS = re.compile(r"\blandings?\b", re.IGNORECASE)
LANDING_KINDS = frozenset({"amphibious", "seaborne", "sea-borne", "airborne", "naval", "beach", "commando", "allied",
                           "marine", "opposed", "unopposed"})
LANDING_KIND_REACH = 2
LANDING_TO = frozenset({"at", "on", "in", "near", "of"})
LANDING_PLACE_REACH = 4
# A traveller's landing told with a place only: the gerund after a word of time ("After landing at Goma airport, the
# minister ..."), a person's landing ("His landing at Entebbe was delayed"), and the participle opening a sentence
# with no armed men in it ("Landing in Kigali on Monday, the envoy said ...").
LANDING_TRAVEL_BEFORE = frozenset({"after", "before", "upon", "on", "while", "when", "since", "his", "her", "my", "your",
                                   "its"})
LANDING_PARTICIPLE = "landing"
LANDING_GROUNDS = frozenset({"beach", "beaches", "coast", "shore", "island", "islands", "bay", "peninsula", "port",
                             "harbour", "harbor"})
LANDING_THINGS = frozenset({"gear", "strip", "strips", "craft", "crafts", "zone", "zones", "site", "sites", "field",
                            "fields", "pad", "pads", "rights", "page", "pages", "party", "parties", "force", "forces",
                            "ship", "ships", "lights", "light", "area", "areas", "ground", "grounds", "barge", "barges",
                            "vehicle", "vehicles", "fee", "fees", "slot", "slots", "permission", "card", "cards"})
LANDING_NOT_KINDS = frozenset({"emergency", "crash", "soft", "hard", "safe", "moon", "lunar", "forced", "plane",
                               "plane's", "aircraft", "aircraft's", "jet", "jet's", "flight", "flight's", "helicopter",
                               "helicopter's", "airliner", "pilot", "pilot's", "smooth", "bumpy", "perfect", "spacecraft",
                               "probe", "rover", "module", "economic", "economy's", "'s"})
# Reaching a place: a verb of REACHING with armed men as its subject and, within REACHED_REACH words of its object,
# a goal: a name written with a capital of a known place, a held place (triggers.FALLEN_HOLDINGS), a way's goal
# (triggers.ADVANCE_GOALS) or one of REACHED_GOALS, before a word that ends the object (a mark, triggers.OBJECT_STOPS
# but "of") or one of REACHED_NOT (an accord, a sum, a stage: "troops reached an agreement on the border", "the army
# reached its recruitment target near the border").
REACHING = re.compile(r"\b(?:reached|reach|reaches|reaching)\b", re.IGNORECASE)
REACHED_REACH = 5
REACHED_GOALS = frozenset({"outskirts", "suburbs", "gates", "camp", "camps", "foothills", "shore", "banks", "outpost",
                           "outposts", "airfield", "bridge", "crossing", "heights", "summit", "ridge", "pass",
                           "passes"})
REACHED_NOT = frozenset({"agreement", "agreements", "deal", "deals", "accord", "accords", "ceasefire", "truce",
                         "settlement", "compromise", "understanding", "consensus", "decision", "conclusion", "verdict",
                         "target", "targets", "goal", "goals", "age", "level", "levels", "peak", "record", "stage",
                         "point", "limit", "total", "figure", "number", "final", "round", "mark", "end", "maturity",
                         "deadline", "quota", "strength"})
REACHED_OBJECT_OF = frozenset({"of"})
