"""How the page draws things: one table per thing drawn, so tests, legend and page agree.

Verdict kinds: each verdict IRI a comparison can carry, and the modalities that dispute a
claim on their own (denied, alleged, unconfirmed), get one style from KINDS, most severe
first; a relation takes the style of its most severe claim. A verdict the table does not
know (a newer graph) is drawn in UNKNOWN, filterable like the others. A claim that no
comparison covers is "Uncompared" and drawn, like SingleSource, in its source's colour.

Source colours come from a hash of the source id, not from its position in a list, so a
source keeps its colour on every page, whatever else the page shows.
"""

from __future__ import annotations

import colorsys
import functools
import hashlib

CLASS_STYLES = {
    "Actor": {"color": "#4e79a7", "shape": "dot"},
    "Place": {"color": "#59a14f", "shape": "square"},
    "Agreement": {"color": "#b07aa1", "shape": "diamond"},
    "Event": {"color": "#e0b81f", "shape": "triangle"},
    "Other": {"color": "#bab0ac", "shape": "dot"},
}

KINDS: dict[str, dict] = {
    "Contradicts": {"label": "contradicted by another source", "color": "#d62728", "dashes": [10, 5], "width": 3},
    "Denied": {"label": "denied", "color": "#7b1e3a", "dashes": [3, 4], "width": 3},
    "Alleged": {"label": "alleged", "color": "#f28e2b", "dashes": [7, 4], "width": 2.5},
    "Unconfirmed": {"label": "unconfirmed", "color": "#c98a00", "dashes": [2, 3], "width": 2.5},
    "Differs": {"label": "sources differ", "color": "#8e44ad", "dashes": [12, 3, 3, 3], "width": 2.5},
    "NamedDifferently": {"label": "named differently", "color": "#4c8c99", "dashes": [1, 4], "width": 2},
    "Planned": {"label": "planned or due, not yet done", "color": "#5a7d9a", "dashes": [6, 2, 1, 2], "width": 2},
    "Corroborated": {"label": "corroborated by several sources", "color": "#3b3b3b", "dashes": False, "width": 3},
    "SingleSource": {"label": "one source only (in its colour)", "color": None, "dashes": False, "width": 2},
    "Uncompared": {"label": "not compared (in its source's colour)", "color": None, "dashes": False, "width": 1},
}
UNKNOWN = {"color": "#999999", "dashes": [1, 2], "width": 2}
MODALITY_KINDS = {"Denied": "Denied", "Alleged": "Alleged", "Unconfirmed": "Unconfirmed", "Planned": "Planned"}
DISPUTING = frozenset(KINDS) - {"Corroborated", "SingleSource", "Uncompared", "NamedDifferently", "Planned"}


def claim_kind(claim: dict) -> str:
    """The most severe kind among a claim's verdicts and its modality.

    A `Differs` verdict on a name (`skos:altLabel`) is "named differently": two names for
    one thing are not a disagreement about it.
    """
    kinds = [("NamedDifferently" if v == "Differs" and claim["predicate"] == "altLabel" else v)
             for v in claim.get("verdicts", ())]
    if claim["modality"] in MODALITY_KINDS:
        kinds.append(MODALITY_KINDS[claim["modality"]])
    return min(kinds, key=rank, default="Uncompared")


@functools.cache
def rank(kind: str) -> float:
    """Severity order: the table's order; an unknown verdict just before Corroborated."""
    order = list(KINDS)
    return order.index(kind) if kind in KINDS else order.index("Corroborated") - 0.5


def kind_style(kind: str) -> dict:
    """A kind's style, with a label for the legend (an unknown verdict is named by its IRI's local name)."""
    return KINDS.get(kind, {**UNKNOWN, "label": f"{kind} (verdict not known to this page)"})


def source_color(source_id: str) -> str:
    """A stable colour for a source: hue and lightness from a hash of its id."""
    digest = hashlib.sha256(source_id.encode("utf-8")).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    lightness = 0.36 + digest[2] / 255 * 0.16
    r, g, b = colorsys.hls_to_rgb(hue, lightness, 0.62)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
