"""The corpus manifest, `sources.toml`: what each source is, checked before anything runs.

    [corpus]
    id = "karabakh-2020"
    title = "..."

    [[source]]
    id = "asker-ozpinar-2021"           # required; a slug, unique in the corpus
    path = "sources/asker-ozpinar-2021.txt"   # required; inside the corpus folder
    title = "..."                       # optional fields: see FIELDS
    creators = ["Ali Asker", "Zeynep Gizem Özpınar"]
    date = "2021-03-31"                 # YYYY, YYYY-MM or YYYY-MM-DD
    license = "CC-BY-NC"                # a name from LICENCES, or an http(s) IRI

A problem is reported as one ManifestError naming the file, the source and the field.
"""

from __future__ import annotations

import codecs
import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import ManifestError, printable
from ..model import SourceMeta

DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

LICENCES = {
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "CC-BY": "https://creativecommons.org/licenses/by/",
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA": "https://creativecommons.org/licenses/by-sa/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC": "https://creativecommons.org/licenses/by-nc/",
    "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "CC-BY-NC-SA": "https://creativecommons.org/licenses/by-nc-sa/",
    "CC-BY-NC-SA-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "CC-BY-ND": "https://creativecommons.org/licenses/by-nd/",
    "CC-BY-NC-ND": "https://creativecommons.org/licenses/by-nc-nd/",
    "CC-BY-NC-ND-4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    "public-domain": "https://creativecommons.org/publicdomain/mark/1.0/",
}

# field -> (expected type, help); id and path are required.
FIELDS: dict[str, tuple[type, str]] = {
    "id": (str, "a unique slug: lower-case letters, digits, '.', '_', '-'"),
    "path": (str, "the file, relative to the corpus folder"),
    "title": (str, "the source's title"),
    "creators": (list, "a list of names"),
    "date": (str, "publication date: YYYY, YYYY-MM or YYYY-MM-DD"),
    "doi": (str, "a DOI such as 10.26650/jes.2021.004"),
    "url": (str, "where the source was captured"),
    "license": (str, "a licence name from the LICENCES table or an http(s) IRI"),
    "language": (str, "ISO 639-1 code of the main language"),
    "publisher": (str, "who published it"),
    "encoding": (str, "text encoding when not UTF-8, e.g. latin-1"),
    "sha256": (str, "the expected SHA-256 of the file: the build refuses a changed file"),
    "note": (str, "free text for people; not read"),
}


CORPUS_FIELDS = {"id": "a slug naming the corpus and its graph file (default: the folder's name)",
                 "title": "the corpus's title"}
TABLES = {"corpus": "the corpus's own fields", "source": "one [[source]] table per source"}


@dataclass(frozen=True)
class Manifest:
    path: Path
    id: str
    title: str | None
    sources: tuple[SourceMeta, ...]

    @property
    def folder(self) -> Path:
        return self.path.parent


def load(path: Path) -> Manifest:
    """Read and check a manifest file."""
    if not path.is_file():
        raise ManifestError(path, "no such file" if not path.exists() else "is not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError(path, f"not valid UTF-8 at byte {exc.start}") from None
    return parse(path, text)


def parse(path: Path, text: str) -> Manifest:
    """Check the text of a manifest that is (or is to be) at `path`: its paths are read from its folder."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(path, f"TOML syntax error: {exc}") from None
    _known(path, "", data, TABLES, "table")
    corpus = data.get("corpus", {})
    if not isinstance(corpus, dict):
        raise ManifestError(path, "[corpus] must be a table")
    _known(path, "[corpus]: ", corpus, CORPUS_FIELDS, "field")
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise ManifestError(path, "no [[source]] entries")
    folder = path.parent.resolve()  # once: resolving it again for each of 1,000 sources was a third of reading them
    sources = [_source(path, folder, i, entry) for i, entry in enumerate(entries, 1)]
    _check_unique(path, sources)
    for key in ("id", "title"):
        if not isinstance(corpus.get(key, ""), str):
            raise ManifestError(path, f"[corpus] {key} has the wrong type ({type(corpus[key]).__name__}); expected a string")
    corpus_id = corpus.get("id", path.parent.name)
    return Manifest(path=path, id=_slug(path, "corpus", "id", corpus_id), title=corpus.get("title"),
                    sources=tuple(sources))


def _source(path: Path, folder: Path, index: int, entry: object) -> SourceMeta:
    where = f"source #{index}"
    if not isinstance(entry, dict):
        raise ManifestError(path, f"{where} must be a table")
    where = f"source {entry.get('id', '#' + str(index))!r}"
    _known(path, f"{where}: ", entry, FIELDS, "field")
    for key, value in entry.items():
        expected, help_text = FIELDS[key]
        if not isinstance(value, expected) or (expected is list and not all(isinstance(v, str) for v in value)):
            raise ManifestError(path, f"{where}: field {key!r} has the wrong type ({type(value).__name__}); expected {help_text}")
    for key in ("id", "path"):
        if key not in entry:
            raise ManifestError(path, f"{where}: missing required field {key!r} ({FIELDS[key][1]})")
    return SourceMeta(
        id=_slug(path, where, "id", entry["id"]), path=_inside(path, folder, where, entry["path"]),
        title=entry.get("title"), creators=tuple(entry.get("creators", ())),
        date=_date(path, where, entry.get("date")), doi=entry.get("doi"), url=entry.get("url"),
        license=licence_iri(entry["license"], f"{path}: {where}") if "license" in entry else None,
        language=entry.get("language"), publisher=entry.get("publisher"),
        encoding=_encoding(path, where, entry.get("encoding")), sha256=entry.get("sha256"),
    )


def _known(path: Path, where: str, table: dict, known, kind: str) -> None:
    """A key the manifest does not know is an error naming it (a typo would otherwise be ignored)."""
    for key in table:
        if key not in known:
            hint = difflib.get_close_matches(key, known, n=1)
            raise ManifestError(path, f"{where}unknown {kind} {key!r}" + (f" (did you mean {hint[0]!r}?)" if hint
                                                                         else f"; known: {', '.join(known)}"))


def licence_iri(name: str, where: str) -> str:
    """The IRI for a licence name or IRI; an unknown name is an error with the choices."""
    if re.match(r"^https?://\S+$", name):
        return name
    if name in LICENCES:
        return LICENCES[name]
    hint = difflib.get_close_matches(name, LICENCES, n=1)
    raise ManifestError(where, f"unknown licence {name!r}" + (f" (did you mean {hint[0]!r}?)" if hint else f"; use one of {', '.join(LICENCES)} or an IRI"))


def _slug(path: Path, where: str, key: str, value: str) -> str:
    if not SLUG.match(value):
        raise ManifestError(path, f"{where}: {key} {value!r} is not a slug ({FIELDS['id'][1]})")
    return value


def _inside(path: Path, folder: Path, where: str, relative: str) -> str:
    """`relative`, checked to name a file inside `folder` (the manifest's, resolved) once resolved."""
    shown = f"'{printable(relative)}'"
    if "\0" in relative:
        raise ManifestError(path, f"{where}: path {shown} contains a NUL character")
    try:
        target = (folder / relative).resolve()
    except RuntimeError:  # Python 3.11's resolve() on a link loop
        raise ManifestError(path, f"{where}: path {shown} is a symbolic link loop") from None
    if Path(relative).is_absolute() or not target.is_relative_to(folder):
        raise ManifestError(path, f"{where}: path {shown} is outside the corpus folder")
    return relative


def _encoding(path: Path, where: str, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise ManifestError(path, f"{where}: unknown encoding {value!r} (a Python codec name such as latin-1 or cp1252)") from None
    return value


def _date(path: Path, where: str, value: str | None) -> str | None:
    if value is not None and not DATE.match(value):
        raise ManifestError(path, f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _check_unique(path: Path, sources: list[SourceMeta]) -> None:
    seen: set[str] = set()
    for source in sources:
        if source.id in seen:
            raise ManifestError(path, f"duplicate source id {source.id!r}")
        seen.add(source.id)
