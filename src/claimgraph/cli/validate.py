"""claimgraph validate: SHACL validation of a built graph; exit 1 with the violations."""

from __future__ import annotations

import json
from pathlib import Path


def register(subs) -> None:
    p = subs.add_parser("validate", help="check a graph against the SHACL shapes",
                        description="Validate a built graph against ontology/shapes.ttl. "
                                    "Exit status 1 and the violations listed when it does not conform.")
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq) or a store folder")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..store.validate import validate  # here: rdflib and pyshacl load for this command only

    report = validate(args.graph)
    if args.format == "json":
        print(json.dumps({"conforms": report.conforms, "violations": report.violations}, indent=2))
    elif report.conforms:
        print(f"{args.graph}: conforms to the SHACL shapes")
    else:
        print(f"{args.graph}: {len(report.violations)} violations")
        for v in report.violations:
            print(f"  {v['focus']}  {v['path']}  {v['message']}")
    return 0 if report.conforms else 1
