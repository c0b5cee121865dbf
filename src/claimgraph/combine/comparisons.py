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
from the cache and compares again only the groups a changed source touches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from ..model import Claim
from ..rdf import terms as t
from ..rdf.dataset import Section, serialised
from ..rdf.nodes import A, claim_node, entity_node, iri, predicate, vocab
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


def section(group: Group, sides: dict[str, str], fmt: ox.RdfFormat) -> Section:
    """A group's comparisons serialised in `fmt` (empty when it has none)."""
    return serialised(quads(group, sides), fmt)


def quads(group: Group, sides: dict[str, str]) -> list[ox.Quad]:
    """A group's comparisons' quads, in the comparisons' order, each quad once; a claim is in
    one group only, so no other group writes them again. No two comparisons of a group share an
    IRI (each is of its own value, verdict or relation, or of claims of its own: `compare_group`),
    nor so their sides', so a comparison's quads, each made once (`comparison_quads`), are none
    of another's: none is looked for twice."""
    node = nodes()
    return [q for comparison in compare_group(group, sides) for q in comparison_quads(comparison, node)]


def nodes() -> Callable[[Claim], ox.NamedNode]:
    """A claim's node (`claim_node`), made once per claim: a claim of a dispute is named by its
    comparison and by its side, and hashing its IRI is most of the time comparisons take. Kept by
    the claim's identity (a claim's own hash reads its eleven fields), so only while the claims are."""
    made: dict[int, ox.NamedNode] = {}

    def node(claim: Claim) -> ox.NamedNode:
        found = made.get(id(claim))
        if found is None:
            found = made[id(claim)] = iri(claim_node(claim))
        return found
    return node


def comparison_quads(comparison: Comparison, node: Callable[[Claim], ox.NamedNode] | None = None) -> list[ox.Quad]:
    """A comparison's quads, each once (two claims of one IRI, a name used twice, are one
    `cg:claim`); `node` gives a claim's node (by default made anew: `nodes`). A side's claims are
    some of its comparison's (as `compare` makes them), whose nodes it takes."""
    node = node or nodes()
    made = list(map(node, comparison.claims))
    of = dict(zip(map(id, comparison.claims), made))  # a side's claims are some of its comparison's
    values = [n.value for n in made]
    named = dict(zip(values, made))
    claims = sorted(values)  # all of them, repeats too: the IRI's parts
    relation = predicate(comparison.relation)
    subject = iri(t.comparison_iri(comparison.about, relation.value, comparison.verdict, comparison.value or "", *claims))
    found = [ox.Quad(subject, A, _COMPARISON), ox.Quad(subject, _ABOUT, entity_node(comparison.about)),
             ox.Quad(subject, _RELATION, relation), ox.Quad(subject, _VERDICT, vocab(comparison.verdict)),
             ox.Quad(subject, _HAS_METHOD, _METHOD)]
    found += [ox.Quad(subject, _CLAIM, named[claim]) for claim in sorted(named)]
    if comparison.value:
        found.append(ox.Quad(subject, _VALUE, entity_node(comparison.value)))
    sides = [iri(t.side_iri(subject.value, side.key)) for side in comparison.sides]
    held = [list(dict.fromkeys(map(of.__getitem__, map(id, side.claims)))) for side in comparison.sides]
    for node, claims in zip(sides, held):
        found += [ox.Quad(subject, _SIDE, node), ox.Quad(node, A, _SIDE_CLASS)]
        found += [ox.Quad(node, _CLAIM, claim) for claim in claims]
    if comparison.sides:
        found += _dispute_quads(comparison, subject.value, sides, held)
    return found


def _dispute_quads(comparison: Comparison, subject: str, sides: list[ox.NamedNode], held: list[list[ox.NamedNode]]
                   ) -> list[ox.Quad]:
    """The groups of sides and the `cg:disputedBy` links of a comparison's dispute (`disputes`),
    given its IRI, its sides' nodes and each side's claims' nodes (no claim on two sides)."""
    links = disputes.links(list(map(len, held)), _disputed(comparison))
    nodes = {(i, i + 1): node for i, node in enumerate(sides)}
    found = []
    for lo, hi in links.groups:
        group = nodes[lo, hi] = iri(t.side_group_iri(subject, (side.key for side in comparison.sides[lo:hi])))
        found.append(ox.Quad(group, A, _GROUP_CLASS))
        found += [ox.Quad(group, _CLAIM, claim) for claims in held[lo:hi] for claim in claims]
    return found + [ox.Quad(sides[i], _DISPUTED_BY, nodes[lo, hi]) for i, lo, hi in links.targets]


def _disputed(comparison: Comparison) -> disputes.Count:
    """Which sides each side of the comparison disputes (`disputes.Count`): its camps', or its pairs'."""
    if comparison.camps:
        return disputes.apart(comparison.camps)
    index = {side.key: i for i, side in enumerate(comparison.sides)}
    return disputes.listed(len(index), ((index[a], index[b]) for a, b in comparison.disputes))
