"""The gazetteer recogniser: known entities found by their names, in every language met.

Names come from `ontology/gazetteer.ttl` (rdfs:label, skos:altLabel, cg:demonym) and are
matched as phrase patterns (spaCy PhraseMatcher: about 1.3M words/s with thousands of
patterns; token patterns would be ~400x slower). Three kinds of pattern:

- a name of the entity itself ("Azerbaijan", "Azerbaycan", "Artsakh");
- a demonym and a word for troops ("Azerbaijani army", "Armenian forces"): the armed
  force of the demonym's state, so that any state's army is found without listing it;
- a demonym alone ("Azerbaijani counterattacks"): the state; its plural ("Armenians"):
  the people, a population group.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..model import Entity
from ..rdf.terms import ALT_LABEL, CG, ID, LABEL, SAME_AS, TYPE, WD, slug
from ..resources import ontology_file
from .base import Candidate

FORCE_WORDS = ("army", "armed forces", "forces", "troops", "soldiers", "military")
METHOD_NAME, METHOD_FORCE, METHOD_DEMONYM = "gazetteer.v1", "forces.v1", "demonym.v1"


@dataclass
class Entry:
    """One gazetteer entity and the names it is known by."""

    entity: Entity
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    force_of: str | None = None


def parse(path: Path) -> dict[str, Entry]:
    """Gazetteer entries by entity id, read from Turtle."""
    raw: dict[str, dict] = {}
    for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        s, p, o = triple.subject.value, triple.predicate.value, triple.object
        if not s.startswith(ID):
            continue
        item = raw.setdefault(s[len(ID):], {"types": [], "names": [], "demonyms": []})
        if p == TYPE and o.value.startswith(CG):
            item["types"].append(o.value[len(CG):])
        elif p == LABEL:
            item["label"] = (o.value, o.language or "en")
        elif p == ALT_LABEL:
            item["names"].append(o.value)
        elif p == CG + "demonym":
            item["demonyms"].append(o.value)
        elif p == SAME_AS and o.value.startswith(WD):
            item["wikidata"] = o.value[len(WD):]
        elif p == CG + "forceOf":
            item["force_of"] = o.value[len(ID):]
    return {eid: _entry(eid, item) for eid, item in sorted(raw.items()) if "label" in item}


def _entry(eid: str, item: dict) -> Entry:
    label, lang = item["label"]
    entity = Entity(id=eid, label=label, lang=lang, classes=tuple(sorted(item["types"])) or ("Actor",),
                    wikidata=item.get("wikidata"))
    return Entry(entity=entity, names=sorted({label, *item["names"]}), demonyms=sorted(item["demonyms"]),
                 force_of=item.get("force_of"))


class Gazetteer:
    """Finds gazetteer names in a spaCy Doc. Build once; call per block."""

    name = METHOD_NAME

    def __init__(self, entries: dict[str, Entry], nlp):
        self.entries = dict(entries)
        self._cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._uncased = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[int, tuple[str, str]] = {}  # match id -> (entity id, method)
        for key, (eid, method), phrases in self._patterns():
            matcher = self._cased if any(c.isupper() for c in phrases[0]) else self._uncased
            self._keys[nlp.vocab.strings.add(key)] = (eid, method)
            matcher.add(key, [nlp.make_doc(p) for p in phrases])

    def _patterns(self) -> Iterator[tuple[str, tuple[str, str], list[str]]]:
        forces: dict[str, list[str]] = {}
        for eid, entry in self.entries.items():
            if entry.force_of:
                forces.setdefault(entry.force_of, []).append(eid)
        for eid, entry in list(self.entries.items()):
            for name in entry.names:
                yield f"{eid}|{name}", (eid, METHOD_NAME), [name]
            for demonym in entry.demonyms:
                yield from self._demonym_patterns(eid, entry, demonym, forces)

    def _demonym_patterns(self, eid: str, entry: Entry, demonym: str, forces: dict[str, list[str]]):
        if _is_plural(demonym, entry.demonyms):
            people = self._add_synthetic(demonym, "PopulationGroup", entry.entity.lang)
            yield f"{people}|people", (people, METHOD_DEMONYM), [demonym]
            return
        force = _main_force(demonym, forces.get(eid, [])) or self._add_synthetic(
            f"{demonym} Armed Forces", "ArmedForce", entry.entity.lang)
        yield f"{force}|{demonym}|force", (force, METHOD_FORCE), [f"{demonym} {w}" for w in FORCE_WORDS]
        yield f"{eid}|{demonym}|demonym", (eid, METHOD_DEMONYM), [demonym]

    def _add_synthetic(self, label: str, cls: str, lang: str) -> str:
        eid = slug(label)
        if eid not in self.entries:
            self.entries[eid] = Entry(entity=Entity(id=eid, label=label, lang=lang, classes=(cls,)))
        return eid

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        for matcher in (self._cased, self._uncased):
            for match_id, start, end in matcher(doc):
                eid, method = self._keys[match_id]
                entity = self.entries[eid].entity
                span = doc[start:end]
                yield Candidate(span.start_char, span.end_char, "entity", entity.classes[0], method, entity=eid)


def _main_force(demonym: str, forces: list[str]) -> str | None:
    """The state's armed forces as a whole ("Russian Armed Forces"), not a contingent of them."""
    main = slug(f"{demonym} Armed Forces")
    return main if main in forces else min(forces, default=None)


def _is_plural(demonym: str, demonyms: list[str]) -> bool:
    return demonym.endswith("s") and demonym[:-1] in demonyms


@lru_cache(maxsize=4)
def load(path: str | None = None) -> dict[str, Entry]:
    """The gazetteer at `path`, or the one shipped in `ontology/`."""
    return parse(Path(path) if path else ontology_file("gazetteer.ttl"))
