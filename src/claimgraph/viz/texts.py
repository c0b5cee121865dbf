"""The source texts a page shows quotes in: read from the corpus folder beside the graph.

A built graph holds quotes and offsets, not the texts. When the graph file sits in its
corpus folder (`sources.toml` beside it, as `claimgraph build FOLDER` writes it), each
source is read as the build read it and kept only if its SHA-256 is the one the graph
records (`cg:sha256`), so offsets are never applied to a text that changed since.
A missing folder, manifest or file means no text for that source, not an error: the page
then shows the quote alone.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ClaimgraphError
from ..read import manifest
from ..read.decode import decode, read_bytes, sha256
from ..read.html import html_to_text
from ..read.pdf import pdf_to_text

EXTRACTORS = {".html": html_to_text, ".htm": html_to_text, ".pdf": pdf_to_text}


def corpus_texts(graph_file: Path, sources: dict[str, dict]) -> dict[str, str]:
    """Source id -> text, for the sources of `sources` (id -> meta with `sha256`) found beside `graph_file`."""
    toml = graph_file.parent / "sources.toml"
    if not toml.is_file():
        return {}
    try:
        corpus = manifest.load(toml)
    except ClaimgraphError:
        return {}
    texts = {}
    for meta in corpus.sources:
        expected = sources.get(meta.id, {}).get("sha256")
        text = _text(corpus.folder / meta.path, meta.encoding, expected) if expected else None
        if text is not None:
            texts[meta.id] = text
    return texts


def _text(path: Path, encoding: str | None, expected: str) -> str | None:
    """The text the offsets count into, if the file still has the recorded digest."""
    try:
        data = read_bytes(path)
        extract = EXTRACTORS.get(path.suffix.lower())
        if extract is None:
            return decode(data, path, encoding) if sha256(data) == expected else None
        text = extract(data, path, encoding)
        return text if expected in (sha256(data), sha256(text.encode("utf-8"))) else None
    except ClaimgraphError:
        return None
