"""The patterns kept compiled between processes (`claimgraph.recognise.compiled`): each made from the table is the
pattern `re` compiles, and a table that cannot be trusted is no table."""

import re

import pytest

from claimgraph.recognise import compiled

PATTERNS = [(r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)", 0), (r"\bits\s+(?:own\s+)?troops\b", re.IGNORECASE),
            (r"(?i)(?<![\w-])[A-Z][\w'-]*(?=\s+said)", 0), (rb"\x00+", 0)]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A user cache of the test's own, and no table read yet in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(compiled, "_table", None)
    monkeypatch.setattr(compiled, "_fresh", False)


def _made(patterns=PATTERNS) -> list[re.Pattern]:
    re.purge()  # `re`'s own cache would answer without compiling
    with compiled.kept():
        return [re.compile(text, flags) for text, flags in patterns]


def test_a_pattern_made_from_the_table_is_the_one_re_compiles(fresh, monkeypatch):
    first = _made()
    assert compiled._path().exists()
    monkeypatch.setattr(compiled, "_table", None)
    monkeypatch.setattr(compiled, "_parts", lambda *_: pytest.fail("compiled again"))
    again = _made()
    re.purge()
    assert first == again == [re.compile(text, flags) for text, flags in PATTERNS]
    assert [p.groupindex for p in again] == [{"day": 1, "month": 2}, {}, {}, {}]
    assert again[0].match("28 September").group("month") == "September"


def test_a_flipped_table_is_none(fresh, monkeypatch):
    _made()
    path = compiled._path()
    data = bytearray(path.read_bytes())
    data[-3] ^= 1
    path.write_bytes(bytes(data))
    monkeypatch.setattr(compiled, "_table", None)
    assert compiled._read() == {}
    assert _made() == [re.compile(text, flags) for text, flags in PATTERNS]


def test_outside_a_block_re_compiles_as_ever(fresh):
    _made()
    assert re._compiler.compile is compiled._compile


def test_an_error_in_the_block_restores_re_and_keeps_what_was_compiled(fresh):
    re.purge()
    with pytest.raises(ImportError), compiled.kept():
        re.compile(PATTERNS[0][0])
        raise ImportError("a module failing midway")
    assert re._compiler.compile is compiled._compile
    assert (PATTERNS[0][0], 0) in compiled._read()


def test_a_cache_that_cannot_be_written_keeps_nothing_and_fails_nothing(fresh, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # no folder can be made under a file, even as root
    assert _made() == [re.compile(text, flags) for text, flags in PATTERNS]
    assert re._compiler.compile is compiled._compile and not compiled._fresh


def test_what_marshal_cannot_store_is_compiled_as_ever(fresh):
    class Marked(str):
        pass

    re.purge()
    with compiled.kept():
        made = re.compile(Marked(r"ab+c"))
        re._compiler.compile("x+y", re.IGNORECASE)  # a flag, not an int, straight to the compiler
    assert made.fullmatch("abbc")
    assert not compiled._path().exists()


def test_a_python_whose_compiler_differs_compiles_as_ever(fresh, monkeypatch):
    monkeypatch.setattr(compiled, "_parts", lambda *_: (_ for _ in ()).throw(TypeError("changed signature")))
    compiled._sound.cache_clear()
    try:
        assert _made() == [re.compile(text, flags) for text, flags in PATTERNS]
        assert not compiled._path().exists()
    finally:
        compiled._sound.cache_clear()
