"""Claims: what each sentence of a source states, as triples with their exact words.

- Every mention of an entity is a typing claim (its class and the top classes above
  it), and, where the source uses a name other than the canonical one, a name claim
  (skos:altLabel in the source's language). Evidence: the mention itself.
- Within one clause of a sentence, an event is related to the actors, places and date
  named with it (an end date where the clause says it ended), and an agreement to its
  parties, its mediators ("brokered by", "under the auspices of", "Moscow-brokered": a
  broker, host or witness is no party) and its date. Evidence: the sentence. A date the text gives relative to another
  ("four years ago") makes a derived claim (Claim.derived, method dates-relative.v1).
- A signature line that names no agreement ("Signed for Azerbaijan, for Armenia") signs
  the agreement the text names first (a treaty-style text's own title): what it names
  are the parties; such a signed document is dated by the first full date of its text.
- An actor named just after "against" / "on" / "targeting" an event, or as the object
  of an attack verb ("shelled Stepanakert"), is its target (cg:target, a kind of
  cg:hasActor) where it is an actor and not only a place.
- An attack verb that resolved to a war dates a happening in it, not the war.
- An event named as a point of reference ("three years after the initial conflict",
  "before the war") is not what the clause dates or tells: it takes no date and only
  the actors and places of its own phrase ("after days of clashes with militias").
- Within one sentence, a count or share ("3,830 people lost their lives") is a quantity
  of the event named nearest to it (terms.QUANTITY_RELATIONS, xsd:integer / xsd:decimal);
  in a sentence that names no event, of the armed conflict the source spoke of last (derived).

The clause is the unit because it is what a sentence "states plainly": in "Turkey gave
support, while Armenia attacked Tovuz" Turkey is no actor of the attack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .model import Claim, Entity, Literal, Mention
from .rdf.terms import XSD, top_classes, tops
from .recognise import Sentence
from .recognise.triggers import VERBS
from .resolve import AGENT, Resolution

# A reporting verb ends its speaker's clause: in "Turkey said Syrian airstrikes killed 54 soldiers"
# Turkey is no actor of the airstrikes.
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|but|whereas|although|though|which|who|and then)\b|\.\s|"
                          r"\b(?:sa(?:y|ys|id)|told|stated|claim(?:s|ed)|alleg(?:es|ed)|accus(?:es|ed|ing)|"
                          r"den(?:y|ies|ied)|dismiss(?:es|ed)|reject(?:s|ed)|denounc(?:es|ed)|insist(?:s|ed)|"
                          r"argu(?:es|ed)|asserted|added)\b", re.IGNORECASE)
SIGNING_VERB = re.compile(r"\b(?:signed|signing|sign|adopted|concluded|reached|agreed|brokered|initialled|dated)\b",
                          re.IGNORECASE)
ATTACHED = re.compile(r"\s*(?:,\s*)?(?:of|dated|from|on)\s+(?:the\s+)?", re.IGNORECASE)
WINDOW = 90  # characters: how far from an event word its actors and places may stand
_END = r"(?:ended|ends|ending|came to an? (?:\w+ )?end|lasted until|concluded|ceased|was over|drew to a close|" \
       r"(?:put|brought) an end to|halted)"
END_AFTER = re.compile(rf"^\s+(?:\w+\s+){{0,2}}?{_END}\b", re.IGNORECASE)
END_BEFORE = re.compile(rf"\b(?:{_END}|the end of)\s+(?:(?!with\b|by\b|under\b|in\b)[\w-]+\s+){{0,3}}$", re.IGNORECASE)
UNTIL = re.compile(r"\b(?:until|till|by(?: the end of)?)\s+$|\d{4}\s*[-–]\s*$", re.IGNORECASE)  # "1998-2000"
BEGAN = re.compile(r"^\s+(?:began|begins|started|starts|broke out|erupted)\b", re.IGNORECASE)
END_REACH = 40  # characters: how far past the event and date an end cue may stand ("... came to an official end")
REFERENCE = re.compile(r"\b(?:after|before|since|following|prior to|until|in the aftermath of|anniversary of)\s+"
                       r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
TARGET_CUE = re.compile(r"^\s+(?:against|on|upon|targeting|at)\s+(?:the\s+)?$", re.IGNORECASE)
ATTACK_VERBS = {"attacked", "shelled", "bombed", "invaded", "bomb", "blockaded"}
RELATIVE_METHOD = "dates-relative.v1"
NAME_METHODS = {"gazetteer.v1", "gazetteer-stem.v1"}
CONFLICT = {"War", "Offensive", "Attack", "Clash", "Battle", "Operation"}  # the classes a frame can be
SIGNATURE = re.compile(r"\s*(?:signed|done|initialled)\b[^.;]*?\b(?:for|on behalf of)\s", re.IGNORECASE)
_BROKERING = r"(?:brokered|mediated|facilitated|hosted|sponsored|overseen|guaranteed)"
MEDIATION_BEFORE = re.compile(rf"(?:\b{_BROKERING}\s+by|\bwith the mediation of|\bunder the auspices of|"
                              r"\bin the presence of|\bwitnessed by|\bmediators?|\bmediation by)\s+(?:the\s+)?$",
                              re.IGNORECASE)
MEDIATION_AFTER = re.compile(rf"[-–]{_BROKERING}\b", re.IGNORECASE)
PLACE_PREPOSITIONS = {"in", "into", "across", "from", "to", "at", "near", "along", "on", "inside", "throughout", "over"}


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    frame: str | None = None  # the armed conflict this source spoke of last
    own = _first_agreement(sentences, res)
    if own and any(SIGNATURE.match(text, s.start, s.end) for s in sentences):
        yield from _document_date(source_id, text, sentences, own)
    for sentence in sentences:
        yield from _signature_block(source_id, text, sentence, res, own)
        for mention in sentence.mentions:
            if mention in res.of:
                yield from _mention_claims(source_id, mention, res.entities[res.of[mention]])
                yield from _act_of_war(source_id, text, sentence, res.of[mention], res)
        for clause in _clauses(text, sentence):
            yield from _relation_claims(source_id, text, sentence, clause, res)
        yield from _quantity_claims(source_id, text, sentence, res, frame)
        conflicts = [res.of[m] for m in sentence.mentions if m in res.of
                     and CONFLICT & set(res.entities[res.of[m]].classes)]
        frame = conflicts[-1] if conflicts else frame


def _first_agreement(sentences: list[Sentence], res: Resolution) -> str | None:
    """The agreement a text names first: in a treaty-style text, the document itself (its title)."""
    return next((res.of[m] for s in sentences for m in s.mentions if m in res.of
                 and _is_agreement(res.entities[res.of[m]])), None)


def _is_agreement(entity: Entity) -> bool:
    return "Agreement" in tops(entity.classes)


def _signature_block(source_id: str, text: str, sentence: Sentence, res: Resolution,
                     own: str | None) -> Iterator[Claim]:
    """A signature line that names no agreement ("Signed for Azerbaijan, for Armenia") signs the
    document's own agreement: every actor or place it names is a party (a state signs as a place too)."""
    if own is None or not SIGNATURE.match(text, sentence.start, sentence.end):
        return
    named = [res.entities[res.of[m]] for m in sentence.mentions if m in res.of]
    if any(_is_agreement(e) for e in named):
        return
    for entity in dict.fromkeys(e for e in named if {"Actor", "Place"} & tops(e.classes)):
        yield Claim(source_id, own, "party", entity.id, sentence.start, sentence.end,
                    text[sentence.start:sentence.end], "clause.v1")


def _document_date(source_id: str, text: str, sentences: list[Sentence], own: str) -> Iterator[Claim]:
    """A signed document is dated by the first full date of its text: a treaty's preamble opens
    with where and when the parties met ("meeting in Bishkek on May 5, 1994")."""
    first = next(((s, m) for s in sentences for m in s.mentions
                  if m.kind == "date" and m.cls == "date" and m.method != RELATIVE_METHOD), None)
    if first:
        sentence, date = first
        yield Claim(source_id, own, "date", _date(date), sentence.start, sentence.end,
                    text[sentence.start:sentence.end], "clause.v1")


def _act_of_war(source_id: str, text: str, sentence: Sentence, eid: str, res: Resolution) -> Iterator[Claim]:
    """An act the resolver placed inside a known war by its date: `cg:partOf` that war, derived
    (the text dates the act; that the date falls within the war is the inference), with the
    sentence as evidence."""
    if eid in res.part_of:
        yield Claim(source_id, eid, "partOf", res.part_of[eid], sentence.start, sentence.end,
                    text[sentence.start:sentence.end], "resolve.v1", derived=True)


def _mention_claims(source_id: str, mention: Mention, entity: Entity) -> Iterator[Claim]:
    def claim(predicate: str, obj) -> Claim:
        return Claim(source_id, entity.id, predicate, obj, mention.start, mention.end, mention.text, mention.method)

    for cls in dict.fromkeys((mention.cls, *top_classes(mention.cls))):
        yield claim("type", cls)
    if mention.kind == "entity" and mention.text != entity.label and mention.method in NAME_METHODS:
        yield claim("altLabel", Literal(mention.text, lang=mention.lang))


def _clauses(text: str, sentence: Sentence) -> list[list[Mention]]:
    """The sentence's mentions grouped by clause."""
    cuts = [m.start() for m in CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]
    groups: dict[int, list[Mention]] = {}
    for mention in sentence.mentions:
        groups.setdefault(sum(1 for c in cuts if c < mention.start), []).append(mention)
    return [groups[k] for k in sorted(groups)]


def _relation_claims(source_id: str, text: str, sentence: Sentence, clause: list[Mention], res: Resolution) -> Iterator[Claim]:
    exact = text[sentence.start:sentence.end]

    def claim(subject: str, predicate: str, obj) -> Claim:
        return Claim(source_id, subject, predicate, obj, sentence.start, sentence.end, exact, "clause.v1")

    roles = [(m, res.entities[res.of[m]]) for m in clause if m in res.of
             and not MEDIATION_AFTER.match(text, m.end, sentence.end)]  # "Moscow-brokered": no place of it
    dates = [m for m in clause if m.kind == "date"]
    for mention, entity in roles:
        kinds = tops(entity.classes)
        others = [(m, e) for m, e in roles if e.id != entity.id and _near(mention, m)]
        if "Event" in kinds:
            reference = _is_reference(text, sentence, mention)
            if reference:
                others = [(m, e) for m, e in others if _in_phrase(text, sentence, mention, m)]
            for m, other in others:
                role = _role(text, m, other, mention)
                if role:
                    yield claim(entity.id, role, other.id)
            near = [d for d in dates if _near(mention, d) and _attached(text, sentence, mention, entity, d, roles)]
            if near and not reference and not _happening_in_war(mention, entity):
                date = _nearest(mention, near)
                which = "endDate" if _ends(text, sentence, mention, date) else "startDate"
                yield _dated(claim(entity.id, which, _date(date)), date)
                yield from (_dated(claim(entity.id, "endDate", _date(end)), end)
                            for end in near if which == "startDate" and _range_end(text, date, end))
        elif "Agreement" in kinds:
            for m, other in others:
                if _role(text, m, other) != "hasActor":
                    continue
                if MEDIATION_BEFORE.search(text, max(sentence.start, m.start - 40), m.start):
                    yield claim(entity.id, "mediator", other.id)
                elif _is_party_context(text, sentence, m):
                    yield claim(entity.id, "party", other.id)
            signed = [d for d in dates if _signing_date(text, mention, d)]
            if signed:
                date = _nearest(mention, signed)
                yield _dated(claim(entity.id, "date", _date(date)), date)


def _role(text: str, mention: Mention, entity: Entity, event: Mention | None = None) -> str | None:
    """target, hasActor or hasPlace for an entity named with an event; None for none of them."""
    kinds = tops(entity.classes)
    if event and "Actor" in kinds and _is_target(text, event, mention, "Place" in kinds):
        return "target"
    if event and "Actor" in kinds and _is_agent(text, event, mention):
        return "initiatedBy"
    if "Actor" in kinds and "Place" in kinds:
        before = text[max(0, mention.start - 12):mention.start].split()
        return "hasPlace" if before and before[-1].lower() in PLACE_PREPOSITIONS else "hasActor"
    if "Actor" in kinds:
        return "hasActor"
    if "Place" in kinds:
        return "hasPlace"
    return None


def _is_target(text: str, event: Mention, mention: Mention, is_place: bool) -> bool:
    """The actor stands just after "against / on" the event, or is the object of an attack verb.

    A state after "on" or an attack verb is where the event happened as much as whom it
    struck; only "against" and "targeting" make a state a target.
    """
    if mention.start < event.end or mention.start - event.end > 30:
        return False
    between = text[event.end:mention.start]
    cue = TARGET_CUE.match(between)
    if cue:
        return not is_place or bool(re.search(r"against|targeting", cue.group(), re.IGNORECASE))
    verb = event.text.lower() in ATTACK_VERBS and not between.strip(" ")
    return verb and not is_place


def _is_agent(text: str, event: Mention, mention: Mention) -> bool:
    """The actor is named by "by" just after the event: "the attack by Russian troops", "Tskhinvali
    was shelled by Georgian forces" (passive voice: the agent acted, the subject was struck)."""
    between = text[event.end:mention.start] if event.end <= mention.start else ""
    return len(between) <= 30 and bool(AGENT.fullmatch(between))


def _happening_in_war(mention: Mention, entity: Entity) -> bool:
    """An attack verb that names a war ("aircraft bomb Gori" in August 2008) is a happening in it,
    whose date is not the war's start."""
    return "War" in entity.classes and mention.text.lower() in VERBS


def _is_reference(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the event named as a point in time ("three years after the initial conflict")?

    Only a noun phrase is: in "after a ceasefire was signed in 1994" the date is the signing's.
    """
    if mention.text.lower() in VERBS:
        return False
    return bool(REFERENCE.search(text, max(sentence.start, mention.start - 40), mention.start))


def _in_phrase(text: str, sentence: Sentence, event: Mention, other: Mention) -> bool:
    """Does `other` stand in the event's own phrase: after it, before the next comma?"""
    return event.end <= other.start and not re.search(r"[,;:]", text[event.end:other.start])


def _ends(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does the text say the event ended at the date?

    Yes when an end cue follows the event ("the war came to an official end", "fighting
    ended on D"), governs it ("an agreement that ended the war"), or "until" stands
    before the date ("It was not until D that ..."); "W began" makes the date a start.
    """
    after = text[event.end:min(sentence.end, event.end + END_REACH)]
    if BEGAN.match(after):
        return False
    if END_AFTER.match(after) or END_BEFORE.search(text, max(sentence.start, event.start - END_REACH), event.start):
        return True
    return bool(UNTIL.search(text, max(sentence.start, date.start - 16), date.start))


def _is_party_context(text: str, sentence: Sentence, mention: Mention) -> bool:
    """A party is named after "between", "by" or "signed" in the sentence, or with "and"."""
    before = text[sentence.start:mention.start].lower()
    return bool(re.search(r"\b(between|among|by|signed|with)\b", before))


def _attached(text: str, sentence: Sentence, event: Mention, entity: Entity, date: Mention,
              named: list[tuple[Mention, Entity]]) -> bool:
    """Is the date the event's own: no other happening is named nearer to it? In "a peace
    treaty that was signed 2 November 2022 ... to end the Tigray war" the date is the
    signing's, not the war's. An agreement nearer to it does not part them ("obliged to sign
    the agreement of November 10"), nor does an event named as a point in time ("On
    September 19, three years after the initial conflict, Azerbaijan attacked")."""
    def gap(m: Mention) -> int:
        return max(m.start - date.end, date.start - m.end)

    return not any(gap(m) < gap(event) and e.id != entity.id and "Event" in tops(e.classes)
                   and not _is_reference(text, sentence, m) for m, e in named)


def _range_end(text: str, start: Mention, end: Mention) -> bool:
    """Is `end` the second half of a range that `start` opens ("in 1998-2000", "from 1992 to 1995")?"""
    return start.end <= end.start and bool(re.fullmatch(r"\s*(?:[-–]|to|until|till)\s*", text[start.end:end.start]))


def _near(a: Mention, b: Mention) -> bool:
    return b.start - a.end <= WINDOW and a.start - b.end <= WINDOW


def _signing_date(text: str, agreement: Mention, date: Mention) -> bool:
    """A date is the agreement's when it is attached to it: a signing verb between them ("signed
    ... in 1994", "On 9 November they signed a ceasefire"), or the date names it ("the agreement
    of November 10", "the 9 November statement"). Any other date of the clause is another
    happening's ("the ceasefire was violated in April 2016")."""
    if agreement.end <= date.start:
        between = text[agreement.end:date.start]
    else:
        between = text[date.end:agreement.start]
    if not _near(agreement, date):
        return False
    if SIGNING_VERB.search(between):
        return True
    return bool(ATTACHED.fullmatch(between)) if agreement.end <= date.start else not between.strip(" -–")


def _nearest(mention: Mention, dates: list[Mention]) -> Mention:
    """The date nearest the mention; a date the text states before one derived."""
    return min(dates, key=lambda d: (d.method == RELATIVE_METHOD, abs(d.start - mention.start), d.start))


def _dated(claim: Claim, date: Mention) -> Claim:
    """A date claim from a relative expression is derived, and says by which method."""
    if date.method != RELATIVE_METHOD:
        return claim
    return replace(claim, method=RELATIVE_METHOD, derived=True)


def _quantity_claims(source_id: str, text: str, sentence: Sentence, res: Resolution,
                     frame: str | None) -> Iterator[Claim]:
    """Each count of the sentence on the event named nearest it; with no event named, on the
    armed conflict the source spoke of last ("At least 200 people were killed."), derived."""
    events = [m for m in sentence.mentions if m in res.of
              and "Event" in tops(res.entities[res.of[m]].classes)]
    for quantity in (m for m in sentence.mentions if m.kind == "quantity"):
        if events:
            subject = res.of[min(events, key=lambda m: (abs(m.start - quantity.start), m.start))]
        elif frame:
            subject = frame
        else:
            return
        datatype = XSD + ("decimal" if "." in quantity.value else "integer")
        yield Claim(source_id, subject, quantity.cls, Literal(quantity.value, datatype=datatype),
                    sentence.start, sentence.end, text[sentence.start:sentence.end], quantity.method,
                    derived=not events)


def _date(mention: Mention) -> Literal:
    return Literal(mention.value, datatype=XSD + mention.cls)
