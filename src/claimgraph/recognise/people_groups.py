"""A people named by a demonym and a noun for people who are no organ of a state: one group of its own, not the
state the demonym names.

    "Cuban exiles landed at dawn"               -> "Cuban exiles": a cg:PopulationGroup (not Cuba)
    "Western diplomats said the talks stalled"  -> "Western diplomats" (a bloc's word, no pack's demonym)
    "Chinese military engineers arrived"        -> "Chinese military engineers" (not the Chinese military)
    "TUNISIAN VOLUNTEERS LANDED STOP"           -> "TUNISIAN VOLUNTEERS" (a telegram in capitals)

Exiles, refugees, witnesses or diplomats act and speak for themselves: reading "Cuban" in "Cuban exiles" as Cuba
makes the state land at the bay, and leaves the exiles, the actors the text tells, unnamed. The nouns are listed
(`lang.en.people_groups`); "officials", "authorities", "sources" and the words for fighters are not: those are the state, or its
forces (`patterns`), speaking or acting. The entity is named by the phrase as written, one per source.

A noun for people alone names a group too where its sentence tells an act (`unnamed`): "the hostages were freed",
"masked gunmen attacked the convoy" -> "hostages", "gunmen" of that source (ids `hostages-<source>`), a
cg:PopulationGroup or cg:ArmedGroup; "Refugees often face hardship" names none.
"""

from __future__ import annotations

import re

from ..lang import cues
from .base import Candidate, name_id, settle, text_of
from .patterns import METHOD_DEMONYM, METHOD_FORCE

NAME = "people-groups.v6"  # v6: s36 last mend: no group that opens a comment clause ("Colonel Ruiz, the army
# has confirmed, led the raid", `_commenting`);
# v5: s36 review: no armed group of a party's militants ("party militants", "militants
# within the party", `_activists`), nor the one force named for "its soldiers" after a state in their sentence
# ("Turkey said its soldiers", `_force_named`);
# v4: a group named by a noun for people alone, where its sentence tells an act (`unnamed`);
# v3: no captives (v2), no advisers: a state's own men
CUES = cues("people_groups")
OPENING = cues("names").OPENING  # a sentence's opening, where the group's first word takes a capital ("Hostages were")
ADDRESS = cues("address")  # a comment clause a group may open (`_commenting`)
CIVIL = cues("triggers").CIVIL_IRREGULARS  # a party's, a union's or a class's "militants" are activists (`_activists`)
_GROUP_NAME = re.compile(CUES.GROUP_NAME.pattern, re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'\-.]*[ \t]+$")  # a capitalised word right before: "American hostages"


def named(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` (settled) with each demonym, or a state's forces whose demonym a noun for people follows ("Chinese
    military engineers"), read with that noun as one group; and a bloc's word with such a noun where nothing was
    found ("Western diplomats")."""
    groups = [g for c in found if c.method in (METHOD_DEMONYM, METHOD_FORCE) and c.cls != "PopulationGroup"
              for g in [_group(text, c.start, _ends(text, c))] if g is not None and g.end >= c.end]
    for bloc in CUES.BLOC_WORDS.finditer(text):
        group = _group(text, bloc.start(), [bloc.end()])
        if group is not None and not any(c.start < group.end and group.start < c.end for c in found):
            groups.append(group)
    if not groups:
        return found
    return settle([*groups, *(c for c in found if not any(c.start < g.end and g.start < c.end for g in groups))])


def _ends(text: str, cand: Candidate) -> list[int]:
    """Where the demonym of the candidate may end: its end (a demonym), or before each of its later words (a
    state's forces: "Chinese military", "North Korean army")."""
    if cand.method == METHOD_DEMONYM:
        return [cand.end]
    return [i for i in range(cand.start + 1, cand.end) if text[i] in " \t"]


def _group(text: str, start: int, ends: list[int]) -> Candidate | None:
    """The group a word from `start` to one of `ends` and a noun for people after it name, in the word's case."""
    if start > 0 and text[start - 1] in "-‐":  # "pro-Cuban exiles": whom they favour, no people of theirs
        return None
    for end in ends:
        word = text[start:end]
        after = (CUES.PEOPLE_AFTER_CAPS if word.isupper() else CUES.PEOPLE_AFTER).match(text, end)
        if after is not None:
            return Candidate(start, after.end(), "entity", "PopulationGroup", NAME,
                             entity=name_id(text[start:after.end()].lower()))
    return None


def unnamed(doc, found: list[Candidate]) -> list[Candidate]:
    """`found` (settled) with each group a noun for people names alone (`CUES.GROUP_NAME`: "the hostages", "six
    hostages", "masked gunmen", "his crew") in a sentence that tells an act (a trigger among `found`): a group of its
    own that acts or suffers there, a cg:PopulationGroup or, for armed men, a cg:ArmedGroup (`CUES.GROUP_NOUNS`).
    All that a source names by one noun is one group of that source (`doc.user_data["source"]`): "the hostages" of two
    sources are two groups, and "Refugees often face hardship", told of no act, names none. Not where a name, a
    demonym or any capitalised word qualifies the noun ("American hostages", "Taliban gunmen": the rules of names
    read those), nor over what another rule read (a count before the noun is left to it: "six" of "six hostages").
    A state's men so named ("the army", "soldiers", "the police", `CUES.STATE_MEN`) are the one force of their kind the
    block named before (`_force_named`), else the source's own army or police; none where it named two."""
    text = text_of(doc)
    acts = [s for s in doc.sents if any(c.kind == "trigger" and s.start_char <= c.start < s.end_char for c in found)]
    groups = []
    for match in _GROUP_NAME.finditer(text):
        start, end = _unread(found, match)
        told = next((s for s in acts if s.start_char <= start and end <= s.end_char), None)
        if start < end and told and _lower_case(text, match, start) and not (
                _indefinite_force(match) or _activists(text, match) or _commenting(text, match)):
            noun = match.group("noun").lower()
            key = CUES.GROUP_KEYS.get(noun, noun)
            cls = CUES.GROUP_NOUNS[noun]
            entity = _force_named(found, told.start_char, start, cls, key) if cls in CUES.STATE_MEN else None
            if entity != "":
                groups.append(Candidate(start, end, "entity", cls, NAME, value=key,
                                        entity=entity or name_id(f"{key} {doc.user_data.get('source', '')}")))
    return settle([*found, *groups]) if groups else found


def _force_named(found: list[Candidate], since: int, start: int, cls: str, key: str) -> str | None:
    """The id of the one force of the class `cls` (an army; a police: one whose words end in `key`) named before
    `start`; None where none was, "" where two were ("Ethiopian troops ... Eritrean troops ... the troops": whose is
    not told), or where a state is named in its sentence (from `since`) before it: the men may be that state's
    ("Syrian troops attacked Homs. Turkey said its soldiers shot down a jet": no Syrian soldiers)."""
    if any(c.kind == "entity" and c.cls == "State" and since <= c.start and c.end <= start for c in found):
        return ""
    ids = {c.entity for c in found if c.kind == "entity" and c.cls == cls and c.end <= start and c.entity
           and c.method != NAME and (cls != "Government" or c.entity.endswith(key))}
    return ids.pop() if len(ids) == 1 else "" if ids else None


def _indefinite_force(match: re.Match) -> bool:
    """Is the group a state's men after "a" or "an" ("raised an army": one of many, no force told before), or with no
    word before the noun that says which ("the army", "its soldiers", "government troops" say it; "peacekeeping
    soldiers", "the regions soldiers", bare "troops" are of anyone)?"""
    if CUES.GROUP_NOUNS[match.group("noun").lower()] not in CUES.STATE_MEN:
        return False
    return match.group("name").lower().startswith(("a ", "an ")) or not (
        match.group("the") or match.start("noun") > match.start("name"))


def _activists(text: str, match: re.Match) -> bool:
    """Are the armed men a party's, a union's or a class's members: the word right before the noun one of `CIVIL`
    ("the party militants attacked the leadership", "the party's militants", "union militants"), as an act's reader
    reads them (`armed.troops_in`), or the body they are in right after it (`CUES.BODY_AFTER`: "militants within the
    party", "militants in the union")? Activists, no armed group ("militants in the hills" are armed men)."""
    if CUES.GROUP_NOUNS[match.group("noun").lower()] != "ArmedGroup":
        return False
    body = CUES.BODY_AFTER.match(text, match.end("noun"))
    return members_before(text, match.start("noun")) or (body is not None and body.group("body").lower() in CIVIL)


def members_before(text: str, start: int) -> bool:
    """Does a word of members (`CIVIL`) stand right before `start`, a possessive too ("party militants", "the party's
    militants", "Labour's rebels", "backbench rebels")? The men after it are that body's members, activists or
    dissenters, no armed men (`_activists`, `extract.naming._rebels_of_a_body`)."""
    before = text[max(0, start - MEMBERS_REACH):start].split()
    return bool(before) and re.sub(r"[’']s$", "", before[-1].lower()) in CIVIL


MEMBERS_REACH = 30  # characters before the men read for a word of members: "the backbench "


def _commenting(text: str, match: re.Match) -> bool:
    """Does the group open a comment clause set off by a comma (`ADDRESS.COMMENT_CLAUSE`: "Colonel Ruiz, the army has
    confirmed, led the raid")? It says what the clause around it tells, and takes no part in it: no group, as a sayer
    no rule names is none."""
    comma = text.rfind(",", max(0, match.start() - 3), match.start())
    return comma >= 0 and not text[comma + 1:match.start()].strip() and \
        ADDRESS.COMMENT_CLAUSE.match(text, comma) is not None


def _unread(found: list[Candidate], match: re.Match) -> tuple[int, int]:
    """The span of the group's name that no other rule read: from after what another rule read before the noun ("six"
    of "six hostages", a count) to the noun's end; empty where another rule read the noun."""
    start, end = match.span("name")
    for cand in found:
        if cand.start < end and start < cand.end:
            if cand.end > match.start("noun"):
                return end, end
            start = max(start, cand.end)
    while start < end and match.string[start] in " \t":
        start += 1
    return start, end


def _lower_case(text: str, match: re.Match, start: int) -> bool:
    """Is the group's name written in lower case, but for the capital of a sentence's first word, with no capitalised
    word or name right before it ("American hostages", "Taliban gunmen")?"""
    first = match.start("the") if match.group("the") else start
    words = text[start:match.end()]
    opening = OPENING.search(text, max(0, first - 4), first) is not None
    if words[1:] != words[1:].lower() or (words[0].isupper() and not (opening and first == start)):
        return False
    return opening or _CAPITAL_BEFORE.search(text, max(0, first - 40), first) is None
