"""New sources into a corpus folder: `claimgraph build CORPUS --add FILE...`, for news coming in day by day.

Each file is read first (so a missing, binary or undecodable one stops everything before
the corpus changes), copied into the folder's `sources/` (a file already inside the folder
stays where it is) and listed in `sources.toml` with its SHA-256, so a later build refuses
it changed. The manifest is the commit point: the copies are made first, the manifest is
rewritten in one step (its comments and order kept, the entries appended), and if anything
fails before that the copies are removed (killed between the two, a copy is left unlisted:
the same command again lists it). A file whose bytes the corpus already holds, under any
name, is not added again. The build that follows is an ordinary build of the folder: its bytes
are those of a clean build, and the cache spares the extraction of the sources it had.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ManifestError, SourceError
from ..model import SourceMeta
from ..rdf.trig import atomic_write_bytes
from . import infer, manifest, read
from .decode import read_bytes, sha256

FOLDER = "sources"  # where added files are copied, inside the corpus folder


@dataclass(frozen=True)
class Added:
    source: SourceMeta  # as listed: id, path inside the folder, sha256
    data: bytes
    copy: Path | None  # where the file goes; None when it already is inside the folder


@dataclass(frozen=True)
class Addition:
    """What `add_sources` did: the ids added (in the order given), and the corpus as now listed (the
    manifest as written, read by the manifest's own reader before it replaced the old: the build that
    follows need not read it again; 1,000 sources: 0.08 s of CPU a reading)."""

    ids: list[str]
    corpus: manifest.Manifest


def add_sources(manifest_path: Path, files: list[Path], encoding: str | None = None) -> Addition:
    """List `files` in the corpus of `manifest_path`."""
    corpus = manifest.load(manifest_path)
    added = _plan(corpus, files, encoding)
    made: list[Path] = []  # only the files this call created: a rollback never touches one it found
    try:
        for item in added:
            if item.copy is not None:
                atomic_write_bytes(item.copy, item.data)
                made.append(item.copy)
        listed = _write_manifest(corpus, [item.source for item in added])
    except BaseException:
        for path in made:
            path.unlink(missing_ok=True)
        raise
    return Addition([item.source.id for item in added], listed)


def _plan(corpus: manifest.Manifest, files: list[Path], encoding: str | None) -> list[Added]:
    """What each file becomes; raises on the first file that cannot be added, before any change.
    A file whose bytes the corpus holds (under any name, or earlier in `files`) is skipped."""
    held = {source.id: source for source in corpus.sources}
    digests = {_digest(corpus.folder, source) for source in corpus.sources}
    plan: list[Added] = []
    for file in files:
        data = read_bytes(file)
        if sha256(data) in digests:
            continue
        source, copy = _placed(corpus, file, data, encoding, held)
        plan.append(Added(source, data, copy))
        held[source.id] = source
        digests.add(source.sha256)
    return plan


def _placed(corpus: manifest.Manifest, file: Path, data: bytes, encoding: str | None,
            held: dict[str, SourceMeta]) -> tuple[SourceMeta, Path | None]:
    """The entry for a file the corpus does not hold, and where it is to be copied (None: it is in place)."""
    _check_name(file)
    source_id = infer.bare_meta(file, encoding).id
    read(SourceMeta(id=source_id, path=str(file), encoding=encoding))  # the reader's own checks
    if source_id in held:
        raise SourceError(file, f"the corpus already has a source {source_id!r} ({held[source_id].path}) with other "
                                "content; rename the file to add it as a new source")
    folder = corpus.folder.resolve()
    inside = file.resolve().is_relative_to(folder)
    target = file.resolve() if inside else folder / FOLDER / file.name
    if not inside and target.exists() and target.read_bytes() != data:
        raise SourceError(file, f"{target} already exists with other content; rename the file")
    relative = target.relative_to(folder).as_posix()
    copy = None if inside or target.exists() else target
    return SourceMeta(id=source_id, path=relative, encoding=encoding, sha256=sha256(data)), copy


def _digest(folder: Path, source: SourceMeta) -> str | None:
    """A listed source's SHA-256: the pinned one, else its file's (None when it is missing)."""
    path = folder / source.path
    return source.sha256 or (sha256(path.read_bytes()) if path.is_file() else None)


def _check_name(file: Path) -> None:
    """The manifest is UTF-8: a file name that is not (bytes from another system) cannot be listed."""
    try:
        file.name.encode("utf-8")
    except UnicodeEncodeError:
        raise SourceError(file, "its name is not valid UTF-8; rename the file") from None


def _write_manifest(corpus: manifest.Manifest, sources: list[SourceMeta]) -> manifest.Manifest:
    """The manifest with `sources` appended, checked by the manifest's own reader before it replaces the
    old; the corpus it lists (as that reader read it)."""
    if not sources:
        return corpus
    text = corpus.path.read_text(encoding="utf-8").rstrip("\n") + "\n" + "".join(map(_entry, sources))
    try:
        listed = manifest.parse(corpus.path, text)
    except ManifestError as error:
        raise ManifestError(corpus.path, f"adding would make it invalid: {error.reason}") from None
    atomic_write_bytes(corpus.path, text.encode("utf-8"))
    return listed


def _entry(source: SourceMeta) -> str:
    """A [[source]] table."""
    fields = {"id": source.id, "path": source.path, "encoding": source.encoding, "sha256": source.sha256}
    lines = [f"{key} = {_string(value)}" for key, value in fields.items() if value]
    return "\n[[source]]\n" + "\n".join(lines) + "\n"


def _string(value: str) -> str:
    """A TOML basic string: JSON's escapes, and DEL, which TOML wants escaped and JSON does not."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
