"""Resolution: what resolving yields, and the known entities it reads.

`Resolution` is the plain data every later stage of a source reads (each mention's entity, the entities, which
act is part of which war); `Known` the index of known entities made once per build; `compatible` which classes
a trigger may name again, read by the resolver and by linking across sources. Apart from the resolver so that
the stages after it, and linking, depend on the data, not on the rules that make it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model import Entity, Mention
from .families import family


def compatible(trigger_cls: str, entity_classes: tuple[str, ...]) -> bool:
    """Can a trigger of this class refer to an entity of these classes? A war noun names a war or its
    fighting, not an offensive in it ("its air campaign ... during the conflict")."""
    if trigger_cls in entity_classes:
        return True
    if trigger_cls == "Resolution" or "Resolution" in entity_classes:
        return False
    fam = family(trigger_cls)
    if fam == "conflict" and trigger_cls == "War":
        return bool({"War", "Clash"} & set(entity_classes))
    return fam != trigger_cls and any(family(c) == fam for c in entity_classes)


@dataclass
class Resolution:
    """Each mention's entity id, and the entities by id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    of: dict[Mention, str] = field(default_factory=dict)
    part_of: dict[str, str] = field(default_factory=dict)  # an event id -> the id of the war it is an act of
    opened: dict[str, str] = field(default_factory=dict)  # an act id -> the war it opened: its start and initiator
    compared: set[str] = field(default_factory=set)  # earlier happenings a comparison counts from: never the frame


class Known(dict):
    """Known entities by id, with the indexes resolving needs: made once for all of a build's
    sources (the world pack has 14,000 entities; made per source, it cost more than reading)."""

    def __init__(self, entities: Mapping[str, Entity]):
        super().__init__(entities)
        self.dated = sorted((e for e in self.values() if e.span), key=lambda e: e.id)
        self.surnames: dict[str, list[Entity]] = {}  # a known person's surname -> the persons
        for entity in self.values():
            if "Person" in entity.classes and " " in entity.label:
                self.surnames.setdefault(entity.label.split()[-1].casefold(), []).append(entity)
