"""Persons named in a list: an infobox row of roles ("Mediators: Olusegun Obasanjo, Uhuru Kenyatta") and the names
after a role in the plural ("the field commanders Shamil Basayev and Ibn al-Khattab", "four of his commanders: Vincent
Otti, Okot Odhiambo, Dominic Ongwen and Raska Lukwiya", "three black leaders, Bishop Abel Muzorewa, Ndabaningi Sithole
and Chief Jeremiah Chirau", "the foreign ministers of the two countries, A B of Bolivia and C D of Paraguay", and some
of those the role holds: "five conservative party leaders, among them Vasil Bilak and Alois Indra") -> each name a
cg:Person. `NamesInContext` reads them and says which words may be a person's (the judges passed in), so the
candidates are its own (its method name)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lang import cues
from .base import Candidate, name_id
from .name_shapes import A_NAME, ALONE, WORD, name_of, trim

CUES = cues("names")  # the words around names, of every language (claimgraph.lang)

# An item of a list after a role: a title before it ("Chief Jeremiah Chirau"), its land after it ("Eduardo Ponce of
# Peru"), one name word allowed ("The two presidents, Japarov and Emomali Rahmon": only names of two words or more are
# taken).
_LIST_ITEM = re.compile(rf"(?P<title>(?:{'|'.join(sorted(CUES.TITLE_WORDS))})\s+)?(?P<name>{A_NAME})"
                        rf"(?:\s+{CUES.LIST_ITEM_OF}\s+(?P<land>{WORD}))?")
_ITEM = re.sub(r"\(\?P<\w+>", "(?:", _LIST_ITEM.pattern)  # the same item with its groups unnamed, to repeat in a list
_ROLE_LIST = re.compile(rf"\b(?:(?P<count>{CUES.LIST_COUNT})\s+(?:[a-z-]+\s+){{0,2}})?"
                        rf"(?P<role>{'|'.join((*CUES.ROLE_PLURALS, *CUES.PLURAL_TITLES))})(?P<sides>{CUES.ROLE_OF_SIDES})?"
                        rf"(?P<among>{CUES.AMONG_THEM})?"
                        rf"(?(among)|(?(count)(?P<sep>[:,])?|(?(sides)(?P<sides_sep>,)|:?)))\s+"
                        rf"(?P<list>{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM}){ALONE}")
_LISTED = re.compile(rf"^[-*•]?[ \t]*(?:{CUES.LIST_HEADS})[ \t]*:[ \t]*(?P<list>[^\n]+)", re.M)
_LISTED_NAME = re.compile(rf"{name_of(1, 3)}")

Judge = Callable[[list[str]], bool]  # may these words be a person's name?


def listed(text: str, person_words: Judge, method: str) -> Iterator[Candidate]:
    """The people of an infobox row of roles ("Mediators: Olusegun Obasanjo, Uhuru Kenyatta"):
    each item of two to four name words that `person_words` passes."""
    for row in _LISTED.finditer(text):
        for item in re.finditer(r"[^,;]+", row.group("list")):
            start, end = trim(text, row.start("list") + item.start(), row.start("list") + item.end())
            start += len(text[start:end]) - len(text[start:end].lstrip())
            end -= len(text[start:end]) - len(text[start:end].rstrip())
            name = text[start:end]
            if _LISTED_NAME.fullmatch(name) and person_words(name.split()):
                yield Candidate(start, end, "entity", "Person", method, entity=name_id(name))


def role_lists(text: str, named_so: Judge, known: frozenset[str], method: str) -> Iterator[Candidate]:
    """The persons listed after their role in the plural (`_ROLE_LIST`): each item of two or three name words
    that `named_so` passes (a given name a place's too: "Raska Lukwiya", the role says who), without a title
    before it or its land after it (`_LIST_ITEM`); after a count, a role a body holds too and a comma, only where
    an item shows a person's sign (`_persons_listed`; `known`: the one-word known names)."""
    for row in _ROLE_LIST.finditer(text):
        items = list(_LIST_ITEM.finditer(row.group("list")))
        comma = row.group("sep") == "," or row.group("sides_sep")
        if comma and row.group("role") in CUES.BODY_HELD_ROLES and not _persons_listed(items, known):
            continue  # "The two league leaders, Manchester City and Aston Villa": clubs
        for item in items:
            start, end = row.start("list") + item.start("name"), row.start("list") + item.end("name")
            words = item.group("name").split()
            if len(words) > 1 and named_so(words):
                yield Candidate(start, end, "entity", "Person", method, entity=name_id(item.group("name")))


# Three names or more of two or three words each, parted by commas, "and" before the last allowed.
_PEOPLE_LIST = re.compile(rf"(?P<list>{name_of(1, 2)}(?:,\s+{name_of(1, 2)}){{1,}}(?:,?\s+and\s+{name_of(1, 2)}|"
                          rf"(?<=\w),\s+{name_of(1, 2)})){ALONE}")


def people_lists(text: str, person_words: Judge, method: str) -> Iterator[Candidate]:
    """The persons of a list a word of people opens in its clause (`CUES.PEOPLE_LIST_HEAD`: "The men executed with
    him were Nordu Eawo, Daniel Gbooko and Paul Levera"): three names or more of two or three words each, those
    `person_words` passes, where it passes all but one at most (a weekday may be a given name: "Saturday Dobee"). A
    list of towns or bodies holds known names or kind words ("Manchester City, Aston Villa"), or one-word names."""
    for row in _PEOPLE_LIST.finditer(text):
        if not CUES.PEOPLE_LIST_HEAD.search(text, max(0, row.start() - 90), row.start()):
            continue
        items = list(re.finditer(name_of(1, 2), row.group("list")))
        passed = [m for m in items if person_words(m.group().split())]
        if len(passed) < 3 or len(passed) < len(items) - 1:
            continue
        for m in passed:
            yield Candidate(row.start() + m.start(), row.start() + m.end(), "entity", "Person", method,
                            entity=name_id(m.group()))


def _persons_listed(items: list[re.Match], known: frozenset[str]) -> bool:
    """Does an item of a list show it names persons: a title before it ("Bishop Abel Muzorewa") or a known land
    after it ("Omar Haddad of Tunis")?"""
    return any(item.group("title") or item.group("land") in known for item in items)
