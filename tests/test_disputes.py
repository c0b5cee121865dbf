"""A dispute as the graph writes it (`combine.disputes`, issue #20): the documented path
`?side cg:claim ?claim ; cg:disputedBy/cg:claim ?other` gives the rows that linking each two
sides that dispute each other gives, each once, at O(k log k) quads for k sides.

The expected rows are computed here from the comparisons' sides and the rule of which sides
dispute, pairwise, never by the code that writes the links.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib import Literal as RdfLiteral

from claimgraph.combine import compare
from claimgraph.combine.comparisons import comparison_quads
from claimgraph.model import Claim, Literal
from claimgraph.rdf import terms
from claimgraph.rdf.nodes import claim_node

from .test_ontology import ONTOLOGY, SHAPES, _validate

CG = terms.CG
# The documented path, written out as a join so that a repeated path is a repeated row.
PATHS = f"""SELECT ?claim ?other WHERE {{
  ?side <{CG}claim> ?claim ; <{CG}disputedBy> ?disputing . ?disputing <{CG}claim> ?other }}"""
DOCUMENTED = f"SELECT ?claim ?other WHERE {{ ?side <{CG}claim> ?claim ; <{CG}disputedBy>/<{CG}claim> ?other }}"


def _rows(store: ox.Store, sparql: str) -> Counter:
    return Counter((row["claim"].value, row["other"].value) for row in store.query(sparql))


def _pairwise(comparisons: list[compare.Comparison]) -> Counter:
    """The rows of linking each two disputing sides both ways: the sides of two sources between
    them, of different camps, for a dispute given by camps; the listed pairs for one given by pairs."""
    found: Counter = Counter()
    for comparison in comparisons:
        sides = {side.key: {claim_node(c) for c in side.claims} for side in comparison.sides}
        if comparison.camps:
            camp = dict(zip(sides, comparison.camps))
            pairs = [(a, b) for a, b in itertools.combinations(sides, 2) if camp[a] is None or camp[a] != camp[b]]
        else:
            pairs = list(comparison.disputes)
        for a, b in pairs + [(b, a) for a, b in pairs]:
            found.update(itertools.product(sides[a], sides[b]))
    return found


def _death_tolls() -> tuple[Claim, ...]:
    """Forty sources each giving the death toll of one attack twice over, every fifth a second
    figure of its own as well, every seventh also the first source's figure: 48 figures."""
    claims = []
    for i in range(40):
        figures = [str(100 + i)] + ([str(500 + i)] if i % 5 == 0 else []) + (["100"] if i % 7 == 0 and i else [])
        for n, figure in enumerate(figures):
            for again in range(2):
                start = 100 * n + 50 * again
                claims.append(Claim(f"wire-{i:02}", "attack", "deaths", Literal(figure, datatype=terms.XSD + "integer"),
                                    start, start + 20, f"{figure} people were killed", "test"))
    return tuple(claims)


def _each_two_figures(claims: tuple[Claim, ...]) -> Counter:
    """The rows of the death tolls' dispute, from the claims alone: each claim and each claim of
    another figure, unless one source alone gives both figures."""
    sources: dict[str, set[str]] = {}
    for claim in claims:
        sources.setdefault(claim.obj.value, set()).add(claim.source)
    return Counter((claim_node(a), claim_node(b)) for a, b in itertools.permutations(claims, 2)
                   if a.obj.value != b.obj.value and len(sources[a.obj.value] | sources[b.obj.value]) > 1)


@pytest.fixture(scope="module")
def tolls() -> compare.Comparison:
    (differs,) = [c for c in compare.compare_group(compare.Group("attack", "deaths", _death_tolls()), {})
                  if c.verdict == "Differs"]
    return differs


def test_a_death_toll_of_many_figures_reads_as_each_two_figures_at_k_log_k_quads(tolls):
    """48 figures (k sides): the documented path gives the pairwise rows, none repeated, though
    the dispute's links and groups are far fewer than the k(k-1) links of each two sides."""
    store = ox.Store()
    quads = comparison_quads(tolls)
    store.extend(quads)
    expected = _each_two_figures(tolls.claims)
    assert _rows(store, PATHS) == expected and max(expected.values()) == 1
    assert set(_rows(store, DOCUMENTED)) == set(expected)
    k, held = len(tolls.sides), len({claim_node(c) for c in tolls.claims})
    groups = {q.subject for q in quads if q.object.value == CG + "SideGroup"}
    written = [q for q in quads if q.predicate.value == CG + "disputedBy" or q.subject in groups]
    assert (k, held) == (48, 106) and len(written) <= (k + held) * math.log2(k) and len(written) < k * (k - 1) / 3
    assert all(g.value.startswith(terms.SIDE_GROUP) for g in groups)


def test_a_figure_one_source_gives_alone_is_not_set_against_its_other_figure(tolls):
    """wire-05 gives 105 and 505, each alone: one camp, so neither of its claims reaches the other."""
    store = ox.Store()
    store.extend(comparison_quads(tolls))
    of = {c.obj.value: claim_node(c) for c in tolls.claims if c.source == "wire-05"}
    rows = _rows(store, PATHS)
    assert not rows[of["105"], of["505"]] and not rows[of["505"], of["105"]]
    assert rows[of["105"], claim_node(tolls.claims[0])] == 1


def _two_dates() -> compare.Comparison:
    claims = tuple(Claim(source, "war", "startDate", Literal(date, datatype=terms.XSD + "date"), 0, 10, date, "test")
                   for source, date in (("a", "2020-09-27"), ("b", "2020-09-28")))
    (differs,) = compare.compare_group(compare.Group("war", "startDate", claims), {})
    return differs


def test_a_dispute_of_two_sides_links_them_both_ways_and_nothing_else():
    quads = comparison_quads(_two_dates())
    sides = {q.object.value for q in quads if q.predicate.value == CG + "side"}
    links = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == CG + "disputedBy"}
    assert len(sides) == 2 and links == set(itertools.permutations(sides, 2))
    assert not any(q.object.value == CG + "SideGroup" for q in quads)


@pytest.fixture(scope="module")
def bundled(bundled_extractions) -> list[compare.Comparison]:
    return compare.compare(bundled_extractions)


def test_the_bundled_graph_reads_each_dispute_as_its_pairs_of_sides(store, bundled):
    expected = _pairwise(bundled)
    assert expected and _rows(store, PATHS) == expected


def _shaped(*comparisons: compare.Comparison) -> Graph:
    """The comparisons' quads as one graph with the ontology, their claims only typed (made by
    hand: their own shapes are not what these tests check)."""
    data = Graph()
    for comparison in comparisons:
        for quad in comparison_quads(comparison):
            obj = quad.object
            data.add((URIRef(quad.subject.value), URIRef(quad.predicate.value),
                      URIRef(obj.value) if isinstance(obj, ox.NamedNode) else RdfLiteral(obj.value)))
        for claim in comparison.claims:
            data.add((URIRef(claim_node(claim)), RDF.type, URIRef(CG + "Claim")))
    return data.parse(ONTOLOGY, format="turtle")


def _dispute_results(data: Graph) -> tuple[list[tuple], str]:
    """The shapes' results on the comparisons, sides and groups of `data`, and their report."""
    _, found, text = _validate(data, Graph().parse(SHAPES, format="turtle"))
    dispute = (terms.COMPARISON, terms.SIDE, terms.SIDE_GROUP)
    return [result for result in found if str(result[0]).startswith(dispute)], text


def test_the_shapes_accept_side_groups(tolls):
    """The many-sided toll's comparison, sides and groups conform, beside another comparison."""
    data = _shaped(tolls, _two_dates())
    found, text = _dispute_results(data)
    assert not found, text
    groups = set(data.subjects(RDF.type, URIRef(CG + "SideGroup")))
    assert groups and all(str(g).startswith(terms.SIDE_GROUP) for g in groups)


def test_a_link_to_a_side_or_group_of_another_comparison_breaks_the_shapes(tolls):
    """What a side is disputed by is of its own comparison, a group's being that of the sides
    linked to it: a side of the dates' dispute linked to one of the toll's sides, and another to
    one of its groups, are each reported, on the side and on the group."""
    dates = _two_dates()
    data = _shaped(tolls, dates)
    date_sides = sorted(data.objects(_comparison_of(data, dates), URIRef(CG + "side")))
    toll_side = min(data.objects(_comparison_of(data, tolls), URIRef(CG + "side")))
    group = min(data.subjects(RDF.type, URIRef(CG + "SideGroup")))
    data.add((date_sides[0], URIRef(CG + "disputedBy"), toll_side))
    data.add((date_sides[1], URIRef(CG + "disputedBy"), group))
    found, text = _dispute_results(data)
    assert {result[0] for result in found} == {date_sides[0], group}, text


def _comparison_of(data: Graph, comparison: compare.Comparison) -> URIRef:
    """The node of the comparison of `data` that compares `comparison`'s claims."""
    claim = URIRef(claim_node(comparison.claims[0]))
    return next(s for s in data.subjects(URIRef(CG + "claim"), claim) if str(s).startswith(terms.COMPARISON))


def test_a_side_group_no_side_is_linked_to_is_reported_as_disputing_no_side(tolls):
    """The shape's message reads the link the way it goes: a side is disputed by the group."""
    data = _shaped(tolls)
    group = min(data.subjects(RDF.type, URIRef(CG + "SideGroup")))
    data.remove((None, URIRef(CG + "disputedBy"), group))
    found, text = _dispute_results(data)
    assert {result[0] for result in found} == {group}
    assert "A side group disputes one or more cg:Side" in text


# The ontology's word on what of a dispute is symmetric (cg:disputedBy), checked on the graph below.
SYMMETRIC = ("What is symmetric is the dispute, not the links: a side reaches all the claims of another side "
             "exactly when that side reaches all of its claims, and else none of them, but one of the two may be "
             "linked to the other side while the other reaches it through a group; only in a comparison with no "
             "cg:SideGroup is each link between two sides written in both directions.")
REACHED = f"""SELECT ?a ?b (COUNT(?other) AS ?n) WHERE {{
  ?comparison <{CG}side> ?a, ?b . ?a <{CG}disputedBy>/<{CG}claim> ?other . ?b <{CG}claim> ?other }} GROUP BY ?a ?b"""


def test_a_side_reaches_all_claims_of_a_side_exactly_when_that_side_reaches_all_of_its_own(tolls):
    """The ontology's statement, read off the graph as a user would: the toll of 48 figures has
    sides linked to a side that reaches them only through a group (as the reviewer found in a
    dispute of 35 sides), and still each two sides reach each other's claims, all of them, or
    neither reaches any."""
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    assert SYMMETRIC in str(ontology.value(URIRef(CG + "disputedBy"), RDFS.comment))
    store = ox.Store()
    store.extend(comparison_quads(tolls))
    held = Counter(row["side"].value for row in store.query(
        f"SELECT ?side WHERE {{ ?c <{CG}side> ?side . ?side <{CG}claim> ?x }}"))
    reached = {(row["a"].value, row["b"].value): int(row["n"].value) for row in store.query(REACHED)}
    assert all(n == held[b] for (_, b), n in reached.items())
    assert set(reached) == {(b, a) for a, b in reached}
    linked = {(row["a"].value, row["b"].value) for row in store.query(
        f"SELECT ?a ?b WHERE {{ ?c <{CG}side> ?a, ?b . ?a <{CG}disputedBy> ?b }}")}
    assert linked - {(b, a) for a, b in linked}


def test_a_selective_dispute_reaches_each_disputing_side_once_and_costs_no_more_than_its_pairs():
    """Disputes given by pairs (names, venues, offices: which two sides dispute depends on more
    than their positions), 300 drawn at random: each side's links and groups hold exactly the
    sides it disputes, each once, in no more quads than linking each two."""
    from random import Random

    from claimgraph.combine import disputes

    draw = Random(20)
    for _ in range(300):
        k, density = draw.randint(2, 40), draw.random()
        claims = [draw.randint(1, 3) for _ in range(k)]
        pairs = {(a, b) for a, b in itertools.combinations(range(k), 2) if draw.random() < density}
        links = disputes.links(claims, disputes.listed(k, pairs))
        below = {(i, i + 1): [i] for i in range(k)} | {(lo, hi): list(range(lo, hi)) for lo, hi in links.groups}
        reached = Counter((i, j) for i, lo, hi in links.targets for j in below[lo, hi])
        assert reached == Counter(pairs | {(b, a) for a, b in pairs})
        cost = len(links.targets) + sum(1 + sum(claims[lo:hi]) for lo, hi in links.groups)
        assert cost <= 2 * len(pairs)


def test_a_side_groups_iri_follows_from_all_its_sides_keys(tolls):
    """Each group of the toll is named by its comparison's IRI and the keys of the sides whose
    claims it holds, in the comparison's order: two groups of the same first and last sides but
    another between them (a figure that sorts among them in another build) are two IRIs."""
    quads = comparison_quads(tolls)
    comparison = next(q.subject.value for q in quads if q.predicate.value == CG + "side")
    side = {claim_node(c): s.key for s in tolls.sides for c in s.claims}
    order = [s.key for s in tolls.sides]
    held: dict[str, set[str]] = {}
    for q in quads:
        if q.subject.value.startswith(terms.SIDE_GROUP) and q.predicate.value == CG + "claim":
            held.setdefault(q.subject.value, set()).add(side[q.object.value])
    assert held and all(group == terms.side_group_iri(comparison, sorted(keys, key=order.index))
                        for group, keys in held.items())
    assert terms.side_group_iri(comparison, ["100", "105"]) != terms.side_group_iri(comparison, ["100", "101", "105"])
