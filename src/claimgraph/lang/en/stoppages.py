"""The words of a work stoppage in English (`claimgraph.recognise.stoppages`).

"strike" names an attack and a stoppage of work alike. It is a stoppage, told as a protest, where a word of work
stands next to it: before it (WORK_BEFORE: "went on strike", "a national strike", "the dockers' strike", "a 48-hour
strike") or after it (WORK_AFTER: "strike action", "the strike committee"), or where its sentence holds a word of
those who strike or of what a strike stops (WORK_WORDS: "Workers strike over pay", "The strike that followed closed
every factory") and no armed men, weapon, armed name or word of harm (HARM_WORDS: "The strike destroyed the factory
and killed four workers" is an attack). A strike from the air or by a weapon (NOT_WORK_BEFORE: "air
strike", "a missile strike", "a pre-emptive strike") stays an attack whatever its sentence holds.
"""

STOPPAGES = frozenset({"strike", "strikes"})
WORK_BEFORE = frozenset({"on", "general", "national", "nationwide", "labour", "labor", "wildcat", "indefinite",
                         "sit-down", "sympathy", "rail", "railway", "dock", "port", "transport", "taxi", "bus",
                         "student", "students", "teachers", "miners", "workers", "dockers", "nurses", "doctors",
                         "union", "unions", "one-day", "two-day", "three-day", "24-hour", "48-hour", "72-hour",
                         "day-long", "week-long", "month-long", "unlimited", "political"})
WORK_AFTER = frozenset({"action", "actions", "ballot", "ballots", "pay", "committee", "committees", "leaders",
                        "breakers", "fund", "notice", "wave"})
WORK_WORDS = frozenset({"workers", "worker", "union", "unions", "trade-union", "employees", "employers", "staff",
                        "miners", "dockers", "strikers", "walkout", "walkouts", "picket", "pickets", "picketing",
                        "wages", "wage", "salaries", "salary", "pay", "stoppage", "stoppages", "factory",
                        "factories", "shops", "businesses", "shut", "closed", "paralysed", "paralyzed"})
NOT_WORK_BEFORE = frozenset({"air", "aerial", "missile", "drone", "rocket", "artillery", "nuclear", "surgical",
                             "pre-emptive", "preemptive", "retaliatory", "precision", "first", "second", "naval"})
HARM_WORDS = frozenset({"killed", "killing", "kills", "dead", "wounded", "injured", "casualties", "destroyed",
                        "destroying", "damaged", "hit", "targeted", "target", "targets", "launched", "exploded",
                        "bombed", "bombing", "flattened", "razed"})
CLASS = "Protest"
