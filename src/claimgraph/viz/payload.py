"""The page's data: the graph as compact arrays with index tables, positions included.

At 1,000 articles the claims are ~420,000 (most of them one typing claim per mention), so
one JSON object per claim made a 35 MB page. Here the claims of one source about one
(subject, predicate, object, modality) are one entry, keeping the first MAX_QUOTES quotes
(and how many there are: the graph keeps them all); quotes are an index into a string
table plus a start offset (the end follows: `text[start:end] == exact`); and the claims on
the other side of a comparison are kept for disputed entries only, MAX_OTHERS of them.

Overview first: events told by one source only are grouped by (type, year) into one
node each when the graph has more than GROUP_ABOVE entities; a group opens on demand.
Every layout row of the page is in `nodes` (entities) or `groups`, with its position.

    {"nodes":  [[slug, label, cls, x, y, radius, importance, names, dates, types, group], ...],
     "groups": [[label, cls, x, y, radius, importance, members], ...],
     "edges":  [[from, to, predicate, kind, [claim, ...]], ...],        # node indices
     "groupEdges": [[from, to, kind, claims], ...],  # indices; a group is len(nodes) + its index
     "claims": [[source, predicate, subject, object, kind, quotes, modality, holders, others, more], ...],
     "sources": [[id, title, creators, date, link, publisher, colour], ...],
     "predicates": [...], "kinds": [[key, label, colour, dashes, width, rank], ...], "strings": [...],
     "disputing": [kinds drawn as a dispute],
     "texts": {source index: text}}
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx
import numpy as np

from ..rdf import terms as t
from . import styles
from .layout import layout, place_free

MAX_QUOTES = 2
MAX_OTHERS = 6
GROUP_ABOVE = 300


class Tables:
    """Index tables the entries point into: sources, predicates, verdict kinds, quote strings."""

    def __init__(self, sources: list[str]):
        self.source = {sid: i for i, sid in enumerate(sources)}
        self.predicates: list[str] = []
        self.kinds: list[str] = []
        self.strings: list[str] = []
        self._index: dict[tuple[str, str], int] = {}

    def _add(self, table: list[str], name: str, value: str) -> int:
        key = (name, value)
        if key not in self._index:
            self._index[key] = len(table)
            table.append(value)
        return self._index[key]

    def predicate(self, value: str) -> int:
        return self._add(self.predicates, "p", value)

    def kind(self, value: str) -> int:
        return self._add(self.kinds, "k", value)

    def string(self, value: str) -> int:
        return self._add(self.strings, "s", value)


def relations(graph: nx.MultiDiGraph) -> list[dict]:
    """One drawn edge per (subject, predicate, object), with all the claims behind it.

    `kind` is the most severe verdict kind of its claims (styles.KINDS order).
    """
    grouped: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for subject, obj, claim in graph.edges(data=True):
        grouped[(subject, claim["predicate"], obj)].append(claim)
    edges = []
    for (subject, predicate, obj), claims in sorted(grouped.items()):
        kind = min((styles.claim_kind(c) for c in claims), key=styles.rank)
        edges.append({"from": subject, "to": obj, "predicate": predicate,
                      "sources": sorted({c["source"] for c in claims}), "kind": kind, "claims": claims})
    return edges


def payload(graph: nx.MultiDiGraph, title: str, texts: dict[str, str]) -> dict:
    """The JSON-ready data of the page (deterministic for the same graph)."""
    ids = sorted(graph.nodes)
    index = {iri: i for i, iri in enumerate(ids)}
    sources = sorted(graph.graph.get("sources", {}))
    tables = Tables(sources)
    entries, claim_entry = _entries(graph, index, tables)
    edges = [[index[e["from"]], index[e["to"]], tables.predicate(e["predicate"]), tables.kind(e["kind"]),
              sorted({claim_entry[c["claim"]] for c in e["claims"]})] for e in relations(graph)]
    node_sources = _node_sources(entries, len(ids))
    importance = [graph.nodes[iri]["mentions"] + 4 * len(node_sources[i]) for i, iri in enumerate(ids)]
    group_of, groups = _groups(graph, ids, node_sources)
    group_edges = _group_edges(edges, group_of, len(ids))
    radii = [_radius(v) for v in importance]
    group_importance = [sum(importance[m] for m in members) for _, members in groups]
    positions = _positions(ids, edges, group_edges, group_of, groups, radii, [_radius(v) for v in group_importance])
    meta = graph.graph.get("source_meta", {})
    return {
        "title": title, "idPrefix": t.ID, "classes": styles.CLASS_STYLES,
        "nodes": [_node(graph.nodes[iri], iri, positions[i], radii[i], importance[i], group_of.get(i, -1))
                  for i, iri in enumerate(ids)],
        "groups": [[label, "Event", *positions[len(ids) + g], _radius(group_importance[g]), group_importance[g], members]
                   for g, (label, members) in enumerate(groups)],
        "edges": edges, "groupEdges": group_edges,
        "claims": [_entry(e, claim_entry, graph.graph.get("comparisons", {}), tables) for e in entries],
        "sources": [[sid, *_meta(sid, graph, meta), styles.source_color(sid)] for sid in sources],
        "predicates": tables.predicates, "strings": tables.strings,
        "kinds": [[k, s["label"], s["color"], s["dashes"], s["width"], styles.rank(k)]
                  for k, s in ((k, styles.kind_style(k)) for k in tables.kinds)],
        "disputing": sorted(k for k in tables.kinds if k in styles.DISPUTING or k not in styles.KINDS),
        "texts": {str(tables.source[sid]): texts[sid] for sid in sources if sid in texts},
    }


def _entries(graph: nx.MultiDiGraph, index: dict[str, int], tables: Tables) -> tuple[list[dict], dict[str, int]]:
    """Claims merged per (source, subject, predicate, object, modality), in a fixed order."""
    merged: dict[tuple, dict] = {}
    found = [(node, c) for node, data in graph.nodes(data=True) for c in data["claims"]]
    found += [(s, c) for s, _, c in graph.edges(data=True)]
    for subject, claim in found:
        key = (claim["source"], subject, claim["predicate"], claim["object"], claim["modality"])
        entry = merged.setdefault(key, {"key": key, "claims": [], "quotes": set(), "holders": set(), "comparisons": set(),
                                        "kind": "Uncompared", "index": index})
        entry["claims"].append(claim["claim"])
        entry["quotes"] |= {(q[0], q[1]) for q in claim["evidence"] if q[0]}
        entry["holders"] |= set(claim.get("holders", ()))
        kind = styles.claim_kind(claim)
        entry["kind"] = min(entry["kind"], kind, key=styles.rank)
        if kind in styles.DISPUTING or kind not in styles.KINDS:
            entry["comparisons"].update(claim.get("comparisons", ()))
    entries = [merged[k] for k in sorted(merged)]
    source_of = [e["key"][0] for e in entries]
    for entry in entries:
        entry["sources"] = source_of
    claim_entry = {c: i for i, e in enumerate(entries) for c in e["claims"]}
    for entry in entries:
        tables.kind(entry["kind"])
    return entries, claim_entry


def _entry(entry: dict, claim_entry: dict[str, int], comparisons: dict[str, dict], tables: Tables) -> list:
    """[source, predicate, subject, object, kind, quotes, modality, holders, others, more quotes],
    without trailing defaults (Asserted, no holder, no other side, no more quotes).
    An entity object is its node index; a literal one -(1 + its index in `strings`);
    modality 0 is Asserted, another 1 + its index in `strings`; a holder is a node index
    or, when not an entity of the page, its IRI's local name."""
    source, subject, predicate, obj, modality = entry["key"]
    index = entry["index"]
    quotes = sorted(entry["quotes"], key=lambda q: (q[1], q[0]))
    literal = obj.removeprefix(t.CG) if predicate == "type" else obj
    row = [tables.source[source], tables.predicate(predicate), index[subject],
           index[obj] if obj in index else -1 - tables.string(literal), tables.kind(entry["kind"]),
           [[tables.string(q[0]), q[1]] for q in quotes[:MAX_QUOTES]],
           0 if modality == "Asserted" else 1 + tables.string(modality),
           sorted((index[h] if h in index else h.rsplit("/", 1)[-1] for h in entry["holders"]), key=str),
           _others(entry, claim_entry, comparisons), max(0, len(quotes) - MAX_QUOTES)]
    while row[-1] in (0, []):
        row.pop()
    return row


def _others(entry: dict, claim_entry: dict[str, int], comparisons: dict[str, dict]) -> list[int]:
    """Up to MAX_OTHERS entries on the other side of the entry's comparisons, other sources first."""
    me = claim_entry[entry["claims"][0]]
    found: list[int] = []
    for cmp in sorted(entry["comparisons"]):
        for claim in comparisons[cmp]["claims"]:
            other = claim_entry.get(claim)
            if other is not None and other != me and other not in found:
                found.append(other)
            if len(found) >= 4 * MAX_OTHERS:
                break
    return sorted(found, key=lambda o: (entry["sources"][o] == entry["key"][0], o))[:MAX_OTHERS]


def _node_sources(entries: list[dict], count: int) -> list[set[str]]:
    found: list[set[str]] = [set() for _ in range(count)]
    for entry in entries:
        source, subject, _, obj, _ = entry["key"]
        found[entry["index"][subject]].add(source)
        if obj in entry["index"]:
            found[entry["index"][obj]].add(source)
    return found


def _groups(graph: nx.MultiDiGraph, ids: list[str], node_sources: list[set[str]]):
    """Events told by one source, grouped by (type, year) when the graph is large; singletons stay."""
    if len(ids) <= GROUP_ABOVE:
        return {}, []
    keyed: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, iri in enumerate(ids):
        data = graph.nodes[iri]
        if data["cls"] == "Event" and len(node_sources[i]) == 1:
            kind = next((c for c in data["types"] if c not in t.TOP_CLASSES), "Event")
            keyed[(kind, data["dates"][0][:4] if data["dates"] else "undated")].append(i)
    groups = [(f"{kind} \u00b7 {year} ({len(members)})", members)
              for (kind, year), members in sorted(keyed.items()) if len(members) > 1]
    return {m: g for g, (_, members) in enumerate(groups) for m in members}, groups


def _group_edges(edges: list[list], group_of: dict[int, int], count: int) -> list[list]:
    """Edges with a grouped end, drawn between the groups: kind the most severe, with the number of claims."""
    joined: dict[tuple[int, int], list] = {}
    for a, b, _, kind, claims in edges:
        ra, rb = count + group_of[a] if a in group_of else a, count + group_of[b] if b in group_of else b
        if (ra, rb) == (a, b) or ra == rb:
            continue
        row = joined.setdefault((ra, rb), [ra, rb, kind, 0])
        row[2], row[3] = min(row[2], kind), row[3] + len(claims)
    return [joined[k] for k in sorted(joined)]


def _positions(ids, edges, group_edges, group_of, groups, radii, group_radii) -> list[tuple[int, int]]:
    """Overview rows (ungrouped entities and groups) laid out together; then each group's
    members around it, kept off every overview row, for when it opens."""
    count = len(ids)
    shown = [i for i in range(count) if i not in group_of] + [count + g for g in range(len(groups))]
    row = {n: k for k, n in enumerate(shown)}
    links = [(row[a], row[b]) for a, b, *_ in edges if a in row and b in row]
    links += [(row[a], row[b]) for a, b, *_ in group_edges]
    all_radii = np.array(radii + group_radii, dtype=float)
    overview = layout(len(shown), links, all_radii[shown].tolist())
    pos = np.zeros((count + len(groups), 2))
    pos[shown] = overview
    members = [m for _, ms in groups for m in ms]
    if members:
        for g, (_, ms) in enumerate(groups):
            for k, m in enumerate(ms):  # a sunflower spiral around the group
                angle, reach = k * 2.39996, (group_radii[g] + 2 * radii[m]) * (1 + math.sqrt(k) * 0.8)
                pos[m] = pos[count + g] + reach * np.array([math.cos(angle), math.sin(angle)])
        rows = np.array(shown + members)
        placed = place_free(pos[rows], all_radii[rows], list(range(len(shown), len(rows))), range(len(shown)))
        pos[rows] = placed
    return [(round(float(x)), round(float(y))) for x, y in pos]


def _radius(importance: float) -> float:
    return round(5 + 3.2 * math.log2(1 + importance), 1)


def _node(data: dict, iri: str, xy: tuple[int, int], radius: float, importance: int, group: int) -> list:
    names = sorted({c["object"] for c in data["claims"] if c["predicate"] == "altLabel"} - {data["label"]})
    return [iri.removeprefix(t.ID), data["label"], data["cls"], xy[0], xy[1], radius, importance,
            names, data["dates"], data["types"], group]


def _meta(sid: str, graph: nx.MultiDiGraph, meta: dict) -> list:
    m = meta.get(sid, {})
    return [m.get("title") or graph.graph["sources"].get(sid) or sid, "; ".join(m.get("creators", ())),
            m.get("date", ""), m.get("link", ""), m.get("publisher", "")]
