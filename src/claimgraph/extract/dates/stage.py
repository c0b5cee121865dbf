"""The date claims of a source: startDate, endDate and date of its events and agreements.

Per clause, the dates `attach` gives each event and agreement; a signed document's date; and
beginnings, ends and signings told around a date across a sentence or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ...lang import cues
from ...model import Claim, Entity, Literal, Mention
from ...rdf.terms import XSD, tops
from ...recognise import Sentence
from ...recognise.dates import RELATIVE_NAME
from ...recognise.document_titles import signed_at_date
from ..scope import classes_of, evidence, first_agreement, rejoin, tops_of
from .attach import (ENDS, across_that, dated_clauses, declared_over, event_dates, is_reference, known_verb, nearest,
                     phrase_owners)
from .accounts import ACCOUNT_SENTENCES, account_acts
from .asides import verb_start
from .scene import scene_acts
from .sections import line_stamp, log_day
from .signing import ENTRY_DASH, agreement_dates
from .spent import end_of_span, spent_before, talks_before, talks_reached

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
CLAUSES = cues("clauses")  # a signature line

if TYPE_CHECKING:  # the resolver asks `attach.date_of`: the type only, to keep imports one-way
    from ..resolution import Resolution

NAME = "dates-attached.v98"  # v98: s41 review: an entry's "on the 5th" is nearest the day or month it told last
# ("On 3 May ... on the 5th": 5 May), ahead after "will", never past the file's date; a wrapped line no heading
# v97: s41 dates41b: "until" after a pause ("talks stalled until D", "suspended the talks
# until D") or in a clause of "but" or "while" with words of its own dates no act before it
# v96: s41 dates41a: an entry counts from its own heading: one in a rule of marks
# ("=== Entered Monday, 25 February ==="), a masthead's "THE BRIEF -- Tuesday, May 7, 1996", a day line's "..., Juba";
# its "on the 13th" and year-less days nearest its day
# v95: s40 review: no clause of "until" after an adverb or a time of day ("held until
# recently by rebels on D", "until further notice", "until dawn on D"); "between the start of 2019 and the end of 2020"
# v94: s40 review: a day line's "THU 22 NOV", "Thu, 22 Nov" pick their year too
# v93: s40 dates40b: a range's far end past "the end of" ("between January
# 1983 and the end of 1987"); a date in a clause of "until" after an act ("until the states made peace on D") ends it
# v92: s40 dates40a: a day line's weekday cut short ("Thu 22 Nov") picks its year
# v91: s38 dates38: a line stamp with its year ("[23.06.21 20:15]") dates its line's acts
# v90: s37 second reading: talks a clause of time or cause follows produced nothing;
# "the following talks" are no talks after an act
# v89: s37 review: talks that "led to a breakdown of the accord" or "ended with the rebels
# rejecting the accord" produced none: the words before the agreement are its own or its signing (`TALKS_PRODUCED`)
# v88: s37 dates37: talks a dated act came after ("On 13 December, after talks in
# Sweden, the parties reached the agreement", any span) or that produced an agreement ("Talks ... produced the
# accord, signed on D") end on its day (`spent.talks_before`, `spent.talks_reached`)
# v87: s36 attach36: a part of the day before a date ("On the night of D, ...",
# "since the early hours of D") keeps it the date of the acts told after it (`OPENING_DATE`, `NAMED_DAY_BEFORE`)
# v86: s36 review: a span of year-less months ends in the month after its first
# half, whatever was told before it ("Sept 4 - ... from April until June"); one told in the present is this year's;
# a log's clock times need one before ten with its zero ("0630"): "1453 - ...", "1854 - ..." a timeline of years
# v85: s36: a log's clock time opening its line ("2000 - Looting ...") is no year but
# the day the log is at; a notebook's day line ("Thu 7 Apr 94 - Nairobi") is its section's dateline; a past span of
# year-less months ends by the source's date ("From May until June the rains fell", on 10 May: last year's)
# v84: s35: a date an agreement's name carries ("of 22 February 2002") dates it past a
# verb of breaking ("violated the Ceasefire Agreement of 22 February 2002")
# v83: s34 review: a derived day in an aside does not beat the stated date
# ("On 5 May 2012 the army, beaten back on 2 March, attacked": 5 May)
# v82: s34: a year-less day whose year a stated date before it in the clause gives is as
# sure as that date, and the nearer wins ("In January 2012 ..., and on 22 March soldiers overthrew"); a date after a
# join's preposition of time opens the next conjunct with no comma ("..., and on 29 November 1984 the treaty was
# signed")
# v81: s33: a chat's or a log's line stamp ("[27/06 14:32]") is its line's own day and
# dates what it tells; a diary's heading with a place ("Wed. 30th, over the Sahara") or glossed ("Fri. 2nd July") is its
# entry's day, and a weekday alone on its line under one goes forward
# v80: a count opening a paragraph ("120 rebels attack") is no timed entry; v79: s32: a link's header ("LINK KABUL - PESHAWAR, 14.03.89 09:10") is its
# section's dateline; the entries stamped with their time under a day's line ("Wed 1 Sep 2004" over "10:02 ...") are
# of that day
# v78: a resolution's day past its bracketed year ("353 (1974) of 20 July");
# v77: s31: a form field's day ("Date of birth:") dates nothing; a headline's cited year ("(2009)") is no story
# floor; a dateline's day is what the text's "today" counts from; "must" puts ahead
# v76: s30 review: no nouns joined to a condemned one share its date; a header
# field's day ("Posted: 3 May 2021") is no happening's
# v75: s30: joined event nouns share a date; "contended that" argues
TIMELINE = "dates-timeline.v26"  # v26: s42 review: a log in capitals run on past a day line dates its lines by
# the last day line above them ("--- WED 5 JUN 1991 ---" over "0400 REBELS ATTACKED" after 4 JUN's lines)
# v25: s42 dates42: a log's day line between rules ("--- SUN 18 MAY 1980 ---") heads
# its timed lines, in the sentence it runs on into and after it
# v24: s37 headed37: a day line with its place heads a notebook's entries,
# its listed or timed lines' acts of that day whatever their tense ("Sat 9 Apr - Nairobi" over "- RPF fighting")
# v23: s30 review: no scene after a birth, none in habit, span or "ultimately"
# v22: s30: a scene's acts (`scene`); no other's day starts
BEGINNING_REACH = 60  # characters between "the beginning of" and the event it begins
NAME_YEAR = re.compile(r"(?:1[5-9]\d\d|20\d\d)(?=\s)")  # the year that opens a name: "1942 Rio Protocol"


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """Every date claim of one source: per clause, the dates attached to its events and
    agreements; a signed document's date; a timeline entry's date for its later sentences;
    beginnings, ends and signings told around a date; then the date of a scene for the acts told after it that the
    source dates nowhere else (`scene`)."""
    told = list(_told(source_id, text, sentences, res))
    yield from told
    yield from _scenes(source_id, text, sentences, res, {c.subject for c in told})


def _told(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """The date claims of `extract` that the text's words give, before any scene's."""
    own = first_agreement(sentences, res)
    signed_at = _signed_at_line(text, sentences) if own else None
    if signed_at:
        yield Claim(source_id, own, "date", _literal(signed_at[1]), signed_at[0].start, signed_at[0].end,
                    text[signed_at[0].start:signed_at[0].end], NAME)
    elif own and any(CLAUSES.SIGNATURE.match(text, s.start, s.end) for s in sentences):
        yield from _document_date(source_id, text, sentences, own)
    entry: tuple[Sentence, Mention] | None = None
    ended: dict[str, set[str]] = {}  # the end dates this source gave each event so far
    for sentence in sentences:
        told_here: list[Claim] = []  # the sentence's own dates: a stamped line's day dates none of their happenings
        for clause in dated_clauses(text, sentence):
            told = list(_clause_dates(source_id, text, sentence, clause, res, ended))
            told_here += told
            for c in told:
                if c.predicate == "endDate":
                    ended.setdefault(c.subject, set()).add(str(c.obj.value))
            yield from told
        entry = _entry(text, sentence, entry)
        if entry and entry[0] is not sentence and not any(m.kind == "date" for m in sentence.mentions):
            yield from _entry_dates(source_id, text, sentence, entry, res)
        elif entry and entry[0] is sentence and (_stamped_alone(text, sentence, entry[1])
                                                 or _heads_its_lines(text, sentence, entry[1])):
            yield from _entry_dates(source_id, text, sentence, entry, res, {c.subject for c in told_here})
    yield from _timeline(source_id, text, sentences, res)


def _entry(text: str, sentence: Sentence, entry: tuple[Sentence, Mention] | None) -> tuple[Sentence, Mention] | None:
    """The timeline entry a sentence belongs to: the sentence itself when it opens its line with
    a date and a dash ("August 12, 2008 - ..."), or with a chat's or a log's stamp ("[27/06 14:32] Marko: ...",
    `line_stamp`), the entry before it on the same line, else none."""
    opening = next((m for m in sentence.mentions if m.kind == "date"), None)
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if opening and (not text[line_start:opening.start].strip() and ENTRY_DASH.match(text, opening.end)
                    or line_stamp(text, opening) or _heads_its_lines(text, sentence, opening)):
        return sentence, opening
    return entry if entry and "\n" not in text[entry[0].start:sentence.start] else None


def _heads_its_lines(text: str, sentence: Sentence, opening: Mention) -> bool:
    """Is the date a log's day line between a heading's rules (`log_day`: "--- SUN 18 MAY 1980 ---" over "0212 [HT]
    MARTIAL LAW EXTENDED ..."), the sentence running on past it into the timed lines under it (a log in capitals has no
    stop to end one)? What those lines tell is of that day."""
    return "\n" in text[opening.end:sentence.end] and log_day(text, opening)


def _stamped_alone(text: str, sentence: Sentence, opening: Mention) -> bool:
    """Does the sentence open a line with its stamp (`line_stamp`: "[28/06 07:40] Marko: jets hit brnik") and tell no
    other date? What it tells is of the stamp's day, where its clauses part the stamp from it (the speaker's colon)."""
    return line_stamp(text, opening) and all(m is opening for m in sentence.mentions if m.kind == "date")


def _entry_dates(source_id: str, text: str, sentence: Sentence, entry: tuple[Sentence, Mention],
                 res: Resolution, dated: set[str] | None = None) -> Iterator[Claim]:
    """A timeline entry's date dates what the entry's later sentences tell ("August 12, 2008 -
    Medvedev announces ... Sarkozy brokers a six-point peace plan"), and the happenings a stamped line's first sentence
    tells that its clauses date not (`dated`, the ones they date; no agreement, which a chat names as told before):
    derived, with the entry as evidence. An event told as ended there
    (`END_AFTER`: "15 February - ... The withdrawal is complete.") ends that day."""
    first, date = entry
    for mention in sentence.mentions:
        kinds = tops_of(res, mention)
        if dated is not None and ("Agreement" in kinds or mention in res.of and res.of[mention] in dated):
            continue
        if "Agreement" in kinds or "Event" in kinds and not is_reference(text, sentence, mention):
            ended = CUES.END_AFTER.match(text[mention.end:sentence.end])
            predicate = "date" if "Agreement" in kinds else "endDate" if ended else "startDate"
            yield evidence(source_id, text, TIMELINE, res.of[mention], predicate, _literal(_day_over(
                text, sentence, mention, date)), first.start, sentence.end, derived=True)


def _day_over(text: str, sentence: Sentence, mention: Mention, date: Mention) -> Mention:
    """The day an entry's mention is of: the entry's date (`date`), or the last log's day line (`log_day`) after it in
    the sentence before the mention, a log in capitals running on past one day's lines into the next day's ("--- TUE
    4 JUN 1991 ---\n0310 CALM\n--- WED 5 JUN 1991 ---\n0400 REBELS ATTACKED THE AIRPORT": 5 June)."""
    later = [m for m in sentence.mentions
             if m.kind in ("date", "dateline") and date.end <= m.start and m.end <= mention.start]
    return next((m for m in reversed(later) if log_day(text, m)), date)


def _clause_dates(source_id: str, text: str, sentence: Sentence, clause: list[Mention],
                  res: Resolution, ended: dict[str, set[str]]) -> Iterator[Claim]:
    """The dates `attach` gives the clause's events and agreements; a happening a short span was spent on before the
    clause's act ends at its date (`spent`: "On 12 January, after twelve days of fighting, ..."). A war the source has
    already ended (`ended`: "fought ... from May 1998 to June 2000") takes no second end from a later declaration
    that it is over ("declared the state of war over in July 2018": the formal end of a state of war, which no term
    tells apart from the end of the fighting), unless the declared day falls within the end told ("(1991-2002)" ...
    "declared the war over on 18 January 2002" says the day)."""
    exact = text[sentence.start:sentence.end]

    def claim(subject: str, predicate: str, date: Mention) -> Claim:
        made = Claim(source_id, subject, predicate, _literal(date), sentence.start, sentence.end, exact, NAME)
        return replace(made, method=RELATIVE_NAME, derived=True) if date.method == RELATIVE_NAME else made

    named = [(m, res.entities[res.of[m]]) for m in clause if m in res.of]
    dates = [m for m in clause if m.kind == "date"]
    events = [(m, e) for m, e in named if "Event" in tops(e.classes)]
    unreal = [m for m in clause if m.kind == "trigger" and m not in res.of]  # not told as happened: "is due to take effect"
    agreements = [m for m, e in named if "Agreement" in tops(e.classes)]
    # an unreal trigger's "on Monday" is still its date, no other's
    owners = phrase_owners(text, [m for m, _ in events] + unreal, dates, agreements)
    ends = [m for m, e in events if ENDS & set(e.classes)]
    for mention, entity in named:
        kinds = tops(entity.classes)
        reached = talks_reached(text, mention, agreements) if "Event" in kinds else None
        if reached and not any(o is mention for o in owners.values()):
            if signed := agreement_dates(text, reached, dates, ends):  # "Talks ... produced the accord, signed on D"
                yield claim(entity.id, "endDate", nearest(reached, signed, text))
        elif ("Event" in kinds and (spent_before(text, mention) or agreements and talks_before(text, mention))
              and not any(o is mention for o in owners.values())):
            if end := end_of_span(text, mention, dates, owners):  # "after twelve days of fighting": ended then
                yield claim(entity.id, "endDate", end)
        elif "Event" in kinds and not _happening_in_war(mention, entity):
            others = [m for m, e in events if e.id != entity.id]
            again = ended.get(entity.id) if declared_over(text, sentence, mention) else None
            yield from (claim(entity.id, predicate, date)
                        for predicate, date in event_dates(text, sentence, mention, others, dates, owners)
                        if not (again and predicate == "endDate" and not _within(str(date.value), again)))
        elif "Agreement" in kinds:
            signed = agreement_dates(text, mention, dates, ends) or _lead(text, sentence, mention) or _name_year(mention)
            if signed:
                yield claim(entity.id, "date", nearest(mention, signed, text))


def _within(value: str, told: set[str]) -> bool:
    """Does the date (xsd:date, gYearMonth or gYear text) fall within one of the dates told ("2002-01-18" within
    "2002"), or hold one ("2002" holds "2002-01-18")?"""
    return any(value.startswith(t) or t.startswith(value) for t in told)


def _name_year(agreement: Mention) -> list[Mention]:
    """The year an agreement's name opens with ("guarantors of the 1942 Rio Protocol", "the 1994 ceasefire" of a
    pack), which the name's mention holds, so that no date mention of its own stands there: the year it was made."""
    year = NAME_YEAR.match(agreement.text) if agreement.kind == "entity" else None
    return [replace(agreement, end=agreement.start + year.end(), text=year.group(), kind="date", cls="gYear",
                    value=year.group())] if year else []


def _lead(text: str, sentence: Sentence, agreement: Mention) -> list[Mention]:
    """A news lead's dateline dates the agreement its sentence tells in the present perfect
    ("date 2020-03-05 Erdogan and Putin have reached an agreement"): what has just happened."""
    datelines = [m for m in sentence.mentions if m.kind == "dateline"]
    perfect = CUES.PERFECT.search(text, max(sentence.start, agreement.start - 40), agreement.start)
    return [replace(datelines[0], kind="date", method=RELATIVE_NAME)] if datelines and perfect else []


def _document_date(source_id: str, text: str, sentences: list[Sentence], own: str) -> Iterator[Claim]:
    """A signed document is dated by the first full date of its text: a treaty's preamble opens
    with where and when the parties met ("meeting in Bishkek on May 5, 1994")."""
    first = next(((s, m) for s in sentences for m in s.mentions
                  if m.kind == "date" and m.cls == "date" and m.method != RELATIVE_NAME), None)
    if first:
        sentence, date = first
        yield Claim(source_id, own, "date", _literal(date), sentence.start, sentence.end,
                    text[sentence.start:sentence.end], NAME)


def _signed_at_line(text: str, sentences: list[Sentence]) -> tuple[Sentence, Mention] | None:
    """The full date of a treaty's heading line that tells where it was signed, with no subject ("Signed at Batavia,
    25 March 1947": `signed_at_date`), and its sentence: the date of the agreement the text names first, its own title
    ("AGREEMENT BETWEEN THE NETHERLANDS AND THE REPUBLIC OF INDONESIA"), not the day it was initialled on the line
    before nor the first date of its preamble."""
    return next(((s, m) for s in sentences for m in s.mentions
                 if m.kind == "date" and m.cls == "date" and m.method != RELATIVE_NAME and signed_at_date(text, m)),
                None)


def _happening_in_war(mention: Mention, entity: Entity) -> bool:
    """An attack verb that names a war ("aircraft bomb Gori" in August 2008) is a happening in it,
    whose date is not the war's start."""
    return "War" in entity.classes and known_verb(mention)


def _literal(mention: Mention) -> Literal:
    return Literal(mention.value, datatype=XSD + mention.cls)


def _timeline(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """- "..., marking the beginning / start / outbreak of W" and "W began / broke out" with
      one date in the sentence, or one date after "began" -> W startDate that date;
    - "W came to an (official) end / ended / was over" with one date (or one after it) -> W endDate;
    - an agreement "was signed" in a sentence that gives no date takes the one date of the
      sentence just before it in the same paragraph ("It wasn't until November 9, 2020,
      that the war came to an end. A ceasefire agreement was signed ..."): a derived claim
      whose evidence is both sentences; so does the signing (its startDate);
    - what an event told on one date "led to" at once takes that date (`_immediate`);
    - the acts a side's account tells just after a happening dated to a day or a month take its date (`accounts`)."""
    whole = rejoin(text, sentences)
    told: tuple[int, Sentence, Mention | None] | None = None  # the last sentence that gave a date, and its one date
    for index, sentence in enumerate(whole):
        date = one_date(sentence)
        yield from _starts_and_ends(source_id, text, sentence, date, res)
        if any(m.kind == "date" for m in sentence.mentions):
            told = (index, sentence, date)
        elif told and told[2] and index - told[0] <= ACCOUNT_SENTENCES:  # derived, both sentences its evidence
            yield from (evidence(source_id, text, TIMELINE, res.of[m], "startDate", _literal(told[2]), told[1].start,
                                 sentence.end, derived=True) for m in account_acts(text, told[1], told[2], sentence, res))
        if date:
            continue
        if index and CUES.SIGNED.search(text, sentence.start, sentence.end):
            yield from _carried_date(source_id, text, whole[index - 1], sentence, res)
        elif index and not any(m.kind == "date" for m in sentence.mentions):
            yield from _immediate(source_id, text, whole[index - 1], sentence, res)


def _scenes(source_id: str, text: str, sentences: list[Sentence], res: Resolution, dated: set[str]) -> Iterator[Claim]:
    """The acts a scene goes on to tell after the sentence that dates it (`scene.scene_acts`), for happenings not in
    `dated`: derived, their evidence running from the dated sentence to the act's."""
    whole = rejoin(text, sentences)
    told: int | None = None  # the last sentence that gave a date
    for index, sentence in enumerate(whole):
        if any(m.kind == "date" for m in sentence.mentions):
            told = index
            continue
        date = one_date(whole[told]) if told is not None else None
        if date:
            yield from (evidence(source_id, text, TIMELINE, res.of[m], "startDate", _literal(date), whole[told].start,
                                 sentence.end, derived=True)
                        for m in scene_acts(text, whole[told:index + 1], date, res, dated))


def _starts_and_ends(source_id: str, text: str, sentence: Sentence, date: Mention | None,
                     res: Resolution) -> Iterator[Claim]:
    """The beginnings and ends one sentence tells (see `_timeline`), dated by its one date, or by the
    one date after "began" / "ended" when it gives several; not by the date of a saying that "that"
    parts from them ("Residents said on Saturday that fighting had broken out"), nor by one that opens a clause
    joined after them (`_opens_next`)."""
    for event in (m for m in sentence.mentions if "Event" in tops_of(res, m)):
        verb = verb_start(text, event, sentence.end)  # past an aside: "The war, fought from 1960 to 1996, ended"
        after, aside = text[verb:sentence.end], text[event.end:verb]
        for predicate, cue in (("startDate", CUES.STARTED), ("endDate", CUES.ENDED)):
            if told := cue.match(after):
                when, cue_end = date or _only_date_after(sentence, verb + told.end()), verb + told.end()
            elif aside and (told := cue.match(aside)):  # ", which began on 24 March 1999,": the aside's own date
                when, cue_end = _only_date_after(sentence, event.end + told.end(), verb), event.end + told.end()
            elif predicate == "startDate" and _begun(text, sentence, event):
                when, cue_end = date, event.end
            else:
                continue
            if when and not (when.end <= event.start and across_that(text, event, when) or _opens_next(text, event, when)
                             or _names_agreement(text, sentence, res, when)
                             or _others_own(text, sentence, res, cue_end, when)):
                yield evidence(source_id, text, TIMELINE, res.of[event], predicate, _literal(when),
                               sentence.start, sentence.end, derived=when.method == RELATIVE_NAME)


def _others_own(text: str, sentence: Sentence, res: Resolution, cue_end: int, date: Mention) -> bool:
    """Is the date in the own phrase of a happening the sentence tells after the beginning or end cue (ending at
    `cue_end`) in a clause of its own, a finite verb between them (`phrase_owners`, `FINITE_BEFORE`: "the fighting began
    when a patrol went to verify that a post had been removed as agreed at corps commander talks on 6 June")? It is
    that happening's day, not the beginning's; the cue's complement ("began after the assassination of the president in
    October 1993", "began with the attack of 6 June") tells its time."""
    events = [m for m in sentence.mentions if "Event" in tops_of(res, m)]
    owner = phrase_owners(text, events, [date]).get(date)
    return (owner is not None and cue_end <= owner.start
            and CUES.FINITE_BEFORE.search(text, cue_end, owner.start) is not None)


def _names_agreement(text: str, sentence: Sentence, res: Resolution, date: Mention) -> bool:
    """Is the date the one an agreement's name carries ("The Alvor Agreement of January 1975 set up ..., and
    fighting broke out in Luanda": `NAMING_DATE`)? It says which agreement, not when the fighting began."""
    return any(m.end <= date.start and "Agreement" in tops_of(res, m) and CUES.NAMING_DATE.fullmatch(text, m.end, date.start)
               for m in sentence.mentions)


def _opens_next(text: str, event: Mention, date: Mention) -> bool:
    """Does the date open a clause joined after the event's (`FRONTED`: "Fighting broke out the same day, and on
    18 August Georgian forces took control of Sukhumi")? It dates that clause, not the beginning; nor does the date
    of a saying before "that" ("said on Saturday that fighting had broken out": `across_that`)."""
    return event.end <= date.start and CUES.FRONTED.search(text, event.end, date.start) is not None


def _only_date_after(sentence: Sentence, start: int, end: int | None = None) -> Mention | None:
    """The one date told after a beginning or an end in a sentence of several dates (before `end`, when given): "ending
    a war that began when Argentina invaded the islands on 2 April" (the surrender's Monday stands before)."""
    dates = {m.value: m for m in sentence.mentions if m.kind == "date" and m.cls in ("date", "gYearMonth")
             and m.start >= start and (end is None or m.end <= end)}
    return next(iter(dates.values())) if len(dates) == 1 else None


def _immediate(source_id: str, text: str, previous: Sentence, sentence: Sentence, res: Resolution) -> Iterator[Claim]:
    """"[Sentence dated D telling event X.] This large-scale assault led to immediate mobilization":
    a sentence that opens by pointing back at the event just told (this / that ...) and names
    what it led to at once dates that by the day the sentence before gives, in the same
    paragraph: a derived claim whose evidence is both sentences."""
    date = one_date(previous)
    events = [m for m in sentence.mentions if "Event" in tops_of(res, m)]
    if not date or not events or "\n\n" in text[previous.end:sentence.start]:
        return
    cause = events[0]
    told = {res.of[m] for m in previous.mentions if "Event" in tops_of(res, m)}
    if res.of[cause] not in told or not CUES.DEMONSTRATIVE.fullmatch(text, sentence.start, cause.start):
        return
    for effect in events[1:]:
        if res.of[effect] != res.of[cause] and CUES.IMMEDIATE.search(text, cause.end, effect.start):
            yield evidence(source_id, text, TIMELINE, res.of[effect], "startDate", _literal(date),
                           previous.start, sentence.end, derived=True)


def _begun(text: str, sentence: Sentence, event: Mention) -> bool:
    """The event is named just after "the beginning of" in the sentence, not as a point in time
    ("positions they held prior to the outbreak of hostilities")."""
    cues = CUES.BEGINNING.finditer(text, sentence.start, event.start)
    return any(0 <= event.start - cue.end() <= BEGINNING_REACH and not CUES.REFERENCE.search(
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
    ended = [res.of[m] for m in previous.mentions if "Event" in tops_of(res, m) and CUES.ENDED.match(text[m.end:previous.end])]
    return (date, ended) if ended else None
