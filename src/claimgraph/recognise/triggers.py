"""Words that name an event or an agreement: "offensive", "attacked", "ceasefire", "savaş".

A trigger is a mention of an event or agreement that the gazetteer may not know. The
resolve stage decides which entity it is (the named war the text is about, or a new
event of this source). Matched as lower-case phrase patterns, so the rule stack keeps
the PhraseMatcher's speed.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .base import Candidate

NAME = "triggers.v1"

# class -> the words that name it (English, Turkish), inflected forms listed.
LEXICON: dict[str, tuple[str, ...]] = {
    "War": ("war", "wars", "savaş", "savaşı", "savaşın", "savaşta"),
    "Offensive": ("offensive", "offense", "counteroffensive", "taarruz"),
    "Attack": ("attack", "attacks", "attacked", "counterattack", "counterattacks", "assault", "assaults",
               "aggression", "saldırı", "saldırılar", "saldırıları"),
    "Clash": ("clash", "clashes", "skirmish", "skirmishes", "fighting", "hostilities", "armed conflict"),
    "Battle": ("battle", "battles"),
    "Siege": ("siege",),
    "Blockade": ("blockade",),
    "Operation": ("operation",),
    "Occupation": ("occupation", "occupied", "occupying"),
    "Mobilisation": ("mobilization", "mobilisation", "mobilized", "mobilised"),
    "MartialLaw": ("martial law",),
    "Withdrawal": ("withdrawal", "withdrew", "withdrawn", "retreat", "retreated"),
    "Deployment": ("deployed", "deployment", "deploy"),
    "Displacement": ("displacement", "displaced", "flee", "fled", "exodus"),
    "Arrest": ("arrest", "arrested", "arrests"),
    "Detention": ("detention", "detentions", "detained"),
    "Trial": ("trial", "tried", "sentenced"),
    "Collapse": ("collapse", "dissolution"),
    "Signing": ("signing",),
    "Ceasefire": ("ceasefire", "ceasefires", "cease-fire", "truce", "ateşkes", "ceasefire agreement",
                  "ceasefire agreements", "truce agreement"),
    "Agreement": ("agreement", "agreements", "accord", "peace deal", "trilateral agreement", "tripartite agreement",
                  "peace agreement", "mutabakat", "anlaşma", "anlaşması"),
    "Treaty": ("treaty", "peace treaty"),
    "Protocol": ("protocol",),
    "Resolution": ("resolution", "resolutions"),
    "Armistice": ("armistice",),
    "Statement": ("joint statement", "trilateral statement", "tripartite statement"),
}


class Triggers:
    """Finds trigger words; each candidate carries the class the word names."""

    name = NAME

    def __init__(self, nlp, lexicon: dict[str, tuple[str, ...]] = LEXICON):
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._classes: dict[int, str] = {}
        for cls, words in lexicon.items():
            self._classes[nlp.vocab.strings.add(f"trigger|{cls}")] = cls
            self._matcher.add(f"trigger|{cls}", [nlp.make_doc(w) for w in words])

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        for match_id, start, end in self._matcher(doc):
            if _inside_name(doc, start, end):
                continue
            span = doc[start:end]
            yield Candidate(span.start_char, span.end_char, "trigger", self._classes[match_id], NAME)


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised trigger next to capitalised words is part of a name ("Treaty Organization")."""
    if not doc[start].is_title or doc[start].is_sent_start:
        return False
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(t.is_title and not t.is_sent_start for t in neighbours)
