"""A border the source names by its noun: "fighting along the border", "the Iranian border".

A story of two states tells of the border between them as "the border" or "the frontier" after a word of place,
crossing or fighting (`BORDER_NOUN`: "across the border", "closed the frontier"; not "the border town", "border
guards", "the border of the page", "the border with Turkey", "blurs the border between fact and fiction"). That noun
names the border between the two states it names right after "between" ("the frontier between Burkina Faso and
Mali"): one entity per pair of states, labelled "A-B border" in the order of their labels, so that two sources'
border of one story meet. Where "between" names no two states ("between fact and fiction") the noun names no border.
Else it is the border the source named last ("the Kyrgyz-Tajik border ... across the border"); else the border between
the two states the source names most ("Chinese troops crossed the border at more than 20 points", of a story of China
and Vietnam), where they are neighbours (the pack's cg:borders, where it knows both states' neighbours: a story of
tariffs on Chinese steel names no China-United States border at a queue of trucks), else where both are named in the
noun's sentence or the one before. A source naming fewer
than two states names no border so.

A border named by its states' demonyms ("the Kyrgyz-Tajik border") is the border between those two states, one
entity with "the border between Kyrgyzstan and Tajikistan". A state's demonym right after "the" and before the noun
("near the Iranian border", `DEMONYM_BORDER`) names that state's border, not the state: the words are the place's
mention; its other side is the neighbour the source names most ("Azerbaijan-Iran border"), else it is the state's
border alone ("Iran border").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .base import name_id
from .packs import Entry, derived
from .patterns import METHOD_DEMONYM

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence

NAME = "borders.v3"  # v3: no border where "between" names no two states, or no word of place or crossing comes before; the most-named pair only if neighbours or named near; a border by demonyms is its states' pair (review34)
CUES = cues("names")
CLASS = CUES.FEATURE_KINDS["border"]


@dataclass(frozen=True)
class _Story:
    """What the source tells of its states: how often each is named (in the order first named), the states of each
    sentence, and the state each demonym names."""

    counts: Counter
    states: list[set[str]]
    demonyms: dict[str, str]


def named(sentences: list[Sentence], entries: dict[str, Entry], text: str, demonym_states: dict[str, str]
          ) -> list[Sentence]:
    """The sentences with each border named by its noun or its demonyms (module docstring) a mention of that
    border; `demonym_states`: `demonyms(entries)`, made once per gazetteer (`Gazetteer.demonym_states`)."""
    states = [{m.entity for m in s.mentions if _a_state(m, entries)} for s in sentences]
    story = _Story(Counter(m.entity for s in sentences for m in s.mentions if _a_state(m, entries)), states,
                   demonym_states)
    last: tuple[str, str] | None = None  # the id and label of the border the source named last
    out = []
    for index, sentence in enumerate(sentences):
        near = states[index] | (states[index - 1] if index else set())
        mentions = []
        for m in _with_nouns(sentence, text):
            border = _of_demonyms(m, story, entries) if _a_border(m) else None
            if m.method == NAME and m.entity is None and border is None:
                border = _sides(m, sentence.mentions, entries, text)
                if border is None and not _no_sides(m, text):
                    border = last or _most_named(story, near, entries)
                if border is None:
                    continue
            if border is not None:
                m = replace(m, cls=CLASS, method=NAME, entity=border[0], value=border[1])
            if _a_border(m):
                last = (m.entity, m.value or m.text)
            mentions.append(m)
        out.append(replace(sentence, mentions=tuple(mentions)))
    return out


def _a_border(mention: Mention) -> bool:
    return mention.kind == "entity" and mention.cls == CLASS and mention.text.endswith(CUES.BORDER_WORDS)


def _with_nouns(sentence: Sentence, text: str) -> list[Mention]:
    """The sentence's mentions, a demonym before the noun made a border ("the Iranian border"), and a mention of no
    entity yet for each noun no mention holds ("along the border"), in text order."""
    mentions = [_demonym_border(m, text) for m in sentence.mentions]
    nouns = [Mention(start=match.start("noun"), end=match.end("noun"), text=match.group("noun"), kind="entity",
                     cls=CLASS, method=NAME, lang=sentence.lang)
             for match in CUES.BORDER_NOUN.finditer(text, sentence.start, sentence.end)
             if not any(m.start < match.end("noun") and match.start("noun") < m.end for m in mentions)]
    return sorted([*mentions, *nouns], key=lambda m: (m.start, m.end)) if nouns else mentions


def _demonym_border(mention: Mention, text: str) -> Mention:
    """A state's demonym between "the" and the noun as a border of that state's id until `_of_demonyms` names it
    ("near the Iranian border", "The Iranian border"), else the mention as it is."""
    noun = CUES.DEMONYM_BORDER.match(text, mention.end) if mention.method == METHOD_DEMONYM else None
    if noun is None or not CUES.ARTICLE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return mention
    words = " ".join(text[mention.start:noun.end()].split())
    return replace(mention, end=noun.end(), text=words, cls=CLASS, method=NAME)  # the state's id until resolved


def _of_demonyms(border: Mention, story: _Story, entries: dict[str, Entry]) -> tuple[str, str] | None:
    """The border named by its states' demonyms: "the Kyrgyz-Tajik border" is the one between Kyrgyzstan and
    Tajikistan; "the Iranian border" the one between Iran and the neighbour the source names most, else Iran's
    alone; None where a word before the noun is no state's demonym."""
    sides = border.text.rsplit(" ", 1)[0].split("-") if " " in border.text else []
    ids = [border.entity] if border.method == NAME and border.entity else [story.demonyms.get(w) for w in sides]
    if not ids or None in ids or len(set(ids)) > 2:
        return None
    if len(set(ids)) == 2:
        return _border(ids[0], ids[1], entries)
    state = ids[0]
    other = next((s for s, _ in story.counts.most_common() if s in entries[state].borders), None)
    return _border(state, other, entries) if other else (name_id(f"{entries[state].entity.label} border"),
                                                         f"{entries[state].entity.label} border")


def _no_sides(noun: Mention, text: str) -> bool:
    """Does "between" follow the noun without the story's two states ("the border between fact and fiction"; not
    "between the two countries")?"""
    return bool(CUES.BORDER_SIDES.match(text, noun.end)) and not CUES.BORDER_SIDES_AGAIN.match(text, noun.end)


def _sides(noun: Mention, mentions: tuple[Mention, ...], entries: dict[str, Entry], text: str) -> tuple[str, str] | None:
    """The border between the two states named right after the noun ("the border between Djibouti and Eritrea")."""
    between = CUES.BORDER_SIDES.match(text, noun.end)
    first = between and _state_at(mentions, between.end(), entries)
    joint = first and CUES.BORDER_SIDES_AND.match(text, first.end)
    second = joint and _state_at(mentions, joint.end(), entries)
    return _border(first.entity, second.entity, entries) if second and second.entity != first.entity else None


def _state_at(mentions: tuple[Mention, ...], start: int, entries: dict[str, Entry]) -> Mention | None:
    """The state named at `start`, if one is."""
    return next((m for m in mentions if m.start == start and _a_state(m, entries)), None)


def _most_named(story: _Story, near: set[str], entries: dict[str, Entry]) -> tuple[str, str] | None:
    """The border between the two states the source names most (the first named first among equals), if it names
    two, and they are neighbours where the pack knows the neighbours of both, else both named `near`."""
    if len(story.counts) < 2:
        return None
    (first, _), (second, _) = story.counts.most_common(2)  # among equals, in the order first named
    if entries[first].borders and entries[second].borders:
        return _border(first, second, entries) if second in entries[first].borders else None
    return _border(first, second, entries) if {first, second} <= near else None


def _a_state(mention: Mention, entries: dict[str, Entry]) -> bool:
    """A mention of a known state, by its name or its demonym alike (a story of China tells of "Chinese troops")."""
    return mention.kind == "entity" and mention.cls == "State" and mention.entity in entries


def demonyms(entries: dict[str, Entry]) -> dict[str, str]:
    """The state each demonym names, where it names one state alone ("Congolese" names two: none); a "-stan"
    state's stem is its demonym too ("Tajik", "Kyrgyz": the pack may give "Tadzhik"). Kept on disk for a table
    with a digest (`derived`)."""
    return derived(entries, "border-demonyms", lambda: _demonyms(entries))


def _demonyms(entries: dict[str, Entry]) -> dict[str, str]:
    """`demonyms`, made from the entries."""
    states: dict[str, set[str]] = {}
    for eid, entry in entries.items():
        if entry.entity.classes[0] == "State":
            label = entry.entity.label
            stem = label.removesuffix("istan") if label.endswith("istan") else label.removesuffix("stan")
            for demonym in {*entry.demonyms, stem} - {label}:
                states.setdefault(demonym, set()).add(eid)
    return {demonym: next(iter(ids)) for demonym, ids in states.items() if len(ids) == 1}


def _border(one: str, other: str, entries: dict[str, Entry]) -> tuple[str, str]:
    """The id and label of the border between two known states, one however the source orders them."""
    first, second = sorted((entries[one].entity.label, entries[other].entity.label))
    return name_id(f"{first} {second} border"), f"{first}-{second} border"
