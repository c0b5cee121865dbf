"""Locate page furniture: the parts of a captured page that are not the author's text.

Web captures and journal landing pages carry navigation ("top of page", "Comments"),
advert image names, identifier lines, citation blocks in many styles, licence text and
publisher blurbs. Extracting from them would put the publisher or a citation style into
the graph as if the source had said it. Each paragraph gets a role; only "body" is read
by the recognisers. Offsets are untouched: furniture is skipped, never cut out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..lang import cues
from ..model import SourceMeta

_NAVIGATION = {
    "top of page", "bottom of page", "comments", "comment", "pdf view", "full text (pdf)",
    "share", "print", "read more", "advertisement", "related articles", "related posts",
    "skip to content", "menu", "search", "subscribe", "log in", "sign in", "home",
    "previous article", "next article", "back to top", "references", "tags",
    "copy and paste a formatted citation or use one of the options to export in your chosen format",
}
# Headings of an encyclopedia article's end matter: what follows lists other pages and works, and states nothing.
_END_MATTER = {"see also", "references", "external links", "further reading", "bibliography", "notes and references"}
_ARTICLE_TYPES = {"research article", "review article", "original article", "editorial", "book review", "opinion"}

_IMAGE_NAME = re.compile(r"^\S.*\.(?:jpe?g|png|gif|webp|svg|bmp)$", re.IGNORECASE)
_IDENTIFIER_LINE = re.compile(r"^\s*(?:DOI|IUP|ISSN|e-ISSN|ISBN|PMID|arXiv)\s*:", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*(?:Published(?: Online)?|Received|Accepted|Submitted|Last updated|Updated)\b", re.IGNORECASE)
_CITATION_STYLE = re.compile(
    r"^(?:APA|MLA|AMA|ABNT|IEEE|ISNAD|Chicago|Harvard|Vancouver|Turabian|BibTeX|RIS)\b[^.]{0,40}$")
_BIBLIO_NUMBERS = re.compile(
    r"\b\d+\s*\(\d+\)|\bpp?\.\s*\d+\s*[-–]\s*\d+|\bvol\.\s*\d+|\bno\.\s*\d+|\bv\.\s*\d+,\s*n\.|"
    r";\s*\d+\(\d+\):\d+|\b\d+/\d+\s*\(|\[cited\b|\[Internet\]", re.IGNORECASE)
_AUTHOR_INITIALS = re.compile(r"\b[A-Z][\w'’-]+,?\s+(?:[A-Z]\.\s?){1,3}|\bet al\.|\b[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+,? (?:and|&)\b")
_LICENCE = re.compile(
    r"Creative Commons|\bCC[ -]BY\b|This licen[cs]e lets|licensed under|All rights reserved|"
    r"Attribution-(?:NonCommercial|ShareAlike|NoDerivatives)|©|\(c\) \d{4}", re.IGNORECASE)
_PUBLISHING_WORDS = re.compile(
    r"\b(?:open access|scholarly|publishing|publication of|journals|peer[- ]review|publication ethics|dissemination)\b",
    re.IGNORECASE)
# A signature block: a name of two to four capitalised words on its own line, and the signer's office on the line
# under it ("SHERMAN KENT\nChairman", "Kofi A. Annan\nSecretary-General"). It says who signed, not what happened. The
# office is written as a title, its words capitalised but those that join them ("Director of Central Intelligence"):
# a headline's second line tells a story ("Sierra Leone Peace Deal\nPresident signs accord in Lome").
_SIGNER = re.compile(r"[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){1,3}")


@functools.cache
def _office() -> re.Pattern:
    """The signer's office. Made on first use, not at import: its offices are the names cues' ROLES, and
    importing those tables compiles the names module's patterns (0.25 s of CPU), which a command that reads
    no text (`query`, a build refused for a bad source) would pay for nothing."""
    return re.compile(rf"(?i:{cues('furniture').OFFICE_QUALIFIERS}[ \t-]+)?(?i:{'|'.join(cues('names').ROLES)})"
                      rf"(?:[ \t]+(?:[A-Z][\w’'\-]*|{cues('furniture').OFFICE_JOINERS})){{0,4}}")


# A run of non-blank lines. Lines end at \n, \r\n or \r, so Windows and old Mac files
# split into the same paragraphs as Unix ones; offsets stay those of the text as decoded.
_PARAGRAPH = re.compile(r"\S[^\r\n]*(?:(?:\r\n?|\n)[^\S\r\n]*\S[^\r\n]*)*")

# A paragraph longer than this is cut after a sentence end (else at a space), so that no
# later stage meets an unbounded block: a 1 MB single-line text becomes ~100 blocks.
MAX_PARAGRAPH = 10_000
_CUT = re.compile(r"[.!?…。](?=\s)|\s(?=\S)")
_SPACE = re.compile(r"\s*")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of non-blank lines, without surrounding white space."""
    for match in _PARAGRAPH.finditer(text):
        yield from _bounded(text, match.start(), match.start() + len(match.group().rstrip()))


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraph cut into pieces of at most MAX_PARAGRAPH characters, white space trimmed."""
    while end - start > MAX_PARAGRAPH:
        window = text[start:start + MAX_PARAGRAPH]
        cuts = [m.end() for m in _CUT.finditer(window, MAX_PARAGRAPH // 2)]
        sentence_ends = [c for c in cuts if not window[c - 1].isspace()]
        cut = start + (sentence_ends or cuts or [MAX_PARAGRAPH])[-1]
        yield start, start + len(text[start:cut].rstrip())
        start = _SPACE.match(text, cut).end()
    yield start, end


def roles(paras: list[str], meta: SourceMeta) -> list[str]:
    """The role of each paragraph of a page: `classify`'s, save that every paragraph after an end-matter
    heading ("See also", "External links": `_END_MATTER`) is furniture. "Tuareg rebellion (2012); Coups
    in Mali" under "See also" names pages to read, not a coup in Mali."""
    out, ended = [], False
    for para in paras:
        out.append("furniture" if ended else classify(para, meta))
        ended = ended or " ".join(para.split()).casefold() in _END_MATTER
    return out


def classify(para: str, meta: SourceMeta) -> str:
    """The role of one paragraph: "body" or a kind of furniture."""
    folded = " ".join(para.split()).casefold()
    lines = [line.strip() for line in para.splitlines() if line.strip()]
    if folded in _NAVIGATION or folded in _ARTICLE_TYPES or folded in _END_MATTER:
        return "furniture"
    if all(_IMAGE_NAME.match(line) or line.casefold() in _NAVIGATION for line in lines):
        return "furniture"
    if _IDENTIFIER_LINE.match(para) or _DATELINE.match(para):
        return "metadata"
    if len(lines) == 1 and _CITATION_STYLE.match(lines[0]):
        return "citation"
    if _is_citation(para, meta):
        return "citation"
    if _LICENCE.search(para):
        return "licence"
    if _is_publisher_blurb(para, meta):
        return "metadata"
    if len(lines) == 2 and _SIGNER.fullmatch(lines[0]) and _office().fullmatch(lines[1]):
        return "byline"
    return "body"


def _is_citation(para: str, meta: SourceMeta) -> bool:
    """A reference entry: bibliographic numbers plus author initials or the source's title."""
    if not _BIBLIO_NUMBERS.search(para):
        return False
    title = (meta.title or "").strip()
    return bool(_AUTHOR_INITIALS.search(para)) or (len(title) > 20 and title[:40] in para)


def _is_publisher_blurb(para: str, meta: SourceMeta) -> bool:
    if meta.publisher and para.lstrip().startswith(meta.publisher):
        return True
    return len(set(m.group().casefold() for m in _PUBLISHING_WORDS.finditer(para))) >= 2


def byline_spans(para: str, meta: SourceMeta) -> list[tuple[int, int]]:
    """Spans of the creators' names in a short line that names them (the byline)."""
    if len(para.split()) > 16 or not meta.creators:
        return []
    spans = []
    for name in meta.creators:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), para)]
    return sorted(spans)
