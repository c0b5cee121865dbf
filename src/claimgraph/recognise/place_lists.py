"""Places an unknown name shares a phrase with: the items of a list after a kind of place in the plural ("the towns of
Mutsamudu and Ouani", "the villages of Kiambaa, Kapsabet and Eldoret") are places of that kind, and the other end of
a route from or to a known town ("opened the road from Salalah to Thamrit") is a town. One known name in a list says
nothing of the others in English ("from Kabul to Karzai's office": an owner, no place; "from Damascus to Hezbollah"
names a known body and is skipped): the route's other end must end alone and be no known name,
month, title, kind of body or word that opens no name. A known land after a lower-case point of the compass ("in
northern Uganda", "north-eastern Iraq") shares its phrase with a side of it, a region of its own (`compass_sides`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from ..lang import cues
from .base import Candidate, name_id
from .name_shapes import A_NAME, ALONE

CUES = cues("place_lists")
COMPASS_SIDE = CUES.COMPASS_SIDE
_NAMES = cues("names")
_PLURAL = re.compile(rf"\b[Tt]he\s+(?:[\w’'\-]+\s+)?(?P<kind>{'|'.join(CUES.PLURAL_KINDS)})\s+of\s+"
                     rf"(?P<list>{A_NAME}(?:,\s+{A_NAME})*,?\s+{CUES.LIST_AND}\s+{A_NAME}){ALONE}")
_ITEM = re.compile(A_NAME)
_FROM_TO = re.compile(rf"{CUES.FROM_TO[0]}\s+(?P<a>{A_NAME})\s+{CUES.FROM_TO[1]}\s+(?P<b>{A_NAME}){ALONE}")
_LAND_WORD = re.compile(r"[\w’'\-]+")
_NAME_GOES_ON = re.compile(r"(?:[’']s)?[ \t]+[A-Z]")  # a capitalised word after a land's name: a longer name
_NO_PLACE_WORDS = frozenset({*_NAMES.MONTHS, *_NAMES.NOT_NAMES, *_NAMES.TITLE_WORDS, *_NAMES.BODY_KINDS})


def listed_places(text: str, names: Set[str], towns: Set[str], method: str) -> Iterator[Candidate]:
    """The places of `text` named in a list after a plural kind (`_PLURAL`) or at the end of a route whose other end
    is one of `towns` (`_FROM_TO`): none of `names` (the gazetteer's: it reads them) nor of `_NO_PLACE_WORDS`."""
    for match in _PLURAL.finditer(text):
        cls = CUES.PLURAL_KINDS[match.group("kind")]
        for item in _ITEM.finditer(match.group("list")):
            yield from _place(text, match.start("list") + item.start(), match.start("list") + item.end(), cls, names,
                              method)
    for match in _FROM_TO.finditer(text):
        for known, other in (("a", "b"), ("b", "a")):
            if match.group(known) in towns:
                yield from _place(text, match.start(other), match.end(other), "Settlement", names, method)


def _place(text: str, start: int, end: int, cls: str, names: Set[str], method: str) -> Iterator[Candidate]:
    """The place at text[start:end], of class `cls`, unless a known name, a name ending in a kind of site ("to
    Kinshasa Central Prison": a building, no town; other rules read it), a word that names no place, a community's
    ("the towns of Christian and Muslim families"), a lone half of a shared name ("the villages of Upper and Lower
    Dir") or an owner before a noun ("to Karzai's office": whose the office is, a person's as often as a town's)."""
    name = text[start:end]
    words = name.split()
    site = len(words) > 1 and (words[-1] in _NAMES.NAMED_PLACE_KINDS or words[-1].lower() in _NAMES.FEATURE_KINDS)
    if (name in names or site
            or set(words) & (_NO_PLACE_WORDS | _NAMES.COMMUNITY_WORDS) or name in CUES.SHARED_HEAD_WORDS
            or name.endswith(_NAMES.POSSESSIVE_ENDINGS)):
        return
    yield Candidate(start, end, "entity", cls, method, entity=name_id(name))


def compass_sides(text: str, places: Set[str], method: str) -> Iterator[Candidate]:
    """The sides of known lands that a lower-case point of the compass names (`CUES.COMPASS_SIDE`: "southern Sudan",
    "the eastern Democratic Republic of the Congo"): each a region of its own, labelled as the text writes it; the
    land is the longest run of its words that is one of `places` (the packs' names of places) and that no
    capitalised word follows ("northern Shan State" stays Shan State's words, no side of a "Shan")."""
    for match in COMPASS_SIDE.finditer(text):
        ends = [_land_end(word) for word in _LAND_WORD.finditer(text, match.start("land"), match.end("land"))]
        end = next((end for end in reversed(ends) if text[match.start("land"):end] in places), None)
        if end is not None and not _NAME_GOES_ON.match(text, end, match.end("land")):
            yield Candidate(match.start(), end, "entity", "Region", method, entity=name_id(text[match.start():end]),
                            value=text[match.start():end])


def _land_end(word: re.Match) -> int:
    """Where a word of a land's name ends: before its possessive ("northern Iraq's oil fields")."""
    return word.end() - 2 if word.group().endswith(_NAMES.POSSESSIVE_ENDINGS) else word.end()
