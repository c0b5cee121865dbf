"""Where the ontology files are: inside the installed package, or beside `src/` in a checkout."""

from __future__ import annotations

from pathlib import Path


def ontology_file(name: str) -> Path:
    """Path of a file of `ontology/` (claimgraph.ttl, shapes.ttl, the gazetteer packs, queries/...)."""
    here = Path(__file__).resolve().parent
    for folder in (here / "ontology", here.parents[1] / "ontology"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"ontology file {name!r} is missing from the installation")


# The bundled gazetteer packs, lowest first (claimgraph.recognise.packs merges them in this order).
GAZETTEER_PACKS = ("world.ttl", "organisations.ttl", "gazetteer.ttl")


def gazetteer_packs() -> list[Path]:
    """The bundled gazetteer packs, lowest first."""
    return [ontology_file(name) for name in GAZETTEER_PACKS]
