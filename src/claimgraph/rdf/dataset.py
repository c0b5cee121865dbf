"""The dataset stage: extractions to RDF quads, per the contract in DESIGN.md.

Each claim's triple goes into its own named graph; the default graph holds the claim's
provenance (source, method, modality, a Web Annotation with the exact words and their
offsets), the sources with their metadata and hashes, and each entity's canonical
label and Wikidata identity. Quads come out in a fixed order (the shared ones sorted, then
each source's section in text order), so the written file is stable and diffs by source.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from ..model import Claim, Document, Entity, Extraction, Literal
from . import terms as t, trig

A = ox.NamedNode(t.TYPE)  # rdf:type, Turtle's `a`
_DEFAULT = ox.DefaultGraph()
_PREDICATES = {"type": t.TYPE, "altLabel": t.ALT_LABEL}
_INTEGER = ox.NamedNode(t.XSD + "integer")
_DERIVED_FROM = ox.NamedNode(t.PROV + "wasDerivedFrom")


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


@functools.cache
def vocab(name: str) -> ox.NamedNode:
    """A term of the ontology or of Web Annotation ("oa:exact"); a small, fixed set, so cached."""
    return iri(t.OA + name[3:] if name.startswith("oa:") else t.cg(name))


def literal(value: Literal) -> ox.Literal:
    if value.lang:
        return ox.Literal(value.value, language=value.lang)
    return ox.Literal(value.value, datatype=iri(value.datatype or t.XSD + "string"))


def shared_quads(extractions: Iterable[Extraction], extra: Iterable[ox.Quad] = ()) -> list[ox.Quad]:
    """The quads no one source owns: entities' labels and identities (by entity id), then `extra`
    (comparisons, already in a fixed order)."""
    entities: dict[str, Entity] = {}
    for extraction in extractions:
        entities.update(extraction.entities)
    found = [q for _, entity in sorted(entities.items()) for q in entity_quads(entity)]
    return found + list(extra)


def source_section(extraction: Extraction) -> list[ox.Quad]:
    """One source's quads: its metadata, then each claim (in text order) with its provenance.

    A section depends on its extraction alone, so sections are built in parallel and
    cached, and the dataset is the shared quads followed by the sections in source order.
    The order is fixed by the claims' order (unique, sorted by offsets) and needs no sort.
    """
    found = list(source_quads(extraction.document))
    for claim in extraction.claims:
        found += claim_quads(claim)
    return found


@dataclass(frozen=True)
class Section:
    """A part of the dataset file, serialised: its bytes and how many quads they hold."""

    quads: int
    data: bytes


def serialised(quads: list[ox.Quad], fmt: ox.RdfFormat) -> Section:
    return Section(len(quads), trig.part(quads, fmt))


def source_part(extraction: Extraction, media_type: str) -> Section:
    """`source_section` serialised in the format of `media_type` (a name, since formats do
    not pickle; what a worker process returns: bytes, which pickle fast)."""
    return serialised(source_section(extraction), ox.RdfFormat.from_media_type(media_type))


def sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if quad.graph_name == _DEFAULT else str(quad.graph_name)
    return graph, str(quad.subject), str(quad.predicate), str(quad.object)


@functools.cache
def predicate(name: str) -> ox.NamedNode:
    """The IRI of a claim's predicate ("startDate", "type", "altLabel")."""
    return iri(_PREDICATES[name]) if name in _PREDICATES else vocab(name)


def claim_triple(claim: Claim) -> tuple[ox.NamedNode, ox.NamedNode, ox.Term]:
    subject = iri(t.entity_iri(claim.subject))
    if isinstance(claim.obj, Literal):
        obj = literal(claim.obj)
    elif claim.predicate == "type":
        obj = vocab(claim.obj)
    else:
        obj = iri(t.entity_iri(claim.obj))
    return subject, predicate(claim.predicate), obj


def claim_node(claim: Claim) -> str:
    """The IRI of the claim's named graph (and of the claim itself)."""
    return _node(claim, claim_triple(claim))


def _node(claim: Claim, triple: tuple) -> str:
    return t.claim_iri(claim.source, *triple, claim.start, claim.end)


def claim_quads(claim: Claim) -> list[ox.Quad]:
    """The claim's triple in its own graph, and its provenance and Web Annotation in the default graph."""
    triple = claim_triple(claim)
    c = _node(claim, triple)
    node = iri(c)
    source = iri(t.source_iri(claim.source))
    ann, target = iri(c + "-annotation"), iri(c + "-target")
    quote, position = iri(c + "-quote"), iri(c + "-position")
    rows = [
        (node, A, vocab("Claim")),
        (node, _DERIVED_FROM, source),
        (node, vocab("method"), ox.Literal(claim.method)),
        (node, vocab("modality"), vocab(claim.modality)),
        (ann, A, vocab("oa:Annotation")),
        (ann, vocab("oa:hasBody"), node),
        (ann, vocab("oa:hasTarget"), target),
        (target, A, vocab("oa:SpecificResource")),
        (target, vocab("oa:hasSource"), source),
        (target, vocab("oa:hasSelector"), quote),
        (target, vocab("oa:hasSelector"), position),
        (quote, A, vocab("oa:TextQuoteSelector")),
        (quote, vocab("oa:exact"), ox.Literal(claim.exact)),
        (position, A, vocab("oa:TextPositionSelector")),
        (position, vocab("oa:start"), ox.Literal(str(claim.start), datatype=_INTEGER)),
        (position, vocab("oa:end"), ox.Literal(str(claim.end), datatype=_INTEGER)),
    ]
    if claim.attributed_to:
        rows.append((node, vocab("attributedTo"), iri(t.entity_iri(claim.attributed_to))))
    if claim.derived:
        rows.append((node, vocab("derived"), ox.Literal(True)))
    return [*(ox.Quad(s, p, o) for s, p, o in rows), ox.Quad(*triple, node)]


def source_quads(doc: Document) -> Iterator[ox.Quad]:
    meta = doc.meta
    node = iri(t.source_iri(meta.id))
    rows = [
        (A, iri(t.PROV + "Entity")), (A, iri(t.cg("Source"))),
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
    yield ox.Quad(node, iri(t.LABEL), ox.Literal(entity.label, language=entity.lang))
    if entity.wikidata:
        yield ox.Quad(node, iri(t.SAME_AS), iri(t.WD + entity.wikidata))
    if entity.match:
        yield ox.Quad(node, iri(t.EXACT_MATCH), iri(entity.match))


def _default(triples: Iterable[tuple]) -> Iterator[ox.Quad]:
    for s, p, o in triples:
        yield ox.Quad(s, p, o)  # the default graph; ten times faster than passing DefaultGraph()


def _date_type(value: str) -> str:
    return {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")


def _main_language(doc: Document) -> str:
    sizes: dict[str, int] = {}
    for block in doc.body_blocks():
        sizes[block.lang] = sizes.get(block.lang, 0) + block.end - block.start
    return max(sorted(sizes), key=sizes.get) if sizes else "und"
