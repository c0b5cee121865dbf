"""The regular expressions of the rule stack and the pipeline, kept compiled between processes.

A process that extracts imports the rules and builds the recognisers, which compile some 1,300 patterns (most at
import, through `claimgraph.lang.cues` and the modules' own tables): 1.3-1.8 s of CPU in Python's `re` parser and
compiler, a fixed cost of every one-shot rebuild and every worker. What `re` compiles a pattern to (its flags, its
opcodes, its groups) is plain data: `kept` stores it on disk and makes the next process's patterns from it
(`_sre.compile`, as `re._compiler.compile` does), each equal to a fresh compile (`re.Pattern` compares code).
A pattern is keyed by its text and flags, so an edited rule is a miss compiled anew, never a stale hit; the table is
one per Python build, whose compiler decides the opcodes, and per code (`package_fingerprint`): it holds what every
process of that code compiled (a worker forked with the rules imported compiles few), and one made of a former code,
never read again, is dropped (`prune`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import sys
from collections.abc import Iterator
from re import _compiler, _parser

import _sre

from ..rdf.trig import atomic_write_bytes
from ..resources import package_fingerprint, prune, user_cache

Parts = tuple[int, list[int], int, dict, tuple]  # what `_sre.compile` takes after the pattern's text
_table: dict[tuple, Parts] | None = None  # this process's: what it read, and what it compiled since
_fresh = False  # whether it compiled a pattern the table on disk lacks
_compile = _compiler.compile
KEPT = 2  # tables kept (`prune`): this code's, and one other's (a checkout beside an installed copy)
PROBE = r"(?P<word>\w+)\s+(?:said|denied)\b"  # a pattern of the kind the rules compile, made both ways (`_sound`)


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Patterns compiled meanwhile (by `re.compile` and the like, where not in `re`'s own cache) made from the table
    on disk; those it lacks are compiled and written to it when the block ends. For imports and the recognisers'
    making only: patterns made per source while extracting would rewrite it. `re` is as it was after the block, however
    it ends (an import failing midway); another thread's patterns compiled meanwhile are made from the table too,
    each still equal to `re`'s (a race loses only entries to keep); two processes writing at once leave one table,
    whole (`atomic_write_bytes`); a cache that cannot be read or written keeps nothing."""
    if _compiler.compile is not _compile or not _sound():  # within another block: that one keeps them
        yield
        return
    package_fingerprint()  # kept for `_path`: made within the block, it would compile patterns of its own
    _compiler.compile = _kept
    try:
        yield
    finally:
        _compiler.compile = _compile
        if _fresh:
            _write(_table)


@functools.cache
def _sound() -> bool:
    """Does this Python's `re` still compile as `_parts` and `_sre.compile` expect? Its compiler's internals are no
    public interface: a Python whose internals differ compiles every pattern as ever, and keeps none."""
    try:
        return _sre.compile(PROBE, *_parts(PROBE, 0)) == _compile(PROBE, 0)
    except (AttributeError, TypeError, ValueError):
        return False


def _kept(pattern, flags: int = 0):
    """`re._compiler.compile`, from the table when it has the pattern. Only what `marshal` stores goes in it: a
    pattern of a subclass of `str` (a library's marked-up text) or flags of `re.RegexFlag` given straight to the
    compiler would make the table unwritable, and the block end in an error; they are compiled as ever."""
    global _table, _fresh
    if type(pattern) not in (str, bytes) or type(flags) is not int or flags & _compiler.SRE_FLAG_DEBUG:
        return _compile(pattern, flags)
    if _table is None:
        _table = _read()
    key = (pattern, flags)
    if key not in _table:
        _table[key], _fresh = _parts(pattern, flags), True
    return _sre.compile(pattern, *_table[key])


def _parts(pattern: str | bytes, flags: int) -> Parts:
    """What `re._compiler.compile` gives `_sre.compile` for `pattern` (its opcodes as plain ints)."""
    parsed = _parser.parse(pattern, flags)
    names = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    code = list(map(int, _compiler._code(parsed, flags)))
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(parsed.state.groupdict), tuple(names)


def _path():
    """The table's file: one per Python build (`sys.version`, the regular expression engine's `MAGIC`) and code."""
    digest = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{package_fingerprint()}".encode()).hexdigest()
    return user_cache("regex") / f"{digest}.marshal"


def _read() -> dict[tuple, Parts]:
    """The table on disk, checked by its hash (a torn or flipped file is no table: an opcode changed would still
    compile); empty when there is none or it cannot be read."""
    try:
        data = _path().read_bytes()
        table = marshal.loads(data[32:]) if hashlib.sha256(data[32:]).digest() == data[:32] else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _write(table: dict[tuple, Parts]) -> None:
    """`table` on disk, hashed (where the cache cannot be written, not kept); the tables of former code go."""
    global _fresh
    data = marshal.dumps(table)
    with contextlib.suppress(OSError):
        atomic_write_bytes(path := _path(), hashlib.sha256(data).digest() + data, durable=False)
        prune(path.parent, KEPT)
    _fresh = False
