"""Run read-only SPARQL on a built graph and render the results.

Queries may use the contract's prefixes (cg:, id:, claim:, source:, prov:, oa:, ...)
without declaring them. Results are written in the standard SPARQL result formats
(JSON, CSV, TSV, XML) by Oxigraph itself, or as an aligned table for people; the graphs
of CONSTRUCT and DESCRIBE as Turtle, TriG, N-Quads or JSON-LD.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import QueryError
from ..rdf.terms import PREFIXES
from .federated import uses_service

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
                     re.IGNORECASE)
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
                 "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
SERVICE_REFUSED = ("SERVICE (a federated query to another endpoint) is refused: claimgraph does not open "
                   "connections for a query unless told to (--allow-service)")


@dataclass
class Rows:
    """SELECT results as plain Python: variable names and one dict of strings per row."""

    variables: list[str]
    rows: list[dict[str, str | None]]


def execute(store: ox.Store, sparql: str, name: str = "query", params: dict[str, str] | None = None,
            allow_service: bool = False, dataset: tuple[list, list] | None = None):
    """Run a query; an update, a SERVICE clause or a syntax error is a QueryError naming `name`.

    `params` fill `$name` placeholders with RDF terms written in N-Triples syntax by
    Oxigraph (IRIs validated, literals escaped), so a hostile value stays one value.
    Oxigraph evaluates lazily: errors met while running (a failing SERVICE) come when
    the result is read, as QueryErrors from `select`, `serialize` and `write`.
    `dataset`, when given, is the (default graphs, named graphs) to query, as the
    SPARQL Protocol's default-graph-uri and named-graph-uri set them.
    """
    sparql = prepare(sparql, name, params, allow_service)
    default, named = dataset or (None, None)
    try:
        return store.query(sparql, prefixes=PREFIXES, default_graph=default or None, named_graphs=named or None)
    except SyntaxError as exc:
        raise QueryError(name, f"SPARQL syntax error: {_one_line(str(exc))}") from None


_EXPECTED = re.compile(r"expected one of (.*)", re.DOTALL)
_TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\[[^\]]*\]|\w+')
SHOWN_TOKENS = 8


def _one_line(message: str) -> str:
    """Oxigraph's syntax error on one line: it lists every token the parser would have taken, over
    several lines with the Unicode ranges of a name where one could start; the first
    `SHOWN_TOKENS` of them tell a person enough, and the line and column stay in front."""
    found = _EXPECTED.search(message)
    if found is None:
        return " ".join(message.split())
    tokens = [" ".join(token.split()) for token in _TOKEN.findall(found.group(1))]
    shown = ", ".join(tokens[:SHOWN_TOKENS])
    more = f" and {len(tokens) - SHOWN_TOKENS} more" if len(tokens) > SHOWN_TOKENS else ""
    return " ".join(message[:found.start()].split() + ["expected one of", shown]) + more


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, ...)."""
    return bool(_UPDATE.match(sparql))


def prepare(sparql: str, name: str = "query", params: dict[str, str] | None = None,
            allow_service: bool = False) -> str:
    """The query text ready for any engine: refused if an update or (unless allowed) federated, parameters bound."""
    if is_update(sparql):
        raise QueryError(name, "SPARQL Update is refused: querying is read-only")
    sparql = bind(sparql, params or {}, name)
    if not allow_service and uses_service(sparql):
        raise QueryError(name, SERVICE_REFUSED)
    return sparql


def declare_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for the contract's prefixes, for stores that do not predeclare them."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items())) + sparql


def bind(sparql: str, params: dict[str, str], name: str) -> str:
    """The query with each `$name` replaced by its parameter's term; a missing one is an error."""
    def replace(match: re.Match) -> str:
        key = match.group(1)
        if key not in params:
            raise QueryError(name, f"needs a value for ${key}: add --param {key}=VALUE")
        return str(term(params[key], name))

    return re.sub(r"\$(\w+)", replace, sparql)


def term(value: str, name: str = "query") -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: <iri>, prefix:name or http(s) IRI, else a literal."""
    prefix, _, local = value.partition(":")
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
    elif prefix in PREFIXES and local and not local.startswith("//"):
        iri = PREFIXES[prefix] + local
    elif re.match(r"^https?://\S+$", value):
        iri = value
    else:
        return ox.Literal(value)
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise QueryError(name, f"parameter value {value!r} is not a valid IRI ({exc})") from None


def select(store: ox.Store, sparql: str, name: str = "query") -> Rows:
    """A SELECT query's rows, values as plain strings (IRIs, literal lexical forms)."""
    result = execute(store, sparql, name)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(name, "not a SELECT query")
    variables = [v.value for v in result.variables]
    with evaluating(name):
        rows = [{v: (None if s[v] is None else s[v].value) for v in variables} for s in result]
    return Rows(variables, rows)


@contextmanager
def evaluating(name: str) -> Iterator[None]:
    """Reading a result: an engine error met while evaluating (OSError) becomes a QueryError."""
    try:
        yield
    except OSError as exc:
        raise QueryError(name, f"failed while running: {exc}") from None


def serialize(result, fmt: str, name: str = "query") -> str:
    """A query result as text: "table" or a `write` format (a graph's "table" is Turtle)."""
    if fmt == "table" and not isinstance(result, ox.QueryTriples):
        with evaluating(name):
            return table(_boolean_as_solutions(result) if isinstance(result, ox.QueryBoolean) else result)
    buffer = io.BytesIO()
    write(result, "turtle" if fmt == "table" else fmt, buffer, name)
    return buffer.getvalue().decode()


def write(result, fmt: str, output, name: str = "query") -> None:
    """Stream a result into a binary file object, as Oxigraph writes it.

    SELECT and ASK results take a RESULT_FORMATS name, CONSTRUCT and DESCRIBE graphs a
    GRAPH_FORMATS name; the other kind is a QueryError saying which formats fit. An ASK's
    answer is serialised to bytes and written at once: Oxigraph writing to a Python file
    object took 30 us more, longer than the ASK itself (23 us).
    """
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise QueryError(name, f"CONSTRUCT and DESCRIBE give a graph: use a format among {', '.join(GRAPH_FORMATS)}")
        rdf = GRAPH_FORMATS[fmt]
        prefixes = PREFIXES if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        with evaluating(name):
            ox.serialize(result, output, format=rdf, prefixes=prefixes)
    elif isinstance(result, ox.QueryBoolean) and fmt in RESULT_FORMATS:  # a few bytes: written in one piece
        output.write(result.serialize(format=RESULT_FORMATS[fmt]))
    elif fmt in RESULT_FORMATS:
        with evaluating(name):
            result.serialize(output, format=RESULT_FORMATS[fmt])
    else:
        raise QueryError(name, f"SELECT and ASK give results: use a format among table, {', '.join(RESULT_FORMATS)}")


def table(solutions: ox.QuerySolutions) -> str:
    """An aligned text table, IRIs shortened with the contract's prefixes."""
    variables = [v.value for v in solutions.variables]
    rows = [[compact(s[v]) for v in solutions.variables] for s in solutions]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def compact(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    text = term.value.replace("\n", " ")
    return text if len(text) <= 100 else text[:99] + "…"


def _boolean_as_solutions(result: ox.QueryBoolean) -> ox.QuerySolutions:
    return ox.Store().query(f"SELECT ?answer WHERE {{ BIND({str(bool(result)).lower()} AS ?answer) }}")
