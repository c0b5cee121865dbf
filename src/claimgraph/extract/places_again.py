"""A place named again by a definite noun of its kind: "the city", "the island", "the area".

    "The Seleka seized Bangui on 24 March. ... the killing of at least 40 civilians in the city"
        -> "the city" names Bangui: the clause rules read it as they read "Bangui"

The noun after a preposition of place (`CUES.PLACE_AGAIN`) names the last place of a class it may name
(`CUES.PLACE_NOUNS`: a city, town or village a settlement; an island, region, republic or province a region; an area
any place but a state) that the source named before it, in its sentence or an earlier one of its paragraph; nothing
where none was named (a new paragraph may tell of another city). A state is never named so: "the republic" of a story
of states is no place told before. The `pronouns` stage makes the span a mention of it.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from .antecedents import PARAGRAPH_BREAK
from .pairs import Named
from .resolution import Resolution
from .scope import tops_of

CUES = cues("coreference")  # PLACE_AGAIN, PLACE_NOUNS

Last = dict[str, tuple[int, Named]]  # the place of each class the source named last, with where it was named


def told(text: str, sentence: Sentence, res: Resolution, last: Last) -> list[tuple[int, int, Named]]:
    """(start, end, place) for each definite place noun of the sentence that names a place told before it; `last`
    is what the sentences before named last (`named_last`). A noun inside a mention of its own is none."""
    found = []
    for cue in CUES.PLACE_AGAIN.finditer(text, sentence.start, sentence.end):
        start, end = cue.span("phrase")
        if any(m.start < end and start < m.end for m in sentence.mentions):
            continue
        before = named_last(res, [m for m in sentence.mentions if m.end <= start], last)
        places = [before[cls] for cls in CUES.PLACE_NOUNS[cue.group("noun")]
                  if cls in before and not PARAGRAPH_BREAK.search(text, before[cls][0], start)]
        if places:
            found.append((start, end, max(places)[1]))
    return found


def named_last(res: Resolution, mentions: list[Mention], last: Last) -> Last:
    """`last` updated with the places among `mentions` (names resolved to an entity that is a place but no state),
    each under every class of its entity."""
    latest = dict(last)
    for mention in (m for m in mentions if m in res.of and m.kind == "entity"):
        entity = res.entities[res.of[mention]]
        if "Place" in tops_of(res, mention) and "State" not in entity.classes:
            latest.update({cls: (mention.start, (entity.id, entity.classes[0])) for cls in entity.classes})
    return latest
