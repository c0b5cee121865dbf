"""Score a whole built corpus against a folder of gold files, micro-averaged over its sources.

Each gold file (`<gold dir>/*.yaml`) is scored with `claimgraph.evaluate.score.evaluate` against the
source whose id is the stem of the gold's `text`; the counts of every source are then added
up before precision, recall and F1 are taken (micro-averaging: a long text weighs more than a
short one, as each gold item weighs the same). Gold files of sources the corpus does not
hold are listed as `unscored`, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..read import manifest
from ..store.graph import is_store
from .score import UNTOLD, GoldError, Report, Score, evaluate, load_yaml

COLUMNS = ("Actor", "Place", "Agreement", "Event", "roles")


@dataclass
class CorpusReport:
    """The reports of every scored source, and their micro-averaged totals."""

    reports: list[Report]
    unscored: list[str] = field(default_factory=list)

    def total(self, name: str, reports: list[Report] | None = None) -> Score:
        """`name` (a top class, "events", "agreements" or "roles") summed over `reports` (default: all)."""
        total = Score(0, 0, 0, 0)
        for report in self.reports if reports is None else reports:
            score = report.types.get(name) or getattr(report, name)
            total.predicted += score.predicted
            total.gold += score.gold
            total.tp_predicted += score.tp_predicted
            total.tp_gold += score.tp_gold
        return total

    def dates(self, reports: list[Report] | None = None) -> tuple[int, int]:
        chosen = self.reports if reports is None else reports
        return sum(r.dates[0] for r in chosen), sum(r.dates[1] for r in chosen)

    def row(self, reports: list[Report] | None = None) -> dict:
        """The micro-averaged scores of `reports` (default: all), as the JSON output gives them."""
        chosen = self.reports if reports is None else reports
        right, gold = self.dates(chosen)
        row = {name: self.total(name, chosen).as_dict() for name in (*COLUMNS, "events", "agreements")}
        row["dates"] = {"right": right, "gold": gold, "accuracy": round(right / gold, 3) if gold else None}
        for status in UNTOLD:
            row[status] = {"asserted": sum(len(r.asserted.get(status, [])) for r in chosen),
                           "total": sum(r.untold.get(status, 0) for r in chosen)}
        return row

    def as_dict(self) -> dict:
        return {"micro": self.row(), "sources": [r.as_dict() for r in self.reports], "unscored": self.unscored}


def evaluate_corpus(corpus: Path, gold_dir: Path) -> CorpusReport:
    """Score the built corpus `corpus` (a corpus folder with its sources.toml and built graph,
    or a graph file or store folder whose texts lie where `evaluate` looks: beside the gold files or in
    `<gold dir>/../texts/`)."""
    graph, texts = _graph_and_texts(corpus)
    golds = sorted(gold_dir.glob("*.yaml")) if gold_dir.is_dir() else []
    if not golds:
        raise GoldError(gold_dir, "no gold files (*.yaml) in this folder")
    reports, unscored = [], []
    for gold in golds:
        source = Path(_text_name(gold)).stem
        if texts is not None and source not in texts:
            unscored.append(source)
            continue
        text = texts[source] if texts is not None else None  # None: evaluate looks beside the gold
        reports.append(evaluate(graph, gold, source=source, text_path=text))
    if not reports:
        raise GoldError(gold_dir, f"none of its gold files is about a source of {corpus}")
    return CorpusReport(reports=reports, unscored=unscored)


def _graph_and_texts(corpus: Path) -> tuple[Path, dict[str, Path] | None]:
    """The graph (a file or a store folder), and each source's text when a manifest says where it is."""
    if not corpus.is_dir() or is_store(corpus):
        return corpus, None
    found = manifest.load(corpus / "sources.toml")
    graph = found.folder / f"{found.id}.trig"
    if not graph.is_file():
        raise GoldError(graph, f"the corpus is not built yet: run `claimgraph build {corpus}` first")
    return graph, {s.id: found.folder / s.path for s in found.sources}


def _text_name(gold: Path) -> str:
    try:
        raw = load_yaml(gold)
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(gold, f"cannot read the gold file ({exc})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise GoldError(gold, "not a gold file: it needs a top-level `text:` key")
    return raw["text"]


def _cell(score: Score) -> str:
    """F1, or a dash where there was nothing to find and nothing was found."""
    return f"{'-':>10}" if not score.gold and not score.predicted else f"{score.f1:10.2f}"


def render(report: CorpusReport) -> str:
    """One line per source and the micro-averaged total: F1 per column, dates right."""
    header = f"{'source':44}" + "".join(f"{c:>10}" for c in COLUMNS) + f"{'dates':>10}"

    def line(name: str, reports: list[Report]) -> str:
        right, gold = report.dates(reports)
        cells = "".join(_cell(report.total(c, reports)) for c in COLUMNS)
        return f"{name[:44]:44}{cells}{f'{right}/{gold}':>10}"

    lines = [header] + [line(r.source, [r]) for r in report.reports]
    lines.append(line(f"micro-average ({len(report.reports)} sources)", report.reports))
    row = report.row()
    lines += [f"{status} events stored as asserted: {row[status]['asserted']} of {row[status]['total']}"
              for status in UNTOLD]
    if report.unscored:
        lines.append(f"not in the corpus, not scored: {', '.join(report.unscored)}")
    return "\n".join(lines)
