"""Where the ontology files are: inside the installed package, or beside `src/` in a checkout."""

from __future__ import annotations

from pathlib import Path


def ontology_file(name: str) -> Path:
    """Path of a file of `ontology/` (claimgraph.ttl, shapes.ttl, gazetteer.ttl, queries/...)."""
    here = Path(__file__).resolve().parent
    for folder in (here / "ontology", here.parents[1] / "ontology"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"ontology file {name!r} is missing from the installation")
