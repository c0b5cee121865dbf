"""The ontology and the SHACL shapes are the RDF contract (DESIGN.md, "The RDF contract").

- ontology/claimgraph.ttl declares every name in claimgraph.rdf.terms, with the right
  subclasses, domains and ranges;
- ontology/shapes.ttl accepts a well-formed built dataset and rejects broken ones, each
  for the right reason (focus node, path and constraint, not just conforms == False).

The shapes are validated the way the build validates: one rdflib Graph holding every
quad of the dataset (graph names dropped) plus the ontology, inference="none".
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD

import claimgraph

ROOT = Path(__file__).resolve().parents[1]
try:
    from claimgraph.rdf import terms
except ImportError:  # not installed: use the source tree
    sys.path.insert(0, str(ROOT / "src"))
    from claimgraph.rdf import terms

ONTOLOGY = ROOT / "ontology" / "claimgraph.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

CG = Namespace(terms.CG)
OA = Namespace(terms.OA)
SEM = Namespace(terms.SEM)
SCHEMA = Namespace(terms.SCHEMA)
DCTERMS = Namespace(terms.DCTERMS)
ID = Namespace(terms.ID)
CLAIM = Namespace(terms.CLAIM)
ONTOLOGY_IRI = URIRef("https://w3id.org/claimgraph/ontology")
DATE_TYPES = {XSD.date, XSD.gYearMonth, XSD.gYear}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


# --------------------------------------------------------------------------------------
# (a) both files parse


def test_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 100
    assert len(shapes) > 100
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert (ONTOLOGY_IRI, OWL.versionInfo, Literal("0.1.0")) in ontology


def test_prefixes_are_those_of_terms(ontology: Graph) -> None:
    bound = {prefix: str(ns) for prefix, ns in ontology.namespaces()}
    for prefix, ns in terms.PREFIXES.items():
        if prefix in bound:
            assert bound[prefix] == ns, prefix
    assert bound["cg"] == terms.CG
    assert bound["sem"] == terms.SEM


# --------------------------------------------------------------------------------------
# (b) every name in terms.py is declared, with the right subClassOf / domain / range


def _cg_superclasses(ontology: Graph, cls: URIRef) -> set[str]:
    return {str(o)[len(terms.CG):] for o in ontology.objects(cls, RDFS.subClassOf) if str(o).startswith(terms.CG)}


def test_top_classes(ontology: Graph) -> None:
    for name in terms.TOP_CLASSES:
        assert (CG[name], RDF.type, OWL.Class) in ontology, name
        assert _cg_superclasses(ontology, CG[name]) == set(), name


def test_subclasses_fall_under_exactly_their_top_classes(ontology: Graph) -> None:
    """Directly, or through the one class they narrow (`terms.NARROWER`: an abduction is a detention)."""
    for name, tops in terms.SUBCLASSES.items():
        assert (CG[name], RDF.type, OWL.Class) in ontology, name
        narrowed = terms.NARROWER.get(name)
        assert _cg_superclasses(ontology, CG[name]) == ({narrowed} if narrowed else set(tops)), name
        assert not narrowed or terms.SUBCLASSES[narrowed] == tops, name
        for top in terms.top_classes(name):
            assert top in terms.TOP_CLASSES


def test_no_class_beyond_terms(ontology: Graph) -> None:
    """terms.py is the single source of class names: the ontology adds only provenance."""
    declared = {str(c)[len(terms.CG):] for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(terms.CG)}
    assert declared == set(terms.TOP_CLASSES) | set(terms.SUBCLASSES) | {"Claim", "Source", "Modality", "Comparison", "Side", "SideGroup", "Verdict"}


def test_relations_domain_and_range(ontology: Graph) -> None:
    for name, (domain, range_) in terms.RELATIONS.items():
        prop = CG[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology, name
        assert set(ontology.objects(prop, RDFS.domain)) == {CG[domain]}, name
        assert set(ontology.objects(prop, RDFS.range)) == {CG[range_]}, name


def _datatype_union(ontology: Graph, datatype: URIRef) -> set[URIRef]:
    """The members of a named union datatype (an OWL 2 DatatypeDefinition)."""
    definition = ontology.value(datatype, OWL.equivalentClass)
    assert (datatype, RDF.type, RDFS.Datatype) in ontology, datatype
    assert definition is not None and (definition, RDF.type, RDFS.Datatype) in ontology, datatype
    return set(Collection(ontology, ontology.value(definition, OWL.unionOf)))


def test_date_relations(ontology: Graph) -> None:
    for name in terms.DATE_RELATIONS:
        prop = CG[name]
        assert (prop, RDF.type, OWL.DatatypeProperty) in ontology, name
        (range_,) = ontology.objects(prop, RDFS.range)
        assert _datatype_union(ontology, range_) == DATE_TYPES, name
    assert set(ontology.objects(CG.startDate, RDFS.domain)) == {CG.Event}
    assert set(ontology.objects(CG.endDate, RDFS.domain)) == {CG.Event}


def test_quantity_relations(ontology: Graph) -> None:
    expected = {"deaths": XSD.nonNegativeInteger, "displaced": XSD.nonNegativeInteger, "abducted": XSD.nonNegativeInteger,
                "missing": XSD.nonNegativeInteger, "durationDays": XSD.nonNegativeInteger,
                "territoryShare": XSD.decimal, "votesFor": XSD.nonNegativeInteger,
                "votesAgainst": XSD.nonNegativeInteger}
    assert set(terms.QUANTITY_RELATIONS) == set(expected)
    for name in terms.QUANTITY_RELATIONS:
        assert (CG[name], RDF.type, OWL.DatatypeProperty) in ontology, name
        assert set(ontology.objects(CG[name], RDFS.range)) == {expected[name]}, name


def test_alignments(ontology: Graph) -> None:
    sub = RDFS.subClassOf
    for triple in [
        (CG.Event, sub, SEM.Event), (CG.Actor, sub, SEM.Actor), (CG.Place, sub, SEM.Place),
        (CG.Event, sub, SCHEMA.Event), (CG.Place, sub, SCHEMA.Place),
        (CG.Person, sub, SCHEMA.Person), (CG.Organization, sub, SCHEMA.Organization),
        (CG.Claim, sub, PROV.Entity), (CG.Source, sub, PROV.Entity),
        (CG.hasActor, RDFS.subPropertyOf, SEM.hasActor),
        (CG.hasPlace, RDFS.subPropertyOf, SEM.hasPlace),
        (CG.partOf, RDFS.subPropertyOf, SEM.subEventOf),
        (CG.startDate, RDFS.subPropertyOf, SEM.hasBeginTimeStamp),
        (CG.endDate, RDFS.subPropertyOf, SEM.hasEndTimeStamp),
        (CG.date, RDFS.subPropertyOf, SEM.hasTimeStamp),
        (CG.attributedTo, RDFS.subPropertyOf, PROV.wasAttributedTo),
    ]:
        assert triple in ontology, triple


def test_provenance_vocabulary(ontology: Graph) -> None:
    modalities = {CG.Asserted, CG.Denied, CG.Unconfirmed, CG.Reported, CG.Planned}
    assert set(ontology.subjects(RDF.type, CG.Modality)) == modalities
    expected = {
        "method": (OWL.DatatypeProperty, PROV.Entity, XSD.string),  # claims and comparisons carry it
        "modality": (OWL.ObjectProperty, CG.Claim, CG.Modality),
        "attributedTo": (OWL.ObjectProperty, CG.Claim, CG.Actor),
        "derived": (OWL.DatatypeProperty, CG.Claim, XSD.boolean),
        "sha256": (OWL.DatatypeProperty, CG.Source, XSD.string),
        "textSha256": (OWL.DatatypeProperty, CG.Source, XSD.string),
        "mediaType": (OWL.DatatypeProperty, CG.Source, XSD.string),
        "demonym": (OWL.DatatypeProperty, CG.State, RDFS.Literal),
        "forceOf": (OWL.ObjectProperty, CG.ArmedForce, CG.State),
        "capitalOf": (OWL.ObjectProperty, CG.Settlement, CG.State),
    }
    for name, (kind, domain, range_) in expected.items():
        assert (CG[name], RDF.type, kind) in ontology, name
        assert set(ontology.objects(CG[name], RDFS.domain)) == {domain}, name
        assert set(ontology.objects(CG[name], RDFS.range)) == {range_}, name


def test_every_term_has_english_label_and_comment(ontology: Graph) -> None:
    cg_terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(terms.CG)}
    assert len(cg_terms) > 60
    for term in cg_terms | {ONTOLOGY_IRI}:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            assert "en" in langs, (term, prop)


# --------------------------------------------------------------------------------------
# The shapes cover the whole vocabulary of terms.py


def _shapes_targeting_subjects_of(shapes: Graph, prop: URIRef) -> list:
    return list(shapes.subjects(SH.targetSubjectsOf, prop))


def _property_shapes(shapes: Graph, node_shape, path: URIRef) -> list:
    return [ps for ps in shapes.objects(node_shape, SH.property) if shapes.value(ps, SH.path) == path]


def test_shapes_check_every_relation(shapes: Graph) -> None:
    for name, (domain, range_) in terms.RELATIONS.items():
        (node_shape,) = _shapes_targeting_subjects_of(shapes, CG[name])
        assert shapes.value(node_shape, SH["class"]) == CG[domain], name
        (prop_shape,) = _property_shapes(shapes, node_shape, CG[name])
        assert shapes.value(prop_shape, SH["class"]) == CG[range_], name


def test_shapes_check_every_date_and_quantity(shapes: Graph) -> None:
    for name in terms.DATE_RELATIONS + terms.QUANTITY_RELATIONS:
        (node_shape,) = _shapes_targeting_subjects_of(shapes, CG[name])
        (prop_shape,) = _property_shapes(shapes, node_shape, CG[name])
        assert shapes.value(prop_shape, SH["or"]) is not None, name


# --------------------------------------------------------------------------------------
# (c) the shapes accept a valid built dataset and reject broken ones

TEXT = ("On 27 September 2020 Azerbaijan launched an offensive in Nagorno-Karabakh. "
        "Azerbaijan (Azerbaycan) reported 3830 soldiers killed. "
        "Russia brokered the trilateral statement signed by Azerbaijan.")


def _quote(exact: str) -> str:
    """The IRI of the dataset's quote selector of `exact` in this data (the shapes check that there
    is one per wording, not the IRI's form)."""
    return terms.SPAN + "quote-" + terms.slug(exact)


def _provenance(claim: str, exact: str, occurrence: int = 0, extra: str = "",
                modality: str = "Asserted", method: str = "gazetteer.v1") -> str:
    """The default-graph provenance of claim `claim` (a relative IRI) quoting `exact` (by the
    dataset's one quote selector of those words)."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(exact, start + 1)
    end = start + len(exact)
    return f"""
<{claim}> a cg:Claim ; prov:wasDerivedFrom source:asker-ozpinar-2021 ;
    cg:method "{method}" ; cg:modality cg:{modality} {extra} .
<{claim}#annotation> a oa:Annotation ; oa:hasBody <{claim}> ; oa:hasTarget <{claim}#target> .
<{claim}#target> oa:hasSource source:asker-ozpinar-2021 ;
    oa:hasSelector <{_quote(exact)}> , <{claim}#position> .
<{_quote(exact)}> a oa:TextQuoteSelector ; oa:exact "{exact}" ;
    oa:prefix "{TEXT[max(0, start - 8):start]}" ; oa:suffix "{TEXT[end:end + 8]}" .
<{claim}#position> a oa:TextPositionSelector ; oa:start {start} ; oa:end {end} .
"""


VALID = f"""
@base <https://w3id.org/claimgraph/claim/> .
@prefix cg: <{terms.CG}> .
@prefix id: <{terms.ID}> .
@prefix source: <{terms.SOURCE}> .
@prefix prov: <{terms.PROV}> .
@prefix oa: <{terms.OA}> .
@prefix dcterms: <{terms.DCTERMS}> .
@prefix bibo: <{terms.BIBO}> .
@prefix schema: <{terms.SCHEMA}> .
@prefix rdfs: <{terms.RDFS}> .
@prefix owl: <{terms.OWL}> .
@prefix skos: <{terms.SKOS}> .
@prefix xsd: <{terms.XSD}> .

# ---- claim graphs: one triple each
<0a01> {{ id:azerbaijan a cg:State . }}
<0a02> {{ id:nagorno-karabakh a cg:Region . }}
<0a03> {{ id:second-karabakh-war a cg:Offensive . }}
<0a04> {{ id:second-karabakh-war cg:hasActor id:azerbaijan . }}
<0a05> {{ id:second-karabakh-war cg:hasPlace id:nagorno-karabakh . }}
<0a06> {{ id:second-karabakh-war cg:startDate "2020-09-27"^^xsd:date . }}
<0a07> {{ id:azerbaijan skos:altLabel "Azerbaycan"@tr . }}
<0a08> {{ id:second-karabakh-war cg:deaths 3830 . }}
<0a09> {{ id:russia a cg:State . }}
<0a0a> {{ id:trilateral-statement a cg:Statement . }}
<0a0b> {{ id:trilateral-statement cg:mediator id:russia . }}
<0a0c> {{ id:trilateral-statement cg:party id:azerbaijan . }}
<0a0d> {{ id:trilateral-statement cg:date "2020-11"^^xsd:gYearMonth . }}

# ---- default graph: provenance
{_provenance("0a01", "Azerbaijan")}
{_provenance("0a02", "Nagorno-Karabakh")}
{_provenance("0a03", "offensive", method="triggers.v1")}
{_provenance("0a04", "Azerbaijan launched an offensive", method="roles.v1")}
{_provenance("0a05", "offensive in Nagorno-Karabakh", method="roles.v1")}
{_provenance("0a06", "27 September 2020", method="dates.v1")}
{_provenance("0a07", "Azerbaycan")}
{_provenance("0a08", "3830 soldiers killed", method="quantities.v1", modality="Reported",
             extra="; cg:attributedTo id:azerbaijan")}
{_provenance("0a09", "Russia")}
{_provenance("0a0a", "trilateral statement", method="triggers.v1")}
{_provenance("0a0b", "Russia brokered the trilateral statement", method="roles.v1")}
{_provenance("0a0c", "trilateral statement signed by Azerbaijan", method="roles.v1")}
{_provenance("0a0d", "trilateral statement", method="dates.v1", extra="; cg:derived true")}

source:asker-ozpinar-2021 a prov:Entity , cg:Source ;
    dcterms:identifier "asker-ozpinar-2021" ;
    dcterms:title "The Great Offense That Led Azerbaijan to Victory" ;
    dcterms:creator "Ali Asker" , "Zeynep Gizem Özpınar" ;
    dcterms:date "2021"^^xsd:gYear ;
    dcterms:license <https://creativecommons.org/licenses/by-nc/4.0/> ;
    bibo:doi "10.26650/jes.2021.004" ;
    schema:url <https://example.org/article> ;
    dcterms:publisher "Istanbul University Press" ;
    dcterms:language "en" ;
    cg:sha256 "{"ab" * 32}" ;
    cg:mediaType "text/html" ;
    cg:textSha256 "{"0f" * 32}" .

id:azerbaijan rdfs:label "Azerbaijan"@en ; owl:sameAs <http://www.wikidata.org/entity/Q227> .
id:russia rdfs:label "Russia"@en ; owl:sameAs <http://www.wikidata.org/entity/Q159> .
id:nagorno-karabakh rdfs:label "Nagorno-Karabakh"@en .
id:second-karabakh-war rdfs:label "Second Karabakh War"@en .
id:trilateral-statement rdfs:label "2020 Nagorno-Karabakh ceasefire agreement"@en .
"""


def _claim(n: str) -> URIRef:
    return CLAIM[n]


AZ, RU, NK = ID["azerbaijan"], ID["russia"], ID["nagorno-karabakh"]
WAR, STATEMENT = ID["second-karabakh-war"], ID["trilateral-statement"]
SOURCE = URIRef(terms.source_iri("asker-ozpinar-2021"))


@pytest.fixture(scope="module")
def valid_data(ontology: Graph) -> Graph:
    """The union of every quad of the dataset (graph names dropped), plus the ontology."""
    dataset = Dataset()
    with warnings.catch_warnings():  # rdflib's TriG parser uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=VALID, format="trig")
    assert len(list(dataset.graphs())) >= 14  # 13 claim graphs + the default graph
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    union += ontology
    return union


def _validate(data: Graph, shapes: Graph) -> tuple[bool, set[tuple], str]:
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                               abort_on_first=False, meta_shacl=False)
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        if isinstance(path, BNode):  # [ sh:inversePath p ]
            path = ("inverse", results.value(path, SH.inversePath))
        found.add((results.value(result, SH.focusNode), path,
                   results.value(result, SH.sourceConstraintComponent)))
    return conforms, found, text


def test_valid_dataset_conforms(valid_data: Graph, shapes: Graph) -> None:
    conforms, found, text = _validate(valid_data, shapes)
    assert conforms, text
    assert not found


def test_valid_offsets_point_at_the_quotes(valid_data: Graph) -> None:
    """The fixture itself is honest: text[start:end] == exact for every selector pair."""
    for target in set(valid_data.objects(None, OA.hasTarget)):
        selectors = list(valid_data.objects(target, OA.hasSelector))
        (quote,) = [s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in valid_data]
        (position,) = [s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in valid_data]
        start = valid_data.value(position, OA.start).toPython()
        end = valid_data.value(position, OA.end).toPython()
        assert TEXT[start:end] == str(valid_data.value(quote, OA.exact))


def _target(claim: str) -> URIRef:
    return URIRef(str(_claim(claim)) + "#target")


def _position(claim: str) -> URIRef:
    return URIRef(str(_claim(claim)) + "#position")


def _set(graph: Graph, s, p, o) -> None:
    graph.remove((s, p, None))
    graph.add((s, p, o))


# Each case: (what is broken, how to break it, expected (focus, path, component)).
BROKEN = {
    "claim without source": (
        lambda g: g.remove((_claim("0a04"), PROV.wasDerivedFrom, None)),
        (_claim("0a04"), PROV.wasDerivedFrom, SH.MinCountConstraintComponent)),
    "claim with two sources": (
        lambda g: g.add((_claim("0a04"), PROV.wasDerivedFrom, URIRef(terms.source_iri("other")))),
        (_claim("0a04"), PROV.wasDerivedFrom, SH.MaxCountConstraintComponent)),
    "claim without method": (
        lambda g: g.remove((_claim("0a04"), CG.method, None)),
        (_claim("0a04"), CG.method, SH.MinCountConstraintComponent)),
    "claim with an unknown modality": (
        lambda g: _set(g, _claim("0a04"), CG.modality, CG.Rumoured),
        (_claim("0a04"), CG.modality, SH.InConstraintComponent)),
    "claim without annotation": (
        lambda g: g.remove((URIRef(str(_claim("0a04")) + "#annotation"), None, None)),
        (_claim("0a04"), ("inverse", OA.hasBody), SH.MinCountConstraintComponent)),
    "target without source": (
        lambda g: g.remove((_target("0a02"), OA.hasSource, None)),
        (_target("0a02"), OA.hasSource, SH.MinCountConstraintComponent)),
    "target without position selector": (
        lambda g: g.remove((_target("0a02"), OA.hasSelector, _position("0a02"))),
        (_target("0a02"), OA.hasSelector, SH.QualifiedMinCountConstraintComponent)),
    "selector with end == start": (
        lambda g: _set(g, _position("0a01"), OA.end, g.value(_position("0a01"), OA.start)),
        (_position("0a01"), OA.start, SH.LessThanConstraintComponent)),
    "selector with end < start": (
        lambda g: _set(g, _position("0a01"), OA.end, Literal(0)),
        (_position("0a01"), OA.start, SH.LessThanConstraintComponent)),
    "selector with negative start": (
        lambda g: _set(g, _position("0a02"), OA.start, Literal(-1)),
        (_position("0a02"), OA.start, SH.MinInclusiveConstraintComponent)),
    "quote selector with empty exact": (
        lambda g: _set(g, URIRef(_quote("Azerbaijan")), OA.exact, Literal("")),
        (URIRef(_quote("Azerbaijan")), OA.exact, SH.MinLengthConstraintComponent)),
    "two quote selectors of the same words": (  # graph format 0.5.0: one per wording in a dataset
        lambda g: g.add((URIRef(str(_claim("0a01")) + "#quote"), OA.exact, Literal("Azerbaijan"))),
        (Literal("Azerbaijan"), ("inverse", OA.exact), SH.MaxCountConstraintComponent)),
    "startDate typed xsd:string": (
        lambda g: _set(g, WAR, CG.startDate, Literal("2020-09-27", datatype=XSD.string)),
        (WAR, CG.startDate, SH.OrConstraintComponent)),
    "hasActor pointing to a Place-only entity": (
        lambda g: g.add((WAR, CG.hasActor, NK)),
        (WAR, CG.hasActor, SH.ClassConstraintComponent)),
    "party of something that is not an agreement": (
        lambda g: g.add((WAR, CG.party, AZ)),
        (WAR, None, SH.ClassConstraintComponent)),
    "hasActor on something that is not an event": (
        lambda g: g.add((STATEMENT, CG.hasActor, AZ)),
        (STATEMENT, None, SH.ClassConstraintComponent)),
    "negative deaths": (
        lambda g: _set(g, WAR, CG.deaths, Literal(-3)),
        (WAR, CG.deaths, SH.MinInclusiveConstraintComponent)),
    "deaths as a string": (
        lambda g: _set(g, WAR, CG.deaths, Literal("3830")),
        (WAR, CG.deaths, SH.OrConstraintComponent)),
    "entity with two labels": (
        lambda g: g.add((AZ, RDFS.label, Literal("Aserbaidschan", lang="de"))),
        (AZ, RDFS.label, SH.MaxCountConstraintComponent)),
    "entity label without language tag": (
        lambda g: _set(g, RU, RDFS.label, Literal("Russia")),
        (RU, RDFS.label, SH.DatatypeConstraintComponent)),
    "sameAs outside Wikidata": (
        lambda g: _set(g, RU, OWL.sameAs, URIRef("http://dbpedia.org/resource/Russia")),
        (RU, OWL.sameAs, SH.PatternConstraintComponent)),
    "unknown cg class": (
        lambda g: g.add((AZ, RDF.type, CG.Country)),
        (CG.Country, None, SH.OrConstraintComponent)),  # the focus is the undeclared class
    "source with a malformed sha256": (
        lambda g: _set(g, SOURCE, CG.sha256, Literal("AB" * 32)),
        (SOURCE, CG.sha256, SH.PatternConstraintComponent)),
    "source date typed xsd:string": (
        lambda g: _set(g, SOURCE, DCTERMS.date, Literal("2021")),
        (SOURCE, DCTERMS.date, SH.OrConstraintComponent)),
    "source without title": (
        lambda g: g.remove((SOURCE, DCTERMS.title, None)),
        (SOURCE, DCTERMS.title, SH.MinCountConstraintComponent)),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_dataset_is_rejected(case: str, valid_data: Graph, shapes: Graph) -> None:
    breaks, expected = BROKEN[case]
    data = Graph()
    data += valid_data
    breaks(data)
    conforms, found, text = _validate(data, shapes)
    assert not conforms, case
    assert expected in found, f"{case}: expected {expected}, found {found}\n{text}"
    # Nothing else broke: every violation is about the node that was broken.
    assert {focus for focus, _, _ in found} == {expected[0]}, f"{case}: {found}"


def test_two_sources_disagreeing_is_valid(valid_data: Graph, shapes: Graph) -> None:
    """Disagreement is data: two start dates for one event (from two claims) conform."""
    data = Graph()
    data += valid_data
    data.add((WAR, CG.startDate, Literal("2020-09", datatype=XSD.gYearMonth)))
    data.add((WAR, CG.deaths, Literal(2906, datatype=XSD.nonNegativeInteger)))
    conforms, _, text = _validate(data, shapes)
    assert conforms, text


def test_the_built_graph_conforms_under_rdfs_inference_too(built):
    """A property's rdfs:domain must not make a reasoner retype things (cg:method on comparisons made them claims)."""
    report = claimgraph.validate(built, inference="rdfs")
    assert report.conforms, report.violations[:3]


def test_an_agreement_s_end_and_a_party_s_leaving_are_events_that_name_their_agreement(ontology: Graph) -> None:
    """cg:endDate is said of events only: an agreement's end is an event of its own (a cg:Termination,
    or a party's cg:WithdrawalFromAgreement) dated by cg:startDate and linked to it by cg:ofAgreement,
    as its entry into force is."""
    for name in ("Termination", "WithdrawalFromAgreement", "EntryIntoForce", "Violation"):
        assert _cg_superclasses(ontology, CG[name]) == {"Event"}, name
    assert set(ontology.objects(CG.ofAgreement, RDFS.domain)) == {CG.Event}
    assert set(ontology.objects(CG.ofAgreement, RDFS.range)) == {CG.Agreement}
