"""Which date of a clause belongs to which happening: the rules, on mentions.

Used by the date claims (`stage`) and by the resolver (`date_of`), so that a happening is told
apart by the same date it is claimed to have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...lang import cues
from ...model import Mention
from ...rdf.terms import top_classes
from ...recognise import Sentence
from ...recognise.accords import told_by_verb
from ...recognise.dates import RELATIVE_NAME
from ..families import family
from ..scope import clauses
from .anchor import year_before_noun
from .conjunct import next_subject
from .furniture import by_line
from .sections import form_field, header_field
from .signing import act_time, agreement_dates
from .spans import gap, near, range_end
from .until import done_only_then, other_until
from .when import glossed

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
VERBS = cues("triggers").VERBS  # a trigger that is a verb form ("attacked") tells a new happening

ENDS = frozenset({"Termination", "WithdrawalFromAgreement"})  # an agreement's end, a party's leaving it (`agreement_dates`)
ONE_DAY = frozenset({"Signing"})  # acts done on one day: a range before one is no span of it (`event_dates`)
SINCE_REACH = 40  # characters: a participle's phrase and "since" before a date ("detained in the north since early ")
BY_REACH = 30  # characters: "by" and a part of the period before a date ("by the beginning of ")
END_REACH = 40  # characters: how far past the event and date an end cue may stand ("... came to an official end")
ASKED_REACH = 30  # characters before an end cue to a verb asking for it ("demanded the ")
GOVERNING_REACH = 60  # characters between a verb of ending or signing and the agreement it governs
NAMED_DAY_REACH = 40  # characters: a day kept or marked and "of" before an event ("the anniversary of the ")
COMMA_NEXT = re.compile(r"\s*,")  # a comma next to a date (`CUES.COMMA_AFTER` takes a colon too)


def date_of(mention: Mention, sentence: Sentence, text: str) -> str | None:
    """The date a trigger carries by the rules its claims follow (`extract`), for the resolver
    to tell one happening from another: the start (or only) date attached to it, else None; not an end told by a
    verb of lasting, which says how long a happening told before went on, not which one it is ("Federal forces
    encircled Grozny in December 1999. The siege lasted through January": one siege)."""
    clause = next(c for c in dated_clauses(text, sentence) if mention in c)
    dates = [m for m in clause if m.kind == "date"]
    kinds = top_classes(mention.cls)
    if "Agreement" in kinds:
        ends = [m for m in clause if m.kind == "trigger" and m.cls in ENDS]
        signed = agreement_dates(text, mention, dates, ends)
        return nearest(mention, signed, text).value if signed else None
    events = [m for m in clause if m.kind in ("trigger", "entity") and "Event" in top_classes(m.cls)]
    agreements = [m for m in clause if m.kind in ("trigger", "entity") and "Agreement" in top_classes(m.cls)]
    told = event_dates(text, sentence, mention, [m for m in events if m is not mention], dates,
                       phrase_owners(text, events, dates, agreements))
    return next((date.value for predicate, date in told if predicate == "startDate" or not (
        mention.end <= date.start and CUES.LASTING.search(text, mention.end, date.start))), None)


def own_date(mention: Mention, sentence: Sentence, text: str) -> str | None:
    """The date an event trigger's own phrase gives ("the signing of this Agreement on December 14,
    1995", "the August 12 meeting"), else None: a date that says which happening it is."""
    clause = next(c for c in dated_clauses(text, sentence) if mention in c)
    if "Event" not in top_classes(mention.cls):
        return None
    events = [m for m in clause if m.kind in ("trigger", "entity") and "Event" in top_classes(m.cls)]
    owners = phrase_owners(text, events, [m for m in clause if m.kind == "date"])
    return next((d.value for d, owner in sorted(owners.items(), key=lambda o: o[0].start) if owner is mention), None)


def dated_clauses(text: str, sentence: Sentence) -> list[list[Mention]]:
    """The sentence's clauses (`scope.clauses`), the dates of an opening clause that names no happening carried into
    the next: "On 26 June, the eve of the play-off in Mexico City, which El Salvador won after extra time, the
    government broke off relations" is cut at its aside, and the opening date (`OPENING_DATE`, a comma after it) is
    still the time of what the sentence goes on to tell. Each is cut again where a line of furniture begins
    (`furniture.by_line`)."""
    cut = clauses(text, sentence)
    if len(cut) < 2 or any(m.kind == "trigger" or (m.kind == "entity" and {"Event", "Agreement"} & set(top_classes(m.cls)))
                           for m in cut[0]):
        return by_line(text, cut)
    opening = [m for m in cut[0] if m.kind == "date" and CUES.OPENING_DATE.fullmatch(text, sentence.start, m.start)
               and CUES.COMMA_AFTER.match(text, m.end) and _apposed(text, m, cut[1])]
    return by_line(text, [cut[0], opening + cut[1], *cut[2:]] if opening else cut)


def _apposed(text: str, date: Mention, clause: list[Mention]) -> bool:
    """Is all between the opening date and the next clause's first act an apposition with no verb of its own, past a relative
    clause closed by a comma (`CLOSED_RELATIVE`: "On 26 June, the eve of the play-off, which El Salvador won, the
    government")? "In 2010, the army built a base near the border, which rebels later attacked" tells the building
    in 2010, and the clause after it is not of that time."""
    acts = [m.start for m in clause if m.kind == "trigger"] or [m.start for m in clause]
    between = CUES.CLOSED_RELATIVE.sub(",", text[date.end:min(acts)])
    return CUES.FINITE_BEFORE.search(between) is None


def phrase_owners(text: str, events: list[Mention], dates: list[Mention],
                  agreements: list[Mention] = ()) -> dict[Mention, Mention]:
    """Each date that stands in an event's own phrase, and that event: "the attack of the
    Armenian army on September 27, 2020", "the 1992-95 war", "talks in Moscow Thursday",
    "signed on Saturday"; the second half of a range goes with the first ("the offensive
    (February–April 2018)"). No other event of the clause takes it. A date before an
    agreement as its modifier is the agreement's ("withdrew from the 2002 ceasefire agreement
    on 16 January 2008": 2002 dates no withdrawal), unless it names an event too ("the 2016
    Colombian peace agreement referendum"); one after it may still be the signing's. A date in a
    participle phrase after an agreement is the agreement's when no event's phrase holds it
    ("Resolution 598, adopted unanimously on 20 July 1987, called for a ceasefire in the war"), and so is
    one right after it with "of" ("the Egypt-Israel peace treaty of 1979")."""
    owners = {}
    for date in dates:
        if _named_day(text, date):
            owners.update((date, own) for own in _day_named_by(text, events, date)[:1])
            continue
        own = [e for e in events if _in_phrase(text, e, date) and not _parted(e, date, events)]
        named = [a for a in agreements if date.end <= a.start and not told_by_verb(a) and not act_time(text, date, a)
                 and _in_phrase(text, a, date)]  # a verb ("on 22 February both governments agreed") takes no modifier
        own = own if not named or any(date.end <= e.start for e in own) else named
        own = own or [a for a in agreements if a.end <= date.start and (CUES.APPOSED.fullmatch(text, a.end, date.start)
                                                                        or _named_of(text, a, date))]
        opened = [owners[d] for d in owners if range_end(text, d, date)]
        if own or opened:
            owners[date] = opened[0] if opened else min(own, key=lambda e: gap(e, date))
    return owners


def _named_day(text: str, date: Mention) -> bool:
    """Is the date a year-less day after "of" and a noun (`NAMED_DAY_BEFORE`: "the military operation of 14 December")?
    It names the day of the event that noun is, and no other act's, however near ("Troops were deployed to guard the
    polls of 14 December": no deployment that day); nor that event's when a day kept or marked governs it
    (`NAMED_DAY_NOT`: "On the anniversary of the massacre of 4 June, police arrested ...")."""
    return date.method == RELATIVE_NAME and CUES.NAMED_DAY_BEFORE.search(text, max(0, date.start - 30), date.start) is not None


def _day_named_by(text: str, events: list[Mention], date: Mention) -> list[Mention]:
    """The event right before "of" and a named day (`_named_day`), unless a day kept or marked governs it."""
    return [e for e in events if CUES.OF_JOIN.fullmatch(text, e.end, date.start)
            and not CUES.NAMED_DAY_NOT.search(text, max(0, e.start - NAMED_DAY_REACH), e.start)]


def _parted(event: Mention, date: Mention, events: list[Mention]) -> bool:
    """Does another event told by a verb (`verb_form`) stand between the event and a date after it ("invaded in December
    before capturing the capital on 7 January")? The date is in the nearer one's phrase, if in any: a phrase ends where
    another act begins. A noun between them is the event's complement ("The arrest of the coup leaders on 3 May 2015":
    the arrest's day, not the coup's)."""
    return any(event.end <= other.start and other.end <= date.start and verb_form(other)
               for other in events if other is not event)


def _named_of(text: str, agreement: Mention, date: Mention) -> bool:
    """Does the date follow the agreement with "of" ("the peace treaty of 1979"), and no verb of ending or
    signing govern the agreement ("ended with the peace agreement of December 1995", "obliged to sign the
    tripartite agreement of November 10, 2020": the end's or the signing's date too)?"""
    before = max(0, agreement.start - GOVERNING_REACH)
    return bool(CUES.NAMED_OF.fullmatch(text, agreement.end, date.start)) and not (
        CUES.ENDED_WITH.search(text, before, agreement.start) or CUES.SIGNING_VERB.search(text, before, agreement.start))


def _in_phrase(text: str, event: Mention, date: Mention) -> bool:
    """Does the date stand in the event's own phrase: after it, joined by a preposition (past
    the event's own complements: "the signing of this Agreement on December 14, 1995"), in
    parentheses, or before a noun as its modifier ("the August 12 meeting")?"""
    if event.end <= date.start:
        return bool(CUES.PHRASE_AFTER.fullmatch(text, event.end, date.start)) and not (
            _judged(text, event) or _joined(text, event) or _counted_since(text, event, date) or _nouns(text, date))
    if known_verb(event) or CUES.COUNTED_FROM.search(date.text):
        return False  # "three years after the initial conflict" dates what comes three years after it
    if CUES.BOUND_BY.search(text, max(0, date.start - BY_REACH), date.start):
        return False  # "By early 2022 the war had killed ...": a bound, no modifier of "war"
    if CUES.PREPOSED.match(date.text):
        return False  # "signed a declaration on Friday pledging an immediate ceasefire": no modifier of "ceasefire"
    if next_subject(text, date, event):
        return False  # "met in June and further talks were planned": the subject of a clause of its own
    return bool(CUES.PHRASE_BEFORE.fullmatch(text, date.end, event.start))


def event_dates(text: str, sentence: Sentence, event: Mention, others: list[Mention], dates: list[Mention],
                owners: dict[Mention, Mention]) -> Iterator[tuple[str, Mention]]:
    """(startDate | endDate, date) for one event mention: the dates of its own phrase, else the
    clause's dates that no nearer event of `others`, no other event's phrase, no "that" and no
    opening "By D," keeps from it, else the date of an event it happens "upon". An event named as a
    point in time (a reference, what is condemned or joined) takes none of its clause's dates.

    The nearest is a start unless the text says the event ended then; the second half of a
    range is an end; another date with its own cue ("concluded on 25 August 2016") says which;
    a date that confines it (`_within`: "throughout 7 April", "in February alone") ends it too. A header field's day
    (`sections.header_field`: "Posted: 3 May 2021" over "Rebels attacked the post yesterday") is the writing's; a
    form's (`sections.form_field`: "Date of birth: 5 May 1960") a person's or a paper's; the day a pause of it or
    another clause's act lasts "until" none (`until.other_until`: "Talks stalled until the mediator returned")."""
    own = [d for d in dates if owners.get(d) is event and not other_until(text, sentence, event, d)]
    if declared_war(text, event) or _end_asked(text, sentence, event):
        return  # its clause's dates, its own phrase's too ("declared war on 13 May"), are the declaration's
    if not own and (is_reference(text, sentence, event) or _judged(text, event) or _joined(text, event)):
        return
    attached = own or [d for d in dates if d not in owners and not (
        _bound(text, sentence, d) or _nouns(text, d) or _since_state(text, sentence, event, d) or _named_day(text, d)
        or header_field(text, d) or form_field(text, d) or other_until(text, sentence, event, d)) and (
        _sets_time(text, sentence, event, d) or (near(event, d, text) or _opening(text, sentence, event, d))
        and _attached(text, sentence, event, d, others))]
    attached = attached or _upon(text, sentence, event, dates, owners) or glossed(text, sentence, event)
    attached += [d for d in dates if d not in attached and any(range_end(text, a, d) or range_end(text, d, a)
                                                               for a in attached)]
    if event.cls in ONE_DAY:  # "rivals from 2001 to 2003, when they signed": the range's end, no span
        attached = [d for d in attached if not any(range_end(text, d, other) for other in dates)]
    if not attached:
        return
    first = nearest(event, [d for d in attached if not any(range_end(text, a, d) for a in attached)] or attached,
                    text)
    opens = any(range_end(text, first, d) for d in attached)
    which = "startDate" if opens else _event_cue(text, sentence, event, first) or (
        "endDate" if _ends(text, sentence, event, first) else "startDate")
    yield which, first
    if which == "startDate" and _within(text, sentence, first):
        yield "endDate", first
    for date in attached:
        if date is not first and which == "startDate" and range_end(text, first, date):
            yield "endDate", date
        elif date is not first and (cue := _event_cue(text, sentence, event, date)) and cue != which:
            yield cue, date


def _upon(text: str, sentence: Sentence, event: Mention, dates: list[Mention],
          owners: dict[Mention, Mention]) -> list[Mention]:
    """"Upon the attack of the Armenian army on September 27, 2020, the Azerbaijani army began its
    great offensive": what happens upon a dated event happens that day."""
    return [d for d in dates if d in owners and owners[d] is not event and owners[d].start < event.start
            and CUES.UPON.search(text, max(sentence.start, owners[d].start - 16), owners[d].start)][:1]


def _within(text: str, sentence: Sentence, date: Mention) -> bool:
    """Does the text confine what it tells to the date, so that it ends then too? A span of hours
    on one day ("throughout 7 April", "between 19:10 and 19:40 on 7 April 2018"), or a count
    limited to the date ("killed 54 soldiers in February alone"). "Throughout" a month or a
    year says nothing of when it began ("the war raged throughout 2019")."""
    if CUES.ALONE.match(text, date.end, sentence.end):
        return True
    return len(date.value) == 10 and bool(CUES.WITHIN_DAY.search(text, sentence.start, date.start))


def _cue(text: str, sentence: Sentence, date: Mention) -> str | None:
    """startDate or endDate when the words just before the date say so ("began on", "since",
    "concluded on", "until"), else None. An end verb in a clause of "when" after a beginning verb ("It began
    when Portuguese rule ended in 1975") is that clause's: the date starts the event."""
    before = text[max(sentence.start, date.start - 24):date.start]
    if CUES.START_CUE.search(before):
        return "startDate"
    if not CUES.END_CUE.search(before):
        return None
    return "startDate" if CUES.BEGAN_WHEN.search(text, sentence.start, date.start) else "endDate"


def _event_cue(text: str, sentence: Sentence, event: Mention, date: Mention) -> str | None:
    """`_cue` for the event, but no end for the agent of a passive right after the date (`AGENT_AFTER`: "The truce,
    halted in March 2015 by renewed shelling": the truce ended then, not the shelling), and a start for a verb negated
    before "until" (`until`: "Relations were not restored until November 2010": restored then)."""
    cue = _cue(text, sentence, date)
    agent = date.end <= event.start and CUES.AGENT_AFTER.fullmatch(text, date.end, event.start) is not None
    if cue == "endDate" and done_only_then(text, sentence.start, event, date):
        return "startDate"
    return None if cue == "endDate" and agent else cue


def is_reference(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the event named as a point in time ("three years after the initial conflict")?

    Only a noun phrase is: in "after a ceasefire was signed in 1994" the date is the signing's;
    a verb is when a span of time counts back to it ("On 8 May 2007 ..., nine years after the
    agreement was signed"), unless its own phrase dates it ("two days after Russia invaded Ukraine on
    24 February 2022").
    """
    start = max(sentence.start, mention.start - 40)
    if verb_form(mention):
        return bool(CUES.COUNTED_REFERENCE.search(text, start, mention.start)) and not any(
            m.kind == "date" and m.start >= mention.end and CUES.VERB_PHRASE_DATE.fullmatch(text, mention.end, m.start)
            for m in sentence.mentions)
    return bool(CUES.REFERENCE.search(text, start, mention.start)) or _during_another(text, sentence, mention, start)


def verb_form(mention: Mention) -> bool:
    """Is the trigger a verb form: a known one (`VERBS`), or a past one (`PAST_VERB`: "the rebels entered the capital",
    a movement the trigger list does not hold as a verb), or words opening with an irregular one ("became
    independent", `PAST_PHRASE`)? A verb tells a happening of its own, no point in time
    named by a noun ("since the rebels entered the capital on Sunday" is dated Sunday, as "since the war" is not)."""
    return known_verb(mention) or mention.kind == "trigger" and _past(mention)


def known_verb(mention: Mention) -> bool:
    """Is the mention a verb form the trigger list holds (`VERBS`: "attacked", "signed")?"""
    return mention.text.lower() in VERBS


def _during_another(text: str, sentence: Sentence, mention: Mention, start: int) -> bool:
    """Is the event the time of another happening told just before it in its clause (`DURING`: "attacks on
    Afghan troops during the talks")? The talks are a point in time: the attacks' roles and dates are not theirs.
    Not armed conflict: what is done during a war is done in it ("Two Syrian fighters captured during the
    conflict" fought in it)."""
    return family(mention.cls) != "conflict" and bool(CUES.DURING.search(text, start, mention.start)) and any(
        m.kind == "trigger" and m.end <= mention.start and not any(c in text[m.end:mention.start] for c in ",;:")
        for m in sentence.mentions if m is not mention)


def declared_war(text: str, event: Mention) -> bool:
    """Is the event a war declared ("Ethiopia declared war on 13 May", `DECLARED_WAR`)? The clause's dates are
    the declaration's: a war is often declared after it began, and none of them is its start."""
    return event.cls == "War" and bool(CUES.DECLARED_WAR.search(text, max(0, event.start - 30), event.start))


def _judged(text: str, event: Mention) -> bool:
    """Is the event a happening told again as what someone condemns (`JUDGING`: "condemned the attack on
    Friday") or reports (`REPORTING`: "reported the massacre in January 1982", not "reported the capture of
    Bakhmut", told first)? The clause's dates are the condemning's or the report's."""
    before = max(0, event.start - 60)
    return bool(CUES.JUDGING.search(text, before, event.start) or (
        CUES.REPORTING.search(text, before, event.start) and not CUES.REPORTED_FIRST.match(text, event.end)))


def _joined(text: str, event: Mention) -> bool:
    """Is the event a happening someone joins (`JOINING`: "From 24 March 1999 NATO took part in the war with an air
    campaign", "Chad joined the offensive in March 2013")? The clause's dates are the joining's, not its start."""
    return bool(CUES.JOINING.search(text, max(0, event.start - 40), event.start))


def _ends(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does the text say the event ended at the date?

    Yes when an end cue follows the event ("the war came to an official end", "fighting
    ended on D"), governs it ("an agreement that ended the war"), someone declared it over
    ("declared the state of war over in July 2018", "declared the war over on D"), or "until" stands
    before the date ("It was not until D that ...") or opens a clause the date is in (`UNTIL_CLAUSE`: "The shelling
    went on until the two states established relations on 1 January 1979"); "W began" makes the date a start.
    """
    after = text[event.end:min(sentence.end, event.end + END_REACH)]
    if CUES.BEGAN.match(after):
        return False
    if declared_over(text, sentence, event):
        return True  # "declared the state of war over in July 2018"
    object_ended = verb_form(event) and CUES.OBJECT_ENDED.match(after)  # "ordered the vote suspended": the vote's
    if CUES.END_AFTER.match(after) and not object_ended or _ended_before(text, sentence, event):
        return True
    if CUES.UNTIL.search(text, max(sentence.start, date.start - 16), date.start):
        return True
    return (event.end <= date.start and CUES.UNTIL_CLAUSE.search(text, event.end, date.start) is not None
            and not done_only_then(text, sentence.start, event, date))  # "went on until the states established ..."


def _ended_before(text: str, sentence: Sentence, event: Mention) -> bool:
    """Does an end cue govern the event (`END_BEFORE`: "an agreement that ended the war", "the completion today of the
    withdrawal"; `LAST_FORCE` its leaving: "the last troops left"), told as done, not asked for or waited on (`_end_asked`)?"""
    start = max(sentence.start, event.start - END_REACH)
    last_left = CUES.LAST_FORCE.search(text, start, event.start) and CUES.LEFT.match(text, event.start, event.end)
    return bool(CUES.END_BEFORE.search(text, start, event.start) or last_left) and not _end_asked(text, sentence, event)


def _end_asked(text: str, sentence: Sentence, event: Mention) -> bool:
    """Is the event's end only asked for or waited on (`END_ASKED`: "The council demanded the completion of the
    withdrawal on 3 May 2015", "Delays in the completion of the demobilisation were reported")? The clause's dates
    are the asking's or the report's: neither the event's end nor its start."""
    return CUES.END_ASKED.search(text, max(sentence.start, event.start - END_REACH - ASKED_REACH), event.start) is not None


def declared_over(text: str, sentence: Sentence, event: Mention) -> bool:
    """Does someone declare the event over ("the two countries declared the state of war over in July 2018",
    "declared the war over on D")?"""
    after = text[event.end:min(sentence.end, event.end + END_REACH)]
    return bool(CUES.DECLARED_OVER.match(after)) and bool(
        CUES.DECLARED.search(text, max(sentence.start, event.start - END_REACH), event.start))


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
    return not any(gap(m, date) < gap(event, date) and _reaches(text, sentence, m, date)
                   and not is_reference(text, sentence, m) and not _conjoined(text, m, event) for m in others)


def _conjoined(text: str, nearer: Mention, event: Mention) -> bool:
    """Is the event a noun joined by "and" to the nearer one, no verb between them (`CONJOINED_ACT`: "On 5 March the
    army began air strikes and a ground assault")? Both are what the clause tells at its date, so the nearer does not
    keep it from the event; a verb between them tells an act of its own ("shelled the town and the rebels withdrew").
    Not when the nearer is told again as what someone condemns or joins (`_judged`, `_joined`: "the council condemned
    the shelling and the siege of the old city"): the date is the condemning's, of neither."""
    return (nearer.end <= event.start and not verb_form(event) and not verb_form(nearer)
            and CUES.CONJOINED_ACT.fullmatch(text, nearer.end, event.start) is not None
            and not (_judged(text, nearer) or _joined(text, nearer)))


def _reaches(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Can a date of the clause reach the event? Not across "that" (save a cleft), nor into an
    aside after it (", including", ", such as"): in "airstrikes had killed 54 soldiers in
    February alone, including 33 airstrikes in Idlib" February is the first airstrikes'; nor
    when it opens another clause (`_other_clause`) or ends the one before the event's (`conjunct`), nor from brackets
    the event is outside of (`_bracketed`), nor to an act of another time told after it (`OTHER_TIME_BEFORE`: "who had
    attacked", "which rebels later attacked")."""
    if (across_that(text, event, date) or _other_clause(text, sentence, event, date) or next_subject(text, date, event)
            or _in_relative(text, sentence, event, date) or _bracketed(text, sentence, event, date)):
        return False
    if date.end <= event.start and CUES.OTHER_TIME_BEFORE.search(text, date.end, event.start):
        return False  # "On 3 May, rebels who had attacked the town withdrew": the attack was before
    return not (date.end <= event.start and CUES.ASIDE.search(text, date.end, event.start))


def _bracketed(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does the date stand in brackets the event is outside of ("between Burkina Faso (called Upper Volta until August
    1984) and Mali, ... since the two countries became independent in 1960")? The aside tells its own time; a date in
    the event's own brackets ("the offensive (February–April 2018)") is its phrase's (`phrase_owners`), and brackets
    of the date alone (`DATE_GLOSS`) gloss the time told before them ("captured the town on Monday (4 May 2015)")."""
    opening = text.rfind("(", sentence.start, date.start)
    closing = text.find(")", date.end, sentence.end)
    if opening < 0 or closing < 0 or text.rfind(")", opening, date.start) >= 0:
        return False
    if CUES.DATE_GLOSS.fullmatch(text, opening + 1, date.start) and not text[date.end:closing].strip():
        return False  # a gloss of the time told before it: "on Monday (4 May 2015)", "(on 3 May 2015)"
    return _outside(event, opening, closing)


def _outside(event: Mention, start: int, end: int) -> bool:
    """Is the event outside the aside from `start` to `end` (brackets, a relative clause)?"""
    return not (start < event.start and event.end <= end)


def _in_relative(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does the date stand in a relative clause on a person (`PERSON_RELATIVE`: ", whom he had dismissed in
    July 2013,") that the event is outside of? The date is that clause's own verb's. So it is in a clause of
    "which" or a participle phrase set off by commas (`THING_RELATIVE`: "forces, which had held the area since June,
    withdrew"), unless the event is the noun it follows ("The war, fought from 1960 to 1996, ended": the war's); a
    participle after a finite verb ("crossed the border, advanced on Kyiv on 24 February, and shelled") is no aside."""
    comma = text.find(",", date.end, sentence.end)
    if opening := CUES.PERSON_RELATIVE.search(text, sentence.start, date.start):
        return _outside(event, opening.start(), comma if comma >= 0 else sentence.end)
    opening = CUES.THING_RELATIVE.search(text, sentence.start, date.start)
    if not opening or comma < 0 or opening.group("participle") and CUES.FINITE_BEFORE.search(
            text, sentence.start, opening.start()):
        return False
    head = event.end <= opening.start() and not text[event.end:opening.start()].strip()
    return not head and _outside(event, opening.start(), comma)


def _other_clause(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does the date open a clause the event is not in (see `FRONTED`), or end a verb phrase joined
    after the event's (`CONJOINED_VERB`)? A comma after the date shows it opens the clause ("and in 2008, the
    army"; not "and the 2008 war"); a relative date ("and the next day President Rajapaksa declared
    victory") modifies no noun, so it opens the clause with no comma, nor does a date right after the join's
    preposition of time (`FRONTED_TIME`: "and on 29 November 1984 the treaty was signed", "and in 1994 fighting
    resumed"): a noun's modifier stands after an article ("and in the 1994 war")."""
    if event.end <= date.start:
        opening = (COMMA_NEXT.match(text, date.end) or _counted(date)
                   or CUES.FRONTED_TIME.search(text, event.end, date.start))
        return bool(CUES.FRONTED.search(text, event.end, date.start) and opening
                    or CUES.CONJOINED_VERB.search(text, event.end, date.start))
    return bool(CUES.PRECEDING.fullmatch(text, date.end, event.start) and "," in text[event.end:sentence.end])


def _counted(date: Mention) -> bool:
    """Is the date told only as counted from another ("the next day", "last month", "on Monday"): no number
    or month that could make it a noun's modifier ("the 2008 war", "the August 12 meeting")?"""
    return date.method == RELATIVE_NAME and not any(c.isdigit() for c in date.text) and not any(
        word.strip(".,").lower() in CUES.MONTHS for word in date.text.split())


def _since_state(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Is the date told with "since" after a participle that ends a noun phrase, before an act told by a verb, and no
    perfect between them ("Ahmed Ben Bella and the other leaders held in France since 1956 were released")? "since"
    then says how long the noun's state had lasted, not when the act began. "Since March 2015 the army shelled Gao"
    (no participle) and "Since 2011 the rebels have attacked the town" (a perfect) keep it."""
    return (date.end <= event.start and known_verb(event)
            and CUES.PARTICIPLE_SINCE.search(text, max(sentence.start, date.start - SINCE_REACH), date.start) is not None
            and CUES.PERFECT_AUX.search(text, date.end, event.start) is None)


def _nouns(text: str, date: Mention) -> bool:
    """Is the date a bare year between a determiner and a noun (`year_before_noun`: "against suspects in the 1998
    embassy bombings", "the 2015 breakaway faction")? It modifies that noun, and says which thing: when no event's own
    phrase holds it (`phrase_owners`), it dates no other happening of the clause ("carried out air strikes ... on 8
    January"). Not a noun of the act's time ("shelled the town during the 2015 rainy season": `_time_of_act`)."""
    return year_before_noun(text, date) and not _time_of_act(text, date)


def _time_of_act(text: str, date: Mention) -> bool:
    """Is the year's noun a time the act happened in: "during" or "throughout" before its determiner ("during the
    2015 dry season"), or "in" and a season after it ("in the 1990 rainy season")?"""
    time = CUES.TIME_OF_YEAR_BEFORE.search(text, max(0, date.start - SINCE_REACH), date.start)
    return time is not None and bool(time.group("during") or CUES.SEASON_AFTER.match(text, date.end))


def _bound(text: str, sentence: Sentence, date: Mention) -> bool:
    """"By 2020, ..." opening the sentence: a bound on all it tells, no event's date; "the first
    talks since 2016": what the event is measured from, not when it happened."""
    return bool(CUES.OPENING_BY.fullmatch(text, sentence.start, date.start)
                or CUES.FIRST_SINCE.search(text, max(sentence.start, date.start - 80), date.start))


def _counted_since(text: str, event: Mention, date: Mention) -> bool:
    """Is the date what the event is counted or measured from (`FIRST_SINCE`: "their third assault on Monrovia
    since June", "the first talks since 2016")? It is in the event's phrase, and no date of it."""
    return bool(CUES.FIRST_SINCE.search(text, max(0, event.start - 80), date.start))


def across_that(text: str, event: Mention, date: Mention) -> bool:
    """Does "that" stand between them, other than the "that" of a cleft ("It was not until D that")?
    "Amnesty said on Friday that soldiers killed hundreds" does not date the killing Friday."""
    lo, hi = (date.end, event.start) if date.end <= event.start else (event.end, date.start)
    that = CUES.THAT.search(text, lo, hi)
    cleft = lo == date.end and not text[lo:that.start()].strip(" ,") if that else False
    return bool(that) and not (cleft and CUES.CLEFT.search(text, max(0, date.start - 30), date.start))


def _opening(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does the date open the sentence the event follows in (`OPENING_DATE`: "Six weeks later, on 4 April 2002,
    the chief of staff ..., and ..., signed")? It reaches the event past a subject of any length."""
    return (date.end <= event.start and CUES.OPENING_DATE.fullmatch(text, sentence.start, date.start) is not None
            and CUES.COMMA_AFTER.match(text, date.end) is not None)


def _sets_time(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does the date open the sentence or a clause after a semicolon (`OPENING_DATE`: "distanced itself from the raid;
    two days later a Libyan bomber attacking N'Djamena was shot down"), so that it sets the time of every act its clause tells
    after it by a past verb, the nearest or not ("On 13 November 1977 Siad Barre renounced the treaty and expelled
    the Soviet advisers": the expulsion too), where it reaches the act (`_reaches`)? Not of an act told in a relative
    clause on a noun (`OPEN_RELATIVE`: "In 2010 a court convicted five men who attacked the embassy"), nor of a noun,
    which may name what is agreed or asked for ("signed a protocol on the withdrawal of troops"), nor of a verb's bare
    form ("calling on both countries to cease all hostilities, withdraw their forces")."""
    opening = max(sentence.start, text.rfind(";", sentence.start, date.start) + 1)  # "...; two days later a bomber"
    return (date.end <= event.start and known_verb(event) and _past(event)
            and CUES.OPENING_DATE.fullmatch(text, opening, date.start) is not None
            and not CUES.OPEN_RELATIVE.search(text, date.end, event.start) and _reaches(text, sentence, event, date))


def _past(event: Mention) -> bool:
    """Is the trigger a past verb ("expelled"), or words opening with one ("shot down", `PAST_PHRASE`)? Such a verb
    tells an act as done, which a date opening its clause sets the time of (`_sets_time`), and a trigger the list
    does not hold as a verb is still one (`verb_form`: "the rebels entered the capital")."""
    return CUES.PAST_VERB.fullmatch(event.text) is not None or CUES.PAST_PHRASE.match(event.text) is not None


def nearest(mention: Mention, dates: list[Mention], text: str) -> Mention:
    """The date nearest the mention; a date the text states before one derived, unless a stated date before it
    among `dates` gives the derived one's year (`_year_told`) and no comma sets the derived one apart from the
    mention (`_aside`): "In January 2012 the rebels rose, and on 22 March soldiers overthrew the government" dates the
    coup 22 March, a day of the year the clause told; "On 5 May 2012 the army, beaten back on 2 March, attacked"
    5 May."""
    stated = _stated_by_year(dates)
    return min(dates, key=lambda d: (d.method == RELATIVE_NAME and (_aside(text, d, mention)
                                                                    or not _year_told(d, stated)),
                                     abs(d.start - mention.start), d.start))


def _stated_by_year(dates: list[Mention]) -> dict[str, list[Mention]]:
    """The dates the text states, not derived, by their year: worked out once for every candidate `nearest` weighs,
    so that each derived one looks only at the stated dates of its own year (`_year_told`)."""
    stated: dict[str, list[Mention]] = {}
    for d in dates:
        if d.method != RELATIVE_NAME and d.value:
            stated.setdefault(d.value[:4], []).append(d)
    return stated


def _year_told(derived: Mention, stated: dict[str, list[Mention]]) -> bool:
    """Does a date the text states (`stated`, by year), before the derived one and no more precise, give the derived
    one's year? Then only the day or the month was derived, from the year that stands beside it, and the derived date
    is as sure as the stated; a coarser one ("On September 19, 2023, three years after the war") tells less than the
    stated."""
    return any(d.end <= derived.start and len(d.value) <= len(derived.value)
               for d in stated.get(derived.value[:4], ()))


def _aside(text: str, date: Mention, mention: Mention) -> bool:
    """Does a comma stand between the date and the mention? The date is then in an aside or another clause
    ("the army, beaten back on 2 March, attacked"), not the mention's own."""
    return "," in text[min(date.end, mention.end):max(date.start, mention.start)]
