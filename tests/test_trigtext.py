"""The claims of a section written as TriG text (`rdf/trigtext.py`) are the bytes pyoxigraph's
serialiser gives for the same quads (`dataset.claims_quads`): on the bundled corpus, on strings
of every code point, and on a claim with every optional part; so are the selectors'
(`dataset.selectors_quads`)."""

from __future__ import annotations

import hashlib
import pyoxigraph as ox

from claimgraph.model import Claim, Document, Extraction, Literal, SourceMeta
from claimgraph.rdf import dataset, terms, trig, trigtext
from claimgraph.rdf.written import selected, selected_spans, written

TRIG = ox.RdfFormat.TRIG


def serialised(extraction: Extraction, fmt: ox.RdfFormat = TRIG) -> dataset.Section:
    """A section as pyoxigraph serialises its quads (the reference for the text), with the words
    and offsets its claims cite."""
    quads, claims = dataset.source_section(extraction)
    return dataset.Section(len(quads), claims, trig.part(quads, fmt), *selected(written(extraction.claims)))


def test_bundled_sections_are_the_serialisers_bytes(bundled_extractions):
    for extraction in bundled_extractions:
        assert dataset.source_part(extraction, TRIG.media_type) == serialised(extraction), extraction.document.meta.id


def test_sections_are_the_serialisers_bytes_when_the_texts_kept_of_terms_are_dropped(bundled_extractions, monkeypatch):
    """`learn` and `_claimed` keep at most `_KEPT` texts (a long-lived process meets ever new terms):
    dropping them while a section is made changes none of its bytes."""
    monkeypatch.setattr(trigtext, "_KEPT", 8)
    monkeypatch.setattr(trigtext, "_terms", {})
    monkeypatch.setattr(trigtext, "_triples", {})
    for extraction in bundled_extractions[:3]:
        assert dataset.source_part(extraction, TRIG.media_type) == serialised(extraction), extraction.document.meta.id


def test_the_spans_a_sections_text_cites_are_the_spans_its_selectors_select(bundled_extractions):
    """`claims_text` gives the spans in the order it first cites them, and the section's words and
    offsets read from them are those of every claim node's spans (`selected`)."""
    for extraction in bundled_extractions:
        nodes = written(extraction.claims)
        _, _, spans = trigtext.claims_text(extraction.document.meta.id, nodes)
        assert selected_spans(spans) == selected(nodes), extraction.document.meta.id


def test_every_code_point_is_escaped_as_the_serialiser_escapes_it():
    text = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert trigtext.quoted(text) == trigtext.term(ox.Literal(text))


def test_a_claim_with_every_optional_part_is_the_serialisers_bytes():
    """A name claim with two methods, a holder and derived, its literal with quotes and a line break, at
    two spans of the same words; a typing claim of the same spans; a relation claim of one span."""
    text = 'Baku said "Shusha"\nfell. "Shusha"\nfell.'
    doc = Document(meta=SourceMeta(id="s.1_x", path="s.txt", title="T"), text=text, blocks=(),
                   sha256="0" * 64, media_type="text/plain")
    name = Literal(text[10:24], lang="en")
    claims = [Claim("s.1_x", "shusha", predicate, obj, start, start + 14, text[start:start + 14], method,
                    modality="Alleged", attributed_to="azerbaijan", derived=True)
              for start, method in ((10, "clause.v1"), (25, "rule.v2"))
              for predicate, obj in (("altLabel", name), ("type", "Settlement"))]
    claims.append(Claim("s.1_x", "fall-of-shusha", "hasPlace", "shusha", 10, 24, text[10:24], "clause.v1"))
    extraction = Extraction(doc, claims=claims)
    assert dataset.source_part(extraction, TRIG.media_type) == serialised(extraction)


def test_an_iri_written_apart_by_its_varying_part_is_left_to_the_serialiser():
    """`cg:0-1` compacts, `cg:\\-x` escapes its first character: no template fits both."""
    probes = ("0-1", "-x")
    assert trigtext._around(trigtext._subjects([terms.CG + part for part in probes]), probes) is None
    assert trigtext._around(trigtext._subjects([terms.CG + "a" + part for part in probes]), probes) == ("cg:a", "")


def test_other_formats_are_serialised_from_quads(bundled_extractions):
    extraction = bundled_extractions[0]
    section = dataset.source_part(extraction, ox.RdfFormat.N_QUADS.media_type)
    assert section == serialised(extraction, ox.RdfFormat.N_QUADS)


def test_the_selectors_text_is_the_serialisers_bytes():
    """Words with a quote, a backslash, a line break and non-ASCII letters, and offsets of one to
    seven digits, in the order given."""
    words = ['Dağlık Karabağ', 'the "liberation"', "back\\slash", "two\nlines", "Artsakh"]
    offsets = [(0, 1), (9, 10), (197, 207), (98765, 1234567)]
    quads = dataset.selectors_quads(words, offsets)
    assert len(quads) == 2 * len(words) + 3 * len(offsets)
    for fmt in (TRIG, ox.RdfFormat.N_QUADS):
        assert dataset.selectors_part(words, offsets, fmt) == dataset.serialised(quads, fmt)


def test_a_claim_nodes_digest_is_its_iri_after_the_claim_namespace():
    """The text templates a claim's IRI from its digest (`nodes.claim_digest`), minted with its
    triple's text from one lookup of the triple: a relation's, a source's own typing and a doubted one."""
    from claimgraph.rdf.nodes import claim_digest, claim_node, triple
    claims = [Claim("s", "attack-1", "hasPlace", "shusha", 0, 6, "attack", "triggers.v1"),
              Claim("s", "attack-1", "type", "Attack", 0, 6, "attack", "triggers.v1"),
              Claim("s", "attack-1", "type", "Attack", 9, 15, "attack", "triggers.v1", "Unconfirmed", "armenia")]
    tails = ["\x1f0\x1f6", "", "\x1fUnconfirmed\x1farmenia"]  # a relation's span; a typing's doubt and holder
    for claim, tail in zip(claims, tails):
        joined = triple(claim.subject, claim.predicate, claim.obj)[1]
        by_hand = hashlib.sha256(f"s\x1f{joined}{tail}".encode()).hexdigest()[:20]
        assert claim_digest(claim, joined) == by_hand and claim_node(claim) == terms.CLAIM + by_hand
