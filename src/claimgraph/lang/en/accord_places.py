"""accord_places: cue words (en) of an accord named again by the place it is named after
(`claimgraph.recognise.accord_places`): "the Governors Island Accord" ... "Governors Island was signed in July"."""

from __future__ import annotations

import re

# The kind words an accord's name ends with, after the place it was made at ("the Lusaka Protocol", "the Arusha
# Accords"): what is left of the name before them is the place the accord may be called by.
KINDS = frozenset({"Accord", "Accords", "Agreement", "Agreements", "Protocol", "Treaty"})
# What only an accord undergoes, right after the place as its subject: "Lusaka was signed", "Arusha was never
# implemented", "Governors Island was not honored" (a place is taken, shelled, held; never signed or honoured).
UNDERGOES = re.compile(r"[ \t]+(?:was|were|is|are|has[ \t]+been|had[ \t]+been)[ \t]+(?:(?:never|not|also|later|"
                       r"formally|duly)[ \t]+)?(?:signed|honou?red|implemented|ratified|violated|initialled|breached)\b")
ARTICLE = "The "
# A preposition right before the place: the place is then in a phrase of the subject, not the subject ("a truce
# negotiated in Lusaka was signed", "the airspace over Sinai was violated"): the place it names.
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|of|near|from|to|over|on|into|inside|outside|around|by|across)[ \t]+$",
                                re.I)
