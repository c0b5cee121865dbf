"""PDF to text through its text layer (pypdf); a scan without one is refused."""

from __future__ import annotations

import io
from pathlib import Path

from ..errors import SourceError


def pdf_to_text(data: bytes, path: Path, encoding: str | None = None) -> str:
    """The text of every page, or a SourceError: not a PDF, damaged, or no text layer.

    pypdf meets damaged files with many exception types (its own, but also TypeError,
    AttributeError, LimitReachedError on reference loops ...), so every exception from
    the parse is taken as "not a readable PDF". `encoding` is unused: a PDF names its own.
    """
    from pypdf import PdfReader

    try:
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    except Exception as exc:  # noqa: BLE001 - any failure inside pypdf means a damaged file
        raise SourceError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise SourceError(path, "the PDF has no text layer (a scan?); run OCR on it first")
    return text
