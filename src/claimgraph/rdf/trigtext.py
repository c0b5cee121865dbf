"""A source's claims written straight as TriG text: the bytes `ox.serialize` gives for
`dataset.claims_quads`, at a fraction of the cost.

Making an `ox.Quad` costs about 0.3 µs (1.5 µs when its object is a literal: pyoxigraph tries
the other kinds of term first) and serialising it about 0.3 µs more; at 3.6 quads a word that
alone is more than the whole budget after extraction (issue #20). The claims part of a section
has a fixed shape, in `evidence` order: spans (a target and its position selector), claim
nodes (provenance, the claim's own graph) and annotations, each a run of
subject blocks written here from a template. Every term's text is pyoxigraph's own (`term`: asked once
per term, and once per source for the IRIs that differ only by offsets or a digest: `_Iris`),
and a string is escaped by the table pyoxigraph's own escapes give (`quoted`); so the text is
the serialiser's, byte for byte (tests/test_trigtext.py compares them).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pyoxigraph as ox

from . import terms as t, trig
from .nodes import claim_digest, entity_node, iri, string, triple, vocab
from .written import ANNOTATION, CLAIM, Written, evidence

_PROBE = ox.NamedNode(t.CG + "probe")


@functools.lru_cache(maxsize=1 << 16)
def term(node: ox.Term) -> str:
    """The TriG text of a term, as the serialiser writes it (an IRI compacted by a prefix of
    `terms.PREFIXES` where it can be; `a` is never used for an object)."""
    return _line(ox.Triple(_PROBE, _PROBE, node)).split(" ", 2)[2]


@functools.cache
def verb(name: str) -> str:
    """The TriG text of a predicate: a cg: name ("method"), or prefixed ("oa:hasSource"; "rdf:type"
    is Turtle's `a`)."""
    prefix, _, local = name.rpartition(":")
    return _verb(iri(t.PREFIXES[prefix] + local) if prefix else vocab(name))


@functools.cache
def _verb(node: ox.NamedNode) -> str:
    return _line(ox.Triple(_PROBE, node, _PROBE)).split(" ")[1]


def _line(statement: ox.Triple) -> str:
    """A triple's TriG text without the full stop and line break that close it."""
    return trig.part([statement], ox.RdfFormat.TRIG).decode()[:-3]


def _subjects(values: list[str]) -> list[str]:
    """The TriG text of IRIs, asked of the serialiser in one call (each the subject of its own line)."""
    text = trig.part([ox.Triple(iri(value), _PROBE, _PROBE) for value in values], ox.RdfFormat.TRIG).decode()
    return [line.split(" ", 1)[0] for line in text.splitlines()]


@functools.lru_cache(maxsize=1 << 18)
def _claimed(subject: str, name: str, obj) -> tuple[str, str]:
    """A claim's triple (`nodes.triple`): its terms' joined forms (what its IRI is minted from)
    and its TriG text inside its graph (its terms' texts)."""
    (s, p, o), joined = triple(subject, name, obj)
    return joined, f"{term(s)} {_verb(p)} {term(o)}"


@functools.cache
def _escapes() -> tuple[re.Pattern, dict[str, str]]:
    """The characters the serialiser escapes in a string (ASCII's controls, the quote, the
    backslash, and the non-characters U+FFFE and U+FFFF: tests/test_trigtext.py checks that every
    other code point is written as it is), as a pattern that finds them, and how each is written."""
    table = {}
    for char in map(chr, (*range(0x80), 0xFFFE, 0xFFFF)):
        text = term(ox.Literal(char))[1:-1]
        if text != char:
            table[char] = text
    return re.compile("[" + "".join(map(re.escape, table)) + "]"), table


def quoted(value: str) -> str:
    """A plain string literal's TriG text (most have nothing to escape: looked for first, in C)."""
    found, table = _escapes()
    if found.search(value):
        value = found.sub(lambda match: table[match.group()], value)
    return f'"{value}"'


@functools.cache
def _methods(methods: tuple[str, ...]) -> str:
    """The objects of a claim's `cg:method`."""
    return " , ".join(term(string(method)) for method in methods)


@functools.cache
def _vocab(name: str) -> str:
    """The TriG text of a term of `vocab` as an object."""
    return term(vocab(name))


@functools.lru_cache(maxsize=1 << 16)
def _entity(eid: str) -> str:
    """An entity's IRI as an object."""
    return term(entity_node(eid))


def _around(texts: list[str], probes: tuple[str, str]) -> tuple[str, str] | None:
    """(head, tail) such that the `texts` of the IRIs made with the two `probes` are head + probe +
    tail (and so is that of any IRI made with a part of their characters), or None if the
    serialiser writes them apart."""
    found = set()
    for text, part in zip(texts, probes):
        head, sep, tail = text.rpartition(part)
        found.add((head, tail) if sep else None)
    return found.pop() if len(found) == 1 else None


_DIGESTS = ("0" * 20, "f" * 20)  # a digest of `terms` (hex), at its first and its last character


@functools.cache
def digested(namespace: str) -> tuple[str, str] | None:
    """(head, tail) such that the TriG text of the IRI `namespace` + a digest of `terms` (20 hex
    digits) is head + digest + tail, or None if the serialiser writes them apart (`_around`):
    asked of it once per namespace."""
    return _around(_subjects([namespace + digest for digest in _DIGESTS]), _DIGESTS)


@dataclass(frozen=True)
class _Texts:
    """The fixed TriG text between a section's varying parts (predicates, classes, a source's node)."""

    span: str  # after a span's IRI, before its quote's
    position: str  # after a position selector's IRI, before its start
    end: str  # before its end
    provenance: str  # after a claim's IRI, before its methods
    modality: str
    attributed: str
    derived: str
    annotation: str  # after an annotation's IRI, before its bodies
    targets: str

    @staticmethod
    def of(source: str) -> _Texts:
        a = verb("rdf:type")
        return _Texts(
            span=f" {verb('oa:hasSource')} {source} ;\n\t{verb('oa:hasSelector')} ",
            position=f" {a} {_vocab('oa:TextPositionSelector')} ;\n\t{verb('oa:start')} ",
            end=f" ;\n\t{verb('oa:end')} ",
            provenance=f" {a} {_vocab('Claim')} ;\n\t{verb('prov:wasDerivedFrom')} {source} ;\n\t{verb('method')} ",
            modality=f" ;\n\t{verb('modality')} ",
            attributed=f" ;\n\t{verb('attributedTo')} ",
            derived=f" ;\n\t{verb('derived')} {term(ox.Literal(True))}",
            annotation=f" {a} {_vocab('oa:Annotation')} ;\n\t{verb('oa:hasBody')} ",
            targets=f" ;\n\t{verb('oa:hasTarget')} ",
        )


@dataclass(frozen=True)
class _Iris:
    """The TriG text of a source's IRIs around the part that varies (`_around`): span and position
    selector (offsets "start-end"), annotation and claim (a claim's digest); and the fixed text
    between them (`_Texts`). A quote selector's is the dataset's, not the source's (`digested`)."""

    span: tuple[str, str]
    position: tuple[str, str]
    annotation: tuple[str, str]
    claim: tuple[str, str]
    texts: _Texts

    @staticmethod
    def of(source_id: str) -> _Iris | None:
        offsets, digests = ("0-1", "98765-43210"), _DIGESTS
        made = [(lambda part: f"{t.SPAN}{source_id}.{part}", offsets),
                (lambda part: f"{t.SPAN}{source_id}.{part}-position", offsets),
                (lambda part: f"{t.CLAIM}{part}-annotation", digests),
                (lambda part: t.CLAIM + part, digests)]
        *texts, source = _subjects([make(part) for make, probes in made for part in probes] + [t.source_iri(source_id)])
        found = [_around(texts[2 * i:2 * i + 2], probes) for i, (_, probes) in enumerate(made)]
        if None in found:
            return None
        return _Iris(*found, _Texts.of(source))


def claims_text(source_id: str, nodes: list[Written]) -> tuple[str, int] | None:
    """The TriG text of `dataset.claims_quads` for a source's claim nodes (`written`), and how
    many quads it holds; None when the source's IRIs do not template (`_Iris`: they always do
    for an id that is a slug), for the serialiser to write."""
    iris, quote = _Iris.of(source_id), digested(t.QUOTE)
    if iris is None or quote is None:
        return None
    out: list[str] = []
    quads = 0
    named = dict(map(_named, nodes))  # each node's (digest, triple's text), by its id
    digests = {key: digest for key, (digest, _) in named.items()}  # an annotation's bodies are named by them
    (sh, st), (ph, pt), (qh, qt), (ah, at), (ch, ct) = iris.span, iris.position, quote, iris.annotation, iris.claim
    texts = iris.texts
    for kind, item in evidence(nodes):
        if kind is CLAIM:
            text, count = _claim_text(item, f"{ch}{digests[id(item)]}{ct}", named[id(item)][1], texts)
            out.append(text)
            quads += count
        elif kind is ANNOTATION:
            spans = item[0].spans
            out.append(f"{ah}{digests[id(item[0])]}{at}{texts.annotation}"
                       f"{' , '.join([f'{ch}{digests[id(body)]}{ct}' for body in item])}{texts.targets}"
                       f"{' , '.join([f'{sh}{start}-{end}{st}' for start, end, _ in spans])} .\n")
            quads += 1 + len(item) + len(spans)
        else:
            start, end, exact = item
            position = f"{ph}{start}-{end}{pt}"
            out.append(f"{sh}{start}-{end}{st}{texts.span}{qh}{t.quote_digest(exact)}{qt} , {position} .\n"
                       f"{position}{texts.position}{start}{texts.end}{end} .\n")
            quads += 6
    return "".join(out), quads


def _named(node: Written) -> tuple[int, tuple[str, str]]:
    """A claim node's id, its digest (the part of its IRI after `terms.CLAIM`) and its triple's
    TriG text: its triple looked up once for both."""
    claim = node.claim
    joined, claimed = _claimed(claim.subject, claim.predicate, claim.obj)
    return id(node), (claim_digest(claim, joined), claimed)


def _claim_text(node: Written, subject: str, claimed: str, texts: _Texts) -> tuple[str, int]:
    """A claim node's provenance and its graph (`dataset.claim_quads`; `claimed`: its triple's
    text, `_claimed`), and how many quads."""
    claim = node.claim
    holder = f"{texts.attributed}{_entity(claim.attributed_to)}" if claim.attributed_to else ""
    text = (f"{subject}{texts.provenance}{_methods(node.methods)}{texts.modality}{_vocab(claim.modality)}"
            f"{holder}{texts.derived if node.derived else ''} .\n"
            f"{subject} {{\n\t{claimed} .\n}}\n")
    return text, 4 + len(node.methods) + bool(claim.attributed_to) + node.derived


def quotes_text(words: list[str]) -> str | None:
    """The TriG text of `dataset.quotes_quads` for `words` in order (two quads each); None when
    the quote selectors' IRIs do not template (they do: a fixed namespace and a digest)."""
    quote = digested(t.QUOTE)
    if quote is None:
        return None
    head, tail = quote
    between = _quote_text()
    return "".join([f"{head}{t.quote_digest(word)}{tail}{between}{quoted(word)} .\n" for word in words])


@functools.cache
def _quote_text() -> str:
    """The text between a quote selector's IRI and its words."""
    return f" {verb('rdf:type')} {_vocab('oa:TextQuoteSelector')} ;\n\t{verb('oa:exact')} "
