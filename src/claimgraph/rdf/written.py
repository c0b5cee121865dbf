"""Claims as the dataset writes them: evidence without repetition (DESIGN.md).

The extraction stages give one `Claim` per mention: the entity's class at that mention (not the
top classes above it: they follow from `rdfs:subClassOf`), the name used there. Written one
claim per mention, that evidence cost about ten quads a word. So, per source:

- a typing or name claim (`type`, `altLabel`) is one claim per (entity, class) or (entity,
  name) and modality, holding every mention as a span; its IRI is minted from (source, triple)
  alone when it is asserted by the source itself (else with the modality and holder too), so
  it stays the same when a mention is added or moved;
- a top-class typing claim is dropped at a span where a subclass of it is claimed (two mentions
  of one entity at one span, one typed by its top class alone): the top class follows from the
  subclass (a mention typed only by its top class keeps it);
- a relation, date or count claim stays one claim per span, its IRI from (source, triple, span).

An event's typing takes the modality of the words that name it ("the alleged attack"), so the
mentions of one event typed asserted and typed doubted are two claims; names take none. A group
is derived only when every mention is, and names every method that found a mention.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ..model import Claim
from .terms import SUBCLASSES, TOP_CLASSES

GROUPED = frozenset(("type", "altLabel"))
SPAN, CLAIM, ANNOTATION = "span", "claim", "annotation"  # what `evidence` yields


class Written(NamedTuple):
    """One claim node of the dataset: `claim` (the first, in text order) gives its source,
    triple, modality and holder (the same for every claim of the group); `spans` (start, end,
    exact), in text order, its evidence. A named tuple, not a frozen dataclass: one is made for
    each claim node of a build (150,000 on 1,000 articles), and a frozen dataclass's `__init__`
    costs several times a tuple's."""

    claim: Claim
    spans: tuple[tuple[int, int, str], ...]
    methods: tuple[str, ...]
    derived: bool


def written(claims: Iterable[Claim]) -> list[Written]:
    """One source's claims (in text order, as `unique_claims` leaves them) as claim nodes,
    ordered by their first span."""
    claims = list(claims)
    implied = _implied(claims)
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.predicate == "type" and c.obj in TOP_CLASSES and (c.subject, c.start, c.end, c.obj) in implied:
            continue  # only a top class is implied: the other typings (all but a few) make no key to look up
        key = ((c.subject, c.predicate, c.obj, c.modality, c.attributed_to) if c.predicate in GROUPED
               else (c.subject, c.predicate, c.obj, c.start, c.end))
        groups.setdefault(key, []).append(c)
    return [_node(group) for group in groups.values()]


def _implied(claims: list[Claim]) -> set[tuple[str, int, int, str]]:
    """(entity, start, end, top class) of each top class a subclass typing implies at its span. Only
    a source that types some mention by a top class alone can hold one of them at such a span: the
    others (every source of the 1,000-article bench) cost one pass that builds nothing."""
    if not any(c.predicate == "type" and c.obj in TOP_CLASSES for c in claims):
        return set()
    return {(c.subject, c.start, c.end, top) for c in claims
            if c.predicate == "type" and c.obj not in TOP_CLASSES for top in SUBCLASSES[c.obj]}


def _node(group: list[Claim]) -> Written:
    if len(group) == 1:  # most claim nodes (every relation's): nothing to sort or merge
        claim = group[0]
        return Written(claim, ((claim.start, claim.end, claim.exact),), (claim.method,), claim.derived)
    spans = tuple(sorted({(c.start, c.end, c.exact) for c in group}))
    return Written(group[0], spans, tuple(sorted({c.method for c in group})), all(c.derived for c in group))


def evidence(nodes: list[Written]) -> Iterator[tuple[str, object]]:
    """The order a source's claims are written in: each claim node (`CLAIM`, the node) after the
    spans it is the first to cite (`SPAN`, (start, end, exact)); after the first claim node of each
    set of spans, their annotation (`ANNOTATION`, the claim nodes with those spans, in order): one
    Web Annotation for every claim the source makes on the same words, each claim one of its bodies
    (the model relates each body to each target). The spans' selectors are not a source's
    (`selected`). Fixed by the nodes' order, so the file needs no sort; the quads and the TriG text
    of a section both follow it."""
    bodies: dict[tuple[tuple[int, int, str], ...], list[Written]] = {}
    for node in nodes:
        bodies.setdefault(node.spans, []).append(node)
    spans: set[tuple[int, int, str]] = set()  # a span's words follow from its offsets: keyed by all three
    for node in nodes:
        for span in node.spans:
            if span not in spans:
                spans.add(span)
                yield SPAN, span
        yield CLAIM, node
        if bodies[node.spans][0] is node:
            yield ANNOTATION, bodies[node.spans]


def selected(nodes: list[Written]) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The words and the offsets (start, end) the nodes' spans select, each once, in the order
    `evidence` first cites them. Their selectors are the dataset's, not a source's: a selector says
    which words or which code points, and the target that selects them names the source, so one
    quote selector per wording and one position selector per (start, end) serve every source (the
    same names and event words recur in every source: on the 1,000-article bench corpus 78,637
    quote selectors of one source each were 16,821 wordings, 172,734 position selectors of one
    span each 87,245 offsets), written once after every source (`dataset.with_selectors`)."""
    return selected_spans(dict.fromkeys(span for node in nodes for span in node.spans))


def selected_spans(spans: Iterable[tuple[int, int, str]]) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """`selected` of the nodes' spans (start, end, exact), each once, in the order `evidence` first
    cites them (as a writer that follows `evidence` meets them: no second pass over every node's)."""
    spans = list(spans)
    return tuple(dict.fromkeys(exact for _, _, exact in spans)), tuple((start, end) for start, end, _ in spans)
