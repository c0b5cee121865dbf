"""Names no pack knows, told as places by the words around them.

The world pack stops at towns of some thousand people, and a source names villages, camps and hills below it:
"a device found in the basement of a building in Ryazan on 22 September", "In Kocho, whose residents were held",
"villages around Faradje, Doruma and Duru in north-eastern Congo". A capitalised name (or a list of them) that no
recogniser took, after a preposition of place ("in", "near", "at", "around") or a plural kind of town and "of" ("the
towns of Mutsamudu and Ouani are under control"), and before a clause that goes on (a
comma, a full stop, "on", "in", "and": `LOCATED_AFTER`; or, in a list no comma parts, the clause's verb: "the
defences at Se La and Bomdila had collapsed", `LOCATED_BEFORE_VERB`, a single name only a verb in the passive: "the
clinic at Mabanga was looted", not "her career at Goldman Sachs was brief", `LOCATED_BEFORE_PASSIVE`; not a role in
apposition: "in Pyongyang and Peng Dehuai, commander of") is a place. After a preposition of motion ("to", "from") a
name may be anyone's ("sent to Putin and his generals"), so there a list must hold a known place beside it ("taken
to Tal Afar and Mosul"). No name of a word that is no place's (`NOT_PLACE_WORDS`: "at Christmas", "in Arabic", "in
Judaism"), of a kind, a title, a month or a thing (`names.NOT_PERSON_WORDS`), nor a demonym; nothing in a Title Case
headline, whose capitals say nothing. A verb of crossing land before "into", "out of" or "from" tells a single name
after it as a place, its article too ("the army crossed into the Ogaden in July": `told_by_crossing`).

A region's kind written lower-case right after its name ("Kyrgyzstan's Batken region", "the disputed Cenepa valley")
is a word of the region's mention (`with_kind_word`): the source names it so, and the region stays the one its name
names (the pack's, or the one its name alone names elsewhere in the source).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import cues
from ..rdf.terms import top_classes
from .armed import capitalised_start
from .base import Candidate, name_id, text_of
from .name_shapes import CAPITALISED_AFTER, CAPITALISED_BEFORE, LO, UP
from .named_falls import named_fall
from .names import NOT_PERSON_WORDS, is_demonym, title_case

NAME = "located.v12"  # v12: s36 review36a: no name after "near" whatever follows where a verb of where a person
# stands goes before ("standing near Kerrigan shouted"), no planet ("near Earth"), no firm that fell in a sentence of a
# market ("Boeing fell on Tuesday", `named_falls`);
# v11: s36 places36: a name after "near" is a place whatever follows it ("guns near Saranda shot"), and one before
# "but"; a name no pack knows that fell at a time in a text of war ("Jowhar fell on 27 December", `told_by_fall`);
# v10: a name again after a line's end is a name of its own too; v9: s32 review: a name again not before a word of
# fighters ("Ndoleko fighters") nor a role ("Ballard, the commander,")
# v8: a place told once is that place where its name is written again (`named_again`)
CUES = cues("names")
FELL = cues("triggers").FELL  # "fell": a place that fell at a time is a place (`told_by_fall`)
_WORD = rf"(?:{CUES.PLACE_NAME_ARTICLE})?[{UP}][{LO}][\w\-]*+"  # "Ri-Kwangba", "al-Aziziya"; no possessive
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"  # "Mers El Kébir"
_LIST = re.compile(rf"(?<![\w’'\-])(?P<prep>{CUES.LOCATED_BEFORE})[ \t]+"
                   rf"(?P<list>{_NAME}(?:,[ \t]+{_NAME})*(?:,?[ \t]+(?:and|or)[ \t]+{_NAME})?)(?![\w’'\-])")
_ITEM = re.compile(_NAME)
_ONE_NAME = re.compile(rf"(?<![\w’'\-]){_NAME}(?![\w’'\-])")
REGION_CLASSES = frozenset({"Region", "District"})  # the classes of land a kind of region names (not a town: "Idlib province")
# A role in apposition after the list names its last item a person: "signed in Pyongyang and Peng Dehuai, commander".
_ROLE_AFTER = re.compile(rf",[ \t]+(?:(?:the|an?)[ \t]+)?(?:[\w-]+[ \t]+)?(?:{'|'.join(CUES.ROLES)})\b", re.IGNORECASE)


def told_by_preposition(doc, found: list[Candidate]) -> list[Candidate]:
    """`found` and, where no candidate stands, the places the words around them tell (module docstring)."""
    text = text_of(doc)
    if title_case(text):
        return found
    taken = {i for c in found for i in range(c.start, c.end)}
    places = {(c.start, c.end) for c in found if c.kind == "entity" and "Place" in top_classes(c.cls)}
    added = [c for match in _LIST.finditer(text) for c in _listed(text, match, taken, places)]
    taken |= {i for c in added for i in range(c.start, c.end)}
    added += told_by_crossing(text, taken)
    added += told_by_fall(doc, taken | {i for c in added for i in range(c.start, c.end)})
    return sorted([*found, *added], key=lambda c: (c.start, c.end)) if added else found


def named_again(doc, found: list[Candidate], told: dict[str, str]) -> list[Candidate]:
    """`found` and, where no candidate stands, the names a preposition or a crossing told as places in this block or
    an earlier one (`told`, name -> entity id: updated) written again where they name the place (`_place_again`):
    "the SPLA took control of Heglig", after "clashed around Heglig". A source names its village once by its
    preposition and then by its name alone; the pack does not know it, so nothing else reads it there. Not in a Title
    Case headline, whose capitals say nothing."""
    text = text_of(doc)
    told.update({text[c.start:c.end]: c.entity for c in found if c.method == NAME and c.entity})
    if not told or title_case(text):
        return found
    taken = {i for c in found for i in range(c.start, c.end)}
    names = "|".join(re.escape(name) for name in sorted(told, key=lambda n: (-len(n), n)))
    added = [Candidate(m.start(), m.end(), "entity", "Place", NAME, entity=told[m.group()])
             for m in re.finditer(rf"(?<![\w’'\-])(?:{names})(?![\w’'\-])", text)
             if not taken & set(range(*m.span())) and _place_again(text, m.start(), m.end())]
    return sorted([*found, *added], key=lambda c: (c.start, c.end)) if added else found


def _place_again(text: str, start: int, end: int) -> bool:
    """Does text[start:end], a name told as a place before, name that place here: a whole name (`_whole_name`), no
    speaker's verb nor a word of fighters after it (`CUES.LOCATED_AGAIN_NOT_AFTER`: "Lynas says", "Heglig fighters":
    a firm speaks, men come from the place), nor a person's role in apposition (`_ROLE_AFTER`: "Ballard, the rebel
    commander,": a man of that name)?"""
    return (_whole_name(text, start, end) and not CUES.LOCATED_AGAIN_NOT_AFTER.match(text, end)
            and not _ROLE_AFTER.match(text, end))


def _whole_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a name of its own: no capitalised word right after it, and none right before it but a
    sentence's or a line's first word ("In Heglig", "At Magbeni"; not "Heglig Petroleum", "Dr Heglig")?"""
    if CAPITALISED_AFTER.match(text, end):
        return False
    before = CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    at = before.start()
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:;\n"


def told_by_crossing(text: str, taken: set[int]) -> list[Candidate]:
    """The single names no recogniser took that a verb of crossing puts a move into or out of, an article before them
    allowed ("crossed into the Ogaden in July", `CROSSED_INTO`), where a clause goes on after them: places; not a
    plural after the article, a party's or a people's ("crossed from the Conservatives to Labour"), nor a body's or a
    building's ("fled from the Embassy", `CROSSED_NOT_LAND`)."""
    out = []
    for match in _ONE_NAME.finditer(text):
        start, end = match.span()
        crossed = CUES.CROSSED_INTO.search(text, max(0, start - CUES.CROSSED_REACH), start)
        if (crossed and CUES.LOCATED_AFTER.match(text, end) and not taken & set(range(start, end))
                and _a_place_name(text[start:end]) and not CUES.CROSSED_NOT_LAND & set(match.group().split())
                and not (crossed.group("the") and text[end - 1] == "s")):
            out.append(Candidate(start, end, "entity", "Place", NAME, entity=name_id(text[start:end])))
    return out


def told_by_fall(doc, taken: set[int]) -> list[Candidate]:
    """The names no recogniser took, written with capitals right before "fell" and a time after it in a paragraph of
    war (`named_falls.named_fall`: "Jowhar fell on 27 December", "Tawang fell within days"): places, the capture the
    verb tells is of them; not a kind, a title, a month or a thing (`_a_place_name`)."""
    text, out = text_of(doc), []
    for token in doc[1:]:
        if token.lower_ not in FELL or not named_fall(doc, token.i, (token.i,)):
            continue
        last = doc[token.i - 1]
        start, end = doc[capitalised_start(doc, token.i, token.sent.start)].idx, last.idx + len(last)
        if not taken & set(range(start, end)) and _a_place_name(text[start:end]):
            out.append(Candidate(start, end, "entity", "Place", NAME, entity=name_id(text[start:end])))
    return out


def with_kind_word(doc, found: list[Candidate]) -> list[Candidate]:
    """`found`, each region (`REGION_CLASSES`) that a lower-case kind of region follows, where nothing else was read
    ("the Batken region", `REGION_KIND_AFTER`), with that word in its mention; its entity, class and method as they
    were, and its name without the word the label of a region no pack knows ("Cocody", of "the Cocody district")."""
    text = text_of(doc)
    starts = {c.start for c in found}
    out = []
    for cand in found:
        kind = CUES.REGION_KIND_AFTER.match(text, cand.end) if cand.kind == "entity" and cand.cls in REGION_CLASSES else None
        if kind and not any(cand.end < start < kind.end() for start in starts):
            cand = replace(cand, end=kind.end(), value=cand.value or text[cand.start:cand.end])
        out.append(cand)
    return out


def _listed(text: str, match: re.Match, taken: set[int], places: set[tuple[int, int]]) -> list[Candidate]:
    """The unknown names of the list `match` as places, if a clause goes on after it (`_goes_on`); after a preposition
    of motion only if a known place is one of the list."""
    if not _goes_on(text, match) or _ROLE_AFTER.match(text, match.end()):
        return []
    items = [m.span() for m in _ITEM.finditer(text, match.start("list"), match.end())]
    if match.group("prep").lower() in CUES.LOCATED_MOTION and not places & set(items):
        return []
    return [Candidate(start, end, "entity", "Place", NAME, entity=name_id(text[start:end])) for start, end in items
            if not taken & set(range(start, end)) and _a_place_name(text[start:end])]


def _goes_on(text: str, match: re.Match) -> bool:
    """Does a clause go on after the list `match` (`LOCATED_AFTER`; a list no comma parts before the clause's verb,
    a single name before a passive one), or does a preposition only a place follows stand before it ("near":
    `LOCATED_ANY_AFTER`), no noun of a site after it (`SITE_NOUN_AFTER`: "near Goldman Sachs headquarters") and no
    verb of where a person stands before it (`PERSON_BESIDE_BEFORE`: "standing near Kerrigan shouted")?"""
    end, names = match.end(), match.group("list")
    verb = CUES.LOCATED_BEFORE_VERB if CUES.PLACE_LIST_JOINT.search(names) else CUES.LOCATED_BEFORE_PASSIVE
    if CUES.LOCATED_AFTER.match(text, end) or "," not in names and verb.match(text, end):
        return True
    return (match.group("prep").lower() in CUES.LOCATED_ANY_AFTER and not CUES.SITE_NOUN_AFTER.match(text, end)
            and not CUES.PERSON_BESIDE_BEFORE.search(text, max(0, match.start() - 12), match.start()))


def _a_place_name(name: str) -> bool:
    """May these words name a place: none a kind, title, month, thing, feast, language or faith, nor a demonym?"""
    words = name.split()
    return not any(w in NOT_PERSON_WORDS or w in CUES.NOT_PLACE_WORDS or w.endswith("ism") or is_demonym(w)
                   for w in words)
