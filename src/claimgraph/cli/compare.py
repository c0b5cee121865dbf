"""claimgraph compare: where the sources of a built graph agree, differ and contradict each other."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox

from ..rdf.terms import VERDICTS, entity_iri, slug
from ..store.graph import open_store
from ..store.query import compact, term

HELP = """\
List the comparisons stored in a built graph, within each story (the sources on one conflict):
for each thing two or more sources speak about, whether one source's value contradicts
another's (who began it), one denies what another states, one only alleges it, the dates or
figures differ, the sources name it differently (Artsakh / Karabakh, not a spelling such as
Shusha / Shushi), or they corroborate each other. Every row gives each side: source, words,
modality, who holds an attributed claim, and the claims on the other side (json, csv).

  claimgraph compare graphs/karabakh-2020/karabakh-2020.trig
  claimgraph compare GRAPH --about id:turkey --verdict Denied --format json
  claimgraph compare GRAPH --verdict NamedDifferently --format csv
"""
QUOTE = 90  # characters of a quote shown in the table; json and csv give it whole
KINDS = {v.casefold(): v for v in VERDICTS}


def register(subs) -> None:
    p = subs.add_parser("compare", help="where the sources agree, differ, contradict, deny and allege",
                        description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq) or store folder")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("--verdict", action="append", type=verdict, metavar="KIND",
                   help=f"only these verdicts ({', '.join(VERDICTS)}; any case); repeatable")
    p.add_argument("--about", metavar="ENTITY",
                   help="only comparisons about this entity or comparing it as a value: id:turkey, an IRI or a name")
    p.set_defaults(run=run)


def verdict(text: str) -> str:
    """A verdict kind in any case ("denied", "NAMEDDIFFERENTLY"); argparse reports a wrong one."""
    if text.casefold() not in KINDS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a verdict: choose from {', '.join(VERDICTS)}")
    return KINDS[text.casefold()]


def entity(text: str) -> str:
    """An entity IRI from id:slug, <iri>, an http(s) IRI, or a name ("Turkey" -> id:turkey)."""
    found = term(text, "--about")
    return found.value if isinstance(found, ox.NamedNode) else entity_iri(slug(text))


def run(args) -> int:
    from ..combine.findings import read  # here: comparing loads the gazetteer (spaCy), reading a graph does not

    about = entity(args.about) if args.about else None
    comparisons = read(open_store(args.graph), args.verdict or VERDICTS, about)
    print({"json": as_json, "csv": as_csv}.get(args.format, as_table)(comparisons), end="")
    return 0


def as_json(comparisons: list[dict]) -> str:
    return json.dumps(comparisons, indent=2, ensure_ascii=False) + "\n"


def as_csv(comparisons: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["verdict", "about", "label", "relation", "value", "source", "claim_value", "modality",
                     "attributed_to", "holder", "quote", "start", "end", "claim", "disputed_by", "comparison"])
    for c in comparisons:
        for claim in c["claims"]:
            writer.writerow([c["verdict"], c["about"], c["label"], c["relation"], c["value"] or "", claim["source"],
                             claim["value"], claim["modality"], claim["attributed_to"] or "", claim["holder"] or "",
                             claim["quote"], claim["start"], claim["end"], claim["claim"],
                             " ".join(claim["disputed_by"]), c["comparison"]])
    return out.getvalue()


def as_table(comparisons: list[dict]) -> str:
    """One block per comparison: verdict, subject and relation once, then one line per claim,
    with who holds it where the source attributes it (json and csv also give `disputed_by`)."""
    header = ["verdict", "about", "relation", "source", "value", "modality", "quote"]
    rows = []
    for c in comparisons:
        first = [c["verdict"], c["label"], _short(c["relation"])]
        for i, claim in enumerate(c["claims"]):
            modality = claim["modality"] + (f" ({claim['holder']})" if claim["holder"] else "")
            quote = " ".join(claim["quote"].split())
            quote = quote if len(quote) <= QUOTE else quote[:QUOTE - 1] + "…"
            value = _short(claim["value"]) if claim["value"].startswith("http") else claim["value"]  # a class: cg:War
            if claim["predicate"] != c["relation"]:  # a sub-property says which: "cg:createsState Bosnia"
                value = f"{_short(claim['predicate'])} {value}"
            rows.append((first if i == 0 else ["", "", ""]) + [claim["source"], value, modality, f"“{quote}”"])
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header[:-1])]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths + [0])).rstrip()]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths + [0])).rstrip() for row in rows]
    lines.append(f"({len(comparisons)} comparison{'s' if len(comparisons) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _short(iri: str) -> str:
    return compact(ox.NamedNode(iri))
