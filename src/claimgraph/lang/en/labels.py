"""English words of a line-head label (`recognise.labels`): the small words inside a field's name in title case."""

# "Reported by", "Also Present", "Place of incident", "Sent to", "Minutes for", "Date and time".
LABEL_JOINERS = r"(?:by|to|for|and|of[ \t]+[a-z]+)"
