"""Names found by a statistical spaCy pipeline, for the names that no rule and no gazetteer knows.

Optional: `claimgraph build --ner en_core_web_sm` (or `default_recognisers(ner="...")`)
loads an installed spaCy pipeline by its package name (or a folder it was saved to), never
from the network, and runs only
its named-entity recogniser (tok2vec + ner; the parser and tagger are excluded: they cost
most of the time and add no entity). Its finds are a fallback: `recognise` keeps one only
where no rule or gazetteer candidate overlaps it, so "Azerbaijani army" stays the force
the gazetteer knows, and the model adds "Olusegun Obasanjo" or "Tiger Forces".

The model's labels map to our classes (`LABELS`); labels that name no actor, place,
agreement or event (dates, numbers, nationalities) are dropped, since dates have their
own owner (`recognise.dates`). The method name carries the model and its version, so a
cached extraction made with another model is never reused.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.tokens import Doc

from ..errors import ModelError
from ..lang import cues
from .base import Candidate, name_id, text_of

NAMES = cues("names")  # the article and possessive trimmed off a name
VERSION = "ner.v1"
LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
          "EVENT": "Event", "LAW": "Agreement"}
EXCLUDED = ["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"]


class StatisticalNames:
    """Entity names found by an installed spaCy pipeline (loaded once per process, on first use)."""

    fallback = True  # its candidates only fill the gaps the rules leave

    def __init__(self, model: str):
        self.model = model
        self.name = f"{VERSION}:{model}-{_version(model)}"

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        for ent in _load(self.model)(text).ents:
            cls = LABELS.get(ent.label_)
            start, end = _trimmed(text, ent.start_char, ent.end_char)
            if cls and _plausible(text[start:end]):
                yield Candidate(start, end, "entity", cls, self.name, entity=name_id(text[start:end]))

    def __getstate__(self) -> dict:
        return {"model": self.model, "name": self.name}  # workers load the model themselves


def _version(model: str) -> str:
    """The pipeline's version: of its installed package, or of the folder it was saved to."""
    folder = Path(model)
    if (folder / "meta.json").is_file():
        return str(spacy.util.load_meta(folder / "meta.json").get("version", "0"))
    version = spacy.util.get_package_version(model)
    if version is None:
        raise ModelError(model, "no spaCy pipeline of this name is installed "
                                f"(install it as a Python package, e.g. `pip install {model}`, or give its folder)")
    return version


@lru_cache(maxsize=2)
def _load(model: str) -> spacy.language.Language:
    try:
        nlp = spacy.load(model, exclude=EXCLUDED)
    except OSError as exc:
        raise ModelError(model, f"cannot load this spaCy pipeline ({exc})") from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(model, "this spaCy pipeline has no named-entity recogniser")
    nlp.max_length = 50_000_000
    return nlp


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding space, a leading article or a trailing possessive
    ("the Tiger Forces" -> "Tiger Forces", "Ethiopia's" -> "Ethiopia")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    article = next((a for a in NAMES.ARTICLES if text[start:start + len(a)].lower() == a), "")
    start += len(article)
    if text[end - 2:end] in NAMES.POSSESSIVE_ENDINGS:
        end -= 2
    return start, end


def _plausible(name: str) -> bool:
    """A name has a capital letter and a letter that is not one ("U.S." yes, "27" or "—" no)."""
    return any(c.isupper() for c in name) and sum(c.isalpha() for c in name) >= 2 and "\n" not in name
