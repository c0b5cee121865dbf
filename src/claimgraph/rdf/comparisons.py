"""Comparisons as RDF, in the default graph, pointing at the claims they compare:

    <https://w3id.org/claimgraph/comparison/HASH> a cg:Comparison ;
        cg:about <entity> ; cg:relation cg:startDate ; cg:verdict cg:Differs ;
        cg:claim <claim1>, <claim2> ; cg:method "compare.v4" .
    <claim1> cg:disputedBy <claim2> .  <claim2> cg:disputedBy <claim1> .

plus `cg:value <entity>` for a many-valued relation (which actor, which party). Each pair of
claims on opposite sides of a dispute is linked both ways with `cg:disputedBy`, so that a
claim leads to what disputes it without going through the comparison.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ..compare import METHOD, Comparison, compare
from ..model import Extraction
from ..recognise.packs import Entry
from . import terms as t
from .dataset import A, claim_node, iri, predicate, vocab

_METHOD = ox.Literal(METHOD)
_DISPUTED_BY = vocab("disputedBy")


def quads(extractions: Iterable[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[ox.Quad]:
    """Every comparison's quads, in the comparisons' order; a pair of claims disputing each
    other in two comparisons is linked once."""
    made = (q for comparison in compare(extractions, gazetteer) for q in comparison_quads(comparison))
    return list(dict.fromkeys(made))


def comparison_quads(comparison: Comparison) -> Iterator[ox.Quad]:
    claims = sorted(claim_node(c) for c in comparison.claims)
    relation = predicate(comparison.relation)
    node = iri(t.comparison_iri(comparison.about, relation.value, comparison.verdict, comparison.value or "", *claims))
    yield ox.Quad(node, A, vocab("Comparison"))
    yield ox.Quad(node, vocab("about"), iri(t.entity_iri(comparison.about)))
    yield ox.Quad(node, vocab("relation"), relation)
    yield ox.Quad(node, vocab("verdict"), vocab(comparison.verdict))
    yield ox.Quad(node, vocab("method"), _METHOD)
    for claim in claims:
        yield ox.Quad(node, vocab("claim"), iri(claim))
    if comparison.value:
        yield ox.Quad(node, vocab("value"), iri(t.entity_iri(comparison.value)))
    for a, b in comparison.disputes:
        a_node, b_node = iri(claim_node(a)), iri(claim_node(b))
        yield ox.Quad(a_node, _DISPUTED_BY, b_node)
        yield ox.Quad(b_node, _DISPUTED_BY, a_node)
