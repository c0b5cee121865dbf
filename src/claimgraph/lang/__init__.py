"""The words claimgraph reads with: a language is added here, in one place.

Every stage that reads words (dates, event triggers, names, quantities, coreference,
clauses, roles, metonymy, modality, the timeline, the comparison of event words) takes its
cue words and cue patterns from
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
    names only (a language module's ``_FRAGMENTS`` are its own). Read once: the stages
    bind them when first imported, so `LANGUAGES` is set before that."""
    modules = [module for code in LANGUAGES if (module := _module(code, concern)) is not None]
    if not modules:
        raise LookupError(f"no language has words for {concern!r} (claimgraph.lang.<code>.{concern})")
    names = sorted({name for module in modules for name in vars(module) if name.isupper() and name[0] != "_"})
    return SimpleNamespace(**{name: join([getattr(m, name) for m in modules if hasattr(m, name)], f"{concern}.{name}")
                              for name in names})


def _module(code: str, concern: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"{__name__}.{code}.{concern}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{code}.{concern}":
            raise
        return None


def join(tables: list, name: str = "a cue"):
    """One table from each language's table of one name. A single table is returned as it
    is, so a concern only English has words for reads exactly English's.

    Word sets are united; word lists joined in order, without repeats; mappings merged
    (`_merged`); patterns, and strings (regular-expression fragments), alternated. A
    pattern whose groups the stage reads ("(?P<month>...)") is one language's: two
    languages' cannot be alternated (a group name is used once), and joining them is an
    error naming the table. A table of another type than the first language's is too.
    """
    if len(tables) == 1:
        return tables[0]
    first = tables[0]
    if any(type(t) is not type(first) for t in tables):
        raise TypeError(f"{name}: every language's table must be a {type(first).__name__}")
    if isinstance(first, (re.Pattern, str)):
        return _alternated(tables, name)
    if isinstance(first, (set, frozenset)):
        return type(first)().union(*tables)
    if isinstance(first, (tuple, list)):
        return type(first)(dict.fromkeys(item for table in tables for item in table))
    if isinstance(first, dict):
        return _merged(tables, name)
    raise TypeError(f"{name}: cannot join tables of type {type(first).__name__}")


def longest_first(words) -> str:
    """`words` as a regex alternation, the longest first (a shorter word must not cut a longer one short), ties in
    alphabetical order: the pattern's text is then the same in every process, whatever the set's order, and the kept
    regex table (`claimgraph.recognise.compiled`, keyed by that text) is not rewritten on every run. Here, beside
    `join`, for every language's modules: a word set's alternation is no one concern's."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def _alternated(tables: list, name: str):
    patterns = [t if isinstance(t, re.Pattern) else re.compile(t) for t in tables]
    if any(p.groups for p in patterns):
        raise ValueError(f"{name}: a pattern with groups is one language's; give the other language's cue another name")
    if len({p.flags for p in patterns}) > 1:
        raise ValueError(f"{name}: the languages' patterns need the same flags")
    either = "|".join(f"(?:{p.pattern})" for p in patterns)
    return re.compile(either, patterns[0].flags) if isinstance(tables[0], re.Pattern) else f"(?:{either})"


def _merged(tables: list[dict], name: str) -> dict:
    """Keys united; the words or patterns of one key joined (a class named by "war" and by
    "savaş"); a single value (a class's label) must agree."""
    merged: dict = {}
    for table in tables:
        for key, value in table.items():
            if key not in merged or merged[key] == value:
                merged[key] = value
            elif isinstance(value, (tuple, list, set, frozenset, dict, re.Pattern)):
                merged[key] = join([merged[key], value], f"{name}[{key!r}]")
            else:
                raise ValueError(f"{name}: languages disagree on {key!r}: {merged[key]!r} / {value!r}")
    return merged
