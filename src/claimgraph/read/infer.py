"""Metadata a source states about itself, for fields the manifest leaves out.

A bare file has no manifest at all; a manifest may omit a DOI or a title that the text
gives plainly. Only what the text states is taken: nothing is guessed from the clock.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import SourceError
from ..model import SourceMeta
from ..rdf.terms import slug
from . import furniture

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])")
_PUBLISHED = re.compile(r"Published(?: Online)?\s*:?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})")


def bare_meta(path: Path, encoding: str | None = None) -> SourceMeta:
    """Metadata for a file given on the command line without a manifest."""
    return SourceMeta(id=slug(path.stem), path=str(path), encoding=encoding)


def bare_sources(paths: Sequence[Path], encoding: str | None = None) -> list[SourceMeta]:
    """Metadata for files given without a manifest (`bare_meta`); two that would have one source id
    are refused, naming both."""
    sources = [bare_meta(path, encoding) for path in paths]
    seen: dict[str, Path] = {}
    for meta, path in zip(sources, paths):
        if meta.id in seen:
            raise SourceError(path, f"has the same source id {meta.id!r} as {seen[meta.id]}; rename one of them")
        seen[meta.id] = path
    return sources


def complete(meta: SourceMeta, text: str) -> SourceMeta:
    """Fill the title, DOI and date from the text where the metadata has none."""
    found: dict[str, str] = {}
    if not meta.doi and (m := DOI.search(text)):
        found["doi"] = m.group(1)
    if not meta.date and (m := _PUBLISHED.search(text)):
        day, month, year = m.groups()
        found["date"] = f"{year}-{int(month):02d}-{int(day):02d}"
    if not meta.title and (title := _title_line(text, meta)):
        found["title"] = title
    return dataclasses.replace(meta, **found) if found else meta


def _title_line(text: str, meta: SourceMeta) -> str | None:
    """The first short body paragraph: a headline is one line of a few words."""
    for start, end in furniture.paragraphs(text):
        para = text[start:end]
        if furniture.classify(para, meta) != "body":
            continue
        words = para.split()
        if "\n" not in para and 3 <= len(words) <= 30:
            return para.strip()
    return None
