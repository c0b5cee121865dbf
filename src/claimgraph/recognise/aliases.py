"""Other names a text gives a thing it names: "the Falkland Islands, known in Argentina as the
Malvinas", "Argentina, which calls the islands the Malvinas".

The other name (capitalised words no recogniser took) becomes a mention of the thing (method
NAME), so that the claims stage records it as the thing's `skos:altLabel` in the source's
words. The thing is the name just before the cue (`ALIAS_OF_NAME`), if the other name can name it
(`_fits`), or, after "calls the <noun>" (`ALIAS_OF_NOUN`), the name nearest the cue that the text
gives ending in that noun ("the islands": the Falkland Islands). Only a name the gazetteer knows (its entity is settled
here) is given another: an unknown one is the resolver's to name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from ..rdf.terms import tops

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence

CUES = cues("names")  # the cue words and patterns, of every language (claimgraph.lang)
NAME = "aliases.v3"  # v3: a name ending as a happening's names no place or actor (v2 asked the name before the cue to head its noun phrase, which lost "the Rapid Support Forces, also known as the RSF")


def bind(sentences: list[Sentence], text: str) -> list[Sentence]:
    """The sentences with each other name a cue gives made a mention of the thing it names."""
    named = [m for s in sentences for m in s.mentions if m.kind == "entity" and m.entity]
    out = []
    for sentence in sentences:
        added = [m for m in _aliases(sentence, text, named)
                 if not any(m.start < o.end and o.start < m.end for o in sentence.mentions)]
        out.append(replace(sentence, mentions=tuple(sorted((*sentence.mentions, *added), key=lambda m: m.start)))
                   if added else sentence)
    return out


def naming(text: str, mentions: list[Mention]) -> set[Mention]:
    """The mentions that only name the thing: another name it is given (method NAME), and who a cue
    says gives it ("known in Argentina as"): none acts in or locates what their clause tells."""
    found = {m for m in mentions if m.method == NAME}
    for mention in mentions:
        cue = CUES.ALIAS_OF_NAME.match(text, mention.end)
        if cue:
            found |= {m for m in mentions if cue.start() <= m.start and m.end <= cue.end()}
    return found


def _aliases(sentence: Sentence, text: str, named: list[Mention]) -> list[Mention]:
    found = []
    for thing in (m for m in sentence.mentions if m.kind == "entity" and m.entity):
        cue = CUES.ALIAS_OF_NAME.match(text, thing.end, sentence.end)
        alias = cue and CUES.ALIAS.match(text, cue.end(), sentence.end)
        if alias and _fits(thing, alias.group()):
            found.append(_mention(alias, thing, sentence))
    for cue in CUES.ALIAS_OF_NOUN.finditer(text, sentence.start, sentence.end):
        alias = CUES.ALIAS.match(text, cue.end(), sentence.end)
        noun = cue.group("noun").lower()
        things = [m for m in named if m.text.lower().endswith(f" {noun}")]
        if alias and things:
            found.append(_mention(alias, min(things, key=lambda m: abs(m.start - cue.start())), sentence))
    return found


def _fits(thing: Mention, alias: str) -> bool:
    """Can `alias` name the thing: a name ending as a happening's does (`HAPPENING_WORDS`) names no place
    or actor ("the rebellion in Chechnya, known in Russia as the Counter-Terrorist Operation": the
    rebellion's other name, not Chechnya's)."""
    return alias.split()[-1] not in CUES.HAPPENING_WORDS or bool({"Event", "Agreement"} & tops((thing.cls,)))


def _mention(alias: re.Match, thing: Mention, sentence: Sentence) -> Mention:
    return Mention(alias.start(), alias.end(), alias.group(), "entity", thing.cls, NAME, sentence.lang,
                   entity=thing.entity)
