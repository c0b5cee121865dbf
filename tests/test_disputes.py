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
from rdflib import RDF, Graph, URIRef
from rdflib import Literal as RdfLiteral

from claimgraph.combine import compare
from claimgraph.combine.comparisons import comparison_quads
from claimgraph.model import Claim, Literal
from claimgraph.rdf import terms
from claimgraph.rdf.nodes import claim_node
from claimgraph.recognise import default_recognisers
from claimgraph.run.build import combine, extract

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


def test_a_dispute_of_two_sides_links_them_both_ways_and_nothing_else():
    claims = tuple(Claim(source, "war", "startDate", Literal(date, datatype=terms.XSD + "date"), 0, 10, date, "test")
                   for source, date in (("a", "2020-09-27"), ("b", "2020-09-28")))
    (differs,) = compare.compare_group(compare.Group("war", "startDate", claims), {})
    quads = comparison_quads(differs)
    sides = {q.object.value for q in quads if q.predicate.value == CG + "side"}
    links = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == CG + "disputedBy"}
    assert len(sides) == 2 and links == set(itertools.permutations(sides, 2))
    assert not any(q.object.value == CG + "SideGroup" for q in quads)


@pytest.fixture(scope="module")
def bundled(corpus) -> list[compare.Comparison]:
    recognisers = default_recognisers()
    return compare.compare(combine([extract(meta, corpus.folder, recognisers) for meta in corpus.sources]))


def test_the_bundled_graph_reads_each_dispute_as_its_pairs_of_sides(store, bundled):
    expected = _pairwise(bundled)
    assert expected and _rows(store, PATHS) == expected


def test_the_shapes_accept_side_groups(tolls):
    """The many-sided toll's comparison, sides and groups conform (its claims and its subject,
    made by hand, are only typed: their own shapes are not what is checked here)."""
    data = Graph()
    for quad in comparison_quads(tolls):
        obj = quad.object
        data.add((URIRef(quad.subject.value), URIRef(quad.predicate.value),
                  URIRef(obj.value) if isinstance(obj, ox.NamedNode) else RdfLiteral(obj.value)))
    for claim in tolls.claims:
        data.add((URIRef(claim_node(claim)), RDF.type, URIRef(CG + "Claim")))
    data.parse(ONTOLOGY, format="turtle")
    _, found, text = _validate(data, Graph().parse(SHAPES, format="turtle"))
    dispute = (terms.COMPARISON, terms.SIDE, terms.SIDE_GROUP)
    assert not [result for result in found if str(result[0]).startswith(dispute)], text
    groups = set(data.subjects(RDF.type, URIRef(CG + "SideGroup")))
    assert groups and all(str(g).startswith(terms.SIDE_GROUP) for g in groups)


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
