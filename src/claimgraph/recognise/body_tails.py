"""A body named again by the last words of its name: "the Kurdistan Regional Government held a referendum" ... "called
on the Regional Government to annul it", "the Federal Supreme Court" ... "the Supreme Court ruled". The shorter name
is the body the source named in full before it, where one body only so named ends in those words; two ("the Iraqi
Interior Ministry", "the Kurdish Interior Ministry"), or one so ending and one opening with those words and "of" ("the
Kenyan Supreme Court", "the Supreme Court of Malawi"), leave "the Interior Ministry" as read. Only bodies found by
their context (a known body's own name stays the gazetteer's), of two words or more."""

from __future__ import annotations

from dataclasses import replace

from ..lang import cues
from .base import Candidate

_OF = cues("names").BODY_NAME_OF  # "the Supreme Court of Malawi"
BODY_CLASSES = frozenset({"ArmedGroup", "Organization", "Government"})


def named_in_full(text: str, found: list[Candidate], method: str, bodies: dict[str, tuple[str, str]]) -> list[Candidate]:
    """`found` with each context body (`method`) whose words end (or open before "of") exactly one longer body's name
    in `bodies` (name -> class, id; the bodies named so far in the document, updated in text order) as that body."""
    kept = []
    for cand in sorted(found, key=lambda c: (c.start, c.end)):
        name = text[cand.start:cand.end]
        if cand.method != method or cand.cls not in BODY_CLASSES or not cand.entity or " " not in name:
            kept.append(cand)
            continue
        longer = {body for full, body in bodies.items() if full.endswith(f" {name}") or full.startswith(f"{name} {_OF} ")}
        if len(longer) == 1:
            cls, entity = longer.pop()
            cand = replace(cand, cls=cls, entity=entity)
        else:
            bodies.setdefault(name, (cand.cls, cand.entity))
        kept.append(cand)
    return kept
