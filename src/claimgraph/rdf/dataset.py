"""The dataset stage: extractions to RDF quads, per the contract in DESIGN.md.

Each claim's triple goes into its own named graph; the default graph holds the claim's
provenance (source, method, modality, a Web Annotation with the exact words and their
offsets), the sources with their metadata and hashes, and each entity's canonical
label and Wikidata identity. Quads come out sorted, so the written file is stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ..model import Claim, Document, Entity, Extraction, Literal
from . import terms as t

_T = ox.NamedNode(t.TYPE)
_DEFAULT = ox.DefaultGraph()
_PREDICATES = {"type": t.TYPE, "altLabel": t.ALT_LABEL}


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def literal(value: Literal) -> ox.Literal:
    if value.lang:
        return ox.Literal(value.value, language=value.lang)
    return ox.Literal(value.value, datatype=iri(value.datatype or t.XSD + "string"))


def quads(extractions: Iterable[Extraction], extra: Iterable[ox.Quad] = ()) -> list[ox.Quad]:
    """All quads of the dataset (and `extra` ones, such as comparisons), deduplicated and sorted."""
    found: set[ox.Quad] = set(extra)
    entities: dict[str, Entity] = {}
    for extraction in extractions:
        found.update(source_quads(extraction.document))
        for claim in extraction.claims:
            found.update(claim_quads(claim))
        entities.update(extraction.entities)
    for entity in entities.values():
        found.update(entity_quads(entity))
    return sorted(found, key=sort_key)


def sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if quad.graph_name == _DEFAULT else str(quad.graph_name)
    return graph, str(quad.subject), str(quad.predicate), str(quad.object)


def claim_triple(claim: Claim) -> tuple[ox.NamedNode, ox.NamedNode, ox.Term]:
    subject = iri(t.entity_iri(claim.subject))
    predicate = iri(_PREDICATES.get(claim.predicate) or t.cg(claim.predicate))
    if isinstance(claim.obj, Literal):
        obj = literal(claim.obj)
    elif claim.predicate == "type":
        obj = iri(t.cg(claim.obj))
    else:
        obj = iri(t.entity_iri(claim.obj))
    return subject, predicate, obj


def claim_node(claim: Claim) -> str:
    """The IRI of the claim's named graph (and of the claim itself)."""
    s, p, o = claim_triple(claim)
    return t.claim_iri(claim.source, s, p, o, claim.start, claim.end)


def claim_quads(claim: Claim) -> Iterator[ox.Quad]:
    s, p, o = claim_triple(claim)
    c = claim_node(claim)
    graph, node = iri(c), iri(c)
    source = iri(t.source_iri(claim.source))
    ann, target = iri(c + "-annotation"), iri(c + "-target")
    quote, position = iri(c + "-quote"), iri(c + "-position")
    yield ox.Quad(s, p, o, graph)
    yield from _default([
        (node, _T, iri(t.cg("Claim"))),
        (node, iri(t.PROV + "wasDerivedFrom"), source),
        (node, iri(t.cg("method")), ox.Literal(claim.method)),
        (node, iri(t.cg("modality")), iri(t.cg(claim.modality))),
        (ann, _T, iri(t.OA + "Annotation")),
        (ann, iri(t.OA + "hasBody"), node),
        (ann, iri(t.OA + "hasTarget"), target),
        (target, _T, iri(t.OA + "SpecificResource")),
        (target, iri(t.OA + "hasSource"), source),
        (target, iri(t.OA + "hasSelector"), quote),
        (target, iri(t.OA + "hasSelector"), position),
        (quote, _T, iri(t.OA + "TextQuoteSelector")),
        (quote, iri(t.OA + "exact"), ox.Literal(claim.exact)),
        (position, _T, iri(t.OA + "TextPositionSelector")),
        (position, iri(t.OA + "start"), ox.Literal(str(claim.start), datatype=iri(t.XSD + "integer"))),
        (position, iri(t.OA + "end"), ox.Literal(str(claim.end), datatype=iri(t.XSD + "integer"))),
    ])
    if claim.attributed_to:
        yield ox.Quad(node, iri(t.cg("attributedTo")), iri(t.entity_iri(claim.attributed_to)), _DEFAULT)
    if claim.derived:
        yield ox.Quad(node, iri(t.cg("derived")), ox.Literal(True), _DEFAULT)


def source_quads(doc: Document) -> Iterator[ox.Quad]:
    meta = doc.meta
    node = iri(t.source_iri(meta.id))
    rows = [
        (_T, iri(t.PROV + "Entity")), (_T, iri(t.cg("Source"))),
        (iri(t.DCTERMS + "identifier"), ox.Literal(meta.id)),
        (iri(t.DCTERMS + "title"), ox.Literal(meta.title or meta.id)),
        (iri(t.DCTERMS + "language"), ox.Literal(meta.language or _main_language(doc))),
        (iri(t.cg("sha256")), ox.Literal(doc.sha256)),
        (iri(t.cg("mediaType")), ox.Literal(doc.media_type)),
    ]
    rows += [(iri(t.DCTERMS + "creator"), ox.Literal(name)) for name in meta.creators]
    optional = {
        t.DCTERMS + "date": meta.date and ox.Literal(meta.date, datatype=iri(t.XSD + _date_type(meta.date))),
        t.DCTERMS + "license": meta.license and iri(meta.license),
        t.BIBO + "doi": meta.doi and ox.Literal(meta.doi),
        t.SCHEMA + "url": meta.url and iri(meta.url),
        t.DCTERMS + "publisher": meta.publisher and ox.Literal(meta.publisher),
        t.cg("textSha256"): doc.text_sha256 and ox.Literal(doc.text_sha256),
    }
    rows += [(iri(p), o) for p, o in optional.items() if o]
    yield from _default((node, p, o) for p, o in rows)


def entity_quads(entity: Entity) -> Iterator[ox.Quad]:
    node = iri(t.entity_iri(entity.id))
    yield ox.Quad(node, iri(t.LABEL), ox.Literal(entity.label, language=entity.lang), _DEFAULT)
    if entity.wikidata:
        yield ox.Quad(node, iri(t.SAME_AS), iri(t.WD + entity.wikidata), _DEFAULT)


def _default(triples: Iterable[tuple]) -> Iterator[ox.Quad]:
    for s, p, o in triples:
        yield ox.Quad(s, p, o, _DEFAULT)


def _date_type(value: str) -> str:
    return {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")


def _main_language(doc: Document) -> str:
    sizes: dict[str, int] = {}
    for block in doc.body_blocks():
        sizes[block.lang] = sizes.get(block.lang, 0) + block.end - block.start
    return max(sorted(sizes), key=sizes.get) if sizes else "und"
