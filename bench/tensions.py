"""What compare finds of the tensions the gold marks, and how many of its rows are false.

    python bench/tensions.py [--shared ../shared] [--near 250] [--format text|json]

Builds the development corpus (`shared/eval/dev` and the two seeds, as `bench/quality.py`
assembles it) and reads `claimgraph compare`'s rows from the graph.

Found. Every gold `claims_in_tension` topic held by two or more texts is a target. A row finds
it when two of its claims, of two texts, dispute each other (`disputed_by`: the row's opposite
sides), each lies within `--near` characters of (or overlaps) a gold quote of the topic in its
own text, and the two gold entries take different positions (their `this_text_says` differ and
they are not both neutral). A corroborating row finds no tension. A row checked by hand finds
the topics its judgement names, and only those: nearness is not sufficient (a row on Eritrea's
part in the Tigray war lies near the "law enforcement operation" quote, yet says nothing of how
the war is named), nor necessary (see False).

False. A row checked by hand (`bench/tensions-judged.tsv`: verdict, subject, relation, value,
sources, then true or false, the topics it finds, the reason) is what the check says: false when
its two sides do not disagree (for a corroboration, do not agree) or are about different things.
Otherwise it is judged automatically: `cross-conflict` (claims of texts on two conflicts: false),
`no-dispute` (a disputing verdict with no two claims on opposite sides: false), `gold` (near the
gold of a topic: true, unconfirmed), else `unjudged`, counted as false in the upper bound.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

import claimgraph
from claimgraph.combine import findings
from claimgraph.read import manifest, read

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import ROOT, SEEDS, conflict, corpus_folder  # noqa: E402  (the same corpus, assembled once)

JUDGED = Path(__file__).resolve().parent / "tensions-judged.tsv"
SPANS = """
SELECT DISTINCT ?claim ?start ?end WHERE {
  ?comparison a cg:Comparison ; cg:claim ?claim .
  ?annotation oa:hasBody ?claim ; oa:hasTarget/oa:hasSelector ?position .
  ?position oa:start ?start ; oa:end ?end .
}
"""


@dataclass(frozen=True)
class Gold:
    topic: str
    source: str
    position: str
    start: int
    end: int


def gold_tensions(folder: Path) -> dict[str, list[Gold]]:
    """Each topic held by two or more texts -> its gold entries, located in the texts as read."""
    corpus = manifest.load(folder / "sources.toml")
    texts = {meta.id: read(meta, corpus.folder).text for meta in corpus.sources}
    topics: dict[str, list[Gold]] = {}
    for path in sorted((folder / "gold").glob("*.yaml")):
        source = path.stem
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("claims_in_tension") or []:
            start = texts[source].find(item["quote"])
            if start < 0:
                raise SystemExit(f"Error: {path}: the quote of {item['topic']!r} is not in the text")
            topics.setdefault(item["topic"], []).append(
                Gold(item["topic"], source, item["this_text_says"], start, start + len(item["quote"])))
    return {t: g for t, g in sorted(topics.items()) if len({x.source for x in g}) > 1}


def spans(store) -> dict[str, list[tuple[int, int]]]:
    """Every span of every compared claim (a name claim has one per mention)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for row in claimgraph.select(store, SPANS).rows:
        found.setdefault(row["claim"], []).append((int(row["start"]), int(row["end"])))
    return found


def near(claim_spans: list[tuple[int, int]], gold: Gold, distance: int) -> bool:
    return any(start <= gold.end + distance and end >= gold.start - distance for start, end in claim_spans)


def differ(a: Gold, b: Gold) -> bool:
    neutral = all(g.position.lower().startswith("neutral") for g in (a, b))
    return a.source != b.source and a.position != b.position and not neutral


def finds(row: dict, golds: list[Gold], claim_spans: dict, distance: int) -> bool:
    """Two claims of the row on opposite sides, each near a gold quote of its text, positions differing."""
    if row["verdict"] == "Corroborated":
        return False
    claims = {c["claim"]: c for c in row["claims"]}
    for claim in row["claims"]:
        mine = [g for g in golds if g.source == claim["source"] and near(claim_spans[claim["claim"]], g, distance)]
        for other in (claims[o] for o in claim["disputed_by"]):
            theirs = [g for g in golds if g.source == other["source"]
                      and near(claim_spans[other["claim"]], g, distance)]
            if any(differ(a, b) for a in mine for b in theirs):
                return True
    return False


def row_key(row: dict) -> tuple[str, ...]:
    """What identifies a row across builds for the hand judgements: verdict, subject, relation,
    compared value (or the values given) and sources."""
    values = (row["value"] or "").rsplit("/", 1)[-1] or " | ".join(sorted({c["value"].rsplit("#", 1)[-1]
                                                                           for c in row["claims"]}))
    sources = " ".join(sorted({c["source"] for c in row["claims"]}))
    return row["verdict"], row["label"], row["relation"].rsplit("#", 1)[-1], values, sources


def hand_judged() -> dict[tuple[str, ...], tuple[str, set[str], str]]:
    """Row key -> (true or false, the topics it finds, why)."""
    if not JUDGED.is_file():
        return {}
    with JUDGED.open(encoding="utf-8") as handle:
        lines = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return {tuple(r[:5]): (r[5], {t for t in r[6].split(",") if t and t != "-"}, r[7]) for r in lines}


def judge(row: dict, near_topics: list[str], judged: dict) -> tuple[str, list[str], str]:
    """(judgement, the topics the row finds, reason); judgement is "true", "false" or "unjudged"."""
    if row_key(row) in judged:
        verdict, topics, reason = judged[row_key(row)]
        return verdict, sorted(topics) if verdict == "true" else [], "by hand: " + reason
    if len({conflict(c["source"]) for c in row["claims"]}) > 1:
        return "false", [], "cross-conflict"
    if row["verdict"] != "Corroborated" and not any(c["disputed_by"] for c in row["claims"]):
        return "false", [], "no-dispute"
    if near_topics:
        return "true", near_topics, "gold, not checked by hand: " + ", ".join(near_topics)
    return "unjudged", [], "not in bench/tensions-judged.tsv"


def measure(shared: Path, distance: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = corpus_folder(shared, Path(tmp) / "dev")
        claimgraph.build_corpus(folder, jobs=1)
        topics = gold_tensions(folder)
        store = claimgraph.open_store(folder / "eval-dev.trig")
        rows, claim_spans = findings.read(store), spans(store)
    judged = hand_judged()
    found: set[str] = set()
    near_found: set[str] = set()
    report = []
    for row in rows:
        near_topics = [t for t, golds in topics.items() if finds(row, golds, claim_spans, distance)]
        judgement, finding, reason = judge(row, near_topics, judged)
        found.update(finding)
        near_found.update(t for t in finding if t in near_topics)
        report.append({"key": row_key(row), "judgement": judgement, "finds": finding, "reason": reason})
    return {"near": distance, "topics": {t: {"seeds": any(g.source in SEEDS for g in topics[t]), "found": t in found,
                                             "near": t in near_found} for t in topics},
            "rows": report}


def render(result: dict) -> str:
    lines = []
    for group, seeds in (("development set", False), ("seeds", True)):
        topics = {t: v for t, v in result["topics"].items() if v["seeds"] is seeds}
        found = [t for t, v in topics.items() if v["found"]]
        lines.append(f"{group}: {len(found)}/{len(topics)} topics found (quotes within {result['near']} characters)")
        lines += [f"  {'found ' if v['found'] else 'missed'}  {t}{'' if v['near'] or not v['found'] else ' (by hand)'}"
                  for t, v in topics.items()]
    lines.append("rows:")
    for row in result["rows"]:
        finds = f" finds {', '.join(row['finds'])}" if row["finds"] else ""
        lines.append(f"  {row['judgement']:8}  {' / '.join(row['key'])}  [{row['reason']}]{finds}")
    for name, rows in (("disputing rows", [r for r in result["rows"] if r["key"][0] != "Corroborated"]),
                       ("all rows", result["rows"])):
        false = sum(r["judgement"] == "false" for r in rows)
        open_ = sum(r["judgement"] == "unjudged" for r in rows)
        share = f"{false}/{len(rows)} false ({false / len(rows):.0%})" if rows else "none"
        lines.append(f"{name}: {share}" + (f", {open_} unjudged (at most {(false + open_) / len(rows):.0%})"
                                           if open_ else ""))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--near", type=int, default=250, help="characters between a claim and a gold quote")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    if not (args.shared / "eval" / "dev").is_dir():
        sys.exit(f"Error: {args.shared / 'eval' / 'dev'}: the development set is not there; pass --shared DIR")
    result = measure(args.shared, args.near)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.format == "json" else render(result))


if __name__ == "__main__":
    main()
