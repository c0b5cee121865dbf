"""The names a clause tells that took no part in what it tells: bystanders of its acts (`claims` silences them).

Read from the words alone, as `structure` reads a sentence:

- Datelines: the place a report was filed from ("SOCHI, August 16 (RIA Novosti) –"), and the state after its city
  in capitals ("DAR ES SALAAM, Tanzania, April 11 (AP) -").
- Cited sources: who a clause is told "according to" holds it and takes no part in it.
- Withheld: whose consent or part an act went without ("without the authorization of the UN Security Council").
- Onlookers: who pressed for an act ("Under pressure from the ICGLR") or watched over it ("monitored by a
  United Nations observer group"), with every name of the list that opens, took no part in it and is no party of it.
- Watchers: the body whose observers or monitors the clause names ("OSCE monitors reported shelling", "observers from
  the United Nations") watched the acts, it did not do them.
- Speakers and claimants: the subject of a verb of saying ("Putin told reporters"), the sayer told after what is said,
  the author a title names, and who a noun of claiming names ("the Georgian claim concerning a Russian incursion")
  hold what follows and take no part in it.
- Bracketed: the acronym given in brackets after one of those ("The UN Mission in South Sudan (UNMISS) confirmed").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from . import structure
from .scope import tops_of

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)

if TYPE_CHECKING:  # the type only: resolve reads dates, which read scope
    from .resolution import Resolution

CITED_REACH = 20  # characters: "according to the " and a little room
WITHHELD_REACH = 50  # characters: "without the explicit authorization of the " and a little room
# A dateline: the place a report was filed from, at the start of its line, before the date, the
# agency and a dash ("SOCHI, August 16 (RIA Novosti) – ..."). It says where the writer was, not
# where anything happened.
DATELINE = re.compile(r"(?:,[^\n()–—]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—]|--?)\s")


def datelines(text: str, mentions: list[Mention]) -> set[Mention]:
    """The mentions that are a report's dateline: a place at the start of its line, written in
    capitals or followed by the agency in parentheses, then a dash (see DATELINE), or a region or state after
    its city (`CUES.DATELINE_CITY`: "DAR ES SALAAM, Tanzania, April 11 (AP) -", "KYIV, Ukraine, March 1 -")."""
    return {m for m in mentions if _in_dateline(text, m)}


def _in_dateline(text: str, mention: Mention) -> bool:
    """Does the mention stand in its line's dateline: first, in capitals or before the agency, or after the city
    (in capitals, or before the agency)?"""
    tail = DATELINE.match(text, mention.end)  # first: it rarely matches, and a line can be the whole text
    if not tail:
        return False
    agency = "(" in tail.group()
    before = text[text.rfind("\n", 0, mention.start) + 1:mention.start]
    if not before.strip():
        return mention.text.isupper() or agency
    city = CUES.DATELINE_CITY.fullmatch(before)
    return city is not None and (agency or city.group("caps") is not None)


def cited(text: str, mentions: list[Mention]) -> set[Mention]:
    """The mentions named as the source of what their clause tells ("... killed tens of thousands,
    according to the United Nations"): the holder of the claims (modality), no part of them."""
    return {m for m in mentions if CUES.CITED.search(text, max(0, m.start - CITED_REACH), m.start)}


def withheld(text: str, mentions: list[Mention]) -> set[Mention]:
    """The mentions named as whose consent or part an act went without ("began ... without the
    authorization of the UN Security Council"): absent from what their clause tells, no part of it."""
    return {m for m in mentions if CUES.WITHOUT_OF.search(text, max(0, m.start - WITHHELD_REACH), m.start)}


PRESSURE_REACH = 60  # characters: "under pressure from regional leaders of the " and a little room


def onlookers(text: str, mentions: list[Mention]) -> set[Mention]:
    """The mentions named as who pressed for an act ("Under pressure from regional leaders of the
    International Conference on the Great Lakes Region (ICGLR), the M23 withdrew from Goma") or watched
    over it ("the ceasefire took effect ..., monitored by a United Nations observer group"): they urged or
    watched it, they took no part in it nor signed it, and nor did the other names of the list it opens ("Under
    pressure from the United States, the Soviet Union and the United Nations, the three invaders withdrew",
    `_listed_after`). The acronym given in brackets after such a name is `bracketed`'s."""
    pressed: set[Mention] = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        if m in pressed:
            continue  # listed already: the list its first name opens ends where that name's does
        window = max(0, m.start - PRESSURE_REACH)
        if any(cue.search(text, window, m.start) for cue in (CUES.PRESSED_BY, CUES.MONITORED_BY)):
            pressed.add(m)
            pressed.update(_listed_after(text, ordered[k:]))
    return pressed


def _listed_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names after the first of `mentions` in the list it opens, up to the one after "and" / "or"
    (`CUES.ONLOOKERS_LISTED`); none when no "and" / "or" closes it: in "Under pressure from the ICGLR, the M23
    withdrew" the name after the comma is the clause's subject."""
    listed: list[Mention] = []
    for before, after in zip(mentions, mentions[1:]):
        gap = CUES.ONLOOKERS_LISTED.fullmatch(text, before.end, after.start)
        if not gap:
            break
        listed.append(after)
        if gap.group("last"):
            return listed if CUES.LIST_CLOSED.match(text, after.end) else []
    return []


WATCHERS_REACH = 30  # characters: "observers from the " and a little room


def watchers(text: str, mentions: list[Mention], res: Resolution) -> set[Mention]:
    """The mentions of actors named as the body of the watchers of what their clause tells, before their noun with the
    list they close ("OSCE monitors reported shelling", "UN and EU observers watched the pullback",
    `CUES.WATCHERS_AFTER`) or after it and "from" ("observers from the United Nations supervised",
    `CUES.WATCHERS_BEFORE`), the subject of a verb of watching or telling (`CUES.WATCHING`): the watchers saw the
    acts done, their body took no part in them nor signed what was signed. Watchers an act was done to are no such
    bystanders ("Gunmen attacked EU monitors": the EU its target)."""
    numbers = structure.runs(text, mentions, res)
    actors = sorted((m for m in mentions if "Actor" in tops_of(res, m)), key=lambda m: m.start)
    watching = {numbers[m] for m in actors if (noun := CUES.WATCHERS_AFTER.match(text, m.end))
                and CUES.WATCHING.match(text, noun.end())}
    firsts = {numbers[m]: m for m in reversed(actors)}
    lasts = {numbers[m]: m for m in actors}
    watching |= {n for n, first in firsts.items() if CUES.WATCHING.match(text, lasts[n].end)
                 and CUES.WATCHERS_BEFORE.search(text, max(0, first.start - WATCHERS_REACH), first.start)}
    return {m for m in actors if numbers[m] in watching}


AUTHOR_REACH = 40  # characters: "press release issued by the " and a little room


def speakers(text: str, mentions: list[Mention], res: Resolution, sentence: Sentence) -> set[Mention]:
    """The mentions of actors that are the subject of a verb of saying (SPOKE), with the list
    they close ("the United States and Saudi Arabia said"; not the list a name before its sources or accounts ends:
    "in Cyprus, Greek sources say"), or that stand in the sayer told after what is said
    at the sentence's end (`structure.sayer_after`: "..., the Russian defence ministry said."), the author a document's title names
    (AUTHORED: "Statement by the United Nations Support Mission in Libya on the signing of ..."),
    or whose claim a noun of claiming names (CLAIMED: "the Georgian claim concerning ...")."""
    numbers = structure.runs(text, mentions, res)
    said = {m: CUES.SPOKE.match(text, m.end) for m in mentions if "Actor" in tops_of(res, m)}
    alone = {m for m, found in said.items() if found and found.group("source")}  # "Cyprus, Greek sources say"
    spoken = {numbers[m] for m in said if m not in alone and (
        said[m] or CUES.CLAIMED.match(text, m.end)
        or CUES.AUTHORED.search(text, max(0, m.start - AUTHOR_REACH), m.start))}
    return alone | {m for m in said if numbers[m] in spoken or structure.sayer_after(text, sentence, m)}


def bracketed(text: str, mentions: list[Mention], named: set[Mention]) -> set[Mention]:
    """The mentions given in brackets just after one of `named`: its acronym ("The UN Mission in South Sudan (UNMISS)
    confirmed the attack", "Reuters (RTRS) reported"), the same body, which holds what its name holds."""
    return {m for m in mentions for n in named if n.end <= m.start and text[n.end:m.start].strip() == "("}
