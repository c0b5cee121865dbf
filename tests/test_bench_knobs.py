"""bench/heldout.py turns the library's knobs by module and name: a constant moved to another module would
stop the benchmark at its start (session 24's split of extract/dates/attach.py did), so every knob is read
here."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_every_knob_the_held_out_bench_turns_is_a_constant_of_the_library():
    sys.path.insert(0, str(BENCH))
    try:
        import heldout
        knobs = heldout.knobs()
    finally:
        sys.path.remove(str(BENCH))
    assert len(knobs) >= 10 and all(knob.default in knob.values for knob in knobs)
