"""Families of event and agreement classes: the kinds a word may name again across classes ("the
offensive" after "the war"), and what is an act of armed conflict. Read by the resolver and by the
dates stage, which the resolver itself reads (so the table stands below both)."""

FAMILIES = {
    "conflict": {"War", "Offensive", "Attack", "Clash", "Battle", "Operation"},
    "emergency": {"Mobilisation", "MartialLaw", "StateOfEmergency"},
    "trial": {"Trial"},
    "siege": {"Siege", "Blockade"},
    "agreement": {"Agreement", "Ceasefire", "Treaty", "Statement", "Protocol", "Armistice"},
}
SPANNING = ("conflict", "agreement")  # families told over many sentences, dated in some of them
_FAMILY_OF = {cls: name for name, members in FAMILIES.items() for cls in members}


def family(cls: str) -> str:
    """The family a class belongs to, else the class itself."""
    return _FAMILY_OF.get(cls, cls)
