"""acts_and_charters: cue words (en) of an agreement named "Act of ..." or "Charter of the ..."
(`claimgraph.recognise.acts_and_charters`)."""

from __future__ import annotations

import calendar
import re

# A capitalised word of a name, not a day's or a month's: a news wire's day after a name ("breached the Charter of the
# United Nations Friday") is no word of it.
_DAYS = "|".join([*calendar.day_name, *calendar.month_name[1:]])
_WORD = rf"(?!(?:{_DAYS})\b)[A-Z][\w’'\-]*"
# The charter that founds a body of states, named by "of" and the body: "the Charter of the United Nations", "the
# Charter of the Organization of African Unity". Whose it is `charters.BODY_WORDS` and `charters.BODY_HEADS` say ("the
# Charter of the Football Association" names none).
CHARTER_OF = re.compile(rf"\b(?P<name>Charter[ \t]+of[ \t]+the[ \t]+(?P<body>{_WORD}(?:[ \t]+(?:(?:of|for|and)[ \t]+)?"
                        rf"{_WORD}){{0,5}}))")
# An act the sides sign, accept or adopt: "both accepted the Act of Dominican Reconciliation", "The Act of Chapultepec
# was signed in 1945". Only so: a state's law is an act too ("the Act of Parliament", "an Act of Congress"), and its
# verbs are a legislature's ("passed", "enacted").
_ACT = rf"(?P<name>Act[ \t]+of[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
_CONCLUDED = r"(?i:signed|accepted|adopted|ratified|initialled|initialed|concluded)"
ACT_CONCLUDED = re.compile(rf"\b{_CONCLUDED}[ \t]+(?i:the)[ \t]+{_ACT}(?![\w’'\-])")  # "accepted the Act of ..."
ACT_WAS_CONCLUDED = re.compile(rf"\b(?i:the)[ \t]+{_ACT}[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+"
                               rf"{_CONCLUDED}\b")  # "The Act of Chapultepec was signed"
# What an act of a state's own is "of": its legislature, a creed, its independence ("the Act of Union was adopted").
NOT_ACT_SUBJECTS = frozenset({"Parliament", "Congress", "Union", "God", "Settlement", "Supremacy", "Uniformity",
                              "Independence", "Sederunt", "Assembly", "Legislature", "State"})
