"""Extraction quality on the development set, against the targets, conflict by conflict.

    python bench/quality.py [--shared ../shared] [--ner PIPELINE] [--format text|json]
    python bench/quality.py --corpus FOLDER [--gold GOLD_DIR]

Builds the 16 development texts (`shared/eval/dev`: Georgia 2008, Tigray, Syria,
Bosnia/Dayton, Colombia 2016) and the two bundled texts (`shared/corpus`) as one corpus,
scores every text against its gold with `claimgraph eval`'s rules (micro-averaged), and
prints one row per conflict, the all-in row and the targets. A row per conflict is what a
held-out check reads: a rule tuned on one conflict shows as a gain there and nowhere else.
With `--corpus`, any corpus folder with gold files of the same format (`FOLDER/gold/` unless
`--gold` says otherwise) is scored instead, one row per text: texts of your own, or texts
written and annotated after the rules were, which is the only honest check that they carry.
Also prints extraction speed (words/s, one process) beside the bare tokenizer's on the same
texts, so the cost of each recogniser (a statistical one included) is visible.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from typing import TYPE_CHECKING

import claimgraph
from claimgraph.errors import ClaimgraphError
from claimgraph.read import manifest, read
from claimgraph.run.cache import FOLDER as CACHE_FOLDER

if TYPE_CHECKING:  # the scoring (SciPy) and the recognisers (spaCy) are imported where they are used: a
    from claimgraph.evaluate.corpus import CorpusReport  # refused folder is told so in 0.5 s of CPU, not 5

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"Actor": 0.85, "Place": 0.85, "Agreement": 0.85, "Event": 0.85, "roles": 0.65, "dates": 0.75}
COLUMNS = ("Actor", "Place", "Agreement", "Event", "roles")
SEEDS = ("asker-ozpinar-2021", "hovhannisyan-2024")


def corpus_folder(shared: Path, into: Path) -> Path:
    """The dev manifest with the two seeds added, texts and gold side by side in `into`."""
    dev = shared / "eval" / "dev"
    shutil.copytree(dev / "texts", into / "texts")
    shutil.copytree(dev / "gold", into / "gold")
    toml = (dev / "sources.toml").read_text(encoding="utf-8")
    seeds = manifest.load(ROOT / "graphs" / "karabakh-2020" / "sources.toml")
    for meta in seeds.sources:
        shutil.copy(shared / "corpus" / f"{meta.id}.txt", into / "texts")
        shutil.copy(shared / "eval" / f"{meta.id}.yaml", into / "gold")
        toml += f'\n[[source]]\nid = "{meta.id}"\npath = "texts/{meta.id}.txt"\nlanguage = "en"\ndate = "{meta.date}"\n'
    (into / "sources.toml").write_text(toml, encoding="utf-8")
    return into


def copy_corpus(corpus: Path, into: Path) -> Path:
    """A copy of the corpus folder `corpus` to build afresh: without what a build of it left at its top
    (its graph, its page, its cache), with every source, an HTML page among them."""
    built = {f"{manifest.load(corpus / 'sources.toml').id}.{suffix}" for suffix in ("trig", "nq", "html")}
    top = str(corpus.resolve())
    return Path(shutil.copytree(corpus.resolve(), into, ignore=lambda folder, names: [
        name for name in names if folder == top and (name in built or name == CACHE_FOLDER)]))


def conflict(source: str) -> str:
    return "karabakh (seeds)" if source in SEEDS else source.split("_", 1)[0]


def rows(report: CorpusReport, group=conflict) -> dict[str, dict]:
    """One row per group of sources (`group` names a source's group), then the all-in row."""
    groups: dict[str, list] = {}
    for r in report.reports:
        groups.setdefault(group(r.source), []).append(r)
    table = {name: report.row(members) for name, members in sorted(groups.items())}
    table[f"all {len(report.reports)} texts"] = report.row()
    return table


def speed(folder: Path, ner: str | None) -> dict:
    """Words/s of extraction alone (one process) and of the bare tokenizer on the same texts.
    The build and the scoring before it leave garbage behind; it is collected first, so that the
    collector's work on it is not counted as extraction's (it took a quarter off the number)."""
    gc.collect()
    corpus = manifest.load(folder / "sources.toml")
    texts = [read(meta, corpus.folder).text for meta in corpus.sources]
    words = sum(len(t.split()) for t in texts)
    from claimgraph.recognise import default_recognisers
    from claimgraph.recognise.nlp import pipeline

    recognisers = default_recognisers(ner=ner)
    builder = sys.modules["claimgraph.run.build"]
    builder.extract(corpus.sources[0], corpus.folder, recognisers)  # load every model once
    start = time.perf_counter()
    for meta in corpus.sources:
        builder.extract(meta, corpus.folder, recognisers)
    extract_s = time.perf_counter() - start
    start = time.perf_counter()
    list(pipeline().pipe(texts))
    return {"words": words, "extract_words_per_s": round(words / extract_s),
            "tokenizer_words_per_s": round(words / (time.perf_counter() - start))}


def render(table: dict[str, dict], timing: dict) -> str:
    from claimgraph.evaluate.score import UNTOLD

    width = max(18, *(len(name) + 1 for name in table))
    lines = [f"{'set':{width}}" + "".join(f"{c:>11}" for c in COLUMNS) + f"{'dates':>13}"
             + "".join(f"{status + '→asserted':>21}" for status in UNTOLD)]
    for name, row in [*table.items(), ("target", None)]:
        if row is None:
            cells = "".join(f"{'>= ' + format(TARGETS[c], '.2f'):>11}" for c in COLUMNS)
            lines.append(f"{name:{width}}{cells}{'>= 0.75':>13}" + "".join(f"{'0':>21}" for _ in UNTOLD))
            continue
        cells = "".join(f"{_f1(row[c]):>11}" for c in COLUMNS)
        dates = f"{row['dates']['right']}/{row['dates']['gold']}"
        untold = "".join(f"{row[status]['asserted']}/{row[status]['total']}".rjust(21) for status in UNTOLD)
        lines.append(f"{name:{width}}{cells}{dates:>13}{untold}")
    lines.append(f"extraction: {timing['extract_words_per_s']:,} words/s on one core "
                 f"(tokenizer alone: {timing['tokenizer_words_per_s']:,}; {timing['words']:,} words)")
    return "\n".join(lines)


def _f1(cell: dict) -> str:
    """The cell's F1, or "-" where the gold names nothing of its kind and nothing was found: no 0.00 for a text
    that was read right (its micro-averaged "all" row counts it as nothing either way)."""
    if cell.get("gold") == 0 and cell.get("predicted") == 0:
        return "-"
    return f"{cell['f1']:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--ner", help="an installed spaCy pipeline for the statistical recogniser")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--corpus", type=Path, help="score this corpus folder instead of the development set")
    parser.add_argument("--gold", type=Path, help="the --corpus folder's gold files (default: FOLDER/gold)")
    args = parser.parse_args()
    if args.gold and not args.corpus:
        sys.exit("Error: --gold: it names the gold files of a --corpus folder; the development set has its own")
    if args.corpus and not (args.corpus / "sources.toml").is_file():
        sys.exit(f"Error: {args.corpus}: no sources.toml, so it is no corpus folder")
    if args.corpus and not (args.gold or args.corpus / "gold").is_dir():
        sys.exit(f"Error: {args.gold or args.corpus / 'gold'}: no folder of gold files; pass --gold DIR")
    if not args.corpus and not (args.shared / "eval" / "dev").is_dir():
        sys.exit(f"Error: {args.shared / 'eval' / 'dev'}: the development set is not there; pass --shared DIR")
    try:
        table, timing = measured(args)
    except ClaimgraphError as error:  # a source or gold file of the user's corpus that cannot be read
        sys.exit(f"Error: {error}")
    print(json.dumps({"rows": table, "speed": timing}, indent=2) if args.format == "json" else render(table, timing))


def measured(args: argparse.Namespace) -> tuple[dict[str, dict], dict]:
    """The rows and the extraction speed of the development set, or of the `--corpus` folder, built afresh."""
    from claimgraph.evaluate.corpus import evaluate_corpus
    from claimgraph.recognise import default_recognisers

    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            folder = copy_corpus(args.corpus, Path(tmp) / "corpus")
        else:
            folder = corpus_folder(args.shared, Path(tmp) / "dev")
        recognisers = default_recognisers(ner=args.ner) if args.ner else None
        claimgraph.build_corpus(folder, recognisers=recognisers, jobs=1)
        report = evaluate_corpus(folder, args.gold or folder / "gold")
        table = rows(report, group=(lambda source: source) if args.corpus else conflict)
        return table, speed(folder, args.ner)

if __name__ == "__main__":
    main()
