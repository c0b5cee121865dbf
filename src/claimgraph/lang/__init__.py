"""The words claimgraph reads with: a language is added here, in one place.

Every stage that reads words (dates, coreference, clauses, roles, metonymy, modality,
the timeline, event triggers) takes its cue words and cue patterns from
``cues(concern)``, never from its own module. A language is a package
``claimgraph.lang.<code>`` with one module per concern it has words for (``en/modality.py``
holds ``NEGATION``, ``SAYING`` ...), and joins by its code in `LANGUAGES`. A concern a
language has no module for, or a table its module leaves out, is empty for it: a
language can start with the concerns that matter most (dates and modality) and grow.

A stage reads the tables of all languages at once, joined (`join`): word sets united,
word lists and mappings joined, patterns alternated. It does not pick tables by a
block's language: on a short block the language is a guess (`claimgraph.read.language`),
and a quote in another language inside a report is read with that language's words.
The one thing this asks of a language's tables: no cue that is an ordinary word of
another language ("a" or "est" as French cues would fire on English text).
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType, SimpleNamespace

LANGUAGES = ("en", "tr")  # ISO 639-1 codes of the packages below


@cache
def cues(concern: str) -> SimpleNamespace:
    """The joined tables of every language that has words for ``concern``; public
    names only (a language module's ``_FRAGMENTS`` are its own)."""
    modules = [module for code in LANGUAGES if (module := _module(code, concern)) is not None]
    if not modules:
        raise LookupError(f"no language has words for {concern!r} (claimgraph.lang.<code>.{concern})")
    names = sorted({name for module in modules for name in vars(module) if name.isupper() and name[0] != "_"})
    return SimpleNamespace(**{name: join([getattr(m, name) for m in modules if hasattr(m, name)]) for name in names})


def _module(code: str, concern: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"{__name__}.{code}.{concern}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{code}.{concern}":
            raise
        return None


def join(tables: list):
    """One table from each language's table of one name. A single table is returned as it
    is, so a concern only English has words for reads exactly English's."""
    if len(tables) == 1:
        return tables[0]
    first = tables[0]
    if isinstance(first, re.Pattern):
        if len({t.flags for t in tables}) > 1:
            raise ValueError(f"patterns of one cue need the same flags: {[t.pattern for t in tables]}")
        return re.compile("|".join(f"(?:{t.pattern})" for t in tables), first.flags)
    if isinstance(first, str):
        return "(?:" + "|".join(tables) + ")"
    if isinstance(first, (set, frozenset)):
        return type(first)().union(*tables)
    if isinstance(first, (tuple, list)):
        return type(first)(dict.fromkeys(item for table in tables for item in table))
    if isinstance(first, dict):
        return _merged(tables)
    raise TypeError(f"cannot join tables of type {type(first).__name__}")


def _merged(tables: list[dict]) -> dict:
    """Keys united; the words of one key joined (a class named by "war" and by "savaş"); a
    single value (a class's label) must agree."""
    merged: dict = {}
    for table in tables:
        for key, value in table.items():
            if key not in merged or merged[key] == value:
                merged[key] = value
            elif isinstance(value, (tuple, list, set, frozenset, dict)):
                merged[key] = join([merged[key], value])
            else:
                raise ValueError(f"languages disagree on the cue {key!r}: {merged[key]!r} / {value!r}")
    return merged
