"""The package's own files: where the ontology and gazetteer packs are (inside the installed
package, or beside `src/` in a checkout), and a fingerprint of the code and data that decide
what an extraction gives (the build cache and the merged gazetteer table are keyed by it)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# The libraries an extraction's output depends on: tokens, language tags, text from HTML and PDF.
LIBRARIES = ("spacy", "py3langid", "trafilatura", "pypdf")


def ontology_file(name: str) -> Path:
    """Path of a file of `ontology/` (claimgraph.ttl, shapes.ttl, the gazetteer packs, queries/...)."""
    for folder in (PACKAGE / "ontology", PACKAGE.parents[1] / "ontology"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"ontology file {name!r} is missing from the installation")


# The bundled gazetteer packs, lowest first (claimgraph.recognise.packs merges them in this order).
GAZETTEER_PACKS = ("world.ttl", "organisations.ttl", "gazetteer.ttl")


def gazetteer_packs() -> list[Path]:
    """The bundled gazetteer packs, lowest first."""
    return [ontology_file(name) for name in GAZETTEER_PACKS]


def load_pickled(path: str | Path, kind: type):
    """The `kind` pickled at `path`, or None when there is none or it cannot be read: a cache
    entry is made again rather than trusted. Any error counts (a torn or flipped file raises
    UnpicklingError, EOFError, ValueError, UnicodeDecodeError, KeyError ... as its bytes fall)."""
    try:
        with open(path, "rb") as entry:
            found = pickle.loads(entry.read())
    except Exception:  # noqa: BLE001 - whatever a damaged entry raises, it is a miss
        return None
    return found if isinstance(found, kind) else None


def prune(folder: Path, keep: int) -> None:
    """The `keep` entries of a disk cache `folder` used last stay, older ones go: an entry is the
    files of one stem (a pickle and the tables kept beside it), used when its newest file was
    touched. Every change of the code, a pack or a library keys new entries (a few MB to 60 MB
    each) and nothing reads the old ones again. A file another process removes or maps meanwhile
    is no error (a mapped file outlives its name)."""
    used: dict[str, int] = {}
    files: dict[str, list[Path]] = {}
    for entry in folder.iterdir():
        stem = entry.name.split(".", 1)[0]
        if not stem:  # a file another process is writing (`atomic_write_bytes`)
            continue
        with contextlib.suppress(OSError):
            used[stem] = max(used.get(stem, 0), entry.stat().st_mtime_ns)
            files.setdefault(stem, []).append(entry)
    for stem in sorted(used, key=lambda s: (used[s], s), reverse=True)[keep:]:
        for entry in files[stem]:
            with contextlib.suppress(OSError):
                entry.unlink()


def user_cache(kind: str) -> Path:
    """Where tables made from bundled data are kept between processes, one folder per `kind`:
    $XDG_CACHE_HOME/claimgraph/<kind> (~/.cache/...).

    With neither that variable nor a home directory (a service account without one), a folder under
    the null device: reading it misses and writing it raises OSError, which every cache's caller
    takes as "not kept", so each process makes its tables instead of failing."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
        except RuntimeError:  # no $HOME and no password-file entry to find one
            base = Path(os.devnull)
    return Path(base) / "claimgraph" / kind


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """The versions of claimgraph and the libraries in `LIBRARIES`, the bundled packs and every
    module's code: what changes when an extraction may change."""
    import importlib.metadata  # here: 0.07 s of CPU to import, which a command that builds nothing never pays

    files = sorted(PACKAGE.rglob("*.py"))
    parts = [f"{name} {importlib.metadata.version(name)}" for name in ("claimgraph", *LIBRARIES)]
    parts += [file_hash(path) for path in gazetteer_packs()]
    parts += [f"{f.relative_to(PACKAGE)}:{file_hash(f)}" for f in files]
    return "\n".join(parts)


def file_hash(path: str | Path | None) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else "-"
