"""The dataset stage: extractions to RDF quads, per the contract in DESIGN.md.

Each claim's triple goes into its own named graph; the default graph holds the claim's
provenance (source, method, modality), a Web Annotation with one target per span of text that
supports it (one annotation for all the claims a source makes on the same spans, each claim a
body of it: the Web Annotation model relates each body to each target), each span once (a
target of its source, with a quote selector shared by every span of the same words and a position
selector shared by every span at the same offsets, in the whole dataset), the sources with their
metadata and hashes, the ontology's class hierarchy, and each entity's canonical label and
Wikidata identity. Which claims there are is `written`'s business. Quads come out in a fixed
order (the shared ones sorted, then each source's section in text order, then the selectors:
`with_selectors`), so the written file is stable and diffs by source.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from ..model import Claim, Document, Entity, Extraction
from ..resources import ontology_file
from . import terms as t, trig, trigtext
from .nodes import A, claim_node, entity_node, iri, string, triple, vocab
from .written import ANNOTATION, CLAIM, Written, evidence, selected, selected_spans, written

_DEFAULT = ox.DefaultGraph()
_DERIVED_FROM = ox.NamedNode(t.PROV + "wasDerivedFrom")
_CLAIM, _METHOD, _MODALITY, _ATTRIBUTED_TO, _DERIVED = map(vocab, (
    "Claim", "method", "modality", "attributedTo", "derived"))
_ANNOTATION, _HAS_BODY, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = map(vocab, (
    "oa:Annotation", "oa:hasBody", "oa:hasTarget", "oa:hasSource", "oa:hasSelector"))
_QUOTE_SELECTOR, _EXACT, _POSITION_SELECTOR, _START, _END = map(vocab, (
    "oa:TextQuoteSelector", "oa:exact", "oa:TextPositionSelector", "oa:start", "oa:end"))
_TRUE = ox.Literal(True)
_LABEL, _SAME_AS, _EXACT_MATCH = map(iri, (t.LABEL, t.SAME_AS, t.EXACT_MATCH))


def shared_quads(entities: Iterable[Entity]) -> list[ox.Quad]:
    """The quads no one source owns but the comparisons (`comparisons`): the ontology's class
    hierarchy (`hierarchy`), then the labels and identities of the sources' `entities` (by entity
    id; of two with one id, the later)."""
    last = {entity.id: entity for entity in entities}
    found = [q for _, entity in sorted(last.items()) for q in entity_quads(entity)]
    return hierarchy() + found


@functools.cache
def hierarchy() -> list[ox.Quad]:
    """`cg:State rdfs:subClassOf cg:Actor` ...: every subclass link between two cg: classes of
    `ontology/claimgraph.ttl`, sorted. A typing claim names the most specific class only, so a
    query asks `GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* cg:Actor` of the graph alone."""
    sub_class_of = t.RDFS + "subClassOf"
    found = {q.triple for q in ox.parse(path=str(ontology_file("claimgraph.ttl")), format=ox.RdfFormat.TURTLE)
             if q.predicate.value == sub_class_of and q.subject.value.startswith(t.CG)
             and isinstance(q.object, ox.NamedNode) and q.object.value.startswith(t.CG)}
    return [ox.Quad(s, p, o) for s, p, o in sorted(found, key=lambda triple: tuple(map(str, triple)))]


def source_section(extraction: Extraction) -> tuple[list[ox.Quad], int]:
    """One source's quads: its metadata, then its claims (`claims_quads`); and how many claim
    nodes they hold.

    A section depends on its extraction alone, so sections are built in parallel and
    cached, and the dataset is the shared quads followed by the sections in source order
    (and the selectors their spans cite, `with_selectors`).
    """
    found, count = claims_quads(extraction.document.meta.id, extraction.claims)
    return list(source_quads(extraction.document)) + found, count


def claims_quads(source_id: str, claims: Iterable[Claim]) -> tuple[list[ox.Quad], int]:
    """A source's claims as claim nodes (`written`, in the order of their first span) with their
    provenance, and the spans and annotations they cite, in `evidence` order; and how many claim
    nodes. The spans' selectors are the dataset's (`selectors_quads`)."""
    return _claims_quads(source_id, written(claims))


def _claims_quads(source_id: str, nodes: list[Written]) -> tuple[list[ox.Quad], int]:
    found: list[ox.Quad] = []
    targets: dict[tuple[int, int], ox.NamedNode] = {}
    source = iri(t.source_iri(source_id))
    names = {id(node): ox.NamedNode(claim_node(node.claim)) for node in nodes}
    for kind, item in evidence(nodes):
        if kind is CLAIM:
            found += claim_quads(item, names[id(item)], source)
        elif kind is ANNOTATION:
            found += annotation_quads(iri(names[id(item[0])].value + "-annotation"), [names[id(b)] for b in item],
                                      [targets[start, end] for start, end, _ in item[0].spans])
        else:
            start, end, exact = item
            targets[start, end], quads = span_quads(source_id, start, end, exact, source)
            found += quads
    return found, len(nodes)


@dataclass(frozen=True)
class Section:
    """A part of the dataset file, serialised: its bytes, how many quads and claims they hold, and
    the words and offsets its targets select (`written.selected`), whose selectors `with_selectors`
    writes once for all."""

    quads: int
    claims: int
    data: bytes
    words: tuple[str, ...] = ()
    offsets: tuple[tuple[int, int], ...] = ()


def serialised(quads: list[ox.Quad], fmt: ox.RdfFormat, claims: int = 0) -> Section:
    return Section(len(quads), claims, trig.part(quads, fmt))


def source_part(extraction: Extraction, media_type: str) -> Section:
    """`source_section` serialised in the format of `media_type` (a name, since formats do
    not pickle; what a worker process returns: bytes, which pickle fast), with the spans it
    cites. In TriG, the claims are written as text (`trigtext`, the same bytes five times
    faster); the metadata is serialised."""
    fmt = ox.RdfFormat.from_media_type(media_type)
    nodes = written(extraction.claims)
    head = list(source_quads(extraction.document))
    claims = trigtext.claims_text(extraction.document.meta.id, nodes) if fmt == ox.RdfFormat.TRIG else None
    if claims is not None:
        text, count, spans = claims
        return Section(len(head) + count, len(nodes), trig.part(head, fmt) + text.encode(), *selected_spans(spans))
    found, count = _claims_quads(extraction.document.meta.id, nodes)
    return Section(len(head) + len(found), count, trig.part(head + found, fmt), *selected(nodes))


def with_selectors(parts: Iterable[Section], fmt: ox.RdfFormat) -> Iterator[Section]:
    """The dataset's parts as they come, then the selectors of every span they cite, one part
    (`selectors_part`): a selector says which words, or which offsets, of whatever source its
    target names, so one serves every span of those words, or at those offsets, in every source.
    Written once, after every source, in the order the parts first cite them (fixed by the parts'
    order, which is the file's: no sort), whatever order they are made or cached in. Each part's
    are kept as they come and made unique once, at the end (one pass, not a dictionary per part)."""
    words: list[tuple[str, ...]] = []
    offsets: list[tuple[tuple[int, int], ...]] = []
    for part in parts:
        words.append(part.words)
        offsets.append(part.offsets)
        yield part
    yield selectors_part(list(dict.fromkeys(itertools.chain.from_iterable(words))),
                         list(dict.fromkeys(itertools.chain.from_iterable(offsets))), fmt)


def selectors_part(words: list[str], offsets: list[tuple[int, int]], fmt: ox.RdfFormat) -> Section:
    """The quote selectors of `words` and the position selectors of `offsets` serialised, in their
    order: in TriG as text (`trigtext`)."""
    text = trigtext.selectors_text(words, offsets) if fmt == ox.RdfFormat.TRIG else None
    if text is not None:
        return Section(2 * len(words) + 3 * len(offsets), 0, text.encode())
    return serialised(selectors_quads(words, offsets), fmt)


def selectors_quads(words: Iterable[str], offsets: Iterable[tuple[int, int]]) -> list[ox.Quad]:
    """The quote selectors of `words` (`quote_quads`), then the position selectors of `offsets`
    (`position_quads`), in their order."""
    return ([q for exact in words for q in quote_quads(exact)]
            + [q for start, end in offsets for q in position_quads(start, end)])


def sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if quad.graph_name == _DEFAULT else str(quad.graph_name)
    return graph, str(quad.subject), str(quad.predicate), str(quad.object)


def claim_quads(node: Written, subject: ox.NamedNode, source: ox.NamedNode) -> list[ox.Quad]:
    """The claim's provenance in the default graph (`subject` is its node, `source` its source's
    node) and its triple in its own graph. Built straight into quads from prepared terms: this
    runs for every claim of a build."""
    claim = node.claim
    found = [ox.Quad(subject, A, _CLAIM), ox.Quad(subject, _DERIVED_FROM, source)]
    found += [ox.Quad(subject, _METHOD, string(method)) for method in node.methods]
    found.append(ox.Quad(subject, _MODALITY, vocab(claim.modality)))
    if claim.attributed_to:
        found.append(ox.Quad(subject, _ATTRIBUTED_TO, entity_node(claim.attributed_to)))
    if node.derived:
        found.append(ox.Quad(subject, _DERIVED, _TRUE))
    found.append(ox.Quad(*triple(claim.subject, claim.predicate, claim.obj)[0], subject))
    return found


def annotation_quads(node: ox.NamedNode, bodies: list[ox.NamedNode], targets: list[ox.NamedNode]) -> list[ox.Quad]:
    """A Web Annotation (`node`, named after its first body: `claim/<digest>-annotation`): the
    claims a source makes on the same words (`bodies`), and the spans of those words (`targets`,
    which `span_quads` describes)."""
    return ([ox.Quad(node, A, _ANNOTATION)] + [ox.Quad(node, _HAS_BODY, body) for body in bodies]
            + [ox.Quad(node, _HAS_TARGET, target) for target in targets])


def span_quads(source_id: str, start: int, end: int, exact: str,
               source: ox.NamedNode) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """A span of a source's text as a Web Annotation target (of the `source` node) with its two
    selectors, the dataset's: the quote selector of its words (`quote_quads`) and the position
    selector of its offsets (`position_quads`): described once, cited by every claim. It is not
    typed oa:SpecificResource, which the Web Annotation model recommends (SHOULD) but does not
    require: one quad per span spared (issue #20); a target is what an annotation's oa:hasTarget
    points at. The target's node, and its quads."""
    node = ox.NamedNode(t.span_iri(source_id, start, end))
    return node, [
        ox.Quad(node, _HAS_SOURCE, source),
        ox.Quad(node, _HAS_SELECTOR, ox.NamedNode(t.quote_iri(exact))),
        ox.Quad(node, _HAS_SELECTOR, ox.NamedNode(t.position_iri(start, end))),
    ]


def quote_quads(exact: str) -> list[ox.Quad]:
    """A quote selector: the exact words, whichever span of whichever source they are at."""
    quote = ox.NamedNode(t.quote_iri(exact))
    return [ox.Quad(quote, A, _QUOTE_SELECTOR), ox.Quad(quote, _EXACT, ox.Literal(exact))]


def position_quads(start: int, end: int) -> list[ox.Quad]:
    """A position selector: code points start to end, of whichever source's text."""
    position = ox.NamedNode(t.position_iri(start, end))
    return [ox.Quad(position, A, _POSITION_SELECTOR), ox.Quad(position, _START, ox.Literal(start)),
            ox.Quad(position, _END, ox.Literal(end))]


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
    node = entity_node(entity.id)
    yield ox.Quad(node, _LABEL, ox.Literal(entity.label, language=entity.lang))
    if entity.wikidata:
        yield ox.Quad(node, _SAME_AS, iri(t.WD + entity.wikidata))
    if entity.match:
        yield ox.Quad(node, _EXACT_MATCH, iri(entity.match))


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
