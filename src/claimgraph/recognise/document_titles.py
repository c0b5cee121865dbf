"""An agreement that is the title of a document in a collection's heading: "Document 43. The Moscow Protocol, 26 August
1968", "Annex II. Treaty on the temporary stationing of Soviet troops, 16 October 1968".

A documentary reader, an annex list or a file of exhibits heads each document with its title and date on a line of its
own, the document (abridged) under it. Such a heading is written in capitals, so the rules that find names by their
context skip it as a headline (`names.title_case`), and the lexicon reads a title whose subject is in lower case as its
kind word alone ("Treaty"). The whole title before the date names the agreement the document is: a line of its own,
opened by a numbered label or not (`CUES.LABEL`), then the title, a comma and a date (`CUES.DATE`) and nothing after;
the title ends with a kind of agreement (`CUES.KINDS`: "The Moscow Protocol") or opens with one and one of
`CUES.OPENERS` ("Treaty on the temporary stationing of ..."). Not a statement, a proclamation or a plan ("Statement of
TASS, 21 August 1968"), a body's memorandum (`CUES.PAPER`), a heading about an agreement (`CUES.NOT_NAME_WORDS`), nor a
kind that is no title's last or first word ("Ceasefire talks, 12 May 2015").

A treaty's own text gives its short name in parentheses on a line of its own under its title ("AGREEMENT BETWEEN THE
NETHERLANDS AND THE REPUBLIC OF INDONESIA" then "(Linggadjati Agreement)"; the block's lines joined, after the title):
that name names the agreement too, though the heading's capitals hide it from the rules of names. It must end its line,
in parentheses that hold only capitalised words ending with a kind of agreement, after nothing or a title in capitals;
"(Reactions to the Lusaka Protocol)", "(see the Lusaka Protocol)" and a sentence's "... the rebels (Lusaka Protocol)"
name none here.

Its contract: `TitledAgreements()(doc)` yields an entity Candidate per such title or short name, its class by
`names.AGREEMENT_KINDS`; `title_date(text, agreement, date)` says whether a date is the one such a title ends with
(the agreement's date), `signed_at_date(text, date)` whether it ends a treaty's "Signed at X, date" heading line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .base import Candidate, name_id, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "document-titles.v3"  # v3: a treaty's short name in parentheses on its own line

CUES = cues("document_titles")
KIND_CLASSES = cues("names").AGREEMENT_KINDS
_KINDS = "|".join(sorted(CUES.KINDS))
_WORD = rf"(?!(?:{'|'.join(CUES.NOT_NAME_WORDS)})[ \t])[A-Z][\w’'\-]*"  # not "Reactions To The Lusaka Protocol"
_TITLE = re.compile(
    rf"^(?:{CUES.LABEL})?(?:{CUES.ARTICLE}\s+)?"
    rf"(?P<name>(?:{_WORD}[ \t]+){{1,4}}(?P<last>{_KINDS})|(?P<first>{_KINDS})[ \t]+(?:{'|'.join(sorted(CUES.OPENERS))})"
    rf"[ \t][^,\n]+?)[ \t]*,[ \t]+{CUES.DATE}[ \t]*$", re.M)
_SHORT_NAME = re.compile(rf"^(?:[^a-z\n(]*[ \t])?\((?P<name>(?:{_WORD}[ \t]+){{1,4}}(?P<last>{_KINDS}))\)[ \t]*$", re.M)
_DATE_AFTER = re.compile(r"[^,\n]*,[ \t]+")  # between a title's name (its parties, `CUES.PARTIES`) and its date
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


class TitledAgreements:
    """Finds agreements named as a document's title in a heading (see the module)."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        for match in _SHORT_NAME.finditer(text):
            yield _candidate(match, match.group("name"), match.group("last"))
        for match in _TITLE.finditer(text):
            kind = match.group("last") or match.group("first")
            name = CUES.PARTIES.split(match.group("name"), 1)[0]  # "Treaty of Friendship" between its parties
            if CUES.PAPER.match(name) or name == kind:  # "Memorandum of the Ministry of Defence, 3 March 1999"
                continue
            yield _candidate(match, name, kind)


def _candidate(match: re.Match, name: str, kind: str) -> Candidate:
    """The agreement `name` that opens at the match's group "name", its class by its `kind` word."""
    start = match.start("name")
    return Candidate(start, start + len(name), "entity", KIND_CLASSES[kind], NAME, value=name, entity=name_id(name))


def title_date(text: str, agreement: Mention, date: Mention) -> bool:
    """Is `date` the date a document's title found here ends with: after the agreement (and its parties) and a comma,
    the end of its line after it ("The Moscow Protocol, 26 August 1968")?"""
    return (agreement.method == NAME and _DATE_AFTER.fullmatch(text, agreement.end, date.start) is not None
            and _LINE_END.match(text, date.end) is not None)


def signed_at_date(text: str, date: Mention) -> bool:
    """Is `date` the one that ends a treaty's heading line telling where it was signed, with no subject ("Signed at
    Batavia, 25 March 1947": `CUES.SIGNED_AT_LINE`)?"""
    line = CUES.SIGNED_AT_LINE.search(text, text.rfind("\n", 0, date.start) + 1, date.start)
    return line is not None and line.end() == date.start and _LINE_END.match(text, date.end) is not None
