"""The networkx view of a built graph: entities as nodes, each claim on its own edge.

    G = to_networkx("graphs/karabakh-2020/karabakh-2020.trig", sources=["hovhannisyan-2024"])
    for s, o, claim_iri, claim in G.edges(keys=True, data=True): ...

A claim between two entities (`cg:hasActor`, `cg:party`, ...) becomes one edge of a
MultiDiGraph, keyed by the claim IRI, carrying its source, predicate, evidence (every
quote with its offsets: a typing claim may have one target per mention), modality, the
holders it is attributed to (`cg:attributedTo`), the verdicts of the comparisons it is in
and those comparisons' IRIs (graph attribute `comparisons`: each one's verdict and
claims). A claim about one entity alone (its type, a name, a date, a count) is kept on that
entity's node, under `claims`. Every value is plain Python (str, int, bool, lists of
them), so the graph pickles, copies and exports.

Top classes come from the ontology's class tree (`rdfs:subClassOf*`), so an entity typed
only by a subclass (`cg:State`) is an actor and a place whether or not the graph also
claims the top class.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..errors import GraphFileError
from ..rdf import terms as t
from ..resources import ontology_file
from ..store.graph import open_store
from ..store.query import execute

CLAIMS = """
SELECT ?c ?source ?s ?p ?o ?modality ?holder WHERE {
  GRAPH ?c { ?s ?p ?o }
  ?c prov:wasDerivedFrom ?source .
  OPTIONAL { ?c cg:modality ?modality }
  OPTIONAL { ?c cg:attributedTo ?holder }
}"""

EVIDENCE = """
SELECT ?c ?exact ?start ?end WHERE {
  ?a oa:hasBody ?c ; oa:hasTarget ?target . ?target oa:hasSelector ?q . ?q oa:exact ?exact .
  OPTIONAL { ?target oa:hasSelector ?r . ?r oa:start ?start ; oa:end ?end }
}"""

COMPARISONS = "SELECT ?cmp ?verdict ?c WHERE { ?cmp a cg:Comparison ; cg:verdict ?verdict ; cg:claim ?c }"

LABELS = "SELECT ?e ?label WHERE { ?e rdfs:label ?label } ORDER BY ?e ?label"

SOURCES = """
SELECT ?source ?id ?title ?creator ?date ?url ?doi ?publisher ?sha WHERE {
  ?source a cg:Source ; dcterms:identifier ?id .
  OPTIONAL { ?source dcterms:title ?title }
  OPTIONAL { ?source dcterms:creator ?creator }
  OPTIONAL { ?source dcterms:date ?date }
  OPTIONAL { ?source schema:url ?url }
  OPTIONAL { ?source bibo:doi ?doi }
  OPTIONAL { ?source dcterms:publisher ?publisher }
  OPTIONAL { ?source cg:sha256 ?sha }
} ORDER BY ?id ?creator"""

CLASS_TREE = """
SELECT ?cls ?top WHERE {
  VALUES ?top { cg:Actor cg:Place cg:Agreement cg:Event }
  ?cls rdfs:subClassOf* ?top .
}"""

DISPUTING_MODALITIES = {"Denied", "Unconfirmed", "Alleged"}
AGREEING_VERDICTS = {"Corroborated", "SingleSource", "NamedDifferently"}
DATE_PREDICATES = {t.cg(name) for name in t.DATE_RELATIONS}


def to_networkx(dataset: ox.Store | str | Path, sources: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """A new MultiDiGraph of the dataset's claims; `sources` (ids) keeps only theirs.

    `dataset` is an open store (only queried, never changed) or a graph file path.
    Graph attribute `sources` maps each kept source id to its title; `source_meta` maps
    it to its title, creators, date, link and SHA-256; `comparisons` maps each comparison
    to its verdict and claims. An id the graph does not hold is a
    GraphFileError naming it.
    """
    store = dataset if isinstance(dataset, ox.Store) else open_store(dataset)
    meta = _sources(store)
    wanted = set(meta) if sources is None else set(sources)
    unknown = sorted(wanted - set(meta))
    if unknown:
        known = ", ".join(sorted(meta)[:8]) + (" ..." if len(meta) > 8 else "")
        raise GraphFileError(dataset if not isinstance(dataset, ox.Store) else "graph",
                             f"no source {', '.join(map(repr, unknown))} in this graph (it has: {known or 'none'})")
    graph = nx.MultiDiGraph(sources={sid: meta[sid]["title"] for sid in sorted(wanted)},
                            source_meta={sid: meta[sid] for sid in sorted(wanted)})
    labels = _labels(store)
    comparisons = _comparisons(store)
    claims = [c for c in _claims(store, comparisons) if c["source"] in wanted]
    graph.graph["comparisons"] = comparisons
    for claim in sorted(claims, key=lambda c: (c["subject"], c["predicate"], c["object"], c["claim"])):
        _add(graph, claim, labels)
    return graph


def _add(graph: nx.MultiDiGraph, claim: dict, labels: dict[str, str]) -> None:
    subject, relation = claim.pop("subject"), claim.pop("object_is_entity")
    for entity in (subject, claim["object"]) if relation else (subject,):
        if entity not in graph:
            graph.add_node(entity, label=labels.get(entity, _local(entity)), types=[], classes=[],
                           cls="Other", mentions=0, dates=[], claims=[])
        graph.nodes[entity]["mentions"] += 1
    if relation:
        graph.add_edge(subject, claim["object"], key=claim["claim"], **claim)
    else:
        _note(graph.nodes[subject], claim)


def _note(node: dict, claim: dict) -> None:
    """A claim about one entity: its type, a name, a date or a count, kept on the node."""
    node["claims"].append(claim)
    if claim["predicate"] == "type":
        local = claim["object"].removeprefix(t.CG)
        node["types"] = sorted(set(node["types"]) | {local})
        node["classes"] = sorted(set(node["classes"]) | class_tree().get(local, set()), key=t.TOP_CLASSES.index)
        node["cls"] = node["classes"][0] if node["classes"] else "Other"
    elif t.cg(claim["predicate"]) in DATE_PREDICATES:
        node["dates"] = sorted(set(node["dates"]) | {claim["object"]})


def _claims(store: ox.Store, comparisons: dict[str, dict]) -> Iterable[dict]:
    evidence = _evidence(store)
    member_of: dict[str, list[str]] = defaultdict(list)
    for cmp in sorted(comparisons):
        for claim in comparisons[cmp]["claims"]:
            member_of[claim].append(cmp)
    seen: dict[str, dict] = {}
    for row in execute(store, CLAIMS, "claims"):
        iri = row["c"].value
        if iri in seen:
            if row["holder"] is not None and row["holder"].value not in seen[iri]["holders"]:
                seen[iri]["holders"].append(row["holder"].value)
            continue
        modality = row["modality"].value.removeprefix(t.CG) if row["modality"] else "Asserted"
        obj = row["o"]
        quotes = evidence.get(iri) or [["", -1, -1]]
        kinds = sorted({comparisons[cmp]["verdict"] for cmp in member_of.get(iri, ())})
        seen[iri] = {
            "claim": iri,
            "source": row["source"].value.removeprefix(t.SOURCE),
            "subject": row["s"].value,
            "predicate": _predicate(row["p"].value),
            "object": obj.value,
            "object_is_entity": isinstance(obj, ox.NamedNode) and _is_entity(obj.value),
            "exact": quotes[0][0], "start": quotes[0][1], "end": quotes[0][2],
            "evidence": quotes,
            "modality": modality,
            "holders": [row["holder"].value] if row["holder"] is not None else [],
            "verdicts": kinds,
            "comparisons": member_of.get(iri, []),
            "disputed": modality in DISPUTING_MODALITIES or any(v not in AGREEING_VERDICTS for v in kinds),
        }
    return seen.values()


def _evidence(store: ox.Store) -> dict[str, list[list]]:
    """Each claim's quotes with their offsets, in text order (one per annotation target)."""
    found: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    for row in execute(store, EVIDENCE, "evidence"):
        start = int(row["start"].value) if row["start"] is not None else -1
        end = int(row["end"].value) if row["end"] is not None else -1
        found[row["c"].value].add((row["exact"].value, start, end))
    return {c: [list(q) for q in sorted(quotes, key=lambda q: (q[1], q[2], q[0]))] for c, quotes in found.items()}


def _comparisons(store: ox.Store) -> dict[str, dict]:
    """Each comparison: its verdict (local name) and the claims it compares, sorted."""
    found: dict[str, dict] = {}
    for row in execute(store, COMPARISONS, "comparisons"):
        entry = found.setdefault(row["cmp"].value, {"verdict": _predicate(row["verdict"].value), "claims": []})
        entry["claims"].append(row["c"].value)
    for entry in found.values():
        entry["claims"].sort()
    return found


@functools.cache
def class_tree() -> dict[str, frozenset[str]]:
    """Each ontology class (local name) and the top classes above it (a top class: itself)."""
    store = ox.Store()
    store.load(path=str(ontology_file("claimgraph.ttl")), format=ox.RdfFormat.TURTLE)
    tree: dict[str, set[str]] = defaultdict(set)
    for row in execute(store, CLASS_TREE, "class tree"):
        tree[row["cls"].value.removeprefix(t.CG)].add(row["top"].value.removeprefix(t.CG))
    return {cls: frozenset(tops) for cls, tops in tree.items()}


def _sources(store: ox.Store) -> dict[str, dict]:
    """Each source's title, creators, date, link (URL or DOI), publisher and SHA-256, by id."""
    meta: dict[str, dict] = {}
    for row in _rows(store, SOURCES):
        entry = meta.setdefault(row["id"], {
            "title": row["title"] or row["id"], "creators": [], "date": row["date"] or "",
            "link": row["url"] or (f"https://doi.org/{row['doi']}" if row["doi"] else ""),
            "publisher": row["publisher"] or "", "sha256": row["sha"] or ""})
        if row["creator"] and row["creator"] not in entry["creators"]:
            entry["creators"].append(row["creator"])
    return meta


def _predicate(iri: str) -> str:
    """A short predicate name: `hasActor` for cg: terms, `type`, `label`, `altLabel`."""
    for namespace in (t.CG, t.RDF, t.RDFS, t.SKOS):
        if iri.startswith(namespace):
            return iri[len(namespace):]
    return iri


def _labels(store: ox.Store) -> dict[str, str]:
    """Each entity's canonical label (the first in sort order if there are several)."""
    labels: dict[str, str] = {}
    for row in _rows(store, LABELS):
        labels.setdefault(row["e"], row["label"])
    return labels


def _rows(store: ox.Store, sparql: str) -> list[dict[str, str | None]]:
    result = execute(store, sparql, "to_networkx")
    names = [v.value for v in result.variables]
    return [{n: (None if s[n] is None else s[n].value) for n in names} for s in result]


def _is_entity(iri: str) -> bool:
    return iri.startswith(t.ID)


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]
