"""document_titles: cue words (en) of an agreement that is the title of a document in a collection's heading
(`claimgraph.recognise.document_titles`): "Document 43. The Moscow Protocol, 26 August 1968"."""

from __future__ import annotations

import re

# The label a reader, an annex list or a file of exhibits numbers its documents by, before the title ("Document 43.",
# "Annex II:", "Appendix 3.", "12."): optional.
LABEL = r"(?:(?:Document|Annex|Appendix|Exhibit|Item|Enclosure|Attachment)\s+[0-9IVXLC]+[A-Za-z]?[.:]|[0-9]{1,3}\.)\s+"
# The kinds of agreement a title names by its last word ("The Lusaka Protocol") or its first, then one of OPENERS and
# the subject ("Treaty on the temporary stationing of troops"; `names.AGREEMENT_KINDS` gives the class). Not a
# declaration, a statement, a charter or a plan: titles a body or a state gives its own papers ("Statement of the
# Foreign Ministry, 2 May 1999", "Plan of Operations, June 1944").
# Not "Convention" (a party's too: "Democratic National Convention, August 1968"; the lexicon reads it as a treaty).
KINDS = frozenset({"Agreement", "Agreements", "Accord", "Accords", "Memorandum", "Treaty", "Protocol",
                   "Ceasefire", "Truce", "Armistice"})
# A memorandum is an agreement "of Understanding"; "Memorandum of the Ministry of Defence" is a body's own paper.
PAPER = re.compile(r"Memorandum[ \t]+(?!of[ \t]+Understanding\b)")
# Words in Title Case that open no agreement's name but a heading about it: "Reactions To The Lusaka Protocol, 1994".
NOT_NAME_WORDS = ("The", "To", "On", "Against", "About", "By", "With", "Over", "At", "In", "For", "From", "After",
                  "Before")
OPENERS = frozenset({"on", "of", "between", "concerning", "for", "regarding"})
# What opens a title's parties: the name ends before them, so that the parties stay named as such ("Treaty of
# Friendship between India and the Soviet Union, 9 August 1971": the treaty "Treaty of Friendship", its two parties).
PARTIES = re.compile(r"[ \t]+between[ \t]")
# The date the title ends with, after a comma: "26 August 1968", "August 26, 1968", "October 1968", "1968".
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
DATE = rf"(?:[0-9]{{1,2}}\s+{MONTH}\s+|{MONTH}\s+(?:[0-9]{{1,2}},\s+)?)?[0-9]{{4}}"
ARTICLE = "The"
# A treaty's own text tells where and when it was signed on a heading line of its own, with no subject: "Signed at
# Batavia, 25 March 1947", "Done at Algiers, 12 December 2000" (an "Initialled at ..." line before it is a step before
# the signing, no date of the treaty's).
SIGNED_AT_LINE = re.compile(r"(?<![^\n])(?:Signed|Done|Concluded)[ \t]+(?:at|in)[ \t]+[^,\n]+,[ \t]+")
