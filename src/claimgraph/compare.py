"""Compare: where the sources agree, differ and contradict each other.

Claims are grouped by what they are about, and each group gets a verdict:

- a single-valued relation (a date, a quantity, the initiator), per (subject, relation):
  Corroborated when two sources give the same value (the claims with it), Differs when
  the sources' values are not the same (every claim; a year does not differ from a day
  within it), Contradicts when one source asserts a value another denies or doubts;
- a many-valued relation (actors, parties, places), per (subject, relation, value):
  Corroborated, Contradicts (asserted by one, denied or doubted by another);
- the names of an entity (skos:altLabel), per subject: Corroborated when every source
  uses the same names, else Differs;
- a group only one source speaks to gets no comparison (DESIGN.md: comparisons exist only
  where two or more sources speak about the same thing).

An armed force counts as its state ("the Turkish army did not participate" and "Turkey
provided military assistance" are about one actor). No value is ever merged or chosen:
a comparison only points at the claims, which keep their own words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from .link import side
from .model import Claim, Extraction, Literal
from .query import select
from .rdf.terms import CG, DATE_RELATIONS, QUANTITY_RELATIONS, RELATIONS
from .recognise.packs import Entry, load

METHOD = "compare.v1"
SINGLE_VALUED = frozenset((*DATE_RELATIONS, *QUANTITY_RELATIONS, "initiatedBy"))
MANY_VALUED = frozenset(r for r in RELATIONS if r not in SINGLE_VALUED)
NAMES = "altLabel"
COMPARED = SINGLE_VALUED | MANY_VALUED | {NAMES}
DOUBTED = {"Denied", "Unconfirmed"}


@dataclass(frozen=True)
class Comparison:
    about: str
    relation: str
    verdict: str
    claims: tuple[Claim, ...]
    value: str | None = None  # the entity compared, for a many-valued relation


def compare(extractions: Iterable[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[Comparison]:
    """Every comparison of the extractions' claims, sorted."""
    entries = load() if gazetteer is None else gazetteer
    sides = {eid: e.force_of for eid, e in entries.items() if e.force_of}
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for ex in extractions:
        for claim in ex.claims:
            if claim.predicate in COMPARED:
                groups[claim.subject, claim.predicate].append(claim)
    found: list[Comparison] = []
    for (about, relation), claims in sorted(groups.items()):
        if len(_sources(claims)) < 2:
            continue
        if relation == NAMES:
            made = [_names(about, claims)]
        elif relation in SINGLE_VALUED:
            made = _single(about, relation, claims, sides)
        else:
            made = _many(about, relation, claims, sides)
        found += sorted(made, key=lambda c: (c.value or "", c.verdict, _ids(c.claims))) if len(made) > 1 else made
    return found


def _key(claim: Claim, sides: dict[str, str]) -> str:
    return claim.obj.value if isinstance(claim.obj, Literal) else side(claim.obj, sides)


def _id(claim: Claim) -> tuple:
    return claim.source, claim.start, claim.end, claim.subject, claim.predicate, str(claim.obj), claim.method


def _ids(claims: Iterable[Claim]) -> list[tuple]:
    return [_id(c) for c in claims]


def _sorted(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Claims in a fixed order (each claim is in its group once: no duplicates to drop)."""
    return tuple(sorted(claims, key=_id))


def _sources(claims: Iterable[Claim]) -> set[str]:
    return {c.source for c in claims}


def _contradicted(claims: list[Claim]) -> bool:
    """One source asserts what another source denies or doubts."""
    asserted = _sources(c for c in claims if c.modality not in DOUBTED)
    doubted = _sources(c for c in claims if c.modality in DOUBTED)
    return bool(asserted and doubted and (len(asserted | doubted) > 1))


def _many(about: str, relation: str, claims: list[Claim], sides: dict[str, str]) -> list[Comparison]:
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_value[_key(claim, sides)].append(claim)
    return [Comparison(about, relation, "Contradicts" if _contradicted(group) else "Corroborated",
                       _sorted(group), value)
            for value, group in sorted(by_value.items()) if len(_sources(group)) > 1]


def _single(about: str, relation: str, claims: list[Claim], sides: dict[str, str]) -> list[Comparison]:
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_value[_key(claim, sides)].append(claim)
    found = [Comparison(about, relation, "Contradicts", _sorted(g)) for _, g in sorted(by_value.items())
             if _contradicted(g)]
    asserted = {v: [c for c in g if c.modality not in DOUBTED] for v, g in by_value.items()}
    coarse = _coarse(asserted)
    precise = {v: g for v, g in asserted.items() if g and v not in coarse}
    shared = [c for g in precise.values() if len(_sources(g)) > 1 for c in g]
    if shared:
        found.append(Comparison(about, relation, "Corroborated", _sorted(shared)))
    per_source = defaultdict(set)
    for value, group in precise.items():
        for source in _sources(group):
            per_source[source].add(value)
    if len(per_source) > 1 and len({frozenset(v) for v in per_source.values()}) > 1:
        found.append(Comparison(about, relation, "Differs", _sorted(c for g in precise.values() for c in g)))
    return found


def _coarse(values: Iterable[str]) -> set[str]:
    """The values that another value is more precise than: a year or month does not differ
    from a day or month within it ("2020" given "2020-09-27")."""
    return {value[:i] for value in values for i, char in enumerate(value) if char == "-"}


def _names(about: str, claims: list[Claim]) -> Comparison:
    first: dict[tuple[str, str], Claim] = {}
    for claim in sorted(claims, key=_id):
        first.setdefault((claim.source, claim.obj.value), claim)
    names: dict[str, set[str]] = defaultdict(set)
    for source, name in first:
        names[source].add(name)
    verdict = "Corroborated" if len({frozenset(n) for n in names.values()}) == 1 else "Differs"
    return Comparison(about, NAMES, verdict, _sorted(first.values()))


ORDER = {"Contradicts": 0, "Differs": 1, "Corroborated": 2}
READ = """
SELECT ?comparison ?about ?label ?relation ?verdict ?value ?claim ?source ?object ?objectLabel ?modality ?holder
       ?exact ?start
WHERE {
  ?comparison a cg:Comparison ; cg:about ?about ; cg:relation ?relation ; cg:verdict ?verdict ; cg:claim ?claim .
  OPTIONAL { ?comparison cg:value ?value }
  OPTIONAL { ?about rdfs:label ?label }
  ?claim prov:wasDerivedFrom/dcterms:identifier ?source ; cg:modality ?modality .
  OPTIONAL { ?claim cg:attributedTo ?holder }
  GRAPH ?claim { ?s ?p ?object }
  OPTIONAL { ?object rdfs:label ?objectLabel }
  ?annotation oa:hasBody ?claim ; oa:hasTarget ?target .
  ?target oa:hasSelector ?quote, ?position . ?quote oa:exact ?exact . ?position oa:start ?start .
}
"""


def read(store: ox.Store, verdicts: Iterable[str] = ("Contradicts", "Differs", "Corroborated")) -> list[dict]:
    """The comparisons stored in a built graph, each with its claims' sources, values and quotes.

    Sorted by verdict (contradictions first), then label and relation; claims by source. A claim
    with several spans (a name used again) is quoted by its first.
    """
    wanted = {CG + v for v in verdicts}
    found: dict[str, dict] = {}
    for row in select(store, READ, "compare").rows:
        if row["verdict"] not in wanted:
            continue
        item = found.setdefault(row["comparison"], {
            "comparison": row["comparison"], "about": row["about"], "label": row["label"] or row["about"],
            "relation": row["relation"], "verdict": row["verdict"][len(CG):], "value": row["value"], "claims": {}})
        start = int(row["start"])
        if row["claim"] in item["claims"] and item["claims"][row["claim"]]["start"] <= start:
            continue
        item["claims"][row["claim"]] = {
            "claim": row["claim"], "source": row["source"], "value": row["objectLabel"] or row["object"],
            "modality": row["modality"][len(CG):], "attributed_to": row["holder"], "quote": row["exact"],
            "start": start}
    for item in found.values():
        item["claims"] = [{k: v for k, v in c.items() if k != "start"} for c in item["claims"].values()]
        item["claims"].sort(key=lambda c: (c["source"], c["quote"], c["value"], c["claim"]))
    return sorted(found.values(), key=lambda c: (ORDER[c["verdict"]], c["label"], c["relation"], c["value"] or "",
                                                 c["comparison"]))
