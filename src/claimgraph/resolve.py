"""Resolve: mentions to entities, within one source.

Gazetteer mentions already name their entity. Trigger words ("the war", "a ceasefire",
"attacked") are resolved by discourse rules that hold in any text:

- a definite trigger ("the war", "this agreement") refers back to the entity of a
  compatible class this source mentioned last (a named one if any was named);
- any other ("a ceasefire", "Armenian attacks") introduces a new entity;
- a new entity is identified by its class, its sentence's date and its source, so the
  same input always gives the same IRI, and two sources never merge by accident
  (cross-source identity is decided on evidence, not on shared words).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Entity, Mention
from .recognise import Sentence
from .rdf.terms import slug, top_classes

DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "bu", "o"}


def compatible(trigger_cls: str, entity_classes: tuple[str, ...]) -> bool:
    """Can a trigger of this class refer to an entity of these classes?"""
    if trigger_cls in entity_classes:
        return True
    if trigger_cls in ("Resolution",) or "Resolution" in entity_classes:
        return False
    generic = {"Agreement", "Ceasefire", "Treaty", "Statement", "Protocol", "Armistice"}
    if trigger_cls in generic:
        return bool(generic & set(entity_classes))
    return trigger_cls in ("Offensive", "Operation") and "War" in entity_classes


@dataclass
class Resolution:
    """Each mention's entity id, and the entities by id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    of: dict[Mention, str] = field(default_factory=dict)


class Resolver:
    """Resolves one source's mentions, sentence by sentence, in reading order."""

    def __init__(self, source_id: str, text: str, known: dict[str, Entity]):
        self.source_id = source_id
        self.text = text
        self.known = known
        self.result = Resolution()
        self._recent: list[str] = []  # event and agreement ids, most recent last

    def __call__(self, sentences: list[Sentence]) -> Resolution:
        for index, sentence in enumerate(sentences):
            for mention in sentence.mentions:
                if mention.kind == "entity":
                    self._link(mention, self.known[mention.entity])
                elif mention.kind == "trigger":
                    self._link(mention, self._trigger_entity(mention, sentence, index))
        return self.result

    def _link(self, mention: Mention, entity: Entity) -> None:
        self.result.entities.setdefault(entity.id, entity)
        self.result.of[mention] = entity.id
        if {"Event", "Agreement"} & {t for c in entity.classes for t in top_classes(c)}:
            if entity.id in self._recent:
                self._recent.remove(entity.id)
            self._recent.append(entity.id)

    def _trigger_entity(self, mention: Mention, sentence: Sentence, index: int) -> Entity:
        if self._definite(mention):
            for eid in reversed(self._recent):
                entity = self.result.entities[eid]
                if compatible(mention.cls, entity.classes):
                    return entity
        date = next((m.value for m in sentence.mentions if m.kind == "date"), None)
        label = f"{mention.text.lower()} ({self.source_id}, {date or f's{index + 1}'})"
        lang = mention.lang
        return self.result.entities.get(slug(label)) or Entity(id=slug(label), label=label, lang=lang,
                                                               classes=(mention.cls,))

    def _definite(self, mention: Mention) -> bool:
        before = [w.lower() for w in self.text[max(0, mention.start - 40):mention.start].split()]
        if before and before[-1] in DEFINITE:
            return True
        return len(before) > 1 and before[-2] in DEFINITE and before[-1].isalpha()
