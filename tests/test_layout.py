"""The package layout follows the data flow (DESIGN.md): imports point down the layers, never up, never in a circle.

Read from the source with `ast`, so that an import hidden in a function counts as much as one at the top.
An import for annotations only (`if TYPE_CHECKING:`) runs never: it must point down the layers too,
but it makes no circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src" / "claimgraph"
# Top to bottom: a folder or module may import only from the layers below its own.
LAYERS = [
    {"__main__"},
    {"__init__", "cli"},
    {"run", "serve", "api"},             # orchestration; the endpoint
    {"combine", "viz", "evaluate"},      # cross-source stages; views of a built graph
    {"extract"},                         # the pipeline of one source
    {"read", "recognise", "store"},      # documents and mentions; a built graph opened for querying
    {"rdf"},                             # terms, dataset, TriG
    {"lang", "model", "errors", "lazy", "processes", "resources", "collector"},  # lang: the words of each language
]


def _imports(typing: bool = True) -> nx.DiGraph:
    """Module -> module for every `from .x import y` in the package (dotted below `claimgraph`);
    with `typing` False, leaving out those made for annotations only."""
    graph = nx.DiGraph()
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        package = list(parts[:-1])
        module = ".".join(package if parts[-1] == "__init__" else parts) or "__init__"
        graph.add_node(module)
        for node in _nodes(ast.parse(path.read_text()), typing):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[:len(package) - node.level + 1]
                if node.module:
                    graph.add_edge(module, ".".join([*base, node.module]))
                else:
                    graph.add_edges_from((module, ".".join([*base, a.name])) for a in node.names)
    return graph


def _nodes(tree: ast.AST, typing: bool):
    for node in ast.iter_child_nodes(tree):
        if not typing and isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            continue
        yield node
        yield from _nodes(node, typing)


def _layer(module: str) -> int:
    top = module.split(".")[0]
    return next(i for i, layer in enumerate(LAYERS) if top in layer)


def test_every_folder_and_module_has_a_layer():
    tops = {p.stem if p.is_file() else p.name for p in SRC.iterdir() if p.suffix == ".py" or any(p.glob("*.py"))}
    assert tops == set().union(*LAYERS)


def test_imports_point_down_the_layers():
    upward = [(a, b) for a, b in _imports().edges if a.split(".")[0] != b.split(".")[0] and _layer(b) <= _layer(a)]
    assert upward == []


def test_no_module_imports_itself_through_others():
    assert list(nx.simple_cycles(_imports(typing=False))) == []
