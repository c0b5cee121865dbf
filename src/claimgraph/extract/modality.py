"""Modality and attribution: how a source presents each claim, and whose claim it is.

A cue is a word pattern with a scope, a stretch of the sentence it governs:

- negation ("did not participate", "never", "refused to"; not "not only", "not until"):
  its clause -> Denied;
- doubt after the fact ("... remain unconfirmed", "has not been verified"): the clause
  up to the cue, parentheses included -> Unconfirmed; doubt before it ("allegedly",
  "reportedly", "alleged"): its clause -> Unconfirmed;
- attribution ("X claimed that ...", "according to X", "X's claims (...)"): what
  follows -> Reported, held by X; "X denied that ..." -> Denied, held by X; "according to X"
  the whole sentence, but set off after a clause that tells a count ("killing about 1,200
  people, according to Israeli tallies, and taking ...") only the figures told before it;
- confirmation ("was confirmed by X"): stays Asserted, held by X where X is named.
- a denial in the next sentence ("... had fired on Indian villages. Portugal denied this."): a sentence told in the
  writer's words that the next one only denies is a charge, Unconfirmed, up to the writer's aside on it.

- accusation ("X accused Y of ...", "accusing them of ...", "X blamed Y for ..."): what follows -> Unconfirmed,
  held by X; in the passive ("Y were accused of ...") the clause from its subject on, held by no one;
  allegation nouns ("allegations that", "the claim concerning", "reports that"): what follows ->
  Unconfirmed; dismissed ("X dismissed / rejected / denounced allegations / reports / claims that ..."):
  what follows -> Denied, held by X; nothing when no content follows the noun ("denied the accusation
  and fled": what is denied was told before);
- attribution ("E was attributed to X by Y", "blamed on X"): its clause -> Unconfirmed, held by
  Y where Y is named: whose act it was is someone's attribution, not the source's finding;
- saying without "that" or with words between ("Turkey said Syrian airstrikes had killed",
  "Amnesty said on Friday that", "residents told AFP that"): what follows -> Reported;
  announcing ("Baku announced that its troops had captured"): what follows -> Reported; a sayer
  after what is said, at the sentence's end ("..., rebels said."): what comes before -> Reported.
- a future act ("Russian forces will withdraw by 15 November", "is due to take effect",
  "plans to sign", "must withdraw"), or after its noun ("elections are to be held", "are due
  in 2025"): the act named just after (or before) the words of the future, and what its clause
  tells of it -> Planned. The act is still told (a provision or a schedule
  is an event of the text), but not as one that has happened. So are the terms of an accord or a plan: what a clause
  "Under the agreement, ..." tells unless it tells it as done, what an accord stipulates, what
  a plan includes, the return of displaced people provided for, an infinitive or noun point of a numbered list of terms.

A relation claim is governed by a cue when the words naming its subject and its object
both stand inside the cue's scope; the strongest cue wins (Denied, then Unconfirmed,
then Planned, then Reported). The typing of an event is governed the same way by the words that name
it: "allegations that Eritrean troops were involved in the fighting" does not assert the
fighting's Eritrean part, and "alleged attacks" are no attacks the source vouches for.
Names, and the typing of actors, places and agreements, stay Asserted: a denied claim
about Turkey is still a claim that Turkey exists.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..lang import cues
from ..model import Claim, Literal, Mention
from ..rdf.terms import DATE_RELATIONS, QUANTITY_RELATIONS, tops
from ..recognise import Sentence
from . import cue_reach as reach
from .counts import PEACEFUL
from .dates.deixis import quoted_at
from .questions import asks, ends_asked, presupposed
from .resolution import Resolution
from .scope import Span, clause, clause_end, clause_start, negation_join, rejoin
from .wording import definite_before, verb_form

CUES = cues("modality")  # the cue words and patterns, of every language (claimgraph.lang)
CLAUSES = cues("clauses")  # "according to"
NAME = "modality.v76"  # v76: s42 mend: a verb's phrase and a second act after it ("was signed in March and elections
# were to be held") plan no act of the verb (`_behind`: `SUBJECT_REST` a noun's only);
# v75: s42 review: a past plan "to be held" that its sentence tells kept ("were to be held
# in May and were held on time") and an act "to be concluded" (ended: "the war was to be concluded") plan nothing;
# v74: s42 modality42: "was/were/is/are to be" and a participle after an act's noun plans it
# ("elections were to be held"; not "was to be lifted"), reached past an apposition or to the first of two joined acts
# ("Elections to a new parliament, the State Duma, are to be held", "a plebiscite and then elections"), not past a verb;
# v73: s38 mend38: no plan in "the recommendations of the inquiry into the massacre", in
# "asked to compare two massacres" (a task of study), in "the agreement on the elections held in May 1994"; "Has not
# the army withdrawn from Gao yet?" asks in earnest (lang.en.modality);
# v72: s38 review: counted points open terms only as a plan's own ("The thirteen points include:",
# not "The company's ten points of growth include:", "The report makes ten points:"); a proposal or recommendation
# plans no act it follows or comes from ("the recommendations following the massacre");
# v71: s38 modality38: an act recommended, readied for ("declare readiness to talks"), asked
# for ("asked to be arrested") or an accord is named for ("a protocol on the withdrawal") planned, as are counted points
# ("The thirteen points include:"); "True or false:" alleges; "Did not the talks break down?" asserts;
# v70: s37 review: a story's relative clause alleges nothing ("the stories that emerged from the
# siege"), an act judged "a hoax" or "a fabrication" is said, not told; an act called off or named in the possessive
# ("will hold the genocide's planners to account") is given;
# v69: s37 modality37: the act the object phrase of the words of the future heads, a few words on
# ("is expected to consider a United Nations peacekeeping operation", "demanding immediate and unconditional
# withdrawal"), and one a date is set for ("should set a date for withdrawal") planned;
# v68: s36 review: a siege, blockade or curfew called off is lifted, not undone, unless told
# planned or called off at the last minute; "no" after a preposition or a copula ("With no warning", "It was no
# surprise") denies nothing; a past schedule joined to its beginning ("were due to begin on Monday but began on
# Wednesday") no plan; a sentence naming a charge or verdict is not alleged by a next one denying "the charges", nor
# any by one that only "rejected this" or tells no denial ("did not deny this", "Nobody disputed this", "initially
# denied this"); a charge aside runs past its list ("accused of shelling Sarajevo, Gorazde and Srebrenica, was
# arrested"); v67: s36: a sentence in the writer's words that the next one only denies ("Portugal denied this.",
# "Pakistan has denied the charge.") alleged, up to the writer's aside on it;
# v66: s36: an act called off, averted or nearly begun with its time or place after ("was called off on 3 May", "nearly
# erupted at the border on 4 May") denied; "No peace treaty has ever been signed" denies the signing; a list's entry
# "Reported to have shot ..." alleged; a charge set off as an aside ("X, accused of Y, was transferred") ends at its
# comma; "are due to begin", "has not yet begun", "have yet to start" planned; "asked for", "appealed for", "a proposal
# for" planned; a request with an aside before its "to"; a place a question asks of an irregular participle ("Were the
# talks held in Geneva?") alleged;
# v65: s35 review: an aside telling an act's course before "was called off" no longer denies it; "no evidence of"
# alleges its noun phrase only; "reported the war" (a definite act) tells it; "In Third Position," no side's account; a
# place after a participle in a question's noun phrase ("Is the treaty signed in Paris still
# valid?") presupposed; v64: s35: a place or date a question asks of a presupposed act ("Was the ceasefire signed
# in Doha?") alleged; "A capitulation?" alleged; "was called off", "averted", "nearly happened" denied; a headline's
# "BELIEVED CAPTURED" alleged; "reported two arrests" reported; "never provided evidence that" alleges; "The
# government's position:", "In Moscow's view," reported; v63: s34 review and fix: "delayed" puts off only "until" a
# time; an act begun or completed after its putting off, or delayed by hours or days, is no plan; a question of
# doubting asserts; v61:
# s34: a question of yes or no alleges what it asks; a blame in the passive alleges up to a clause of the writer's;
# what is not told of an act ("has not provided data on the strikes") denies nothing; "a rumour that" alleges; an act
# postponed is planned; v60: s33 last reading: a label of doubt heads its line only where it opens it; a time
# set needs a time ("planned for this reason", "for 500 guests" plan nothing); "hearing" hears only as a verb; v59:
# s33 review: a resolution's present "Declares that" is its own voice; "null
# and void" judges a known act; v58: s33 second reading: a time set needs a time after "for" ("planned for two years",
# "for maximum effect" plan nothing); "wrongly described / gave / put" deny nothing; "a hearing that" alleges nothing;
# a fear ends at its cause ("because of the war"); "will explain / compare" leave the act told as planned; a label of
# doubt heads every sentence of its line; "The census claim" is no plural's claim;
# v57: s33: a bare "claim", "fear" after a plural subject ("Opposition leaders claim troops
# fired"), "fear that", "were reported killed" (no "to have been") alleged; "ready to", "prepared to" and a time set
# for an act ("was set for 22 December") planned; "traded blame for the clash": the clash given; "unconfirmed: ..." and
# "hearing that" alleged, "wrongly said that" denied, "declared that" reported; "will study the invasion" plans none;
# v56: the phrase between an act and what is said of its course is one phrase ("the shelling of Donetsk in May 2022 was
# carried out by" tells no shelling); v55: s32 review: a judgment tells only a definite act
# ("said an invasion is illegal" none); "suspect" no noun ("His suspects were arrested", "Drugs suspects were")
# v54: s32: a hedged perfect after an act's noun ("A raid may have killed 40") -> Unconfirmed,
# a definite act given; a judgment said of an act ("believe the election was rigged") leaves the act told; a participle
# joined to a hedged one ("may have been seized by or handed over") hedged; "planned but never carried out" and
# "Neither side attacked" denied; "suspect (that)" alleges; v53: a point is a term only in its own list of terms, found
# once per text;
# v52: s31 review: not a provided act told done after it ("..., which was completed in
# March"), nor the points under "Key points:" or "Timeline of the plan:", after "1. To the north," or a duty said ("2.
# The UN said ... must"), nor dated points; "journalists reported to have been arrested" doubts the arrest only;
# '"You signed the treaty," the minister told the president' no charge;
# v51: provisions: "Under the agreement, ...", "stipulates", "envisages", "the plan
# includes", "the return of displaced persons", numbered or bulleted points of a plan with no finite verb;
# v50: s31: "may have been handed over" alleged; an order ("Withdraw your police") planned; "You shelled the city," in
# quotes, alleged; ", the mayor told the general." a sayer; "on his way to meet" planned;
# v49: s30 review: not "called the summit a success", "the promised withdrawal", "As pledged",
# "should know", "should investigate the massacre"; "was not held in public", "not launched until" no denial; "said to
# be" no hearsay; v48: not "Should X fail", "As promised,"; v47: threats, vows, "should", "called for", "demands",
# operative requests planned; "was not carried out", "never took place" denied; "is said to have" unconfirmed
STRENGTH = {"Denied": 4, "Unconfirmed": 3, "Planned": 2, "Reported": 1, "Asserted": 0}
DOUBTING = frozenset({"Denied", "Unconfirmed"})
ALLEGING = frozenset({"Unconfirmed", "Reported"})  # the cues a charge denied after them denies (`_charges_denied`)
_BLANKS = re.compile(r"\s*")  # the blanks before a label of doubt that opens its line, or after a numbered point
_NEWLINE = re.compile("\n")  # where a line ends (`_line_starts`)
HEADING_REACH = 300  # characters before a sentence where a label of doubt heading its line may stand (`_doubt_heading`)
GIVEN_REACH = 60  # characters before an event's word where the words that take it as given may stand (`_given`)
# What is told of an event taken as given: that it happened, where and when; not who took part (`PARTICIPATION`).
GIVEN_RELATIONS = frozenset({"type", "hasPlace", *DATE_RELATIONS})
AHEAD_WORDS = 2  # words between the words of the future and the act they put ahead ("will hold peace talks")
PHRASE_WORDS = 3  # ...or of its object's noun phrase, determiners not counted ("will hold free and fair elections")
# Relations that say who took part: what someone says of an actor's part holds it even when the event is
# named outside their words ("denied claims that Eritrean troops were involved ..., where Abiy Ahmed
# launched a military offensive": Eritrea's part in the offensive is denied, Abiy's launching it is not).
PARTICIPATION = frozenset({"hasActor", "target", "initiatedBy", "party"})
# And figures: "claimed responsibility for the attack, saying its fighters had killed 55 people" gives the
# attack's toll as the claimant's, though the attack is named before its words.
SAID_OF_EVENT = PARTICIPATION | frozenset(QUANTITY_RELATIONS)



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
    # an estimate ("by Russia's estimates", a count "according to X"): it holds the figures told before it, wherever
    # their event is named, nothing else
    figures: bool = False
    ahead_from: int | None = None  # where the words of the future end: it holds what is named after them
    ahead_words: int = AHEAD_WORDS  # how many words may stand between them and the act they hold (0: the act itself)
    behind_to: int | None = None  # where the words of the future after a noun begin: it holds what is named before
    given_if_definite: bool = False  # a hedge after an act's noun: a definite act is given, what is said of it hedged
    # a question of yes or no, or a claim not shown ("no evidence that the election was rigged"): an act it names by a
    # definite noun is presupposed (`questions.presupposed`)
    asked: bool = False
    relative: bool = False  # words of the future in a relative clause on the act's noun ("the talks that are due to")


def mark(claims: Iterable[Claim], text: str, sentences: list[Sentence], res: Resolution) -> list[Claim]:
    """The claims with their modality and holder set from the cues of their sentences."""
    whole = rejoin(text, sentences)
    cues = {s: _charges_denied(text, s, res, list(cues_of(text, s, res))) for s in whole}
    _contested(text, whole, cues)
    starts = [s.start for s in whole]  # in text order
    marked = []
    for claim in claims:
        at = bisect.bisect_right(starts, claim.start) - 1
        sentence = whole[at] if at >= 0 and claim.start < whole[at].end else None
        if not _markable(claim, res) or sentence is None or not cues[sentence]:
            marked.append(claim)
            continue
        anchors = _anchors(claim, sentence, res)
        bearing = _bearing(claim, cues[sentence], anchors, text, _own(claim, sentence, res) or anchors)
        marked.append(_apply(claim, bearing, anchors))
    return marked


def _contested(text: str, whole: list[Sentence], cues: dict[Sentence, list[Cue]]) -> None:
    """Give a sentence told in the writer's words (no cue of saying, doubting or denying) that the next sentence of
    its paragraph only denies (`DENIED_NEXT`: "Portuguese troops had fired on Indian villages. Portugal denied this.")
    an allegation up to the writer's aside on it (`CONTESTED_END`): the text sets it against the denial as a charge,
    not as its finding. One whose cues already tell whose word it is ("Ukraine said ...") keeps them, and one that
    names a charge of its own (`CHARGE_NAMED`: "Police arrested the mayor on corruption charges. The mayor denied the
    charges.") is denied only in that charge."""
    for before, after in zip(whole, whole[1:]):
        told = (not any(c.modality in DOUBTING | ALLEGING for c in cues[before])
                and not CUES.CHARGE_NAMED.search(text, before.start, before.end))
        denies = CUES.DENIED_NEXT.fullmatch(text, after.start, after.end)
        if told and denies and "\n\n" not in text[before.end:after.start]:
            aside = CUES.CONTESTED_END.search(text, before.start, before.end)
            charged = Span(before.start, aside.start() if aside else before.end)
            cues[before] = [*cues[before], Cue(charged, "Unconfirmed")]


def _bearing(claim: Claim, cues: list[Cue], anchors: list[tuple[int, int]], text: str,
             own: list[tuple[int, int]]) -> list[Cue]:
    """The cues that can bear on the claim: not a doubt of the sides an event is told between
    (`_described`); a negation only of what follows it: "the Turkish army did not participate in
    the war" denies Turkey's part, "the use of chemical weapons in Syria occurred, and the JIM had
    not reached a conclusion" denies nothing of the attack; "no" only what it stands before: "no
    Eritrean troops participated in the operation in Tigray" denies Eritrea's part, not the place;
    and the subject of a negated verb: "Eritrea was not a party to it". The typing of an event only when the
    negation negates its word: "did not attack", "no war" deny that it happened; "did not
    participate in the war", "no Eritrean troops participated in what he called an operation" do not; nor
    what someone says of its course ("denied that the war was over": `COURSE`). Nothing said of an event
    named as what something is linked to ("denied that the decision was linked to an attack on the
    Crimean Bridge": `LINKED`) bears on it: the link is said, the event is given. A place a question asks of a
    verb ("Was the ceasefire signed in Doha?") is asked, not a description of the act. A cue of the future
    bears on what the claim's subject is named by (`own`), never its object alone (`_ahead`). What is said, alleged
    or denied takes an event named as its time frame or as what an alleged act caused as given (`_given`): its
    typing, place and date stay the source's; who took part in it is what is said."""
    cues = [c for c in cues if not c.figures or claim.predicate in QUANTITY_RELATIONS]
    cues = [c for c in cues if c.ahead_from is None or _ahead(c, own, text)]
    cues = [c for c in cues if c.behind_to is None or _behind(c, own, text)]
    if claim.predicate in GIVEN_RELATIONS and _definite(text, own):
        cues = [c for c in cues if not (c.given_if_definite and all(end <= c.behind_to for _, end in anchors))]
    if claim.predicate in GIVEN_RELATIONS and presupposed(text, own, anchors[1] if len(anchors) > 1 else None):
        cues = [c for c in cues if not c.asked]
    given = _given(text, [span for span in anchors if span in own]) if claim.predicate in GIVEN_RELATIONS else None
    if given is not None and _in_given(claim, anchors, given):
        definite = bool(given.group("definite") or given.group("caused"))
        cues = [c for c in cues if c.negation_end is not None or c.ahead_from is not None or c.modifier
                or not (definite or c.modality in DOUBTING)]
    if CUES.LINKED.search(text, max(0, anchors[0][0] - 60), anchors[0][0]):
        cues = [c for c in cues if not c.said]
    if _described(claim, anchors, text):
        cues = [c for c in cues if c.modality not in DOUBTING or c.asked and _asked_of_verb(text, anchors)]
    if claim.predicate == "type":
        if _course_said(text, anchors[0]):
            cues = [c for c in cues if not c.said]
        return [c for c in cues if c.negation_end is None or _negates(text, c.negation_end, anchors[0][0])]
    return [c for c in cues if c.negation_end is None or (
        any(_negates(text, c.negation_end, start) for start, _ in anchors) if c.determiner
        else any(start >= c.negation_end for start, _ in anchors) or _subject_only(text, c, anchors))]


def _course_said(text: str, trigger: tuple[int, int]) -> bool:
    """Is what is said of the event its course, who won it (`COURSE`, `COURSE_BEFORE`: "said the war was over",
    "denied that it had lost the war") or, of a definite event, what it is judged to have been (`JUDGED`: "believe the
    election was rigged"; not "said an invasion is illegal", a kind of act)? Then the event is told, not said."""
    start, end = trigger
    return bool(CUES.COURSE.match(text, end) or CUES.COURSE_BEFORE.search(text, max(0, start - 40), start)
                or CUES.JUDGED.match(text, end) and _definite(text, [trigger]))


def _ahead(cue: Cue, own: list[tuple[int, int]], text: str) -> bool:
    """Does a cue of the future bear on the claim? When the words of its subject (`own`: the event's trigger) are the
    act it puts ahead, at most `ahead_words` after it (two for the future: "will withdraw", "will completely withdraw",
    "is due to take effect"; none for a hedge or an order), and then on all its claims ("Russian forces will withdraw
    from Kherson"): "announced a ceasefire that will come into force" plans the entry into force, not the announcing;
    "must withdraw to positions they held prior to the outbreak of hostilities" no hostilities; and "Talks ... are
    expected to resume in Cairo" plans no place of talks that are told as they are. What a verb of ending bears on is
    given (`ENDING`: "called on Russia to end the war": the end is to come, not the war)."""
    ahead = _returned(text, cue.ahead_from)
    return not CUES.ENDING.match(text, ahead) and any(
        start >= ahead and (len(text[ahead:start].split()) <= cue.ahead_words
                            or cue.ahead_words and _phrase_ahead(text, ahead, start, end)) for start, end in own)


def _phrase_ahead(text: str, ahead: int, start: int, end: int) -> bool:
    """Is the act (`start`, `end`) the head of the noun phrase taken as object by the words of the future
    (`CUES.PHRASE_TAKER`) or by a verb of holding an act just after them (`CUES.PHRASE_VERB`), a few words on ("is
    expected to consider a United Nations peacekeeping operation", "demanding immediate and unconditional withdrawal")?
    No mark nor a word of another phrase between (`CUES.PHRASE_BREAK`; "and" or "or" only between modifiers, with no
    determiner after), at most `PHRASE_WORDS` words less the determiners and the "and", a name one word; a noun, with a
    mark, the end of the sentence or a word of another phrase after it, not a possessive (`CUES.PHRASE_POSSESSIVE`)."""
    between = text[ahead:start]
    verb = CUES.PHRASE_VERB.match(between.lstrip())
    if not (verb or CUES.PHRASE_TAKER.search(text, max(0, ahead - 20), ahead)):
        return False
    after = text[end:end + 40].split(maxsplit=1)
    if (verb_form(text[start:end]) or any(mark in between for mark in CUES.PHRASE_MARKS)
            or CUES.PHRASE_POSSESSIVE.match(text, end)
            or after and after[0][0] not in CUES.PHRASE_MARKS and after[0].lower() not in CUES.PHRASE_BREAK):
        return False
    words = between.split()
    counted, named = 0, False
    for word, following in zip(words, [*words[1:], ""]):
        low = word.lower()
        joining = low in ("and", "or") and following.lower() not in CUES.PHRASE_DETERMINERS  # "free and fair"
        if not joining and low in CUES.PHRASE_BREAK:
            return False
        if joining or low in CUES.PHRASE_DETERMINERS or word[0].isupper() and named:  # the rest of a name too
            named = named and not joining and low not in CUES.PHRASE_DETERMINERS
            continue
        named = word[0].isupper()
        counted += 1
    return counted <= PHRASE_WORDS


def _returned(text: str, ahead_from: int) -> int:
    """Where the act a cue of the future puts ahead is named: after the head of a return (`RETURN_OF`: "provides for the
    return of displaced persons" plans the return, which the word of the people brought back names) or a date set for
    it (`DATE_FOR`: "should set a date for withdrawal"), else where the cue's words end."""
    head = CUES.RETURN_OF.match(text, ahead_from) or CUES.DATE_FOR.match(text, ahead_from)
    return head.end() if head else ahead_from


def _behind(cue: Cue, own: list[tuple[int, int]], text: str) -> bool:
    """Does a cue of the future after a noun bear on the claim? When the words of its subject (`own`: the event's
    trigger) end at most `AHEAD_WORDS` words before it: "Multi-party elections are to be held within a year" plans the
    elections and all their claims, not the acts of other clauses; or with a phrase of a preposition between, the
    noun's own (`SUBJECT_REST`: "Further talks between the two delegations are expected later this month"), an
    apposition or a second act joined to it ("a plebiscite and then elections were to be held"); a noun's only: a verb
    and its phrase are a clause of their own ("The ceasefire was signed in March and elections were to be held" plans
    no signing: `verb_form`). Only the head of the phrase, not a noun inside another's phrase (`IN_PHRASE`: "Talks on
    the end of the war in Yemen are expected" plans no war), unless a relative clause on it holds the words ("depends
    on the talks that are supposed to follow")."""
    return any(end <= cue.behind_to
               and (cue.relative or not CUES.IN_PHRASE.search(text, max(0, start - GIVEN_REACH), start))
               and (len(text[end:cue.behind_to].split()) <= AHEAD_WORDS
                    or not verb_form(text[start:end]) and CUES.SUBJECT_REST.fullmatch(text, end, cue.behind_to))
               for start, end in own)


def _asked_of_verb(text: str, anchors: list[tuple[int, int]]) -> bool:
    """Is the place or date a verb's words describe what a question asks of that verb ("Was the ceasefire signed in
    Doha?"), not of an act the participle's noun phrase presupposes ("Is the treaty signed in Paris still valid?")?"""
    return verb_form(text[slice(*anchors[0])]) and ends_asked(text, anchors[1])


def _definite(text: str, own: list[tuple[int, int]]) -> bool:
    """Is the claim's event named by a definite noun phrase ("The massacre", "the raid on the camp"): one the text
    takes as known, whatever is hedged of it after its noun (`Cue.given_if_definite`: its typing, and its place and
    date named before the hedge, stay told)?"""
    return any(definite_before(text, start) for start, _ in own)


def _given(text: str, named: list[tuple[int, int]]) -> re.Match | None:
    """The words that name the claim's subject, in the words the claim reads it from (`named`: not another mention of
    it in the sentence), as what said words take as given (`GIVEN`): definite ("during the talks", "in the last 72
    hours of the war", "of provoking the clashes") it is given by every cue; indefinite ("after a raid on a
    barracks") by a charge or a denial only. None when not so named, nor when a verb follows a conjunction ("after
    RSF fighters stormed it")."""
    for start, end in named:
        found = CUES.GIVEN.search(text, max(0, start - GIVEN_REACH), start)
        if found and not verb_form(text[start:end]):
            return found
    return None


def _in_given(claim: Claim, anchors: list[tuple[int, int]], given: re.Match) -> bool:
    """Does the given reading carry the claim? The typing, and a place or a date named inside the given phrase, from
    its preposition or verb on ("after a raid on a barracks in Maiduguri in March"); not one named before it, in the
    words alleged or said ("accused Ukraine of attacking Belgorod during the offensive": Belgorod is the alleged
    attack's place, no place of the offensive the source vouches for)."""
    return claim.predicate == "type" or len(anchors) < 2 or anchors[1][0] >= given.start()


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
    if claim.predicate not in CUES.DESCRIBED or len(anchors) != 2:
        return False
    (_, event_end), (side_start, _) = anchors
    described = CUES.DESCRIBED[claim.predicate].match(text, event_end, side_start)
    return described is not None and side_start - event_end <= 80


def _markable(claim: Claim, res: Resolution) -> bool:
    """Relations, and the typing of an event (that it happened), take a modality; names do not."""
    if claim.predicate == "altLabel":
        return False
    if claim.predicate == "type":
        entity = res.entities.get(claim.subject)
        return entity is not None and "Event" in tops(entity.classes)
    return True


def cues_of(text: str, sentence: Sentence, res: Resolution) -> Iterator[Cue]:
    """Every cue in one sentence, with its scope, in one order (the first of equal strength gives the holder): the
    future and the hedged, orders and charges in quotation, the words after an act's noun, the terms of an accord,
    negations, doubts, then saying, charging, stating, citing and attributing."""
    said = list(_found(text, sentence, CUES.SAYING))  # scanned once: where the verbs of saying stand, what they say
    verbs = _saying_verbs(text, sentence, said)
    yield from _future_cues(text, sentence)
    yield from _hedged_cues(text, sentence)
    yield from _quoted_cues(text, sentence)
    yield from _after_noun_cues(text, sentence)
    yield from _terms_cues(text, sentence)
    yield from _negation_cues(text, sentence)
    yield from _doubt_cues(text, sentence)
    yield from _question_cues(text, sentence)
    yield from _saying_cues(text, sentence, res, verbs, said)
    yield from _charge_cues(text, sentence, res, verbs)
    yield from _stated_cues(text, sentence, res)
    yield from _cited_cues(text, sentence, res)
    yield from _attributed_cues(text, sentence, res)


def _found(text: str, sentence: Sentence, pattern: re.Pattern) -> Iterator[re.Match]:
    """The matches of a cue's pattern inside the sentence, searched in the whole text between the sentence's ends
    rather than in a slice: offsets stay the text's (where a cue's act is looked for), a cue never runs into the next
    sentence (`endpos` ends the text there), and a look-behind still sees the words before the sentence."""
    return pattern.finditer(text, sentence.start, sentence.end)


def _saying_verbs(text: str, sentence: Sentence, said: list[re.Match]) -> list[int]:
    """Where the sentence's verbs of saying (`said`: its matches of `SAYING`), accusing, blaming and dismissing begin,
    in order: a later one joined to an earlier one by "and" shares its holder (`_speaker`)."""
    patterns = (CUES.ACCUSING, CUES.BLAMING, CUES.DISMISSED)
    others = [m.start() for pattern in patterns for m in _found(text, sentence, pattern)]
    return sorted([m.start() for m in said] + others)


def _future_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """An act still to come (`FUTURE`: "will withdraw", "plans to sign"): the act named just after the words."""
    for m in _found(text, sentence, CUES.FUTURE):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Planned", ahead_from=m.end())


def _hedged_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """An act that may have been (`HEDGED_PAST`: "may have been handed over", and a participle joined to it,
    `HEDGED_JOINED`), before its word or after its noun (`HEDGED_AFTER`: "A raid may have killed 40")."""
    for m in _found(text, sentence, CUES.HEDGED_PAST):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Unconfirmed", ahead_from=m.end(), ahead_words=0)
        joined = CUES.HEDGED_JOINED.match(text, m.end(), sentence.end)
        if joined:
            yield Cue(clause(text, sentence, m.start(), joined.end()), "Unconfirmed", ahead_from=joined.start("act"),
                      ahead_words=0)
    for m in _found(text, sentence, CUES.HEDGED_AFTER):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Unconfirmed", behind_to=m.start(),
                  given_if_definite=True)


def _quoted_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """An order that opens a sentence or a quotation (`IMPERATIVE`: "Withdraw your police") is planned; what a speaker
    tells the one addressed that they did, in quotation marks (`ADDRESSED_CHARGE`: '"You shelled the city"'), alleged,
    unless an act of peace."""
    for m in _found(text, sentence, CUES.IMPERATIVE):
        if _ordered(text, sentence, m):
            yield Cue(clause(text, sentence, m.start("act"), m.end()), "Planned", ahead_from=m.start("act"),
                      ahead_words=0)
    for m in _found(text, sentence, CUES.ADDRESSED_CHARGE):
        if quoted_at(text, m.start()) and not _peaceful_act(sentence, m.start("act")):
            yield Cue(Span(m.start(), clause_end(text, sentence, m.end())), "Unconfirmed", ahead_from=m.start("act"),
                      ahead_words=0)


def _after_noun_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """Words after an act's noun that tell it still to come (`FUTURE_AFTER`: "elections are to be held", in a relative
    clause on it too, `RELATIVE_AHEAD`: "the talks that are supposed to follow") or never done (`UNDONE_AFTER`: "was not
    carried out"): the act named just before."""
    for m in _found(text, sentence, CUES.FUTURE_AFTER):
        relative = CUES.RELATIVE_AHEAD.search(text, max(sentence.start, m.start() - 10), m.start())
        apposed = CUES.APPOSITION_BEFORE.search(text, max(sentence.start, m.start() - 60), m.start())
        opening = relative.start() if relative else apposed.start() if apposed else m.start()
        yield Cue(clause(text, sentence, opening, m.end()), "Planned", behind_to=m.start(), relative=bool(relative))
    for m in _found(text, sentence, CUES.UNDONE_AFTER):
        if not _lifted(text, sentence, m):
            yield Cue(clause(text, sentence, m.start(), m.end()), "Denied", behind_to=m.start())


def _lifted(text: str, sentence: Sentence, undone: re.Match) -> bool:
    """Is what `undone` (a match of `UNDONE_AFTER`) tells called off a state that lasts, named in its clause before it
    (`LIFTED_STATE`: "The Berlin blockade was called off in May 1949"): lifted, so it was, not undone? Not when an
    aside before the words, a word before its noun or the words after tell it only planned or stopped before it began
    (`NEVER_BEGUN`: "The blockade, planned for May, was called off", "The threatened siege was called off", "called off
    at the last minute")."""
    if undone.group("called") is None:
        return False
    start = clause_start(text, sentence, undone.start())
    return (CUES.LIFTED_STATE.search(text, start, undone.start()) is not None
            and CUES.NEVER_BEGUN.search(text, start, undone.end()) is None)


def _terms_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """The terms of an accord or a plan, and what someone is called on to do: a list of them (`_listed`), a clause
    told under them (`_under_terms`), a numbered point of them (`_numbered_point`)."""
    for m in _found(text, sentence, CUES.LISTED):
        yield from _listed(text, sentence, m)
    for m in _found(text, sentence, CUES.UNDER_TERMS):
        yield from _under_terms(text, sentence, m)
    yield from _numbered_point(text, sentence)


def _negation_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """Negations (`NEGATION`, `NEGATIVE_SUBJECT`: "Nothing was signed", `NEITHER`, and "no" before a noun, `NO`), each
    with where its words begin and end: what it denies is what follows them (`_bearing`); not the "not" of a question
    opening with it, which asserts (`RHETORICAL`: "Did not the talks break down?")."""
    opening = _BLANKS.match(text, sentence.start, sentence.end).end()
    rhetorical = CUES.RHETORICAL.match(text, opening, sentence.end) if asks(text, sentence) else None
    for m in _found(text, sentence, CUES.NEGATION):
        if rhetorical and m.start() < rhetorical.end():
            continue
        yield Cue(_negated(text, sentence, m), "Denied", negation_end=m.end(), negation_start=m.start())
    for m in _found(text, sentence, CUES.NEGATIVE_SUBJECT):
        yield Cue(Span(m.start(), m.end()), "Denied", negation_end=m.start("act"), negation_start=m.start())
    for m in _found(text, sentence, CUES.NEITHER):
        yield Cue(_negated(text, sentence, m), "Denied", negation_end=m.end(), negation_start=m.start())
    for m in _found(text, sentence, CUES.NO):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Denied", negation_end=m.end(), determiner=True)


def _doubt_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """Doubt after the fact (`DOUBT_AFTER`: "remain unconfirmed", of a relative clause's noun only after its relative
    word), hearsay in the passive (`HEARSAY`, `HEARSAY_ON_NOUN`, a headline's `HEARSAY_HEADLINE`), what is not shown
    (`UNPROVEN`: "never provided evidence that ...", to its clause's end; "no evidence of ...", its noun phrase; less a
    definite act it presupposes) and doubt before it (`DOUBT_BEFORE`: "reportedly", and "alleged" on the phrase it
    stands in, a modifier), and a label of doubt heading the rest of its line (`DOUBT_HEADING`: "unconfirmed: ...")."""
    for m in _found(text, sentence, CUES.DOUBT_AFTER):
        opens = clause_start(text, sentence, m.start())
        relative = CUES.DOUBTED_RELATIVE.search(text, opens, m.start())
        yield Cue(Span(relative.start() if relative else opens, m.end()), "Unconfirmed")
    for m in _found(text, sentence, CUES.HEARSAY):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Unconfirmed")
    for m in _found(text, sentence, CUES.HEARSAY_HEADLINE):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Unconfirmed", ahead_from=m.start("act"), ahead_words=0)
    for m in _found(text, sentence, CUES.HEARSAY_ON_NOUN):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Unconfirmed", ahead_from=m.end(), ahead_words=0)
    for m in _found(text, sentence, CUES.DOUBT_BEFORE):
        yield Cue(clause(text, sentence, m.start(), m.end()), "Unconfirmed")
        yield Cue(Span(m.start(), reach.phrase_end(text, m.end(), sentence.end)), "Unconfirmed", modifier=True)
    for m in _found(text, sentence, CUES.UNPROVEN):
        end = reach.phrase_end if m.group("of") else reach.said_end
        yield Cue(Span(m.end(), end(text, m.end(), sentence.end)), "Unconfirmed", asked=True)
    heading = _doubt_heading(text, sentence)
    if heading is not None:
        line = text.find("\n", heading[0], sentence.end)
        yield Cue(Span(heading[0], sentence.end if line < 0 else line), "Unconfirmed", asked=heading[1])


def _question_cues(text: str, sentence: Sentence) -> Iterator[Cue]:
    """A question of yes or no (`YES_NO_QUESTION`: "Did the rebels attack the convoy?", "Q: Was the village
    shelled?"), opening the sentence or a clause after a colon (`QUESTION_OPENING`), in a sentence that ends with
    the question's mark: what it asks is alleged, from its auxiliary to the end or to a clause of time or cause it
    presupposes (`QUESTION_PRESUPPOSED`: "... when Jonassaint signed?"), less an aside it presupposes as well
    (`QUESTION_ASIDE`: "Is Russia, which invaded Ukraine in 2022, a threat?"); a definite act it names by a noun is
    presupposed, given (`questions.presupposed`: "Was the massacre at Kibeho planned?"). A question of a noun phrase
    alone that an indefinite word opens (`BARE_QUESTION`: "A capitulation?") is alleged whole."""
    if not asks(text, sentence):
        return
    openings = [sentence.start] + [m.end() for m in _found(text, sentence, CUES.QUESTION_OPENING)]
    for opening in openings:
        start = _BLANKS.match(text, opening, sentence.end).end()
        if CUES.BARE_QUESTION.fullmatch(text, start, sentence.end):
            yield Cue(Span(start, sentence.end), "Unconfirmed", asked=True)
            return
        asked = CUES.YES_NO_QUESTION.match(text, start, sentence.end)
        if asked:
            known = CUES.QUESTION_PRESUPPOSED.search(text, asked.end(), sentence.end)
            end = known.start() if known else sentence.end
            aside = CUES.QUESTION_ASIDE.search(text, asked.end(), end)
            for span in ((asked.start(), aside.start()), (aside.end(), end)) if aside else ((asked.start(), end),):
                yield Cue(Span(*span), "Unconfirmed", asked=True)
            return


def _doubt_heading(text: str, sentence: Sentence) -> tuple[int, bool] | None:
    """Where the doubt a label heads (`DOUBT_HEADING`: "UNCONFIRMED: militia shelled the market. Troops seized the
    bridge.") begins in the sentence, if one opens its line (or the sentence, where the line's start is further back
    than `HEADING_REACH` characters: no long scans): the label heads every sentence of the line after it, not only its
    own. A word "unconfirmed:" inside prose ("reports of a massacre were unconfirmed: the army denied them") heads
    nothing. With it, whether the label is a quiz's "True or false:", which asks as a question does."""
    reach_start = max(0, sentence.start - HEADING_REACH)
    line = text.rfind("\n", reach_start, sentence.start)
    start = line + 1 if line >= 0 or reach_start == 0 else sentence.start
    heading = CUES.DOUBT_HEADING.match(text, _BLANKS.match(text, start, sentence.end).end())
    if not heading or heading.start() >= sentence.end:
        return None
    return max(heading.end(), sentence.start), bool(heading.groupdict().get("quiz"))


def _saying_cues(text: str, sentence: Sentence, res: Resolution, verbs: list[int],
                 said: list[re.Match]) -> Iterator[Cue]:
    """What is said, before or after its sayer: a verb of saying and what follows (`SAYING`, denied or alleged by its
    verb, each further "and that" clause too), an act's noun claimed or denied (`OBJECT_CLAIMED`), a side's account
    (`ACCOUNT`, `ACCOUNT_COLON`), a sayer at the sentence's end (`SAID_AFTER`), and what the writer says was told
    wrongly (`MISTOLD`: "wrongly said that ...", denied, held by who told it). `said`: the sentence's matches of
    `SAYING`, as `_found` gives them."""
    for m in said:
        alleged = m.group("allege") or m.group("suspect")
        modality = "Denied" if m.group("deny") else "Unconfirmed" if alleged else "Reported"
        holder, limit = _sayer(text, sentence, res, m, verbs), reach.relative_said_end(text, sentence, m)
        said = Span(m.end(), _feared_end(text, m, reach.said_end(text, m.end(), limit)))
        yield Cue(said, modality, holder, said=True)
        yield from _said_again(text, m.end(), limit, modality, holder)
    for m in _found(text, sentence, CUES.OBJECT_CLAIMED):
        holder = _speaker(text, sentence, res, m.start(), verbs)
        yield Cue(Span(m.end(), reach.phrase_end(text, m.end(), sentence.end)),
                  "Denied" if m.group("deny") else "Reported", holder, modifier=True)
    for m in (*_found(text, sentence, CUES.ACCOUNT), *_found(text, sentence, CUES.ACCOUNT_COLON)):
        owner = [x for x in sentence.mentions if m.start("owner") <= x.start and x.end <= m.end("owner")][-1:]
        yield Cue(Span(m.end(), sentence.end), "Reported", _actor(res, owner), said=True)
    for m in _found(text, sentence, CUES.SAID_AFTER):
        sayer = [x for x in sentence.mentions if m.start("sayer") <= x.start and x.end <= m.end("sayer")][:1]
        yield Cue(Span(sentence.start, m.start()), "Reported", _actor(res, sayer), said=True)
    for m in _found(text, sentence, CUES.MISTOLD):
        yield Cue(Span(m.end(), reach.said_end(text, m.end(), sentence.end)), "Denied",
                  _speaker(text, sentence, res, m.start(), verbs), said=True)


def _feared_end(text: str, m: re.Match, end: int) -> int:
    """Where what the verb of saying `m` (a match of `SAYING`) holds ends: at `end`, or for a fear or a suspicion (its
    groups "feared", "suspect") at its cause or time told after it (`FEAR_CAUSE`: "investors fear the market crashed
    because of the war": the war is the writer's, told)."""
    if not (m.group("feared") or m.group("suspect")):
        return end
    cause = CUES.FEAR_CAUSE.search(text, m.end(), end)
    return cause.start() if cause else end


def _charge_cues(text: str, sentence: Sentence, res: Resolution, verbs: list[int]) -> Iterator[Cue]:
    """Charges: an accusation (`ACCUSING`; in the passive, "X were accused of", "X were blamed for", held by no one;
    either up to a clause of the writer's, `ACCUSED_END`: "..., and troops then stormed the camp" is told), a blame
    (`BLAMING`), a dismissed claim with its content (`DISMISSED`: denied), and an allegation's noun (`ALLEGATION`),
    unless a verb of confirming takes it (`CONFIRMING`)."""
    passive = [p.span() for p in _found(text, sentence, CLAUSES.ACCUSED_PASSIVE)]
    for m in _found(text, sentence, CUES.ACCUSING):
        end = _aside_end(text, sentence, m, reach.said_end(text, m.end(), sentence.end, CUES.ACCUSED_END))
        if any(low < m.start() < high for low, high in passive):  # "X were accused of": X is the accused
            yield Cue(Span(clause_start(text, sentence, m.start()), end), "Unconfirmed")
            continue
        yield Cue(Span(m.start(), end), "Unconfirmed", _speaker(text, sentence, res, m.start(), verbs))
    for m in _found(text, sentence, CUES.BLAMING):
        holder = _speaker(text, sentence, res, m.start(), verbs)
        yield Cue(Span(m.end(), reach.said_end(text, m.end(), sentence.end)), "Unconfirmed", holder, said=True)
    for m in _found(text, sentence, CUES.DISMISSED):
        if not CUES.CLAIM_CONTENT.match(text, m.end()):
            continue  # "denied the accusation and fled": what is denied was told before, not after
        holder = _speaker(text, sentence, res, m.start(), verbs)
        yield Cue(Span(m.end(), reach.said_end(text, m.end(), sentence.end)), "Denied", holder, said=True)
    for m in _found(text, sentence, CUES.ALLEGATION):
        if CUES.CONFIRMING.search(text, max(sentence.start, m.start() - GIVEN_REACH), m.start()):
            continue  # "Police confirmed reports that ...": the source vouches for what they say
        yield Cue(Span(m.end(), reach.said_end(text, m.end(), sentence.end)), "Unconfirmed", said=True)


def _aside_end(text: str, sentence: Sentence, charge: re.Match, end: int) -> int:
    """Where what a charge (a match of `ACCUSING`) holds ends: at the comma that closes it when it is an aside on a
    noun (`CHARGE_ASIDE`: "Ali Musa, accused of leading the massacre, was transferred": the transfer is told), past
    the commas of a list of what it charges (`CHARGED_ITEM`: "accused of shelling Sarajevo, Gorazde and Srebrenica,
    was arrested": Gorazde is charged too), else at `end`."""
    if not CUES.CHARGE_ASIDE.search(text, max(sentence.start, charge.start() - GIVEN_REACH), charge.start()):
        return end
    close = text.find(",", charge.end(), end)
    while close >= 0:
        following = text.find(",", close + 1, end)
        if following < 0 or not CUES.CHARGED_ITEM.fullmatch(text, close + 1, following):
            return close
        close = following
    return end


def _stated_cues(text: str, sentence: Sentence, res: Resolution) -> Iterator[Cue]:
    """A noun of saying and its "that" (`STATED`: "Moscow's assertion that"), held by who it names after "of" or "by"
    or else by the actor before it; and an owner's claims (`POSSESSED`: "Russia's claims (...)")."""
    for m in _found(text, sentence, CUES.STATED):
        by = [x for x in sentence.mentions if m.group("by") and m.start("by") <= x.start and x.end <= m.end("by")]
        holder = _actor(res, by[-1:]) or _holder_before(res, sentence, m.start())
        yield Cue(Span(m.end(), reach.said_end(text, m.end(), sentence.end)), "Reported", holder, said=True)
    for m in _found(text, sentence, CUES.POSSESSED):
        owner = [x for x in sentence.mentions if 0 <= m.start() - x.end <= 1]
        if owner:
            yield Cue(Span(m.end(), clause_end(text, sentence, m.end())), "Reported", _actor(res, owner))


def _cited_cues(text: str, sentence: Sentence, res: Resolution) -> Iterator[Cue]:
    """Whose word it is by citation: "according to X" (the whole sentence; only the figures before it when it closes a
    count; only a relative clause just after its relative word), an owner's estimate (`ESTIMATED`) and a toll put at
    a figure (`PUT_AT`), both of figures only."""
    for m in _found(text, sentence, CLAUSES.ACCORDING):
        holder = _actor(res, _cited(text, sentence, m.end()))
        relative = CUES.RELATIVE_CITED.search(text, sentence.start, m.start())
        if reach.closes_count(text, sentence, m.start()):
            yield Cue(Span(sentence.start, m.start()), "Reported", holder, figures=True)
        elif relative:
            yield Cue(Span(relative.start(), reach.relative_end(text, sentence, m.end())), "Reported", holder)
        else:
            yield Cue(Span(sentence.start, sentence.end), "Reported", holder)
    for m in _found(text, sentence, CUES.ESTIMATED):
        owner = [x for x in sentence.mentions if m.start("owner") <= x.start and x.end <= m.end("owner")][-1:]
        if owner:
            yield Cue(Span(sentence.start, clause_end(text, sentence, m.end())), "Reported", _actor(res, owner),
                      figures=True)
    for m in _found(text, sentence, CUES.PUT_AT):
        yield Cue(Span(m.start(), clause_end(text, sentence, m.end())), "Reported",
                  _holder_before(res, sentence, m.start()), figures=True)


def _attributed_cues(text: str, sentence: Sentence, res: Resolution) -> Iterator[Cue]:
    """Whose act it was, attributed (`ATTRIBUTION`: "was attributed to X by Y", held by Y): alleged; confirmed
    (`CONFIRMED`: "was confirmed by X"): asserted, held by X."""
    for m in _found(text, sentence, CUES.ATTRIBUTION):
        scope = clause(text, sentence, m.start(), m.end())
        by = [x for b in CUES.BY.finditer(text, m.end(), scope.end) for x in sentence.mentions if x.start == b.end()]
        yield Cue(scope, "Unconfirmed", _actor(res, by[:1]))
    for m in _found(text, sentence, CUES.CONFIRMED):
        after = [x for x in sentence.mentions if 0 <= x.start - m.end() <= 5][:1]
        yield Cue(Span(clause_start(text, sentence, m.start()), m.start()), "Asserted", _actor(res, after))


def _peaceful_act(sentence: Sentence, act: int) -> bool:
    """Is the act whose word begins at `act` one of peace (`counts.PEACEFUL`)? Told to the one addressed it is no
    charge ('"You signed the treaty," the minister told the president'): the quotation reports it, as any other."""
    return any(x.kind == "trigger" and x.start == act and x.cls in PEACEFUL for x in sentence.mentions)


def _ordered(text: str, sentence: Sentence, order: re.Match) -> bool:
    """Is a capitalised verb before its object (`IMPERATIVE`) an order: the word of an act (an event's trigger) that
    opens its sentence or a quotation, with nothing but quotation marks, a bracket or a dash before it?"""
    act = order.start("act")
    if not any(x.kind == "trigger" and x.start == act for x in sentence.mentions):
        return False
    before = text[sentence.start:order.start()].rstrip()
    return not before.strip(CUES.IMPERATIVE_OPENING) or before[-1:] in CUES.QUOTE_OPENING and quoted_at(text, act)


def _said_again(text: str, start: int, limit: int, modality: str, holder: str | None) -> Iterator[Cue]:
    """The further clauses of what one verb says, each after "and that" (`SAID_AGAIN`) once the one before has ended at
    a clause of the writer's: "recalled that the crisis began at Diawara, where guards crossed the river, and that a
    dozen villagers were taken away as hostages" tells the hostages in the paper's words, not the crossing."""
    end = reach.said_end(text, start, limit)
    while end < limit and (again := CUES.SAID_AGAIN.search(text, end, limit)):
        end = reach.said_end(text, again.end(), limit)
        yield Cue(Span(again.end(), end), modality, holder, said=True)


def _listed(text: str, sentence: Sentence, listed: re.Match) -> Iterator[Cue]:
    """What an accord provides for, or what someone is called on to do (`LISTED`): the act named just after it and
    the act at the head of every further item of its list (`LIST_ITEM`), up to where the list ends (`LIST_END`), are
    still to come: "It provides for an immediate ceasefire, the withdrawal of the army ..., the release of prisoners",
    "calling on both countries to cease all hostilities ..., withdraw their forces ... and resume negotiations". The
    last item is not, when the relative clause that ends the list tells it done (`LISTED_DONE`: "The plan included
    the withdrawal of troops, which was completed in March")."""
    end = CUES.LIST_END.search(text, listed.end(), sentence.end)
    items = [listed.end()] + [item.end() for item in CUES.LIST_ITEM.finditer(
        text, listed.end(), end.start() if end else sentence.end)]
    if end and CUES.LISTED_DONE.match(text, end.start()):
        items.pop()
    for start in items:
        yield Cue(clause(text, sentence, listed.start() if start == listed.end() else start, start), "Planned",
                  ahead_from=start)


def _under_terms(text: str, sentence: Sentence, under: re.Match) -> Iterator[Cue]:
    """What a clause told under an accord's terms tells (`UNDER_TERMS`: "Under the agreement, the army will be disbanded
    and its weapons handed over", "Under the accord, the rebels surrender their weapons"), up to where the clause ends
    (`TERMS_END`), is provided for, still to come; nothing when it tells an act as done before any word of the future
    (`TOLD_DONE`, `TOLD_AHEAD`: "Under the agreement, Armenian forces withdrew from Aghdam on 20 November")."""
    end = CUES.TERMS_END.search(text, under.end(), sentence.end)
    scope = Span(under.end(), end.start() if end else sentence.end)
    done = CUES.TOLD_DONE.search(text, scope.start, scope.end)
    ahead = CUES.TOLD_AHEAD.search(text, scope.start, scope.end)
    if done is None or ahead is not None and ahead.start() < done.start():
        yield Cue(scope, "Planned")


def _numbered_point(text: str, sentence: Sentence) -> Iterator[Cue]:
    """A line of a sentence that opens a numbered point of a plan (`NUMBERED_POINT`: "2. To cease hostilities
    definitely.", "6. Launch of international discussions on security") and tells no act as done (`POINT_TOLD`: no
    finite verb of being or having, no past) is a term of the plan: what it names is still to come. A point with a
    modal ("4. Georgian forces must withdraw") is read by `FUTURE`; one with a past ("1. On 7 August troops shelled the
    town") is told; and only in a list of terms (`TERMS_POINT`: a point of the text opens with "to" or tells a duty;
    or `TERMS_HEAD`: the line that opens it names terms, "Its main provisions are:"), not a chronicle's list of noun
    points ("2. Attack on the convoy near Gao.") nor its dated entries (`POINT_DATED`: "- 12 August: Russian troops
    capture Gori."). A bulleted item is read as a numbered one. One pass over the sentence: the point that opens its
    line (where the line begins is looked up, `_line_starts`) and those that open lines inside it."""
    starts = _line_starts(text)
    line = starts[bisect.bisect_right(starts, sentence.start) - 1]
    opening = CUES.NUMBERED_POINT.match(text, line, sentence.end)
    inside = CUES.NUMBERED_POINT.finditer(text, max(line + 1, sentence.start), sentence.end)
    for point in itertools.chain([opening] if opening else [], inside):
        if point.end() < sentence.start and _BLANKS.match(text, point.end(), sentence.start).end() < sentence.start:
            continue  # words between the point and the sentence: the point opens another sentence of its line
        body = max(point.end(), sentence.start)
        newline = text.find("\n", body, sentence.end)
        end = sentence.end if newline < 0 else newline
        if _a_term(text, point.start(), Span(body, end)):
            yield Cue(Span(body, end), "Planned")


@functools.lru_cache(maxsize=8)
def _line_starts(text: str) -> tuple[int, ...]:
    """Where the text's lines begin, in order, found once per text (`_numbered_point`: no scan back from each
    sentence, which made a text of long lines quadratic)."""
    return (0, *(newline.end() for newline in _NEWLINE.finditer(text)))


def _a_term(text: str, line: int, body: Span) -> bool:
    """Is the point whose line begins at `line` and whose words are `body` a term (`_numbered_point`): no act told as
    done, no date opening it, and in a list of terms?"""
    lists = _term_lists(text)
    index = bisect.bisect_right(lists, (line, len(text))) - 1
    listed = index >= 0 and lists[index][0] <= line < lists[index][1]
    told = CUES.POINT_TOLD.search(text, body.start, body.end) or CUES.POINT_DATED.match(text, body.start)
    return listed and not told


@functools.lru_cache(maxsize=8)
def _term_lists(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's lists of terms begin and end, in order, made once per text: runs of items (`NUMBERED_POINT`,
    blank lines between them allowed) whose head, the line before the first item, names terms (`TERMS_HEAD`: "Its
    main provisions are:"), or one of whose points opens with "to" or tells a duty (`TERMS_POINT`). A point of one
    list says nothing of another ("The peace plan:" and its points, then a chronicle's "- Attack on the convoy")."""
    found: list[tuple[int, int]] = []
    head, start, end, terms = "", None, 0, False
    position = 0
    for line in text.split("\n"):  # lines as `_numbered_point` finds them
        if CUES.NUMBERED_POINT.match(line):
            if start is None:
                start, terms = position, CUES.TERMS_HEAD.search(head) is not None
            terms = terms or CUES.TERMS_POINT.match(line) is not None
            end = position + len(line)
        elif line.strip():
            if start is not None and terms:
                found.append((start, end))
            head, start = line, None
        position += len(line) + 1
    if start is not None and terms:
        found.append((start, end))
    return tuple(found)


def _negated(text: str, sentence: Sentence, negation: re.Match) -> Span:
    """What a negation reaches: its clause, up to a clause joined after it with a subject and a past verb of its
    own (`scope.negation_join`: "had not been asked to observe it and the Houthis kept shelling Aden"), where the
    clause is cut for the roles too."""
    scope = clause(text, sentence, negation.start(), negation.end())
    joined = negation_join(text, sentence, negation.end())
    return scope if joined is None else Span(scope.start, joined)


def _charges_denied(text: str, sentence: Sentence, res: Resolution, found: list[Cue]) -> list[Cue]:
    """The sentence's cues, with a denial for each ", a charge X denied" (`CHARGE_DENIED`) after an allegation or a
    report: it bears on the words alleged, from the start of the last such cue before it to the charge, held by X.
    With no allegation before it ("called the exodus ethnic cleansing, a charge the government rejects") what is
    charged is no happening the sentence tells as said, and nothing is denied."""
    denials = []
    for m in CUES.CHARGE_DENIED.finditer(text, sentence.start, sentence.end):
        alleged = [c for c in found if c.modality in ALLEGING and c.scope.start < m.start() < c.scope.end]
        if alleged:
            start = max(c.scope.start for c in alleged)
            holder = _actor(res, [x for x in sentence.mentions if m.start("holder") <= x.start < m.end("holder")])
            denials.append(Cue(Span(start, m.start()), "Denied", holder, said=True))
    return found + denials


def _cited(text: str, sentence: Sentence, end: int) -> list[Mention]:
    """The mention of who a clause is told "according to": the first just after the cue, unless it
    only qualifies the body named after it ("the Russian human rights group Memorial": the group,
    named or not, not Russia; but "the United Nations refugee agency" is the United Nations')."""
    after = [x for x in sentence.mentions if 0 <= x.start - end <= 5][:1]
    body = CUES.BODY.match(text, after[0].end) if after and CUES.ADJECTIVE.fullmatch(after[0].text) else None
    if body:
        return [x for x in sentence.mentions if 0 <= x.start - body.end() <= 5][:1]
    return after


def _actor(res: Resolution, mentions: list[Mention]) -> str | None:
    """The entity of the one mention given, if it names an actor."""
    for mention in mentions:
        eid = res.of.get(mention)
        if eid and "Actor" in tops(res.entities[eid].classes):
            return eid
    return None


def _own(claim: Claim, sentence: Sentence, res: Resolution) -> list[tuple[int, int]]:
    """The words within the claim that name its subject (an event's trigger); none if it is named elsewhere."""
    return [(m.start, m.end) for m in sentence.mentions
            if claim.start <= m.start and m.end <= claim.end and res.of.get(m) == claim.subject]


def _anchors(claim: Claim, sentence: Sentence, res: Resolution) -> list[tuple[int, int]]:
    """The words that name the claim's subject and object, closest pair; else the claim's span."""
    inside = [m for m in sentence.mentions if claim.start <= m.start and m.end <= claim.end]
    subjects = [m for m in inside if res.of.get(m) == claim.subject]
    if isinstance(claim.obj, Literal):
        objects = [m for m in inside if m.value == claim.obj.value]
    else:
        objects = [m for m in inside if res.of.get(m) == claim.obj]
    if subjects and objects:
        a, b = min(((a, b) for a in subjects for b in objects),
                   key=lambda p: (abs(p[0].start - p[1].start), p[0].start))
        return [(a.start, a.end), (b.start, b.end)]
    if subjects or objects:
        return [(m.start, m.end) for m in (subjects or objects)[:1]]
    return [(claim.start, claim.end)]


def _sayer(text: str, sentence: Sentence, res: Resolution, verb: re.Match, verbs: list[int]) -> str | None:
    """Who holds what a verb of saying introduces: the actor named just before it ("Turkey said", `_speaker`), or for
    a participle hanging on the clause before it (`SAYING_PARTICIPLE`: ", saying its fighters had killed 55") the
    first actor of that clause, its subject."""
    hanging = CUES.SAYING_PARTICIPLE.match(text, text.rfind(",", sentence.start, verb.start()), verb.end())
    if hanging is None or hanging.end() != verb.end():
        return _speaker(text, sentence, res, verb.start(), verbs)
    start = clause_start(text, sentence, hanging.start())
    return _actor(res, [x for x in sentence.mentions if start <= x.start and x.end <= hanging.start()][:1])


def _speaker(text: str, sentence: Sentence, res: Resolution, start: int, verbs: list[int]) -> str | None:
    """Who holds what the verb of saying, accusing or denying at `start` says: the actor named just before it; for a
    verb joined by "and" to an earlier one of them (`JOINED`: "denied that the general's forces were involved and
    accused the United Nations of ..."), the holder of that earlier verb, their one subject."""
    earlier = [v for v in verbs if v < start]
    if earlier and CUES.JOINED.search(text, sentence.start, start):
        return _speaker(text, sentence, res, earlier[-1], verbs)
    return _holder_before(res, sentence, start)


def _holder_before(res: Resolution, sentence: Sentence, pos: int) -> str | None:
    """Who holds what a cue at `pos` says: the actor of the last mention before it, if that names one."""
    return _actor(res, [x for x in sentence.mentions if x.end <= pos][-1:])


def _apply(claim: Claim, cues: list[Cue], anchors: list[tuple[int, int]]) -> Claim:
    governing = [c for c in cues if all(c.scope.holds(s, e) for s, e in anchors)
                 or (c.said or c.modifier) and claim.predicate in PARTICIPATION and c.scope.holds(*anchors[-1])
                 or (c.said and claim.predicate in SAID_OF_EVENT or c.figures) and c.scope.holds(*anchors[-1])]
    governing = [c for c in governing if c.modifier] or governing
    if not governing:
        return claim
    strongest = max(governing, key=lambda c: STRENGTH[c.modality])
    holder = next((c.holder for c in sorted(governing, key=lambda c: -STRENGTH[c.modality]) if c.holder), None)
    return dataclasses.replace(claim, modality=strongest.modality, attributed_to=holder or claim.attributed_to)
