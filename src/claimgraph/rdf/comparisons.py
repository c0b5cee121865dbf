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
from ..recognise.packs import Entry
from . import terms as t
from .dataset import A, claim_node, iri, predicate, vocab

_METHOD = ox.Literal(METHOD)


def quads(extractions: Iterable[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[ox.Quad]:
    return [q for comparison in compare(extractions, gazetteer) for q in comparison_quads(comparison)]


def comparison_quads(comparison: Comparison) -> Iterator[ox.Quad]:
    claims = sorted(claim_node(c) for c in comparison.claims)
    relation = predicate(comparison.relation)
    node = iri(t.comparison_iri(comparison.about, relation.value, comparison.value or "", *claims))
    yield ox.Quad(node, A, vocab("Comparison"))
    yield ox.Quad(node, vocab("about"), iri(t.entity_iri(comparison.about)))
    yield ox.Quad(node, vocab("relation"), relation)
    yield ox.Quad(node, vocab("verdict"), vocab(comparison.verdict))
    yield ox.Quad(node, vocab("method"), _METHOD)
    for claim in claims:
        yield ox.Quad(node, vocab("claim"), iri(claim))
    if comparison.value:
        yield ox.Quad(node, vocab("value"), iri(t.entity_iri(comparison.value)))
