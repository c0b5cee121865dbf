"""Comparisons as RDF, in the default graph, pointing at the claims they compare:

    <https://w3id.org/claimgraph/comparison/HASH> a cg:Comparison ;
        cg:about <entity> ; cg:relation cg:startDate ; cg:verdict cg:Differs ;
        cg:claim <claim1>, <claim2>, <claim3> ; cg:method "compare.v10" ;
        cg:side <https://w3id.org/claimgraph/side/HASH1>, <https://w3id.org/claimgraph/side/HASH2> .
    <https://w3id.org/claimgraph/side/HASH1> a cg:Side ; cg:claim <claim1>, <claim2> ;
        cg:disputedBy <https://w3id.org/claimgraph/side/HASH2> .
    <https://w3id.org/claimgraph/side/HASH2> a cg:Side ; cg:claim <claim3> ;
        cg:disputedBy <https://w3id.org/claimgraph/side/HASH1> .

plus `cg:value <entity>` for a many-valued relation (which actor, which party). A comparison
that finds a dispute has a side per position (`compare.Side`: one value, stance, name or word),
and a claim reaches what disputes it by `?side cg:claim ?claim ; cg:disputedBy/cg:claim ?other`,
each claim of a disputing side by exactly one path. Linking sides, not each pair of claims, keeps
a dispute linear in its claims (issue #20: the pairs were 4.2 quads a word of the bench corpus).
A dispute of a few sides links each two that dispute each other both ways, as above; one of
many (a death toll given 265 values) links each side to the sides and groups of sides
(`cg:SideGroup`, holding their sides' claims) of a tree over its sides (`disputes`), O(k log k)
for k sides, not k(k-1), and a side may then be linked to a side that reaches it only through a
group (the dispute stays symmetric, the links need not be):

    <https://w3id.org/claimgraph/side/HASH1> cg:disputedBy <https://w3id.org/claimgraph/sidegroup/HASH4> .
    <https://w3id.org/claimgraph/sidegroup/HASH4> a cg:SideGroup ; cg:claim <claim3>, <claim4>, <claim5> .

A side's IRI follows from its comparison's and its key (`terms.side_iri`), a group's from its
comparison's and all its sides' keys (`terms.side_group_iri`).

They are written per group of claims compared (`compare.groups`), each group a section of the
dataset: a group decides its comparisons alone, so a rebuild takes an unchanged group's section
from the cache and compares again only the groups a changed source touches. A comparison's IRIs
are minted once (`_lay`) for either writer: its quads (`comparison_quads`, for any format), or,
in TriG, its text from templates (`_text`: the serialiser's bytes, without making a quad, as
`rdf/trigtext.py` writes the sources' claims; tests/test_comparisons.py compares them).
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from ..model import Claim
from ..rdf import terms as t
from ..rdf.dataset import Section, serialised
from ..rdf.nodes import A, claim_node, entity_node, iri, predicate, vocab
from ..rdf.trigtext import digested, term, verb
from . import disputes
from .compare import METHOD, Comparison, Group, compare_group

_METHOD = ox.Literal(METHOD)
_DISPUTED_BY = vocab("disputedBy")
_SIDE, _SIDE_CLASS, _GROUP_CLASS, _CLAIM = vocab("side"), vocab("Side"), vocab("SideGroup"), vocab("claim")
_COMPARISON, _ABOUT, _RELATION, _VERDICT, _HAS_METHOD, _VALUE = map(vocab, (
    "Comparison", "about", "relation", "verdict", "method", "value"))


@dataclass(frozen=True)
class Compared:
    """A group's comparisons serialised, as the cache keeps them (apart from the sources' sections)."""

    section: Section


@dataclass(frozen=True)
class _Laid:
    """A comparison's nodes by IRI, in the order they are written, as both writers take them: its
    claims (each once, sorted), its sides, each side's claims (each once, in the side's order), the
    groups of sides (`disputes`: each with its sides' claims) and each side's `cg:disputedBy` links
    (the sides and groups it is linked to, in order)."""

    subject: str
    claims: list[str]
    sides: list[str]
    held: list[list[str]]
    groups: list[tuple[str, list[str]]]
    links: list[tuple[str, list[str]]]


def section(group: Group, sides: dict[str, str], fmt: ox.RdfFormat) -> Section:
    """A group's comparisons (`compare_group`) serialised in `fmt` (`serialise`). A claim is in one
    group only, so no other group writes their quads again."""
    return serialise(compare_group(group, sides), fmt)


def serialise(comparisons: list[Comparison], fmt: ox.RdfFormat) -> Section:
    """Comparisons serialised in `fmt`, in their order (empty when there are none): in TriG as
    text (`_text`), else their quads (`comparison_quads`). Each quad is written once: no
    two of the comparisons may share an IRI (those of a group do not: each is of its own value,
    verdict or relation, or of claims of its own, `compare_group`; nor so their sides')."""
    name = names()
    laid = [_lay(comparison, name) for comparison in comparisons]
    texts = _Texts.of() if fmt == ox.RdfFormat.TRIG else None
    if texts is None:
        node = functools.cache(iri)
        return serialised([q for c, each in zip(comparisons, laid) for q in _quads(c, each, node)], fmt)
    text = "".join([_text(c, each, texts) for c, each in zip(comparisons, laid)])
    return Section(sum(map(_count, comparisons, laid)), 0, text.encode())


def names() -> Callable[[Claim], str]:
    """A claim's IRI (`claim_node`), minted once per claim: a claim of a dispute is named by its
    comparison, by its side and by a group, and hashing its IRI is most of the time comparisons
    take. Kept by the claim's identity (a claim's own hash reads its eleven fields), so only while
    the claims are."""
    made: dict[int, str] = {}

    def name(claim: Claim) -> str:
        found = made.get(id(claim))
        if found is None:
            found = made[id(claim)] = claim_node(claim)
        return found
    return name


def _lay(comparison: Comparison, name: Callable[[Claim], str]) -> _Laid:
    """A comparison's IRIs (`_Laid`); `name` gives a claim's (`names`). Two claims of one IRI, a
    name used twice, are one `cg:claim`; a side's claims are some of its comparison's (as
    `compare` makes them), whose IRIs it takes."""
    made = list(map(name, comparison.claims))
    of = dict(zip(map(id, comparison.claims), made))
    claims = sorted(made)  # all of them, repeats too: the IRI's parts
    relation = predicate(comparison.relation).value
    subject = t.comparison_iri(comparison.about, relation, comparison.verdict, comparison.value or "", *claims)
    sides = [t.side_iri(subject, side.key) for side in comparison.sides]
    held = [list(dict.fromkeys(map(of.__getitem__, map(id, side.claims)))) for side in comparison.sides]
    groups, links = _dispute(comparison, subject, sides, held) if sides else ([], [])
    return _Laid(subject, list(dict.fromkeys(claims)), sides, held, groups, links)  # each once, still sorted


def _dispute(comparison: Comparison, subject: str, sides: list[str], held: list[list[str]]
             ) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """The groups of sides and the `cg:disputedBy` links of a comparison's dispute (`disputes`),
    given its IRI, its sides' and each side's claims' (no claim on two sides)."""
    links = disputes.links(list(map(len, held)), _disputed(comparison))
    nodes = {(i, i + 1): node for i, node in enumerate(sides)}
    groups = []
    for lo, hi in links.groups:
        group = nodes[lo, hi] = t.side_group_iri(subject, (side.key for side in comparison.sides[lo:hi]))
        groups.append((group, [claim for claims in held[lo:hi] for claim in claims]))
    linked = [(sides[i], [nodes[lo, hi] for _, lo, hi in targets])
              for i, targets in itertools.groupby(links.targets, key=operator.itemgetter(0))]
    return groups, linked


def _disputed(comparison: Comparison) -> disputes.Count:
    """Which sides each side of the comparison disputes (`disputes.Count`): its camps', or its pairs'."""
    if comparison.camps:
        return disputes.apart(comparison.camps)
    index = {side.key: i for i, side in enumerate(comparison.sides)}
    return disputes.listed(len(index), ((index[a], index[b]) for a, b in comparison.disputes))


def comparison_quads(comparison: Comparison, name: Callable[[Claim], str] | None = None) -> list[ox.Quad]:
    """A comparison's quads, each once; `name` gives a claim's IRI (by default minted anew: `names`)."""
    return _quads(comparison, _lay(comparison, name or names()), functools.cache(iri))


def _quads(comparison: Comparison, laid: _Laid, node: Callable[[str], ox.NamedNode]) -> list[ox.Quad]:
    """A comparison's quads from its IRIs (`_lay`); `node` makes an IRI's node (`iri`, cached: a
    claim is named by its comparison, its side and a group)."""
    subject = node(laid.subject)
    found = [ox.Quad(subject, A, _COMPARISON), ox.Quad(subject, _ABOUT, entity_node(comparison.about)),
             ox.Quad(subject, _RELATION, predicate(comparison.relation)),
             ox.Quad(subject, _VERDICT, vocab(comparison.verdict)), ox.Quad(subject, _HAS_METHOD, _METHOD)]
    found += [ox.Quad(subject, _CLAIM, node(claim)) for claim in laid.claims]
    if comparison.value:
        found.append(ox.Quad(subject, _VALUE, entity_node(comparison.value)))
    for side, claims in zip(map(node, laid.sides), laid.held):
        found += [ox.Quad(subject, _SIDE, side), ox.Quad(side, A, _SIDE_CLASS)]
        found += [ox.Quad(side, _CLAIM, node(claim)) for claim in claims]
    for group, claims in laid.groups:
        found.append(ox.Quad(node(group), A, _GROUP_CLASS))
        found += [ox.Quad(node(group), _CLAIM, node(claim)) for claim in claims]
    return found + [ox.Quad(node(side), _DISPUTED_BY, node(target))
                    for side, targets in laid.links for target in targets]


def _count(comparison: Comparison, laid: _Laid) -> int:
    """How many quads `_quads` makes of a comparison, without making them."""
    return (5 + len(laid.claims) + bool(comparison.value) + sum(2 + len(claims) for claims in laid.held)
            + sum(1 + len(claims) for _, claims in laid.groups) + sum(len(targets) for _, targets in laid.links))


@dataclass(frozen=True)
class _Texts:
    """The TriG text of a comparison's fixed parts, each term's as the serialiser writes it
    (`trigtext.term`, `trigtext.verb`), and of the IRIs of each kind of node around their digest
    (`trigtext.digested`: (head, tail))."""

    comparison: tuple[str, str]
    side: tuple[str, str]
    group: tuple[str, str]
    claim: tuple[str, str]
    opening: str  # after a comparison's IRI, before what it is about
    relation: str
    verdict: str
    method: str  # its `cg:method` and what follows
    claims: str  # before the objects of a `cg:claim`
    value: str
    sided: str  # a comparison's `cg:side`, before the side
    side_class: str  # after a side's IRI
    group_class: str  # after a group's IRI
    disputed: str  # between a side and what it is linked to

    @staticmethod
    @functools.cache
    def of() -> _Texts | None:
        """The texts, or None when the IRIs of a kind of node do not template (they do: their
        namespaces are fixed, the rest a hexadecimal digest)."""
        found = [digested(namespace) for namespace in (t.COMPARISON, t.SIDE, t.SIDE_GROUP, t.CLAIM)]
        if None in found:
            return None
        a = verb("rdf:type")
        return _Texts(*found, opening=f" {a} {term(_COMPARISON)} ;\n\t{verb('about')} ",
                      relation=f" ;\n\t{verb('relation')} ", verdict=f" ;\n\t{verb('verdict')} ",
                      method=f" ;\n\t{verb('method')} {term(_METHOD)}", claims=f" ;\n\t{verb('claim')} ",
                      value=f" ;\n\t{verb('value')} ", sided=f"{verb('side')} ",
                      side_class=f" {a} {term(_SIDE_CLASS)}", group_class=f" {a} {term(_GROUP_CLASS)}",
                      disputed=f" {verb('disputedBy')} ")


def _text(comparison: Comparison, laid: _Laid, texts: _Texts) -> str:
    """A comparison's TriG text: the bytes the serialiser gives for its quads (`_quads`, in the
    same order), each subject's consecutive triples one block (`;` between predicates, `,` between
    objects), so its first side's triple closes the comparison's own block."""
    name = dict(zip(laid.claims, _texts(laid.claims, t.CLAIM, texts.claim)))
    sides = _texts(laid.sides, t.SIDE, texts.side)
    groups = [group for group, _ in laid.groups]
    node = dict(zip(laid.sides + groups, sides + _texts(groups, t.SIDE_GROUP, texts.group)))
    subject = _texts([laid.subject], t.COMPARISON, texts.comparison)[0]
    value = f"{texts.value}{term(entity_node(comparison.value))}" if comparison.value else ""
    out = [f"{subject}{texts.opening}{term(entity_node(comparison.about))}{texts.relation}"
           f"{term(predicate(comparison.relation))}{texts.verdict}{term(vocab(comparison.verdict))}{texts.method}"
           f"{_objects(texts.claims, map(name.__getitem__, laid.claims))}{value}"]
    before = " ;\n\t"  # the first side's triple continues the comparison's block
    for side, claims in zip(sides, laid.held):
        out.append(f"{before}{texts.sided}{side} .\n"
                   f"{side}{texts.side_class}{_objects(texts.claims, map(name.__getitem__, claims))} .\n")
        before = f"{subject} "
    if not sides:
        out.append(" .\n")
    out += [f"{node[group]}{texts.group_class}{_objects(texts.claims, map(name.__getitem__, claims))} .\n"
            for group, claims in laid.groups]
    out += [f"{node[side]}{texts.disputed}{' , '.join(map(node.__getitem__, targets))} .\n"
            for side, targets in laid.links]
    return "".join(out)


def _texts(values: list[str], namespace: str, around: tuple[str, str]) -> list[str]:
    """The TriG text of IRIs of `namespace` followed by a digest, from its template (`_Texts`)."""
    head, tail = around
    cut = len(namespace)
    return [f"{head}{value[cut:]}{tail}" for value in values]


def _objects(before: str, texts: Iterable[str]) -> str:
    """A predicate's objects after `before` (its text), or nothing when it has none."""
    joined = " , ".join(texts)
    return f"{before}{joined}" if joined else ""
