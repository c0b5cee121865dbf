"""The networkx view of a built graph: entities as nodes, each claim on its own edge.

    G = to_networkx("graphs/karabakh-2020/karabakh-2020.trig", sources=["hovhannisyan-2024"])
    for s, o, claim_iri, claim in G.edges(keys=True, data=True): ...

A claim between two entities (`cg:hasActor`, `cg:party`, ...) becomes one edge of a
MultiDiGraph, keyed by the claim IRI, carrying its source, predicate, exact quote,
offsets, modality and whether it is disputed. A claim about one entity alone (its type,
a name, a date, a count) is kept on that entity's node, under `claims`, once per span of
text it cites (a typing claim holds every mention of the entity in its source). Every value is
plain Python (str, int, bool, lists of them), so the graph pickles, copies and exports.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..query import execute
from ..rdf import terms as t
from ..store import open_store

CLAIMS = """
SELECT ?c ?source ?s ?p ?o ?modality ?exact ?start ?end WHERE {
  GRAPH ?c { ?s ?p ?o }
  ?c prov:wasDerivedFrom ?source .
  OPTIONAL { ?c cg:modality ?modality }
  OPTIONAL { ?a oa:hasBody ?c ; oa:hasTarget ?t . ?t oa:hasSelector ?q, ?r .
             ?q oa:exact ?exact . ?r oa:start ?start ; oa:end ?end }
}"""

# A comparison stage may mark claims that another source contradicts; without it, no rows.
CONTESTED = """
SELECT DISTINCT ?c WHERE {
  ?comparison a cg:Comparison ; cg:claim ?c ; cg:verdict ?verdict .
  FILTER(?verdict IN (cg:Differs, cg:Contradicts))
}"""

LABELS = "SELECT ?e ?label WHERE { ?e rdfs:label ?label } ORDER BY ?e ?label"

SOURCES = """
SELECT ?source ?id ?title WHERE {
  ?source a cg:Source ; dcterms:identifier ?id .
  OPTIONAL { ?source dcterms:title ?title }
} ORDER BY ?id"""

DISPUTING_MODALITIES = {"Denied", "Unconfirmed"}
DATE_PREDICATES = {t.cg(name) for name in t.DATE_RELATIONS}


def to_networkx(dataset: ox.Store | str | Path, sources: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """A new MultiDiGraph of the dataset's claims; `sources` (ids) keeps only theirs.

    `dataset` is an open store (only queried, never changed) or a graph file path.
    Graph attribute `sources` maps each kept source id to its title.
    """
    store = dataset if isinstance(dataset, ox.Store) else open_store(dataset)
    known = {row["id"]: row["title"] or row["id"] for row in _rows(store, SOURCES)}
    wanted = set(known) if sources is None else set(sources)
    graph = nx.MultiDiGraph(sources={sid: title for sid, title in known.items() if sid in wanted})
    contested = {row["c"] for row in _rows(store, CONTESTED)}
    labels = _labels(store)
    claims = [c for c in _claims(store, contested) if c["source"] in wanted]
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
        node["classes"] = sorted(set(node["classes"]) | set(_tops(local)), key=t.TOP_CLASSES.index)
        node["cls"] = node["classes"][0] if node["classes"] else "Other"
    elif t.cg(claim["predicate"]) in DATE_PREDICATES:
        node["dates"] = sorted(set(node["dates"]) | {claim["object"]})


def _claims(store: ox.Store, contested: set[str]) -> Iterable[dict]:
    for row in execute(store, CLAIMS, "claims"):
        modality = row["modality"].value.removeprefix(t.CG) if row["modality"] else "Asserted"
        obj = row["o"]
        yield {
            "claim": row["c"].value,
            "source": row["source"].value.removeprefix(t.SOURCE),
            "subject": row["s"].value,
            "predicate": _predicate(row["p"].value),
            "object": obj.value,
            "object_is_entity": isinstance(obj, ox.NamedNode) and _is_entity(obj.value),
            "exact": row["exact"].value if row["exact"] else "",
            "start": int(row["start"].value) if row["start"] else -1,
            "end": int(row["end"].value) if row["end"] else -1,
            "modality": modality,
            "disputed": modality in DISPUTING_MODALITIES or row["c"].value in contested,
        }


def _predicate(iri: str) -> str:
    """A short predicate name: `hasActor` for cg: terms, `type`, `label`, `altLabel`."""
    for namespace in (t.CG, t.RDF, t.RDFS, t.SKOS):
        if iri.startswith(namespace):
            return iri[len(namespace):]
    return iri


def _tops(local: str) -> tuple[str, ...]:
    return t.top_classes(local) if local in t.TOP_CLASSES or local in t.SUBCLASSES else ()


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
