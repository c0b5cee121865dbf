"""The words of a work stoppage in English (`claimgraph.recognise.stoppages`).

"strike" names an attack and a stoppage of work alike. It is a stoppage, told as a protest, where a word of work
stands next to it: before it (WORK_BEFORE: "went on strike", "a national strike", "the dockers' strike", "a 48-hour
strike"; a hyphened word read whole: "a 24-hour strike") or after it (WORK_AFTER: "strike action", "the strike
committee"), or where its sentence holds a word of those who strike or of what a strike stops (WORK_WORDS: "Workers
strike over pay", "The strike that followed closed every factory") and no armed men, weapon, armed name or word of
harm (HARM_WORDS: "The strike destroyed the factory and killed four workers" is an attack), and the strike is not
told on a target (TARGETED, a word after it that is no time: "UN staff fled after the strike on the compound" is an
attack; "a strike on Monday" may stop work). A strike from the air or by a weapon (NOT_WORK_BEFORE: "air strike", "a
missile strike", "a pre-emptive strike") stays an attack whatever its sentence holds.
"""

import calendar

STOPPAGES = frozenset({"strike", "strikes"})
WORK_BEFORE = frozenset({"on", "general", "national", "nationwide", "labour", "labor", "wildcat", "indefinite",
                         "sit-down", "sympathy", "student", "students", "teachers", "miners", "workers", "dockers", "nurses", "doctors",
                         "union", "unions", "one-day", "two-day", "three-day", "24-hour", "48-hour", "72-hour",
                         "day-long", "week-long", "month-long", "unlimited", "political"})
# A word of what a strike stops, or where, before it ("a port strike", "a rail strike"): a stoppage only where its
# sentence tells no harm nor armed men ("The Odesa port strike killed four people" is an attack). "on" before it tells
# a stoppage only after a verb of being or going (ON_AFTER: "went on strike", "are on strike"; not "carried on
# strikes", "a ban on strikes").
WORK_PLACES_BEFORE = frozenset({"rail", "railway", "dock", "port", "transport", "taxi", "bus"})
ON_AFTER = frozenset({"go", "goes", "going", "went", "gone", "is", "are", "was", "were", "be", "been", "being",
                      "remain", "remains", "remained", "stay", "stays", "stayed", "still"})
WORK_AFTER = frozenset({"action", "actions", "ballot", "ballots", "pay", "committee", "committees", "leaders",
                        "breakers", "fund", "notice", "wave"})
WORK_WORDS = frozenset({"workers", "worker", "union", "unions", "trade-union", "employees", "employers", "staff",
                        "miners", "dockers", "drivers", "teachers", "nurses", "doctors", "truckers",
                        "commuters", "strikers", "walkout", "walkouts", "picket", "pickets", "picketing",
                        "wages", "wage", "salaries", "salary", "pay", "stoppage", "stoppages", "factory",
                        "factories", "shops", "businesses", "shut", "closed", "paralysed", "paralyzed"})
NOT_WORK_BEFORE = frozenset({"air", "aerial", "missile", "drone", "rocket", "artillery", "nuclear", "surgical",
                             "pre-emptive", "preemptive", "retaliatory", "precision", "naval"})
HARM_WORDS = frozenset({"killed", "killing", "kills", "dead", "wounded", "injured", "casualties", "destroyed",
                        "destroying", "damaged", "hit", "targeted", "target", "targets", "launched", "exploded",
                        "bombed", "bombing", "flattened", "razed"})
# A strike told on what it hits ("the strike on the compound", "strikes on the market") is an attack's; "on" before a
# time is the strike's date ("a strike on Monday", "on 4 May", "on the eve of the vote").
TARGETED = frozenset({"on"})
TIMES = frozenset({name.lower() for name in (*calendar.day_name, *calendar.month_name) if name} | {
    "morning", "evening", "afternoon", "night", "eve", "day", "days", "weekend", "anniversary", "first", "second",
    "third", "same", "following", "next", "last"})
CLASS = "Protest"
