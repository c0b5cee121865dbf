"""The go-betweens of talks told by a compound before the word of the talks: actors of the talks (`claims`).

"Two rounds of Arab League-sponsored talks in Khartoum", "the UN-brokered negotiations between Yemen and the
Houthis": the first half of the compound went between the sides. It sat at the table: an actor (cg:hasActor) of
an act done together (`clause_roles.JOINT_ACTS`: talks, a meeting, a signing), as a go-between named by "mediated
by" after the talks is (`parties.takes_part`), though no side of them. Of an agreement it is the mediator
(`parties.brokers`: "the Moscow-brokered truce"), never an actor. A host is none ("a Qatar-hosted meeting",
`CUES.HOSTING`), and the compound qualifies only the word it stands before, past a few lower-case words
(`ROLES.BROKERED_ACT_BETWEEN`: "UN-sponsored peace talks"; not "a Qatar-brokered ceasefire after talks").
"""

from __future__ import annotations

from ..lang import cues
from ..model import Entity, Mention
from ..rdf.terms import tops
from .clause_roles import JOINT_ACTS

CUES = cues("clauses")  # MEDIATION_AFTER ("-brokered"), HOSTING
ROLES = cues("roles")  # BROKERED_ACT_BETWEEN


def actors(text: str, act: Mention, entity: Entity, compounds: list[tuple[Mention, Entity]]) -> list[str]:
    """The ids of the actors whose compound ("X-brokered", `CUES.MEDIATION_AFTER`) stands just before the word of
    the act `act` (of `entity`), when the act is done together; none for any other act."""
    if not JOINT_ACTS & set(entity.classes):
        return []
    found = []
    for mention, other in compounds:
        compound = CUES.MEDIATION_AFTER.match(text, mention.end, act.start)
        if compound and "Actor" in tops(other.classes) and not CUES.HOSTING.search(compound.group()) \
                and ROLES.BROKERED_ACT_BETWEEN.fullmatch(text, compound.end(), act.start):
            found.append(other.id)
    return list(dict.fromkeys(found))
