"""The front door: what a new user meets first, on a machine that is not the developers'.

The README's test command on a machine without Debian's chromium and rapper, and the
README's import pattern (`from claimgraph.run.build import build_corpus`) beside the
package's own `claimgraph.build(...)`: the module and the function no longer share a name.
"""

from __future__ import annotations

import os
import subprocess
import sys

from claimgraph.cli import main

from .conftest import CORPUS, ROOT

NEEDS_TOOLS = ["tests/test_export.py::test_nquads_open_in_rapper_with_every_quad",
               "tests/test_build.py::test_an_independent_parser_reads_the_trig", "tests/test_viz_page.py"]


def test_without_chromium_and_rapper_their_tests_skip_and_say_how_to_get_them(tmp_path):
    """PATH holds neither tool: every test that needs one is skipped with the apt-get line, none fails."""
    env = {**os.environ, "PATH": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *NEEDS_TOOLS],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    summary = result.stdout.strip().splitlines()[-1]
    assert result.returncode == 0 and "failed" not in summary and "error" not in summary, result.stdout[-3000:]
    assert "passed" not in summary and "skipped" in summary, summary
    assert "apt-get install raptor2-utils" in result.stdout and "apt-get install chromium" in result.stdout


IMPORT_THEN_CALL = """
from claimgraph.run.build import build_corpus
import claimgraph
import claimgraph.run.build
assert callable(claimgraph.build) and claimgraph.build.__name__ == "build", claimgraph.build
assert claimgraph.build_corpus is build_corpus and claimgraph.run.build.build is claimgraph.build
print("ok")
"""


def test_importing_from_the_build_module_keeps_the_build_function():
    result = subprocess.run([sys.executable, "-c", IMPORT_THEN_CALL], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr


def test_validate_and_eval_take_a_store_folder_as_the_readme_promises(built, tmp_path):
    store = tmp_path / "karabakh.oxigraph"
    assert main(["load", str(built), "--store", str(store)]) == 0
    assert main(["validate", str(store)]) == 0
    gold = ROOT / "tests" / "gold" / "asker-ozpinar-2021.yaml"
    text = CORPUS / "sources" / "asker-ozpinar-2021.txt"
    assert main(["eval", str(store), "--gold", str(gold), "--text", str(text), "--format", "json"]) == 0
