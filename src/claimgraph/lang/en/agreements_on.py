"""agreements_on: cue words (en) of an agreement named by its kind and "on" its subject
(`claimgraph.recognise.agreements_on`): "the Agreement on a Firm and Lasting Peace"."""

from __future__ import annotations

import re

# The kinds such a title opens with, capitalised (`names.AGREEMENT_KINDS` gives the class); not a declaration or a
# statement, which any one body or state issues ("the Declaration on Human Rights" of an assembly, "the Statement on
# Ukraine" of a ministry).
KINDS = ("Agreement", "Accord", "Treaty", "Protocol", "Convention", "Memorandum")
# A capitalised word right before the kind opens a name the rules of names read ("the Lincoln Agreement", "A
# Comprehensive Agreement"), which the text may name again by those words alone: the title is read only after an
# article, a lower-case word or nothing, or one of these words that open a sentence or a phrase.
NOT_OPENING = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Under", "After", "Before",
                         "In", "On", "By", "Since", "With", "From", "To", "For", "Of", "And", "But", "When", "As",
                         "At"})
WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w’'\-]*)[ \t]+$")
_CAPITAL = r"[A-Z][\w’'\-]*"
# The subject: capitalised words after "on" (and an article), joined by "of", "and", "for" and "the" (not "in": "the
# Agreement on Cessation of Hostilities in Algiers" was signed there), ending with a capitalised word; a month or a
# weekday after "on" tells when, no subject ("the Agreement on Monday").
_JOINED = rf"(?:[ \t]+(?:(?:of|and|for|the|of[ \t]+the|for[ \t]+the|and[ \t]+the)[ \t]+)?{_CAPITAL})"
NAMED_ON = re.compile(rf"\b(?P<name>(?P<kind>{'|'.join(KINDS)})[ \t]+on[ \t]+(?:(?:the|a|an)[ \t]+)?"
                      rf"(?P<subject>{_CAPITAL}{_JOINED}{{0,8}}))")
TIME_WORDS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                        "Saturday", "Sunday"})
