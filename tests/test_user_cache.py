"""The user cache of tables made from bundled data: where there is no home to keep them, nothing fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.recognise import compiled, packs
from claimgraph.resources import user_cache


@pytest.fixture()
def homeless(monkeypatch):
    """A process with no $XDG_CACHE_HOME and no home directory (`Path.home` raises as it does then)."""
    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))


def test_the_cache_lives_under_the_cache_variable_or_the_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert user_cache("regex") == tmp_path / "claimgraph" / "regex"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path / "home"))
    assert user_cache("gazetteer") == tmp_path / "home" / ".cache" / "claimgraph" / "gazetteer"


def test_without_a_home_a_table_is_made_in_the_process_and_kept_nowhere(homeless):
    made = []
    for _ in range(2):
        assert packs.cached(packs.table_cache() / "entries.pickle", list, lambda: made.append(1) or ["Shusha"]) \
            == ["Shusha"]
    assert made == [1, 1]  # nothing was kept for the second call to read
    assert not packs.table_cache().exists()


def test_without_a_home_patterns_compile_as_ever_and_no_table_is_written(homeless):
    re.purge()
    with compiled.kept():
        found = re.compile(r"cease-?fire\s+(?:of|on)\s+\d+")
    assert found.search("a ceasefire of 10 November")
    assert compiled._read() == {} and not compiled._path().exists()
