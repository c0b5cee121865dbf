"""Stories: which sources of a corpus tell the same conflict, so that compare never sets a
Tigray report against a Karabakh one (`stories`), and which events of a story are its war
told in other words (`wars`).

A corpus may hold texts on many conflicts, and general entities (Russia, the United States,
the UN) occur in most of them. Two sources tell one story when the entities they mention
are alike: each source is a vector of its entities (an armed force counted as its state),
weighted by how often it mentions them and by how few sources do (tf-idf, the idf smoothed
so that a two-source corpus still counts what both share); sources whose cosine similarity
reaches `SIMILAR` are joined, and a story is a connected group (single linkage).

`SIMILAR` was read off the 18 development texts (six conflicts): the weakest link a story
needs there is 0.197 (a Tigray encyclopedia lead to a wire report), the strongest between
two conflicts 0.104 (a Karabakh text to a Syria text that both name Moscow and Turkey). The
Idlib ceasefire report (2020) stays apart from the three Douma texts (2018): 0.111 at most.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .sides import Sides

if TYPE_CHECKING:  # compare reads the stories: what it reads of a source is its own
    from .compare import Said

SIMILAR = 0.15
ALL_PAIRS = 200  # up to this many sources, every pair is compared (20,000 pairs: a fraction of a second)
FIGHTING = frozenset({"War", "Offensive", "Clash", "Operation"})  # events a story's war may be told as


@dataclasses.dataclass
class _Event:
    """A war-like event as every source of the corpus tells it."""

    id: str
    classes: frozenset[str] = frozenset()
    sources: set[str] = dataclasses.field(default_factory=set)
    years: set[str] = dataclasses.field(default_factory=set)
    claims: int = 0


def stories(sources: Iterable[Said], sides: dict[str, str]) -> dict[str, str]:
    """Each source id -> the id of its story (the smallest source id in it), from what the sources
    say (`compare.said`): deterministic."""
    from .similarity import similar  # numpy, only for a build that groups again

    stands_for = Sides(sides)
    counts = {source.source: _mentions(source, stands_for) for source in sources}
    df: Counter = Counter()  # counted when first asked: seldom or never

    def exact(a: str, b: str) -> float:
        """The Python sum's cosine, of the two vectors asked only (1,000 articles: one pair, where
        weighing every source's took 0.07 s)."""
        df or df.update(_frequencies(counts))
        return _dot(_weighted(counts, df, a), _weighted(counts, df, b))
    parent = {source: source for source in counts}
    for a, b in similar(counts, SIMILAR, ALL_PAIRS, exact):
        _join(parent, a, b)  # a story is a connected group: in whatever order its links come
    return {source: _root(parent, source) for source in sorted(counts)}


def _mentions(source: Said, stands_for: Sides) -> Counter:
    """How often a source mentions each entity: its typing claims, each with the top classes it
    implies (`Said.mentions`: a state's mention counts three). Counted per subject, then per side:
    a side comes in the order of its first mention all the same."""
    found: Counter = Counter()
    for subject, count in source.mentions:
        found[stands_for[subject]] += count
    return found


def _frequencies(counts: dict[str, Counter]) -> Counter:
    """How many sources mention each entity (tf-idf's document frequency)."""
    return Counter(entity for mentions in counts.values() for entity in mentions)


def _weighted(counts: dict[str, Counter], df: Counter, source: str) -> dict[str, float]:
    """The source's tf-idf vector, of unit length (so that a dot product is the cosine), by every
    source's `_frequencies`."""
    n = len(counts)
    weights = {e: (1 + math.log(k)) * math.log(1 + n / df[e]) for e, k in counts[source].items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {e: w / norm for e, w in weights.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)  # as a stable sort by length orders them
    return sum([w * large[e] for e, w in small.items() if e in large])  # a list: quicker than a generator, same sum


def _root(parent: dict[str, str], node: str) -> str:
    """The root of node's story, halving the path on the way (asked for every candidate pair)."""
    while parent[node] != node:
        parent[node] = node = parent[parent[node]]
    return node


def _join(parent: dict[str, str], a: str, b: str) -> None:
    """Union by smallest id, so a story's id is its smallest source id."""
    ra, rb = sorted((_root(parent, a), _root(parent, b)))
    parent[rb] = ra


def wars(sources: list[Said], story: dict[str, str]) -> dict[tuple[str, str], str]:
    """(source, war-like event (`FIGHTING`) it tells in its own words) -> the war of its story,
    for a source that does not name that war itself, so that who took part in the fighting
    is compared across sources that name the war differently ("the Tigray war", "the fighting
    between the National Defense Forces and the TPLF", "the clashes").

    A story's war is its `War` told by the most sources (then by the most claims, then the
    smallest id); an event joins it only when no year of theirs differs (an undated one joins;
    a "war" of 1998-2000 in a text on the 2020 war does not). A source that names the war
    keeps its own offensives and clashes apart: it tells them as parts, not as the whole.
    """
    events = _fighting(sources)
    by_source: dict[str, list[_Event]] = defaultdict(list)
    for event in events.values():
        for source in event.sources:
            by_source[source].append(event)
    found: dict[tuple[str, str], str] = {}
    for members in _members(story).values():
        # a story's events by its sources, not every event of the corpus asked of every story
        told = {e.id: e for source in members for e in by_source[source]}
        whole = min((e for e in told.values() if "War" in e.classes),
                    key=lambda e: (-len(e.sources), -e.claims, e.id), default=None)
        if whole is None:
            continue
        for source in sorted(members - whole.sources):
            for event in sorted(by_source[source], key=lambda e: e.id):
                if _same_years(event, whole):
                    found[source, event.id] = whole.id
    return found


def _fighting(sources: list[Said]) -> dict[str, _Event]:
    """The war-like events the sources tell, with the claims about each and the years of its
    dates, counted over the sources from the first that tells it as war-like."""
    events: dict[str, _Event] = {}
    for source in sources:
        for entity in source.entities:
            if not FIGHTING.isdisjoint(entity.classes):
                event = events.setdefault(entity.id, _Event(entity.id, frozenset(entity.classes)))
                event.sources.add(source.source)
                event.years.update(day[:4] for day in entity.span or ())
        for subject, claims, years in source.subjects:
            if subject in events:
                events[subject].claims += claims
                events[subject].years.update(years)
    return events


def _members(story: dict[str, str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for source, root in story.items():
        found.setdefault(root, set()).add(source)
    return found


def _same_years(a: _Event, b: _Event) -> bool:
    return not a.years or not b.years or bool(a.years & b.years)
