"""PDF to text through its text layer (pypdf); a scan without one is refused."""

from __future__ import annotations

import io
from pathlib import Path

from ..errors import SourceError


def pdf_to_text(data: bytes, path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise SourceError(path, f"not a readable PDF ({exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise SourceError(path, "the PDF has no text layer (a scan?); run OCR on it first")
    return text
