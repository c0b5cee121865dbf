"""Saved SPARQL queries shipped with claimgraph: `src/claimgraph/queries/NAME.rq`.

Each file starts with comment lines: the first is a one-line description, the rest say
how to use it. `claimgraph query GRAPH --saved NAME` runs one; `claimgraph queries`
lists them. A query may take parameters as `$name` placeholders, given on the command
line as `--param name=value`; values are bound as literals, or IRIs when they look like
one (`id:armenia`, `<https://...>`), never pasted in as SPARQL text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import QueryError

FOLDER = Path(__file__).resolve().parent / "queries"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    text: str

    @property
    def parameters(self) -> list[str]:
        return sorted(set(re.findall(r"\$(\w+)", self.text)))

    @property
    def example_params(self) -> dict[str, str]:
        """The `--param NAME=VALUE` values of the usage line in the query's comments."""
        usage = " ".join(line for line in self.text.splitlines() if line.startswith("#"))
        return dict(re.findall(r"--param\s+(\w+)=(\S+)", usage))


def all_queries() -> list[SavedQuery]:
    return [load(p.stem) for p in sorted(FOLDER.glob("*.rq"))]


def load(name: str) -> SavedQuery:
    path = FOLDER / f"{name}.rq"
    if not path.is_file():
        names = [p.stem for p in FOLDER.glob("*.rq")]
        hint = difflib.get_close_matches(name, names, n=1)
        raise QueryError(name, "no such saved query" + (f" (did you mean {hint[0]!r}?)" if hint else
                                                        f"; see 'claimgraph queries'"))
    text = path.read_text(encoding="utf-8")
    first = next((line for line in text.splitlines() if line.startswith("#")), "# ")
    return SavedQuery(name=name, description=first.lstrip("# ").strip(), text=text)
