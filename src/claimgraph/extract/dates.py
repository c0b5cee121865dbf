"""Dates with one owner: which date, of which precision, belongs to which happening.

`recognise.dates` finds date *mentions* and normalises what they say alone ("27 September
2020" -> 2020-09-27, "April 2016" -> 2016-04, "in 1994" -> 1994). Everything after that is
decided here, and only here:

- `anchored`: relative mentions ("four years ago", "that day", "on September 19") become
  dates, read in text order against the source's date and the last date the text gave;
- `date_of`: the date a trigger carries for the resolver (is "the attack" of this sentence
  the one told before?);
- `extract` (a stage, like `claims.extract`): the `startDate`, `endDate` and `date` claims
  of every event and agreement, each typed as precisely as its words (xsd:date, gYearMonth,
  gYear); a date from a relative mention is a derived claim.

Contract: a date claim's evidence is the sentence (two sentences for a signing dated by the
sentence before), and its object is the normalised value of one date mention of that
evidence, never a date the text does not give.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Claim, Entity, Literal, Mention
from ..rdf.terms import XSD, top_classes, tops
from ..recognise import Sentence
from ..recognise.dates import RELATIVE_NAME, precision
from ..recognise.triggers import VERBS
from ..scope import SIGNATURE, classes_of, clauses, evidence, first_agreement, rejoin, tops_of

if TYPE_CHECKING:  # the resolver asks `date_of`: the type only, to keep imports one-way
    from ..resolve import Resolution

NAME = "clause.v1"
TIMELINE = "timeline.v1"
WINDOW = 130  # characters: how far from an event word its date may stand
SIGNING_VERB = re.compile(r"\b(?:signed|signing|sign|adopted|concluded|reached|agreed|brokered|initialled|dated)\b",
                          re.IGNORECASE)
ATTACHED = re.compile(r"\s*(?:,\s*)?(?:of|dated|from|on)\s+(?:the\s+)?", re.IGNORECASE)
_END = r"(?:ended|ends|ending|came to an? (?:\w+ )?end|lasted until|concluded|ceased|was over|drew to a close|" \
       r"(?:put|brought) an end to|halted)"
END_AFTER = re.compile(rf"^\s+(?:\w+\s+){{0,2}}?{_END}\b", re.IGNORECASE)
END_BEFORE = re.compile(rf"\b(?:{_END}|the end of)\s+(?:(?!with\b|by\b|under\b|in\b)[\w-]+\s+){{0,3}}$", re.IGNORECASE)
UNTIL = re.compile(r"\b(?:until|till|by(?: the end of)?)\s+$|\d{4}\s*[-–]\s*$", re.IGNORECASE)  # "1998-2000"
BEGAN = re.compile(r"^\s+(?:began|begins|started|starts|broke out|erupted)\b", re.IGNORECASE)
END_REACH = 40  # characters: how far past the event and date an end cue may stand ("... came to an official end")
REFERENCE = re.compile(r"\b(?:after|before|since|following|prior to|until|in the aftermath of|anniversary of)\s+"
                       r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
BEGINNING = re.compile(r"\bthe\s+(?:beginning|start|outbreak|onset)\s+of\b", re.IGNORECASE)
STARTED = re.compile(r"^\s+(?:began|started|broke out|erupted)\b", re.IGNORECASE)
ENDED = re.compile(r"^\s+(?:came to an?\s+(?:\w+\s+)?end|ended|was over|drew to a close)\b", re.IGNORECASE)
SIGNED = re.compile(r"\bsigned\b", re.IGNORECASE)
BEGINNING_REACH = 60  # characters between "the beginning of" and the event it begins
# An event's own phrase: its complements ("of the Armenian army", "in Moscow"), then the date
# joined by a preposition, a comma or a parenthesis; or a date before a noun ("the 1992-95 war").
PHRASE_AFTER = re.compile(r"(?:\s+(?:of|in|at|with|between|by|against|on)\s+[^,;:()\d]{1,50}?)?"
                          r"(?:\s*,\s*|\s*\(\s*|\s+(?:on|in|of|dated|from|since|until|till|during|between)\s+"
                          r"(?:the\s+)?|\s+)", re.IGNORECASE)
PHRASE_BEFORE = re.compile(r"\s*(?:[-–]\s*)?(?:[\w’'-]+\s+){0,3}", re.IGNORECASE)
DATELINE_BEFORE = re.compile(r"[ \t]*(?:date\s*:?\s*|[A-Z][A-Z .'’-]{2,},\s*)")
WEEKDAY_BEFORE = re.compile(r"[ \t]*(?:[A-Z][a-z]+day,?\s*)?")
LINE_END = re.compile(r"[ \t]*$", re.MULTILINE)
DATELINE_AFTER = re.compile(r"[ \t]*(?:$|\(|[-–—]|(?=[A-Z]))", re.MULTILINE)
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:reached|signed|concluded|agreed(?:\s+on)?)\s+"
                     r"(?:an?|the|its|their)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
UPON = re.compile(r"\b(?:up)?on\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
WITHIN_DAY = re.compile(r"(?:\bthroughout\s+(?:the\s+day\s+of\s+)?|\bbetween\s+\d{1,2}[:.]\d\d\s+and\s+\d{1,2}[:.]\d\d"
                        r"\s*(?:\([^)]*\)\s*)?on\s+)$", re.IGNORECASE)
COUNTED_FROM = re.compile(r"\b(?:after|before|since|later|earlier|ago)$", re.IGNORECASE)
THAT = re.compile(r"\bthat\b", re.IGNORECASE)
ASIDE = re.compile(r",\s*(?:including|such as|among them|like|notably|especially)\b", re.IGNORECASE)
OPENING_BY = re.compile(r"\s*by\s+(?:the\s+end\s+of\s+)?", re.IGNORECASE)
RANGE_JOIN = re.compile(r"\s*(?:[-–/]|to|until|till|through|and)\s*", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
START_CUE = re.compile(r"\b(?:began|begun|begins|started|starts|broke out|erupted|since|from)\s+(?:on\s+|in\s+)?"
                       r"(?:the\s+)?$", re.IGNORECASE)
END_CUE = re.compile(r"\b(?:ended|ends|concluded|finished|ceased|until|till|through)\s+(?:on\s+|in\s+)?(?:the\s+)?$",
                     re.IGNORECASE)


# Relative mentions, anchored in reading order.

def anchored(sentences: list[Sentence], text: str, source_date: str | None) -> list[Sentence]:
    """Relative dates replaced by the dates they stand for; those with no anchor dropped.

    A dateline ("date 2020-03-05 ...", "Monday, September 22, 2008" on a line of its own,
    "SOCHI, August 16 (RIA Novosti) –") is the text's own date: it becomes a mention of kind
    "dateline", which dates no happening, and the source's date when the manifest gives none.
    """
    last: str | None = None
    result = []
    for sentence in sentences:
        mentions, before = [], last  # "three years after X" counts from a date told before its sentence
        for m in sentence.mentions:
            if m.kind == "date" and m.cls == "relative":
                value = anchor(m.value, source_date, before if m.value.startswith("after") else last)
                if value is None:
                    continue
                m = replace(m, cls=precision(value), value=value)
            if m.kind == "date" and len(m.value) > 4 and _dateline(text, m):
                m = replace(m, kind="dateline")
                source_date = source_date or m.value
            if m.kind in ("date", "dateline") and (last is None or len(m.value) >= len(last) or m.value[:4] != last[:4]):
                last = m.value
            mentions.append(m)
        result.append(replace(sentence, mentions=tuple(mentions)))
    return result


def _dateline(text: str, date: Mention) -> bool:
    """Is the date alone on its line (after at most a weekday), or does it open its line after
    "date" or a city in capitals, before a parenthesis, a dash or a headline's capital? A date
    that opens a timeline's entry ("August 9, 2008 - Russian aircraft bomb Gori") is none."""
    line_start = text.rfind("\n", 0, date.start) + 1
    if LINE_END.match(text, date.end) and WEEKDAY_BEFORE.fullmatch(text, line_start, date.start):
        return True
    return bool(DATELINE_BEFORE.fullmatch(text, line_start, date.start) and DATELINE_AFTER.match(text, date.end))


def anchor(reference: str, source_date: str | None, last_date: str | None) -> str | None:
    """The date a relative reference stands for, or None when its anchor is unknown.

    Counted from the source's own date (the day it was written): "ago:N" (year precision),
    "year:N" ("last year", "this year"), "month:N", "day-before" ("yesterday"), "weekday:N"
    ("on Saturday": that day of the source's week, on or before its date), "last:MM" ("last
    November"); each only as precise as the source's date allows. Counted from the last
    date the text gave: "after:N" ("three years later"), "same-day" / "next-day". A date with
    no year ("no-year:MM[-DD]") takes the year that fits the story, see `_with_year`.
    """
    kind, _, count = reference.partition(":")
    if kind in ("no-year", "no-year-ahead"):
        return _with_year(count, source_date, last_date, ahead=kind == "no-year-ahead")
    if kind in _FROM_SOURCE:
        return _FROM_SOURCE[kind](source_date, count) if source_date else None
    if not last_date:
        return None
    if kind == "after":
        return f"{int(last_date[:4]) + int(count):04d}"
    if len(last_date) != 10:
        return None
    if kind == "next-day":
        return _days_after(last_date, 1)
    return last_date


def _days_after(day: str, days: int) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()


def _weekday(source_date: str, weekday: str) -> str | None:
    """The last such weekday on or before the source's date (news tell what has just happened)."""
    if len(source_date) != 10:
        return None
    back = (datetime.date.fromisoformat(source_date).weekday() - int(weekday)) % 7
    return _days_after(source_date, -back)


def _months_before(source_date: str, months: int) -> str | None:
    if len(source_date) < 7:
        return None
    index = int(source_date[:4]) * 12 + int(source_date[5:7]) - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _last_month_named(source_date: str, month: str) -> str | None:
    """"last November": the last November before the source's month."""
    if len(source_date) < 7:
        return None
    year = int(source_date[:4]) - (int(month) >= int(source_date[5:7]))
    return f"{year:04d}-{month}"


_FROM_SOURCE = {
    "ago": lambda source, n: f"{int(source[:4]) - int(n):04d}",
    "year": lambda source, n: f"{int(source[:4]) + int(n):04d}",
    "month": lambda source, n: _months_before(source, -int(n)),
    "day-before": lambda source, _: _days_after(source, -1) if len(source) == 10 else None,
    "weekday": _weekday,
    "last": _last_month_named,
}


def _with_year(month_day: str, source_date: str | None, last_date: str | None, ahead: bool = False) -> str | None:
    """"09-19" or "02" given the year that fits, or None with no date to go by.

    A text tells year-less dates near "now": when the story is set within the year before
    the source's date (or the text gave no date yet), the date is the last such day on or
    before the source's date ("on September 19" in a text of 2023-10 is 2023-09-19); after
    "until" it may lie ahead ("extended until December 31" in October is this December).
    A story set in another time takes the year of the last date it gave when that was a year
    ("the 2008 war ... the night of 7/8 August"), else the year that puts the date nearest
    the last date ("on 21 November 1995 ... on December 14").
    """
    known = last_date or source_date
    if not known:
        return None
    month = int(month_day[:2])
    years = [int(known[:4]) + shift for shift in (-1, 0, 1)]
    valid = [y for y in years if len(month_day) == 2 or 1 <= int(month_day[3:]) <= calendar.monthrange(y, month)[1]]
    if not valid:
        return None
    told_now = source_date and (not last_date or period(source_date)[0] <= _days_after(period(last_date)[0], 366))
    if told_now and not ahead:
        past = [y for y in valid if f"{y:04d}-{month_day}"[:len(source_date)] <= source_date]
        if past:
            return f"{max(past):04d}-{month_day}"
    inside = [y for y in valid if last_date and len(last_date) == 4 and y == int(last_date)]
    if inside and not ahead:
        return f"{inside[0]:04d}-{month_day}"  # "the 2008 war ... the night of 7/8 August"
    reference = period(last_date or source_date)[0]
    later = [y for y in valid if period(f"{y:04d}-{month_day}")[1] >= reference]
    candidates = later if ahead and later else valid
    return f"{min(candidates, key=lambda y: _distance(f'{y:04d}-{month_day}', reference)):04d}-{month_day}"


def _distance(date: str, day: str) -> int:
    """Days between `day` and the nearest day of `date`'s period."""
    lo, hi = (datetime.date.fromisoformat(d) for d in period(date))
    point = datetime.date.fromisoformat(day)
    return 0 if lo <= point <= hi else min(abs((lo - point).days), abs((hi - point).days))


# Periods: what a date of any precision covers.

def period(date: str) -> tuple[str, str]:
    """The first and last day of a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if len(date) == 10:
        return date, date
    if len(date) == 7:
        return f"{date}-01", f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:]))[1]:02d}"
    return f"{date}-01-01", f"{date}-12-31"


def overlaps(date: str, span: tuple[str, str]) -> bool:
    lo, hi = period(date)
    return lo <= span[1] and span[0] <= hi


def date_of(mention: Mention, sentence: Sentence, text: str) -> str | None:
    """The date a trigger carries by the rules its claims follow (`extract`), for the resolver
    to tell one happening from another: the start (or only) date attached to it, else None."""
    clause = next(c for c in clauses(text, sentence) if mention in c)
    dates = [m for m in clause if m.kind == "date"]
    kinds = top_classes(mention.cls)
    if "Agreement" in kinds:
        signed = [d for d in dates if _signing_date(text, mention, d)]
        return _nearest(mention, signed).value if signed else None
    events = [m for m in clause if m.kind in ("trigger", "entity") and "Event" in top_classes(m.cls)]
    told = _event_dates(text, sentence, mention, [m for m in events if m is not mention], dates,
                        _owners(text, events, dates))
    return next((date.value for _, date in told), None)


# The date claims of a source.

def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """Every date claim of one source: per clause, the dates attached to its events and
    agreements; a signed document's date; beginnings, ends and signings told around a date."""
    own = first_agreement(sentences, res)
    if own and any(SIGNATURE.match(text, s.start, s.end) for s in sentences):
        yield from _document_date(source_id, text, sentences, own)
    for sentence in sentences:
        for clause in clauses(text, sentence):
            yield from _clause_dates(source_id, text, sentence, clause, res)
    yield from _timeline(source_id, text, sentences, res)


def _clause_dates(source_id: str, text: str, sentence: Sentence, clause: list[Mention],
                  res: Resolution) -> Iterator[Claim]:
    exact = text[sentence.start:sentence.end]

    def claim(subject: str, predicate: str, date: Mention) -> Claim:
        made = Claim(source_id, subject, predicate, _literal(date), sentence.start, sentence.end, exact, NAME)
        return replace(made, method=RELATIVE_NAME, derived=True) if date.method == RELATIVE_NAME else made

    named = [(m, res.entities[res.of[m]]) for m in clause if m in res.of]
    dates = [m for m in clause if m.kind == "date"]
    events = [(m, e) for m, e in named if "Event" in tops(e.classes)]
    owners = _owners(text, [m for m, _ in events], dates)
    for mention, entity in named:
        kinds = tops(entity.classes)
        if "Event" in kinds and not _happening_in_war(mention, entity):
            others = [m for m, e in events if e.id != entity.id]
            yield from (claim(entity.id, predicate, date)
                        for predicate, date in _event_dates(text, sentence, mention, others, dates, owners))
        elif "Agreement" in kinds:
            signed = [d for d in dates if _signing_date(text, mention, d)] or _lead(text, sentence, mention)
            if signed:
                yield claim(entity.id, "date", _nearest(mention, signed))


def _lead(text: str, sentence: Sentence, agreement: Mention) -> list[Mention]:
    """A news lead's dateline dates the agreement its sentence tells in the present perfect
    ("date 2020-03-05 Erdogan and Putin have reached an agreement"): what has just happened."""
    datelines = [m for m in sentence.mentions if m.kind == "dateline"]
    perfect = PERFECT.search(text, max(sentence.start, agreement.start - 40), agreement.start)
    return [replace(datelines[0], kind="date", method=RELATIVE_NAME)] if datelines and perfect else []


def _owners(text: str, events: list[Mention], dates: list[Mention]) -> dict[Mention, Mention]:
    """Each date that stands in an event's own phrase, and that event: "the attack of the
    Armenian army on September 27, 2020", "the 1992-95 war", "talks in Moscow Thursday",
    "signed on Saturday"; the second half of a range goes with the first ("the offensive
    (February–April 2018)"). No other event of the clause takes it."""
    owners = {}
    for date in dates:
        own = [e for e in events if _in_phrase(text, e, date)]
        opened = [owners[d] for d in owners if _range_end(text, d, date)]
        if own or opened:
            owners[date] = opened[0] if opened else min(own, key=lambda e: _gap(e, date))
    return owners


def _in_phrase(text: str, event: Mention, date: Mention) -> bool:
    """Does the date stand in the event's own phrase: after it, joined by a preposition (past
    the event's own complements: "the signing of this Agreement on December 14, 1995"), in
    parentheses, or before a noun as its modifier ("the August 12 meeting")?"""
    if event.end <= date.start:
        return bool(PHRASE_AFTER.fullmatch(text, event.end, date.start))
    if event.text.lower() in VERBS or COUNTED_FROM.search(date.text):
        return False  # "three years after the initial conflict" dates what comes three years after it
    return bool(PHRASE_BEFORE.fullmatch(text, date.end, event.start))


def _event_dates(text: str, sentence: Sentence, event: Mention, others: list[Mention], dates: list[Mention],
                 owners: dict[Mention, Mention]) -> Iterator[tuple[str, Mention]]:
    """(startDate | endDate, date) for one event mention: the dates of its own phrase, else the
    clause's dates that no nearer event of `others`, no other event's phrase, no "that" and no
    opening "By D," keeps from it.
    The nearest is a start unless the text says the event ended then; the second half of a
    range is an end; another date with its own cue ("concluded on 25 August 2016") says which."""
    own = [d for d in dates if owners.get(d) is event]
    if not own and is_reference(text, sentence, event):
        return
    attached = own or [d for d in dates if d not in owners and _near(event, d) and not _bound(text, sentence, d)
                       and _attached(text, sentence, event, d, others)]
    attached = attached or _upon(text, sentence, event, dates, owners)
    attached += [d for d in dates if d not in attached and any(_range_end(text, a, d) for a in attached)]
    if not attached:
        return
    first = _nearest(event, [d for d in attached if not any(_range_end(text, a, d) for a in attached)] or attached)
    opens = any(_range_end(text, first, d) for d in attached)
    which = "startDate" if opens else _cue(text, sentence, first) or (
        "endDate" if _ends(text, sentence, event, first) else "startDate")
    yield which, first
    if which == "startDate" and len(first.value) == 10 and WITHIN_DAY.search(text, sentence.start, first.start):
        yield "endDate", first  # "throughout 7 April", "between 19:10 and 19:40 on 7 April 2018"
    for date in attached:
        if date is not first and which == "startDate" and _range_end(text, first, date):
            yield "endDate", date
        elif date is not first and (cue := _cue(text, sentence, date)) and cue != which:
            yield cue, date


def _upon(text: str, sentence: Sentence, event: Mention, dates: list[Mention],
          owners: dict[Mention, Mention]) -> list[Mention]:
    """"Upon the attack of the Armenian army on September 27, 2020, the Azerbaijani army began its
    great offensive": what happens upon a dated event happens that day."""
    return [d for d in dates if d in owners and owners[d] is not event and owners[d].start < event.start
            and UPON.search(text, max(sentence.start, owners[d].start - 16), owners[d].start)][:1]


def _cue(text: str, sentence: Sentence, date: Mention) -> str | None:
    """startDate or endDate when the words just before the date say so ("began on", "since",
    "concluded on", "until"), else None."""
    before = text[max(sentence.start, date.start - 24):date.start]
    if START_CUE.search(before):
        return "startDate"
    return "endDate" if END_CUE.search(before) else None


def _document_date(source_id: str, text: str, sentences: list[Sentence], own: str) -> Iterator[Claim]:
    """A signed document is dated by the first full date of its text: a treaty's preamble opens
    with where and when the parties met ("meeting in Bishkek on May 5, 1994")."""
    first = next(((s, m) for s in sentences for m in s.mentions
                  if m.kind == "date" and m.cls == "date" and m.method != RELATIVE_NAME), None)
    if first:
        sentence, date = first
        yield Claim(source_id, own, "date", _literal(date), sentence.start, sentence.end,
                    text[sentence.start:sentence.end], NAME)


def is_reference(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the event named as a point in time ("three years after the initial conflict")?

    Only a noun phrase is: in "after a ceasefire was signed in 1994" the date is the signing's.
    """
    if mention.text.lower() in VERBS:
        return False
    return bool(REFERENCE.search(text, max(sentence.start, mention.start - 40), mention.start))


def _happening_in_war(mention: Mention, entity: Entity) -> bool:
    """An attack verb that names a war ("aircraft bomb Gori" in August 2008) is a happening in it,
    whose date is not the war's start."""
    return "War" in entity.classes and mention.text.lower() in VERBS


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


def _attached(text: str, sentence: Sentence, event: Mention, date: Mention, others: list[Mention]) -> bool:
    """Is a date of the clause the event's own: no other event is named nearer to it and no
    "that" stands between them? In "a peace treaty that was signed 2 November 2022 ... to end
    the Tigray war" the date is the signing's, not the war's; in "By 2020, the preparations
    indicated that a second Karabakh War was inevitable" it is not the war's either ("It was
    not until November 9, 2020 that the war came to an end" is a cleft: the date is the end's).
    An agreement nearer to it does not part them ("obliged to sign the agreement of November
    10"), nor does an event named as a point in time ("On September 19, three years after the
    initial conflict, Azerbaijan attacked")."""
    if not _reaches(text, sentence, event, date):
        return False
    return not any(_gap(m, date) < _gap(event, date) and _reaches(text, sentence, m, date)
                   and not is_reference(text, sentence, m) for m in others)


def _reaches(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Can a date of the clause reach the event? Not across "that" (save a cleft), nor into an
    aside after it (", including", ", such as"): in "airstrikes had killed 54 soldiers in
    February alone, including 33 airstrikes in Idlib" February is the first airstrikes'."""
    if _across_that(text, event, date):
        return False
    return not (date.end <= event.start and ASIDE.search(text, date.end, event.start))


def _bound(text: str, sentence: Sentence, date: Mention) -> bool:
    """"By 2020, ..." opening the sentence: a bound on all it tells, no event's date."""
    return bool(OPENING_BY.fullmatch(text, sentence.start, date.start))


def _across_that(text: str, event: Mention, date: Mention) -> bool:
    lo, hi = (date.end, event.start) if date.end <= event.start else (event.end, date.start)
    that = THAT.search(text, lo, hi)
    return bool(that) and not (lo == date.end and not text[lo:that.start()].strip(" ,"))


def _gap(m: Mention, date: Mention) -> int:
    return max(m.start - date.end, date.start - m.end)


def _range_end(text: str, start: Mention, end: Mention) -> bool:
    """Is `end` the second half of a range or pair that `start` opens ("in 1998-2000", "from 1992
    to 1995", "the night of 7/8 August", "on October 5 and 12", "between January 2021 and
    December 2022")? "and" joins two days of one month, or follows "between"."""
    if not (start.end <= end.start and RANGE_JOIN.fullmatch(text, start.end, end.start)):
        return False
    if "and" not in text[start.end:end.start]:
        return True
    same_month = len(start.value) == len(end.value) == 10 and start.value[:7] == end.value[:7]
    return same_month or bool(BETWEEN.search(text, max(0, start.start - 10), start.start))


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
    return min(dates, key=lambda d: (d.method == RELATIVE_NAME, abs(d.start - mention.start), d.start))


def _literal(mention: Mention) -> Literal:
    return Literal(mention.value, datatype=XSD + mention.cls)


# Beginnings, ends and signings told around a date (sentences mended at abbreviations).

def _timeline(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """- "..., marking the beginning / start / outbreak of W" and "W began / broke out" with
      one date in the sentence -> W startDate that date;
    - "W came to an (official) end / ended / was over" with one date -> W endDate;
    - an agreement "was signed" in a sentence that gives no date takes the one date of the
      sentence just before it in the same paragraph ("It wasn't until November 9, 2020,
      that the war came to an end. A ceasefire agreement was signed ..."): a derived claim
      whose evidence is both sentences; so does the signing (its startDate)."""
    whole = rejoin(text, sentences)
    for index, sentence in enumerate(whole):
        date = one_date(sentence)
        if date:
            derived = date.method == RELATIVE_NAME
            for event in (m for m in sentence.mentions if "Event" in tops_of(res, m)):
                after = text[event.end:sentence.end]
                if STARTED.match(after) or _begun(text, sentence, event):
                    yield evidence(source_id, text, TIMELINE, res.of[event], "startDate", _literal(date),
                                   sentence.start, sentence.end, derived=derived)
                if ENDED.match(after):
                    yield evidence(source_id, text, TIMELINE, res.of[event], "endDate", _literal(date),
                                   sentence.start, sentence.end, derived=derived)
        elif index and SIGNED.search(text, sentence.start, sentence.end):
            yield from _carried_date(source_id, text, whole[index - 1], sentence, res)


def _begun(text: str, sentence: Sentence, event: Mention) -> bool:
    """The event is named just after "the beginning of" in the sentence, not as a point in time
    ("positions they held prior to the outbreak of hostilities")."""
    cues = BEGINNING.finditer(text, sentence.start, event.start)
    return any(0 <= event.start - cue.end() <= BEGINNING_REACH and not REFERENCE.search(
        text, max(sentence.start, cue.start() - 40), cue.start()) for cue in cues)


def one_date(sentence: Sentence) -> Mention | None:
    """The sentence's date when it gives one (a day or a month; a bare year is too loose)."""
    dates = {m.value: m for m in sentence.mentions if m.kind == "date" and m.cls in ("date", "gYearMonth")}
    return next(iter(dates.values())) if len(dates) == 1 else None


def _carried_date(source_id: str, text: str, previous: Sentence, sentence: Sentence, res: Resolution) -> Iterator[Claim]:
    """A signing told just after an ending takes the ending's date (see `_timeline`)."""
    carried = ending_before(text, previous, sentence, res)
    if not carried:
        return
    for mention in sentence.mentions:
        if "Agreement" in tops_of(res, mention):
            predicate = "date"
        elif "Signing" in classes_of(res, mention):
            predicate = "startDate"
        else:
            continue
        yield evidence(source_id, text, TIMELINE, res.of[mention], predicate, _literal(carried[0]),
                       previous.start, sentence.end, derived=True)


def ending_before(text: str, previous: Sentence, sentence: Sentence, res: Resolution) -> tuple[Mention, list[str]] | None:
    """The date and the ended events of the sentence before, in the same paragraph, when it
    tells an ending on one date: a signing told next is dated by it (and the agreement ends them)."""
    date = one_date(previous)
    if not date or "\n\n" in text[previous.end:sentence.start]:
        return None
    ended = [res.of[m] for m in previous.mentions if "Event" in tops_of(res, m) and ENDED.match(text[m.end:previous.end])]
    return (date, ended) if ended else None
