"""The provenance shape: evidence without repetition (DESIGN.md), read back by rdflib's own TriG
parser, not by the writer's data: one typing claim per (source, entity, class) with one target
per mention, each target's selectors slicing the source text exactly."""

from __future__ import annotations

import hashlib
import importlib
from collections import defaultdict

import pytest
import rdflib
from rdflib import RDF, RDFS, URIRef

import claimgraph
from claimgraph.rdf import terms

from .conftest import CORPUS, rows, shared_recognisers

OA = rdflib.Namespace(terms.OA)
PROV = rdflib.Namespace(terms.PROV)
CG = rdflib.Namespace(terms.CG)
TOPS = {CG[name] for name in terms.TOP_CLASSES}


@pytest.fixture(scope="module")
def parsed(built) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(built, format="trig")
    return dataset


@pytest.fixture(scope="module")
def provenance(parsed) -> rdflib.Graph:
    """The default graph on its own (rdflib's Dataset looks a triple up in every graph)."""
    graph = rdflib.Graph()
    for triple in parsed.default_graph:
        graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def typing(parsed, provenance) -> list[tuple]:
    """Every typing claim: (claim, source, entity, class, [(start, end, exact) of each target], modality)."""
    found = []
    for entity, _, cls, claim in parsed.quads((None, RDF.type, None, None)):
        if str(claim).startswith(terms.CLAIM):  # a claim's graph, not the default one
            annotation = provenance.value(None, OA.hasBody, claim)
            spans = [_span(provenance, target) for target in provenance.objects(annotation, OA.hasTarget)]
            found.append((claim, provenance.value(claim, PROV.wasDerivedFrom), entity, cls, spans,
                          provenance.value(claim, CG.modality)))
    return found


def _span(parsed: rdflib.Graph, target) -> tuple[int, int, str]:
    quote = [s for s in parsed.objects(target, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in parsed]
    position = [s for s in parsed.objects(target, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in parsed]
    assert len(quote) == len(position) == 1, target
    return (int(parsed.value(position[0], OA.start)), int(parsed.value(position[0], OA.end)),
            str(parsed.value(quote[0], OA.exact)))


def _texts() -> dict[URIRef, str]:
    return {URIRef(terms.source_iri(p.stem)): p.read_text(encoding="utf-8") for p in (CORPUS / "sources").glob("*.txt")}


def test_each_target_of_a_typing_claim_slices_its_source_exactly(typing):
    texts = _texts()
    assert len(typing) > 80
    for claim, source, _, _, spans, _ in typing:
        assert spans and len(spans) == len(set(spans)), claim
        for start, end, exact in spans:
            assert texts[source][start:end] == exact, (claim, start, end, exact)


def test_one_typing_claim_per_source_entity_and_class_with_one_target_per_mention(typing, corpus):
    """(An event named once as asserted and once as alleged has one typing claim of each modality.)"""
    per_triple = defaultdict(list)
    for claim, source, entity, cls, spans, modality in typing:
        per_triple[source, entity, cls, modality].append(spans)
    assert all(len(claims) == 1 for claims in per_triple.values())
    meta = next(m for m in corpus.sources if m.id == "asker-ozpinar-2021")
    extraction = importlib.import_module("claimgraph.run.build").extract(meta, CORPUS, shared_recognisers())
    mentions = {(c.start, c.end, c.exact) for c in extraction.claims
                if c.subject == "azerbaijan" and c.predicate == "type" and c.obj == "State"}
    [written] = per_triple[URIRef(terms.source_iri(meta.id)), URIRef(terms.entity_iri("azerbaijan")), CG.State,
                           CG.Asserted]
    assert len(mentions) > 5 and sorted(written) == sorted(mentions)


def test_the_same_words_are_one_quote_selector_in_the_whole_graph(provenance):
    """Graph format 0.5.0: "Azerbaijan", named again and again in both sources, is one
    oa:TextQuoteSelector (quote:<digest of the words>), selected by every span of it in either
    source; each span keeps its source (oa:hasSource) and its position."""
    quotes = defaultdict(set)  # exact -> quote selectors
    spans = defaultdict(set)  # exact -> (source, span)
    for target, _, quote in provenance.triples((None, OA.hasSelector, None)):
        if (quote, RDF.type, OA.TextQuoteSelector) in provenance:
            exact = str(provenance.value(quote, OA.exact))
            quotes[exact].add(quote)
            spans[exact].add((provenance.value(target, OA.hasSource), target))
    sources = {source for source, _ in spans["Azerbaijan"]}
    assert len(spans["Azerbaijan"]) > 5 and sources == {URIRef(terms.source_iri(s))
                                                        for s in ("asker-ozpinar-2021", "hovhannisyan-2024")}
    assert all(len(q) == 1 for q in quotes.values())
    assert quotes["Azerbaijan"] == {URIRef(terms.quote_iri("Azerbaijan"))}
    assert len(set(provenance.subjects(RDF.type, OA.TextQuoteSelector))) == len(quotes)


def test_the_same_offsets_are_one_position_selector_in_the_whole_graph(tmp_path):
    """Graph format 0.5.0: a position selector is code points start to end of whichever source its
    target names, one per (start, end) in the graph (position:<start>-<end>): two wires that both
    open with "Azerbaijan" select 0-10 with one."""
    wires = []
    for name, text in (("a", "Azerbaijan and Armenia signed a ceasefire in Moscow.\n"),
                       ("b", "Azerbaijan said the talks went well.\n")):
        wires.append(tmp_path / f"{name}.txt")
        wires[-1].write_text(text, encoding="utf-8")
    claimgraph.build_files(wires, tmp_path / "wires.trig")
    found = rows(claimgraph.open_store(tmp_path / "wires.trig"), """SELECT ?source ?position WHERE {
        ?target oa:hasSource/dcterms:identifier ?source ; oa:hasSelector ?position .
        ?position a oa:TextPositionSelector ; oa:start 0 ; oa:end 10 }""")
    assert sorted(r["source"] for r in found) == ["a", "b"]
    positions = {r["position"] for r in found}
    assert len(positions) == 1 and positions == {terms.position_iri(0, 10)}


def test_a_target_is_an_untyped_span_of_its_source_with_a_quote_and_a_position(provenance):
    """Graph format 0.2.0: a target is not typed oa:SpecificResource (a SHOULD of the Web Annotation
    model left out); each has its source and two selectors, one quote and one position."""
    assert not list(provenance.subjects(RDF.type, OA.SpecificResource))
    targets = set(provenance.objects(None, OA.hasTarget))
    assert len(targets) > 100
    for target in targets:
        assert not list(provenance.objects(target, RDF.type)), target
        assert len(list(provenance.objects(target, OA.hasSource))) == 1, target
        kinds = sorted(provenance.value(s, RDF.type) for s in provenance.objects(target, OA.hasSelector))
        assert kinds == [OA.TextPositionSelector, OA.TextQuoteSelector], target


def test_no_top_class_is_claimed_where_a_subclass_of_it_is(typing, provenance):
    tops_of = defaultdict(set)
    for sub, _, top in provenance.triples((None, RDFS.subClassOf, None)):
        tops_of[sub].add(top)
    assert tops_of[CG.State] == {CG.Actor, CG.Place}
    implied = {(source, entity, top, start, end) for _, source, entity, cls, spans, _ in typing
               for top in tops_of[cls] for start, end, _ in spans}
    for claim, source, entity, cls, spans, _ in typing:
        if cls in TOPS:
            assert not any((source, entity, cls, start, end) in implied for start, end, _ in spans), claim


def test_a_typing_claim_keeps_its_iri_when_a_mention_is_added(tmp_path):
    text = tmp_path / "wire.txt"
    text.write_text("Azerbaijan and Armenia signed a ceasefire in Moscow.\n", encoding="utf-8")
    claimgraph.build_files([text], tmp_path / "one.trig")
    text.write_text(text.read_text(encoding="utf-8") + "Azerbaijan said the talks went well.\n", encoding="utf-8")
    claimgraph.build_files([text], tmp_path / "two.trig")
    sparql = """SELECT ?c (COUNT(?t) AS ?targets) WHERE { GRAPH ?c { id:azerbaijan a cg:State }
                ?a oa:hasBody ?c ; oa:hasTarget ?t } GROUP BY ?c"""
    [one] = rows(claimgraph.open_store(tmp_path / "one.trig"), sparql)
    [two] = rows(claimgraph.open_store(tmp_path / "two.trig"), sparql)
    assert one["c"] == two["c"] and (one["targets"], two["targets"]) == ("1", "2")


def test_a_single_source_corpus_has_no_comparison(tmp_path):
    out = tmp_path / "one.trig"
    claimgraph.build_files([CORPUS / "sources" / "hovhannisyan-2024.txt"], out)
    store = claimgraph.open_store(out)
    assert rows(store, "SELECT ?c WHERE { GRAPH ?c { ?s ?p ?o } } LIMIT 1")
    assert rows(store, "SELECT ?x WHERE { ?x a cg:Comparison }") == []


def test_comparisons_speak_of_two_or_more_sources(store):
    found = rows(store, """SELECT ?x (COUNT(DISTINCT ?source) AS ?sources) WHERE {
        ?x a cg:Comparison ; cg:claim/prov:wasDerivedFrom ?source } GROUP BY ?x""")
    assert found and all(int(r["sources"]) >= 2 for r in found)


def test_mentions_typed_alike_make_one_claim_and_a_doubted_one_its_own():
    from claimgraph.model import Claim
    from claimgraph.rdf.dataset import claim_node
    from claimgraph.rdf.written import written

    def typed(cls, start, modality="Asserted"):
        return Claim("s", "attack-1", "type", cls, start, start + 6, "attack", "triggers.v1", modality)

    claims = [typed("Attack", 0), typed("Event", 0), typed("Attack", 20), typed("Event", 40),
              typed("Attack", 60, "Unconfirmed")]
    nodes = written(claims)
    assert [(n.claim.obj, n.claim.modality, [s[0] for s in n.spans]) for n in nodes] == [
        ("Attack", "Asserted", [0, 20]), ("Event", "Asserted", [40]), ("Attack", "Unconfirmed", [60])]
    assert len({claim_node(n.claim) for n in nodes}) == 3
    minted = hashlib.sha256("\x1f".join(  # the IRI's recipe, by hand: the source and the triple's N-Triples forms
        ["s", f"<{terms.entity_iri('attack-1')}>", f"<{terms.TYPE}>", f"<{terms.cg('Attack')}>"]).encode())
    assert claim_node(claims[0]) == claim_node(claims[2]) == terms.CLAIM + minted.hexdigest()[:20]


def test_claims_a_source_makes_on_the_same_words_share_one_annotation(tmp_path):
    """Graph format 0.3.0: "Azerbaijan and Armenia signed a ceasefire in Moscow." makes several
    claims at the sentence's span (its parties, its place ...): one annotation has them all as
    bodies and lists the span once; every claim is still the body of exactly one annotation."""
    text = tmp_path / "wire.txt"
    text.write_text("Azerbaijan and Armenia signed a ceasefire in Moscow.\n", encoding="utf-8")
    claimgraph.build_files([text], tmp_path / "wire.trig")
    store = claimgraph.open_store(tmp_path / "wire.trig")
    per_claim = rows(store, """SELECT ?c (COUNT(?a) AS ?n) WHERE { ?c a cg:Claim . ?a oa:hasBody ?c } GROUP BY ?c""")
    assert per_claim and all(r["n"] == "1" for r in per_claim)
    assert len(rows(store, "SELECT ?c WHERE { ?c a cg:Claim }")) == len(per_claim)
    annotations = rows(store, """SELECT ?a (GROUP_CONCAT(STR(?t); SEPARATOR=" ") AS ?targets)
        WHERE { ?a a oa:Annotation ; oa:hasTarget ?t } GROUP BY ?a""")
    targets = [" ".join(sorted(r["targets"].split())) for r in annotations]
    assert len(targets) == len(set(targets))
    bodies = rows(store, "SELECT ?a (COUNT(?c) AS ?n) WHERE { ?a oa:hasBody ?c } GROUP BY ?a")
    assert max(int(r["n"]) for r in bodies) >= 3
