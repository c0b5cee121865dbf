"""A pattern made from a set has the same text in every process (`claimgraph.lang.longest_first`): the kept regex
table (recognise/compiled.py) is keyed by a pattern's text, and one that followed the set's hash order was a miss
in every process, which rewrote the table and grew it by an entry a run."""

import os
import subprocess
import sys

from claimgraph.lang import longest_first

SOURCE = "from claimgraph.lang.en import deaths, subject_heads; print(deaths.OURS_AFTER.pattern, subject_heads._PEOPLE)"


def test_the_longest_word_comes_first_and_ties_alphabetically():
    assert longest_first({"men", "dead", "boys", "man"}) == "boys|dead|man|men"


def test_the_dead_peoples_patterns_are_the_same_under_any_hash_seed():
    texts = {subprocess.run([sys.executable, "-c", SOURCE], env={**os.environ, "PYTHONHASHSEED": seed},
                            capture_output=True, text=True, check=True).stdout for seed in ("1", "2", "3")}
    assert len(texts) == 1
