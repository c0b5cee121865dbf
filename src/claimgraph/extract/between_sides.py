"""The second side of "between", past an aside about the first: an actor of the act (`claims`).

"talks between Kamchybek Tashiev, the head of Kyrgyzstan's security committee, and his Tajik counterpart Saimumin
Yatimov", "Talks between Armenia, which had lost the war, and Azerbaijan began in Moscow": the act's own "between"
names two sides, and a phrase set off by commas that describes the first (`ROLES.SIDE_ASIDE`: opened by an article
or a relative pronoun) does not end the list. The name after ", and" (past "his Tajik counterpart", "the") is the
second side, an actor of the act as the first is, however far the aside carries it from the act's word. Not a
second clause (", and Azerbaijan said ..." after no aside), nor a side of a place ("the border between A, ..., and B":
the act's word must stand right before "between").
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from .resolution import Resolution

CLAUSES = cues("clauses")  # BETWEEN_FIRST
ROLES = cues("roles")  # SIDE_ASIDE, SECOND_SIDE
FIRST_REACH = 40  # characters from "between" to the first side's name, past a title ("Foreign Minister ")


def second_side(text: str, sentence: Sentence, event: Mention, res: Resolution) -> str | None:
    """The id of the actor named second after the event's "between", past an aside about the first (module
    docstring); None where the event's word has no "between" after it, or no such aside and second name."""
    opened = CLAUSES.BETWEEN_FIRST.match(text, event.end, sentence.end)
    if opened is None:
        return None
    names = sorted((m for m in sentence.mentions if m in res.of and m.start >= opened.end()), key=lambda m: m.start)
    first = next((m for m in names if m.start - opened.end() <= FIRST_REACH), None)
    aside = first and _actor(first, res) and ROLES.SIDE_ASIDE.match(text, first.end, sentence.end)
    if not aside:
        return None
    second = next((m for m in names if m.start == aside.end()), None)
    return res.of[second] if second is not None and _actor(second, res) else None


def _actor(mention: Mention, res: Resolution) -> bool:
    """Does the mention name an actor? Both sides must: a place after "between" ("talks between the delegations in
    Doha, the Qatari capital, and the United States welcomed ...") is where, and what follows its aside no side."""
    return "Actor" in tops(res.entities[res.of[mention]].classes)
