"""Modality and attribution: how a source presents each claim, and whose claim it is.

A cue is a word pattern with a scope, a stretch of the sentence it governs:

- negation ("did not participate", "never", "refused to"; not "not only", "not until"):
  its clause -> Denied;
- doubt after the fact ("... remain unconfirmed", "has not been verified"): the clause
  up to the cue, parentheses included -> Unconfirmed; doubt before it ("allegedly",
  "reportedly", "alleged"): its clause -> Unconfirmed;
- attribution ("X claimed that ...", "according to X", "X's claims (...)"): what
  follows -> Reported, held by X; "X denied that ..." -> Denied, held by X;
- confirmation ("was confirmed by X"): stays Asserted, held by X where X is named.

- accusation ("X accused Y of ...", "accusing them of ..."): what follows -> Unconfirmed,
  held by X; allegation nouns ("allegations that", "the claim concerning", "reports
  that"): what follows -> Unconfirmed; dismissed ("X dismissed / rejected / denounced
  allegations / reports / claims that ..."): what follows -> Denied, held by X;
- attribution ("E was attributed to X by Y", "blamed on X"): its clause -> Unconfirmed, held by
  Y where Y is named: whose act it was is someone's attribution, not the source's finding;
- saying without "that" or with words between ("Turkey said Syrian airstrikes had killed",
  "Amnesty said on Friday that", "residents told AFP that"): what follows -> Reported.

A relation claim is governed by a cue when the words naming its subject and its object
both stand inside the cue's scope; the strongest cue wins (Denied, then Unconfirmed,
then Reported). The typing of an event is governed the same way by the words that name
it: "allegations that Eritrean troops were involved in the fighting" does not assert the
fighting's Eritrean part, and "alleged attacks" are no attacks the source vouches for.
Names, and the typing of actors, places and agreements, stay Asserted: a denied claim
about Turkey is still a claim that Turkey exists.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import Claim, Literal, Mention
from ..rdf.terms import QUANTITY_RELATIONS, tops
from ..recognise import Sentence
from .resolve import Resolution
from .scope import ACCORDING, Span, clause, clause_end, clause_start, rejoin

NAME = "modality.v1"  # the pipeline's record of this stage; claims carry the modality it gives, not this
STRENGTH = {"Denied": 3, "Unconfirmed": 2, "Reported": 1, "Asserted": 0}
DOUBTING = frozenset({"Denied", "Unconfirmed"})
# Relations that say who took part: what someone says of an actor's part holds it even when the event is
# named outside their words ("denied claims that Eritrean troops were involved ..., where Abiy Ahmed
# launched a military offensive": Eritrea's part in the offensive is denied, Abiy's launching it is not).
PARTICIPATION = frozenset({"hasActor", "target", "initiatedBy", "party"})
# The words between an event and what describes it: "the fighting between" its sides, "the conflict in" its place.
DESCRIBED = {"hasActor": re.compile(r"\s+between\s+[^,;:.]*$"), "target": re.compile(r"\s+between\s+[^,;:.]*$"),
             "hasPlace": re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?$")}

_AUX = r"(?:did|does|do|was|were|is|are|has|have|had|could|would|will|can)"
NEGATION = re.compile(rf"\b{_AUX}(?:\s+not|n[’']t)\b(?!\s+(?:only|until)\b)(?!\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|proven|verified))"
                      r"|\bnever\b|\bno longer\b|\brefused to\b", re.IGNORECASE)
# "no Eritrean troops participated": a determiner that denies its clause. Lower case, and not in
# quotes (the "no" vote), nor a quantity ("no more than", "no later than") or an idiom ("no doubt").
NO = re.compile(r"(?<![“\"'‘])\bno\s+(?!(?:more|less|fewer|later|earlier|sooner|longer|doubt|matter)\b)(?=[a-zA-Z])")
DOUBT_AFTER = re.compile(r"\b(?:remain(?:s|ed)?|is|are|was|were|(?:has|have|had)\s+been)\s+(?:still\s+|yet\s+)?"
                         r"(?:unconfirmed|unproven|unverified|unsubstantiated|disputed|contested|"
                         r"not\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|proven|verified|substantiated))\b", re.IGNORECASE)
# "so-called" is not among them: it doubts a name ("the so-called White Helmets"), not what is told.
DOUBT_BEFORE = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly|alleged|unconfirmed)\b", re.IGNORECASE)
SAYING = re.compile(r"\b(?:(?:(?P<deny>den(?:y|ies|ied)|reject(?:s|ed)?)|(?P<allege>alleg(?:e|es|ed))|"
                    r"claim(?:s|ed)?|sa(?:y|ys|id)|stat(?:e|es|ed)|assert(?:s|ed)?|report(?:s|ed)?|"
                    r"insist(?:s|ed)?|argu(?:e|es|ed)|accus(?:e|es|ed))\s+that\b|"
                    r"(?:sa(?:y|ys|id)|told\s+[\w.]+)(?=\s+[\w“\"]))", re.IGNORECASE)
ACCUSING = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,4}?of\b", re.IGNORECASE)
DISMISSED = re.compile(r"\b(?:dismiss(?:es|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|denounc(?:e|es|ed)|refut(?:e|es|ed))\s+"
                       r"(?:the\s+|these\s+|such\s+)?(?:[a-z-]+\s+){0,2}?(?:allegations?|reports?|claims?|accusations?)\b",
                       re.IGNORECASE)
# What someone says, alleges or denies ends where the text goes on in its own words: ", where
# Prime Minister Abiy Ahmed launched a military offensive" after "denied claims that ...".
SAID_END = re.compile(r",\s+(?:where|whereas|while)\b", re.IGNORECASE)
ALLEGATION = re.compile(r"\b(?:allegations?|accusations?|claims?|reports?)\s+(?:that|of|concerning|about)\b",
                        re.IGNORECASE)
POSSESSED = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:claims?|allegations?|accusations?|assertions?|reports?)\b",
                       re.IGNORECASE)
# "at least 1,600 civilians dead, by Russia's estimates": the figures of the clause are the owner's.
ESTIMATED = re.compile(r"\b(?:by|in|on)\s+(?:the\s+)?(?P<owner>[^,.;()]{1,60}?)['’]s?\s+(?:own\s+)?"
                       r"(?:estimates?|counts?|figures?|tally|reckoning)\b", re.IGNORECASE)
ATTRIBUTION = re.compile(r"\b(?:attributed\s+to|blamed\s+on)\b", re.IGNORECASE)
BY = re.compile(r"\bby\s+(?:the\s+)?", re.IGNORECASE)  # who attributes it
CONFIRMED = re.compile(r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+\s+)?confirmed\s+by\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    scope: Span
    modality: str
    holder: str | None = None
    modifier: bool = False  # an adjective on the words it governs ("alleged attacks"): it outranks clause cues
    negation_end: int | None = None  # where the words of a negation end ("did not", "no")
    negation_start: int | None = None  # where they begin: the subject of a negated verb stands just before
    determiner: bool = False  # a negation of the noun phrase after it ("no Eritrean troops"), not of its clause
    said: bool = False  # what someone says: it holds whose part it says, wherever the event is named (`PARTICIPATION`)
    figures: bool = False  # an estimate ("by Russia's estimates"): it holds the figures told before it, nothing else


def mark(claims: Iterable[Claim], text: str, sentences: list[Sentence], res: Resolution) -> list[Claim]:
    """The claims with their modality and holder set from the cues of their sentences."""
    whole = rejoin(text, sentences)
    cues = {s: list(cues_of(text, s, res)) for s in whole}
    starts = [s.start for s in whole]  # in text order
    marked = []
    for claim in claims:
        at = bisect.bisect_right(starts, claim.start) - 1
        sentence = whole[at] if at >= 0 and claim.start < whole[at].end else None
        if not _markable(claim, res) or sentence is None or not cues[sentence]:
            marked.append(claim)
            continue
        anchors = _anchors(claim, sentence, res)
        marked.append(_apply(claim, _bearing(claim, cues[sentence], anchors, text), anchors))
    return marked


def _bearing(claim: Claim, cues: list[Cue], anchors: list[tuple[int, int]], text: str) -> list[Cue]:
    """The cues that can bear on the claim: not a doubt of the sides an event is told between
    (`_described`); a negation only of what follows it: "the Turkish army did not participate in
    the war" denies Turkey's part, "the use of chemical weapons in Syria occurred, and the JIM had
    not reached a conclusion" denies nothing of the attack; "no" only what it stands before: "no
    Eritrean troops participated in the operation in Tigray" denies Eritrea's part, not the place;
    and the subject of a negated verb: "Eritrea was not a party to it". The typing of an event only when the
    negation negates its word: "did not attack", "no war" deny that it happened; "did not
    participate in the war", "no Eritrean troops participated in what he called an operation" do not."""
    cues = [c for c in cues if not c.figures or claim.predicate in QUANTITY_RELATIONS]
    if _described(claim, anchors, text):
        cues = [c for c in cues if c.modality not in DOUBTING]
    if claim.predicate == "type":
        return [c for c in cues if c.negation_end is None or _negates(text, c.negation_end, anchors[0][0])]
    return [c for c in cues if c.negation_end is None or (
        any(_negates(text, c.negation_end, start) for start, _ in anchors) if c.determiner
        else any(start >= c.negation_end for start, _ in anchors) or _subject_only(text, c, anchors))]


def _subject_only(text: str, cue: Cue, anchors: list[tuple[int, int]]) -> bool:
    """Whether the claim is told only by the subject of the negated verb ("Eritrea was not a party
    to it": nothing of it before the negation but the words just before it)."""
    return all(start >= cue.negation_end or not text[end:cue.negation_start].strip() for start, end in anchors)


def _negates(text: str, end: int, trigger: int) -> bool:
    """Whether a negation ending at `end` negates the words starting at `trigger`: at most one word between."""
    return end <= trigger and len(text[end:trigger].split()) <= 1


def _described(claim: Claim, anchors: list[tuple[int, int]], text: str) -> bool:
    """Whether the claim's object names a side or the place of its event in the words that describe
    the event ("the fighting between the National Defense Forces of Ethiopia and the TPLF", "the
    conflict in Tigray"). A denial or a doubt is of what is said about the event, not of what it is
    told as: in "dismissed allegations that Eritrean troops were involved in the fighting between
    Ethiopia and the TPLF", Eritrea's part is denied, Ethiopia's is not."""
    if claim.predicate not in DESCRIBED or len(anchors) != 2:
        return False
    (_, event_end), (side_start, _) = anchors
    return DESCRIBED[claim.predicate].match(text, event_end, side_start) is not None and side_start - event_end <= 80


def _markable(claim: Claim, res: Resolution) -> bool:
    """Relations, and the typing of an event (that it happened), take a modality; names do not."""
    if claim.predicate == "altLabel":
        return False
    if claim.predicate == "type":
        entity = res.entities.get(claim.subject)
        return entity is not None and "Event" in tops(entity.classes)
    return True


def cues_of(text: str, sentence: Sentence, res: Resolution) -> Iterator[Cue]:
    """Every cue in one sentence, with its scope."""
    def found(pattern: re.Pattern) -> Iterator[re.Match]:
        return pattern.finditer(text, sentence.start, sentence.end)

    for m in found(NEGATION):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Denied", negation_end=m.end(), negation_start=m.start())
    for m in found(NO):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Denied", negation_end=m.end(), determiner=True)
    for m in found(DOUBT_AFTER):
        yield Cue(Span(clause_start(text, sentence, m.start()), m.end()), "Unconfirmed")
    for m in found(DOUBT_BEFORE):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Unconfirmed")
        yield Cue(Span(m.start(), _phrase_end(text, m.end(), sentence.end)), "Unconfirmed", modifier=True)
    for m in found(SAYING):
        modality = "Denied" if m.group("deny") else "Unconfirmed" if m.group("allege") else "Reported"
        holder = _actor(res, [x for x in sentence.mentions if x.end <= m.start()][-1:])
        yield Cue(Span(m.end(), _said_end(text, m.end(), sentence.end)), modality, holder, said=True)
    for m in found(ACCUSING):
        holder = _actor(res, [x for x in sentence.mentions if x.end <= m.start()][-1:])
        yield Cue(Span(m.start(), sentence.end), "Unconfirmed", holder)
    for m in found(DISMISSED):
        holder = _actor(res, [x for x in sentence.mentions if x.end <= m.start()][-1:])
        yield Cue(Span(m.end(), _said_end(text, m.end(), sentence.end)), "Denied", holder, said=True)
    for m in found(ALLEGATION):
        yield Cue(Span(m.end(), _said_end(text, m.end(), sentence.end)), "Unconfirmed", said=True)
    for m in found(POSSESSED):
        owner = [x for x in sentence.mentions if 0 <= m.start() - x.end <= 1]
        if owner:
            yield Cue(Span(m.end(), clause_end(text, sentence, m.end())), "Reported", _actor(res, owner))
    for m in found(ACCORDING):
        after = [x for x in sentence.mentions if 0 <= x.start - m.end() <= 5][:1]
        yield Cue(Span(sentence.start, sentence.end), "Reported", _actor(res, after))
    for m in found(ESTIMATED):
        owner = [x for x in sentence.mentions if m.start("owner") <= x.start and x.end <= m.end("owner")][-1:]
        if owner:
            yield Cue(Span(sentence.start, clause_end(text, sentence, m.end())), "Reported", _actor(res, owner),
                      figures=True)
    for m in found(ATTRIBUTION):
        scope = clause(text, sentence, m.start(), m.end())
        by = [x for b in BY.finditer(text, m.end(), scope.end) for x in sentence.mentions if x.start == b.end()]
        yield Cue(scope, "Unconfirmed", _actor(res, by[:1]))
    for m in found(CONFIRMED):
        after = [x for x in sentence.mentions if 0 <= x.start - m.end() <= 5][:1]
        yield Cue(Span(clause_start(text, sentence, m.start()), m.start()), "Asserted", _actor(res, after))


def _actor(res: Resolution, mentions: list[Mention]) -> str | None:
    """The entity of the one mention given, if it names an actor."""
    for mention in mentions:
        eid = res.of.get(mention)
        if eid and "Actor" in tops(res.entities[eid].classes):
            return eid
    return None


def _anchors(claim: Claim, sentence: Sentence, res: Resolution) -> list[tuple[int, int]]:
    """The words that name the claim's subject and object, closest pair; else the claim's span."""
    inside = [m for m in sentence.mentions if claim.start <= m.start and m.end <= claim.end]
    subjects = [m for m in inside if res.of.get(m) == claim.subject]
    if isinstance(claim.obj, Literal):
        objects = [m for m in inside if m.value == claim.obj.value]
    else:
        objects = [m for m in inside if res.of.get(m) == claim.obj]
    if subjects and objects:
        a, b = min(((a, b) for a in subjects for b in objects), key=lambda p: (abs(p[0].start - p[1].start), p[0].start))
        return [(a.start, a.end), (b.start, b.end)]
    if subjects or objects:
        return [(m.start, m.end) for m in (subjects or objects)[:1]]
    return [(claim.start, claim.end)]


def _said_end(text: str, start: int, limit: int) -> int:
    """Where the words a cue attributes end: at a narrator's clause (`SAID_END`), else the sentence's end."""
    found = SAID_END.search(text, start, limit)
    return found.start() if found else limit


def _phrase_end(text: str, start: int, limit: int) -> int:
    """Where the noun phrase after a modifier ends: at most three words, before any punctuation."""
    words = re.match(r"(?:\s+[\w’'-]+){1,3}", text[start:limit])
    return start + words.end() if words else start


def _apply(claim: Claim, cues: list[Cue], anchors: list[tuple[int, int]]) -> Claim:
    governing = [c for c in cues if all(c.scope.holds(s, e) for s, e in anchors)
                 or c.said and claim.predicate in PARTICIPATION and c.scope.holds(*anchors[-1])]
    governing = [c for c in governing if c.modifier] or governing
    if not governing:
        return claim
    strongest = max(governing, key=lambda c: STRENGTH[c.modality])
    holder = next((c.holder for c in sorted(governing, key=lambda c: -STRENGTH[c.modality]) if c.holder), None)
    return dataclasses.replace(claim, modality=strongest.modality, attributed_to=holder or claim.attributed_to)
