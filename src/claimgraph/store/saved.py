"""Saved SPARQL queries shipped with claimgraph: `src/claimgraph/store/queries/NAME.rq`.

Each file starts with comment lines: the first is a one-line description, the rest say
how to use it. `claimgraph query GRAPH --saved NAME` runs one; `claimgraph queries`
lists them. A query may take parameters as `$name` placeholders, given on the command
line as `--param name=value`; values are bound as literals, or IRIs when they look like
one (`id:armenia`, `<https://...>`), never pasted in as SPARQL text. A parameter left out
takes the value of the usage line's example, so `text` (the example) runs as it is.

A saved query asks about one thing (an entity, a source) through its parameters and starts
from that thing's index entries, so that it answers in milliseconds at a million claims.

Queries that differ only in a constant share their body: a file whose last line is
`#include _PART.rq name=value ...` is its own comment lines followed by the part, with those
parameters bound there (so `contradictions` and `differences` are one query on two verdicts).
A part's name starts with `_`; it is no saved query of its own.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import QueryError
from .query import bind, term

FOLDER = Path(__file__).resolve().parent / "queries"
_INCLUDE = re.compile(r"^#include (_[\w-]+\.rq)((?: \w+=\S+)*)\n?\Z", re.MULTILINE)


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    template: str  # the file's text, with `$name` placeholders

    @property
    def parameters(self) -> list[str]:
        return sorted(set(re.findall(r"\$(\w+)", self.template)))

    @property
    def example_params(self) -> dict[str, str]:
        """The `--param NAME=VALUE` values of the usage line in the query's comments."""
        usage = " ".join(line for line in self.template.splitlines() if line.startswith("#"))
        return dict(re.findall(r"--param\s+(\w+)=(\S+)", usage))

    @property
    def text(self) -> str:
        """The query as it runs with no parameters given: its usage line's example."""
        return self.sparql()

    def sparql(self, params: dict[str, str] | None = None) -> str:
        """The query text with `params` bound; a parameter not given takes its example value."""
        return bind(self.template, {**self.example_params, **(params or {})}, self.name)


def all_queries() -> list[SavedQuery]:
    return [load(name) for name in _names()]


def _names() -> list[str]:
    return sorted(p.stem for p in FOLDER.glob("*.rq") if not p.stem.startswith("_"))


def load(name: str) -> SavedQuery:
    if name not in _names():
        hint = difflib.get_close_matches(name, _names(), n=1)
        raise QueryError(name, "no such saved query" + (f" (did you mean {hint[0]!r}?)" if hint else
                                                        "; see 'claimgraph queries'"))
    text = _included((FOLDER / f"{name}.rq").read_text(encoding="utf-8"), name)
    first = next((line for line in text.splitlines() if line.startswith("#")), "# ")
    return SavedQuery(name=name, description=first.lstrip("# ").strip(), template=text)


def _included(text: str, name: str) -> str:
    """The text with its `#include` line replaced by the part it names, the line's parameters bound."""
    found = _INCLUDE.search(text)
    if not found:
        return text
    fixed = dict(pair.split("=", 1) for pair in found.group(2).split())
    part = re.sub(r"\$(\w+)", lambda m: str(term(fixed[m.group(1)], name)) if m.group(1) in fixed else m.group(0),
                  (FOLDER / found.group(1)).read_text(encoding="utf-8"))
    return text[:found.start()] + part
