"""Build: sources in, one dataset file out (read -> recognise -> resolve -> claims -> rdf).

`build()` is the library call behind `claimgraph build`. Every source is read and
checked before anything is written; the output file is replaced atomically, so a bad
input leaves the previous graph byte-identical.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import claims as claims_stage
from . import link, modality, parallel, roles, timeline
from .cache import Cache, extractor_version
from .errors import SourceError
from .model import Extraction, SourceMeta
from .rdf import comparisons, dataset, trig
from .rdf.terms import top_classes
from .read import infer, manifest, read
from .recognise import Recogniser, recognise
from .resolve import Resolver


@dataclass
class Summary:
    """What a build produced: counts for people, the output path for scripts."""

    output: Path
    sources: int = 0
    claims: int = 0
    quads: int = 0
    entities: Counter = field(default_factory=Counter)  # top class -> distinct entities

    def as_dict(self) -> dict:
        return {"output": str(self.output), "sources": self.sources, "claims": self.claims,
                "quads": self.quads, "entities": dict(sorted(self.entities.items()))}


def extract(meta: SourceMeta, base: Path, recognisers: Sequence[Recogniser]) -> Extraction:
    """One source through every stage up to claims."""
    document = read(meta, base)
    sentences = recognise(document, recognisers)
    known = {eid: entry.entity for r in recognisers for eid, entry in getattr(r, "entries", {}).items()}
    resolution = Resolver(meta.id, document.text, known)(sentences)
    stages = (claims_stage.extract, roles.extract, timeline.extract)
    claims = sorted({c for stage in stages for c in stage(meta.id, document.text, sentences, resolution)},
                    key=lambda c: (c.start, c.end, c.subject, c.predicate, str(c.obj), c.method))
    claims = modality.mark(claims, document.text, sentences, resolution)
    used = {c.subject for c in claims} | {c.obj for c in claims if isinstance(c.obj, str) and c.predicate != "type"}
    entities = {eid: e for eid, e in resolution.entities.items() if eid in used}
    return Extraction(document=document, entities=entities, claims=claims)


def build(sources: Sequence[SourceMeta], output: Path, base: Path = Path("."),
          recognisers: Sequence[Recogniser] | None = None, jobs: int | None = None,
          cache: Path | None = None, dask: str | None = None,
          progress: parallel.Progress | None = None) -> Summary:
    """Build the dataset of `sources` (paths relative to `base`) into `output`.

    `jobs` processes extract sources in parallel (default: every core), or a Dask
    cluster at `dask` ("local" for one on this machine); `cache` is a folder of
    extractions to reuse by content. Every choice gives the same bytes.
    """
    trig.format_for(output)
    store = Cache(cache, extractor_version(recognisers)) if cache else None
    extractions = list(parallel.extract_all(extract, sources, base, recognisers, jobs=jobs, cache=store,
                                            dask=dask, progress=progress))
    extractions = combine(extractions)
    quads = dataset.quads(extractions, extra=comparisons.quads(extractions))
    trig.write(quads, output)
    return _summary(output, extractions, len(quads))


def combine(extractions: list[Extraction]) -> list[Extraction]:
    """The cross-source stage: what can only be decided with every source in hand.

    Per-source extraction (`extract`) is independent for each source, so it can run in
    parallel and be cached; anything that compares or links sources belongs here:
    the same event or agreement told by several sources becomes one entity (`link`).
    """
    return link.link(extractions)


def build_corpus(folder: Path, output: Path | None = None, **kwargs) -> Summary:
    """Build a corpus folder with a `sources.toml` into `<folder>/<corpus id>.trig`."""
    corpus = manifest.load(folder / "sources.toml" if folder.is_dir() else folder)
    output = output or corpus.folder / f"{corpus.id}.trig"
    return build(corpus.sources, output, base=corpus.folder, **kwargs)


def build_files(paths: Sequence[Path], output: Path, encoding: str | None = None, **kwargs) -> Summary:
    """Build bare files with no manifest; metadata then comes from the texts.

    `encoding` decodes every text file (default: by BOM, else strict UTF-8).
    """
    sources = [infer.bare_meta(p, encoding) for p in paths]
    seen: dict[str, Path] = {}
    for meta, path in zip(sources, paths):
        if meta.id in seen:
            raise SourceError(path, f"has the same source id {meta.id!r} as {seen[meta.id]}; rename one of them")
        seen[meta.id] = path
    return build(sources, output, **kwargs)


def _summary(output: Path, extractions: list[Extraction], quads: int) -> Summary:
    summary = Summary(output=output, sources=len(extractions), quads=quads)
    seen: set[tuple[str, str]] = set()
    for ex in extractions:
        summary.claims += len(ex.claims)
        for entity in ex.entities.values():
            for top in {t for c in entity.classes for t in top_classes(c)}:
                seen.add((top, entity.id))
    summary.entities.update(top for top, _ in seen)
    return summary
