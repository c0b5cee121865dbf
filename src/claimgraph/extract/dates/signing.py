"""Which date of a clause is an agreement's: its signing's day, not a range's half nor a breach's day.

Used by `attach.date_of` and the date claims (`stage`).
"""

from __future__ import annotations

import re

from ...lang import cues
from ...model import Mention
from ...recognise.accords import told_by_verb
from ...recognise.document_titles import title_date
from .effect import in_force_on
from .resolutions import speaks_then
from .spans import near, range_end

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
TALKS_DAYS = 7  # the longest range of days whose last day concludes an agreement named with it (`_closing`)
ENTRY_DASH = re.compile(r"\s*[-–—:]\s")  # a timeline entry's dash after its date ("12 May - ")
PREPOSITION_REACH = 16  # characters: a preposition and the spaces before a date ("throughout ")


def agreement_dates(text: str, agreement: Mention, dates: list[Mention], ends: list[Mention]) -> list[Mention]:
    """The dates of a clause that are the agreement's (`signing_date`), but one after it when `ends`, the
    clause's mentions of an agreement's end or a party's leaving it, tell that before it: "Russia withdrew
    from the grain deal on 17 July 2023" dates the leaving, "withdrew from the deal signed on 22 July
    2022" (a signing verb between) the deal."""
    told = [agreement, *dates]
    signing_told = bool(CUES.SIGNING_VERB.search(text, min(m.start for m in told), max(m.end for m in told)))
    signed = [d for d in dates if signing_date(text, agreement, d, signing_told) and not (
        agreement.end <= d.start and not CUES.SIGNING_VERB.search(text, agreement.end, d.start)
        and any(m.end <= agreement.start for m in ends))]
    return [d for d in signed if not _spanned(text, d, dates)] or _closing(text, signed, dates) or signed


def _closing(text: str, signed: list[Mention], dates: list[Mention]) -> list[Mention]:
    """The dates of the clause that close a range of a few days (`TALKS_DAYS`) one of `signed` stands in (`_spanned`):
    talks of a few days conclude on the last ("the accords of 20-21 July 1954"); a longer range is the span the
    agreement held ("the ceasefire of 1994-1996", "the truce of 2-30 June"), and the date that opens it stays."""
    return [d for d in dates if any(_few_days(o, d) and range_end(text, o, d)
                                    and any(s is o or s is d for s in signed) for o in dates)]


def _few_days(start: Mention, end: Mention) -> bool:
    return (len(start.value) == len(end.value) == 10 and start.value[:7] == end.value[:7]
            and int(end.value[8:]) - int(start.value[8:]) <= TALKS_DAYS)


def _spanned(text: str, date: Mention, dates: list[Mention]) -> bool:
    """Is the date a half of a range (`range_end`: "fought from 1960 to 1996, ended with the signing of the agreement
    on 29 December 1996")? A range is a span that something lasted, and a signing is done on one day: a date of the
    clause that is no such half is the signing's before either (`agreement_dates`); with none, the range's end is
    ("were rivals from 2001 to 2003, when they signed a merger agreement"; "the accords of 20-21 July 1954": concluded
    when the talks of those days closed, not as they opened)."""
    return any(range_end(text, other, date) or range_end(text, date, other) for other in dates if other is not date)


def signing_date(text: str, agreement: Mention, date: Mention, signing_told: bool) -> bool:
    """A date is the agreement's when it is attached to it: a signing verb between them ("signed
    ... in 1994", "On 9 November they signed a ceasefire"), or the date names it ("the agreement
    of November 10", "the 9 November statement"). Any other date of the clause is another
    happening's ("the ceasefire was violated in April 2016"), and so is a date before it that says
    when something began ("It began on 12 July 2006 and ended when a United Nations-brokered
    ceasefire took effect": the signing verb there is the ceasefire's modifier) or ends the verb phrase
    before a conjoined signing verb ("was elected in 1996 and signed the accord on 30 November 1996"); nor is
    a date after an agreement a verb of breaking governs ("broke the ceasefire on 16 September 1993"), unless
    a signing verb stands between them ("broke a ceasefire signed in Accra on June 17"). An agreement told by its
    verb ("met in Oslo and agreed to seek ...") is dated as a verb is: by a date of its clause before it or right
    after it, none of what was agreed ("agreed to hold elections in 2017"). A document's title dates the agreement it
    names (`title_date`: "Document 43. The Moscow Protocol, 26 August 1968"). "negotiated" between them is a signing verb
    only when no signing is told (`signing_told`: "The deal negotiated in 2014 was signed in Minsk on 12 February
    2015": the signing's day); so is the day it came into force (`effect.in_force_on`). A numbered resolution that
    speaks in the date's clause is of that day (`resolutions.speaks_then`: "29 June - Resolution 931 repeats")."""
    if agreement.end <= date.start:
        between = text[agreement.end:date.start]
    else:
        between = text[date.end:agreement.start]
    if not near(agreement, date, text) or date.end <= agreement.start and _begun(text, date):
        return False
    if told_by_verb(agreement):  # "In March 1990 the URNG and ... met in Oslo and agreed to seek ...": the
        return date.end <= agreement.start or not between.strip()  # verb's day, none of what it agreed to do
    if date.end <= agreement.start and CUES.SIGNED_NEXT.match(between):
        return False  # "was elected president in 1996 and signed the accord": the election's year
    if (CUES.SIGNING_VERB.search(between) or _signs_now(text, agreement, date) or speaks_then(text, agreement, date)
            or not signing_told and (CUES.NEGOTIATED.search(between) or in_force_on(text, agreement, date))):
        return True  # "broke a ceasefire signed in Accra on June 17": the signing's day, whatever broke it
    if (agreement.end <= date.start and not CUES.NAMING_DATE.fullmatch(between)
            and CUES.BROKEN_OBJECT.search(text, max(0, agreement.start - 40), agreement.start)):
        return False  # "broke the ceasefire on 16 September 1993": the breach's day; "of 22 February" names it
    if agreement.end <= date.start:  # "the agreement of November 10"; "an agreement on Saturday" (the date holds its "on")
        return bool(CUES.ATTACHED.fullmatch(between) or not between.strip() and CUES.ATTACHING.match(date.text)
                    or _signed_then(text, agreement, between) or title_date(text, agreement, date))
    return not between.strip(" -–") or _modifies(text, agreement, date) or _subject_signed(text, agreement, between)


def _signs_now(text: str, agreement: Mention, date: Mention) -> bool:
    """Is the date a timeline entry's, and the agreement the object of a present verb of signing in it (`SIGNS_NOW`:
    "1 June - The UN Security Council adopts Resolution 924")? A chronology tells in the present; elsewhere "signs",
    "concludes that", "reaches the town" say no signing."""
    return (date.end <= agreement.start and opens_entry(text, date)
            and CUES.SIGNS_NOW.search(text, date.end, agreement.start) is not None)


def opens_entry(text: str, date: Mention) -> bool:
    """Does the date open its line, a dash after it: a timeline entry ("August 12, 2008 - Medvedev announces ...")?"""
    line_start = text.rfind("\n", 0, date.start) + 1
    return not text[line_start:date.start].strip() and ENTRY_DASH.match(text, date.end) is not None


def _subject_signed(text: str, agreement: Mention, between: str) -> bool:
    """Is the agreement the subject of a passive verb of signing (`SIGNED_PASSIVE`: "were signed", "was concluded"),
    past only a determiner after the date before it (`DETERMINER_GAP`: "On 14 April 1991 the accords were signed",
    "14 April - The accords are signed")? The date is the signing's, as it is of "signed the accords on 14 April"."""
    return bool(CUES.DETERMINER_GAP.fullmatch(between) and CUES.SIGNED_PASSIVE.match(text, agreement.end))


def act_time(text: str, date: Mention, agreement: Mention) -> bool:
    """Is the date right after its preposition (`PREPOSED_BEFORE`: "On 14 April 1991 the accords were signed") or
    opening a chronology's entry ("14 April - The accords are signed"), only a determiner before the agreement
    (`DETERMINER_GAP`)? It is the time of the act its clause tells, no modifier of the agreement after it, as a date
    after a determiner is ("the 1994 accords": `attach.phrase_owners`)."""
    return bool(CUES.DETERMINER_GAP.fullmatch(text, date.end, agreement.start)) and bool(
        CUES.PREPOSED_BEFORE.search(text, max(0, date.start - PREPOSITION_REACH), date.start) or opens_entry(text, date))


def _modifies(text: str, agreement: Mention, date: Mention) -> bool:
    """Is the date a year before the agreement's kind as its modifier, after a determiner and past a word or two
    ("under a 1974 friendship treaty")?"""
    return (len(date.value) == 4 and bool(CUES.MODIFIER_BEFORE.search(text, max(0, date.start - 8), date.start))
            and bool(CUES.KIND_WORDS.fullmatch(text, date.end, agreement.start)))


def _signed_then(text: str, agreement: Mention, between: str) -> bool:
    """Is the agreement the object of a signing verb, and the date after it the signing's, past only whom it
    was signed with and where ("signed a ceasefire with Yandarbiyev in Moscow on 27 May")?"""
    return bool(CUES.SIGNED_OBJECT.search(text, max(0, agreement.start - 40), agreement.start)
                and CUES.SIGNED_TAIL.fullmatch(between))


def _begun(text: str, date: Mention) -> bool:
    """Do the words just before the date make it the start of something ("began on")?"""
    return bool(CUES.BEGUN_ON.search(text, max(0, date.start - 24), date.start))
