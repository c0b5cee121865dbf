"""Claims: what each sentence of a source states, as triples with their exact words.

- Every mention of an entity is a typing claim (its class and the top classes above
  it), and, where the source uses a name other than the canonical one, a name claim
  (skos:altLabel in the source's language). Evidence: the mention itself.
- Within one clause of a sentence, an event is related to the actors, places and date
  named with it (an end date where the clause says it ended), and an agreement to its
  parties and date. Evidence: the sentence. A date the text gives relative to another
  ("four years ago") makes a derived claim (Claim.derived, method dates-relative.v1).
- Within one sentence, a count or share ("3,830 people lost their lives") is a quantity
  of the event named nearest to it (terms.QUANTITY_RELATIONS, xsd:integer / xsd:decimal).

The clause is the unit because it is what a sentence "states plainly": in "Turkey gave
support, while Armenia attacked Tovuz" Turkey is no actor of the attack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .model import Claim, Entity, Literal, Mention
from .rdf.terms import XSD, top_classes
from .recognise import Sentence
from .resolve import Resolution

CLAUSE_BREAK = re.compile(r"[;:()]|,\s+(?:while|but|whereas|although|though|which|who|and then)\b|\.\s")
SIGNING_CUE = re.compile(r"\b(?:signed|adopted|concluded|reached|agreed|brokered|of|dated|on)\b", re.IGNORECASE)
WINDOW = 90  # characters: how far from an event word its actors and places may stand
END_CUE = re.compile(r"\b(?:until|ended|ending|came to an? (?:\w+ )?end|lasted until|concluded|ceased)\b", re.IGNORECASE)
RELATIVE_METHOD = "dates-relative.v1"
NAME_METHODS = {"gazetteer.v1", "gazetteer-stem.v1"}
PLACE_PREPOSITIONS = {"in", "into", "across", "from", "to", "at", "near", "along", "on", "inside", "throughout", "over"}


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    for sentence in sentences:
        for mention in sentence.mentions:
            if mention in res.of:
                yield from _mention_claims(source_id, mention, res.entities[res.of[mention]])
        for clause in _clauses(text, sentence):
            yield from _relation_claims(source_id, text, sentence, clause, res)
        yield from _quantity_claims(source_id, text, sentence, res)


def _mention_claims(source_id: str, mention: Mention, entity: Entity) -> Iterator[Claim]:
    def claim(predicate: str, obj) -> Claim:
        return Claim(source_id, entity.id, predicate, obj, mention.start, mention.end, mention.text, mention.method)

    for cls in dict.fromkeys((mention.cls, *top_classes(mention.cls))):
        yield claim("type", cls)
    if mention.kind == "entity" and mention.text != entity.label and mention.method in NAME_METHODS:
        yield claim("altLabel", Literal(mention.text, lang=mention.lang))


def _clauses(text: str, sentence: Sentence) -> list[list[Mention]]:
    """The sentence's mentions grouped by clause."""
    cuts = [sentence.start + m.start() for m in CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]
    groups: dict[int, list[Mention]] = {}
    for mention in sentence.mentions:
        groups.setdefault(sum(1 for c in cuts if c < mention.start), []).append(mention)
    return [groups[k] for k in sorted(groups)]


def _relation_claims(source_id: str, text: str, sentence: Sentence, clause: list[Mention], res: Resolution) -> Iterator[Claim]:
    exact = text[sentence.start:sentence.end]

    def claim(subject: str, predicate: str, obj) -> Claim:
        return Claim(source_id, subject, predicate, obj, sentence.start, sentence.end, exact, "clause.v1")

    roles = [(m, res.entities[res.of[m]]) for m in clause if m in res.of]
    dates = [m for m in clause if m.kind == "date"]
    for mention, entity in roles:
        tops = {t for c in entity.classes for t in top_classes(c)}
        others = [(m, e) for m, e in roles if e.id != entity.id and _near(mention, m)]
        if "Event" in tops:
            for m, other in others:
                role = _role(text, m, other)
                if role:
                    yield claim(entity.id, role, other.id)
            near = [d for d in dates if _near(mention, d)]
            if near:
                date = _nearest(mention, near)
                clause_text = text[min(m.start for m in clause):max(m.end for m in clause)]
                which = "endDate" if END_CUE.search(clause_text) else "startDate"
                yield _dated(claim(entity.id, which, _date(date)), date)
        elif "Agreement" in tops:
            for m, other in others:
                if _role(text, m, other) == "hasActor" and _is_party_context(text, sentence, m):
                    yield claim(entity.id, "party", other.id)
            signed = [d for d in dates if _signing_date(text, mention, d)]
            if signed:
                date = _nearest(mention, signed)
                yield _dated(claim(entity.id, "date", _date(date)), date)


def _role(text: str, mention: Mention, entity: Entity) -> str | None:
    """hasActor or hasPlace for an entity named with an event; None for neither."""
    tops = {t for c in entity.classes for t in top_classes(c)}
    if "Actor" in tops and "Place" in tops:
        before = text[max(0, mention.start - 12):mention.start].split()
        return "hasPlace" if before and before[-1].lower() in PLACE_PREPOSITIONS else "hasActor"
    if "Actor" in tops:
        return "hasActor"
    if "Place" in tops:
        return "hasPlace"
    return None


def _is_party_context(text: str, sentence: Sentence, mention: Mention) -> bool:
    """A party is named after "between", "by" or "signed" in the sentence, or with "and"."""
    before = text[sentence.start:mention.start].lower()
    return bool(re.search(r"\b(between|among|by|signed|with)\b", before))


def _near(a: Mention, b: Mention) -> bool:
    return b.start - a.end <= WINDOW and a.start - b.end <= WINDOW


def _signing_date(text: str, agreement: Mention, date: Mention) -> bool:
    """A date is the agreement's when a signing word stands between them ("signed ... in 1994")."""
    lo, hi = sorted((agreement.end, date.start)) if agreement.end <= date.start else (date.end, agreement.start)
    return _near(agreement, date) and bool(SIGNING_CUE.search(text, lo, hi))


def _nearest(mention: Mention, dates: list[Mention]) -> Mention:
    """The date nearest the mention; a date the text states before one derived."""
    return min(dates, key=lambda d: (d.method == RELATIVE_METHOD, abs(d.start - mention.start), d.start))


def _dated(claim: Claim, date: Mention) -> Claim:
    """A date claim from a relative expression is derived, and says by which method."""
    if date.method != RELATIVE_METHOD:
        return claim
    return replace(claim, method=RELATIVE_METHOD, derived=True)


def _quantity_claims(source_id: str, text: str, sentence: Sentence, res: Resolution) -> Iterator[Claim]:
    events = [m for m in sentence.mentions if m in res.of
              and "Event" in {t for c in res.entities[res.of[m]].classes for t in top_classes(c)}]
    for quantity in (m for m in sentence.mentions if m.kind == "quantity"):
        if not events:
            return
        event = min(events, key=lambda m: (abs(m.start - quantity.start), m.start))
        datatype = XSD + ("decimal" if "." in quantity.value else "integer")
        yield Claim(source_id, res.of[event], quantity.cls, Literal(quantity.value, datatype=datatype),
                    sentence.start, sentence.end, text[sentence.start:sentence.end], quantity.method)


def _date(mention: Mention) -> Literal:
    return Literal(mention.value, datatype=XSD + mention.cls)
