"""Arson as an attack: "a crowd set fire to the church", "militiamen torched three villages".

A filter of `triggers.Triggers` (`nothing_burnt`): the words of arson (`CUES.ARSON`) name an attack only where a
building, a dwelling, a settlement or vehicles burn (`CUES.ARSON_OBJECTS`). A farmer burns his fields, a cook his
brandy, and critics "torch" a plan; none of them attacks anyone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues

CUES = cues("triggers")


def arson_at(doc: Doc, start: int) -> bool:
    """Does a phrase of arson (`CUES.ARSON`) open at doc[start]? Its "to" ("set fire to") is no idiom's."""
    return any(" ".join(t.lower_ for t in doc[start:start + n]) in CUES.ARSON for n in (1, 2, 3))


def nothing_burnt(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a phrase of arson with no burnt building, dwelling or settlement within `CUES.ARSON_REACH`
    words after it? A verb that any fire may do (`CUES.BURNED`) needs the building as what it burned (`_burnt`) and
    no fire as its subject (`_fire_burning`)."""
    words = " ".join(t.lower_ for t in doc[start:end])
    if words not in CUES.ARSON:
        return False
    if words in CUES.BURNED:
        return _fire_burning(doc, start) or not any(t.lower_ in CUES.ARSON_OBJECTS for t in _burnt(doc, start, end))
    return not any(t.lower_ in CUES.ARSON_OBJECTS for t in doc[end:end + CUES.ARSON_REACH])


def _burnt(doc: Doc, start: int, end: int) -> list:
    """The words of what the verb of burning at doc[start:end] burned: its subject's words after a passive auxiliary
    (`CUES.PASSIVE_AUXILIARIES`: "The Shoreline building is burned"), else its object (`_object`)."""
    if start > doc[start].sent.start and doc[start - 1].lower_ in CUES.PASSIVE_AUXILIARIES:
        return list(doc[max(doc[start].sent.start, start - CUES.ARSON_REACH):start])
    return _object(doc, end)


def _object(doc: Doc, end: int) -> list:
    """The words after a verb of burning (`CUES.BURNED`) up to the first preposition or mark, within
    `CUES.ARSON_REACH`: what it burned ("burned the French consulate"), not where ("burned the midnight oil at the
    office", "burned through its cash at its headquarters")."""
    words = []
    for token in doc[end:end + CUES.ARSON_REACH]:
        if token.lower_ in CUES.PREPOSITIONS or token.lower_ in CUES.BURNED_STOPS or token.is_punct:
            break
        words.append(token)
    return words


def _fire_burning(doc: Doc, start: int) -> bool:
    """Is a fire, light or heat (`CUES.BURNING_THINGS`) among the few words before the verb, its subject: "A kitchen
    fire burned the school", "Lightning burned the church roof" tell no one's attack?"""
    before = doc[max(doc[start].sent.start, start - CUES.BURNING_REACH):start]
    return any(t.lower_ in CUES.BURNING_THINGS for t in before)
