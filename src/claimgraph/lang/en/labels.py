"""The words of a label in English (`claimgraph.recognise.labels`).

A field's name in title case may hold a few lower-case words between its capitalised ones: "Reported by", "Place of
incident", "Copy to" (SMALL_WORDS; "of" takes the lower-case word after it).
"""

SMALL_WORDS = r"by|to|for|and|of[ \t]+[a-z]+"
