"""Timeline: when events began and ended, how long they lasted, when agreements were signed.

Rules over one sentence (abbreviation breaks mended, see `scope.rejoin`):

- "..., marking the beginning / start / outbreak of W" and "W began / broke out" with
  one date in the sentence -> W startDate that date;
- "W came to an (official) end / ended / was over" with one date -> W endDate;
- "44-day war", "the 44-Days War", "W lasted (for) 44 days" -> W durationDays 44;
- an agreement "was signed" in a sentence that gives no date takes the one date of the
  sentence just before it in the same paragraph ("It wasn't until November 9, 2020,
  that the war came to an end. A ceasefire agreement was signed ..."): a derived claim
  whose evidence is both sentences; so does the signing (its startDate), and where
  that sentence says an event ended on that date, the agreement ends that event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Claim, Literal, Mention
from .rdf.terms import XSD
from .recognise import Sentence
from .recognise.dates import RELATIVE_NAME
from .resolve import Resolution
from .scope import classes_of, clause, evidence, rejoin, tops_of

NAME = "timeline.v1"

BEGINNING = re.compile(r"\bthe\s+(?:beginning|start|outbreak|onset)\s+of\b", re.IGNORECASE)
BEGAN = re.compile(r"^\s+(?:began|started|broke out|erupted)\b", re.IGNORECASE)
ENDED = re.compile(r"^\s+(?:came to an?\s+(?:\w+\s+)?end|ended|was over|drew to a close)\b", re.IGNORECASE)
DAYS = re.compile(r"\b(\d{1,4})[-\s](?:day|days)\b", re.IGNORECASE)
LASTED = re.compile(r"^\s+(?:[\w-]+\s+){0,8}?lasted\s+(?:for\s+)?(\d{1,4})\s+days\b", re.IGNORECASE)
SIGNED = re.compile(r"\bsigned\b", re.IGNORECASE)
WINDOW = 60


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    whole = rejoin(text, sentences)
    for index, sentence in enumerate(whole):
        events = [m for m in sentence.mentions if "Event" in tops_of(res, m)]
        date = _one_date(sentence)

        def claim(mention: Mention, predicate: str, obj, start: int, end: int) -> Claim:
            derived = predicate != "durationDays" and _relative(date)
            return evidence(source_id, text, NAME, res.of[mention], predicate, obj, start, end, derived=derived)

        for event in events:
            after = text[event.end:sentence.end]
            if date and (BEGAN.match(after) or _begun(text, sentence, event)):
                yield claim(event, "startDate", _date(date), sentence.start, sentence.end)
            if date and ENDED.match(after):
                yield claim(event, "endDate", _date(date), sentence.start, sentence.end)
            if days := _days(text, sentence, event):
                yield claim(event, "durationDays", Literal(days, XSD + "nonNegativeInteger"), *_days_span(text, event))
        if index and not date and SIGNED.search(text, sentence.start, sentence.end):
            yield from _carried_date(source_id, text, whole[index - 1], sentence, res)


def _begun(text: str, sentence: Sentence, event: Mention) -> bool:
    """The event is named just after "the beginning of" in the sentence."""
    return any(0 <= event.start - cue.end() <= WINDOW for cue in BEGINNING.finditer(text, sentence.start, event.start))


def _days(text: str, sentence: Sentence, event: Mention) -> str | None:
    """A duration in days written in or just before the event's name, or "W lasted N days"."""
    named = DAYS.search(text, max(sentence.start, event.start - 12), event.end)
    if named and named.end() > event.start - 2:
        return named.group(1)
    span = clause(text, sentence, event.start, event.end)
    lasted = LASTED.match(text[event.end:span.end])
    starts_clause = not text[span.start:event.start].strip(" \t\n’'\"").split()[2:]
    return lasted.group(1) if lasted and starts_clause else None


def _days_span(text: str, event: Mention) -> tuple[int, int]:
    named = DAYS.search(text, max(0, event.start - 12), event.end)
    return (min(named.start(), event.start), event.end) if named else (event.start, event.end)


def _one_date(sentence: Sentence) -> Mention | None:
    dates = {m.value: m for m in sentence.mentions if m.kind == "date" and m.cls in ("date", "gYearMonth")}
    return next(iter(dates.values())) if len(dates) == 1 else None


def _relative(date: Mention | None) -> bool:
    """A date the text gives relative to another ("the next day", "on September 19") is derived."""
    return bool(date) and date.method == RELATIVE_NAME


def _date(mention: Mention) -> Literal:
    return Literal(mention.value, datatype=XSD + mention.cls)


def _carried_date(source_id: str, text: str, previous: Sentence, sentence: Sentence, res: Resolution) -> Iterator[Claim]:
    date = _one_date(previous)
    if not date or "\n\n" in text[previous.end:sentence.start]:
        return
    ended = [res.of[m] for m in previous.mentions if "Event" in tops_of(res, m) and ENDED.match(text[m.end:previous.end])]
    if not ended:
        return  # only an ending carries its date on to the signing that sealed it

    def claim(subject: str, predicate: str, obj) -> Claim:
        return evidence(source_id, text, NAME, subject, predicate, obj, previous.start, sentence.end, derived=True)

    for mention in sentence.mentions:
        if "Agreement" in tops_of(res, mention):
            yield claim(res.of[mention], "date", _date(date))
            yield from (claim(res.of[mention], "ends", event) for event in ended)
        elif "Signing" in classes_of(res, mention):
            yield claim(res.of[mention], "startDate", _date(date))
