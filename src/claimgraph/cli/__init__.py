"""The `claimgraph` command: one short adapter per command over one library call.

Each command module has `register(subparsers)` and `run(args) -> int`. Errors the user
can fix (ClaimgraphError) are translated here, once, into one `Error: ...` line on
stderr and exit status 1; nothing else in the package prints or exits.
"""

from __future__ import annotations

import argparse
import gc
import sys

from ..errors import ClaimgraphError
from . import build, compare, eval, export, load, push, query, serve, validate, viz

COMMANDS = [build, query, validate, compare, eval, viz, export, load, serve, push]

DESCRIPTION = """\
Build an RDF knowledge graph of the actors, places, agreements and events in a set of
source texts, where every triple is a claim of one source with the exact words behind it.

Start with:  claimgraph build graphs/karabakh-2020
Then:        claimgraph query graphs/karabakh-2020/karabakh-2020.trig 'SELECT ...'
             claimgraph queries          (the saved queries, for query --saved NAME)
"""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="claimgraph", description=DESCRIPTION,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    subs = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subs)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except ClaimgraphError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a path the system refuses (too long, a link loop) wherever a command met it
        if exc.filename is None:
            raise
        print(f"Error: {ClaimgraphError(exc.filename, exc.strerror or str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted; no output was changed", file=sys.stderr)
        return 130


def entry() -> None:
    """The command's process: `main`, then its exit, with every object it holds frozen out of Python's last
    collections (`gc.freeze`). A process ending is freed whole; those collections only walk what it built to
    look for cycles (after a one-shot rebuild of 1,000 articles, millions of objects: the gazetteer's
    62,000 entries, spaCy, the cache entries read: 0.7-1.1 s of CPU, a fifth of the rebuild). `atexit`
    handlers and finalizers of objects freed by reference count still run; garbage in cycles is not finalized
    and an unclosed file's ResourceWarning is not shown at exit, so nothing the command writes may rely on a
    finalizer (every output is written and replaced within `main`). Tests and `python -X dev` runs call
    `main`, where both still surface."""
    code = main()
    gc.freeze()
    sys.exit(code)
