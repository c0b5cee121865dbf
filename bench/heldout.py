"""Generalisation, measured honestly: every tunable choice chosen with one conflict held out.

    python bench/heldout.py [--shared ../shared] [--jobs 2] [--knob NAME ...] [--format text|json]

Extraction is rule-based, but its rules have choices: how far from an event word its actors,
places and dates may stand, how many characters a role cue reaches, which cities the world pack
lists, whether a statistical recogniser runs, whether each rule recogniser does. Each is a knob
below with a few values. The bench builds the 18 texts of bench/quality.py (the 16 development
texts and the two seeds) once per setting, today's defaults and then each knob moved to each of
its other values, one knob at a time (the full product would take days on two cores), and
scores each conflict's texts alone.

A setting's score on a set of texts is the mean of the micro-averaged Actor, Place, Agreement,
Event and roles F1 and the share of dates right (a column with nothing to find and nothing found
is left out). For each conflict the setting is chosen twice: on all six conflicts (all-in) and
on the texts of the five others (held out); the table gives that conflict's score under each
choice. Where the others cannot tell settings apart, the held-out conflict is scored twice:
with the first of them (the defaults when among them) and with the worst (the defaults were
chosen with it in). The gap between all-in and held-out is what tuning on the texts themselves
adds to the scores: what a conflict nobody has seen should expect to lose.

A knob is set in the worker process that builds with it, by assigning the module constant the
library reads at call time (a pack of cities is built by ontology/build_world.py into the worker's
folder; a statistical recogniser is passed as the build's recognisers). Each setting is built in a
fresh process, so no cached table or module state outlives it; nothing here is library API.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import spacy
from quality import COLUMNS, ROOT, conflict, corpus_folder

import claimgraph
from claimgraph.evaluate.corpus import CorpusReport, evaluate_corpus

WORLD_BUILDER = ROOT / "ontology" / "build_world.py"


@dataclass(frozen=True)
class Knob:
    """A named choice, its values (today's default among them) and how a worker sets it:
    `apply(value, folder)` changes this process's library and returns extra build arguments."""

    name: str
    values: tuple
    default: object
    apply: Callable[[object, Path], dict]


def constant(module: str, attr: str, values: tuple) -> Knob:
    """A module constant read at call time; the library's current value is the default."""
    default = getattr(importlib.import_module(module), attr)

    def apply(value, folder: Path) -> dict:
        setattr(importlib.import_module(module), attr, value)
        return {}
    return Knob(f"{module.removeprefix('claimgraph.')}.{attr}", tuple(sorted({*values, default})), default, apply)


def city_population(values: tuple) -> Knob:
    """The world pack's smallest city: the pack rebuilt with it, in place of the bundled one."""
    default = int(_world_constant("CITY_POPULATION"))

    def apply(value, folder: Path) -> dict:
        pack = folder / "world.ttl"
        subprocess.run([sys.executable, str(WORLD_BUILDER), "-o", str(pack), "--city-population", str(value)],
                       check=True, capture_output=True)
        os.environ["XDG_CACHE_HOME"] = str(folder / "cache")  # its merged table is not kept for later builds
        packs = importlib.import_module("claimgraph.recognise.packs")
        bundled = packs.gazetteer_packs
        packs.gazetteer_packs = lambda: [pack if p.name == "world.ttl" else p for p in bundled()]
        return {}
    return Knob("world.CITY_POPULATION", tuple(sorted({*values, default})), default, apply)


def statistical_names() -> Knob:
    """`build --ner`: each installed spaCy pipeline's entity recogniser for the names the rules leave."""
    def apply(value, folder: Path) -> dict:
        from claimgraph.recognise import default_recognisers
        return {"recognisers": default_recognisers(ner=value)} if value else {}
    return Knob("ner", (None, *sorted(spacy.util.get_installed_models())), None, apply)


def recogniser_left_out() -> Knob:
    """One recogniser of the rule stack left out (by class name), or none: is each rule chosen?"""
    def apply(value, folder: Path) -> dict:
        from claimgraph.recognise import default_recognisers
        return {"recognisers": [r for r in default_recognisers() if type(r).__name__ != value]} if value else {}
    return Knob("recognisers.without", (None, "NamesInContext", "RelativeDates", "NumberedAgreements"), None, apply)


def missing_world_extra() -> list[str]:
    """The distributions of pyproject's `world` extra that are not installed: ontology/build_world.py
    needs them all, and a worker that met one missing would die with a traceback in mid-run."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    missing = []
    for requirement in pyproject["project"]["optional-dependencies"]["world"]:
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]
        try:
            importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(name)
    return missing


def _world_constant(name: str) -> str:
    """A constant of ontology/build_world.py, read from its source (importing it moves sys.path)."""
    for line in WORLD_BUILDER.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{name} = "):
            return line.split("=", 1)[1].split("#", 1)[0].strip()
    raise LookupError(f"{WORLD_BUILDER} has no {name}")


def knobs() -> list[Knob]:
    """The declared grid: a few values around each of today's defaults (the default is always one)."""
    return [
        constant("claimgraph.extract.claims", "WINDOW", (60, 90, 120, 160)),
        constant("claimgraph.extract.dates.spans", "WINDOW", (80, 130, 180)),
        constant("claimgraph.extract.dates.attach", "END_REACH", (20, 40, 80)),
        constant("claimgraph.extract.dates.stage", "BEGINNING_REACH", (30, 60, 100)),
        constant("claimgraph.extract.roles", "WINDOW", (40, 60, 90)),
        constant("claimgraph.extract.roles", "END_GAP", (12, 24, 40)),
        constant("claimgraph.extract.structure", "AGENT_REACH", (20, 40, 80)),
        constant("claimgraph.extract.structure", "CONSEQUENCE_REACH", (30, 60, 120)),
        constant("claimgraph.extract.resolve", "HEADLINE_SENTENCES", (1, 2, 3)),
        constant("claimgraph.recognise.gazetteer", "MIN_CAPS_LETTERS", (3, 4, 5)),
        constant("claimgraph.combine.profiles", "DAYS", (0, 3, 7)),
        city_population((15_000, 50_000, 100_000, 200_000)),
        statistical_names(),
        recogniser_left_out(),
    ]


Setting = tuple  # () for the defaults, else (knob name, value)
TIE = 1e-9  # scores closer than this are one score


def settings(chosen: list[Knob]) -> list[Setting]:
    """The defaults first (so a tie keeps them), then each knob moved to each other value."""
    return [(), *((k.name, v) for k in chosen for v in k.values if v != k.default)]


def label(setting: Setting) -> str:
    return "defaults" if not setting else f"{setting[0]}={setting[1]}"


def score(report: CorpusReport, members: list) -> float:
    """The mean of the F1 columns and the share of dates right, over the columns with something in."""
    parts = [s.f1 for s in (report.total(c, members) for c in COLUMNS) if s.gold or s.predicted]
    right, gold = report.dates(members)
    parts += [right / gold] if gold else []
    return sum(parts) / len(parts)


def measure(setting: Setting, corpus: Path, work: Path) -> dict:
    """Build the corpus with `setting` (in this process: one per setting) and score it: each
    conflict alone, all but each conflict, and all."""
    start = time.perf_counter()
    folder = work / "corpus"
    shutil.copytree(corpus, folder)
    extra = {}
    if setting:
        knob = next(k for k in knobs() if k.name == setting[0])
        extra = knob.apply(setting[1], work)
    claimgraph.build_corpus(folder, jobs=1, **extra)
    report = evaluate_corpus(folder, folder / "gold")
    groups: dict[str, list] = {}
    for r in report.reports:
        groups.setdefault(conflict(r.source), []).append(r)
    result = {"seconds": round(time.perf_counter() - start, 1), "all": score(report, report.reports),
              "alone": {}, "others": {}, "rows": {}}
    for name, members in sorted(groups.items()):
        others = [r for r in report.reports if r not in members]
        result["alone"][name] = score(report, members)
        result["others"][name] = score(report, others)
        result["rows"][name] = report.row(members)
    return result


def _measure_in(args: tuple[Setting, Path, Path]) -> dict:
    setting, corpus, work = args
    return measure(setting, corpus, work)


def run(grid: list[Setting], corpus: Path, scratch: Path, jobs: int) -> dict[Setting, dict]:
    """Each setting in a fresh process (no module state carried over), `jobs` at a time."""
    tasks = [(s, corpus, scratch / f"setting-{i}") for i, s in enumerate(grid)]
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn"), max_tasks_per_child=1) as pool:
        return dict(zip(grid, pool.map(_measure_in, tasks)))


def best(results: dict[Setting, dict], key: Callable[[dict], float]) -> list[Setting]:
    """The settings of the highest `key` (ties all), in grid order: the defaults first if among them."""
    top = max(key(r) for r in results.values())
    return [s for s, r in results.items() if key(r) >= top - TIE]


def choices(results: dict[Setting, dict]) -> dict:
    """Per conflict: its score with today's defaults, with the setting chosen on all conflicts (the
    first of a tie: an in-sample number anyway) and with the setting chosen on the others, twice
    where the others cannot tell settings apart: the first of those tied (the defaults when among
    them) and the worst of them. The defaults were chosen with every conflict in, so the first
    flatters; the worst is what a rule or value that only this conflict supports can cost."""
    conflicts = list(results[()]["alone"])
    all_in = best(results, lambda r: r["all"])[0]
    table = {}
    for name in conflicts:
        tied = best(results, lambda r: r["others"][name])
        held = min(tied, key=lambda s: results[s]["alone"][name])
        outcomes: dict[float, list[str]] = {}
        for setting in tied:
            outcomes.setdefault(results[setting]["alone"][name], []).append(label(setting))
        outcomes.pop(results[held]["alone"][name])
        others = [f"{names[0]}{f' and {len(names) - 1} more' if len(names) > 1 else ''} ({score:.3f})"
                  for score, names in outcomes.items()]
        table[name] = {"defaults": results[()]["alone"][name], "all_in": results[all_in]["alone"][name],
                       "held_out": results[tied[0]]["alone"][name], "worst_tie": results[held]["alone"][name],
                       "all_in_setting": label(all_in),
                       "held_out_setting": label(held), "tied_with": others}
    return table


def per_knob(results: dict[Setting, dict], chosen: list[Knob]) -> dict:
    """Per knob (the others at their defaults): its best values on all and with each conflict held out
    (several when tied), and the largest change of any conflict's score over its range."""
    conflicts = list(results[()]["alone"])
    found = {}
    for knob in chosen:
        mine = {s: r for s, r in results.items() if not s or s[0] == knob.name}
        held = {c: [_value(knob, s) for s in best(mine, lambda r: r["others"][c])] for c in conflicts}
        effect = max(abs(r["alone"][c] - results[()]["alone"][c]) for r in mine.values() for c in conflicts)
        found[knob.name] = {"default": knob.default, "values": list(knob.values), "effect": effect,
                            "all_in": [_value(knob, s) for s in best(mine, lambda r: r["all"])], "held_out": held,
                            "moved": sum(knob.default not in values for values in held.values())}
    return found


def _value(knob: Knob, setting: Setting):
    return setting[1] if setting else knob.default


def render(results: dict[Setting, dict], table: dict, knob_table: dict) -> str:
    conflicts = list(table)
    heads = "".join(f"{c.split(' ')[0][:9]:>10}" for c in conflicts)
    wide = "".join(f"{c.split(' ')[0][:15]:>16}" for c in conflicts)
    lines = ["Score: the mean of Actor, Place, Agreement, Event and roles F1 and the share of dates right.", "",
             f"{'setting':42}{heads}{'all':>8}{'s':>6}"]
    for setting, r in results.items():
        lines.append(f"{label(setting):42}" + "".join(f"{r['alone'][c]:10.3f}" for c in conflicts)
                     + f"{r['all']:8.3f}{r['seconds']:6.0f}")
    lines += ["", f"{'conflict':18}{'defaults':>9}{'all-in':>8}{'held-out':>9}{'worst tie':>10}  worst setting chosen "
              f"without it (all-in: {next(iter(table.values()))['all_in_setting']})"]
    for name, row in table.items():
        tied = f"; tied on the others: {', '.join(row['tied_with'])}" if row["tied_with"] else ""
        lines.append(f"{name:18}{row['defaults']:9.3f}{row['all_in']:8.3f}{row['held_out']:9.3f}"
                     f"{row['worst_tie']:10.3f}  {row['held_out_setting']}{tied}")
    keys = ("defaults", "all_in", "held_out", "worst_tie")
    means = {key: sum(r[key] for r in table.values()) / len(table) for key in keys}
    lines.append(f"{'mean':18}{means['defaults']:9.3f}{means['all_in']:8.3f}{means['held_out']:9.3f}"
                 f"{means['worst_tie']:10.3f}  held-out is {means['all_in'] - means['held_out']:.3f} below all-in on "
                 f"average ({means['all_in'] - means['worst_tie']:.3f} with the worst of each tie)")
    lines += ["", "Best values of each knob alone (several when tied; 'any' when its whole range ties), on all "
              "and with each conflict held out:", f"{'knob':36}{'default':>8}{'effect':>8}{'all-in':>16}{wide}"]
    for name, k in knob_table.items():
        cells = "".join(f"{_values(k, k['held_out'][c]):>16}" for c in conflicts)
        moved = f"  <- moved for {k['moved']} of {len(conflicts)}" if k["moved"] * 2 > len(conflicts) else ""
        lines.append(f"{name:36}{_short(k['default']):>8}{k['effect']:8.3f}{_values(k, k['all_in']):>16}{cells}{moved}")
    lines.append("(effect: the largest change of one conflict's score over the knob's range)")
    return "\n".join(lines)


def _values(knob: dict, values: list) -> str:
    if len(values) == len(knob["values"]):
        return "any"
    return "/".join(_short(v) for v in knob["values"] if v in values)


def _short(value) -> str:
    if value is None:
        return "none"
    if isinstance(value, int) and value >= 1000:
        return f"{value // 1000}k"
    return str(value)[:9]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="settings built at once")
    parser.add_argument("--knob", action="append", help="only this knob (repeatable; default: all)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    if not (args.shared / "eval" / "dev").is_dir():
        sys.exit(f"Error: {args.shared / 'eval' / 'dev'}: the development set is not there; pass --shared DIR")
    chosen = [k for k in knobs() if not args.knob or k.name in args.knob]
    if args.knob and len(chosen) != len(set(args.knob)):
        sys.exit(f"Error: unknown knob; the knobs are {', '.join(k.name for k in knobs())}")
    if any(k.name == "world.CITY_POPULATION" for k in chosen) and (missing := missing_world_extra()):
        sys.exit(f"Error: the knob world.CITY_POPULATION rebuilds the world pack, which needs the world extra "
                 f"({', '.join(missing)} not installed): pip install -e '.[world]', or choose other --knob values")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = corpus_folder(args.shared, Path(tmp) / "dev")
        results = run(settings(chosen), corpus, Path(tmp), args.jobs)
    table, knob_table = choices(results), per_knob(results, chosen)
    if args.format == "json":
        print(json.dumps({"settings": {label(s): r for s, r in results.items()}, "conflicts": table,
                          "knobs": knob_table}, indent=2, default=str))
    else:
        print(render(results, table, knob_table))


if __name__ == "__main__":
    main()
