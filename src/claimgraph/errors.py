"""The exceptions claimgraph raises for bad input, translated to one line at the CLI edge.

    ClaimgraphError              anything the user can fix; str() is the one-line message
    ├── SourceError              a source file cannot be read as text (missing, empty, binary, ...)
    ├── ManifestError            sources.toml is malformed or inconsistent
    ├── GazetteerError           a gazetteer file cannot be read as one (missing, not Turtle, no entity)
    ├── GraphFileError           a graph file cannot be read (truncated, wrong format)
    ├── OutputError              a built graph cannot be written (no such folder, no permission, disk full)
    ├── QueryError               a SPARQL query is invalid, an update, or ran too long
    ├── WorkerError              a worker process of a parallel build died
    ├── PushError                a remote SPARQL store refused the graph or cannot be reached
    └── ModelError               a statistical pipeline asked for by name is not installed

Every message names the input and the reason; where there is a fix, it says it.
"""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base class: a problem with the user's input, reported as one line."""

    def __init__(self, subject: object, reason: str):
        self.subject = printable(str(subject))
        self.reason = reason
        super().__init__(f"{self.subject}: {reason}")


def printable(name: str, limit: int = 200) -> str:
    """A name fit for one line: control characters (a NUL, a newline) escaped, a very long one shortened."""
    name = "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)
    return name if len(name) <= limit else f"{name[:limit // 2]}…{name[-limit // 4:]} ({len(name)} characters)"


class SourceError(ClaimgraphError):
    """A source file cannot be read as text."""


class ManifestError(ClaimgraphError):
    """The corpus manifest is malformed or inconsistent."""


class GazetteerError(ClaimgraphError):
    """A gazetteer file cannot be read, or holds no entity."""


class GraphFileError(ClaimgraphError):
    """A graph file or store cannot be read."""


class OutputError(ClaimgraphError):
    """A built graph cannot be written where it was asked for."""


class QueryError(ClaimgraphError):
    """A SPARQL query is invalid, not read-only, or exceeded its time limit."""


class WorkerError(ClaimgraphError):
    """A worker process of a parallel build died (killed, out of memory, or started wrongly)."""


class PushError(ClaimgraphError):
    """A remote SPARQL store refused a push, or could not be reached."""


class ModelError(ClaimgraphError):
    """A spaCy pipeline named for statistical recognition is not installed or cannot recognise names."""
