"""Evaluate a built graph against a hand-written gold file (format: shared/eval/README.md).

What is scored, for one source of the graph (`source`, by default the stem of the gold
file's `text`):

- Predicted entities: every entity that is the subject of a typing claim of that source;
  its top classes are the top classes those claims give it; its names are its rdfs:label,
  the oa:exact of its typing claims (the source's names for it) and its spans are the
  oa:start/oa:end of those claims.
- A gold entity and a predicted entity match when
  1. they share a Wikidata IRI (owl:sameAs), or
  2. a gold name or alias equals a predicted name, compared case-insensitively with
     dashes, apostrophes and white space normalised and a leading "the" dropped (an
     article is no part of a name: a gold alias "the war" is the source's name "war"), or
  3. (events and agreements only) a typing claim of the predicted entity overlaps the
     gold item's `quote` in the source text: a gold event without aliases is found where
     the text tells it.
- Counting is one-to-one (a maximum bipartite matching): one predicted entity finds one
  gold entity, so an event split into two entities costs precision. Among the matchings
  of that size, events and agreements take the one whose pairs agree most on dates and
  roles; the matching is exact and the same on every run.
- Per type T (Actor, Place, Agreement, Event): recall is over gold entities whose `type`
  is T, matched by a prediction typed T or their `alt_type`; precision is over predictions
  typed T, matched by a gold entity whose `type` or `alt_type` is T. So a state (`Actor`,
  `alt_type: Place`) counts under either type and is missed under neither.
- `events` and `agreements` score the gold lists of the same names (matched as above,
  aliases from the gold entity of the same name) against predictions typed Event and
  Agreement; date accuracy compares, for each gold date that is not null, the matched
  prediction's cg:startDate / cg:endDate (events) or cg:date (agreements) claims of this
  source: right when the gold value is among them (so a date is right only at the gold's
  precision: "2020" is not "2020-09-27"). Roles compare gold actors and places (parties for
  agreements) with the predicted cg:hasActor, cg:target, cg:initiatedBy, cg:hasPlace
  (cg:party) objects, by rules 1 and 2. A claim the source denies (cg:Denied: "Eritrea was
  not a party to it") predicts no date and no role.
- `metadata_entities` (authors, publishers) are not story entities: the report counts
  how many of them the graph nevertheless types in this source (leaks; 0 is right).
- Gold events the text does not tell as fact (`UNTOLD`: `alleged`, someone's claim;
  `stipulated`, a provision, demand or plan) that the graph asserts where the gold quote
  tells them (their typing claim there is cg:Asserted) are listed per status (0 is right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from scipy.optimize import linear_sum_assignment

from ..errors import ClaimgraphError
from ..rdf.terms import CG, TOP_CLASSES, WD, source_iri
from ..store.graph import open_store
from ..store.query import select

# Gold statuses of events the text does not tell as fact: someone's claim, a provision of an agreement.
# The graph should not store them as asserted; each is counted apart.
UNTOLD = ("alleged", "stipulated")
DATE_PREDICATES = {"Event": {"start": "startDate", "end": "endDate"}, "Agreement": {"date": "date"}}


class GoldError(ClaimgraphError):
    """A gold file cannot be read, or does not fit the graph it is scored against."""


@dataclass
class Item:
    """A gold entity, event or agreement, or a predicted entity: what matching needs."""

    id: str
    names: set[str]
    types: set[str]
    wikidata: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    dates: dict[str, set[str]] = field(default_factory=dict)  # key -> values
    roles: set[str] = field(default_factory=set)  # role fillers: gold names, or predicted ids
    primary: str = ""  # the gold `type`; for a prediction, unused
    status: str = "occurred"  # a gold event's status; a prediction's typing claims are in `asserted`
    asserted: list[bool] = field(default_factory=list)  # per span: is that typing claim cg:Asserted?


@dataclass
class Score:
    predicted: int
    gold: int
    tp_predicted: int
    tp_gold: int

    @property
    def precision(self) -> float:
        return self.tp_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "predicted": self.predicted, "gold": self.gold,
                "tp_predicted": self.tp_predicted, "tp_gold": self.tp_gold}


@dataclass
class Report:
    source: str
    gold_file: str
    types: dict[str, Score]
    events: Score
    agreements: Score
    dates: tuple[int, int]  # right, gold dates
    roles: Score
    metadata_leaks: list[str]
    metadata_total: int
    asserted: dict[str, list[str]] = field(default_factory=dict)  # status in UNTOLD -> its gold events the graph asserts
    untold: dict[str, int] = field(default_factory=dict)  # status in UNTOLD -> its gold events
    missed: dict[str, list[str]] = field(default_factory=dict)  # score name -> gold names not found

    def as_dict(self) -> dict:
        return {"source": self.source, "gold": self.gold_file,
                **{status: {"asserted": self.asserted.get(status, []), "total": self.untold.get(status, 0)}
                   for status in UNTOLD},
                "missed": self.missed,
                "types": {t: s.as_dict() for t, s in self.types.items()},
                "events": self.events.as_dict(), "agreements": self.agreements.as_dict(),
                "dates": {"right": self.dates[0], "gold": self.dates[1],
                          "accuracy": round(self.dates[0] / self.dates[1], 3) if self.dates[1] else None},
                "roles": self.roles.as_dict(),
                "metadata": {"leaked": self.metadata_leaks, "total": self.metadata_total}}


def norm(name: str) -> str:
    """The form names are compared in: case-folded, one kind of dash, apostrophe and space, and
    without a leading definite article, which is no part of a name ("the war" and "war", "the
    Netherlands" and "Netherlands" are one name)."""
    name = re.sub(r"[\u2010-\u2015\u2212]", "-", name).replace("’", "'").replace("‘", "'")
    return re.sub(r"^the ", "", " ".join(name.casefold().split()))


def evaluate(graph: Path, gold_path: Path, source: str | None = None, text_path: Path | None = None) -> Report:
    """Score the claims of one source in `graph` against the gold file at `gold_path`."""
    gold = _load_gold(gold_path)
    source = source or Path(gold["text"]).stem
    text = _find_text(gold["text"], graph, gold_path, text_path).read_text(encoding="utf-8")
    predicted = _predicted(open_store(graph), source, gold_path)
    entities = [_gold_entity(e, i) for i, e in enumerate(gold.get("entities") or [])]
    by_name = {e.id: e for e in entities}
    events = [_gold_item(e, "Event", by_name, text, gold_path) for e in gold.get("events") or []]
    agreements = [_gold_item(a, "Agreement", by_name, text, gold_path) for a in gold.get("agreements") or []]
    quotes = {i.id: i.spans for i in events + agreements}
    for e in entities:
        e.spans = quotes.get(e.id, [])
    metadata = [_gold_entity(e, i) for i, e in enumerate(gold.get("metadata_entities") or [])]
    pairs_e, events_score = _score_list(events, predicted, "Event", by_name)
    pairs_a, agreements_score = _score_list(agreements, predicted, "Agreement", by_name)
    types = {t: _score_type(entities, predicted, t) for t in TOP_CLASSES}
    matched = {id(g) for g, _ in pairs_e + pairs_a}
    missed = {t: names for t, (_, names) in types.items()}
    missed["events"] = [g.id for g in events if id(g) not in matched]
    missed["agreements"] = [g.id for g in agreements if id(g) not in matched]
    return Report(
        source=source, gold_file=str(gold_path),
        types={t: score for t, (score, _) in types.items()},
        events=events_score, agreements=agreements_score,
        dates=_dates(events + agreements, pairs_e + pairs_a), roles=_roles(pairs_e + pairs_a, by_name, predicted),
        metadata_leaks=sorted(g.id for g in metadata if any(_matches(g, p) for p in predicted.values())),
        metadata_total=len(metadata),
        asserted={status: [g.id for g, p in pairs_e if g.status == status and _asserted_at(g, p)] for status in UNTOLD},
        untold={status: sum(1 for g in events if g.status == status) for status in UNTOLD}, missed=missed)


def _asserted_at(gold: Item, pred: Item) -> bool:
    """Does the graph assert the predicted event where the gold quote tells it (or, when none of
    its mentions stands in the quote, anywhere)?"""
    inside = [a for (s, e), a in zip(pred.spans, pred.asserted) if any(s < qe and qs < e for qs, qe in gold.spans)]
    return any(inside or pred.asserted)


def load_yaml(path: Path):
    """The YAML file at `path`, read safely, by libyaml where PyYAML was built with it: the pure-Python
    loader took 16 s of CPU for bench/fresh's 192 gold files (3.7 MB), libyaml 2.7 s, giving the same data."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _load_gold(path: Path) -> dict:
    try:
        gold = load_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(path, f"cannot read the gold file ({exc})") from None
    if not isinstance(gold, dict) or "text" not in gold:
        raise GoldError(path, "not a gold file: it needs a top-level `text:` key (see shared/eval/README.md)")
    return gold


def _find_text(name: str, graph: Path, gold_path: Path, given: Path | None) -> Path:
    """The annotated text: given, or beside the gold file, in a texts/ folder beside the gold's
    folder (the development set's layout), or in the graph's sources/ folder."""
    candidates = [given] if given else [gold_path.parent / name, gold_path.parent.parent / "texts" / name,
                                        graph.parent / "sources" / name, graph.parent / name]
    for path in candidates:
        if path.is_file():
            return path
    raise GoldError(gold_path, f"cannot find the annotated text {name!r} (looked in "
                               f"{', '.join(str(c) for c in candidates)}); pass --text FILE")


def _gold_entity(raw: dict, index: int) -> Item:
    types = {raw.get("type"), raw.get("alt_type")} - {None}
    qid = raw.get("wikidata")
    names = {norm(n) for n in [raw.get("name"), *(raw.get("aliases") or [])] if n}
    return Item(id=raw.get("name") or f"#{index}", names=names, types=types, primary=raw.get("type") or "",
                wikidata=f"{WD}{qid}" if qid else None)


def _gold_item(raw: dict, kind: str, entities: dict[str, Item], text: str, gold_path: Path) -> Item:
    entity = entities.get(raw["name"])
    quote = raw.get("quote") or ""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)] if quote else []
    if quote and not spans:
        raise GoldError(gold_path, f"the quote of {raw['name']!r} is not in the text")
    dates = {key: {str(raw[key])} for key in DATE_PREDICATES[kind] if raw.get(key)}
    roles = set(raw.get("actors") or []) | set(raw.get("places") or []) | set(raw.get("parties") or [])
    return Item(id=raw["name"], names=entity.names if entity else {norm(raw["name"])}, types={kind}, primary=kind,
                wikidata=entity.wikidata if entity else None, spans=spans, dates=dates, roles=roles,
                status=raw.get("status") or "occurred")


PREDICTED = """
SELECT ?e ?top ?exact ?start ?end ?label ?wd ?modality WHERE {
  ?c prov:wasDerivedFrom $source ; cg:modality ?modality . GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* ?top .
  VALUES ?top { cg:Actor cg:Place cg:Agreement cg:Event }
  ?ann oa:hasBody ?c ; oa:hasTarget ?t . ?t oa:hasSelector ?q, ?p .
  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
  OPTIONAL { ?e rdfs:label ?label } OPTIONAL { ?e owl:sameAs ?wd }
}"""

FACTS = """
SELECT ?e ?p ?o WHERE {
  ?c prov:wasDerivedFrom $source ; cg:modality ?modality . GRAPH ?c { ?e ?p ?o }
  FILTER(?modality != cg:Denied)
  VALUES ?p { cg:startDate cg:endDate cg:date cg:hasActor cg:target cg:initiatedBy cg:hasPlace cg:party }
}"""


def _predicted(store, source: str, gold_path: Path) -> dict[str, Item]:
    params = {"source": f"<{source_iri(source)}>"}
    items: dict[str, Item] = {}
    for row in _select(store, PREDICTED, params):
        item = items.setdefault(row["e"], Item(id=row["e"], names=set(), types=set(), wikidata=row["wd"]))
        item.types.add(row["top"].rsplit("#", 1)[1])
        item.names |= {norm(row["exact"])} | ({norm(row["label"])} if row["label"] else set())
        item.spans.append((int(row["start"]), int(row["end"])))
        item.asserted.append(row["modality"] == f"{CG}Asserted")
    if not items:
        raise GoldError(gold_path, f"the graph has no typed entity from source {source!r}; pass --source ID")
    for row in _select(store, FACTS, params):
        if row["e"] in items:
            name = row["p"].rsplit("#", 1)[1]
            if name in ("startDate", "endDate", "date"):
                items[row["e"]].dates.setdefault(name, set()).add(row["o"])
            else:
                items[row["e"]].roles.add(row["o"])
    return items


def _select(store, sparql: str, params: dict[str, str]) -> list[dict]:
    for key, value in params.items():
        sparql = sparql.replace(f"${key}", value)
    return select(store, sparql, "eval").rows


def _matches(gold: Item, pred: Item) -> bool:
    if gold.wikidata and gold.wikidata == pred.wikidata:
        return True
    if gold.names & pred.names:
        return True
    return any(s < qe and qs < e for s, e in pred.spans for qs, qe in gold.spans)


def _matching(golds: list[Item], preds: list[Item], ok, agreement=lambda g, p: 0.0) -> dict[int, str]:
    """A one-to-one matching, gold index -> predicted id: as many pairs as possible, and among
    those, the pairs that agree most (`agreement(g, p)` in [0, 1]: their dates and roles).

    Solved exactly as an assignment problem (rows and columns in a fixed order), so the
    scores are the same on every run.
    """
    preds = sorted(preds, key=lambda p: p.id)
    bonus = 1 / (min(len(golds), len(preds)) + 1)  # all the bonuses together are worth less than one pair
    weights = np.zeros((len(golds), len(preds)))
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if ok(g, p):
                weights[i, j] = 1 + bonus * agreement(g, p)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return {int(i): preds[j].id for i, j in zip(rows, cols) if weights[i, j] > 0}


def _score_type(entities: list[Item], predicted: dict[str, Item], top: str) -> tuple[Score, list[str]]:
    """The score of one top class, and the gold names of that class not found."""
    golds = [g for g in entities if g.primary == top]
    found = _matching(golds, list(predicted.values()), lambda g, p: bool(g.types & p.types) and _matches(g, p))
    preds = [p for p in predicted.values() if top in p.types]
    right = _matching([g for g in entities if top in g.types], preds, _matches)
    missed = [g.id for i, g in enumerate(golds) if i not in found]
    return Score(predicted=len(preds), gold=len(golds), tp_predicted=len(right), tp_gold=len(found)), missed


def _score_list(golds: list[Item], predicted: dict[str, Item], top: str,
                entities: dict[str, Item]) -> tuple[list[tuple[Item, Item]], Score]:
    preds = [p for p in predicted.values() if top in p.types]

    def agreement(gold: Item, pred: Item) -> float:
        roles = _pair_roles(gold, pred, entities, predicted)
        return (_pair_dates(gold, pred) / len(gold.dates) if gold.dates else 0.0) / 2 + roles.f1 / 2

    found = _matching(golds, preds, _matches, agreement)
    pairs = [(golds[i], predicted[pid]) for i, pid in sorted(found.items())]
    return pairs, Score(predicted=len(preds), gold=len(golds), tp_predicted=len(found), tp_gold=len(found))


def _dates(golds: list[Item], pairs: list[tuple[Item, Item]]) -> tuple[int, int]:
    """(right, total) over the gold dates that are not null; an unmatched item's dates are wrong."""
    return sum(_pair_dates(gold, pred) for gold, pred in pairs), sum(len(g.dates) for g in golds)


def _pair_dates(gold: Item, pred: Item) -> int:
    keys = DATE_PREDICATES[gold.primary]
    return sum(1 for key, values in gold.dates.items() if values & pred.dates.get(keys[key], set()))


def _roles(pairs: list[tuple[Item, Item]], entities: dict[str, Item], predicted: dict[str, Item]) -> Score:
    """Role fillers of the matched events and agreements, by name or Wikidata IRI."""
    score = Score(0, 0, 0, 0)
    for gold, pred in pairs:
        pair = _pair_roles(gold, pred, entities, predicted)
        score.gold += pair.gold
        score.predicted += pair.predicted
        score.tp_gold += pair.tp_gold
        score.tp_predicted += pair.tp_predicted
    return score


def _pair_roles(gold: Item, pred: Item, entities: dict[str, Item], predicted: dict[str, Item]) -> Score:
    wanted = [entities.get(name) or Item(id=name, names={norm(name)}, types=set()) for name in sorted(gold.roles)]
    given = [predicted[r] for r in sorted(pred.roles) if r in predicted]
    return Score(predicted=len(given), gold=len(wanted),
                 tp_predicted=sum(1 for g in given if any(_matches(w, g) for w in wanted)),
                 tp_gold=sum(1 for w in wanted if any(_matches(w, g) for g in given)))


def render(report: Report) -> str:
    """The report as an aligned text table for people."""
    lines = [f"{report.source} against {report.gold_file}",
             f"{'':12}{'P':>7}{'R':>7}{'F1':>7}   right/predicted  found/gold"]

    def row(name: str, s: Score) -> str:
        return (f"{name:12}{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}   "
                f"{f'{s.tp_predicted}/{s.predicted}':>15}  {f'{s.tp_gold}/{s.gold}':>10}")

    lines += [row(t, s) for t, s in report.types.items()]
    lines += [row("events", report.events), row("agreements", report.agreements), row("roles", report.roles)]
    right, total = report.dates
    lines.append(f"{'dates':12}{right}/{total} right" + (f" ({right / total:.2f})" if total else ""))
    for status in UNTOLD:
        asserted = report.asserted.get(status, [])
        lines.append(f"{status:12}{len(asserted)}/{report.untold.get(status, 0)} {status} events stored as "
                     f"asserted ({', '.join(asserted) or 'none'})")
    leaks = ", ".join(report.metadata_leaks) or "none"
    lines.append(f"{'metadata':12}{len(report.metadata_leaks)}/{report.metadata_total} typed as story entities ({leaks})")
    return "\n".join(lines)
