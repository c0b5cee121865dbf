"""What every recogniser returns, and how overlapping finds are settled.

A recogniser is a callable: a spaCy Doc of one block in, `Candidate`s out, with
character offsets into that block. It has a `name` with a version ("gazetteer.v6") that
is written into every claim it leads to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..lang import cues
from ..rdf.terms import slug

if TYPE_CHECKING:  # what a recogniser takes; a build that extracts nothing never loads spaCy
    from spacy.tokens import Doc, Span

ONE_FORM = str.maketrans({"'": "’", "‘": "’", "ʼ": "’", "–": "-", "—": "-", "‐": "-", "‑": "-"})


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str  # "entity", "date", "quantity"
    cls: str
    method: str
    entity: str | None = None
    value: str | None = None


_SMALL_WORDS = cues("names").SMALL_WORDS  # the connectives of a name an acronym skips ("of", "the")
_TITLES_BEFORE = cues("person_titles").TITLES_BEFORE  # "President ", "Admiral ": the titles right before a name
_PLACE_WORD_BEFORE = cues("names").PLACE_WORD_BEFORE  # "in ", "the town of ": what a place's name follows
PLACE_WORD_REACH = 20  # characters before a name where that word may stand
_NAMES = cues("names")  # the words only a place follows and the words of trust before "in" (`place_meant`)
_PLACE_LIST_JOINT = cues("names").PLACE_LIST_JOINT  # ", ", " and ": what joins a list of places (`listed_beside`)
LIST_JOINT_REACH = 8  # characters a list's joint may span


def name_id(name: str) -> str:
    """The id of an entity a recogniser names by its words: the slug of the name with one kind of
    apostrophe and of dash, so "Tigray People's Liberation Front" and "Tigray People’s Liberation
    Front" (two sources, two keyboards) are one entity, as a gazetteer entity labelled either way
    is, and "Georgian–Ossetian" keeps its words apart ("georgian-ossetian", not "georgianossetian")."""
    return slug(name.translate(ONE_FORM))


def title_start(text: str, start: int, name: str, reach: int) -> int | None:
    """Where the titles right before a name at `start` begin (`TITLES_BEFORE`, within `reach` characters), None if
    none stands there. In a line all in capitals a title in capitals is one too ("ADMIRAL AMMAN COMMANDING"): the name
    and the words before it in capitals are read as written in Title Case. One reading for the recognisers' persons
    after a title (`recognise.stack._titled`) and the titles a person's typing quotes (`extract.titled`)."""
    low = max(0, start - reach)
    before = text[low:start]
    if name.isupper() and before.isupper():
        before = before.title()
    title = _TITLES_BEFORE.search(before)
    return low + title.start() if title else None


def place_word_before(text: str, start: int) -> bool:
    """Does a word a place follows stand right before `start` ("in Aden", "the town of Nelson", "captured Kidal")? A
    name there is a place's, no person's nor a code word's."""
    return place_word_at(text, start) is not None


def place_meant(text: str, start: int, end: int) -> bool:
    """Does a word only a place follows stand right before the name at `start`..`end` (`PLACE_NOT_SURNAME_BEFORE`:
    "travelled to London", "in Washington"), no word of trust before its "in" (`TRUST_IN_BEFORE`: "lost faith in
    Lincoln") and no possessive after it ("in Wilson's view")? Then the name is a place's, though a person bears it
    ("Jack London", "George Washington")."""
    return (_NAMES.PLACE_NOT_SURNAME_BEFORE.search(text, max(0, start - 30), start) is not None
            and not _NAMES.TRUST_IN_BEFORE.search(text, max(0, start - 30), start)
            and not text.startswith(_NAMES.POSSESSIVE_ENDINGS, end))


def place_word_at(text: str, start: int) -> re.Match | None:
    """The word a place follows right before `start` (`place_word_before`), for a reader that asks which word it is."""
    return _PLACE_WORD_BEFORE.search(text, max(0, start - PLACE_WORD_REACH), start)


def listed_beside(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Does the name at `start`..`end` stand in a list beside a place: a list's joint (`PLACE_LIST_JOINT`: a comma,
    "and", "or") between it and a place that starts at one of `starts` after it or ends at one of `ends` before it
    ("Idlib, Saraqib and Maarat al-Numan", "through Mosul Kirkuk and Erbil")?"""
    after = _PLACE_LIST_JOINT.match(text, end)
    return after is not None and after.end() in starts or any(
        _PLACE_LIST_JOINT.fullmatch(text, place_end, start) for place_end in ends
        if start - LIST_JOINT_REACH <= place_end < start)


def initials(words: Iterable[str]) -> str:
    """The first letters of a name's words but its connectives (`SMALL_WORDS`: "of", "the"), what an acronym of the
    name spells: ("Palestine", "Liberation", "Organization") -> "PLO", ("lord", "s", "resistance", "army") -> "lsra"."""
    return "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS)


def text_of(doc: Doc) -> str:
    """The Doc's text: `recognise` stores it once per block, as `doc.text` is rebuilt from the
    tokens on every access (a cost that showed in profiles as the rule stack's largest)."""
    return doc.user_data.get("text") or doc.text


def cue_spans(doc: Doc, pattern: re.Pattern) -> Iterator[Span]:
    """The spans of the Doc's tokens that `pattern` finds in its text, in text order; a find that does not fall on
    tokens' edges ("rules" in "rules-based") is none. Rules whose words most blocks hold none of search the text at C
    speed with it and read only the tokens found."""
    for found in pattern.finditer(text_of(doc)):
        span = doc.char_span(*found.span())
        if span is not None:
            yield span


WORDS = "claimgraph.words"  # doc.user_data key of `words_of`'s list: ours, named so no spaCy component's clashes


def words_of(doc: Doc) -> list[str]:
    """The Doc's tokens in lower case (each one's `lower_`), made once per Doc and kept with it: rules that
    read the words around each of their matches would otherwise make a token object, or a slice of the Doc,
    per word read, which cost more than the whole list. The list is the Doc's tokens when first asked: not
    after retokenizing (`doc.retokenize()` merges or splits tokens and would leave it stale; no stage does)."""
    words = doc.user_data.get(WORDS)
    if words is None:
        words = doc.user_data[WORDS] = [t.lower_ for t in doc]
    return words


class Recogniser(Protocol):
    name: str

    def __call__(self, doc: Doc) -> Iterable[Candidate]: ...


def settle(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (earlier on ties), in text order.

    Longest-first is what makes "Azerbaijani army" the force, not the state, and
    "Republic of Artsakh" one name rather than "Artsakh" inside it.
    """
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.start, c.kind, c.method, c.entity or ""))
    taken: list[Candidate] = []
    used: set[int] = set()
    for cand in ranked:
        span = set(range(cand.start, cand.end))
        if not span & used:
            taken.append(cand)
            used |= span
    return sorted(taken, key=lambda c: (c.start, c.end))
