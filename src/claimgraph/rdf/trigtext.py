"""A source's claims written straight as TriG text: the bytes `ox.serialize` gives for
`dataset.claims_quads`, at a fraction of the cost.

Making an `ox.Quad` costs about 0.3 µs (1.5 µs when its object is a literal: pyoxigraph tries
the other kinds of term first) and serialising it about 0.3 µs more; at 3.6 quads a word that
alone is more than the whole budget after extraction (issue #20). The claims part of a section
has a fixed shape, in `evidence` order: spans (targets), claim nodes (provenance, the claim's own
graph) and annotations, each a run of
subject blocks written here from a template. Every term's text is pyoxigraph's own (`term`: asked once
per term, a section's new terms in one call, and once per source for the IRIs that differ only by offsets or a digest: `_Iris`),
and a string is escaped by the table pyoxigraph's own escapes give (`quoted`); so the text is
the serialiser's, byte for byte (tests/test_trigtext.py compares them).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from ..model import Claim
from . import terms as t, trig
from .nodes import claim_digest, entity_node, iri, string, triple, vocab
from .written import ANNOTATION, CLAIM, Written, evidence

_PROBE = ox.NamedNode(t.CG + "probe")


_KEPT = 1 << 18  # texts kept, of terms and of claims' triples: a long-lived process meets ever new ones
_terms: dict[ox.Term, str] = {}  # `term`'s texts
_triples: dict[tuple, tuple[str, str]] = {}  # `_claimed`'s, by (subject, predicate, object)


def term(node: ox.Term) -> str:
    """The TriG text of a term, as the serialiser writes it (an IRI compacted by a prefix of
    `terms.PREFIXES` where it can be; `a` is never used for an object)."""
    found = _terms.get(node)
    if found is None:
        learn([node])
        found = _terms[node]
    return found


def learn(nodes: Iterable[ox.Term]) -> None:
    """Learn the text (`term`) of each of `nodes` not known yet, asked of the serialiser in one call,
    each the object of its own line: a call costs about 25 µs besides its terms, and a build meets
    thousands of terms (the 1,000-article bench, 9,300 entities and literals: 0.25 s of CPU asked
    one at a time, 0.03 s a section's at once). A term's text holds no line break (the serialiser
    escapes it), so each line ends at the first " .\n"."""
    new = [node for node in dict.fromkeys(nodes) if node not in _terms]
    if not new:
        return
    if len(_terms) + len(new) > _KEPT:
        _terms.clear()
    text = trig.part([ox.Triple(iri(f"{_PROBE.value}{i}"), _PROBE, node) for i, node in enumerate(new)],
                     ox.RdfFormat.TRIG).decode()
    _terms.update(zip(new, [line.split(" ", 2)[2] for line in text.split(" .\n")[:-1]]))


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


def _claimed(claims: list[Claim]) -> list[tuple[str, str]]:
    """Each claim's triple (`nodes.triple`): its terms' joined forms (what its IRI is minted from)
    and its TriG text inside its graph (its terms' texts); the texts of the terms of the triples not
    met before learnt together (`learn`)."""
    keys = [(c.subject, c.predicate, c.obj) for c in claims]
    found = list(map(_triples.get, keys))
    if None not in found:
        return found
    new = {key: triple(*key) for key, known in zip(keys, found) if known is None}
    learn(node for (s, _, o), _ in new.values() for node in (s, o))
    made = {key: (joined, f"{term(s)} {_verb(p)} {term(o)}") for key, ((s, p, o), joined) in new.items()}
    if len(_triples) + len(made) > _KEPT:
        _triples.clear()
    _triples.update(made)
    return [made[key] if known is None else known for key, known in zip(keys, found)]


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
_OFFSETS = ("0-1", "98765-43210")  # a span's offsets "start-end", of one digit and of five


@functools.cache
def digested(namespace: str) -> tuple[str, str] | None:
    """(head, tail) such that the TriG text of the IRI `namespace` + a digest of `terms` (20 hex
    digits) is head + digest + tail, or None if the serialiser writes them apart (`_around`):
    asked of it once per namespace."""
    return _around(_subjects([namespace + digest for digest in _DIGESTS]), _DIGESTS)


@functools.cache
def _positioned() -> tuple[str, str] | None:
    """(head, tail) of a position selector's IRI around its offsets "start-end" (`terms.position_iri`),
    or None if the serialiser writes them apart."""
    return _around(_subjects([t.POSITION + offsets for offsets in _OFFSETS]), _OFFSETS)


@dataclass(frozen=True)
class _Texts:
    """The fixed TriG text between a section's varying parts (predicates, classes, a source's node)."""

    span: str  # after a span's IRI, before its quote's
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
            provenance=f" {a} {_vocab('Claim')} ;\n\t{verb('prov:wasDerivedFrom')} {source} ;\n\t{verb('method')} ",
            modality=f" ;\n\t{verb('modality')} ",
            attributed=f" ;\n\t{verb('attributedTo')} ",
            derived=f" ;\n\t{verb('derived')} {term(ox.Literal(True))}",
            annotation=f" {a} {_vocab('oa:Annotation')} ;\n\t{verb('oa:hasBody')} ",
            targets=f" ;\n\t{verb('oa:hasTarget')} ",
        )


@dataclass(frozen=True)
class _Iris:
    """The TriG text of a source's IRIs around the part that varies (`_around`): span (offsets
    "start-end"), annotation and claim (a claim's digest); and the fixed text between them
    (`_Texts`). Its spans' selectors are the dataset's, not the source's (`_Selectors`)."""

    span: tuple[str, str]
    annotation: tuple[str, str]
    claim: tuple[str, str]
    texts: _Texts

    @staticmethod
    def of(source_id: str) -> _Iris | None:
        offsets, digests = _OFFSETS, _DIGESTS
        made = [(lambda part: f"{t.SPAN}{source_id}.{part}", offsets),
                (lambda part: f"{t.CLAIM}{part}-annotation", digests),
                (lambda part: t.CLAIM + part, digests)]
        *texts, source = _subjects([make(part) for make, probes in made for part in probes] + [t.source_iri(source_id)])
        found = [_around(texts[2 * i:2 * i + 2], probes) for i, (_, probes) in enumerate(made)]
        if None in found:
            return None
        return _Iris(*found, _Texts.of(source))


def claims_text(source_id: str, nodes: list[Written]) -> tuple[str, int, list[tuple[int, int, str]]] | None:
    """The TriG text of `dataset.claims_quads` for a source's claim nodes (`written`), how many
    quads it holds, and its spans in the order it first cites them (what `written.selected_spans`
    reads); None when the source's IRIs do not template (`_Iris`: they always do for an id that
    is a slug), for the serialiser to write."""
    iris, selectors = _Iris.of(source_id), _Selectors.of()
    if iris is None or selectors is None:
        return None
    out: list[str] = []
    quads = 0
    (sh, st), (ph, pt), (qh, qt) = iris.span, selectors.position, selectors.quote
    (ah, at), (ch, ct) = iris.annotation, iris.claim
    texts = iris.texts
    named = {}  # each node's digest, its IRI's text and its triple's, by its id: an annotation names its bodies too
    targets: dict[tuple[int, int, str], str] = {}  # each span's IRI's text, made where `evidence` first cites it
    provenance: dict[tuple, tuple[str, int]] = {}  # `_provenance` by what it is made of: a few kinds in a source
    for node, (joined, claimed) in zip(nodes, _claimed([node.claim for node in nodes])):
        digest = claim_digest(node.claim, joined)
        named[id(node)] = digest, f"{ch}{digest}{ct}", claimed
    for kind, item in evidence(nodes):
        if kind is CLAIM:
            _, subject, claimed = named[id(item)]
            made = (item.methods, item.claim.modality, item.claim.attributed_to, item.derived)
            told = provenance.get(made)
            if told is None:
                told = provenance[made] = _provenance(item, texts)
            out.append(f"{subject}{told[0]} .\n{subject} {{\n\t{claimed} .\n}}\n")
            quads += told[1]
        elif kind is ANNOTATION:
            spans = item[0].spans
            out.append(f"{ah}{named[id(item[0])][0]}{at}{texts.annotation}"
                       f"{' , '.join([named[id(body)][1] for body in item])}{texts.targets}"
                       f"{' , '.join([targets[span] for span in spans])} .\n")
            quads += 1 + len(item) + len(spans)
        else:
            start, end, exact = item
            offsets = f"{start}-{end}"
            target = targets[item] = f"{sh}{offsets}{st}"  # cited again by the annotations of its claims
            out.append(f"{target}{texts.span}{qh}{t.quote_digest(exact)}{qt} , {ph}{offsets}{pt} .\n")
            quads += 3
    return "".join(out), quads, list(targets)


def _provenance(node: Written, texts: _Texts) -> tuple[str, int]:
    """A claim node's provenance (`dataset.claim_quads`) after its IRI, and how many quads it and the
    node's graph hold: the same for every node of the same methods, modality, holder and derivation
    (most of a source's), so made once for each (`claims_text`)."""
    claim = node.claim
    holder = f"{texts.attributed}{_entity(claim.attributed_to)}" if claim.attributed_to else ""
    text = (f"{texts.provenance}{_methods(node.methods)}{texts.modality}{_vocab(claim.modality)}"
            f"{holder}{texts.derived if node.derived else ''}")
    return text, 4 + len(node.methods) + bool(claim.attributed_to) + node.derived


@dataclass(frozen=True)
class _Selectors:
    """The TriG text of the dataset's selectors: their IRIs around the part that varies (a quote
    selector's digest of its words, a position selector's offsets "start-end"), and the fixed text
    after them (before the words; before the start, and before the end)."""

    quote: tuple[str, str]
    position: tuple[str, str]
    exact: str
    start: str
    end: str

    @staticmethod
    @functools.cache
    def of() -> _Selectors | None:
        """The texts, or None when the IRIs do not template (they do: a fixed namespace, then a
        digest or offsets)."""
        quote, position = digested(t.QUOTE), _positioned()
        if quote is None or position is None:
            return None
        a = verb("rdf:type")
        return _Selectors(quote, position, exact=f" {a} {_vocab('oa:TextQuoteSelector')} ;\n\t{verb('oa:exact')} ",
                          start=f" {a} {_vocab('oa:TextPositionSelector')} ;\n\t{verb('oa:start')} ",
                          end=f" ;\n\t{verb('oa:end')} ")


def selectors_text(words: list[str], offsets: list[tuple[int, int]]) -> str | None:
    """The TriG text of `dataset.selectors_quads` for `words` and `offsets` in order (two quads
    a quote selector, three a position selector); None when their IRIs do not template."""
    texts = _Selectors.of()
    if texts is None:
        return None
    (qh, qt), (ph, pt) = texts.quote, texts.position
    return "".join([f"{qh}{t.quote_digest(word)}{qt}{texts.exact}{quoted(word)} .\n" for word in words]
                   + [f"{ph}{start}-{end}{pt}{texts.start}{start}{texts.end}{end} .\n" for start, end in offsets])
