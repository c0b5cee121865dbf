"""The words of a body's decision told by its noun (`claimgraph.recognise.decisions`): "the Permanent Council passed
a resolution", "adopted the following decision", "Recalls its communiqué of 10 October 2007"."""

import calendar
import re

# The nouns of what a council or assembly of states adopts; numbered ones are `recognise.numbered`'s ("Resolution 924").
DECISION_NOUNS = frozenset({"resolution", "decision", "communiqué", "communique"})
NUMBER_WORDS = frozenset({"no", "no."})  # "Resolution No. 2254": a numbered one
# Verbs of adopting, at most ADOPTED_REACH words before the noun with only articles, qualifiers and adverbs between:
# "passed a resolution", "adopted the following decision", "unanimously adopted a strongly worded resolution".
ADOPTING = frozenset({"adopted", "adopts", "adopt", "adopting", "passed", "passes", "pass", "approved", "approves",
                      "issued", "issues"})
ADOPTED_REACH = 4
# Words that end the reach: a preposition or a conjunction opens another phrase ("passed the bill after a resolution").
ADOPTED_STOPS = frozenset({"of", "in", "on", "at", "by", "to", "for", "with", "after", "before", "and", "or", "but",
                           "that", "which", "without", "against", "under", "over", "from"})
# "of" and a day or a month after the noun date it: "its decision of 21 February 2008", "the communiqué of 10 October".
DATED_OF = "of"
MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])
# A body of states: one of these words written with a capital ("the Peace and Security Council", "the General
# Assembly"), not after a word of a town's or a school's ("the City Council passed a resolution to rename a street").
BODY_WORDS = frozenset({"council", "assembly", "commission", "organization", "organisation", "union", "league",
                        "conference", "summit"})
CIVIC_BEFORE = frozenset({"city", "town", "county", "municipal", "parish", "village", "district", "school", "student",
                          "students", "works", "borough", "regional", "state"})
# The verbs that open an operative paragraph of a communiqué, whose subject is the body of its heading ("The
# Council, 1. Recalls its decision of 21 February 2008 ..."): written with a capital first in the sentence, after its
# number and "Further" or "Also" at most.
_OPERATIVE = ("Recalls", "Reaffirms", "Welcomes", "Notes", "Decides", "Requests", "Calls", "Urges", "Condemns",
              "Commends", "Endorses", "Expresses", "Reiterates", "Stresses", "Underlines", "Demands", "Deplores",
              "Takes")
OPERATIVE_OPENING = re.compile(rf"(?:\d+\.?\s+)?(?:(?:Further|Also)\s+(?i:{'|'.join(_OPERATIVE)})|{'|'.join(_OPERATIVE)})\b")
# The classes of a body of states that adopts a decision: its party (`extract.issuers`).
ISSUER_CLASSES = frozenset({"InternationalOrganization", "Organization"})
# What may stand before the body that opens a sentence: its article ("The Peace and Security Council ... adopted").
ISSUER_OPENING = re.compile(r"(?:[Tt]he\s+)?")
