"""The bundled corpus end to end: every claim traced to the exact words of its source."""

from __future__ import annotations

import gc
import hashlib
import subprocess

import pytest

import claimgraph
from claimgraph.run import linking

from .conftest import CORPUS, needs_rapper, rows

PROVENANCE = """
SELECT ?claim ?source ?exact ?start ?end WHERE {
  ?claim a cg:Claim ; prov:wasDerivedFrom ?source .
  ?ann oa:hasBody ?claim ; oa:hasTarget ?t .
  ?t oa:hasSource ?source ; oa:hasSelector ?q, ?p .
  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
}"""


def _texts(store):
    found = rows(store, "SELECT ?s ?id ?sha WHERE { ?s a cg:Source ; dcterms:identifier ?id ; cg:sha256 ?sha }")
    return {r["s"]: (r["id"], r["sha"]) for r in found}


def test_every_claim_quotes_its_source_exactly(store, corpus):
    texts = {}
    for iri, (sid, sha) in _texts(store).items():
        data = (CORPUS / "sources" / f"{sid}.txt").read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha
        texts[iri] = data.decode("utf-8")
    claims = rows(store, PROVENANCE)
    assert len(claims) > 300
    for c in claims:
        assert texts[c["source"]][int(c["start"]):int(c["end"])] == c["exact"], c["claim"]


def test_every_claim_is_one_triple_in_its_own_graph(store):
    per_graph = rows(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(*) != 1)")
    assert per_graph == []
    orphans = rows(store, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?g a cg:Claim } }")
    assert orphans == []


@pytest.mark.parametrize("source", ["asker-ozpinar-2021", "hovhannisyan-2024"])
def test_each_source_yields_all_four_kinds_of_entity(store, source):
    found = rows(store, f"""SELECT DISTINCT ?top WHERE {{
        GRAPH ?c {{ ?e a ?class }} ?c prov:wasDerivedFrom source:{source} . ?class rdfs:subClassOf* ?top .
        VALUES ?top {{ cg:Actor cg:Place cg:Agreement cg:Event }} }}""")
    assert {r["top"].rsplit("#")[1] for r in found} == {"Actor", "Place", "Agreement", "Event"}


def test_nothing_is_extracted_from_page_furniture(store, corpus):
    """No claim's evidence starts inside a citation, licence, byline or navigation block."""
    from claimgraph.read import read

    for meta in corpus.sources:
        doc = read(meta, corpus.folder)
        furniture = [(b.start, b.end) for b in doc.blocks if b.role != "body"]
        starts = rows(store, f"""SELECT ?start WHERE {{ ?c prov:wasDerivedFrom source:{meta.id} .
            ?a oa:hasBody ?c ; oa:hasTarget/oa:hasSelector/oa:start ?start }}""")
        assert starts
        for r in starts:
            assert not any(s <= int(r["start"]) < e for s, e in furniture), (meta.id, r)
    publishers = rows(store, """SELECT ?e WHERE { GRAPH ?c { ?e a ?t } ?e rdfs:label ?l
        FILTER(CONTAINS(?l, "Istanbul University") || CONTAINS(?l, "Özpınar") || CONTAINS(?l, "Armath")) }""")
    assert publishers == []


def test_turkish_names_are_labelled_tr(store):
    names = rows(store, """SELECT ?name WHERE { GRAPH ?c { ?e skos:altLabel ?name }
        FILTER(LANG(?name) = "tr") }""")
    assert {"Azerbaycan", "Ermenistan", "Karabağ"} <= {r["name"] for r in names}


def test_an_event_named_in_the_words_of_a_turkish_passage_is_labelled_tr(store):
    """The label takes the language of the words it is made of, not of the event's first mention."""
    labels = rows(store, """SELECT ?label (LANG(?label) AS ?lang) WHERE {
        id:soviet-russia-occupation-asker-ozpinar-2021 rdfs:label ?label }""")
    assert labels == [{"label": "Rusya tarafından işgal", "lang": "tr"}]


def test_sources_carry_their_metadata(store):
    meta = rows(store, """SELECT ?title ?date ?doi ?licence WHERE { source:asker-ozpinar-2021
        dcterms:title ?title ; dcterms:date ?date ; bibo:doi ?doi ; dcterms:license ?licence }""")
    assert meta == [{"title": "The Great Offense That Led Azerbaijan to Victory: The Anatomy of the 44-Days War",
                     "date": "2021-03-31", "doi": "10.26650/jes.2021.004",
                     "licence": "https://creativecommons.org/licenses/by-nc/"}]
    creators = rows(store, "SELECT ?c WHERE { source:asker-ozpinar-2021 dcterms:creator ?c }")
    assert sorted(r["c"] for r in creators) == ["Ali Asker", "Zeynep Gizem Özpınar"]


def test_a_source_with_no_date_in_its_manifest_is_dated_by_its_dateline(tmp_path):
    """VOA's lead opens with its own date: with no manifest date, the source description states it."""
    dated = source_dates(tmp_path, "date 2020-03-05 Turkish President Recep Tayyip Erdogan and Russian President "
                                   "Vladimir Putin have reached an agreement aimed at ending fighting in Idlib.\n")
    assert [(r["d"], r["t"].rsplit("#")[1]) for r in dated] == [("2020-03-05", "date")]


def test_an_infobox_date_below_the_title_is_no_dateline(tmp_path):
    """WikiMili, Colombian referendum: "2 October 2016" under the title is the vote's date, not the page's."""
    assert source_dates(tmp_path, "2016 Colombian peace agreement referendum\n\nFlag of Colombia.svg\n2 October "
                                  "2016\n\nThe referendum was held on 2 October 2016.\n") == []


def source_dates(tmp_path, text: str) -> list[dict]:
    """The dcterms:date (and its datatype) the source description of `text`, built with no manifest, states."""
    (tmp_path / "text.txt").write_text(text, encoding="utf-8")
    claimgraph.build_files([tmp_path / "text.txt"], tmp_path / "out.trig", jobs=1)
    return rows(claimgraph.open_store(tmp_path / "out.trig"),
                "SELECT ?d (DATATYPE(?d) AS ?t) WHERE { source:text dcterms:date ?d }")


def test_dates_are_typed_as_precisely_as_the_text(store):
    dates = rows(store, """SELECT DISTINCT ?d (DATATYPE(?d) AS ?t) WHERE { GRAPH ?c { ?e ?p ?d }
        VALUES ?p { cg:startDate cg:date cg:endDate } }""")
    typed = {(r["d"], r["t"].rsplit("#")[1]) for r in dates}
    assert ("2020-09-27", "date") in typed
    assert ("1994", "gYear") in typed
    assert ("2016-04", "gYearMonth") in typed


def test_two_builds_give_identical_bytes(built, tmp_path):
    again = tmp_path / "again.trig"
    claimgraph.build_corpus(CORPUS, again)
    assert again.read_bytes() == built.read_bytes()


def test_committed_graph_is_up_to_date(built):
    """graphs/ ships the built graph: it must be what the current code builds."""
    assert (CORPUS / "karabakh-2020.trig").read_bytes() == built.read_bytes()


def test_built_graph_conforms_to_the_shapes(built):
    report = claimgraph.validate(built)
    assert report.conforms, report.violations[:5]


@needs_rapper
def test_an_independent_parser_reads_the_trig(built):
    result = subprocess.run(["rapper", "-i", "trig", "-o", "nquads", "-q", str(built)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    ours = sum(1 for _ in claimgraph.open_store(built))
    assert len(result.stdout.splitlines()) == ours


def test_the_garbage_collector_is_paused_during_a_build_and_restored_after_even_a_failed_one(corpus_copy, tmp_path,
                                                                                             monkeypatch):
    seen: list[bool] = []
    real = linking.linked
    monkeypatch.setattr(linking, "linked", lambda *args: seen.append(gc.isenabled()) or real(*args))
    claimgraph.build_corpus(corpus_copy, tmp_path / "out.trig", jobs=1)
    assert seen == [False] and gc.isenabled()
    (corpus_copy / "sources" / "hovhannisyan-2024.txt").unlink()
    with pytest.raises(claimgraph.ClaimgraphError):
        claimgraph.build_corpus(corpus_copy, tmp_path / "out.trig", jobs=1)
    assert gc.isenabled()


def test_what_a_build_leaves_alive_is_not_walked_by_the_next_collection_of_the_youngest(corpus_copy, tmp_path,
                                                                                      monkeypatch):
    """A build pauses the collector, so all it made is in the youngest generation when it ends, and the
    first collection after would walk it all (a one-shot rebuild of 1,000 articles: millions of objects,
    0.4-0.7 s): it goes to the oldest instead, walked only by a full collection."""
    walked: list[int] = []
    building: list[bool] = []
    real = linking.linked
    monkeypatch.setattr(linking, "linked", lambda *args: building.append(True) or real(*args))

    def heard(phase: str, info: dict) -> None:
        if building and phase == "start" and not walked:
            walked.append(len(gc.get_objects(generation=info["generation"])))
    gc.callbacks.append(heard)
    try:
        claimgraph.build_corpus(corpus_copy, tmp_path / "out.trig", jobs=1)
        gc.collect(0)
    finally:
        gc.callbacks.remove(heard)
    assert walked and walked[0] < 5_000, walked
