"""openings: cue words (en) of an event told as opened by an act (`claimgraph.extract.openings`)."""

from __future__ import annotations

import re

# "The war began last October, when Ugandan troops crossed into Tanzania", "Fighting broke out in June 1932, when a
# Bolivian detachment seized a Paraguayan post", "The invasion, code-named Operation Just Cause, began at 1 a.m. on
# Dec. 20, when U.S. troops attacked ...": right after the event's word (past an aside set off by commas), a verb of
# beginning, a short setting of time with no clause break (SETTING_REACH characters), a comma and "when". The clause
# "when" opens tells the act the event began with (OPENED_WHEN); it runs to the next semicolon or the sentence's end.
SETTING_REACH = 60
OPENED_WHEN = re.compile(r"(?:\s*,[^,;]{1,60},)?\s+(?:had\s+|has\s+)?(?:first\s+)?"
                         r"(?:began|begun|started|broke\s+out|erupted)\b"
                         rf"[^,;]{{0,{SETTING_REACH}}},\s+when\s+", re.IGNORECASE)
WHEN_CLAUSE_END = re.compile(r";")
