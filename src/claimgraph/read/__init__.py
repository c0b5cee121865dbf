"""Read a source file into a `Document`: text, blocks with roles and languages, hashes.

Readers are chosen by file suffix from `READERS`; each returns the text that offsets
point into. For plain text that is the file's decoded text; for HTML and PDF it is the
extracted text, whose own SHA-256 is recorded beside the file's; so it is for a subtitle file, whose cue numbers and
timecodes are made spaces (`subtitles`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import SourceError
from ..model import Block, Document, SourceMeta
from . import furniture, infer, language, subtitles
from .decode import decode, read_bytes, sha256
from .html import html_to_text
from .pdf import pdf_to_text

# suffix -> (media type, bytes-to-text function or None for plain decoding); a function
# takes the bytes, the path (for messages) and the manifest's encoding (None: detect)
READERS: dict[str, tuple[str, Callable[[bytes, Path, str | None], str] | None]] = {
    ".txt": ("text/plain", None),
    ".text": ("text/plain", None),
    ".md": ("text/markdown", None),
    ".html": ("text/html", html_to_text),
    ".htm": ("text/html", html_to_text),
    ".pdf": ("application/pdf", pdf_to_text),
}


def read(meta: SourceMeta, base: Path = Path(".")) -> Document:
    """Read one source. Raises SourceError naming the file and the reason."""
    path, data = _pinned_bytes(meta, base)
    digest = meta.sha256 or sha256(data)  # a pin is the bytes' hash once `_pinned_bytes` let them through
    media_type, extract = _reader(path)
    if extract is None:
        decoded = decode(data, path, meta.encoding)
        text = subtitles.plain(decoded)
        text_sha = None if text == decoded else sha256(text.encode("utf-8"))
    else:
        text = extract(data, path, meta.encoding)
        if not text.strip():
            raise SourceError(path, "no text could be extracted")
        text_sha = sha256(text.encode("utf-8"))
    meta = infer.complete(meta, text)
    return Document(meta=meta, text=text, blocks=tuple(blocks(text, meta)), sha256=digest,
                    media_type=media_type, text_sha256=text_sha)


def check(sources: Iterable[SourceMeta], base: Path = Path(".")) -> None:
    """Raise the SourceError `read` would raise for the first source whose bytes cannot be read, are not
    those the manifest pinned, or (plain text) do not decode. A command checks a corpus so before it
    loads the extraction stack, seconds of imports, so that a bad file costs its user no wait; the text
    of HTML and PDF is left to `read`, since extracting it twice would cost more than it saves."""
    for meta in sources:
        path, data = _pinned_bytes(meta, base)
        if _reader(path)[1] is None:
            decode(data, path, meta.encoding)


def _reader(path: Path) -> tuple[str, Callable[[bytes, Path, str | None], str] | None]:
    return READERS.get(path.suffix.lower(), ("text/plain", None))


def _pinned_bytes(meta: SourceMeta, base: Path) -> tuple[Path, bytes]:
    """The source's path and bytes, refused when the manifest pinned other bytes (hashed only then:
    `check` reads every source once more before a build)."""
    path = base / meta.path
    data = read_bytes(path)
    if meta.sha256 and meta.sha256 != (digest := sha256(data)):
        raise SourceError(path, f"changed since the manifest recorded its SHA-256 ({meta.sha256[:12]}…, now {digest[:12]}…); update sources.toml")
    return path, data


def blocks(text: str, meta: SourceMeta) -> list[Block]:
    """Paragraph blocks with their role (body or furniture) and language."""
    spans = list(furniture.paragraphs(text))
    roles = furniture.roles([text[s:e] for s, e in spans], meta)
    body = [text[s:e] for (s, e), role in zip(spans, roles) if role == "body"]
    default = meta.language or language.document_language(body)
    result = []
    for (start, end), role in zip(spans, roles):
        lang = language.block_language(text[start:end], default) if role == "body" else default
        result += _split_byline(text, start, end, role, lang, meta)
    return result


def _split_byline(text: str, start: int, end: int, role: str, lang: str, meta: SourceMeta) -> list[Block]:
    """A byline's names become "byline" blocks; what else the line says stays body."""
    names = furniture.byline_spans(text[start:end], meta) if role == "body" else []
    if not names:
        return [Block(start, end, role, lang)]
    out, cursor = [], start
    for s, e in names:
        if s + start > cursor and text[cursor:start + s].strip():
            out.append(Block(cursor, start + s, "body", lang))
        out.append(Block(start + s, start + e, "byline", lang))
        cursor = start + e
    if text[cursor:end].strip():
        out.append(Block(cursor, end, "body", lang))
    return out
