"""compare: cue words (en)."""

import re

# Words for an event that take a side: what one source calls a war or strikes, another calls a
# "law enforcement operation" (counter-terrorist, special military ...) or an "aggression". A bare
# "operation" (a rescue, a peacekeeping, a military operation) takes no side. Matched on the words
# that end at the event's word.
CHARGED = re.compile(r"(?:\b(?:law[- ]enforcement|counter[- ]?terror\w*|anti[- ]?terror\w*|special\s+military|"
                     r"police|security|punitive|peace[- ]enforcement)\s+(?:military\s+)?operation|"
                     r"\baggression|\binvasion|\boccupation\s+of|\boccupied\s+by)$", re.IGNORECASE)
# The last word of every CHARGED phrase: a quick first look at the few characters before an event's
# word ends, since few event words end so (CHARGED itself is tried at every place of a longer lead).
CHARGED_LAST = re.compile(r"(?:operation|aggression|invasion|of|by)$", re.IGNORECASE)
