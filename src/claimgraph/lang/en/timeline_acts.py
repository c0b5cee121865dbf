"""The words of acts a chronology tells in the present (`claimgraph.recognise.timeline_acts`).

A present passive of killing (PRESENT_KILLED) tells a killing only in a chronology's entry, a line that opens with a
date and a colon or a spaced dash (TIMELINE_ENTRY: "17 August - Egypt's President is killed when his car explodes"):
elsewhere the present tells what happens every time or in a story ("a soldier is killed every day", "Civilians are
killed when the army shells villages", "The hero is killed in the last scene"). Nor in an entry with a word of HABIT
in its sentence, nor where an attack named right after tells the act ("is killed in a bomb blast": KILLED_IN, an
article, at most KILLED_IN_REACH words to a word of ATTACK_WORDS or a weapon): the attack is the event, and its date.
"""

import calendar
import re

PRESENT_KILLED = frozenset({"is killed", "are killed"})
_MONTH = "(?:" + "|".join(calendar.month_name[1:]) + ")"
TIMELINE_ENTRY = re.compile(rf"[ \t]*(?:(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|{_MONTH})(?:,?\s+\d{{4}})?|\d{{4}})"
                            r"[ \t]*(?::|[-–—][ \t])")
HABIT = frozenset({"every", "each", "whenever", "if", "usually", "often"})
KILLED_IN = re.compile(r"\s+in\s+(?:an?|the)\s+", re.IGNORECASE)
KILLED_IN_REACH = 3
ATTACK_WORDS = frozenset({"attack", "blast", "explosion", "bombing", "raid", "ambush", "airstrike", "strike", "shelling"})
