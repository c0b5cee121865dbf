"""The comparisons of a built graph, read back: each with its claims' words, sources, modality and
holders, and which claims dispute which (`read`). Comparing makes them (`compare`, written by
`comparisons`); this reads what a graph holds, with no extraction and no spaCy: `claimgraph
compare`, the page and the benches read a graph so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import pyoxigraph as ox

from ..rdf.terms import CG, ID, VERDICTS
from ..recognise.packs import load
from ..store.query import select
from .compare import ORDER
from .sides import forces, side


READ = """
SELECT ?comparison ?about ?label ?relation ?verdict ?value ?claim ?source ?p ?object ?objectLabel ?modality ?holder
       ?holderLabel ?exact ?start ?end
WHERE {
  ?comparison a cg:Comparison ; cg:about ?about ; cg:relation ?relation ; cg:verdict ?verdict ; cg:claim ?claim .
  OPTIONAL { ?comparison cg:value ?value }
  OPTIONAL { ?about rdfs:label ?label }
  ?claim prov:wasDerivedFrom/dcterms:identifier ?source ; cg:modality ?modality .
  OPTIONAL { ?claim cg:attributedTo ?holder . OPTIONAL { ?holder rdfs:label ?holderLabel } }
  GRAPH ?claim { ?s ?p ?object }
  OPTIONAL { ?object rdfs:label ?objectLabel }
  ?annotation oa:hasBody ?claim ; oa:hasTarget ?target .
  ?target oa:hasSelector ?quote, ?position . ?quote oa:exact ?exact . ?position oa:start ?start ; oa:end ?end .
}
"""
# A side is disputed by sides and groups of sides (`cg:disputedBy`): each claim of the one is
# disputed by each claim of the others, each reached by one path.
DISPUTES = """
SELECT ?comparison ?claim ?other WHERE {
  ?comparison cg:side ?side . ?side cg:claim ?claim ; cg:disputedBy ?disputing . ?disputing cg:claim ?other .
}
"""


def read(store: ox.Store, verdicts: Iterable[str] = VERDICTS, about: str | None = None) -> list[dict]:
    """The comparisons stored in a built graph, each with its claims' sources, relations (a
    sub-property of the comparison's, such as cg:createsState under cg:affectsState), values, modality,
    holder (IRI and label), quotes with their offsets, and the claims of other sources on the
    sides that dispute the claim's side (`disputed_by`: claim IRIs of the same comparison).
    `about` (an entity IRI) keeps the comparisons about that entity, comparing it as the value
    (a war's actor Turkey), or holding a claim whose value it is (the initiator one source
    names, where a single-valued relation's comparison has no value of its own) or an armed
    force of it, as comparing counts it (`sides.side`: "the Armenian army" began the war, so
    Armenia's rows hold it).

    Sorted by verdict (most severe first: `VERDICTS`), then label and relation; claims by source.
    A claim with several spans (a name used again) is quoted by its first.
    """
    wanted = {CG + v for v in verdicts}
    stands_for = _stands_for(about) if about else lambda iri: iri
    found: dict[str, dict] = {}
    mentions: set[str] = set()  # the comparisons that name `about` as subject, value or a claim's value
    for row in select(store, READ, "compare").rows:
        if row["verdict"] not in wanted:
            continue
        if about in (row["about"], row["value"], row["object"]) or row["object"] and stands_for(row["object"]) == about:
            mentions.add(row["comparison"])
        item = found.setdefault(row["comparison"], {
            "comparison": row["comparison"], "about": row["about"], "label": row["label"] or row["about"],
            "relation": row["relation"], "verdict": row["verdict"][len(CG):], "value": row["value"], "claims": {}})
        start = int(row["start"])
        if row["claim"] in item["claims"] and item["claims"][row["claim"]]["start"] <= start:
            continue
        item["claims"][row["claim"]] = {
            "claim": row["claim"], "source": row["source"], "predicate": row["p"],
            "value": row["objectLabel"] or row["object"],
            "modality": row["modality"][len(CG):], "attributed_to": row["holder"],
            "holder": row["holderLabel"] or row["holder"], "quote": row["exact"], "start": start,
            "end": int(row["end"])}
    if about:
        found = {iri: item for iri, item in found.items() if iri in mentions}
    disputed = _disputed(store)
    for item in found.values():
        claims = item["claims"]
        for iri, claim in claims.items():
            others = disputed.get((item["comparison"], iri), set()) & claims.keys()
            claim["disputed_by"] = sorted(o for o in others if claims[o]["source"] != claim["source"])
        item["claims"] = sorted(claims.values(), key=lambda c: (c["source"], c["quote"], c["value"], c["claim"]))
    return sorted(found.values(), key=lambda c: (ORDER[c["verdict"]], c["label"], c["relation"], c["value"] or "",
                                                 c["comparison"]))


def _stands_for(about: str) -> Callable[[str], str]:
    """An entity IRI -> the IRI of what it counts as when sides are compared (`sides.side`), read
    with the bundled gazetteer (every object is mapped: a state's armed forces to the state),
    so a graph built with another gazetteer loses only the forces that gazetteer adds."""
    sides = forces(load())

    def stands_for(iri: str) -> str:
        return ID + side(iri[len(ID):], sides) if iri.startswith(ID) else iri
    return stands_for


def _disputed(store: ox.Store) -> dict[tuple[str, str], set[str]]:
    """(comparison, claim) -> the claims of the sides that dispute the claim's side there."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in select(store, DISPUTES, "compare").rows:
        found[row["comparison"], row["claim"]].add(row["other"])
    return found
