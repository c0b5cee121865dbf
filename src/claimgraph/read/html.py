"""HTML to its main text, leaving navigation, scripts, styles and hidden text behind.

trafilatura is made for this job (main-content extraction); its output is the text the
offsets point into, so no markup or entity ever reaches a quote. Text a reader never
sees is removed first: elements with the `hidden` attribute or an inline style of
`display: none` / `visibility: hidden`, and `<template>` contents (inert until a script
uses them). Hiding done by a style sheet's classes is not followed.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import SourceError
from .decode import decode


def html_to_text(data: bytes, path: Path, encoding: str | None = None) -> str:
    import trafilatura

    from trafilatura.utils import load_html

    tree = load_html(decode(data, path, encoding))
    if tree is None:
        raise SourceError(path, "no main text found in the HTML")
    for element in tree.xpath(_HIDDEN):
        _drop(element)
    text = trafilatura.extract(tree, include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False)
    if not text:
        raise SourceError(path, "no main text found in the HTML")
    return text


_STYLE = "translate(translate(@style, ' ', ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_HIDDEN = (f"//template | //*[@hidden] | //*[contains({_STYLE}, 'display:none')]"
           f" | //*[contains({_STYLE}, 'visibility:hidden')]")


def _drop(element) -> None:
    """Remove an element and what it holds, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
