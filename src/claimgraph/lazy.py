"""Names of a package that load their module on first use (PEP 562), so that a command starts
without the libraries it never uses (spaCy for a build, networkx and pyvis for a page)."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy(package: str, names: dict[str, str]) -> Callable[[str], object]:
    """The module `__getattr__` of `package`: each name of `names` from its (relative) module."""
    def __getattr__(name: str) -> object:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(names[name], package), name)
    return __getattr__
