"""offices: cue words (en) of the office a person is named with (`claimgraph.extract.offices`)."""

import re

# An office held no longer is not the capacity a person acts in: "the former president of Croatia
# Franjo Tudjman", "former Georgian President", "Croatia's ex-president". Read in the title words
# before the state ("former" may stand before them) and between the state and the person. A
# prefix glued to the state's name is the state's own ("ex-Yugoslavia's Slobodan Milosevic": the
# former state, an office held then).
FORMER_BEFORE = re.compile(r"\b(?:former|erstwhile|onetime|one-time)\s+(?:[\w-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$|"
                           r"\bex-(?:[\w-]+\s+){1,3}?(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)
FORMER_BETWEEN = re.compile(r"\b(?:former|erstwhile|onetime|one-time)\b|\bex-", re.IGNORECASE)
# A state after "to / in / for" in a title is where the office is held, not whom it serves:
# "Russia's ambassador to Ukraine Mikhail Zurabov", "the UN envoy for Syria".
POSTED_TO = re.compile(r"\b(?:to|in|for|at|on)\s+(?:the\s+)?$", re.IGNORECASE)
