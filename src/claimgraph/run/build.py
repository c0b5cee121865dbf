"""Build: sources in, one dataset file out (read -> recognise -> resolve -> claims -> rdf).

`build()` is the library call behind `claimgraph build`. Every source is read and
checked before anything is written; the output file is replaced atomically, so a bad
input leaves the previous graph byte-identical.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..collector import collector_paused
from ..combine import compare, link
from ..errors import OutputError
from ..extract.resolution import Known
from ..model import Document, Extraction, Progress, SourceMeta, Step, claim_of, claim_row
from ..rdf import dataset, trig
from ..rdf.terms import tops
from ..read import infer, manifest, read
from ..recognise import Recogniser, gazetteer_of
from ..recognise.packs import Entry, load as load_gazetteer
from . import distributed, linking, parallel
from .cache import Cache, extractor_version
from .comparing import compared_sections

# Making a section takes milliseconds; a worker process takes a second or two to start.
SECTIONS_PER_WORKER = 100


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
    """One source read, recognised and taken through the extraction pipeline; its entities are
    those its claims speak of. The pipeline and the rule stack are loaded here, on the first extraction: a build
    from the cache never needs them (`recognise`); their patterns as an earlier process compiled them (`compiled`)."""
    from ..recognise import compiled

    with compiled.kept():
        from ..extract import pipeline
        from ..recognise import recognise

    document = read(meta, base)
    draft = pipeline.run(pipeline.Draft(document, recognise(document, recognisers), known_entities(recognisers),
                                        gazetteer_of(recognisers)))
    claims = draft.claims
    used = {c.subject for c in claims} | {c.obj for c in claims if isinstance(c.obj, str) and c.predicate != "type"}
    entities = {eid: e for eid, e in draft.resolution.entities.items() if eid in used}
    return Extraction(document=draft.document, entities=entities, claims=claims)


_known: tuple[dict, Known] | None = None  # the last gazetteer table and its index


def known_entities(recognisers: Sequence[Recogniser]) -> Known:
    """The known entities of the recognisers' gazetteer, indexed once per table (one slot: a
    process extracts with one set of recognisers), not once per source."""
    global _known
    table = gazetteer_of(recognisers)
    if _known is None or _known[0] is not table:
        _known = (table, Known({eid: entry.entity for eid, entry in table.items()}))
    return _known[1]


@collector_paused()
def build(sources: Sequence[SourceMeta], output: Path, base: Path = Path("."),
          recognisers: Sequence[Recogniser] | None = None, jobs: int | None = None,
          cache: Path | Cache | None = None, dask: str | None = None,
          progress: Progress | None = None) -> Summary:
    """Build the dataset of `sources` (paths relative to `base`) into `output`.

    `jobs` processes extract sources in parallel (default: every core), or a Dask
    cluster at `dask` ("local" for one on this machine); `cache` is a folder of
    extractions to reuse by content, or a `Cache` made for `recognisers` (a long-lived process
    keeps one: `run.memo`). Every choice gives the same bytes. `progress` hears of
    each stage's start and end, and of each source read and written (`Step`).
    """
    fmt = trig.dataset_format_for(output)
    store = cache if isinstance(cache, Cache) or cache is None else Cache(cache, extractor_version(recognisers))
    gazetteer = gazetteer_of(recognisers) if recognisers is not None else load_gazetteer()
    held = list(_held(sources, base, recognisers, jobs, store, gazetteer, dask, progress))
    with _stage(progress, "link", len(held)):
        linked = linking.linked(held, gazetteer, store, lambda i: next(parallel.run(
            extract, [sources[i]], base, recognisers)))
        # the workers make the sections as the sources are renamed, and while this process compares
        ready, made = sections(linked, len(held), fmt, jobs, store, progress)
    with _stage(progress, "compare", len(ready)):
        said = [source.digest.said for source in ready]
        shared = dataset.serialised(dataset.shared_quads(e for source in said for e in source.entities), fmt)
        compared = compared_sections(ready, gazetteer, fmt, store)
    quads, claims = _write(dataset.with_selectors(itertools.chain([shared], compared, made), fmt), output)
    return _summary(output, said, quads, claims)


def _held(sources: Sequence[SourceMeta], base: Path, recognisers: Sequence[Recogniser] | None, jobs: int | None,
          store: Cache | None, gazetteer: dict[str, Entry], dask: str | None,
          progress: Progress | None) -> Iterator[linking.Held]:
    """Each source as linking takes it (`linking.Held`), in order: a cached source by what it tells
    (its extraction is not read), the others extracted by `jobs` processes (or on Dask), each keyed
    by the bytes its extraction read (`Cache.key_of`): a file edited during the build is its old
    text in this graph, and its new text for the next build, never the old text under the new key."""
    take = linking.cached(store, gazetteer) if store else None
    found = parallel.extract_all(extract, sources, base, recognisers, jobs=jobs, cache=store,
                                 runner=_dask_runner(dask), progress=progress, take=take)
    for meta, source in zip(sources, found):
        if isinstance(source, linking.Held):
            yield source
        else:
            key = store.key_of(meta, source.document.sha256) if store else None
            yield linking.held(source, key, store, gazetteer)


def _dask_runner(address: str | None) -> parallel.Runner | None:
    """Extraction on the Dask cluster at `address`, when one is given (else `parallel` picks)."""
    return functools.partial(distributed.run_dask, address=address) if address else None


@contextlib.contextmanager
def _stage(progress: Progress | None, name: str, total: int) -> Iterator[None]:
    """A stage that cannot count its way through the sources: reported when it starts and ends."""
    if progress:
        progress(Step(name, 0, total))
    yield
    if progress:
        progress(Step(name, total, total))


def _write(parts: Iterable[dataset.Section], output: Path) -> tuple[int, int]:
    """Write the parts as they come (the workers still make the later ones while the first are
    written, and no part is kept once written); how many quads and claims they hold. An OutputError
    when the file cannot be written (a watch reports it and goes on, as for a bad input)."""
    quads = claims = 0

    def data() -> Iterator[bytes]:
        nonlocal quads, claims
        for part in parts:
            quads, claims = quads + part.quads, claims + part.claims
            yield part.data
    try:
        trig.write_parts(data(), output)
    except OSError as exc:
        raise OutputError(output, f"cannot be written ({exc.strerror or exc}); the graph is as it was") from exc
    return quads, claims


def sections(sources: Iterable[linking.Ready], count: int, fmt, jobs: int | None, cache: Cache | None,
             progress: Progress | None = None) -> tuple[list[linking.Ready], Iterator[dataset.Section]]:
    """The `count` linked sources, all taken (a list), and each one's serialised section, in order:
    from `cache` when its source and the ids linking renamed in it are unchanged (its linked
    extraction is then never read), else made by `jobs` processes (a section needs only its own
    extraction, so it is parallel and reusable). Without a cache every section is made, and a
    pool's workers start on the first while the later sources are still taken (linking renames
    each as it is asked for). A pool is at work when this returns; the sections are read from the
    iterator, and `progress` hears of each once the next is asked for (once it is written)."""
    make = functools.partial(dataset.source_part, media_type=fmt.media_type)
    if cache is None and parallel.workers(jobs, count, SECTIONS_PER_WORKER) > 1:
        taken: list[linking.Ready] = []
        made = _made(make, (source.extraction() for source in _kept(sources, taken)), count, jobs)
        assert len(taken) == count, "a pool uses its items up before map_ordered returns"
        return taken, _in_order([(source, None, False) for source in taken], made, make, cache, progress)
    sources = list(sources)
    keys = [cache.section_key(source.digest.section, fmt.name) if cache else None for source in sources]
    cached = [cache is not None and cache.has(key) for key in keys]
    missed = [source.extraction() for source, hit in zip(sources, cached) if not hit]
    made = _made(make, missed, len(missed), jobs)
    return sources, _in_order(list(zip(sources, keys, cached)), made, make, cache, progress)


def _made(make: Callable[[Extraction], dataset.Section], extractions: Iterable[Extraction], count: int,
          jobs: int | None) -> Iterator[dataset.Section]:
    """`make` of each of the `count` extractions, in order, by `jobs` processes (`parallel.map_ordered`).
    A pool's workers are sent what a section is made of (`_sent`), not whole extractions: on 1,000
    articles, 25 MB instead of 55 MB, pickled in 0.3 s instead of 0.5 s."""
    if parallel.workers(jobs, count, SECTIONS_PER_WORKER) <= 1:
        return map(make, extractions)
    return parallel.map_ordered(functools.partial(_section, make=make), map(_sent, extractions), jobs,
                                per_worker=SECTIONS_PER_WORKER, count=count)


def _sent(extraction: Extraction) -> tuple[Document, list[tuple]]:
    """What a section worker needs of an extraction: its document and its claims, as rows of their
    fields (`claim_row`: a tuple pickles far faster than a dataclass); not its entities."""
    return extraction.document, list(map(claim_row, extraction.claims))


def _section(sent: tuple[Document, list[tuple]], make: Callable[[Extraction], dataset.Section]) -> dataset.Section:
    """The section of what `_sent` sent, in a worker."""
    document, rows = sent
    return make(Extraction(document, claims=list(map(claim_of, rows))))


def _kept(items: Iterable[linking.Ready], into: list[linking.Ready]) -> Iterator[linking.Ready]:
    """`items`, each also put in `into` as it passes."""
    for item in items:
        into.append(item)
        yield item


def _in_order(sources: list[tuple[linking.Ready, str | None, bool]], made: Iterator[dataset.Section],
              make: Callable[[Extraction], dataset.Section], cache: Cache | None,
              progress: Progress | None) -> Iterator[dataset.Section]:
    """The sections in order: a cached one read only when its turn comes (so cached sections never
    wait in memory; one that cannot be read is made here), the others taken from `made`; new ones
    are stored."""
    if progress:
        progress(Step("write", 0, len(sources)))
    for done, (source, key, hit) in enumerate(sources, 1):
        section = cache.load(key, dataset.Section) if hit else None
        if section is None:
            section = make(source.extraction()) if hit else next(made)
            if cache:
                cache.store(key, section)
        yield section
        if progress:
            progress(Step("write", done, len(sources), source.digest.said.source))


def combine(extractions: list[Extraction], gazetteer: dict[str, Entry] | None = None) -> list[Extraction]:
    """The cross-source stage of extractions in hand (a build links through `linking`, which reads
    from the cache only what it needs): the same event or agreement told by several sources
    becomes one entity (`link`), told apart by the `gazetteer` the sources were recognised with
    (default: the bundled one)."""
    return link.link(extractions, gazetteer)


def build_corpus(folder: str | Path | manifest.Manifest, output: str | Path | None = None, **kwargs) -> Summary:
    """Build a corpus folder with a `sources.toml` (or the manifest itself, or the `Manifest` read from
    it) into `output`, by default `<folder>/<corpus id>.trig`."""
    if isinstance(folder, manifest.Manifest):
        corpus = folder
    else:
        folder = Path(folder)
        corpus = manifest.load(folder / "sources.toml" if folder.is_dir() else folder)
    return build(corpus.sources, output_of(corpus, output), base=corpus.folder, **kwargs)


def output_of(corpus: manifest.Manifest, output: str | Path | None) -> Path:
    """Where a corpus's graph goes: `output` when given, else `<folder>/<corpus id>.trig`."""
    return Path(output) if output else corpus.folder / f"{corpus.id}.trig"


def build_files(paths: Sequence[str | Path], output: str | Path, encoding: str | None = None, **kwargs) -> Summary:
    """Build bare files with no manifest; metadata then comes from the texts.

    `encoding` decodes every text file (default: by BOM, else strict UTF-8).
    """
    sources = infer.bare_sources([Path(p) for p in paths], encoding)
    return build(sources, Path(output), **kwargs)


def _summary(output: Path, said: list[compare.Said], quads: int, claims: int) -> Summary:
    summary = Summary(output=output, sources=len(said), claims=claims, quads=quads)
    seen: set[tuple[str, str]] = set()
    for source in said:
        for entity in source.entities:
            for top in tops(entity.classes):
                seen.add((top, entity.id))
    summary.entities.update(top for top, _ in seen)
    return summary
