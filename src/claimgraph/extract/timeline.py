"""Timeline: how long events lasted, and which event a signing told after an ending ends.

Rules over one sentence (abbreviation breaks mended, see `scope.rejoin`); the dates
themselves are `extract.dates`'s:

- "44-day war", "the 44-Days War", "W lasted (for) 44 days" -> W durationDays 44;
- an agreement "was signed" in a sentence that gives no date, just after a sentence of the
  same paragraph that says an event ended on one date ("It wasn't until November 9, 2020,
  that the war came to an end. A ceasefire agreement was signed ..."), ends that event: a
  derived claim whose evidence is both sentences.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import cues
from ..model import Claim, Literal, Mention
from ..rdf.terms import XSD
from ..recognise import Sentence
from .dates import ending_before, one_date
from .resolution import Resolution
from .scope import clause, evidence, rejoin, tops_of

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)

NAME = "timeline.v2"  # v2: a comma between digits ("1,200") ends no clause (`scope`)



def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    whole = rejoin(text, sentences)
    for index, sentence in enumerate(whole):
        for event in (m for m in sentence.mentions if "Event" in tops_of(res, m)):
            if days := _days(text, sentence, event):
                yield evidence(source_id, text, NAME, res.of[event], "durationDays",
                               Literal(days, XSD + "nonNegativeInteger"), *_days_span(text, event))
        if index and CUES.SIGNED.search(text, sentence.start, sentence.end):
            yield from _ended_by_signing(source_id, text, whole[index - 1], sentence, res)


def _days(text: str, sentence: Sentence, event: Mention) -> str | None:
    """A duration in days written in or just before the event's name, or "W lasted N days"."""
    named = CUES.DAYS.search(text, max(sentence.start, event.start - 12), event.end)
    if named and named.end() > event.start - 2:
        return named.group(1)
    span = clause(text, sentence, event.start, event.end)
    lasted = CUES.LASTED.match(text[event.end:span.end])
    starts_clause = not text[span.start:event.start].strip(" \t\n’'\"").split()[2:]
    return lasted.group(1) if lasted and starts_clause else None


def _days_span(text: str, event: Mention) -> tuple[int, int]:
    named = CUES.DAYS.search(text, max(0, event.start - 12), event.end)
    return (min(named.start(), event.start), event.end) if named else (event.start, event.end)


def _ended_by_signing(source_id: str, text: str, previous: Sentence, sentence: Sentence,
                      res: Resolution) -> Iterator[Claim]:
    """The agreements of an undated signing sentence end what the sentence before says ended."""
    carried = ending_before(text, previous, sentence, res)
    if not carried or one_date(sentence):
        return
    for mention in sentence.mentions:
        if "Agreement" in tops_of(res, mention):
            yield from (evidence(source_id, text, NAME, res.of[mention], "ends", event,
                                 previous.start, sentence.end, derived=True) for event in carried[1])
