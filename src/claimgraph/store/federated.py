"""Federated queries: finding a SERVICE clause in a query's text, so that it can be refused.

A SERVICE clause makes the engine itself open an HTTP connection to any address the
query names (Oxigraph and rdflib both do it). On an endpoint that is server-side request
forgery, and a local `query` should not reach the network unasked either; pyoxigraph
offers no service handler to veto it, so claimgraph refuses such queries before they
reach an engine.

The test is lexical and errs on the side of refusing: `\\u` escapes (which SPARQL allows
anywhere in a query) are decoded first, then comments, string literals and IRIs are
skipped, and any remaining SERVICE keyword counts, even one in a place where the grammar
would not take it. Only variables (`?service`) and prefixed names (`ex:service`) are
not keywords.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SKIPPED = re.compile(r"""
      \#[^\n\r]*                                   # a comment
    | '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''           # long strings
    | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'                        # short strings
    | "(?:[^"\\\n\r]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>                    # an IRI
""", re.VERBOSE | re.DOTALL)
_KEYWORD = re.compile(r"(?<![\w?$:%\\])SERVICE(?![\w:\-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """True when the query may hold a SERVICE clause (a federated query to another endpoint)."""
    code = _SKIPPED.sub(" ", _ESCAPE.sub(_decode, sparql))
    return bool(_KEYWORD.search(code))


def _decode(match: re.Match) -> str:
    try:
        return chr(int(match.group(1) or match.group(2), 16))
    except ValueError:  # past U+10FFFF: the engine will refuse the query anyway
        return " "
