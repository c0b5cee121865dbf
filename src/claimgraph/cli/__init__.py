"""The `claimgraph` command: one short adapter per command over one library call.

Each command module has `register(subparsers)` and `run(args) -> int`. Errors the user
can fix (ClaimgraphError) are translated here, once, into one `Error: ...` line on
stderr and exit status 1; nothing else in the package prints or exits.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib
import os
import sys

from ..errors import ClaimgraphError

# Each command and the module of this package that registers and runs it, in the order `--help` lists them.
COMMANDS = {"build": "build", "query": "query", "queries": "query", "validate": "validate", "compare": "compare",
            "eval": "eval", "viz": "viz", "export": "export", "load": "load", "serve": "serve", "push": "push"}

DESCRIPTION = """\
Build an RDF knowledge graph of the actors, places, agreements and events in a set of
source texts, where every triple is a claim of one source with the exact words behind it.

Start with:  claimgraph build graphs/karabakh-2020
Then:        claimgraph query graphs/karabakh-2020/karabakh-2020.trig 'SELECT ...'
             claimgraph queries          (the saved queries, for query --saved NAME)
"""


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `command` alone when it names one, else of every command (`--help` lists them all,
    a wrong name is told the right ones). A command loads its own module only, with the libraries that
    module imports: the others' (the reader's patterns for a query, the graph exporters for a build)
    took 0.15 s of CPU from every command before a line of its own ran."""
    top = argparse.ArgumentParser(prog="claimgraph", description=DESCRIPTION,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    subs = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    modules = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for module in modules:
        importlib.import_module(f".{module}", __name__).register(subs)
    return top


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser(next(iter(argv), None)).parse_args(argv)
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
    """The command's process: `main`, then its exit (`_exit`)."""
    _exit(main())


def _exit(code: int | None) -> None:
    """End the process with status `code` once its `atexit` handlers have run and its output is flushed,
    without Python's teardown: a process ending is freed whole, and the teardown only frees, object by
    object, all the modules hold (after a one-shot rebuild of 1,000 articles, millions of objects: the
    gazetteer's 62,000 entries, spaCy, the regular expressions: 0.09 s of CPU, 2% of the rebuild), after
    collections that walk them all to look for cycles (0.7-1.1 s, a fifth of the rebuild, before they were
    frozen out of them). No finalizer runs then, and an unclosed file's ResourceWarning is not shown, so
    nothing the command writes may rely on one (every output is written and replaced within `main`; a
    pool's workers and their forkserver end with this process, `run.parallel`). Tests and `python -X dev`
    runs call `main`, where both still surface."""
    atexit._run_exitfuncs()  # the only way to run them first; os._exit skips them
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`), a closed stream
            stream.flush()
    os._exit(code or 0)
