"""Saved SPARQL queries shipped with claimgraph: `src/claimgraph/store/queries/NAME.rq`.

Each file starts with comment lines: the first is a one-line description, the rest say
how to use it. `claimgraph query GRAPH --saved NAME` runs one; `claimgraph queries`
lists them. A query may take parameters as `$name` placeholders, given on the command
line as `--param name=value`; values are bound as literals, or IRIs when they look like
one (`id:armenia`, `<https://...>`), never pasted in as SPARQL text. A parameter left out
takes the value of the usage line's example, so `text` (the example) runs as it is.

A saved query asks about one thing (an entity, a source) through its parameters and starts
from that thing's index entries, so that it answers in milliseconds at a million claims.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import QueryError
from .query import bind

FOLDER = Path(__file__).resolve().parent / "queries"


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
    return [load(p.stem) for p in sorted(FOLDER.glob("*.rq"))]


def load(name: str) -> SavedQuery:
    path = FOLDER / f"{name}.rq"
    if not path.is_file():
        names = [p.stem for p in FOLDER.glob("*.rq")]
        hint = difflib.get_close_matches(name, names, n=1)
        raise QueryError(name, "no such saved query" + (f" (did you mean {hint[0]!r}?)" if hint else
                                                        "; see 'claimgraph queries'"))
    text = path.read_text(encoding="utf-8")
    first = next((line for line in text.splitlines() if line.startswith("#")), "# ")
    return SavedQuery(name=name, description=first.lstrip("# ").strip(), template=text)
