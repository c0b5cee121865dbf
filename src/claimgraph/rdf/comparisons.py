"""Comparisons as RDF, in the default graph, pointing at the claims they compare:

    <https://w3id.org/claimgraph/comparison/HASH> a cg:Comparison ;
        cg:about <entity> ; cg:relation cg:startDate ; cg:verdict cg:Differs ;
        cg:claim <claim1>, <claim2> ; cg:method "compare.v1" .

plus `cg:value <entity>` for a many-valued relation (which actor, which party).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ..compare import METHOD, Comparison, compare
from ..model import Extraction
from . import terms as t
from .dataset import claim_node, claim_triple, iri


def quads(extractions: Iterable[Extraction]) -> list[ox.Quad]:
    return [q for comparison in compare(extractions) for q in comparison_quads(comparison)]


def comparison_quads(comparison: Comparison) -> Iterator[ox.Quad]:
    claims = sorted(claim_node(c) for c in comparison.claims)
    _, relation, _ = claim_triple(comparison.claims[0])
    node = iri(t.comparison_iri(comparison.about, relation.value, comparison.value or "", *claims))
    rows = [
        (iri(t.TYPE), iri(t.cg("Comparison"))),
        (iri(t.cg("about")), iri(t.entity_iri(comparison.about))),
        (iri(t.cg("relation")), relation),
        (iri(t.cg("verdict")), iri(t.cg(comparison.verdict))),
        (iri(t.cg("method")), ox.Literal(METHOD)),
    ]
    rows += [(iri(t.cg("claim")), iri(c)) for c in claims]
    if comparison.value:
        rows.append((iri(t.cg("value")), iri(t.entity_iri(comparison.value))))
    for predicate, obj in rows:
        yield ox.Quad(node, predicate, obj)
