"""The words of a body's decision told by its noun (`claimgraph.recognise.decisions`): "the Permanent Council passed
a resolution", "adopted the following decision", "Recalls its communiqué of 10 October 2007"."""

import re

from . import dates

MONTHS = dates.MONTHS  # the month words a decision's date is told by (`DATED_MONTH_AT`), the dates' own

# The nouns of what a council or assembly of states adopts; numbered ones are `recognise.numbered`'s ("Resolution 924").
DECISION_NOUNS = frozenset({"resolution", "decision", "communiqué", "communique"})
# A draft of one put before the body by states, voted on, vetoed or submitted ("the draft resolution was vetoed by the
# Soviet Union", "Draft resolution submitted by France, Turkey and the United Kingdom").
DRAFT = "draft"
DRAFT_VOTED = frozenset({"vote", "votes", "voted", "voting", "veto", "vetoed", "vetoes", "abstained", "abstentions",
                         "submitted", "sponsored", "tabled", "introduced"})
# ...but not a company's, a club's or a school's, whose sentence names its owners, board or members ("The board put its
# draft resolution to a shareholder vote", "the club's members voted down the draft resolution").
DRAFT_CIVIL = frozenset({"shareholder", "shareholders", "board", "directors", "company", "agm", "club", "students",
                         "faculty", "residents", "tenants", "employees", "staff"})
# A vote of a state's elected members is its parliament's, no body's of states, unless the sentence names one ("MPs
# in Britain voted on a draft resolution on fox hunting"; "The U.N. Security Council voted on a draft resolution that
# US senators had criticised" is the Council's).
DRAFT_MEMBERS = frozenset({"mps", "parliament", "lawmakers", "legislators", "deputies", "senators", "senate",
                           "congress", "councillors", "councilors"})
NUMBER_WORDS = frozenset({"no", "no."})  # "Resolution No. 2254": a numbered one
# Verbs of adopting, at most ADOPTED_REACH words before the noun with only articles, qualifiers and adverbs between:
# "passed a resolution", "adopted the following decision", "unanimously adopted a strongly worded resolution".
# Not "issued": a body issues press statements too ("The European Union issued a communiqué condemning the shelling").
ADOPTING = frozenset({"adopted", "adopts", "adopt", "adopting", "passed", "passes", "pass", "approved", "approves"})
ADOPTED_REACH = 4
# Words that end the reach: a preposition or a conjunction opens another phrase ("passed the bill after a resolution").
ADOPTED_STOPS = frozenset({"of", "in", "on", "at", "by", "to", "for", "with", "after", "before", "and", "or", "but",
                           "that", "which", "without", "against", "under", "over", "from"})
# "of" and a month, or a day and a month, or a year after the noun date it: "its decision of 21 February 2008", "the
# communiqué of 10 October", "the resolution of 1992"; not "the decision of 40 clan elders".
DATED_OF = "of"
DATED_MONTH_AT = (2, 3)  # the month's place after the noun: "of October", "of 10 October"
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A body of states: one the gazetteer knows in the noun's sentence (`votes`' bodies), or one of these words written
# with a capital ("the Peace and Security Council", "the General Assembly"), not after a word of a town's, a
# province's, a school's or a state's own assembly ("the City Council passed a resolution to rename a street", "The
# Kirkuk Provincial Council passed a resolution"). Not "Union" nor "League": states and armed groups bear them ("The
# Soviet Union took the decision of 12 December 1979", "The Union of Islamic Courts welcomed the decision").
BODY_WORDS = frozenset({"council", "assembly", "commission", "organization", "organisation", "conference", "summit"})
BODY_NAME_WORDS = 6  # the longest name of a body the gazetteer knows read: "the Organization of American States"
CIVIC_BEFORE = frozenset({"city", "town", "county", "municipal", "parish", "village", "district", "school", "student",
                          "students", "works", "borough", "regional", "state", "provincial", "national",
                          "legislative"})
# The verbs that open an operative paragraph of a communiqué, whose subject is the body of its heading ("The
# Council, 1. Recalls its decision of 21 February 2008 ..."): written with a capital first in the sentence, after its
# number and "Further" or "Also" at most.
_OPERATIVE = ("Recalls", "Reaffirms", "Welcomes", "Notes", "Decides", "Requests", "Calls", "Urges", "Condemns",
              "Commends", "Endorses", "Expresses", "Reiterates", "Stresses", "Underlines", "Demands", "Deplores",
              "Takes")
OPERATIVE_OPENING = re.compile(rf"(?:\d+\.?\s+)?(?:(?:Further|Also)\s+(?i:{'|'.join(_OPERATIVE)})"
                               rf"|{'|'.join(_OPERATIVE)})\b")
# The words that open a resolution's preambular paragraph, whose subject is the body of its heading too ("The Security
# Council, / Recalling its resolutions 353 (1974) of 20 July, ...", "Gravely concerned at ...").
PREAMBULAR_OPENING = re.compile(r"(?:(?:Further|Also|Deeply|Gravely|Seriously)\s+)?(?:Recalling|Reaffirming|Noting|"
                                r"Taking\s+note|Welcoming|Deploring|Reiterating|Stressing|Emphasi[sz]ing|"
                                r"Recogni[sz]ing|Acknowledging|Bearing\s+in\s+mind|Concerned|Determining)\b")
# A resolution the body names as its own: "its" before the resolution word ("Recalls its resolution 1244", "Recalling
# its resolutions 353 (1974) of 20 July"), an adjective of time at most between.
OWN_RESOLUTION_BEFORE = re.compile(r"\bits\s+(?:(?:earlier|previous|own|relevant)\s+)?$", re.IGNORECASE)
# The classes of a body of states that adopts a decision: its party (`extract.issuers`).
ISSUER_CLASSES = frozenset({"InternationalOrganization", "Organization"})
# What may stand before the body that opens a sentence: its article ("The Peace and Security Council ... adopted").
ISSUER_OPENING = re.compile(r"(?:[Tt]he\s+)?")
# A decision another made, "by" and a name after the noun (past its date at most): "Welcomes the decision of 3 June
# 2011 by the Government of Sudan to withdraw": its maker's, not the body's that welcomes it.
MADE_BY = re.compile(r"(?:\s+of\s+[^,;:.()]{1,30}?)?\s+by\s+(?:the\s+)?[A-Z]")
