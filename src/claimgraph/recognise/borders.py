"""A border the source names by its noun: "fighting along the border", "the Iranian border".

A story of two states tells of the border between them as "the border" or "the frontier" (`BORDER_NOUN`: not "the
border town", "border guards", "the border of the page", "the border with Turkey"). That noun names the border
between the two states it names right after "between" ("the frontier between Burkina Faso and Mali"): one entity
per pair of states, labelled "A-B border" in the order of their labels, so that two sources' border of one story
meet; else the border the source named last ("the Kyrgyz-Tajik border ... across the border"); else the border
between the two states the source names most ("Chinese troops crossed the border at more than 20 points", of a
story of China and Vietnam). A source naming fewer than two states names no border so.

A state's demonym right before the noun ("near the Iranian border", `DEMONYM_BORDER`) names that state's border, not
the state: the words are the place's mention.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .base import name_id
from .packs import Entry
from .patterns import METHOD_DEMONYM

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence

NAME = "borders.v2"  # v2: a border named by its noun alone is the one between the two states the source names most
CUES = cues("names")
CLASS = "Region"  # a border's class, as a border crossing's kind gives it (`FEATURE_KINDS`)


def named(sentences: list[Sentence], entries: dict[str, Entry], text: str) -> list[Sentence]:
    """The sentences with each border named by its noun (module docstring) a mention of that border."""
    pair = _most_named(sentences, entries)
    last: tuple[str, str] | None = None  # the id and label of the border the source named last
    out = []
    for sentence in sentences:
        mentions = []
        for m in _with_nouns(sentence, text):
            if m.method == NAME and m.entity is None:
                border = _sides(m, sentence.mentions, entries, text) or last or pair
                if border is None:
                    continue
                m = replace(m, entity=border[0], value=border[1])
            if m.kind == "entity" and m.cls == CLASS and m.text.endswith(CUES.BORDER_WORDS):
                last = (m.entity, m.value or m.text)
            mentions.append(m)
        out.append(replace(sentence, mentions=tuple(mentions)))
    return out


def _with_nouns(sentence: Sentence, text: str) -> list[Mention]:
    """The sentence's mentions, a demonym before the noun made its state's border ("the Iranian border"), and a
    mention of no entity yet for each noun no mention holds ("along the border"), in text order."""
    mentions = [_demonym_border(m, text) for m in sentence.mentions]
    nouns = [Mention(start=match.start("noun"), end=match.end("noun"), text=match.group("noun"), kind="entity",
                     cls=CLASS, method=NAME, lang=sentence.lang)
             for match in CUES.BORDER_NOUN.finditer(text, sentence.start, sentence.end)
             if not any(m.start < match.end("noun") and match.start("noun") < m.end for m in mentions)]
    return sorted([*mentions, *nouns], key=lambda m: (m.start, m.end)) if nouns else mentions


def _demonym_border(mention: Mention, text: str) -> Mention:
    """A state's demonym between "the" and the noun as that state's border ("near the Iranian border"), else the
    mention as it is."""
    noun = CUES.DEMONYM_BORDER.match(text, mention.end) if mention.method == METHOD_DEMONYM else None
    if noun is None or not CUES.THE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return mention
    words = " ".join(text[mention.start:noun.end()].split())
    return replace(mention, end=noun.end(), text=words, cls=CLASS, method=NAME, entity=name_id(words))


def _sides(noun: Mention, mentions: tuple[Mention, ...], entries: dict[str, Entry], text: str) -> tuple[str, str] | None:
    """The border between the two states named right after the noun ("the border between Djibouti and Eritrea")."""
    between = CUES.BORDER_SIDES.match(text, noun.end)
    first = between and _state_at(mentions, between.end(), entries)
    joint = first and CUES.BORDER_SIDES_AND.match(text, first.end)
    second = joint and _state_at(mentions, joint.end(), entries)
    return _border(first.entity, second.entity, entries) if second and second.entity != first.entity else None


def _state_at(mentions: tuple[Mention, ...], start: int, entries: dict[str, Entry]) -> Mention | None:
    return next((m for m in mentions if m.start == start and _a_state(m, entries)), None)


def _most_named(sentences: list[Sentence], entries: dict[str, Entry]) -> tuple[str, str] | None:
    """The border between the two states the source names most (the first named first among equals), if it names
    two."""
    counts = Counter(m.entity for s in sentences for m in s.mentions if _a_state(m, entries))
    if len(counts) < 2:
        return None
    (first, _), (second, _) = counts.most_common(2)  # among equals, in the order first named
    return _border(first, second, entries)


def _a_state(mention: Mention, entries: dict[str, Entry]) -> bool:
    return mention.kind == "entity" and mention.cls == "State" and mention.entity in entries


def _border(one: str, other: str, entries: dict[str, Entry]) -> tuple[str, str]:
    """The id and label of the border between two known states, one however the source orders them."""
    first, second = sorted((entries[one].entity.label, entries[other].entity.label))
    return name_id(f"{first} {second} border"), f"{first}-{second} border"
