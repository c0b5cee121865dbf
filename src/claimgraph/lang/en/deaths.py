"""The words of a toll of dead told without a word of killing in English (`claimgraph.recognise.deaths`).

"Sixty-four Vietnamese sailors and soldiers died", "eight members of the security forces have died", "the three
officers on board are dead", "137 civilians killed by the end of the year": a verb of dying (DYING), or "killed" right
after the people it counts (no auxiliary: the lexicon reads "were killed"), whose subject counts people (a number, then
a noun of DEAD_PEOPLE) tells a happening, the deaths, where no event word of its sentence tells whose dead they are.
A toll of a disaster (a word of DISASTERS in the sentence: "Five people died in a bus crash") is no happening of war;
"Two of the founders died in the 1980s", "Both men are dead" count no people by a number. A toll that sums up a war is
the war's (`extract.counts`), no happening of its own: one told with a word of a whole campaign in its sentence
(WHOLE_WARS: "255 servicemen had died in the campaign"), or one of WAR_TOLL dead or more ("Some 500,000 people died").
Nor is a death of hunger, sickness or mishap (NO_ARMS_CAUSES in the sentence: "Seven prisoners died of starvation",
"Twelve villagers died when the bridge collapsed"); nor a year after a preposition a count (YEAR_BEFORE: "In 1945
many soldiers died").
"""

import re

from .. import longest_first

DYING = re.compile(r"\b(?:died|dead|killed)\b|\blost\s+their\s+lives\b", re.IGNORECASE)
# The words of these tolls as the resolver reads them: verbs, each a new happening (`triggers.VERBS`), not a noun
# naming the killing told before.
VERB_FORMS = frozenset({"died", "dead", "killed", "lost their lives"})
DEAD_AFTER = frozenset({"are", "were"})  # "dead" only after these: "are dead", not "the dead", "dead ends"
# ...or with no verb, a toll of notes, headlines and estimates (`deaths._verbless_toll`): "dead" that ends its noun
# phrase (the text's end, a mark or a word of DEAD_PHRASE_END after it) right after the people it counts or a count
# whose noun is left out, a name or two between allowed: "TV says 100 JNA dead", "ten hostages dead; now three", "Of
# the 44 dead, most were sailors", "spoke of about 300 dead"; not "two dead batteries", "the dead of night".
DEAD_PHRASE_END = frozenset({"in", "on", "at", "after", "and", "as", "from", "since", "during", "near", "including",
                             "among", "by", "so", "now", "yesterday", "today"})
ELIDED_NOUN_NAMES = 2  # capitalised words between a count and "dead" that name whose dead, no noun: "100 JNA dead"
# ...but a count that a verb gives as a figure, one of FIGURE_GIVERS within FIGURE_REACH words before it, is a side's
# or a source's figure of a war or a battle told elsewhere, no happening of its own (`deaths._given_figure`): "India's
# Ministry of Defence counted 1,383 dead", "Israel reported 172 dead", "officials spoke of 41 dead", "estimates range
# from about 7,500 dead", "some accounts give eleven Iraqi dead", "at least 35 to 39 dead".
FIGURE_GIVERS = frozenset({"counted", "counts", "count", "reported", "reports", "report", "spoke", "speak", "speaks",
                           "gave", "give", "gives", "put", "puts", "cited", "cites", "estimated", "estimates",
                           "estimate", "claimed", "claims", "claim", "listed", "lists", "recorded", "records", "from",
                           "to", "between", "range", "ranged", "ranges", "toll", "figure", "figures", "total"})
FIGURE_REACH = 3
# "dead" as an adverb before these tells no death (`deaths._adverb_dead`): "Two of us were dead certain", "was dead
# tired", "are dead set against it", "were dead asleep", "dead beat".
DEAD_AS_ADVERB = frozenset({"certain", "sure", "tired", "wrong", "right", "serious", "set", "ahead", "still", "last",
                            "drunk", "broke", "even", "level", "keen", "quiet", "silent", "easy", "straight", "against",
                            "asleep", "beat", "nervous", "lucky", "scared", "worried", "excited", "good", "happy",
                            "funny", "boring"})
# "dead" in a figure of the living (`deaths._adverb_dead`): "by the end of the hike two of us were dead on our feet",
# "dead to the world".
DEAD_FIGURES = re.compile(r"\s+(?:on\s+(?:my|our|their|his|her|your)\s+feet|to\s+the\s+world)\b", re.IGNORECASE)
# A death only nearly told is none (`deaths._dying_form`): "Two of us nearly died of fright", "almost died".
NEAR_MISS = frozenset({"nearly", "almost"})
# The verbs of dying whose subject suffered the death, never did it (`claimgraph.extract.labels.passive_subject_end`):
# "Five civilians died", "the officers are dead", "eight volunteers lost their lives". Bare "killed" is left out: the
# same word is an active verb of killing ("Rebels killed five soldiers").
SUFFERED_BY_SUBJECT = frozenset({"died", "dead", "lost their lives"})
# What stands between such a subject and its verb: auxiliaries, an adverb, hearsay ("are believed to have died",
# "had reportedly died", "are dead"). Where it starts, the subject ends.
DYING_AUXILIARIES = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|has|have|had|may|might|could|must|would|will)\s+(?:\w+ly\s+)?"
    r"|\b(?:believed|said|reported|thought|feared|known|presumed)\s+to\s+(?:have\s+)?)*$", re.IGNORECASE)
KILLED_BARE = frozenset({"killed"})  # only right after the noun of the people it counts
DEAD_PEOPLE = frozenset({
    "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "sailors", "sailor", "airmen",
    "marines", "troops", "servicemen", "men", "man", "women", "woman", "children", "child", "officers", "officer",
    "policemen", "policeman", "members", "fighters", "militants", "rebels", "guerrillas", "insurgents", "crewmen",
    "passengers", "villagers", "residents", "protesters", "protestors", "demonstrators", "students", "refugees",
    "prisoners", "hostages", "detainees", "pilots", "peacekeepers", "paratroopers", "commandos", "gendarmes", "guards",
    "workers", "militiamen", "conscripts", "recruits", "volunteers",
    # s40 events40: a note's toll of the armed and of those a raid finds ("26 attackers killed", "dozens of IDPs dead")
    "attackers", "assailants", "gunmen", "raiders", "journalists", "idps"})
# A first-hand account counts its own dead by the pronoun (`claimgraph.recognise.deaths._counted`,
# `claimgraph.recognise.killings._of_ours`): "two of us were dead", "they killed two of us", "killed three of our
# men"; "us" is people whatever the verb, "our" only before a noun of DEAD_PEOPLE; the killer a pronoun of
# KILLER_PRONOUNS right before the verb (not "the champions killed two of us in the first round" of a quiz).
COUNTED_US = frozenset({"us"})
# The teller's own dead are none in a game or play (`claimgraph.recognise.deaths.ours_in_play`): "In paintball they
# killed two of us", "in the last level of the video game two of us died twice"; a death told twice is no death.
OURS_IN_PLAY = frozenset({"game", "games", "level", "levels", "paintball", "match", "quiz", "twice", "videogame",
                          "tournament"})
KILLER_PRONOUNS = frozenset({"they", "he", "she"})  # "They killed two of us": who kills in a first-hand account
OURS_AFTER = re.compile(r"\s+(?:[\w,-]+\s+){1,2}of\s+(?:us|our\s+(?:[\w-]+\s+)?(?:%s))\b"
                        % longest_first(DEAD_PEOPLE), re.IGNORECASE)
COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "dozens", "hundreds", "thousands", "dozen", "hundred", "thousand", "million"})
COUNTED_REACH = 4  # from the number to its noun: "Sixty-four Vietnamese sailors", "three French army officers"
SUBJECT_REACH = 16  # "eight members of the security forces and more than 50 members of the group have died"
WHOLE_WARS = frozenset({"campaign", "campaigns", "war", "wars"})
WAR_TOLL = 10_000
LARGE_COUNTS = frozenset({"thousand", "thousands", "million", "millions"})  # "tens of thousands", "a million"
DISASTERS = frozenset({"crash", "crashes", "accident", "accidents", "earthquake", "earthquakes", "flood", "floods",
                       "flooding", "storm", "storms", "cyclone", "hurricane", "tsunami", "epidemic", "disease",
                       "cholera", "typhoon", "landslide", "landslides", "avalanche", "pandemic",
                       # the road's, the rail's, the weather's, an illness's ("Ten passengers dead after bus overturns",
                       # "after train derailed", "Flu: 12 villagers dead")
                       "overturned", "overturns", "derailed", "derailment", "collision", "collided", "heatwave",
                       "wildfire", "wildfires", "blizzard", "flu", "influenza", "virus", "measles", "ebola"})
NO_ARMS_CAUSES = frozenset({"starvation", "hunger", "famine", "illness", "illnesses", "sickness", "malnutrition",
                            "exhaustion", "exposure", "heatstroke", "stroke", "thirst", "dehydration", "malaria",
                            "typhus", "dysentery", "fever", "natural", "collapse", "collapsed"})
# A death in a figure of speech: "Two of us died laughing", "nearly died of embarrassment".
FIGURES = frozenset({"laughing", "laughter", "embarrassment", "boredom"})
NO_HAPPENING = DISASTERS | NO_ARMS_CAUSES | WHOLE_WARS | FIGURES  # a word of these in the sentence: no happening
YEAR_BEFORE = frozenset({"in", "by", "since", "until", "till", "from", "during", "after", "before"})
# A death of wounds is one arms gave, whoever died (`claimgraph.recognise.deaths._of_wounds`): "Another man died of his
# wounds some months later"; a count is not needed. Injuries are of crashes, falls and fires too ("A man died from his
# injuries after a house fire"): a death of them is one of wounds only if its subject was wounded (WOUNDED: "a wounded
# guard died from his injuries").
OF_WOUNDS = re.compile(r"\s+(?:of|from)\s+(?:(?:his|her|their)\s+)?(?:(?P<wounds>wounds)|injuries)\b", re.IGNORECASE)
WOUNDED = frozenset({"wounded"})
DIED_OF = "died"  # the verb a death of wounds follows ("died of his wounds", `OF_WOUNDS`)
