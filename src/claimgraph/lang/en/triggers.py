"""The words that name events and agreements in English, inflected forms listed, and the verb
forms among them (`claimgraph.recognise.triggers`, `.numbered`)."""

import calendar
import re

from . import _pronouns, _years, acts_of_state, collapses, deaths, dispatches, encounters, gunfire, melee, named_deaths

# The words of arson, an attack where what burns is a building or a settlement (ARSON_OBJECTS, below).
# "Crowds burned the British embassy", "the OAS burned the library": "burned" and "burnt" are arson only with a burnt
# building after them (ARSON_OBJECTS), as the others, and only as its object (BURNED, `arson.nothing_burnt`)
ARSON = frozenset({"set fire to", "sets fire to", "setting fire to", "torched", "set ablaze", "burned", "burnt",
                   "burned down", "burnt down"})
# The words of ARSON that are also what any fire does ("A kitchen fire burned the school", "She burned the midnight
# oil at the office"): arson only with the building as their object, before any preposition, and with no fire, light
# or heat (BURNING_THINGS) among the BURNING_REACH words before them.
BURNED = frozenset({"burned", "burnt", "burned down", "burnt down"})
BURNING_THINGS = frozenset({"fire", "fires", "blaze", "blazes", "flames", "wildfire", "wildfires", "lightning",
                            "candle", "sun", "heat", "explosion", "short-circuit", "spark", "sparks", "lava"})
BURNING_REACH = 3
# Words that end what a verb of BURNED burned, besides PREPOSITIONS: "burned through its cash at its headquarters",
# "burned the paint off the cars".
BURNED_STOPS = frozenset({"through", "off", "out", "up", "behind", "inside", "outside", "across", "around"})

# A passive of killing with a word of report, sequence or manner between ("was reportedly killed", "were later
# killed"): a killing and a verb to the resolver, as "were reportedly killed" is (LEXICON, VERBS).
KILLED_WITH_ADVERB = tuple(f"{aux} {adverb} killed" for aux in ("was", "were")
                           for adverb in ("reportedly", "allegedly", "apparently", "later", "also", "subsequently",
                                          "eventually", "then", "all", "both", "summarily", "deliberately"))
# class -> the words that name it, inflected forms listed.
LEXICON: dict[str, tuple[str, ...]] = {
    "War": ("war", "wars", "conflict", "rebellion", "rebellions", "uprising", "uprisings", "insurgency", "revolt",
            "revolts", "rose up",
            # "a group of young officers rose against the government": a people or armed men only (`_unrisen`)
            "rose against"),
    "Offensive": ("offensive", "offensives", "offense", "counteroffensive", "counteroffensives", "military campaign",
                  "bombing campaign", "air campaign"),
    "Attack": ("attack", "attacks", "attacked", "attacking", "counterattack", "counterattacks", "assault", "assaults",
               "aggression", "bomb", "bombs", "bombed", "bombing", "bombardment", "shelling", "shelled",
               "raid", "raids", "airstrike", "airstrikes", "air strike", "air strikes", "strike", "strikes",
               "missile strike", "drone strike", "rocket attack", "chemical attack", "gas attack", "invasion",
               "invaded", "incursion", "incursions", "shot down", "shooting down", "was sunk", "were sunk", "sank",
               "sunk", "sinking", "struck", "hit", "stormed", "use of chemical weapons", "use of toxic chemicals",
               "opened fire", "open fire", "opens fire", "opening fire", "returned fire", "return fire", "returns fire",
               "returning fire", "fired", "firing", "exploded", "blew up",
               "blowing up", "blow up", "blows up", "blown up", "ambush", "ambushes", "ambushed", "ambushing", "shot",
               "barrage", "barrages",
               # a thing wrecked by arms: "Ansar Dine fighters destroyed mausoleums", "most of Egypt's planes were
               # destroyed on the ground" (with armed men as subject or a war craft undergoing it: ARMED_SUBJECT)
               "destroyed",
               # a chronology's present and the pounding of a town: "Soviet aircraft and artillery pound villages",
               # "forces fire Scud missiles at Sanaa" (with armed men as subject, and a weapon after "fire")
               "pound", "pounded", "pounding", "fire", "fires",
               # arson as an act of violence: "a crowd set fire to the church", "militiamen torched the village"
               *sorted(ARSON)),
    "Clash": ("clash", "clashes", "clashed", "fought", "skirmish", "skirmishes", "fighting", "hostilities",
              "armed conflict", "gunfire", "exchange of fire", "exchanges of fire"),
    "Battle": ("battle", "battles"),
    "Siege": ("siege", "encircled", "encirclement"),  # "besieged" only by armed men: ARMED_MOVES
    "Blockade": ("blockade", "blockaded"),
    "Operation": ("operation", "military operation"),
    "Occupation": ("occupation of", "occupied by"),
    "Mobilisation": ("mobilization", "mobilisation", "mobilized", "mobilised", "called up reservists",
                     "called up reserves", "call-up of reservists", "call-up of reserves"),
    "Demobilisation": ("demobilised", "demobilized", "demobilisation", "demobilization"),
    "MartialLaw": ("martial law",),
    # a state's emergency powers, for a war or a flood: "declared a state of emergency after the floods"
    "StateOfEmergency": ("state of emergency", "state of national emergency", "emergency rule"),
    "Withdrawal": ("withdrawal", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "retreat",
                   "retreated", "pulled out"),
    "Deployment": ("deployed", "deployment", "deploy", "stationed", "military presence", "troop presence",
                   "sending troops", "sent troops", "send troops", "airlift", "airlifts", "sealift", "airdrop",
                   "airdrops"),
    "Displacement": ("displacement", "displaced", "flee", "fled", "fleeing", "exodus", "expelled", "expulsion"),
    # people or fighters moved out of danger or under an accord: "136,000 people had been evacuated", "The evacuation
    # was completed on 1 September"
    "Evacuation": ("evacuation", "evacuations", "evacuated", "evacuating"),
    # captives set free: "the FLN leaders held in France since 1956 were released", "the release of prisoners"
    "Release": ("released", "freed", "release of"),
    "Arrest": ("arrest", "arrested", "arrests"),
    "Detention": ("detention", "detentions", "detained"),
    "Abduction": ("abduction", "abductions", "abducted", "abducting", "kidnapping", "kidnappings", "kidnapped",
                  "hostage-taking", "hostage taking", "hijack", "hijacks", "hijacked", "hijacking", "hijackings"),
    "Trial": ("trial", "tried", "sentenced", "convicted"),
    "Collapse": ("collapse", "dissolution"),
    "Transfer": ("ceded", "cession", "handed over", "was given to", "were given to", "was transferred to",
                 "were transferred to", "was granted to", "were granted to", "annexed", "annexation"),
    "Signing": ("signing", "signed", "sign", "initialled", "initialed", "initialling", "initialing"),
    "Killing": ("massacre", "massacres", "genocide", "killings", "killing of", "mass killing", "mass killings",
                "assassination", "assassinated", "executions", "were killed", "was killed", "were reportedly killed",
                "have been killed", "has been killed", "had been killed", "were massacred", "were reportedly massacred",
                "was executed", "were executed", "is killed", "are killed", "was shot dead", "were shot dead",
                "was murdered", "were murdered",
                "had been murdered", "has been murdered", "have been murdered",
                # a passive with a word of report or sequence before "killed": "Sheikh Fahd was reportedly killed at
                # Dasman Palace", "the mayor was later killed"
                *KILLED_WITH_ADVERB,
                # a person put to death or murdered, told actively or by a noun: "the regime executed nine men", "the
                # execution of Ken Saro-Wiwa", "the murder of four chiefs" (an execution only of a person:
                # `recognise.senses._no_one_executed`)
                "executed", "execution of", "murdered", "murder of",
                # a person put to death by the rope, as "executed" (only of a person, and not "in effigy"): "Kimathi
                # was tried at Nyeri and hanged in February 1957", "the regime hanged Ken Saro-Wiwa"
                "hanged"),
    "Capture": ("capture", "captured", "capturing", "seized", "took control of", "takeover", "fall of", "fell to", "recaptured",
                "retook", "retaken", "liberated"),  # "overrun": ARMED_MOVES
    # not "the surrender": often a term demanded or accepted
    "Surrender": ("surrendered", "capitulated", "capitulation"),
    "Coup": ("coup", "coups", "coup attempt", "coup d'état", "coup d'etat", "putsch", "overthrew", "overthrown",
             "deposed", "seized power", "seizure of power", "seize power",
             # soldiers rising against their own commanders: "the mutiny at the barracks", "the garrison mutinied"
             "mutiny", "mutinies", "mutinied"),
    "Looting": ("looting", "looted", "pillage", "pillaged", "pillaging"),
    "Negotiation": ("talks", "peace talks", "negotiations", "summit", "peace process", "peace conference",
                    "discussions",
                    # a third party's talks with the sides: "Mediation began on 22 January", "the OAS mediation"
                    "mediation"),
    "Meeting": ("meeting", "met with", "met in", "met at", "met on", "met for", "met again", "met face to face",
                "meet in", "meet at", "meet again", "meets in", "meets at", "meets again",
                # a meeting at a distance told by its noun (the verbs: `recognise.encounters`): "After a telephone call
                # between Doval and Wang on 5 July"
                "telephone call", "telephone calls", "phone call", "phone calls"),
    "Referendum": ("referendum", "referendums", "referenda", "plebiscite", "plebiscites"),
    "Election": ("election", "elections", "run-off", "runoff"),
    # a holder leaving an office: "Yeltsin resigned on 31 December 1999", "was forced to resign in early November"
    "Resignation": ("resigned", "resigns", "stepped down", "steps down", "forced to resign"),
    # a state, a holder or a rule proclaimed: "Michel Djotodia proclaimed himself president", "it was proclaimed on 5
    # July"
    "Proclamation": ("proclaimed", "proclaims", "proclamation"),
    # a body or force brought into being: "RENAMO was set up in the 1970s", "the creation of a United Nations Emergency
    # Force"
    "Founding": ("founded", "set up", "sets up", "setting up", "creation of", "formation of", "founding of",
                 "establishment of"),
    "Investigation": ("investigation", "inquiry", "probe"),
    "Protest": ("protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "marches", "marched",
                # crowds' violence ("after the riots", "days of rioting"); not "riot" alone, mostly a qualifier ("riot
                # police", "riot gear")
                "riots", "rioting",
                # "400,000 people had demonstrated in Tel Aviv": only before a place or against someone
                # (`recognise.triggers._undemonstrated`)
                "demonstrated"),
    # relations broken off, told by a noun: "The rupture of diplomatic relations between Dakar and Nouakchott"; the
    # verbs are `recognise.relations`'
    "Rupture": ("rupture of diplomatic relations", "severance of diplomatic relations", "severing of diplomatic relations",
                "breaking off of diplomatic relations", "break in diplomatic relations", "rupture of diplomatic ties"),
    "Ceasefire": ("ceasefire", "ceasefires", "cease-fire", "truce", "ceasefire agreement",
                  "ceasefire agreements", "truce agreement", "humanitarian ceasefire",
                  # an agreement whose title says it halts the fighting is a ceasefire, not the peace that may follow
                  "agreement on cessation of hostilities", "agreement on the cessation of hostilities"),
    "Agreement": ("agreement", "agreements", "accord", "accords", "peace deal", "trilateral agreement",
                  "tripartite agreement",
                  "peace agreement", "peace plan", "deal", "deals", "memorandum of understanding",
                  "memoranda of understanding"),
    "Treaty": ("treaty", "treaties", "peace treaty", "convention"),
    "Protocol": ("protocol",),
    "Armistice": ("armistice",),
    "EntryIntoForce": ("entry into force", "coming into force", "came into force", "come into force",
                       "comes into force", "entered into force", "enters into force", "came into effect",
                       "come into effect", "comes into effect", "took effect", "take effect", "takes effect",
                       "made effective", "became effective", "taking effect", "taken effect", "coming into effect",
                       "entering into force", "went into effect", "goes into effect", "go into effect",
                       "going into effect", "gone into effect"),
    "Statement": ("joint statement", "trilateral statement", "tripartite statement", "declaration"),
}
# Verbs of killing that name a killing of their own only before a count (quantities' COUNT_AFTER: "Russian
# troops killed more than 400 civilians", "accused soldiers of killing 400 civilians"), and with no event
# word before them in their sentence: "Israeli strikes killed at least 19 people" tells the strikes' dead,
# "attacked the compound, killing 58 people" the attack's (`recognise.killings.counted_killings`).
COUNTED_KILLING = frozenset({"killed", "killing", "kills", "executed", "executing", "massacred", "massacring"})
# ...and after "of" with a verb of accusing before it, whoever is accused: "He accuses northern groups of killing more
# than 150 party members" alleges a killing, as "accused soldiers of killing 400 civilians" does
# (`recognise.killings.counted_killings`; the modality stage marks it alleged).
ACCUSED_OF = ("of", frozenset({"accuse", "accuses", "accused", "accusing"}))
# Of those, the verbs that carry things out too kill only people counted (quantities' VICTIMS_AFTER: "executed more
# than 100 people", "massacred 23 villagers"): "executed 40 missions", "executed 3 attacks" count no dead.
KILLS_PEOPLE_ONLY = frozenset({"executed", "executing", "massacred", "massacring"})
# A count of people by the dozen or the hundred after a verb of killing, a count as quantities' COUNT_AFTER is
# (`recognise.killings.counted_killings`): "its forces had killed dozens of Eritrean soldiers", "killed hundreds of
# civilians"; not "killed dozens of birds", "killed hundreds of hours".
COUNTED_OF_PEOPLE = re.compile(r"\s+(?:(?:many|several|some)\s+)?(?:dozens|scores|hundreds|thousands)\s+of\s+"
                               r"(?:[\w-]+\s+)?(?:people|civilians|soldiers|troops|fighters|rebels|villagers|"
                               r"residents|refugees|men|women|children|prisoners|policemen|officers|militants|"
                               r"guerrillas|protesters|demonstrators|students|workers|worshippers|sailors|marines|"
                               r"servicemen)\b",
                               re.IGNORECASE)
# Killers that are no state's troops nor armed men to `recognise.armed` ("rebels" of a party, "police" who arrest): a
# killing's doer only before a count of people (COUNTED_PEOPLE, COUNTED_OF_PEOPLE), within KILLER_REACH
# words before the verb in its clause: "The rebels killed 40 soldiers near Gulu", "Police killed seven protesters";
# not "Tory rebels killed 40 amendments", "Police killed 300 hours on paperwork".
COUNTED_KILLERS = frozenset({"rebels", "rebel", "police", "policemen", "separatists", "attackers", "raiders",
                             "insurgent", "rioters", "mob", "mobs", "gang", "gangs", "bandits", "pirates",
                             "terrorists", "terrorist", "extremists", "jihadist", "soldier", "troopers", "gunmen"})
# ...the people such killers kill, one of the two words after the count: "killed seven Maoist cadres".
COUNTED_PEOPLE = deaths.DEAD_PEOPLE | frozenset({"cadres", "activists", "supporters", "worshippers", "farmers",
                                                 "miners", "traders", "herders", "pilgrims"})
# A killing of one person by name or office (`recognise.killings.named_killings`): "killed" with armed men, killers
# (COUNTED_KILLERS) or NAMED_KILLERS just before it in its clause, and after it a name of NAMED_WORDS capitalised words
# at most (two at least: "agents killed Ahmed Bouchiki, a waiter") or a determiner of KILLED_DETERMINERS and an office
# of KILLED_OFFICES ("the mutineers killed their commandant"), ending where a mark, the end or a word of
# NAMED_OBJECT_END follows; not "troops killed time", "rebels killed Red Cross workers" (a noun goes on), "The
# committee killed the mayor's plan" (no killer), "Liverpool killed the game off".
NAMED_KILLING = frozenset({"killed"})
NAMED_KILLERS = COUNTED_KILLERS | frozenset({"agents", "assassins", "mutineers", "hitmen", "militiamen", "commandos",
                                             "kidnappers", "hijackers", "guerrillas", "insurgents", "militants"})
NAMED_WORDS = 5  # "shot Prime Minister Maurice Bishop": titles and a name
# s40 review: a run of capitals that opens with a word of NAMED_THING_OPENERS or ends with one of NAMED_THING_ENDS
# names a thing, a plan or a team, no person ("rebels killed Project Titan", "the Army killed Future Combat Systems",
# "the Rebels killed Boise State"; "killed State Senator Juan Perez" is one); a name the gazetteer holds as a place
# or a force is none either ("the Raiders killed Green Bay", "Army killed Air Force").
NAMED_THING_OPENERS = frozenset({"project", "operation", "measure", "proposition", "bill", "program", "programme",
                                 "plan", "scheme", "initiative", "amendment", "resolution", "motion", "treaty"})
NAMED_THING_ENDS = frozenset({"project", "act", "law", "bill", "program", "programme", "plan", "scheme", "initiative",
                              "amendment", "resolution", "treaty", "accord", "deal", "system", "systems", "book",
                              "state", "force", "fund", "festival"})
KILLED_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "our", "a"})
KILLED_OFFICES = frozenset({
    "commandant", "commander", "mayor", "governor", "chief", "chieftain", "headman", "president", "leader", "priest",
    "bishop", "imam", "ambassador", "envoy", "minister", "king", "queen", "sultan", "emir", "prince", "judge",
    "prosecutor", "deputy", "general", "colonel", "captain", "officer", "sheriff", "prefect", "administrator", "consul",
    "editor", "missionary", "abbot", "pastor", "archbishop", "premier", "chairman"})
NAMED_OBJECT_END = frozenset({"in", "on", "at", "near", "outside", "inside", "and", "after", "before", "during", "with",
                              "while", "when", "as", "last", "yesterday", "today", "who", "whom", "because", "by",
                              "early", "late", "that", "there", "then", "shortly", "soon", "within", "for", "of"})
CLAUSE_MARKS = frozenset({",", ";"})  # what parts an adjunct from the clause of a verb of killing
ADJUNCT_OPENERS = frozenset({"after", "before", "following", "during", "amid"})  # an adjunct of time: "after a mutiny,"
# A word of setting free names a release only with no thing put out (PUT_OUT: "the report was never officially
# released") and with a captive (`recognise.senses._no_captive`): a word of RELEASED_PEOPLE, a
# name or a word of HELD as the object after the verb or "release of" (within RELEASED_REACH words, no possessive
# after it: "the release of the men's final results"), or before a passive verb in its sentence: "the FLN leaders
# held in France since 1956 were released", "Hamas released two hostages"; not "Apple released the iPhone", "The
# movie was released", "The win freed the team".
RELEASE_WORDS = frozenset({"released", "freed", "release of"})
RELEASED_PEOPLE = frozenset({"prisoners", "prisoner", "detainees", "detainee", "captives", "captive", "hostages",
                             "hostage", "leaders", "leader", "soldiers", "pilot", "pilots", "men", "women", "children",
                             "civilians", "journalists", "activists", "fighters", "suspect", "suspects", "inmates",
                             "pows", "people"})
HELD = frozenset({"held", "detained", "jailed", "imprisoned", "captured", "kidnapped", "abducted"})
RELEASED_REACH = 4
# Words of putting to death that name a killing only of a person, as RELEASE_WORDS free only captives
# (`recognise.senses._no_one_executed`): "executed Ken Saro-Wiwa", "the execution of eight other men"; not "executed
# the plan", "the execution of the contract".
EXECUTION_WORDS = frozenset({"executed", "execution of", "hanged"})
# ...and a hanging of a likeness kills no one ("the crowd hanged the dictator in effigy": these words in its sentence
# after it), nor an oath's ("I'll be hanged if I know": this word right after it).
NOT_EXECUTED_AFTER = ("in", "effigy")
NOT_EXECUTED_OATH = "if"
# ...and the people one puts to death beside those held ("The Taliban executed a man accused of spying", "executed
# 20 deserters"): a word of them in its object or subject makes it a killing; a thing executed names none.
EXECUTED_PEOPLE = frozenset({"man", "men", "woman", "women", "people", "person", "persons", "civilians", "soldiers",
                             "deserters", "officers", "spies", "rebels", "fighters", "villagers", "suspects",
                             "activists", "dissidents", "opponents", "collaborators", "traitors", "informers",
                             "members", "leaders", "boys", "girls", "children", "youths"})
# ...and so does the noun phrase "killing of" before a count (`recognise.killings.counted_things`): "the killing of at
# least 60 civilians" is a killing, "The killing of two pandas at the zoo" none.
COUNTED_PEOPLE_ONLY = frozenset({"killing of"})
# A verb of killing said of the sides of a conflict ("Tens of thousands of soldiers were killed on both sides")
# tells its toll, no killing of its own: the count is the conflict's (`recognise.killings.toll_of_sides`).
SIDES_TOLL = re.compile(r"\s+(?:[\w-]+\s+)?on\s+(?:both|each|either|all|the\s+two)\s+sides?\b", re.IGNORECASE)
# Armed men kill only within KILLER_REACH words before the verb, in its clause: "Malian troops and foreign
# military personnel killed", not "Army officials said the floods killed 30 people".
KILLER_REACH = 6
VERBS = frozenset({
    "destroyed",
    "attacked", "attacking", "withdrawing", "bomb", "bombed", "shelled", "invaded", "withdraw", "withdraws", "blockaded", "occupied by", "mobilized", "mobilised", "withdrew", "withdrawn", "retreated",
    "pulled out", "deployed", "deploy", "stationed", "displaced", "flee", "fled", "expelled", "arrested",
    "detained", "abducted", "abducting", "kidnapped", "tried", "sentenced", "convicted", "signed", "sign", "retreat",
    "ceded", "handed over", "was given to", "were given to", "was transferred to", "were transferred to",
    "was granted to", "were granted to", "annexed", "initialled", "initialed", "assassinated", "captured", "seized",
    "took control of", "fell to", "met with", "met in", "met at", "met on", "met for", "met again", "met face to face", "besieged", "besieging", "capturing", "shot down", "shooting down", "marched",
    "demonstrated",
    "came into force", "come into force", "comes into force", "entered into force", "enters into force",
    "came into effect", "come into effect", "comes into effect", "took effect", "take effect", "takes effect",
    "made effective", "became effective", "were killed", "was killed", "were reportedly killed", "have been killed",
    "has been killed", "had been killed", "were massacred", "were reportedly massacred", "was executed", "were executed",
    "is killed", "are killed", "hanged",
    *KILLED_WITH_ADVERB,
    "was shot dead", "were shot dead", "encircled", "was sunk", "were sunk", "sank", "sunk", "sinking", "recaptured", "retook", "retaken",
    "surrendered", "capitulated", "looted", "pillaged", "overthrew", "overthrown", "deposed", "seized power",
    "opened fire", "opens fire", "opening fire", "returned fire", "returns fire", "returning fire", "fired", "firing",
    *sorted(ARSON),
    "exploded", "blew up", "blowing up", "blow up", "blows up", "blown up", "ambushed", "ambushing", "liberated",
    "shot", "clashed", "fought", "was murdered", "were murdered", "had been murdered", "has been murdered",
    "have been murdered", "overrun", "resigned", "resigns", "stepped down",
    "steps down", "forced to resign", "meet in", "meet at", "meet again", "meets in", "meets at", "meets again",
    "released", "freed", "evacuated", "called up reservists", "called up reserves", "demobilised", "demobilized",
    "hijacks", "hijacked", "evacuating", "drove", "driven", "arrived", "landed", "proclaimed", "proclaims", "founded", "set up", "sets up", "setting up",
    *COUNTED_KILLING, *dispatches.VERB_FORMS, *deaths.VERB_FORMS, *named_deaths.VERB_FORMS,
    *encounters.CALL_VERB_FORMS, *melee.VERB_FORMS,
})
# A passive verb of killing that is also one of carrying out names no killing after a thing carried out, the word
# just before it: "The evacuation plan was executed", "The contracts were executed" (`recognise.triggers._carried_out`);
# "Two journalists were executed", "Saddam Hussein was executed" are killings.
CARRIED_OUT_PASSIVES = frozenset({("was", "executed"), ("were", "executed")})
CARRIED_OUT = frozenset({"plan", "plans", "order", "orders", "contract", "contracts", "operation", "operations",
                         "strategy", "strategies", "warrant", "warrants", "will", "deal", "deals", "agreement",
                         "agreements", "trade", "trades", "transaction", "transactions", "transfer", "transfers",
                         "program", "programs", "programme", "programmes", "project", "projects", "task", "tasks",
                         "mission", "missions", "manoeuvre", "manoeuvres", "maneuver", "maneuvers", "move", "moves",
                         "policy", "policies", "instruction", "instructions", "command", "commands", "decision",
                         "decisions", "attack", "attacks", "raid", "raids", "strike", "strikes", "search", "scheme",
                         "schemes", "design", "deed", "deeds", "document", "documents", "payment", "payments"})
# "struck" is an attack word but no verb form of VERBS: what struck is often the attack the text already
# told ("a gas cylinder ... struck a residential building", the chemical attack), not a new one.
# What is seized or captured that is no ground held: goods, papers, money, arms (`IDIOM_OBJECTS`).
GOODS = frozenset({"weapons", "arms", "ammunition", "munitions", "explosives", "documents", "files", "papers", "assets",
                   "property", "funds", "cash", "money", "accounts", "drugs", "cocaine", "heroin", "passports",
                   "equipment", "shipment", "shipments", "cargo", "consignment", "contraband", "goods", "cache",
                   "caches", "stockpile", "stockpiles", "quantities", "haul",
                   # a weight or a load of goods: "seized 40 kilos of cocaine", "seized two tonnes of fuel"
                   "kilos", "kilograms", "kg", "tonnes", "tons", "pounds", "grams", "litres", "liters", "barrels",
                   "crates", "containers", "bales", "packets", "sacks"})
# What is captured that is no ground held: a share of trade, a prize, an image, a mind's hold (`IDIOM_OBJECTS`).
CAUGHT = frozenset({"market", "markets", "share", "shares", "attention", "imagination", "imaginations", "title",
                    "titles", "crown", "trophy", "medal", "medals", "championship", "sunset", "sunrise", "image",
                    "images", "moment", "moments", "mood", "spirit", "essence", "scene", "scenes", "footage", "photo",
                    "photos", "picture", "pictures", "likeness", "heart", "hearts", "audience", "audiences", "votes",
                    "vote", "headlines", "interest"})
# What is seized or captured in a race or a contest, no ground held: "The crew seized the lead on the final leg",
# "The crew captured the award for best film" (`IDIOM_OBJECTS`).
WON = frozenset({"lead", "award", "awards", "prize", "prizes"})
# Qualifiers of persuasion and trade that make an act's word a campaign of words or sales, no act of war: "the charm
# offensive", "two marketing offensives", "a diplomatic offensive", "a general mobilization of its sales force"
# (`FIGURATIVE_BEFORE`, `FIGURATIVE_AFTER`; `clauses.FIGURATIVE_KIND` reads them between a demonym and its act).
PERSUASION = frozenset({"charm", "marketing", "advertising", "publicity", "sales", "pr", "public-relations", "media",
                        "commercial", "pricing", "lobbying", "diplomatic", "propaganda"})
# A following mobilised to vote or to give, no men under arms: "mobilised voters", "mobilized its supporters".
RALLIED = frozenset({"voters", "supporters", "donors", "fans", "base", "electorate", "workforce", "staff",
                     "employees"})
# What is put out or let go that is no captive, after a word of RELEASE_WORDS or before its passive
# (`IDIOM_OBJECTS`, `recognise.senses._no_captive`): "released a statement", "the report was never officially released".
PUT_OUT = frozenset({"statement", "statements", "report", "reports", "video", "videos", "footage", "figures", "data",
                     "details", "images", "photos", "photographs", "list", "gas", "chlorine", "toxic", "funds", "album",
                     "film", "book", "results", "findings", "transcript", "document", "documents", "recording", "names",
                     "version"})
# What is killed, shot down or attacked only in a figure, a thing of words, law or markets: "The bill was killed in
# committee", "the minister shot down the proposal", "Shares were shot down", "The senate attacked the budget" (the
# object of the verb, IDIOM_OBJECTS; or the head of a passive's subject, `recognise.triggers._figure_undergone`).
FIGURE_HEADS = frozenset({"proposal", "proposals", "plan", "plans", "idea", "ideas", "bill", "bills", "motion",
                          "motions", "amendment", "amendments", "request", "requests", "rumour", "rumours", "rumor",
                          "rumors", "claim", "claims", "suggestion", "suggestions", "theory", "theories", "hopes",
                          "bid", "bids", "offer", "offers", "argument", "arguments", "notion", "shares", "stocks",
                          "prices", "budget", "legislation", "reform", "reforms", "policy", "policies"})
# The verbs whose figure (FIGURE_HEADS) is told only by the head of their object, in lower case, ending its noun phrase
# (`recognise.triggers._ends_phrase`): "attacked the budget on Monday"; not "attacked the budget office", "attacked the
# reform party's headquarters", "shot Bill Ryan" (real attacks).
FIGURE_VERBS = frozenset({"shot", "attacked", "attacking"})
FIGURE_PASSIVES = frozenset({"was killed", "were killed", "is killed", "are killed", "has been killed",
                             "have been killed", "had been killed", "shot down", "attacked", *KILLED_WITH_ADVERB})
# Verbs that name an event except in an idiom whose noun follows within IDIOM_REACH words: "missiles
# struck the city" is an attack, "struck a deal", "struck a balance" and "struck down" are none.
IDIOM_OBJECTS = {"struck": frozenset({"deal", "deals", "agreement", "accord", "bargain", "compromise", "balance",
                                      "chord", "note", "tone", "pose", "down", "off", "out", "up"}),
                 # a proposal or a rumour shot down, a budget attacked (FIGURE_HEADS)
                 **dict.fromkeys(FIGURE_VERBS, FIGURE_HEADS),
                 "tried": frozenset({"to"}),  # "families who tried to flee": an attempt, no trial
                 "stormed": frozenset({"out", "off"}),  # "the delegation stormed out of the talks"
                 # a dispute: "The soldiers clashed over who would lead the parade", "The army clashed with the
                 # government over pensions" (read to the end of the phrase after the verb: IDIOM_TO_PHRASE_END)
                 "clashed": frozenset({"over"}),
                 # a fire, an illness, a case or a cause fought: "soldiers fought the blaze", "fought cancer"; and a
                 # fight its noun names ("troops fought a battle lasting several hours": the battle is the event)
                 "fought": frozenset({"fire", "fires", "blaze", "blazes", "flames", "wildfire", "wildfires", "cancer",
                                      "illness", "disease", "case", "charges", "ruling", "decision", "tears",
                                      "off", "battle", "battles", "war", "wars", "clash", "clashes",
                                      "skirmish", "skirmishes", "campaign", "campaigns", "duel", "urge", "urges",
                                      "corruption"}),
                 "hit": frozenset({"out", "record", "records", "headlines", "wall", "bottom", "home", "back",
                                   "roadblock", "roadblocks", "snag", "snags"}),
                 # a mood borne: "resigned to defeat", "resigned himself to"
                 "resigned": frozenset({"to", "himself", "herself", "themselves", "itself"}),
                 # goods, papers and hopes destroyed are no attack: "soldiers destroyed the documents", "troops
                 # destroyed seized drugs", "the army destroyed his hopes" (an attack on ground, men or craft)
                 "destroyed": GOODS | FIGURE_HEADS | frozenset({"evidence", "records", "record", "career", "careers",
                                                                "reputation", "morale", "chances", "chance", "lead",
                                                                "confidence", "value", "opposition", "defence",
                                                                "defense", "rivals", "opponents"}),
                 # a belief or a truce proclaimed ("proclaimed his innocence"; "proclaimed an indefinite truce" is the
                 # truce's own act, `recognise.truces`), a founding in principle ("founded on the rule of law"), a
                 # home, a meeting or an account set up
                 **dict.fromkeys(("proclaimed", "proclaims"), frozenset({"innocence", "love", "faith", "support",
                                                                         "intention", "intentions", "commitment",
                                                                         "ceasefire", "cease-fire", "truce"})),
                 "founded": frozenset({"on", "upon"}),
                 # what is put out or let go that is no captive: "released a statement", "released toxic gas",
                 # "freed up"
                 "released": PUT_OUT,
                 "freed": frozenset({"up"}),
                 # words and causes taken over: "hijacked the debate", "hijacking the peace process"
                 **dict.fromkeys(("hijack", "hijacks", "hijacked", "hijacking"), frozenset({
                     "debate", "debates", "agenda", "process", "narrative", "conversation", "discussion", "talks",
                     "meeting", "account", "accounts", "protest", "protests", "movement", "election", "cause"})),
                 **dict.fromkeys(("set", "sets", "setting"), frozenset({
                     "camp", "shop", "home", "house", "residence", "meeting", "meetings", "call", "calls", "interview",
                     "account", "accounts", "website", "page", "profile", "phone", "for", "to", "roadblock",
                     "roadblocks", "checkpoint", "checkpoints", "barricade", "barricades", "post", "posts", "outpost",
                     "outposts", "position", "positions"})),
                 # goods taken and a lead or a prize won are no place taken: "seized weapons and documents",
                 # "captured a cache of arms", "seized the lead"
                 **dict.fromkeys(("seize", "seizes", "seized", "seizing"), GOODS | WON),
                 # ...and what is won, caught on film or held in mind: "capturing market share", "was capturing the
                 # sunset", "captured the imagination of", "captured the title"
                 **dict.fromkeys(("captured", "capturing"), GOODS | CAUGHT | WON),
                 # a staff or a following rallied: "mobilized its sales force", "mobilised voters" (`PERSUASION`)
                 **dict.fromkeys(("mobilized", "mobilised"), PERSUASION | RALLIED),
                 # a temper lost or a thing enlarged: "blew up at reporters", "the talks blew up over", "blew up the
                 # photo"
                 **dict.fromkeys(("blew", "blowing", "blow", "blows"), frozenset({
                     "at", "over", "talks", "deal", "deals", "negotiations", "process", "photo", "photos", "picture",
                     "pictures", "image", "images", "balloon", "balloons", "online", "internet"})),
                 # questions sprung on someone: "was ambushed by reporters", "an ambush interview", "ambush marketing"
                 **dict.fromkeys(("ambush", "ambushes", "ambushed", "ambushing"), frozenset({
                     "reporters", "journalists", "press", "paparazzi", "photographers", "questions", "question",
                     "interview", "interviews", "marketing", "fans", "critics", "hecklers"}))}
IDIOM_REACH = 3
# Words that make an idiom of the verb only right after it (`recognise.triggers._idiom`): a cause or a game fought
# ("The soldiers fought for their pensions", "The militia fought over the spoils", "fought hard in the final", "Army
# fought back to beat Navy"); after its object they tell when or where ("troops fought rebels for two days").
IDIOM_NEXT = {"fought": frozenset({"for", "over", "hard", "back"}),
              # a body that keeps a matter before it: "Decides to remain actively seized of (or with) the matter"
              "seized": frozenset({"of", "with"}),
              # "a pound of rice", "the pound sterling"; fists on a door: "soldiers pounded on the doors"
              "pound": frozenset({"of", "sterling", "on"}), "pounded": frozenset({"on"}), "pounding": frozenset({"on"})}
# Arson is an attack only where a building, a dwelling, a settlement or vehicles burn (`recognise.arson`): a word of
# ARSON_OBJECTS within ARSON_REACH words after the words of ARSON: "set fire to the church", "torched three villages";
# not "set fire to the brandy", "set fire to his fields to clear them", "Critics torched the budget plan".
ARSON_OBJECTS = frozenset({"church", "churches", "mosque", "mosques", "village", "villages", "town", "houses", "house",
                           "homes", "home", "huts", "buildings", "building", "market", "shops", "school", "schools",
                           "hospital", "station", "office", "offices", "headquarters", "embassy", "camp", "camps",
                           "vehicles", "cars", "trucks", "tanks", "neighbourhood", "neighborhood", "library",
                           "palace", "consulate", "parliament"})
ARSON_REACH = 7  # words of the burnt thing's phrase
# A founding whose object is an act the lexicon names is that act's beginning, no second event: "The Israeli government
# set up a commission of inquiry" is the inquiry (`recognise.senses._founds_an_act`); within FOUNDED_ACT_REACH words
# before a word of OBJECT_STOPS.
FOUNDING_CLASSES = frozenset({"Founding"})
FOUNDED_ACT_REACH = 4
# ...and one names a founding only of a body (`recognise.senses._no_body`): a word of BODIES or a name in its object
# (within FOUNDED_ACT_REACH words) or before its passive verb: "RENAMO was set up", "set up a mechanism", "the
# creation of a United Nations Emergency Force"; not "set up my new laptop", "He was set up by his friends", "the
# creation of jobs", "the formation of ice", "set up a company".
BODIES = frozenset({"commission", "commissions", "force", "forces", "council", "councils", "committee", "committees",
                    "government", "governments", "movement", "movements", "party", "parties", "front", "army",
                    "armies", "militia", "militias", "mechanism", "mechanisms", "tribunal", "tribunals", "court",
                    "administration", "authority", "alliance", "coalition", "mission", "brigade", "brigades",
                    "guard", "republic", "state", "junta", "assembly", "parliament"})
# A word hijacked names an abduction only of a craft (`recognise.senses._no_craft`): its object, the thing of "the
# hijacking of", or its passive subject, one of CRAFT: "hijacks three airliners", "The plane was hijacked"; not
# "The virus hijacks the cell's machinery", "The bill was hijacked by lobbyists".
HIJACKS = frozenset({"hijack", "hijacks", "hijacked", "hijacking", "hijackings"})
# The nouns of HIJACKS, whose craft follows "of" (HIJACKED_OF): "the hijacking of an airliner".
HIJACK_NOUNS = frozenset({"hijacking", "hijackings"})
HIJACKED_OF = "of"
CRAFT = frozenset({"airliner", "airliners", "plane", "planes", "airplane", "airplanes", "aircraft", "jet", "jets",
                   "jetliner", "flight", "flights", "helicopter", "helicopters", "bus", "buses", "coach", "ship",
                   "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "boat", "boats", "ferry", "ferries",
                   "train", "trains", "truck", "trucks", "lorry", "lorries", "car", "cars", "vehicle", "vehicles",
                   "convoy", "convoys", "liner", "yacht"})
CRAFT_REACH = 5
# A word of deploying or stationing said of a civil craft, a device, a tool or civilians at their work deploys no
# force (`recognise.senses._unarmed_deployed`): "The airliner was stationed at Anchorage", "The crew deployed the
# landing gear", "The bank deployed new software", "The parachute deployed at 3,000 feet", "The correspondent was
# stationed in Paris", "Firefighters were deployed to the blaze"; not "Israel deployed planes over Gaza", "The navy
# deployed two frigates" (armed men, a weapon or an armed name in the clause; a jet is a weapon).
DEPLOYING = frozenset({"deployed", "deploy", "deploys", "deploying", "stationed"})
UNARMED_DEPLOYED = frozenset({"airliner", "airliners", "jetliner", "jetliners", "plane", "planes",
                              "airplane", "airplanes", "flight", "flights", "boeing", "airbus", "gear", "parachute",
                              "parachutes", "airbag", "airbags", "software", "app", "apps", "sensor", "sensors",
                              "servers", "technology", "technologies", "tools", "system", "systems", "network",
                              "capital", "cash", "funds", "satellite", "satellites", "probe", "rover", "buoys",
                              "update", "updates", "patch", "code", "firefighters", "correspondent", "correspondents",
                              "reporters", "journalists", "diplomat", "diplomats", "technicians"})
# A club's new signing is a player it signed, no signing of an accord (`recognise.senses._player_signed`): a noun of
# signing after a word of news and a possessive: "The club's new signing scored on his debut", "United's latest
# signings"; not "A new signing date of 29 November passed", "the new signing ceremony".
PLAYER_SIGNINGS = frozenset({"signing", "signings"})
NEWLY_SIGNED = frozenset({"new", "latest", "marquee", "record", "summer"})
# A club that signs a player, and a player it signs, sign no accord (`recognise.senses._player_signed`): a verb of
# signing whose object, in the next SIGNED_PLAYER_REACH words, is one of SIGNED_PLAYERS ("Chelsea signed the striker
# from Lyon", "signed a new goalkeeper"); "signed the accord with the players' union" names an accord first.
SIGNED_PLAYERS = frozenset({"striker", "strikers", "midfielder", "midfielders", "defender", "defenders", "goalkeeper",
                            "goalkeepers", "winger", "wingers", "forward", "forwards", "quarterback", "pitcher",
                            "player", "players", "coach", "manager", "rookie", "free-agent", "centre-back",
                            "center-back", "full-back", "playmaker", "batsman", "bowler"})
SIGNED_VERBS = frozenset({"signed", "sign", "signs", "signing"})
SIGNED_PLAYER_REACH = 4
# Volunteers who sign up for a race or a course sign no accord (`recognise.senses._signed_up`): a verb of signing, then
# SIGNED_UP and one of SIGNED_UP_JOINING ("signed up for the marathon", "signed up as a volunteer", "signed up."), or
# SIGNED_UP_TO with no accord's word in the SIGNED_PLAYER_REACH words after ("Members signed up to the pension
# scheme"; "Hamas signed up to the truce" signs one).
SIGNED_UP = "up"
SIGNED_UP_JOINING = frozenset({"for", "as", "with", ".", ","})
SIGNED_UP_TO = "to"
# Animals, plants and germs that invade a land, and crowds that invade a pitch or a shop, invade in another sense, no
# attack (`recognise.senses._pest`): "the invasion of the cane toad", "Locusts invaded the farms of Kenya", "an
# invasion of jellyfish", "Fans invaded the pitch", "Shoppers invaded the store"; a word of INVADING_PESTS within
# PEST_REACH words of a word of invading (INVADING), written in lower case ("The Desert Rats invaded" are soldiers).
INVADING = frozenset({"invasion", "invasions", "invaded", "invade", "invades", "invading"})
INVADING_PESTS = frozenset({"toad", "toads", "locust", "locusts", "weed", "weeds", "species", "ants", "beetle",
                            "beetles", "rats", "rabbits", "jellyfish", "mussels", "algae", "insects", "pests",
                            "termites", "mice", "starlings", "seaweed", "lionfish", "carp", "fungus", "fungi",
                            "bacteria", "mosquitoes", "wasps", "hornets", "pythons", "snails", "moths", "aphids",
                            "knotweed", "hogweed", "squirrels", "crabs", "boar", "pitch"})
PEST_REACH = 4
# ... crowds only as the subject of a verb of invading, before it: "Fans invaded the pitch"; not "Supporters of the
# invasion of Iraq argued", "The invasion stranded thousands of tourists" (an attack still).
INVADING_CROWDS = frozenset({"fans", "supporters", "spectators", "shoppers", "tourists"})
INVADING_VERBS = frozenset({"invaded", "invade", "invades", "invading"})
# A lift by air or sea names a deployment only with troops, weapons or supplies in its sentence
# (`recognise.senses._no_cargo`): "Moscow began an airlift and sealift that delivered arms"; not "A helicopter airlift
# of the injured hiker", "The token airdrop was announced", "She sent the photo by AirDrop".
LIFTS = frozenset({"airlift", "airlifts", "sealift", "airdrop", "airdrops"})
CARGO = frozenset({"supplies", "aid", "food", "arms", "ammunition", "equipment", "materiel", "provisions",
                   "medicine", "medicines", "fuel", "reinforcements", "weapons"})
# ...or people flown out of danger or home (`recognise.senses._no_cargo`): "the airlift that had brought home some
# 170,000 Mauritanians", "an airlift of refugees"; not "A helicopter airlift of the injured hiker".
LIFTED_PEOPLE = frozenset({"refugees", "civilians", "nationals", "citizens", "evacuees", "returnees", "expatriates",
                           "foreigners", "survivors"})
# ...and the pairs of words that tell them: "brought home", "the wounded"; not "a wounded climber", "near his home".
LIFTED_PAIRS = frozenset({("brought", "home"), ("bring", "home"), ("brings", "home"), ("flew", "home"),
                          ("flown", "home"), ("ferried", "home"), ("the", "wounded")})
# A mutiny is one of armed men (`recognise.senses._no_mutineers`): a word of them, an armed name or one of
# MUTINY_HOLDERS in its sentence ("the mutiny at the barracks"), not before a noun it qualifies (MUTINY_QUALIFIED):
# not "Backbench MPs staged a mutiny over the budget", "The mutiny charges against the sailors were dropped".
MUTINIES = frozenset({"mutiny", "mutinies", "mutinied"})
MUTINY_HOLDERS = frozenset({"barracks", "garrison", "garrisons", "regiment", "battalion", "brigade", "ship", "ships",
                            "fleet", "warship", "warships", "mutineers", "navy", "camp"})
MUTINY_QUALIFIED = frozenset({"charge", "charges", "trial", "trials", "act", "case", "cases", "law", "laws"})
# Words of sport's senses as well (`recognise.senses._sporting`, `CLAUSES.SPORTING`): "Celtic and Rangers met again in
# the cup final" tells a game, "The England coach called up reserves for the final" a squad picked, "The striker's late
# strike won the final" a shot at goal, "The Army XV destroyed the Navy in the annual match" a rout.
SPORTING_SENSES = frozenset({"met", "meet", "meets", "called up reservists", "called up reserves",
                             "call-up of reservists", "call-up of reserves", "strike", "strikes", "destroyed"})
# A present "meet" names a meeting only of people (`recognise.senses._no_meeters`): a word of MEETERS or a name within
# KILLER_REACH words before it in its sentence, and no habit (a word of HABITUAL in its sentence): "Arab leaders meet
# at the invitation of Nasser", "They are due to meet again in June"; not "The two roads meet at the junction",
# "Let's meet at the cafe", "The committee meets in Brussels every month".
MEET_NOW = frozenset({"meet", "meets"})
MEETERS = frozenset({"they", "we", "leaders", "ministers", "presidents", "premiers", "envoys", "delegations",
                     "delegates", "negotiators", "officials", "representatives", "heads", "sides", "mediators",
                     "generals", "commanders", "chiefs", "diplomats", "governments", "states", "countries", "parties",
                     "both", "rebels"})
HABITUAL = frozenset({"every", "each", "usually", "often", "regularly", "weekly", "monthly"})
# A verb of proclaiming names a proclamation only of a state or a holder of power
# (`recognise.senses._nothing_proclaimed`): a word of PROCLAIMED in its object (IDIOM_PHRASE_REACH words) or, passive,
# before it in its sentence: "proclaimed independence", "proclaimed Gbagbo president", "proclaimed an Islamic state",
# "Algeria's independence ... was proclaimed"; not "proclaimed her a genius", "proclaimed a day of mourning".
PROCLAIMING = frozenset({"proclaimed", "proclaims"})
PROCLAIMED = frozenset({"independence", "republic", "state", "emirate", "caliphate", "autonomy", "sovereignty",
                        "kingdom", "empire", "secession", "president", "king", "queen", "emperor", "ruler", "leader",
                        "head", "prime", "government", "regime", "sultan", "caliph", "emir", "chairman", "regent"})
# An election word before one of these names what belongs to an election, no voting told
# (`recognise.senses._election_thing`): "The election campaign focused on jobs", "the election results".
ELECTION_WORDS = frozenset({"election", "elections"})
ELECTION_THINGS = frozenset({"campaign", "campaigns", "campaigning", "promise", "promises", "pledge", "pledges",
                             "result", "results", "manifesto", "manifestos", "poster", "posters", "law", "laws",
                             "commission", "official", "officials", "rally", "rallies", "debate", "debates", "slogan",
                             "season", "year", "cycle", "ad", "ads", "spending"})
# Gunfire names a clash only with armed men, a weapon, an armed name or a known place in its clause
# (`recognise.senses._unarmed_gunfire`): "Gunfire could still be heard in parts of Abidjan"; not "The film is full of
# gunfire and car chases", "Celebratory gunfire rang out at the wedding".
GUNFIRE = frozenset({"gunfire"})
# A word of fighting that is a compound's head after a hyphen names no clash: "fire-fighting techniques",
# "in-fighting", "bull-fighting".
HEAD_AFTER_HYPHEN = frozenset({"fighting"})
# ...but for these verbs to the end of their object's noun phrase, a word of OBJECT_STOPS or a mark, within
# IDIOM_PHRASE_REACH words: "Russia blew up the grain corridor talks in Istanbul", "blew up the peace process".
IDIOM_TO_PHRASE_END = frozenset({"blew", "blowing", "blow", "blows", "proclaimed", "proclaims", "clashed"})
# ...or, for these, to its first preposition, past "and" between its qualifiers: "The Red Army fought a long and bloody
# battle for the city" (the battle is the event), "troops fought rebels for two days" (no fight noun before "for")
IDIOM_TO_PREPOSITION = frozenset({"fought"})
# ...past one of these right after the verb: "Turkish soldiers fought in the war" takes part in the war the noun names;
# "troops fought in the streets" still clashed
IDIOM_WITHIN = frozenset({"in", "during", "throughout"})
IDIOM_PHRASE_REACH = 6
# An idiom's noun that qualifies a vehicle or a place just after it is no object of its own: "seized the cargo ship
# Galaxy Leader", "captured a Russian ammunition depot", "seized the weapons factory" take the ship, the depot (a
# capture); "seized weapons and documents" takes goods.
IDIOM_QUALIFIED = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters",
                             "boat", "boats", "barge", "barges", "truck", "trucks", "lorry", "lorries", "train",
                             "trains", "plane", "planes", "aircraft", "convoy", "convoys", "depot", "depots", "base",
                             "bases", "factory", "factories", "plant", "plants", "warehouse", "warehouses", "dump",
                             "dumps", "store", "stores", "storehouse", "facility", "facilities", "port", "terminal",
                             "airfield", "airport", "compound", "site", "sites"})
# Idiom words that name a reply, in words unless a weapon is what it is made with: "Israel hit back at the United
# Nations" is none, "Russia hit back with missiles", "Iran hit back with a barrage of drones" are attacks.
REPLIES = frozenset({"back"})
# The nouns of a warship: a word that names one only with the word before it ("aircraft carrier", "landing ship",
# "patrol boat") is listed as the pair: "the carrier cut flights" is an airline. What a verb of sinking must sink to
# name an attack: `claimgraph.lang.en.sinkings`.
WARSHIPS = frozenset({"warship", "warships", "cruiser", "cruisers", "destroyer", "destroyers", "frigate", "frigates",
                      "corvette", "corvettes", "battleship", "battleships", "submarine", "submarines", "gunboat",
                      "gunboats", "flagship", "minesweeper", "minesweepers", "aircraft carrier", "aircraft carriers",
                      "landing ship", "landing ships", "landing craft", "patrol boat", "patrol boats", "patrol ship",
                      "patrol ships", "patrol vessel", "patrol vessels", "missile boat", "missile boats"})
OBJECT_STOPS = frozenset({"as", "near", "off", "in", "at", "on", "after", "before", "when", "while", "because", "since",
                          "and", "or", "but", "with", "by", "to", "from", "into", "under", "during", ",", ";", "."})
SUBJECT_REACH_BACK = 12  # the words before a passive verb, in its sentence, where its subject may stand
# The words that end the object of a word of RELEASE_WORDS, BODIES' foundings, HIJACKS or PROCLAIMING
# (`recognise.senses._undergoer`): OBJECT_STOPS and "for" ("the release of funds for Goma").
UNDERGOER_STOPS = OBJECT_STOPS | frozenset({"for"})
# Words that name an event except after a qualifier that makes them figurative or a matter of business,
# within FIGURATIVE_REACH words before: "a diplomatic coup for Qatar", "a publicity coup" are a success, no
# seizure of power; "a backbench rebellion over the budget", "a shareholder revolt" are votes against, no
# armed conflict; "the merger deal collapsed", "a record deal" bind no sides of a conflict; "a trade war between
# the US and China", "a price war among airlines", "a turf war" are rivalries, no fighting.
_DISSENTERS = frozenset({"backbench", "backbencher", "backbenchers", "shareholder", "shareholders", "party", "investor",
                         "investors", "internal", "tax", "taxpayer", "taxpayers", "consumer", "consumers", "voter",
                         "voters", "parliamentary", "cabinet", "boardroom", "staff", "employee", "fan", "fans",
                         "grassroots"})
_RIVALRIES = frozenset({"trade", "price", "tariff", "tariffs", "turf", "culture", "bidding", "currency", "tax",
                        "talent", "console", "streaming", "browser", "format", "patent", "ratings", "subsidy", "chip",
                        "tech"})
# A raid by the law ("The FBI raid on Trump's Mar-a-Lago estate", "a police raid", "a tax raid", "a raid by
# customs officers") is a search, no act of war; "an air raid", "the Hamas raid", "a raid by Indian warplanes" are.
_ENFORCERS = frozenset({"police", "policemen", "fbi", "tax", "customs", "immigration", "drug", "drugs", "narcotics",
                        "anti-drug", "anti-corruption", "corruption", "antitrust", "regulators", "regulatory",
                        "sheriff", "sheriffs", "swat", "detectives", "inspectors", "prosecutors", "ice", "dea", "atf",
                        "irs"})
# A summit climbed or taken is a mountain's top, no meeting: "soldiers reached the summit early on Sunday".
_CLIMBS = frozenset({"reached", "reach", "reaching", "climbed", "climb", "climbing", "scaled", "scale", "scaling",
                     "captured", "recaptured", "seized", "stormed", "mountain", "hill", "snowy", "rocky"})
FIGURATIVE_BEFORE = {"coup": frozenset({"diplomatic", "political", "publicity", "propaganda", "relations", "pr",
                                        "media", "marketing", "commercial", "electoral", "personal", "symbolic"}),
                     **dict.fromkeys(("rebellion", "rebellions", "uprising", "uprisings", "revolt", "revolts"),
                                     _DISSENTERS),
                     "deal": frozenset({"merger", "takeover", "buyout", "acquisition", "trade", "business",
                                        "commercial", "record", "recording", "book", "publishing", "film", "movie",
                                        "sponsorship", "endorsement", "tv", "television", "broadcasting", "media",
                                        "licensing", "transfer", "shirt", "contract", "financing", "loan"}),
                     **dict.fromkeys(("war", "wars", "conflict", "conflicts"), _RIVALRIES),
                     **dict.fromkeys(("raid", "raids"), _ENFORCERS),
                     **dict.fromkeys(("summit", "summits"), _CLIMBS),
                     **dict.fromkeys(("offensive", "offensives", "counteroffensive", "counteroffensives",
                                      "mobilization", "mobilisation"), PERSUASION),
                     # "a media ambush", "a procedural ambush in the Senate": a surprise of words or votes
                     **dict.fromkeys(("ambush", "ambushes"), frozenset({"media", "press", "political", "procedural",
                                                                        "legislative", "parliamentary", "verbal"}))}
FIGURATIVE_REACH = 2
# ...or, for FIGURATIVE_AFTER's words, by a qualifier of its kind within FIGURATIVE_REACH words after the word that
# follows them: an agent after "by" ("a raid by police", "a raid by FBI agents"), whom "of" mobilises ("a general
# mobilization of its sales force"; "a general mobilization of all able-bodied citizens" is one).
FIGURATIVE_AFTER = {**dict.fromkeys(("raid", "raids"), "by"), **dict.fromkeys(("mobilization", "mobilisation"), "of")}
# Verbs that name an attack only with a weapon or armed men as their active subject, within
# ARMED_REACH words before: "Iraqi missiles struck Tehran", not "an earthquake struck eastern Turkey",
# "the agreement struck in Doha", nor a passive unless a weapon is its agent ("a deal was struck", "Ukraine was
# hit by sanctions"; "Kyiv was struck by missiles" is an attack).
WEAPONS = frozenset({"missile", "missiles", "rocket", "rockets", "shell", "shells", "bomb", "bombs", "drone", "drones",
                     "aircraft", "jet", "jets", "warplane", "warplanes", "helicopter", "helicopters", "gunships",
                     "artillery", "airstrike", "airstrikes", "mortar", "mortars", "projectile", "projectiles",
                     "munitions", "landmine", "landmines", "grenade", "grenades", "explosives", "ied", "ieds"})
# (not the adjective "explosive": "an explosive report hit the government", "an explosive fire killed 12 workers")
# "fighters stormed a school", not "protesters stormed"
ARMED_SUBJECT = frozenset({"struck", "hit", "stormed", "destroyed"})
# Of those, the ones whose passive tells an attack with no agent too, where a war craft is what underwent it, within
# ARMED_REACH words before the auxiliary (`recognise.triggers._nothing_destroyed`): "most of Egypt's planes were
# destroyed on the ground", "four helicopters had been destroyed at the airfield" (not "tanks": a brewery's too), or
# with armed men or a weapon after "by" ("the village was destroyed by government troops"); their active needs armed
# men at the head of its subject. Not in a sentence of a fire, a storm, a mishap or a drill (DESTROYED_MISHAPS,
# deaths.DISASTERS, DESTROYED_NO_WAR: "Two planes were destroyed in the hangar fire", "jets were destroyed when the
# hurricane hit the base", "the old warship was destroyed as a target in an exercise", "The jet crashed and was
# destroyed") nor of a craft's end of service ("the jets were destroyed under the treaty", "scrapped", "The old radar
# was destroyed and replaced by a new one").
DESTROYED = frozenset({"destroyed"})
DESTROYED_CRAFT = frozenset({"plane", "planes", "aircraft", "jet", "jets", "warplane", "warplanes", "helicopter",
                             "helicopters", "gunships", "mig", "migs", "bomber", "bombers",
                             "bunker", "bunkers", "artillery", "howitzers", "launchers", "airfield", "airfields",
                             "radar", "radars"}) | frozenset(w for w in WARSHIPS if " " not in w)
DESTROYED_MISHAPS = BURNING_THINGS | deaths.DISASTERS | frozenset({"treaty", "tornado", "tornadoes", "quake", "hail",
                                                                   "crashed", "crashing", "volcano", "eruption",
                                                                   "erupted", "replaced", "replacing", "dismantled",
                                                                   "retired"})
# Of those, the words that tell what was destroyed or why, no war in any voice, with armed men as the subject too
# ("Troops destroyed infected birds", "the army destroyed guns handed in under the amnesty", "in a drill"); and an
# accord destroyed under (DESTROYED_UNDER after "under" and DESTROYED_UNDER_REACH words: "destroyed 300 tanks under the
# treaty"). A mishap's word of DESTROYED_MISHAPS alone does not undo an active with armed men as its subject: "The
# militia destroyed the police station, in breach of the treaty", "Fighters destroyed the bridge and set the barracks
# on fire" are attacks.
DESTROYED_NO_WAR = frozenset({"scrapped", "scrapping", "decommissioned", "museum", "demolition", "demolished", "test",
                              "exercise", "exercises", "drill", "drills", "infected", "cull", "culled", "culling",
                              "eradication", "amnesty", "disarmament", "disposal"})
DESTROYED_UNDER = frozenset({"treaty", "treaties", "agreement", "accord", "deal"})
DESTROYED_UNDER_REACH = 3
# A craft told shot down (DOWNED, in the passive's sentence before it or in the DOWNED_SENTENCES sentences before) and
# then told destroyed in the passive, as one known ("the plane", "it": a word of DOWNED_DEFINITE), is the shootdown's
# end, no second attack: "the Vincennes shot down an Iranian airliner. The plane was destroyed by two missiles", "shot
# down the airliner. It was destroyed in the air" (the subject a word of DOWNED_CRAFT, a capital allowed: "The Boeing
# 747 was destroyed", within ARMED_REACH words before the auxiliary); not "Four planes were destroyed on the ground".
DOWNED = frozenset({"shot down", "shoot down", "shoots down", "shooting down", "downed", "brought down",
                    "bring down", "bringing down"})
DOWNED_SENTENCES = 2
DOWNED_DEFINITE = frozenset({"the", "it", "which", "its"})
DOWNED_CRAFT = DESTROYED_CRAFT | frozenset({"airliner", "airliners", "airbus", "boeing", "drone", "drones", "flight",
                                            "it", "which"})
# Verbs that name an attack only with a weapon as their subject's head, the word right before them, after no
# preposition of its noun phrase (`recognise.armed.weapon_head`): "a landmine exploded under a crowded bus", "a car
# bomb exploded"; not "the market exploded", "Sales of consumer drones exploded", "the market for fireworks and
# explosives exploded", "Ukraine's drone industry exploded".
WEAPON_SUBJECT = frozenset({"exploded"})
PREPOSITIONS = frozenset({"of", "for", "in", "on", "at", "from", "with", "by", "to", "into", "about", "over", "under",
                          "near", "among", "against"})
HEAD_OPENERS = frozenset({"a", "an"})  # "in the market a bomb exploded": the phrase the weapon heads opens here
ARMED_REACH = 4
# ...or, for NAMED_SUBJECT only, an actor the gazetteer knows as armed just before it ("Russia struck", "The Houthis
# struck"; "Russia hit" is as often inflation or critics hit), or a weapon it strikes with within ARMED_AFTER_REACH
# words after it ("struck Kharkiv with missiles").
NAMED_SUBJECT = frozenset({"struck"})
WITH_WEAPON = frozenset({"with"})
BY_WEAPON = frozenset({"by"})  # the passive's agent: "was struck by Russian missiles"
ARMED_AFTER_REACH = 6
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs that name an attack only with armed men, a weapon or an armed name as their active subject in their clause
# (`armed.armed_subject`): "ISIS militants blew up the al-Nuri mosque", "accused Russia of blowing up the dam",
# "Taliban fighters ambushed a convoy"; not "the minister blew up the budget", "the striker ambushed the keeper". A
# word of armed men or a weapon that qualifies the noun after it arms no one ("The Army football team blew up a lead",
# "The drone startup blew up its valuation"). A passive needs armed men or a party of AMBUSHED_PARTIES as its subject
# ("a patrol was ambushed near the border") or an armed agent after "by" ("was ambushed by Taliban fighters"; not "The
# CEO was ambushed by activists", "Liverpool were ambushed by a late Chelsea goal"); the noun "ambush" needs one of
# them in its clause ("killed in an ambush on a convoy"; not "walked into an ambush at the hearing").
ARMED_ACTORS = frozenset({"blew", "blowing", "blow", "blows", "ambushed", "ambushing", "shot", "clashed",
                          # "artillery pounded the town", not "the rain pounded the coast"
                          "pound", "pounded", "pounding",
                          # fire given back: "the Djiboutian Armed Forces returned fire", not "The senator returned
                          # fire at his critics" (the noun "our return fire" names the reply told)
                          "return", "returned", "returns", "returning",
                          # "a small group of ZANU guerrillas fought the Rhodesian police near Sinoia", not "The union
                          # fought the reform", "Nadal fought back"; no fire, illness or case fought (IDIOM_OBJECTS)
                          "fought",
                          # a craft or a building blown up in the passive (BLOWN_UP: "a Pan Am jet is blown up in
                          # Cairo"; not "The photo was blown up to poster size")
                          "blown"})
# ...but the noun after an owner (ADVANCE_OWNERS) names the reply told: "What damage did our return fire do?"
OWNED_NOUNS = frozenset({"return"})
BLOWN = frozenset({"blown"})
# ...and its active phrases, whoever does it, with a craft or a building as their object (`recognise.triggers.
# _blew_up_a_building`): "The PFLP blows up the empty aircraft at Dawson's Field".
BLOWN_ACTIVE = frozenset({"blew up", "blows up", "blow up", "blowing up"})
# ...but not a building pulled down on purpose: a word of DEMOLITIONS in the sentence ("Contractors blew up the old
# cooling tower in a controlled demolition").
DEMOLITIONS = frozenset({"demolition", "demolitions", "demolish", "demolished", "demolishing", "implosion"})
BLOWN_UP = CRAFT | frozenset({"bridge", "bridges", "building", "buildings", "embassy", "pipeline", "pipelines", "dam",
                              "mosque", "church", "depot", "depots", "barracks", "station", "hotel", "plant", "tower",
                              "towers", "tunnel", "tunnels", "railway", "road", "headquarters", "base", "bunker"})
# ...the head of its subject (`recognise.triggers._subject_head`), and no word of a demolition or of words within
# KILLER_REACH words after it: not "The tower was blown up by the demolition company", "The old power station was blown
# up to make way for houses", "The road was blown up out of proportion", "The station was blown up into a scandal".
NOT_BLOWN_UP = frozenset({"demolition", "demolitions", "demolished", "way", "proportion", "scandal", "scandals",
                          "press", "media", "inflation", "size"})
# "who fought at Verdun": a relative describes the men, it tells no clash of its own
# (`recognise.triggers._unarmed_actor`)
RELATIVES = {"fought": frozenset({"who", "that", "which"})}
# Fire returned in words: a word of a dispute within KILLER_REACH words after "return fire" or "fired back"
# (`recognise.triggers._retort_after`): "The army returned fire at critics of the budget", "Militants returned fire in
# the war of words", "The soldiers fired back at the reporters' questions".
RETURNED_FIRE = frozenset({"fire"})
RETORTS = frozenset({"critic", "critics", "words", "letter", "letters", "lawsuit", "lawsuits", "minister", "mayor",
                     "press", "media", "reports", "report", "statement", "statements", "tweet", "tweets", "opponents",
                     "rivals", "accusations", "claims", "question", "questions", "remarks", "comments", "criticism",
                     # a quarrel's own words: "The army fired back in the dispute over pensions" (no "row": "fired
                     # back at a row of houses")
                     "dispute", "disputes", "debate", "feud", "spat", "argument", "controversy"})
# Of those, the words that name an attack so only as a trigger of one word: "gunmen shot and critically wounded its
# ambassador", "the ambassador was shot by gunmen"; not "the director shot a film"; "shot down" and "was shot dead"
# are phrases of the lexicon with rules of their own.
ARMED_ALONE = frozenset({"shot"})
AMBUSHES = frozenset({"ambush", "ambushes"})
AMBUSHED_PARTIES = frozenset({"patrol", "patrols", "convoy", "convoys", "column", "columns", "police", "policemen"})
# Words between a word of armed men and the verb that leave it the subject's head, no qualifier of a noun after it:
# "troops later blew up", "militants who ambushed", "soldiers had ambushed", "militants in the party" (any adverb in
# -ly, any word of PREPOSITIONS too; `recognise.armed.armed_head`).
HEAD_GAP = frozenset({"had", "has", "have", "then", "later", "also", "again", "once", "soon", "still", "who", "which",
                      "that", "and", "the", "a", "an", "its", "their", "his", "her"})
# Verbs that name an attack only with a weapon as their object, within WEAPON_OBJECT_REACH words after them before a
# word of OBJECT_STOPS, the weapon ending its noun phrase (`recognise.triggers._unweaponed`): "Iran fired about 180
# ballistic missiles at Israel", "Hezbollah fired rockets, anti-tank missiles and drones"; not "fired the coach",
# "fired off an email", "fired its rocket scientist"; in the passive a weapon before it: "two rockets were fired".
WEAPON_OBJECT = frozenset({"fired", "firing", "fire", "fires"})
WEAPON_OBJECT_REACH = 5
# A barrage is one of fire only with no "of" after it or a weapon or ammunition after its "of", within
# WEAPON_OBJECT_REACH words (`recognise.senses._barrage_of_words`): "A second North Korean barrage began at 3:10 p.m.",
# "a barrage of rockets"; not "a barrage of criticism", "faced a barrage of questions".
BARRAGES = frozenset({"barrage", "barrages"})
BARRAGE_OF = frozenset({"of"})
# ...and a barrage alone is a dam with one of these in its sentence and no armed words in its clause
# (`recognise.senses._unarmed_barrage`): "The Thames Barrier is a barrage across the river", "The Cardiff Bay barrage
# was completed in 1999".
BARRAGE_DAMS = frozenset({"river", "rivers", "bay", "estuary", "dam", "dams", "tidal", "water", "waters", "lake",
                          "barrier", "built", "completed", "construction", "across", "hydroelectric", "irrigation"})
# What a gun fires, no weapon of its own, counted as one after a verb of WEAPON_OBJECT only, by the same tests: "North
# Korean coastal artillery fired about 170 rounds at Yeonpyeong Island"; not "Woods fired rounds of 68 and 70", "the
# striker fired three shots at the keeper". In the passive it is fired at a target after a word of FIRED_AT that is no
# target (`recognise.triggers._fired_at_target`: a place, a craft, armed men or FIRED_TARGETS): "Shots are fired at
# King Hussein's motorcade"; not "Twelve shots were fired at goal", "Shots were fired at dawn to start the race". NETS:
# the goals of a game ("a barrage of shots on goal").
AMMUNITION = frozenset({"rounds", "shots", "bullets", "volleys", "salvos", "salvoes"})
FIRED_TARGETS = frozenset({"motorcade", "motorcades", "convoy", "convoys", "patrol", "patrols", "positions", "post",
                           "posts", "checkpoint", "checkpoints", "crowd", "crowds", "protesters", "demonstrators",
                           "police", "policemen", "civilians", "villagers", "car", "cars", "vehicle", "vehicles",
                           "bus", "house", "houses", "embassy"})
NETS = frozenset({"goal", "goals", "net", "nets", "basket", "baskets", "hoop", "keeper", "goalkeeper", "target",
                  "targets"})
# ...and, active, with armed men or an armed name as its subject ("Iran fired", "Hamas denied firing") or a target or a
# place it is fired from after the weapon, past a word of FIRED_AT: a known place, a held place, a vessel ("firing
# rockets on Zagreb", "fired a missile at a tanker"); "Harry Kane fired a rocket into the top corner", "Djokovic fired
# missiles from the baseline" name none; nor does "fired up" (started: "Amazon fired up its delivery drones").
FIRED_AT = frozenset({"at", "on", "into", "onto", "towards", "toward", "from", "across", "against"})
FIRED_PARTICLES = frozenset({"up"})
# The verb right before one of FIRED_UPON with armed men or an armed name as its subject fires at a target, no weapon
# named (`recognise.triggers._fired_upon`): "Indian troops fired on Pakistani posts", "the militia fired at the
# convoy"; not "The coach fired at the referee", nor at a time ("Troops fired at dawn to salute the king"). Men of
# order who carry arms fire so too, no armed men elsewhere (FIRING_GUARDS: "security police fired on the crowd"). The
# verb's past forms only (FIRED_UPON_VERBS): "fire" is a noun too ("The soldiers' wives returned fire at the minister").
FIRED_UPON = frozenset({"on", "upon", "at"})
FIRED_UPON_VERBS = frozenset({"fired", "firing"})
FIRING_GUARDS = frozenset({"police", "policemen", "gendarmes", "gendarmerie"})
# ...and with no object at all, the verb right before one of FIRED_UNAIMED_NEXT ("first", "back", "from", "when", a
# mark): armed men, an armed name or an armed party (AMBUSHED_PARTIES) as its subject fire at someone though the text
# names no target (`recognise.triggers._fired_unaimed`): "the soldiers crossed the line and fired when asked to
# disarm", "the Soviet patrol had intruded and fired first", "Where the LTTE fired from hospital premises"; not "The
# company fired 200 workers" (no armed subject, an object), "Troops fired at dawn to salute the king" ("at": a time,
# `_fired_upon`), "Soldiers fired into the air" ("into"), nor a salute or a warning told in its sentence
# (FIRED_CEREMONY: "The honour guard fired, and the band played", "Troops fired, as a warning"), a drill or a match
# ("The soldiers fired repeatedly during the exercise"), nor in words (RETORTS after it: "The army fired back at
# critics").
FIRED_UNAIMED_NEXT = frozenset({"first", "back", "again", "from", "when", "as", "while", "without", "repeatedly",
                                "indiscriminately", "randomly", "blindly", "across", ",", ".", ";", "and"})
FIRED_IN_WORDS = frozenset({"back"})  # "fired back" at what: a retort's too (RETORTS: "fired back at critics")
FIRED_CEREMONY = frozenset({"salute", "salutes", "saluted", "honour", "honor", "ceremony", "ceremonial", "funeral",
                            "parade", "celebration", "celebrations", "celebrate", "warning", "starting", "race",
                            "blanks", "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers",
                            "competition", "contest", "championship", "practice"})
# The words skipped before the head of what was fired on (`recognise.triggers._fired_upon_target`), and the heads that
# name a moment, not a target: "fired at the start of the race", "fired at the end of the parade"; and the idioms
# "fired on all cylinders" (working at full power), "fired on the spot", "fired at least 200 officers" (dismissed).
FIRED_UPON_SKIPPED = frozenset({"the", "a", "an", "all", "its", "their"})
FIRED_AT_MOMENTS = frozenset({"start", "end", "beginning", "close", "stroke", "sound", "signal", "cylinders", "spot",
                              "least", "most"})
# An agreement told by its verb alone (`claimgraph.recognise.accords`): sides that met and "agreed to" do something
# ("met in Vienna and agreed to strengthen the ceasefire", "At a meeting in Jakarta both governments agreed to admit
# observers"); a word of meeting (MET) must stand before the verb in its sentence, what was agreed (AGREED_AFTER)
# after it, past an aside of at most AGREED_ASIDE_REACH words set off by commas, and no negation or passive
# auxiliary (AGREED_NOT_AFTER) in the two words before it: "never agreed on", "would have to be agreed with".
AGREED = frozenset({"agreed", "agree", "agrees"})  # the present of a chronology or a headline: "X and Y agree to ..."
AGREED_AFTER = frozenset({"to", "on", "upon"})
AGREED_ASIDE_REACH = 8
AGREED_NOT_AFTER = frozenset({"not", "never", "n't", "neither", "nor", "be", "been", "being", "is", "are", "was",
                              "were"})
MET = frozenset({"met", "meeting", "meetings", "talks", "summit", "conference", "negotiations"})
# ...and "agreed to disagree" agreed on nothing (AGREED_NOTHING, below). Only sides of a conflict
# conclude one (`recognise.accords._between_sides`): a state, an armed group or armed men before the verb, a word of
# sides (AGREEING_SIDES: "both governments", "the two sides") or of a state's office (AGREEING_TITLES: "President Putin
# met Erdogan"), or a word of war in its sentence (AGREED_WAR): "The board met on Monday and agreed to raise the
# dividend", "EU leaders agreed on a new climate target" tell none.
# A resolution told by its vote alone (`recognise.votes`): a body of states (the gazetteer's international
# organisations, no assembly of elected members: VOTED_NOT_BODIES) right before "voted" (VOTED), a tally and an aside at
# most, "to" and a verb of what a resolution does (VOTED_TO: it deplores, condemns, demands, calls, urges, imposes,
# authorises, suspends, expels, or extends, renews or establishes a mandate, a mission, sanctions, a force or a tribunal
# named within three words: "The Security Council voted to extend the mission's mandate"; not "voted to extend its
# summit", "voted to renew the secretary-general's term"): "the Organization of American States voted 20-1, with the
# United States against, to "deeply deplore" the intervention". "The board voted 7-2 to approve the merger", "The
# European Parliament voted to end roaming charges" and "NATO voted to send troops" tell none; nor a vote its sentence
# says failed (VOTE_FAILED: "..., and the United States vetoed it"), nor one whose resolution its sentence names
# (VOTED_NAMED: "voted to condemn the attack in Resolution 2334": the numbered resolution tells it).
VOTED = frozenset({"voted"})
VOTED_TO = (r"\s+(?:(?:unanimously|overwhelmingly)\s+)?(?:(?:by\s+)?\d+\s*(?:-|–|to)\s*\d+(?:\s+with\s+\d+\s+"
            r"abstentions?)?\s*)?(?:,[^.;:,]{1,60},\s*)?to\s+[\"“]?(?:\w+ly\s+)?"
            r"(?:deplore|condemn|censure|demand|call|urge|impose|authori[sz]e|suspend|expel|"
            r"(?:extend|renew|establish)\s+(?:[\w'’-]+\s+){0,3}?(?:mandates?|missions?|sanctions|embargo(?:es)?|"
            r"forces?|tribunals?|operations?)\b)\b")
VOTE = re.compile(rf"\b(?:{'|'.join(sorted(VOTED))})(?={VOTED_TO})", re.IGNORECASE)
VOTED_NOT_BODIES = frozenset({"parliament"})
VOTE_FAILED = re.compile(r"\b(?:vetoed|veto|failed|defeated|rejected|blocked)\b", re.IGNORECASE)
VOTED_NAMED = re.compile(r"\bresolutions?\b", re.IGNORECASE)
# ...or told by what it does alone, its verb right after a council or an assembly of states (RESOLVED_BODIES, the last
# word of the body's name), past an opening quotation mark and an adverb: "The U.N. General Assembly "strongly
# deplored" the invasion", "the Permanent Council condemned the incursion" (RESOLVED). A council's or an assembly's
# verdict is a vote; "the United Nations condemned the attack", "NATO condemned" may be a spokesman's words, and a
# press statement (RESOLVED_NOT: "the Security Council, in a press statement, condemned") is none; nor what the
# verb's clause says failed or names (VOTE_FAILED, VOTED_NAMED, up to its first comma or the sentence's end).
RESOLVED = re.compile(r"\b(?P<verb>deplored|condemned|censured|demanded)\b")
RESOLVED_BODIES = frozenset({"assembly", "council"})
RESOLVED_NOT = re.compile(r"\b(?:statement|spokesman|spokeswoman|spokesperson|president|chairman|chair)\b",
                          re.IGNORECASE)
RESOLVED_CLAUSE_END = re.compile(r"[,;:]")
# What such a verdict is about, among the first RESOLVED_REACH words after the verb: an act of force or its end
# ("deplored the invasion", "condemned the annexation", "demanded the withdrawal of all forces"); "The European Council
# demanded more ambitious climate targets" is no resolution of war.
RESOLVED_ACTS = frozenset({"invasion", "intervention", "attack", "attacks", "annexation", "aggression", "incursion",
                           "incursions", "occupation", "bombing", "bombings", "bombardment", "shelling", "raid",
                           "raids", "killing", "killings", "massacre", "coup", "violence", "hostilities", "fighting",
                           "war", "ceasefire", "cease-fire", "truce", "blockade", "hijacking", "invaders", "occupiers",
                           "strike", "strikes", "airstrikes", "offensive"})
# ...and words that are acts of force alone ("demanded an immediate withdrawal") or by what they are "of"
# (RESOLVED_OF_FORCE): a force, a weapon or a name ("the withdrawal of Russian forces", "the destruction of Grozny");
# "the withdrawal of the report", "the seizure of cocaine", "the shooting of a gorilla" are no act of war. "use" and
# "landing" are one only so (RESOLVED_ONLY_OF: "the use of force", "the landing of troops"; not "that states use the
# funds", "a soft landing for the economy").
RESOLVED_ACTS_OF = frozenset({"withdrawal", "destruction", "shooting", "seizure", "downing"})
RESOLVED_ONLY_OF = frozenset({"use", "landing", "landings"})
RESOLVED_OF_FORCE = frozenset({"force", "forces", "troops", "army", "armies", "soldiers", "military", "weapons", "arms",
                               "tanks", "missiles", "aircraft", "militia", "militias", "fighters", "civilians",
                               "protesters", "demonstrators", "hostages"})
# A word of RESOLVED_ACTS that is an adjective or a verb before a lower-case word that is no preposition (OBJECT_STOPS,
# "of", "against") names no act: "condemned the offensive remarks", "demanded more effort in fighting corruption";
# "condemned the offensive in Idlib", "the fighting." do.
RESOLVED_NOT_QUALIFIERS = frozenset({"offensive", "fighting"})
RESOLVED_OBJECT_STOPS = OBJECT_STOPS | frozenset({"of", "against", "for", "that", "which", "there"})
RESOLVED_REACH = 8
RESOLVED_GAP = re.compile(r"[ \t]+(?:[\"“][ \t]*)?(?:[a-z]+ly[ \t]+)?")  # body| "strongly |deplored: its party's name
# "Agreed to disagree", or agreeing only to talk (AGREED_NOTHING, from the "to" of what was agreed): to meet, to
# negotiate, or to hold, call or resume talks, a conference or a meeting: "Thatcher agreed to call a conference of all
# the parties", "The two companies agreed to hold talks on a merger" tell a step towards an accord, none concluded; a
# further act after "and to" in its sentence is one ("agreed to resume talks and to exchange prisoners").
AGREED_NOTHING = re.compile(r"to\s+(?:disagree\b|(?:meet|negotiate|talk|(?:call|convene|hold|resume|continue|open|"
                            r"start|begin|attend|host|organi[sz]e)\s+(?:[\w-]+\s+){0,3}?"
                            rf"(?:{'|'.join(sorted(MET - {'met'}))}|rounds?))\b(?![^.;]*\band\s+to\s+\w))",
                            re.IGNORECASE)
# Treaties named in the plural (PLURAL_ACCORDS) are the ones the text tells only when picked out: "the" and one or two
# qualifiers before ("defend the canal treaties", "ratified the border treaties"; PLURAL_ACCORD_REACH) or a name after
# "of" ("the treaties of Westphalia"). "Scholars study treaties", "their tax treaties", "several treaties on fishing
# rights" and "The treaties were never enforced" (the one told before, or others) name none (`accords.unnamed_plural`).
PLURAL_ACCORDS = frozenset({"treaties", "accords"})
# ...or a past verb of concluding before them ("signed treaties in 1997", "concluded two border treaties", "signed the
# first accords of those talks", "signed the accords at Khasavyurt"): the ones its sentence tells; not a present ("A
# state that signs treaties must keep them": any).
PLURAL_ACCORD_SIGNED = frozenset({"signed", "concluded", "ratified", "initialled", "initialed"})
# "accords" is a verb before an object's determiner or pronoun or "with" ("The constitution accords the president wide
# powers", "The ceasefire accords with the plan") where no verb of concluding (PLURAL_ACCORD_SIGNED) stands
# ACCORDS_VERB_REACH words before it ("signed the accords with Israel") (`accords._accords_verb`).
ACCORDS_VERB = "accords"
ACCORDS_VERB_OBJECTS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "him", "them", "us", "it",
                                  "no", "every", "each", "this", "that", "these", "those"})
ACCORDS_VERB_WITH = "with"
ACCORDS_VERB_REACH = 3
# ...not past a vague quantifier: "signed several treaties on fishing rights" counts them, it tells none of them.
PLURAL_ACCORD_VAGUE = frozenset({"several", "many", "numerous", "various", "some", "multiple", "countless"})
# ...and after one of those, any agreement word in the plural names no accord the text tells ("Several ceasefires are
# announced and collapse within hours": `accords._vaguely_counted`).
VAGUE_REACH = 4  # tokens from the quantifier to the agreement word: "many short - lived agreements"
COUNTED_ACCORDS = frozenset({"agreements", "accords", "treaties", "ceasefires", "cease-fires", "truces", "deals",
                             "protocols", "declarations", "memoranda"})
PLURAL_ACCORD_ARTICLE = "the"
PLURAL_ACCORD_OF = "of"
PLURAL_ACCORD_REACH = 2
AGREEING_SIDES = frozenset({"sides", "governments", "belligerents", "rebels", "rebel", "separatists",
                            "delegations", "clans", "tribes"})
AGREEING_TITLES = frozenset({"president", "presidents", "minister", "ministers", "king", "general", "generals",
                             "commander", "commanders", "premier", "chancellor", "emir", "sultan"})
AGREED_WAR = re.compile(r"\b(?:wars?|ceasefire|cease-fire|truce|armistice|hostilities|conflict|peace|prisoners?|"
                        r"political\s+settlement)\b", re.IGNORECASE)
# What was agreed that halts the fighting makes the agreement a ceasefire ("agreed, with Russian mediation, to halt
# hostilities from noon that day"), which "the truce" after it names again; within AGREED_HALT_REACH characters.
AGREED_HALT = re.compile(r"\bto\s+(?:halt|cease|stop|end|suspend)\s+(?:all\s+|the\s+)?(?:hostilities|fighting|fire)\b",
                         re.IGNORECASE)
AGREED_HALT_REACH = 60
# Words that name an agreement only written with a capital: "the Convention", not "a party convention".
CAPITALISED_ONLY = frozenset({"convention"})
# Words that name an agreement only as a noun: "signed the deal", not "to deal with", "a great deal of".
NOUN_ONLY = frozenset({"deal", "deals"})
NOT_NOUN_BEFORE = frozenset({"to", "will", "would", "can", "could", "cannot", "must", "should", "may", "might",
                             "not", "great", "good"})
# A participle of taking used as an adjective, after a determiner or a verb of setting free and before the noun
# it describes, names the captive, no happening of its clause: "handed a captured Indian Air Force pilot back to
# India on Friday", "Pakistan frees captured Indian pilot" (the capture was days before, by another side); so is
# "attacking" before a noun ("Chelsea signed an attacking midfielder": a player's post, no attack).
ATTRIBUTIVE = frozenset({"captured", "detained", "arrested", "seized", "besieged", "attacking", "resigned",
                         "left", "proclaimed", "founded", "released", "freed",  # "the left bank": a side, no troops leaving
                         "deposed", "ousted", "overthrown",
                         # "Noriega, the deposed Panamanian strongman": who he was; "crossed the destroyed bridge"
                         "destroyed"})
ATTRIBUTIVE_BEFORE = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "two", "three", "several", "newly", "-",
                                "free", "frees", "freed", "freeing", "release", "releases", "released", "releasing",
                                "exchange", "exchanged", "exchanging", "return", "returned", "returning"})
ATTRIBUTIVE_NOT_AFTER = frozenset({"by", "in", "on", "at", "from", "and", "or", "during", "after", "before", "when",
                                   "while", "near", "with"})  # "the town was seized by rebels", "the men detained in"
# A verb of meeting after a passive auxiliary names no meeting: "the plan was met with criticism", "the demands were
# met in full", "was met at the airport by officials" (`recognise.triggers._passive_meeting`); nor in a sentence of
# sport (`clauses.SPORTING`, `recognise.senses._sporting`): "Celtic and Rangers met again in the cup final".
MEETING_VERBS = frozenset({"met", "meet", "meets"})
# "said in a joint statement": a statement someone speaks through is no agreement.
MEDIUM_CLASSES = frozenset({"Statement"})
SPOKEN_VERBS = frozenset({"said", "says", "stated", "announced", "added", "wrote", "warned"})
SPOKEN_IN = frozenset({"in"})
SPOKEN_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
# Words around a trigger that make it part of a compound naming no event (`_in_compound`).
# "non-aggression pact", "anti-war protests", "the post-war order": a prefix that negates or sets the word aside; "by
# the standards of war", "the laws of war": war in general, no war of the story; "the law of armed conflict" too (up
# to three words before the trigger: its "conflict" is a trigger of its own). "co-operation", "co-ordination": the
# prefix makes another word, no military operation.
COMPOUND_BEFORE = frozenset({"prisoners of", "prisoner of", "prisoner-of-", "cessation of", "non-", "anti-", "post-",
                             "pre-", "co-", "standards of", "laws of", "law of", "rules of", "art of", "spoils of",
                             "fog of", "laws of armed", "law of armed", "rules of armed"})
# Trigger words -> the words before them that make a compound naming no event: "hunger strike", "lightning strikes",
# "a lucky strike", "free trial"; only for those words: "a general mobilization", "a general offensive" are events (a
# general strike is a protest: `recognise.stoppages`). "sign" is the verb of signing only where no article,
# quantifier or noun makes it a noun before it: "the pilot's call sign", "a road sign", "the first sign", "no sign of
# the leader", "showed every sign", "the old shop sign"; not "refused to sign", "will sign", "leaders sign" ("that"
# opens a clause: "the states that sign it").
COMPOUND_LEFT = {**dict.fromkeys(("strike", "strikes"), frozenset({"hunger", "lightning", "bowling", "lucky"})),
                 "trial": frozenset({"free"}),
                 "sign": frozenset({"a", "an", "the", "no", "any", "every", "each", "another", "this", "first", "clear",
                                    "sure", "good", "bad", "hopeful", "positive", "encouraging", "welcome", "visible",
                                    "outward", "slightest", "telltale", "warning", "call", "road", "stop", "exit",
                                    "street", "traffic", "neon", "peace", "hand", "plus", "minus", "dollar", "star",
                                    "shop", "store", "hotel", "pub", "old", "big", "large", "small", "giant", "wooden",
                                    "painted", "vacancy"}),
                 # a recording's, a gas's or a market's capture, no place or person taken: "[Lecture capture
                 # transcript]", "motion capture", "carbon capture", "regulatory capture"
                 **dict.fromkeys(("capture", "captures"), frozenset({
                     "lecture", "motion", "performance", "carbon", "co2", "data", "screen", "video", "audio", "image",
                     "regulatory", "value", "market", "state", "lead"}))}
# Trigger words -> the word or the two words after them that make a compound naming no agreement or event: a
# declaration of war, of independence or of martial law is one side's act ("launching a blatant declaration of war"),
# no accord; one of neutrality or of sovereignty may be signed by two ("signed a declaration of neutrality for the
# plant"). A sign of something, sign language and a signpost are a noun's, no signing: "sign language", "a sign of
# fatigue", "the sign posts"; not "sign the accord". An option's strike price, a batter's strike zone, an invasion
# of privacy and a murder of crows (a flock) name no act.
# A signature line ("Signed: ......" at a statement's foot) signs no accord; not "signed on 18 March".
COMPOUND_RIGHT = {**dict.fromkeys(("declaration", "declarations"), frozenset({
    "of war", "of independence", "of martial", "of emergency", "of bankruptcy", "of secession"})),
    "sign": frozenset({"of", "language", "languages", "post", "posts", "board", "boards", "writer", "writers"}),
    "signed": frozenset({":"}),
    **dict.fromkeys(("strike", "strikes"), frozenset({"price", "prices", "rate", "rates", "zone"})),
    "invasion": frozenset({"of privacy"}), "murder of": frozenset({"crows"})}
# "war crimes", "an arrest warrant" (no arrest yet), "the 1967 ceasefire line" (a place)
COMPOUND_AFTER = frozenset({"crimes", "crime", "criminal", "criminals", "veterans", "veteran", "memorial", "games",
                            "warrant", "warrants", "of words", "line", "lines"})
# Verbs of avoidance -> the bare event nouns that, just after one, name what did not happen: a person's fate
# ("lawmakers who escaped arrest", "evaded capture") or a war averted ("averted war"); with a determiner it did
# ("escaped the siege"), and what people flee happened ("fled to escape shelling").
_FATES = frozenset({"arrest", "arrests", "capture", "detention", "detentions", "trial"})
AVOIDED = {**dict.fromkeys(("escaped", "escaping", "escape", "escapes", "evaded", "evading", "evade", "evades",
                            "eluded", "eluding", "avoided", "avoiding", "avoid", "avoids"), _FATES),
           **dict.fromkeys(("averted", "averting", "avert", "averts"), _FATES | {"war", "conflict"})}
# Phrases of a condition or a cause that, just before a bare event word (an article may stand between), name a
# happening that may come, none that did: "assured India of Soviet support in the event of war", "in case of an
# attack", "such a closure would be a cause for war" (`recognise.triggers._conditional`).
CONDITIONAL_BEFORE = (("in", "the", "event", "of"), ("in", "case", "of"), ("in", "the", "case", "of"),
                      ("cause", "for"), ("grounds", "for"), ("casus", "belli", "for"))
CONDITIONAL_ARTICLES = frozenset({"a", "an"})
# So do phrases of a near miss just before a bare event word: "a clash that brought them close to war", "the week the
# two countries nearly went to war" (not "the brink of war", which a text may tell of a war that came). With an article
# between, "close to" is a place's: "Troops camped close to a battle site", "lived close to a massacre site".
NEAR_MISS_BEFORE = (("close", "to"), ("nearly", "went", "to"), ("almost", "went", "to"))
# So do a negation and a form of "go to" just before a bare event word, a war not waged: "the presidents promised not to
# go to war", "never went to war over it", "they didn't go to war", "vowed never to go to war again"; unless "until"
# follows within NOT_WAGED_UNTIL_REACH words: "did not go to war until April 1917" tells of the war that came.
NOT_WAGED_BEFORE = tuple((negation, *go, "to") for negation in ("not", "n't", "never")
                         for go in (("go",), ("goes",), ("went",), ("gone",), ("going",), ("to", "go")))
NOT_WAGED_UNTIL = frozenset({"until", "till"})
NOT_WAGED_UNTIL_REACH = 4
# So do phrases of a danger, a risk or a fear just before an event word, with no article or qualifier between or with
# "a", "an" or words that say which (DANGER_BETWEEN, two at most): "removed the danger of a general war", "the risk of
# renewed fighting", "fear of arrest" tell of none (`recognise.triggers._conditional`). Not after "the": "the danger of
# the fighting for civilians" is of fighting that goes on.
DANGER_BEFORE = frozenset({"danger", "dangers", "risk", "risks", "spectre", "specter", "prospect", "prospects", "fear",
                           "fears"})
DANGER_BETWEEN = frozenset({"a", "an", "another", "renewed", "general", "wider", "new", "full-scale", "all-out", "open",
                            "regional", "major", "nuclear", "further", "fresh", "more", "armed", "military", "total",
                            "large-scale", "civil"})
DANGER_REACH = 2
# ...and not of an event that is whose change is feared, a verb of change after it (DANGER_CHANGES): "the risk of
# fighting spreading", "of a truce collapsing", "of the war escalating"; but a start feared is none: "the danger of war
# breaking out", "the risk of fighting erupting", "of fighting resuming" (as "of renewed fighting"), nor any other word
# in "-ing" ("the danger of war during the winter").
DANGER_CHANGES = frozenset({"spreading", "spilling", "collapsing", "escalating", "continuing", "resuming", "widening",
                            "intensifying", "dragging", "worsening", "expanding", "unravelling", "unraveling",
                            "deteriorating", "growing", "persisting", "lasting"})
# ...unless the sentence goes on to say the feared thing came, no negation before (DANGER_CAME, DANGER_CAME_NOT):
# "Fears of a massacre in Srebrenica came true in July 1995", "the risk of war became reality when ..."; not "fears of
# renewed fighting never materialised".
DANGER_CAME = frozenset({"true", "reality", "realised", "realized", "materialised", "materialized"})
DANGER_CAME_NOT = frozenset({"not", "n't", "never", "failed"})
# A signature line's "Signed", no signing of an accord (`recognise.triggers._signature_line`): "(Signed) Mohamed
# Bennouna" under a letter ("[signed]" too, in either case), and a document's dating formula "Signed in Ambazonia, this
# 27th day of September 2019" (SIGNED_ON_DAY in its sentence); not "Signed in Paris on 3 May, the treaty ended the war".
SIGNATURE_WORD = "signed"
SIGNATURE_BRACKETS = (("(", ")"), ("[", "]"))
SIGNED_ON_DAY = re.compile(r"\bthis\s+\S+\s+day\s+of\b", re.IGNORECASE)
# A third party's help named as the way the sides met, agreed or stopped is no talks of its own
# (`recognise.triggers._by_means`): "the two chiefs met in Moscow and agreed, with Russian mediation, to halt
# hostilities", "the fighting was halted in 1975 through mediation" (the halt is the act told, and its date is the
# fighting's end): one of MEANS_BEFORE within MEANS_REACH words before a word of MEANS_NOUNS; not "Mediation began on 22
# January".
MEANS_NOUNS = frozenset({"mediation"})
MEANS_BEFORE = frozenset({"with", "through", "via"})
MEANS_REACH = 2
# Mediation told of in general, no talks (`recognise.triggers._mediation_in_general`): before a present verb of what it
# is or does ("Mediation is cheaper than litigation", "mediation can help") or after a word of its field ("She studied
# conflict mediation", "peer mediation programmes").
MEDIATION_GENERAL_AFTER = frozenset({"is", "are", "can", "may", "helps", "works", "costs", "offers", "requires"})
MEDIATION_FIELDS = frozenset({"conflict", "peer", "family", "divorce", "commercial", "workplace", "online"})
# "demonstrated" is a protest only before a word of DEMONSTRATED_AGAINST ("demonstrated against the treaty", "outside
# the embassy") or one of DEMONSTRATED_AT before a name written with a capital ("demonstrated in Tel Aviv"); not
# "demonstrated its resolve", "demonstrated in 1998 that", "demonstrated in practice"
# (`recognise.triggers._undemonstrated`).
DEMONSTRATED = frozenset({"demonstrated"})
DEMONSTRATED_AGAINST = frozenset({"against", "outside"})
DEMONSTRATED_AT = frozenset({"in", "at", "across"})  # not "through": "demonstrated through Monte Carlo simulations"
# ...nor after a word of a passive or a comparison ("As demonstrated in Figure 3", "was demonstrated in Paris"), nor
# with what was shown after the place ("demonstrated in Berlin its new car", "at Wimbledon why she is champion").
DEMONSTRATED_NOT_AFTER = frozenset({"as", "was", "were", "is", "are", "be", "been", "being"})
DEMONSTRATED_SHOWN = frozenset({"its", "his", "her", "their", "a", "an", "the", "that", "how", "why", "what",
                                "whether", "this", "these"})
# ...nor with an object after the phrase of "against" ("The drug demonstrated against placebo a significant benefit"):
# one of DEMONSTRATED_OBJECT within DEMONSTRATED_REACH words of "against", after no preposition.
DEMONSTRATED_OBJECT = frozenset({"a", "an"})
DEMONSTRATED_REACH = 7
# A bomb a person has with him is a weapon held, no attack (`recognise.triggers._weapon_held`): "I did not see any
# civilian with a gun or a nail bomb", "a man carrying a bomb was arrested", "sappers defused the bomb"; the noun
# within WEAPON_PHRASE_REACH words after one of WEAPON_HOLDING, no mark between; "a car bomb exploded", "the bomb
# killed 12" are attacks.
HELD_WEAPONS = frozenset({"bomb", "bombs"})
# A bomb held is used where its sentence tells it go off or kill: "A man carrying a bomb blew himself up in the market,
# killing 12" is an attack.
WEAPON_USED = frozenset({"blew", "exploded", "detonated", "killing", "killed"})
WEAPON_HOLDING = frozenset({"with", "without", "carrying", "carried", "holding", "defused", "defusing"})
# ... "with" and "without" only right after a noun of the people who have it (WEAPON_HOLDERS: "any civilian with a
# nail bomb", "MAN WITH BOMB ARRESTED"), not after the act or the thing they are the means of ("The IRA struck with a
# bomb", "hit the convoy with a roadside bomb": attacks).
WEAPON_WITH = frozenset({"with", "without"})
WEAPON_HOLDERS = deaths.DEAD_PEOPLE | {"youth", "youths", "gunman", "gunmen", "anyone", "someone", "nobody"}
WEAPON_PHRASE_REACH = 6
# A march is a protest only by people who are no armed men (`recognise.triggers._marching_troops`): "students marched
# through the capital"; "the garrison marched out of the fort", "troops marched into the city" are movements of force.
MARCHES = frozenset({"marched", "marches"})
# ...nor a march with the people marched as its object: those escorted, captives led away ("They marched us into the
# old terminal", "guards marched the prisoners to the camp"; `recognise.triggers._marching_troops`): a pronoun of
# people or a word of captives (`RELEASED_PEOPLE`) right after the verb, after at most a determiner.
MARCHED_PRONOUNS = frozenset({"us", "them", "him", "her", "me"})
# ...of them "her" also a possessive: the object only before a preposition, a particle of MARCHED_OFF or a mark
# ("marched her to the car", "marched her away"); "She marched her supporters to parliament" protests.
POSSESSIVE_PRONOUNS = frozenset({"her"})
MARCHED_OFF = frozenset({"away", "off", "out", "back", "down", "up", "home", "along", "through", "across", "past"})
# Calls told by a plural noun are a meeting only with "between" or "with" in the next two words
# (`recognise.triggers._calls_counted`): "phone calls between the two presidents"; not "Phone calls to the helpline
# rose", "ignored phone calls from reporters".
CALL_NOUNS = frozenset({"telephone", "phone"})
CALLS_PLURAL = frozenset({"calls"})
CALLS_BETWEEN = frozenset({"between", "with"})
# "rose up" names a revolt (`recognise.triggers._unrisen`) only before "against" / "in revolt" (ROSE_UP_AFTER) or with
# armed men, an armed name or a people as its subject ("In 1956 Hungarians rose up", "the people rose up"), never
# before "to" ("Water levels rose up to the windows", "Shares rose up to 5%").
ROSE = frozenset({"rose"})
ROSE_UP = frozenset({"up", "against"})
ROSE_AGAINST = frozenset({"against"})  # "rose against": a revolt only by a people or armed men (`_unrisen`)
ROSE_UP_AFTER = (("against",), ("in", "revolt"))
# Words of an amount in the subject of "rose against": a count or a price rises against a figure, no one revolts
# ("The number of residents rose against the census figure").
AMOUNTS = frozenset({"number", "numbers", "share", "shares", "proportion", "percentage", "count", "total", "rate",
                     "ratio", "pay", "wages", "salaries", "budget", "price", "prices", "index", "value"})
PEOPLES = frozenset({"people", "peoples", "population", "populace", "masses", "peasants", "tribes", "tribesmen",
                     "residents", "inhabitants", "citizens", "townspeople", "villagers"})
# Ranks whose rising against a government is a revolt, but only with "against" (`_risen_subject`): "young officers
# rose against the government"; "officers rose up the ranks", "rose up from their seats" tell none.
RISING_RANKS = frozenset({"officers"})
# Phrases that, just before an agreement word (an article may stand between), say there was none: "ended not with a
# peace agreement but with air strikes", "the war ended without a treaty", "no ceasefire was agreed"
# (`recognise.triggers._absent`).
ABSENT_BEFORE = (("without",), ("not", "with"), ("no",), ("never", "reached"))
# So do a denial or a rumour of it (DENIED_BEFORE), whose content the agreement word is: "The ministry denied reports
# of a secret deal with the rebels", "Kampala denies any side deal", "dismissed rumours of a pact": what the source
# gives is that someone says there was none, or that some say there was one; neither is an agreement it tells.
_DENYING = ("denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing")
_DENIED_OBJECTS = (("any",), ("reports", "of"), ("rumours", "of"), ("rumors", "of"), ("the", "existence", "of"),
                   ("talk", "of"), ("claims", "of"))
DENIED_BEFORE = ((("rumours", "of"), ("rumors", "of"))
                 + tuple((verb, *words) for verb in _DENYING for words in _DENIED_OBJECTS))
# ...but a denial or a rumour of what befell an agreement tells one that stands: the agreement word before a noun of
# its breaking ("denied reports of ceasefire violations", "dismissed claims of treaty breaches") or owning one by a
# possessive (POSSESSIVE_MARKS: "denied reports of the peace agreement's collapse") is the agreement, not what is
# denied.
DENIED_NOT_BEFORE = frozenset({"violation", "violations", "breach", "breaches", "breakdown", "collapse"})
# ...or, in a sentence that ends with a question mark, ask whether there is one, which tells none ("Is there a side
# deal?", "Was there a secret protocol?": a reporter's question at a briefing); not an inverted statement ("Only in 1997
# was there a ceasefire.").
ASKED_BEFORE = (("is", "there"), ("was", "there"), ("are", "there"), ("were", "there"))
HYPHENS = frozenset({"-", "‐", "‑"})  # "war-torn", "war-weary": the word before is a compound's modifier
NAME_CONNECTIVES = frozenset({"and", "of", "for"})
# Armed men, and the arms of a state's military ("the Pakistan Air Force struck", "the navy shelled").
TROOPS = frozenset({"troops", "forces", "soldiers", "fighters", "militias", "militiamen", "peacekeepers", "units",
                    "army", "tanks", "force", "navy", "paratroopers", "marines", "garrison", "armies", "navies"})
# Plurals of TROOPS that also count a crowd before "of" ("Armies of shoppers stormed the stores"), only before a
# plural in -s that is no determiner (CROWD_NOT_BEFORE: "the armies of its allies") nor armed men ("armies of
# militiamen") (`armed._crowd`).
CROWD_HOSTS = frozenset({"armies", "navies"})
CROWD_NOT_BEFORE = frozenset({"its", "his", "this", "these", "those", "us"})
# Armed men who are no state's troops: an armed subject as much as TROOPS (`recognise.armed.troops_in`: "gunmen ambushed
# a convoy", "militants stormed the hotel"), kept apart from TROOPS, whose other readers ask for a state's forces. Not
# "rebels", "separatists", "attackers" or "raiders": a party's rebels, a team's attackers "hit" as often.
IRREGULARS = frozenset({"gunmen", "gunman", "militants", "insurgents", "guerrillas", "guerrilla", "jihadists",
                        "paramilitaries", "militia", "militiaman", "commandos", "assailants", "snipers", "sniper"})
# ...but not after a word of a party, a union or a class of members: "Union militants struck at the car plant",
# "Labour militants stormed the conference floor" are activists.
CIVIL_IRREGULARS = _DISSENTERS | frozenset({"union", "unions", "labour", "labor", "student", "students", "trade"})
# A word of TROOPS that names armed men only after a qualifier (`recognise.armed.troops_in`): "the Pakistan Air Force",
# "a naval force"; "the sales force", "a task force", "the police force" are none.
QUALIFIED_TROOPS = {"force": frozenset({"air", "armed", "defence", "defense", "naval", "security", "military",
                                        "expeditionary", "peacekeeping", "marine", "multinational", "intervention",
                                        "stabilisation", "stabilization"})}
# Verbs of taking people by force (`recognise.abductions.takings`): with captives after them, within TAKEN_REACH
# words, they name an abduction ("taking some 250 hostages", "took dozens of people hostage", "seizing 276 girls").
# A verb of taking needs hostages ("took the children to safety" is none); a verb of seizing, people ("seized
# the town" is a capture).
HOSTAGES = frozenset({"hostage", "hostages"})
CAPTIVES = HOSTAGES | frozenset({"girls", "schoolgirls", "boys", "schoolboys", "children", "students", "pupils",
                                 "women", "villagers", "passengers", "civilians", "people", "workers"})
TAKEN = {**dict.fromkeys(("take", "takes", "took", "taken", "taking"), HOSTAGES),
         **dict.fromkeys(("seize", "seizes", "seized", "seizing"), CAPTIVES)}
TAKEN_REACH = 4
# ...and a verb of taking with prisoners after it, armed men or an armed name its taker (`recognise.abductions.
# _prisoners_taken`), takes them in war, a capture of people: "had killed dozens of Eritrean soldiers and taken others
# prisoner", "Indian troops took 300 prisoners in the fighting"; not "The Bruins took no prisoners" (NO_PRISONERS before
# the word), "Ukraine took back prisoners in an exchange" (PRISONERS_NOT_BETWEEN), "The guards took prisoners to the
# hospital", "The film took prisoners of the past", "Volunteers took prisoners books" (a word after it that carries them
# somewhere, PRISONERS_NOT_AFTER, or a word of an object that is no stop of one).
TAKING_PRISONERS = frozenset({"take", "takes", "took", "taken", "taking"})
PRISONERS = frozenset({"prisoner", "prisoners"})
PRISONERS_CLASS = "Capture"
NO_PRISONERS = frozenset({"no"})
PRISONERS_NOT_BETWEEN = frozenset({"back", "out", "home"})
PRISONERS_NOT_AFTER = frozenset({"to", "from", "back", "out", "of", "home", "away", "into", "for"})
# "hostage" as the complement of a verb of taking may end a longer object of people within HOSTAGE_REACH words, none
# of OBJECT_STOPS but "and" between, if a word of people heads its first noun phrase, the word before "and" or
# "hostage" (`recognise.abductions._held`): "the RUF took about 500 UN peacekeepers hostage", "took UN military
# observers and aid workers hostage"; not "took the whole of the budget process hostage", "took the debt ceiling and
# federal workers hostage".
HOSTAGE_COMPLEMENT = frozenset({"hostage"})
HOSTAGE_REACH = 8
HOSTAGE_PEOPLE = frozenset({"observers", "peacekeepers", "monitors", "officials", "diplomats", "tourists",
                            "journalists", "employees", "staff", "crew", "soldiers", "troops", "policemen", "officers",
                            "guards", "residents", "men", "foreigners", "nationals"})
HOSTAGE_JOINS = frozenset({"and"})
# The captives must be what is taken, not whose it is: no possessive after them ("seized 20 passengers' luggage",
# "seized 40 women's handbags"), no "of" before them but after a word of number ("seized 300 homes of villagers";
# "took dozens of people hostage", "seized two of the girls" take them).
POSSESSIVE_MARKS = frozenset({"'s", "'", "’s", "’"})
COUNT_OF = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions", "group", "groups", "number",
                      "handful", "busload", "busloads", "some", "many", "several", "most", "all", "each", "none"})
# The words of TAKEN and CAPTIVES or PRISONERS in a block's text: most blocks hold none, and their tokens need no walk.
TAKING_WORDS = re.compile(r"\b(?:" + "|".join(sorted(TAKEN)) + r")\b", re.IGNORECASE)
CAPTIVE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(CAPTIVES | PRISONERS)) + r")\b", re.IGNORECASE)
# A verb of withdrawing whose object is a thing said or offered takes it back, no forces (`recognise.retractions.
# retracted`): "withdrew his resignation", "withdrew the claim", "withdrew it the following day"; and so when
# that thing heads a relative clause whose pronoun subject withdrew it ("a statement it later withdrew"). Not
# "troops withdrew from it", "withdrew its troops", "the claim that they withdrew from the town" (a place after).
# Money taken out is none either ("withdrawing their savings from the bank", "withdrew funds"; WITHDRAWN_SUMS), nor
# a candidate leaving a contest ("was withdrawing from the presidential race"; CONTESTS after "from", RACE_REACH words).
RETRACTING = frozenset({"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"})
RETRACTED = frozenset({"statement", "statements", "claim", "claims", "remark", "remarks", "resignation", "offer",
                       "offers", "support", "recognition", "request", "requests", "bid", "candidacy", "candidature",
                       "complaint", "complaints", "charge", "charges", "allegation", "allegations", "accusation",
                       "accusations", "nomination", "proposal", "proposals", "application", "objection",
                       "objections", "demand", "demands", "apology", "threat", "threats", "invitation",
                       "endorsement", "lawsuit", "motion", "report", "comments", "word", "pledge", "promise"})
WITHDRAWN_SUMS = frozenset({"savings", "cash", "funds", "fund", "deposits", "deposit", "money", "pension", "pensions",
                            "investment", "investments", "capital", "loan", "loans"})
CONTESTS = frozenset({"race", "contest", "election", "elections", "primary", "primaries", "campaign", "running",
                      "ballot", "tournament", "competition"})
RACE_REACH = 4
RETRACTED_PRONOUNS = frozenset({"it"})  # "withdrew it": right after the verb
RETRACTED_REACH = 3  # words after the verb to a thing said ("withdrew his earlier statement")
RETRACTOR_PRONOUNS = _pronouns.PERSONAL | {"it"}  # "a statement it later withdrew"
RELATIVE_WORDS = frozenset({"which", "that"})
MOVED_AFTER = frozenset({"from", "to", "into", "across", "behind", "toward", "towards", "back", "beyond", "out"})
# Verbs of armed men going on a place, with the class each names (`recognise.moves.armed_moves`): with armed men or an
# armed name before them in their clause (`_armed_subject`) they tell a happening of war: "British troops surrounded
# Basra", "French troops besieged the OAS stronghold" (a siege), "Croatian forces overran the Serb-held pocket", "rebel
# units that had taken the coastal city of Zawiyah" (a capture), "The Taliban entered Kabul", "US and British ground
# forces crossed from Kuwait into southern Iraq" (troops moving into a place, as "moved into" is); "the crowd surrounded
# the minister", "the bill entered the Senate", "Fans besieged the stadium", "Reporters besieged the minister" tell
# none, nor does a participle after a determiner ("the besieged town": ATTRIBUTIVE). Not before a word of
# ARMED_MOVE_NOT_AFTER: "forces surrounded by the enemy" were surrounded, "troops entered into talks".
ARMED_MOVES = {**dict.fromkeys(("entered", "enter", "enters"), "Deployment"),
               **dict.fromkeys(("crossed", "cross", "crosses"), "Deployment"), **dict.fromkeys(("overran", "overrun"), "Capture"),
               "surrounded": "Siege",
               "took": "Capture", "taken": "Capture", **dict.fromkeys(("besieged", "besieging"), "Siege"),
               "left": "Withdrawal",
               **dict.fromkeys(("moved", "move", "moves", "moving"), "Deployment"),
               **dict.fromkeys(("occupied", "occupy", "occupies", "occupying"), "Occupation")}
# A verb of ARMED_MOVES whose passive, after an auxiliary of PASSIVE_AUXILIARIES, tells the move too, with no agent
# after it or an armed one after "by" (`recognise.moves._passive_move`): "fighters ... were besieged in the village of
# Pervomayskoye", "Sarajevo was besieged by Serb forces"; not "The minister was besieged by reporters", nor before a
# word of PASSIVE_UNMOVED ("was besieged with calls", "The town was overrun with tourists"); "by" before a word of
# TIME_WORDS is a time, no agent: "two border posts had been overrun by dawn". A verb of PASSIVE_AGENT_MOVES needs the
# armed agent, after "by" within ARMED_AFTER_REACH words past the phrases between, and a place (a known one or a noun of
# HELD_AREAS) or armed men as its subject: "The area was surrounded by the Israel Defense Forces"; not "The town is
# surrounded on all sides by hills", "The singer was surrounded as she left the hotel", "The president was surrounded
# by soldiers during the ceremony".
PASSIVE_MOVES = frozenset({"besieged", "surrounded", "overrun"})
PASSIVE_UNMOVED = frozenset({"with"})
PASSIVE_AGENT_MOVES = frozenset({"surrounded"})
# A verb of ARMED_MOVES that goes on a place only with a particle right after it, the trigger's last word: "units of
# the Russian 58th Army moved into South Ossetia" (not "the family moved house").
MOVE_PARTICLES = dict.fromkeys(("moved", "move", "moves", "moving"), frozenset({"into"}))
ARMED_MOVE_NOT_AFTER = frozenset({"by", "into", "with", "paths", "swords", "out", "off", "office", "service", "talks",
                                  "negotiations", "race", "its", "their", "his", "her", "our", "my", "your",
                                  # "took control of" is the lexicon's; "took part in", "took hostages in", "took
                                  # command of the forces in", "took refuge in" take no place
                                  "control", "part", "place", "hostage", "hostages", "prisoner", "prisoners", "charge",
                                  "command", "refuge", "shelter", "cover", "over", "up", "power", "aim", "steps",
                                  "action", "advantage", "responsibility", "back"})
# Of those verbs, the ones that need a known place in their object and armed men or a force's name as their subject,
# no bare state (`recognise.moves.onto_place`): "British troops surrounded Basra", "The Taliban entered Kabul"; not
# "China entered the World Trade Organization", "India crossed the one billion mark", "the police force surrounded
# the protesters in Minsk". The object is the MOVE_OBJECT_REACH words after the verb, to a word of OBJECT_STOPS but
# those of MOVE_THROUGH ("crossed from Kuwait into southern Iraq"); a noun of a held place (FALLEN_HOLDINGS) is a
# place too where it heads its phrase (HELD_NOUN_ENDS after it): "Chadian troops took the town of Aouzou", "the
# multinational force left the capital in March" ("left": a withdrawal); not "took the village children to school",
# "took the city council to court", "The Army team took the city title".
PLACED_MOVES = frozenset({"entered", "enter", "enters", "crossed", "cross", "crosses", "surrounded", "took", "taken",
                          "moved", "move", "moves", "moving", "left", "occupied", "occupy", "occupies", "occupying"})
# Of those, the ones a bare state may do too, a known place or a held place still their object: "Libya had occupied the
# Aouzou Strip", "Israel occupied the Golan Heights in June 1967" (an occupation); not "China occupied
# the top spot", "Protesters occupied the square" (no armed name or armed men).
STATE_PLACED_MOVES = frozenset({"occupied", "occupy", "occupies", "occupying"})
MOVE_OBJECT_REACH = 6
MOVE_THROUGH = frozenset({"from", "into", "across"})
# A place fell: "fell" after a name written with a capital that does not open its sentence, or after a noun of a
# held place, is a capture (`recognise.moves.falls`): "the rebel capital Knin fell the next day", "the
# last positions in the hills of Chanzu and Runyoni fell on 4 November"; "prices fell", "Tudjman fell ill", "the
# government fell" tell none. Not before a word of FELL_NOT_AFTER ("the city fell silent", "fell into disrepair").
# A movement ("entered", "crossed") is a happening of its own only where the text dates it, by a word of TIME_WORDS or a
# year in its sentence before it or in its clause after it (`recognise.moves._dated`): "On 14 August 1992, units of
# the Georgian National Guard entered Abkhazia", "Hours later US and British ground forces crossed from Kuwait"; "troops
# from neighbouring Eritrea entered the northern Tigray region during the conflict" tells a part of the conflict told.
DATED_MOVES = frozenset({"entered", "enter", "enters", "crossed", "cross", "crosses", "left"})
# A verb of CROSSINGS crosses a line of war as well as a place: a noun of CROSSED_LINES heading its phrase in its object
# (past a word of CROSSED_WAYS), with armed men heading its subject, dated as DATED_MOVES are and on no errand as
# ERRANDS (`recognise.moves._line_crossed`): "the Red Army crossed the border on 30 November", "Japanese forces
# crossed to the west bank on the night of 2 July"; a "line" only by its name's capital or after a word of WAR_LINES
# ("crossed the Line of Control on 12 May", "crossed the ceasefire line"; not "the army's chief crossed the line with
# his remarks"), not after a word of CROSSED_NOT_LINES ("Soldiers crossed the finish line on Sunday"), nor "The Army
# team crossed" (a qualifier), nor refugees who crossed the border (no armed men), nor "crossed the river to celebrate",
# nor for an occasion (OCCASIONS: "crossed the border on leave", "for the funeral", "on a goodwill visit").
CROSSINGS = frozenset({"crossed", "cross", "crosses"})
CROSSED_LINES = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "river", "canal", "bank",
                           "parallel", "line", "lines"})
LINE_WORDS = frozenset({"line", "lines"})
WAR_LINES = frozenset({"ceasefire", "cease-fire", "armistice", "demarcation", "front", "enemy", "truce", "border",
                       "frontier"})
CROSSED_WAYS = frozenset({"to", "into", "over", "across"})
CROSSED_NOT_LINES = frozenset({"finish", "picket", "party", "poverty", "goal", "starting", "start", "touch", "try",
                               "date", "color", "colour", "red", "fine", "bottom", "top", "credit", "tax"})
# Troops that leave a place "to" do something go on a trip, no withdrawal (`recognise.moves._on_an_errand`): "The
# soldiers left the base on Friday to spend the weekend with their families": "to" before a lower-case word that is
# no determiner (ERRAND_NOT_AFTER: "left Kabul to the Taliban") in the verb's clause.
ERRANDS = frozenset({"left"})
ERRAND_TO = frozenset({"to"})
ERRAND_NOT_AFTER = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
# Armed men who arrived or landed somewhere are deployed there only if the verb's next word is one of ARRIVED_AT and a
# known place or a noun of a held place heading its phrase follows it, before a word of OBJECT_STOPS
# (`recognise.moves._arrived`): "British and French paratroopers landed at Port Said", "the first peacekeepers
# arrived in Goma on Friday"; not "Soldiers arrived home on leave", "The troops arrived late for dinner", "Marines
# landed in a helicopter at the White House". Nor for an occasion (OCCASIONS after "for", ARRIVED_FOR, or TRIPS after
# "on", ARRIVED_ON_TRIP, in its clause): "The UN peacekeepers arrived in Geneva for a conference", "arrived on a visit";
# a line crossed neither (`recognise.moves._line_crossed`: "crossed the border on leave"). Not every occasion after "on"
# ("landed on the bank holiday", "crossed on the anniversary of the coup" tell a date). A word of armed men that
# qualifies a noun arms no one ("The army band arrived in Vienna", `armed.armed_head`). A force by its name or by a noun
# of CONTINGENTS just before the verb arrives on a date too (ARRIVED_ON before a number or a word of TIME_WORDS) with no
# place told: "The first UNEF contingents arrived on 15 November"; "Contingents of fans arrived" are no force.
ARRIVALS = {"arrived": "Deployment", "landed": "Deployment"}
ARRIVED_AT = frozenset({"in", "at"})
ARRIVED_ON = frozenset({"on"})
CONTINGENTS = frozenset({"contingent", "contingents"})
ARRIVED_FOR = frozenset({"for"})
ARRIVED_ON_TRIP = frozenset({"on"})
TRIPS = frozenset({"leave", "visit", "visits", "tour", "pilgrimage"})
ARRIVED_FOR_REACH = 3
OCCASIONS = frozenset({"conference", "conferences", "festival", "ceremony", "ceremonies", "celebration",
                       "celebrations", "parade", "final", "match", "game", "games", "tournament", "concert", "summit",
                       "talks", "meeting", "meetings", "funeral", "wedding", "visit", "holiday", "dinner", "exercise",
                       "exercises", "commemoration", "anniversary"})
TIME_WORDS = frozenset({*(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in calendar.day_name),
                        "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "later", "yesterday", "today",
                        "tonight", "overnight", "dawn", "morning", "evening", "night"})
MOVE_CLAUSE_END = frozenset({",", ";", ":"})
# Armed men advancing push forward, an offensive (`recognise.advances`): the verb with armed men or an armed name as
# its subject and a way right after it, a compass way (ADVANCED_COMPASS: "advanced north") or one to a goal within
# ADVANCE_GOAL_REACH words, a known place, a held place (FALLEN_HOLDINGS: "the capital") or ADVANCE_GOALS, before a word
# of a game or a ranking (ADVANCE_NOT_GOALS): "the Salvadoran army advanced along the main road towards the capital",
# "advance towards Irbid"; the noun after a possessor with armed men or an armed name earlier in its sentence, no word
# of a payment or a ranking after it (ADVANCE_NOUN_NOT_BEFORE), and a goal after a way after it ("Paraguayan troops had
# reached the Andean foothills, but their advance stalled"). Not "Shares advanced 2%", "Army advances into the second
# round", "The soldiers advanced towards a settlement", "the party's advance in the polls", "The army's advance
# payment", "paid in advance".
ADVANCE_CLASS = "Offensive"
ADVANCING_VERBS = frozenset({"advanced", "advance", "advances", "advancing"})
ADVANCED_COMPASS = frozenset({"north", "south", "east", "west", "northward", "southward", "eastward", "westward",
                              "northwards", "southwards", "eastwards", "westwards", "inland"})
ADVANCED_WAYS = ADVANCED_COMPASS | frozenset({"on", "along", "towards", "toward", "into", "through", "across",
                                              "deeper", "further", "beyond"})
ADVANCE_GOAL_REACH = 6
ADVANCE_GOALS = ADVANCED_COMPASS | frozenset({"border", "frontier", "front", "coast", "river", "villages", "towns",
                                              "cities", "territory", "province", "region", "valley", "hills", "pass"})
ADVANCE_NOT_GOALS = frozenset({"final", "finals", "round", "semifinal", "semifinals", "semi-finals", "quarterfinals",
                               "table", "league", "playoffs", "standings", "rankings", "polls", "settlement", "deal",
                               "politics", "market", "markets"})
ADVANCING_NOUNS = frozenset({"advance", "advances"})
ADVANCE_OWNERS = frozenset({"its", "their", "our", "his", "her"})
ADVANCE_NOUN_NOT_BEFORE = frozenset({"in", "of", "to", "for", "payment", "payments", "pay", "notice", "warning",
                                     "booking", "bookings", "ticket", "tickets", "copy", "copies", "team", "party"})
ADVANCE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(ADVANCING_VERBS | ADVANCING_NOUNS)) + r")\b",
                           re.IGNORECASE)  # most blocks hold none
# A military exercise (`recognise.exercises`): a noun of EXERCISES with a qualifier of arms (EXERCISE_QUALIFIERS)
# within EXERCISE_QUALIFIER_REACH words before it ("Our marines were carrying out a routine firing drill", "began joint
# military exercises"), one of its kind (EXERCISE_KINDS) with armed men, a weapon or an armed name in its clause ("Is
# the combined exercise with the United States going ahead?"), or held: a verb of holding (EXERCISE_HOLDERS) within EXERCISE_HOLDER_REACH words before it in
# its sentence, a determiner or a qualifier of its kind (EXERCISE_OPENERS) within EXERCISE_QUALIFIER_REACH words before
# it, and armed men, a weapon or an armed name in its clause ("as part of the Hoguk exercise", "will hold a combined
# exercise in the West Sea"). No noun of a thing before EXERCISE_NOT_BEFORE ("the exercise of power", "The war exercise
# book"); not "to exercise restraint", "Soldiers exercise in the gym", "The hospitals held a joint exercise",
# "Microsoft announced joint exercises with Google", "Army drills for the parade began".
EXERCISE_CLASS = "Exercise"
EXERCISES = frozenset({"exercise", "exercises", "drill", "drills"})
EXERCISE_QUALIFIERS = frozenset({"military", "naval", "firing", "live-fire", "artillery", "amphibious",
                                 "anti-submarine", "air-defence", "air-defense", "missile"})
EXERCISE_QUALIFIER_REACH = 2
EXERCISE_KINDS = frozenset({"joint", "combined", "annual", "large-scale", "routine", "tactical", "defensive",
                            "strategic"})
EXERCISE_OPENERS = EXERCISE_KINDS | frozenset({"a", "an", "the", "its", "their", "our", "this", "these"})
EXERCISE_HOLDERS = frozenset({"hold", "holds", "held", "holding", "conduct", "conducts", "conducted", "conducting",
                              "carry", "carries", "carried", "carrying", "stage", "stages", "staged", "staging",
                              "begin", "begins", "began", "begun", "beginning", "launch", "launched", "launching"})
EXERCISE_HOLDER_REACH = 12
EXERCISE_NOT_BEFORE = frozenset({"of", "book", "books", "bike", "bikes", "class", "classes", "regime", "routine"})
EXERCISE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(EXERCISES)) + r")\b", re.IGNORECASE)  # most blocks hold none
# A verb of pulling with armed men as its object and "out" right after them, within PULLED_REACH words, withdraws them
# (`recognise.moves.pullouts`): "before pulling its ground forces out on Aug. 5", "pulled their troops out of
# Gaza"; "pulled the plug out", "pulled his son out of school", "pulled its sales force out of Brazil" none.
PULLING = frozenset({"pull", "pulls", "pulled", "pulling"})
PULLED_OUT = frozenset({"out"})
PULLED_REACH = 4
# A verb of driving with armed men as its object and "out" or "back" right after them drives them off, an expulsion
# (a Displacement, as "expelled" is): "the army drove the last guerrillas out of their bases", "Federal troops drove the
# militants back into Chechnya"; "drove the car out of the garage", "drove his son back home" none. Each verb of
# PULLED_OFF: the particles after its armed object and the class it names. A verb of DRIVING needs armed men as its
# subject, and "back" (DRIVEN_BACK) a way beyond after it (DRIVEN_BACK_WAYS): "The bus driver drove the soldiers
# back to their barracks", "The sergeant drove the troops back to base after the parade" drive off no one.
DRIVING = frozenset({"drive", "drives", "drove", "driven", "driving"})
DRIVEN_BACK = frozenset({"back"})
DRIVEN_BACK_WAYS = frozenset({"across", "into", "beyond", "over", "behind", "toward", "towards"})
PULLED_OFF = {**dict.fromkeys(PULLING, (PULLED_OUT, "Withdrawal")),
              **dict.fromkeys(DRIVING, (frozenset({"out", "back"}), "Displacement"))}
# ...and what they are pulled "out of", if told, is a place: a known one, one of FALLEN_HOLDINGS or PULLED_FROM,
# before a word of OBJECT_STOPS or PREPOSITIONS within PULLED_REACH words ("out of Gaza", "out of the city"; not "The
# coach pulled his tired forces out of the match against Chelsea", "Unilever pulled its security forces out of the
# plantation in Kenya").
PULLED_OF = frozenset({"of"})
PULLED_FROM = frozenset({"country", "region", "area", "province", "territory", "zone", "border", "front", "bases"})
PULLING_WORDS = re.compile(r"\b(?:" + "|".join(sorted(PULLED_OFF)) + r")\b", re.IGNORECASE)  # most blocks hold none
FELL = frozenset({"fell"})
# ...its subject also a held place before ", which" or before an aside between commas (`recognise.moves.antecedent`):
# "the fort of Boquerón, which fell on 31 July 1932", "Entebbe, the airport base, fell on Saturday".
FELL_RELATIVE = frozenset({"which", "that"})
FELL_ASIDE_REACH = 12
# A place freed by arms: "liberated" after a held place or a known place as its passive subject ("Kuwait City was
# liberated", "declared the city liberated", "the eastern half of the city had been fully liberated"), or with one
# as its object ("forces liberated Kherson"), is a capture (`recognise.moves.liberated`); "women felt liberated",
# "liberated from stress", "liberated the data" tell none.
LIBERATED = frozenset({"liberated"})
LIBERATED_GAP = frozenset({"was", "were", "had", "has", "have", "been", "being", "is", "are", "fully", "finally",
                           "officially", "completely", "now", '"', "“", "'", "‘"})
LIBERATED_OBJECT_BEFORE = frozenset({"the"})
# ...with armed men or an armed name as its subject when the place is its object ("Ukrainian forces liberated Kherson";
# not "The Beatles liberated Liverpool"), and, if "from" follows within LIBERATED_REACH words, a place, armed men, an
# armed name or a word of LIBERATED_FROM after it ("Paris was liberated from German occupation"; not "London was
# liberated from congestion").
LIBERATED_FROM = frozenset({"occupation", "occupiers", "occupier", "invaders", "invader", "enemy", "siege", "rule",
                            "control", "captivity"})
LIBERATED_FROM_WORD = frozenset({"from"})
LIBERATED_REACH = 4
# An amount or a score after "fell" tells a price or a game, no place taken (`recognise.moves.fallen`): "Shares of
# Apple fell 3%", "fell by half", "fell to 40", "Germany fell to Japan 2-1".
FELL_AMOUNT = re.compile(r"\s+(?:by\b|(?:to\s+)?[$€£]?\d|to\s+(?:[\w.'’-]+\s+){1,4}\d+\s*[-–]\s*\d)",
                         re.IGNORECASE)
FALLEN_HOLDINGS = frozenset({"city", "town", "village", "capital", "stronghold", "strongholds", "garrison", "fortress",
                             "enclave", "positions", "base", "airport", "port", "citadel"})
# ...and the nouns of an area held: a place's own noun as a passive subject ("The area was surrounded by").
HELD_AREAS = FALLEN_HOLDINGS | PULLED_FROM
# A noun of FALLEN_HOLDINGS heads its phrase, a place of its own, before the end of the text, a mark, a name written
# with a capital, a number or one of these words; before another lower-case word it qualifies that noun: "the village
# children", "the town bus", "the city council" (`recognise.moves._heads_phrase`).
HELD_NOUN_ENDS = OBJECT_STOPS | PREPOSITIONS | TIME_WORDS | frozenset({"itself", "that", "which", "where", "last",
                                                                          "again", "within", "without"})
FELL_NOT_AFTER = frozenset({"ill", "sick", "silent", "quiet", "short", "apart", "asleep", "victim", "prey", "behind",
                            "below", "under", "into", "out", "off", "back", "down", "through", "away", "flat", "foul",
                            "by", "sharply", "steeply", "slightly", "further", "from", "over"})

# An agreement's end (`claimgraph.recognise.agreement_ends`): the classes of the agreement words
# it needs, and its cue phrases. A phrase after the agreement word (its subject: "the ceasefire collapsed",
# "the deal was terminated"), a verb before it (its object: "terminated the deal"), "declared X void",
# or a party leaving it ("Russia withdrew from the grain deal"); never without an agreement word
# ("the building collapsed", "troops withdrew from the town" stays a Withdrawal).
AGREEMENT_CLASSES = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")
ENDED_AFTER = ("collapsed", "collapses", "has collapsed", "had collapsed", "broke down", "breaks down",
               "has broken down", "had broken down", "was terminated", "were terminated", "has been terminated",
               "had been terminated", "was annulled", "was revoked", "was abrogated", "was scrapped",
               "was declared void", "was declared null", "expired", "lapsed")
ENDING_BEFORE = ("terminated", "terminates", "annulled", "revoked", "abrogated", "scrapped", "tore up",
                 "repudiated", "renounced")
# An agreement of war broken, its subject before the cue as for ENDED_AFTER or "it" opening the sentence after one
# whose subject is one (BROKEN_PRONOUNS, BROKEN_SUBJECT_REACH): "The ceasefire was often broken", "A ceasefire took
# effect on 16 September. It was broken within hours" (a Violation: the agreement may hold again). A word of
# BROKEN_GENERIC, of business as of war, only capitalised in a name or after a word of BROKEN_QUALIFIERS ("The peace
# agreement was violated"; not "The agreement was broken by the tenant", "The club signed a sponsorship deal. The deal
# was broken in June"). Not "The record was broken", "It was broken beyond repair" with no agreement before it, nor
# "the merger deal was broken up" (BROKEN_NOT).
BROKEN_AFTER = ("was broken", "were broken", "was often broken", "was repeatedly broken", "was frequently broken",
                "has been broken", "had been broken", "was violated", "were violated", "was repeatedly violated",
                "has been violated", "had been violated", "have been violated")
BROKEN_PRONOUNS = frozenset({"it"})
BROKEN_SUBJECT_REACH = 3  # words that open the sentence before "It was broken", to its agreement ("A partial ceasefire")
BROKEN_GENERIC = frozenset({"agreement", "accord", "deal", "contract"})
BROKEN_QUALIFIERS = frozenset({"peace", "ceasefire", "cease-fire", "truce", "armistice", "border", "security"})
BROKEN_NOT = frozenset({"up", "off", "into", "apart"})
DECLARING = ("declared", "declares", "declare")
VOIDING = DECLARING + ("pronounced",)  # "declared the Algiers Accord void"
VOID = ("void", "null", "invalid", "defunct", "over", "dead", "finished")  # "declared the truce over"
# ...of which those that are prepositions too end an agreement only before a mark, the text's end or a word that
# opens no noun phrase (VOID_THEN): "declared the truce over on Monday", not "declared a truce over the holiday",
# "declared a truce over Christmas" (a truce for a time: declared, not ended).
VOID_PREPOSITIONS = frozenset({"over"})
VOID_THEN = frozenset({"on", "in", "at", "after", "before", "and", "but", "as", "because", "since", "following", "when",
                       "with", "by", "amid", "citing", "saying", "today", "yesterday", "tonight", "last", "early",
                       "late", "again", "too", "only", "just", "for", "once"})
# ... or that opens a time: a weekday or a count ("declared the ceasefire over Monday", "over three days later", "over
# two weeks ago"), "the" and a word of sequence ("declared the ceasefire over the next day"). Only an agreement told
# definitely is ended so; "declared a truce over ..." (HALT_INDEFINITE) declares a new one.
VOID_TIME = frozenset(name.lower() for name in calendar.day_name) | frozenset(
    "two three four five six seven eight nine ten eleven twelve several".split())
VOID_TIME_AFTER_THE = frozenset({"next", "following", "same", "previous"})
LEAVING_BEFORE = ("withdrew from", "withdraws from", "withdraw from", "withdrawn from", "withdrawing from",
                  "pulled out of", "pulls out of", "pull out of", "pulling out of", "quit", "exited",
                  "suspended its participation in", "suspended their participation in",
                  "suspended participation in")
# Cues that leave an agreement only with a determiner and the agreement word right after them: "Iran quit
# the deal", not "The minister quit over the deal with the opposition".
CLOSE_CUES = frozenset({("quit",)})
CLOSE_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})
# Words that part a cue from a noun that is not what it governs: "withdrew from the town under the agreement".
AGREEMENT_STOPS = frozenset({"in", "under", "with", "despite", "after", "before", "by", "to", "at", "on", "as", "and",
                             "over",
                             "or", "but", "from", "for", ",", ";", ".", "that", "which"})
AGREEMENT_REACH = 5  # words from a cue to the agreement word it governs ("the Black Sea grain deal")
# Words that may stand between the agreement word and a cue after it: "the ceasefire, which quickly collapsed",
# "the truce itself broke down" (and any adverb in -ly); at most SUBJECT_REACH of them.
SUBJECT_GAP = frozenset({",", "which", "that", "itself", "then", "soon", "later", "also"})
SUBJECT_REACH = 3

# Resolutions named by number: "resolutions 822, 853 and 874", "Resolution No. 2254", "UNSCR 1973" (a Security
# Council resolution by its acronym), in a headline's capitals too ("ADOPTED RESOLUTION 2231"). A number is whole (no
# letter, digit or slash goes on: "1080p") and no measure of a screen or picture follows it ("a resolution 1080 pixels
# high", "RESOLUTION 1920 X 1080", "a resolution 100 times finer", "4096 wide", "7680 across", "1080 at 60 fps": the
# word's other sense); nor is one a year's vow ("New Year's resolution 2025", "MY RESOLUTIONS 2025"). "by" and a
# number measure only a screen's other side, not a vote ("adopted resolution 68/262 by 100 votes to 11").
_BY_SIDE = r"(?i:by)[ \t]+\d+(?![\d-])(?![ \t]*(?i:votes?|to|in|for|against)\b)"
_FRAME_RATE = r"at[ \t]+\d+[ \t]*(?:fps|frames|hz)"  # "1080 at 60 fps"
_PICTURE_MEASURE = (rf"[ \t]*(?:[x×X][ \t]*\d|{_BY_SIDE}|"
                    rf"(?i:pixels?|px|dpi|ppi|lines|megapixels|times|wide|high|tall|across|{_FRAME_RATE})\b)")
RESOLUTION_NUMBER = rf"\d{{2,4}}(?:/\d{{1,4}})?(?![\w/])(?!{_PICTURE_MEASURE})"
_NOT_A_VOW = (r"(?<!(?i:year)[ \t])(?<!(?i:year's)[ \t])(?<!(?i:year’s)[ \t])"
              r"(?<!(?i:\bmy)[ \t])(?<!(?i:\bour)[ \t])(?<!(?i:\byour)[ \t])")  # "MY RESOLUTIONS 2025 AND 2026"
RESOLUTION_WORD = rf"{_NOT_A_VOW}(?:[Rr]esolutions?|RESOLUTIONS?|UNSCRs?)"
# A number of a list may carry its year in brackets and its day ("its resolutions 353 (1974) of 20 July, 354 (1974) of
# 23 July and 358 (1974) of 15 August 1974"): read with the number (`RESOLUTION_ITEM`), no number of the list.
_MONTH = "|".join(calendar.month_name[1:])
_RESOLUTION_TRAIL = (rf"(?:[ \t]*{_years.bracketed()})?(?:[ \t]+of[ \t]+\d{{1,2}}[ \t]+(?:{_MONTH})"
                     rf"(?:[ \t]+{_years.YEAR})?)?")
RESOLUTION_ITEM = rf"(?P<number>{RESOLUTION_NUMBER}){_RESOLUTION_TRAIL}"
_LISTED = rf"{RESOLUTION_NUMBER}{_RESOLUTION_TRAIL}"
RESOLUTIONS = re.compile(rf"\b{RESOLUTION_WORD}\s*(?:(?i:no)\.?\s*|(?i:numbers?)\s+)?\(?\s*(?P<list>{_LISTED}"
                         rf"(?:\s*(?:,|(?i:and)|,\s*(?i:and)|&)\s*{_LISTED})*)")
# A resolution word in capitals names a body's act only where its line says so: a body of states or an act of one
# ("COUNCIL ADOPTS RESOLUTION 2231", "UN RESOLUTION 242 IGNORED") or the year in brackets that a resolution's own
# heading gives ("RESOLUTION 360 (1974)"). A header's field in capitals is no act: "MONITORING SERVICE  RESOLUTION
# 3840" (a message's or a file's number), "SCAN LOG RESOLUTION 600".
CAPITALS_RESOLUTION = "RESOLUTION"  # how the resolution word opens in capitals ("RESOLUTION", "RESOLUTIONS")
CAPITALS_RESOLUTION_LINE = re.compile(
    r"\b(?:U\.?N\.?|UNSC|UNITED[ \t]+NATIONS|COUNCIL|ASSEMBLY|CONGRESS|PARLIAMENT|SENATE|LEAGUE|"
    r"ADOPT\w*|PASS(?:ES|ED|ING)?|VOT\w*|APPROV\w*|IMPLEMENT\w*|DEMAND\w*|CALL(?:S|ED|ING)?|BACK(?:S|ED)|"
    r"REJECT\w*|ACCEPT\w*|COMPL(?:Y|IES|IED|IANCE)|VIOLAT\w*|DEFY\w*|DEFIE[SD]|IGNOR\w*|VETO\w*)\b"
    # "UNDER RESOLUTION 242", "HOUSE RESOLUTION 5" only right before the word: "MARKETS UNDER PRESSURE - RESOLUTION
    # 4000 TV SETS", "HOUSE PRICES: RESOLUTION 2024 HITS RECORD" name none
    r"|\b(?:UNDER|HOUSE)[ \t]+RESOLUTIONS?\b"
    rf"|{_years.bracketed()}")
# The body of states named with its numbered resolution is the body that adopted it (`extract.issuers`): right before
# the resolution word ("UN Security Council Resolution 487", "the Security Council's resolution 1244"), or its subject
# with the resolution in an aside ("the Security Council, in Resolution 428, condemned", "by Resolution 822"); a
# number later in a list is the body's too ("Security Council resolutions 822, 853 and 874"). Not "under": who acts
# under a resolution carries out another's ("NATO, under Resolution 1973, enforced a no-fly zone").
BODY_RESOLUTION = re.compile(rf"(?:[’']s)?(?:[ \t]*,[ \t]*(?:in|by)(?:[ \t]+its)?)?[ \t]+"
                             rf"{RESOLUTION_WORD}[ \t]*(?:No\.?[ \t]*)?\(?[ \t]*"
                             rf"(?:{RESOLUTION_NUMBER}[ \t]*(?:,|and|,[ \t]*and|&)[ \t]*)*")
# ...but not where a passive follows the aside: "The European Union, in resolution 1244, was asked to help" names the
# body the resolution asks, not its author.
RESOLUTION_ASIDE_PASSIVE = re.compile(r"[ \t]*\)?[ \t]*,[ \t]*(?:was|were|is|are|(?:has|have|had)[ \t]+been)\b")
# The acts of the European Union, named by their kind and number: "Council Regulation (EU) No 1284/2009", "Decision
# 2009/788/CFSP", "Council Common Position 2004/161/CFSP", "Commission Implementing Regulation (EU) 2022/328"
# (`recognise.numbered`). A number with its slash and year is what makes the kind word an act's name: "the decision
# of 2009" is a body's decision told by its noun (`recognise.decisions`). The Union's own mark must be there too: its
# Council or Commission before, or its series in brackets or after the number; "Decision 31/2010" of a national court,
# "Regulation 2019/12 of the Spanish tax agency", "Regulation No 12/34" of a club are none of its acts.
EU_ACT_KIND = r"(?:Regulation|Decision|Directive|Common[ \t]+Position|Joint[ \t]+Action)[ \t]+"
EU_ACT_SERIES = r"\((?:EU|EC|EEC|Euratom|CFSP)\)[ \t]+"
EU_ACT_NUMBER = r"(?:No\.?[ \t]*)?\d{1,4}/\d{2,4}"
EU_ACT_SUFFIX = r"/(?:CFSP|EU|EC|EEC|JHA|PESC)"
EU_ACTS = re.compile(rf"\b(?P<name>(?:Council|Commission)[ \t]+(?:Implementing[ \t]+|Delegated[ \t]+)?{EU_ACT_KIND}"
                     rf"(?:{EU_ACT_SERIES})?{EU_ACT_NUMBER}(?:{EU_ACT_SUFFIX})?"
                     rf"|{EU_ACT_KIND}{EU_ACT_SERIES}{EU_ACT_NUMBER}(?:{EU_ACT_SUFFIX})?"
                     rf"|{EU_ACT_KIND}{EU_ACT_NUMBER}{EU_ACT_SUFFIX})(?![\w/])")
PRESENCE_OF = {("presence", "of")}  # "the presence of Eritrean troops" is a deployment
MOVED_INTO = {"into"}  # "units ... moved into South Ossetia"
# Attack words that name a movement of troops when a place they go into follows: "a Russian military
# incursion into South Ossetia" is a deployment there; "pushed back an incursion towards Addis Ababa",
# an attack.
INCURSIONS = {"incursion", "incursions"}
# Abbreviations a number follows ("Resolution No. 2254", "pp. 12"): the full stop ends no sentence.
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "p", "pp", "vol", "art", "para", "sec", "fig", "ch"})
# The cue phrases of an agreement's end are verb forms: each tells a new happening.
VERBS = VERBS | frozenset(ENDED_AFTER + ENDING_BEFORE + VOIDING + LEAVING_BEFORE + BROKEN_AFTER)
# A truce or ceasefire one side declares, or one told taking effect, is a happening, not the accord sides conclude
# (`recognise.truces`): "the government declared an indefinite humanitarian truce", "the ceasefire declared with the
# FARC", "a ceasefire took effect across Algeria", "a ceasefire is to take effect once ...". Not "a truce agreed by
# local commanders", "a definitive ceasefire was signed", "the ceasefire agreement took effect" (an agreement's name).
HALT_WORDS = frozenset({"ceasefire", "cease-fire", "truce"})
HALT_DECLARED = frozenset(DECLARING + ("declaring", "proclaimed", "proclaims", "proclaim"))
# Between the verb of declaring and the word: an article, a qualifier, a quotation mark ("declared "an indefinite
# humanitarian truce""); at most HALT_DECLARED_REACH tokens, none of them a verb of concluding.
HALT_DECLARED_REACH = 5
# After the word: its entry into force, or its taking hold (said of a halt only: "a ceasefire took hold"), past an
# auxiliary or a word of report ("is to take effect", "was due to take effect", "was reported to be taking hold",
# "CEASEFIRE UNDERSTOOD TAKING HOLD"): at most HALT_EFFECT_REACH such words between.
HALT_EFFECT = re.compile(r"(?:(?:took|take|takes|taking|taken)\s+(?:effect|hold)|(?:came|come|comes|coming|entered|enters"
                         r"|went|go|goes)\s+(?:effect|into\s+(?:force|effect)))\b", re.IGNORECASE)
HALT_EFFECT_GAP = frozenset({"is", "was", "would", "will", "to", "finally", "formally", "officially", "then", "shall",
                             "should", "due", "be", "been", "have", "has", "had", "reported", "understood", "said",
                             "believed", "appeared", "seemed"})
HALT_EFFECT_REACH = 5
# Before "taking effect": the progressive of having an effect ("air strikes were taking effect on the supply lines",
# "sanctions began taking effect"), no entry into force (`recognise.effects_felt`).
EFFECT_FELT_AFTER = frozenset({"is", "are", "was", "were", "be", "been", "being", "began", "begun", "begin", "begins",
                               "started", "starts", "start", "slowly", "finally", "already"})
# Not a ceasefire a relative clause says took effect ("The ceasefire that took effect on Monday largely held": the
# accord, which held), nor one a qualifier says was concluded ("a United Nations-brokered ceasefire took effect"):
# these are the accord, whose entry into force the verb tells. The qualifier within HALT_QUALIFIER_REACH tokens before.
HALT_CONCLUDED = frozenset({"brokered", "negotiated", "agreed", "mediated", "signed", "sponsored", "backed"})
HALT_QUALIFIER_REACH = 4
# The subject of an agreement's end may carry a participle phrase of concluding between the agreement word and the
# cue ("The ceasefire agreed by both sides was broken within days", "The deal signed by both parties collapsed"): a
# participle of SUBJECT_PARTICIPLES right after the word, then a preposition and at most SUBJECT_PARTICIPLE_REACH
# lower-case words in all (`recognise.agreement_ends`: "agreed in Minsk" would lend the end its place).
SUBJECT_PARTICIPLES = HALT_CONCLUDED | frozenset({"reached", "concluded"})
SUBJECT_PARTICIPLE_REACH = 7
# Nor, between a verb of declaring and the word, a verb of concluding or a word that joins or governs a phrase.
HALT_NOT_BETWEEN = HALT_CONCLUDED | {"reached", "concluded", "and", "or", "but", "with", "by", "of", "for", "to"}
# Only a ceasefire told for the first time, after an indefinite article, is told by its taking effect: "The ceasefire
# took effect on 11 April" names the accord told before (its entry into force is the verb's). The nearest determiner
# (`coreference.DETERMINERS`) within HALT_QUALIFIER_REACH tokens before the word decides.
HALT_INDEFINITE = frozenset({"a", "an", "another"})
# A verb of ending (ENDED_AFTER) within HALT_ENDED_REACH words after "the ceasefire declared" makes the word the accord
# that ended ("The ceasefire declared with the FARC collapsed in January"); "between" right after the word names the
# sides whose accord it is ("declared a ceasefire between the army and the rebels").
HALT_ENDED_REACH = 6
HALT_BETWEEN = frozenset({"between"})
# A truce between civilian parties is a figure of speech, no ceasefire (`recognise.truces.civil`): "The company
# declared a truce with the unions", "The two rival gangs declared a truce in the city's east". Told only by positive
# evidence: the head noun (its last word) of a plain noun phrase (a determiner, then lower-case words only) that
# declares it, or that follows "with" (HALT_WITH) up to a mark or a word of HALT_PARTY_END, is one of
# CIVILIAN_PARTIES. A party after "with" tells nothing when a name, a pronoun or a side of war (HALT_SIDES: armed men,
# states' governments and their opponents) declares it; nor a phrase that goes on ("of": "with the leaders of the
# unions", HALT_PARTY_OF; or past HALT_PARTY_REACH words). Those who strike or protest are civilian ("declared a truce
# with the protesters", "the striking miners"); gangs too (a truce of gangs is no war's, though they fight). The
# opposition is not: in a civil war it is the armed side ("the United Tajik Opposition"), so it stays in HALT_SIDES.
HALT_WITH = frozenset({"with"})
HALT_PARTY_END = frozenset({"in", "on", "at", "after", "before", "over", "since", "until", "across", "along", "that",
                            "which", "who", "and", "but", "to", "for"})
HALT_SIDES = TROOPS | IRREGULARS | AGREEING_SIDES | AGREEING_TITLES | frozenset({
    "government", "armies", "military", "militaries", "separatist", "insurgent", "regime", "junta", "authorities",
    "enemy", "enemies", "side", "opposition", "warring", "armed", "belligerent", "combatants", "invaders", "occupiers",
    "neighbour", "neighbours", "neighbor", "neighbors", "state", "states", "country", "countries", "nation", "nations",
    "north", "south", "leaders", "leader", "tribe", "clan", "faction", "factions", "tribesmen", "warlord", "warlords",
    "parties"})
# ...of which the words of politics name no side of war against a civilian party after "with" ("The government
# declared a truce with the unions", "The opposition leader declared a truce with the teachers": a figure of speech).
HALT_POLITICAL = frozenset({"government", "governments", "authorities", "opposition", "leaders", "leader", "parties",
                            "side", "sides", "state", "states", "country", "countries", "nation", "nations",
                            "delegations", "president", "presidents", "minister", "ministers", "premier",
                            "chancellor"})
HALT_PARTY_REACH = 5
HALT_PARTY_OF = frozenset({"of"})
CIVILIAN_PARTIES = frozenset({
    "company", "companies", "firm", "firms", "management", "managers", "bosses", "union", "unions", "workers",
    "employers", "employees", "staff", "club", "clubs", "team", "teams", "league", "board", "directors",
    "shareholders", "owners", "players", "fans", "supporters", "gang", "gangs", "brothers", "sisters", "family",
    "families", "landlords", "tenants", "couple", "broadcasters", "retailers", "drivers", "teachers", "doctors",
    "nurses", "miners", "strikers", "protesters", "protestors", "demonstrators"})
# Without a meeting, two sides of a conflict that agree to an act that ends or pauses its fighting concluded an
# agreement too (`recognise.accords._two_sides`, `_ends_war`): "Israel and Hamas agreed to a four-day pause in fighting",
# "both sides agreed to exchange prisoners", "the two governments agreed to withdraw their troops", "Britain,
# Switzerland and West Germany agree to free Leila Khaled and other prisoners". The act names the war: no other word
# of it is asked. Two sides, named in the verb's subject (the words right before it, back to a mark, a preposition or
# a word that opens a clause: AGREED_SUBJECT_BREAK; at most AGREED_SUBJECT_REACH words): "warring" (AGREED_WARRING),
# "sides" (AGREED_SIDES_WORD) last, a word of AGREED_PAIR before a noun of sides last, or sides on either side of
# "and" (AGREED_AND; a state's government too, AGREED_SIDE_NOUNS); the act (AGREED_WAR_END, or AGREED_HALT) within
# AGREED_HALT_REACH characters after it, no evidence of the sides ("Democrats and Republicans agreed to a pause in
# hostilities over the budget" tells none). Not "The board met on Monday and agreed to raise the dividend", nor "Apple
# and Google agreed to end their dispute" (no side of a conflict), nor "Russia agreed to withdraw" (one side's
# stance), nor "After weeks of fighting and heavy losses, Russia agreed to withdraw".
AGREED_PAIR = frozenset({"both", "two"})
AGREED_WARRING = frozenset({"warring"})
AGREED_SIDES_WORD = frozenset({"sides"})
AGREED_SIDE_NOUNS = frozenset({"government", "regime", "junta"})
AGREED_AND = "and"
# The other side after the verb: "Israel agreed with Hamas to a four-day pause" (at most AGREED_WITH_REACH words of
# it, no mark but a name's, before "to" or "on").
AGREED_WITH = frozenset({"with"})
AGREED_WITH_REACH = 5
NAME_MARKS = frozenset({"-", "'s", "’s", "'", "’", "."})
AGREED_SUBJECT_BREAK = PREPOSITIONS | frozenset({
    ",", ";", ":", "(", ")", "—", "–", "after", "before", "during", "following", "since", "until", "when", "while",
    "as", "once", "if", "because", "that", "which", "who", "where", "but", "then"})
AGREED_SUBJECT_REACH = 8
_CAPTIVES = r"(?:prisoners?|captives?|detainees?|hostages?|bodies|pows)"
# What sides pull back: armed men, or the ships that stand for them at sea ("both sides agreed to pull back ships,
# troops and flags"), past at most three words, a list's commas among them (_LISTED); not a comma before a
# conjunction, which may join the next clause ("agreed to withdraw their ambassadors, and troops massed").
_ARMED_MEN = "|".join(sorted(TROOPS | {"personnel", "ships", "warships", "vessels", "gunboats"}))
_LISTED = r"[\w-]+(?:,(?!\s+(?:and|or|but)\b))?\s+"
_PAUSE = r"(?:humanitarian\s+)?pauses?\s+in\s+(?:the\s+)?(?:fighting|hostilities)|humanitarian\s+pauses?"
_SWAP = rf"{_CAPTIVES}\s+(?:exchanges?|swaps?)|(?:exchange|swap)\s+(?:of\s+)?(?:all\s+|the\s+)?{_CAPTIVES}"
_PULLBACK = (rf"(?:withdraw|pull\s+(?:back|out))\s+(?:{_LISTED}){{0,3}}?(?:{_ARMED_MEN})|"
             rf"pull\s+(?:{_LISTED}){{0,3}}?(?:{_ARMED_MEN})\s+(?:back|out)|"
             rf"(?:withdrawal|pullback|pull-out|pullout)\s+of\s+(?:{_LISTED}){{0,3}}?(?:{_ARMED_MEN})")
_RELEASE = rf"(?:free|release)\s+(?:[\w-]+\s+){{0,4}}?{_CAPTIVES}"
AGREED_WAR_END = re.compile(rf"\b(?:to|on|upon)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{_PAUSE}|{_SWAP}|{_PULLBACK}|{_RELEASE})\b", re.IGNORECASE)
# The verbs of appointing, of relations broken off or restored and of defences collapsing tell a new happening, as
# those of VERBS do.
VERBS = (VERBS | frozenset(acts_of_state.APPOINTING) | {" ".join(acts_of_state.SWORN_IN)}
         | frozenset(acts_of_state.RELATIONS_CLASSES) | collapses.COLLAPSING
         | gunfire.WORDS)  # "came under fire", "Artillery fire erupted": a happening of its own
