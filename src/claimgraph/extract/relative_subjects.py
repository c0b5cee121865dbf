"""The name a relative pronoun stands for, as the subject of the act its clause tells.

"President Juan Bosch, who was overthrown in 1963", "Another son, Mohammed, who surrendered to rebels on Sunday, escaped":
", who" / ", which" opens a clause of its own (`structure.clauses`), so the name before it and the verb right after the
pronoun are read in two clauses and never meet; but the pronoun is that verb's subject, and it names the name before
the comma (`CUES.RELATIVE_SUBJECT`). The subject of a passive verb of harm suffered the act (cg:target,
`labels.passive_subject_end`); of an active verb, did it (cg:hasActor). Another passive ("which was signed in 1994":
no act of the name's) and a verb a few words on ("who had ordered the raid": the raid is the object) are left alone,
and so is an act a speaker only tells ("the rebels, who said ...").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import cues
from ..model import Claim, Mention
from ..rdf.terms import tops
from ..recognise import Sentence
from .labels import passive_subject_end
from .resolution import Resolution

CUES = cues("relative_subjects")  # the cue words and patterns, of every language (claimgraph.lang)
PASSIVE = cues("clauses").PASSIVE_BEFORE  # an auxiliary of the passive just before the verb
REACH = 40  # characters from the name's end to the verb: ", who had later been "


def claims(source_id: str, text: str, sentence: Sentence, res: Resolution, version: str) -> Iterator[Claim]:
    """The roles the names before a relative pronoun take in the acts told right after it (module docstring)."""
    resolved = [m for m in sentence.mentions if m in res.of]
    for act in (m for m in resolved if m.kind == "trigger" and CUES.PAST_VERB.fullmatch(m.text.split()[0])
                and "Event" in tops(res.entities[res.of[m]].classes)):
        name = _antecedent(text, act, resolved, res)
        role = name and _role(text, act, name)
        if role and res.of[name] != res.of[act]:
            yield Claim(source_id, res.of[act], role, res.of[name], name.start, act.end, text[name.start:act.end],
                        version)


def _antecedent(text: str, act: Mention, mentions: list[Mention], res: Resolution) -> Mention | None:
    """The actor named right before ", who" / ", which" and the auxiliaries before the act's verb, if any."""
    return next((m for m in mentions if m.kind == "entity" and 0 < act.start - m.end <= REACH
                 and "Actor" in tops(res.entities[res.of[m]].classes)
                 and CUES.RELATIVE_SUBJECT.fullmatch(text, m.end, act.start)), None)


def _role(text: str, act: Mention, name: Mention) -> str | None:
    """target for a passive verb of harm, hasActor for an active verb, None for another passive and for a name that
    is a phrase's object (`CUES.OBJECT_OF_PHRASE`, for a passive `CUES.OF_PHRASE`: the pronoun may stand for the
    head)."""
    before = max(0, name.start - 20)
    if passive_subject_end(text, act) is not None:
        return None if CUES.OF_PHRASE.search(text, before, name.start) else "target"
    if CUES.OBJECT_OF_PHRASE.search(text, before, name.start):
        return None
    return None if PASSIVE.search(text, max(0, act.start - REACH), act.start) else "hasActor"
