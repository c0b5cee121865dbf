"""claimgraph compare: where the sources of a built graph agree, differ and contradict each other."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox

from ..query import compact
from ..rdf.terms import VERDICTS
from ..store import open_store

HELP = """\
List the comparisons stored in a built graph: for each subject and relation two or more
sources speak about, whether they corroborate each other (same value), differ (different
values of a date, a count, the initiator; different names) or contradict each other (one
asserts what another denies or doubts). Every row carries each source's words.

  claimgraph compare graphs/karabakh-2020/karabakh-2020.trig
  claimgraph compare GRAPH --verdict Contradicts --format json
"""
QUOTE = 90  # characters of a quote shown in the table; json and csv give it whole


def register(subs) -> None:
    p = subs.add_parser("compare", help="where the sources agree, differ and contradict each other",
                        description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq)")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("--verdict", action="append", choices=VERDICTS, metavar="VERDICT",
                   help=f"only these verdicts ({', '.join(VERDICTS)}); repeatable")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..compare import read  # here: comparing loads the gazetteer (spaCy), reading a graph does not

    comparisons = read(open_store(args.graph), args.verdict or VERDICTS)
    print({"json": as_json, "csv": as_csv}.get(args.format, as_table)(comparisons), end="")
    return 0


def as_json(comparisons: list[dict]) -> str:
    return json.dumps(comparisons, indent=2, ensure_ascii=False) + "\n"


def as_csv(comparisons: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["verdict", "about", "label", "relation", "value", "source", "claim_value", "modality",
                     "attributed_to", "quote", "claim", "comparison"])
    for c in comparisons:
        for claim in c["claims"]:
            writer.writerow([c["verdict"], c["about"], c["label"], c["relation"], c["value"] or "", claim["source"],
                             claim["value"], claim["modality"], claim["attributed_to"] or "", claim["quote"],
                             claim["claim"], c["comparison"]])
    return out.getvalue()


def as_table(comparisons: list[dict]) -> str:
    """One block per comparison: verdict, subject and relation once, then one line per claim."""
    header = ["verdict", "about", "relation", "source", "value", "modality", "quote"]
    rows = []
    for c in comparisons:
        first = [c["verdict"], c["label"], _short(c["relation"])]
        for i, claim in enumerate(c["claims"]):
            modality = claim["modality"] + (f" ({_short(claim['attributed_to'])})" if claim["attributed_to"] else "")
            quote = " ".join(claim["quote"].split())
            quote = quote if len(quote) <= QUOTE else quote[:QUOTE - 1] + "…"
            rows.append((first if i == 0 else ["", "", ""]) + [claim["source"], claim["value"], modality, f"“{quote}”"])
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header[:-1])]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths + [0])).rstrip()]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths + [0])).rstrip() for row in rows]
    lines.append(f"({len(comparisons)} comparison{'s' if len(comparisons) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _short(iri: str) -> str:
    return compact(ox.NamedNode(iri))
