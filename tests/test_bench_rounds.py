"""The rebuild benches time claimgraph's commands as an installed copy runs them: with its modules' bytecode
(pip compiles it at install), even on a machine that sets PYTHONDONTWRITEBYTECODE, where every process would
otherwise compile some 200 modules from source (about 5% of a one-shot rebuild)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_benches_processes_keep_their_bytecode_in_the_work_folder(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        import rounds
        env = rounds.installed({**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, tmp_path)
    finally:
        sys.path.remove(str(BENCH))
    assert "PYTHONDONTWRITEBYTECODE" not in env
    subprocess.run([sys.executable, "-c", "import claimgraph.cli"], env={**env, "PYTHONPATH": os.pathsep.join(sys.path)},
                   check=True)
    compiled = {path.name.split(".")[0] for path in (tmp_path / "pycache").rglob("*.pyc") if "claimgraph" in path.parts}
    assert {"__init__", "errors"} <= compiled
