"""Asides: a name told inside a phrase set off by commas that describes a person is no role of the acts the
sentence tells after it.

"Anthony Eden, the British prime minister, who told the House of Commons that Israel would attack Egypt, resigned in
January 1957": the House of Commons, Israel and Egypt say what Eden said; none took part in his resignation. "Abd
Rabbuh Mansur Hadi, a southerner loyal to Saleh, is named defence minister": Saleh is not named. The aside opens with
a comma and a relative pronoun of persons (`CUES.PERSON_RELATIVE`), or with a comma and an indefinite article right
after a person's name (`CUES.DESCRIBING_ARTICLE`), and closes at the next comma; an act told after it is the
person's, and the names within it are no roles of that act. An act told inside the aside keeps them ("who had met
Erdogan in Sochi": that meeting's).

"who" itself tells that a person (or people) is described, whatever the name before it was read as ("Two men, who
..."); an article does not: in "The city, a stronghold of the rebels, fell" and "Armenian troops, a force backed by
Russia, captured Shusha" it describes a place or a force, so it opens such an aside only after a name read as a
person's.

Two names in the aside stay the act's:
- the group the person belongs to (`CUES.AFFILIATION` right before it: "Abubakar Shekau, a leader of Boko Haram,
  ordered the kidnapping", "Two men, who were members of Hamas, attacked a bus"): the person acted for it;
- a town the person went into or was in, when the act names no place after it (`CUES.INTO_TOWN`: "The rebels, who had
  crossed from Rwanda into Goma, attacked the airport": the airport is Goma's). A state there stays out ("who had
  trained in Libya"): where the person came from, not where the act was.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..lang import cues
from ..model import Mention
from ..rdf.terms import tops
from ..recognise import Sentence

CUES = cues("asides")  # the cue words and patterns, of every language (claimgraph.lang)


def described_in_aside(text: str, sentence: Sentence, name: Mention, event: Mention,
                       classes: Mapping[Mention, tuple[str, ...]]) -> bool:
    """Does `name` stand in an aside describing a person (module docstring) that closes before `event`, and is it
    none of the two names the aside leaves to the act? `classes`: the classes of each of the sentence's mentions'
    entities."""
    if name.end > event.start:
        return False
    ends = {m.end for m, kinds in classes.items() if "Person" in kinds}
    openers = [*CUES.PERSON_RELATIVE.finditer(text, sentence.start, name.start),
               *(a for a in CUES.DESCRIBING_ARTICLE.finditer(text, sentence.start, name.start) if a.start() in ends)]
    for opener in openers:
        close = CUES.ASIDE_CLOSE.search(text, opener.end(), event.start)
        if close is not None and close.group() == "," and name.end <= close.start():
            return not _left_to_the_act(text, opener.end(), name, event, classes)
    return False


def _left_to_the_act(text: str, start: int, name: Mention, event: Mention,
                     classes: Mapping[Mention, tuple[str, ...]]) -> bool:
    """Is `name`, in an aside opened at `start`, the person's group or a town the act took place in (module
    docstring)?"""
    if CUES.AFFILIATION.search(text, start, name.start):
        return True
    placed_after = any(m.start >= event.end and "Place" in tops(kinds) for m, kinds in classes.items())
    town = "Settlement" in classes.get(name, ())
    return town and not placed_after and bool(CUES.INTO_TOWN.search(text, start, name.start))
