"""An agreement named by its kind and "on" its subject: "the Agreement on a Firm and Lasting Peace", "the Treaty on
the Non-Proliferation of Nuclear Weapons".

The rules of names read an agreement's kind word with the capitalised words before it ("the Minsk Agreement") or "of"
and a place after it ("the Treaty of Lausanne"); a title that goes on with "on" and its subject was cut at its kind or
left a bare trigger ("the Agreement"), and the next such title was then taken for it: three agreements of one text
became one. The whole title names one agreement: its kind capitalised (`CUES.KINDS`; a declaration or a statement is
one body's), "on", an article or none, and capitalised words joined by "of", "and", "for", "the" (`CUES.NAMED_ON`).
Not after a capitalised word that opens a name ("the Lincoln Agreement on Peace, Security and Development": the
Lincoln Agreement, named so again later, which the rules of names read). A month or a weekday after "on" tells a date,
no subject ("The Agreement on Monday was hailed"); a lower-case subject is a common noun's ("the Agreement on border
trade" is read by the triggers as an agreement, unnamed). Its contract: `AgreementsOn()(doc)` yields an entity
Candidate per such title, its class by `names.AGREEMENT_KINDS`, but for a document's title in a heading, which
`document_titles` reads (and dates).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .base import Candidate, name_id, text_of
from .document_titles import TitledAgreements

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "agreements-on.v1"

CUES = cues("agreements_on")
KIND_CLASSES = cues("names").AGREEMENT_KINDS


class AgreementsOn:
    """Finds agreements named by their kind and "on" their subject (see the module)."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        titles = {(c.start, c.end) for c in TitledAgreements()(doc)}  # a document's title, dated by its heading there
        for match in CUES.NAMED_ON.finditer(text):
            before = CUES.WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if match.group("subject").split()[0] in CUES.TIME_WORDS or before and (
                    before.group("word") not in CUES.NOT_OPENING) or match.span("name") in titles:
                continue
            name = match.group("name")
            yield Candidate(match.start("name"), match.end("name"), "entity", KIND_CLASSES[match.group("kind")], NAME,
                            value=name, entity=name_id(name))
