"""claimgraph build: a corpus folder (with sources.toml) or bare files, to a dataset file."""

from __future__ import annotations

import argparse
import functools
import json
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..run.cache import FOLDER
from .progress import Progress

if TYPE_CHECKING:  # adding is imported only by a build that adds
    from ..read.add import Addition
    from ..read.manifest import Manifest

HELP = """\
Build the graph of a corpus folder (its sources.toml lists the sources and their
metadata) into <folder>/<corpus id>.trig, or of bare text/HTML/PDF files into -o FILE.

  claimgraph build graphs/karabakh-2020
  claimgraph build a.txt b.html -o out.trig
  claimgraph build my-corpus --gazetteer my-names.ttl
  claimgraph build my-corpus --add today/*.html     # news in: listed, copied, built
  claimgraph build my-corpus --watch                # build again on every change, until Ctrl-C
"""


def register(subs) -> None:
    p = subs.add_parser("build", help="build a graph from sources", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="a corpus folder or its sources.toml, or one or more source files")
    p.add_argument("--add", action="extend", nargs="+", type=Path, default=[], metavar="FILE",
                   help="first add these files to the corpus: copied into FOLDER/sources/ and listed in its "
                        "sources.toml with their SHA-256 (a file the corpus holds already is skipped); the build "
                        "then reuses the cached extractions of the others")
    p.add_argument("--watch", action="store_true",
                   help="stay running: build, then build again whenever sources.toml, a file it lists or a "
                        "--gazetteer file changes (spaCy, the recognisers and what the cache holds of every source "
                        "stay loaded, so a rebuild after one change takes a fraction of a one-shot one); a bad "
                        "input is reported and the graph left as it was; --add adds its files once, before the "
                        "first build; --format json prints one JSON object a line for each build (with an "
                        "\"error\" key for one that failed); the --ner pipeline and the installed claimgraph are "
                        "read once: restart the watch after upgrading them; stop with Ctrl-C or SIGTERM")
    p.add_argument("--interval", type=float, metavar="SECONDS",
                   help="with --watch: how often to look for changes (default: 1)")
    p.add_argument("-o", "--output", type=Path, help="output file (.trig or .nq); required for bare files")
    p.add_argument("--format", choices=["text", "json"], default="text", help="summary format (default: text)")
    p.add_argument("--encoding", metavar="NAME",
                   help="text encoding of bare files or of --add files when not UTF-8, e.g. latin-1 (in a corpus: encoding in "
                        "sources.toml)")
    p.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="extract with N processes (default: every core); the output is the same for any N")
    p.add_argument("--cache", type=Path, metavar="DIR",
                   help=f"reuse extractions of unchanged sources from DIR (default for a corpus: FOLDER/{FOLDER})")
    p.add_argument("--no-cache", action="store_true", help="extract every source again and keep no cache of extractions (the tables the "
                        "recognisers make of the gazetteers stay in ~/.cache/claimgraph: they hold no source's words)")
    p.add_argument("--gazetteer", action="append", type=Path, default=[], metavar="FILE",
                   help="a Turtle gazetteer of your own, added to the bundled ones (repeatable; "
                        "see the README, \"Adding a gazetteer\")")
    p.add_argument("--ner", metavar="PIPELINE",
                   help="also find names with an installed spaCy pipeline's entity recogniser, loaded by its "
                        "package name (e.g. en_core_web_sm); its finds only fill what the rules leave")
    p.add_argument("--dask", metavar="SCHEDULER",
                   help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'; "
                        "needs pip install 'claimgraph[dask]' and the corpus at the same path on every worker")
    p.set_defaults(run=run)


def run(args) -> int:
    first = args.inputs[0]
    corpus = len(args.inputs) == 1 and (first.is_dir() or first.name == "sources.toml")
    if args.jobs is not None and args.jobs < 1:
        print("Error: --jobs needs a number of processes, 1 or more", file=sys.stderr)
        return 2
    if args.watch:
        return _watch(args, first, corpus)
    if args.interval is not None:
        print("Error: --interval is how often --watch looks for changes; add --watch", file=sys.stderr)
        return 2
    refused = _refused(args, corpus)
    if refused:
        print(f"Error: {refused}", file=sys.stderr)
        return 2
    options = {"jobs": args.jobs, "dask": args.dask, "cache": _cache(args, first, corpus)}
    if args.gazetteer or args.ner:
        options["recognisers"] = _recognisers(args)  # a bad gazetteer or pipeline: its Error line, before any work
    added = _add(first, args.add, args.encoding) if args.add else None
    progress = options["progress"] = Progress()
    try:
        listed = _checked(args, first, corpus, added.corpus if added else None)
        sources = len(listed.sources) if listed else len(args.inputs)
        from ..run import forkserver  # here: multiprocessing loads only for a build whose input was readable

        if _extracts_all(options["cache"]) and sources >= forkserver.FEWEST:
            forkserver.start(args.jobs)  # it imports spaCy for the workers while this process imports the stages
        from ..run.build import build_corpus, build_files  # here, once the input is known to be readable

        if corpus:
            summary = build_corpus(listed, args.output, **options)
        else:
            summary = build_files(args.inputs, args.output, encoding=args.encoding, **options)
    except KeyboardInterrupt:
        if not (added and added.ids):
            raise
        print(f"Error: interrupted; {first}: {_sources(added.ids)} listed in sources.toml, the graph not rebuilt "
              f"(run `claimgraph build {first}` to build it)", file=sys.stderr)
        return 130
    finally:
        progress.close()
    if args.format == "json":
        print(json.dumps(summary.as_dict(), indent=2))
    else:
        print(_line(summary))
    return 0


def _watch(args, first: Path, corpus: bool) -> int:
    """`build --watch`: the corpus built on every change until Ctrl-C or SIGTERM, a line for each build."""
    interval = 1.0 if args.interval is None else args.interval
    refused = [(not corpus, "--watch watches a corpus folder (with its sources.toml)"),
               (args.no_cache, "--watch rebuilds from its cache; drop --no-cache"),
               (args.dask, "--watch builds in this process; drop --dask"),
               (interval <= 0, "--interval needs a positive number of seconds")]
    problem = next((message for found, message in refused if found), None)
    if problem:
        print(f"Error: {problem}", file=sys.stderr)
        return 2
    from ..run.watch import watch

    options = {"jobs": args.jobs, "cache": args.cache, "interval": interval}
    if args.gazetteer or args.ner:
        options.update(recognisers=_recognisers(args), gazetteers=args.gazetteer,
                       remake=functools.partial(_recognisers, args))
    if args.add:
        _add(first, args.add, args.encoding)
    signal.signal(signal.SIGTERM, _interrupt)
    print(f"watching {first} every {interval:g} s (Ctrl-C to stop)", file=sys.stderr)
    progress = Progress()
    try:
        watch(first, args.output, progress=progress, heard=_Heard(args.format, progress), **options)
    except KeyboardInterrupt:
        print(f"stopped watching {first}; the graph of its last build stands", file=sys.stderr)
    finally:
        progress.close()
    return 0


def _refused(args, corpus: bool) -> str | None:
    """What is wrong with a one-shot build's arguments, before any file is read."""
    if corpus and args.encoding and not args.add:
        return "--encoding is for bare files and --add; in a corpus, set encoding for the source in sources.toml"
    if not corpus and args.add:
        return "--add adds files to a corpus folder; give the folder (with its sources.toml)"
    if not corpus and args.output is None:
        return "bare source files need -o FILE (or give a corpus folder with sources.toml)"
    return None


def _checked(args, first: Path, corpus: bool, listed: Manifest | None):
    """The corpus's manifest (`listed`, when --add has just read it; None for bare files), once its
    sources' bytes and the output's format are known to be good (`read.check`): a bad input is refused
    in a fraction of a second, before the extraction stack is imported (seconds); what only extraction
    finds (a PDF with no text) `build` says."""
    from ..rdf.trig import dataset_format_for
    from ..read import check, infer, manifest

    if args.output is not None:
        dataset_format_for(args.output)
    if not corpus:
        check(infer.bare_sources(args.inputs, args.encoding))
        return None
    listed = listed or manifest.load(first / "sources.toml" if first.is_dir() else first)
    check(listed.sources, listed.folder)
    return listed


def _recognisers(args) -> list:
    """The bundled recognisers with the user's --gazetteer files and --ner pipeline (a
    ClaimgraphError when one cannot be read or loaded)."""
    from ..recognise import default_recognisers

    return default_recognisers(*args.gazetteer, ner=args.ner)


def _interrupt(signum, frame) -> None:
    """SIGTERM stops a watch as Ctrl-C does (the graph being written is never half-replaced)."""
    raise KeyboardInterrupt


class _Heard:
    """One line for each build of a watch (a JSON object a line with --format json); in text, an
    Error line the same as the build before's is not printed again (a change that lands as a build
    starts makes a second build, which finds the same fault)."""

    def __init__(self, fmt: str, progress: Progress):
        self.fmt, self.progress = fmt, progress
        self.said: str | None = None  # the error line printed for the build before, if it failed

    def __call__(self, built) -> None:
        self.progress.close()
        before, self.said = self.said, str(built.error) if built.error else None
        if self.fmt == "json":
            found = {"error": self.said} if built.error else built.summary.as_dict()
            print(json.dumps({**found, "seconds": round(built.seconds, 3), "cpu": round(built.cpu, 3)}), flush=True)
        elif built.error and self.said != before:
            print(f"Error: {built.error} (the graph is as it was; watching for a fix)", file=sys.stderr, flush=True)
        elif not built.error:
            print(f"{_line(built.summary)} ({built.seconds:.1f} s, CPU {built.cpu:.1f} s)", flush=True)


def _line(summary) -> str:
    """The summary line of a build."""
    entities = ", ".join(f"{n} {cls.lower()}s" for cls, n in sorted(summary.entities.items()))
    return (f"wrote {summary.output}: {summary.sources} sources, {summary.claims} claims, "
            f"{summary.quads} quads; entities: {entities}")


def _add(corpus: Path, files: list[Path], encoding: str | None) -> Addition:
    """Lists `files` in the corpus; returns what was done (`add.Addition`): the ids added, so that an
    interrupted build can say the manifest changed, and the corpus as listed now, for the build."""
    from ..read.add import add_sources

    added = add_sources(corpus / "sources.toml" if corpus.is_dir() else corpus, files, encoding)
    ids = added.ids
    print(f"added {_sources(ids)}" + (f": {', '.join(ids)}" if ids else " (all held already)"), file=sys.stderr)
    return added


def _sources(ids: list[str]) -> str:
    return f"{len(ids)} source{'s' * (len(ids) != 1)}"


def _extracts_all(cache: Path | None) -> bool:
    """Whether the build will extract every source (no cache, or an empty one): then it starts
    worker processes, and their forkserver is worth starting early. A rebuild from a cache
    extracts the few changed sources in this process and starts none."""
    return cache is None or not cache.is_dir() or not any(cache.iterdir())


def _cache(args, first: Path, corpus: bool) -> Path | None:
    """--cache DIR; for a corpus, its own cache folder unless --no-cache."""
    if args.no_cache:
        return None
    if args.cache or not corpus:
        return args.cache
    return (first if first.is_dir() else first.parent) / FOLDER
