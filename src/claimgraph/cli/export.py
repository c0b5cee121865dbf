"""claimgraph export: a built graph in a format other tools read (Gephi, networkx, JSON-LD, ...)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..viz.export import EXPORTERS, export

HELP = """\
Export a built graph for other tools:

  graphml, gexf   entities and one edge per claim (networkx, Gephi, yEd)
  jsonld, nquads  the whole dataset with its named graphs (pyld, rapper, any RDF store)
  turtle          claim triples + provenance, each claim node naming its triple with
                  rdf:subject/rdf:predicate/rdf:object (Turtle has no named graphs)

  claimgraph export graphs/karabakh-2020/karabakh-2020.trig --format gexf -o karabakh.gexf
"""


def register(subs) -> None:
    p = subs.add_parser("export", help="export a graph to GraphML, GEXF, JSON-LD, N-Quads or Turtle",
                        description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq)")
    p.add_argument("--format", choices=list(EXPORTERS), required=True, help="the export format")
    p.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    p.set_defaults(run=run)


def run(args) -> int:
    path = export(args.graph, args.format, args.output)
    print(f"wrote {path} ({args.format}, {path.stat().st_size:,} bytes)")
    return 0
