"""The words of a vessel sunk by arms in English (`claimgraph.recognise.sinkings`).

A verb of SINKING names an attack only where it sinks something: a vessel (SUNK_VESSELS, one word or a pair: "aircraft
carrier") among the SUNK_REACH words after it, before a word of `triggers.OBJECT_STOPS` ("Castro's aircraft sank the
supply ship Rio Escondido", "Egypt responded by sinking some forty ships", "the sinking of the transport"), or a name
after it with a warship or a weapon in its subject ("the frigates had sunk HQ-604"). "the ferry sank off the coast",
"hopes sank as the destroyer failed", "the frigate sank the next day" sink nothing; "sunk" only after an auxiliary of
the perfect (PERFECT_AUXILIARIES: "had sunk"; "was sunk" is the lexicon's), "sinking" not as an adjective after a
determiner (SINKING_ADJECTIVE_AFTER: "like rats leaving a sinking ship"). The sea sinks ships too: a peril of the sea
in the subject (SEA_PERILS, `deaths.DISASTERS`: "A typhoon sank three fishing boats") sinks none by arms; "the sinking
of the ferry" names no attack without a warship or a weapon in its sentence (a ferry lost at sea); a day or a month
after the verb names no vessel (NO_VESSEL_NAMES: "The submarine sank Tuesday"); a hulk sunk in a drill is no attack
(NO_WAR_SINKING in the sentence: "The navy sank the old ship as a target during an exercise", "in weapons tests", "as
an artificial reef").
"""

from .dates import MONTHS, WEEKDAYS
from .deaths import DISASTERS

SINKING = frozenset({"sank", "sunk", "sinking"})
PERFECT_ONLY = frozenset({"sunk"})
PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "having"})
ADJECTIVE_FORMS = frozenset({"sinking"})
SINKING_ADJECTIVE_AFTER = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
NOUN_OF = frozenset({"of"})  # "the sinking of the transport": a noun, its vessel after "of"
SUNK_VESSELS = frozenset({"ship", "ships", "vessel", "vessels", "boat", "boats", "freighter", "freighters", "tanker",
                          "tankers", "transport", "transports", "steamer", "steamers", "ferry", "ferries", "trawler",
                          "trawlers", "dhow", "dhows", "liner", "liners", "barge", "barges", "junk", "junks", "craft"})
SUNK_REACH = 5  # "sinking some forty merchant ships"
ARTICLES_BEFORE_NAME = frozenset({"the"})  # "sank the Belgrano": the name of the vessel after its article
SUBJECT_REACH = 8  # words before the verb where the warship or weapon that sinks stands: "the frigates had sunk"
# not "waves" ("waves of aircraft sank the carrier"), nor "reef" ("the frigates off the reef sank the transport")
SEA_PERILS = DISASTERS | frozenset({"seas", "gale", "gales", "squall", "iceberg", "ice", "weather"})
NO_VESSEL_NAMES = frozenset(MONTHS) | frozenset(day.lower() for day in WEEKDAYS)
NO_WAR_SINKING = frozenset({"exercise", "exercises", "drill", "drills",
                            # a hulk sunk in a trial of arms or for divers: "Weapons tests sank the USS America in
                            # 2005", "The navy sank HMCS Saskatchewan as an artificial reef"
                            "test", "tests", "artificial"})
# A navy's prefix of a ship's name, as written (capitals), right after the verb or its article names a vessel sunk
# (`recognise.sinkings._vessel_after`) when a warship, a weapon or armed men sank it, or one of SINKERS (a foe, a
# raider, an airman: `recognise.sinkings._sunk_by_arms`): "Argentine pilots sank HMS Ardent", "the enemy sank USS
# Juneau"; not "Poor reviews sank HMS Pinafore in its revival", "The scandal sank USS Holdings".
SINKERS = frozenset({"enemy", "enemies", "foe", "foes", "raider", "raiders", "pilot", "pilots", "airmen", "aviators",
                     "gunners", "u-boat", "u-boats", "torpedo", "torpedoes", "navy", "fleet", "squadron"})
SHIP_PREFIXES = frozenset({"HMS", "USS", "HMAS", "HMCS", "HMNZS", "HNLMS", "ROKS"})
# ...not a firm's name that owns what was sunk, a possessive mark within SHIP_NAME_REACH words after the prefix's name
# ("Falling prices sank HMS Holdings' share price", "sank USS Steel's chances")
POSSESSIVE_MARKS = frozenset({"'s", "'", "’s", "’"})
SHIP_NAME_REACH = 3
