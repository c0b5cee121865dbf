"""openings: cue words (en) of an event told as opened by an act (`claimgraph.extract.openings`)."""

from __future__ import annotations

import re

from . import _verbs

# "The war began last October, when Ugandan troops crossed into Tanzania", "Fighting broke out in June 1932, when a
# Bolivian detachment seized a Paraguayan post", "The invasion, code-named Operation Just Cause, began at 1 a.m. on
# Dec. 20, when U.S. troops attacked ...": right after the event's word (past an aside set off by commas), a verb of
# beginning, a short setting of time with no clause break (SETTING_REACH characters), a comma and "when". The clause
# "when" opens tells the act the event began with (OPENED_WHEN); it runs to the next semicolon, ", and" or "while", or
# the sentence's end (WHEN_CLAUSE_END: "when M23 rebels captured Goma, and the United Nations later deployed ...").
SETTING_REACH = 60
ASIDE_REACH = 60  # characters of an aside between the event's word and its verb (", code-named Operation Just Cause,")
OPENED_WHEN = re.compile(rf"(?:\s*,[^,;]{{1,{ASIDE_REACH}}},)?\s+(?:had\s+|has\s+)?(?:first\s+)?{_verbs.BEGAN}\b"
                         rf"[^,;]{{0,{SETTING_REACH}}},\s+when\s+", re.IGNORECASE)
WHEN_CLAUSE_END = re.compile(r";|,\s+and\b|\bwhile\b", re.IGNORECASE)
