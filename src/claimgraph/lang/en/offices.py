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
# Whom a person signs or speaks for, told by the words between the person and the state or body right after
# (`extract.signers`): "X, on behalf of the Government of Y", "X, representing Y", "X, acting for Y" in any clause;
# "X signed (the accord / it) for Y", "signed by X for Y and by Z for W", "Z for W" only in a sentence of signing
# (`SIGNING`), where a bare "for" is whom the pen acts for, not a purpose ("fought for Kashmir"); an object named
# (`object`) must be an agreement: "signed the bill for Congress" signs no accord for anyone.
ACTING_FOR = re.compile(r"\s*,\s*(?:on\s+behalf\s+of|representing|acting\s+for|in\s+the\s+name\s+of)\s+(?:the\s+)?",
                        re.IGNORECASE)
SIGNED_FOR = re.compile(r"\s*,?\s*(?:(?P<verb>signed|initialled|initialed)(?:\s+(?:it|them|(?P<object>the\s+[a-z-]+"
                        r"(?:\s+[a-z-]+)?)))?\s+)?for\s+(?:the\s+)?")
# ... where no verb stands in that gap, the signer is the agent of the signing verb: "signed (on 3 June) by (Foreign
# Minister) X for Y", no other verb's "by" in between ("The ceasefire signed on Monday was criticised by Senator X for
# Russia's gains": whom X criticised it for, no capacity).
SIGNED_BY_BEFORE = re.compile(r"\b(?i:signed|initialled|initialed)\b(?:(?!\b[a-z]+ed\b)[^.;])*\bby[ \t]+"
                              r"(?:[A-Z][\w.’'-]*[ \t]+){0,4}$")
SIGNING = re.compile(r"\b(?:signed|signs?|signing|initialled|initialed|initials)\b", re.IGNORECASE)
# A signature block's line: "For the Government of India: Lal Bahadur Shastri", "For Pakistan, President Ayub Khan"
# (the state or body, then a colon or comma, the signer's titles, then the signer).
BLOCK_FOR = re.compile(r"(?i:for)\s+(?:(?i:the)\s+)?")
BLOCK_GAP = re.compile(r"[ \t]*[:,][ \t]*(?:[A-Z][\w.’'-]*[ \t]+(?:of[ \t]+)?){0,5}")
# ... and the signer ends the line, at most a title after them ("For India: Lal Bahadur Shastri, Prime Minister."): a
# line of prose that opens with "For Y," goes on with a verb ("For Ukraine, President Joe Biden promised more aid").
BLOCK_END = re.compile(r"(?:[ \t]*[,.;:]?[ \t]*(?:[A-Z][\w.’'-]*|of|the|and))*[ \t.,;:]*")
