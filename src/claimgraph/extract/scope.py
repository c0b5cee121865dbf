"""Sentences, clauses and resolved mentions, for the stages that read cues around claims.

Used by modality, roles and timeline.

Two rules that hold in any English text:

- a "sentence" that starts with a lower-case letter is the tail of the previous one, cut
  after an abbreviation ("etc.) remain unconfirmed"): the two are read as one;
- a clause ends at a semicolon, a colon or a comma that stands outside parentheses, so a
  parenthetical list ("(e.g., A, B, etc.)") stays inside the clause it belongs to; a comma
  between digits groups a number ("about 1,200 people") and ends nothing.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Claim, Mention
from ..rdf.terms import tops
from ..recognise import Sentence

CUES = cues("clauses")  # the cue words and patterns, of every language (claimgraph.lang)
DATES = cues("dates")  # ... and those of time: the shape of a chronology entry's day
MODALITY = cues("modality")  # a negation and the clause joined after it (`negation_join`), an accusation (`act_joins`)

if TYPE_CHECKING:  # resolve reads dates, which read clauses here: the type only, to keep imports one-way
    from .resolution import Resolution

CLAUSE_MARKS = ",;:"


@dataclass(frozen=True)
class Span:
    """A stretch of a sentence: [start, end) offsets into the source text."""

    start: int
    end: int

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def rejoin(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with false breaks mended: a lower-case start continues the previous sentence."""
    joined: list[Sentence] = []
    for sentence in sentences:
        first = text[sentence.start:sentence.end].lstrip()[:1]
        if joined and first.islower() and joined[-1].lang == sentence.lang:
            last = joined[-1]
            joined[-1] = Sentence(last.start, sentence.end, last.lang, last.mentions + sentence.mentions)
        else:
            joined.append(sentence)
    return joined


def clause_start(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding `position` begins: after the last clause mark outside parentheses."""
    depth = 0
    for i in range(position - 1, sentence.start - 1, -1):
        char = text[i]
        if char == ")":
            depth += 1
        elif char == "(":
            depth = max(0, depth - 1)
        elif char in CLAUSE_MARKS and depth == 0 and not _groups_digits(text, i):
            return i + 1
    return sentence.start


def clause_end(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding `position` ends: at the next clause mark outside parentheses."""
    depth = 0
    for i in range(position, sentence.end):
        char = text[i]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
        elif char in CLAUSE_MARKS and depth == 0 and not _groups_digits(text, i):
            return i
    return sentence.end


def _groups_digits(text: str, i: int) -> bool:
    """Is text[i] a comma that groups a number's digits ("about 1,200 people"), no clause mark?"""
    return text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def clause(text: str, sentence: Sentence, start: int, end: int) -> Span:
    return Span(clause_start(text, sentence, start), clause_end(text, sentence, end))


def tops_of(res: Resolution, mention: Mention) -> frozenset[str]:
    """The top classes of the entity a mention resolved to (empty when unresolved)."""
    eid = res.of.get(mention)
    return tops(res.entities[eid].classes) if eid else frozenset()


def classes_of(res: Resolution, mention: Mention) -> tuple[str, ...]:
    eid = res.of.get(mention)
    return res.entities[eid].classes if eid else ()


def evidence(source_id: str, text: str, method: str, subject: str, predicate: str, obj,
             start: int, end: int, derived: bool = False) -> Claim:
    """A claim whose evidence is text[start:end], trimmed of surrounding spaces."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Claim(source_id, subject, predicate, obj, start, end, text[start:end], method, derived=derived)


def clauses(text: str, sentence: Sentence) -> list[list[Mention]]:
    """The sentence's mentions grouped by clause (cut at `CLAUSE_BREAK`, at ", and" before names with a
    verb of their own, `COORDINATED_NAMES`, where a negation's reach ends, `negation_join`, and between two
    acts told by clauses of their own, `act_joins`; outside a passive accusation)."""
    return grouped(sentence.mentions, clause_cuts(text, sentence))


def clause_cuts(text: str, sentence: Sentence) -> list[int]:
    """Where `clauses` cuts the sentence (a new list each call: callers add to it)."""
    return list(_clause_cuts(text, sentence))


@functools.lru_cache(maxsize=4096)
def _clause_cuts(text: str, sentence: Sentence) -> tuple[int, ...]:
    """`clause_cuts`, read once a sentence: clauses, structure and the dates ask for a sentence's cuts about five
    times each. A `Sentence` is frozen and compares by its mentions too, so a sentence whose mentions a stage
    changed (`pronouns`, `metonymy`) is read afresh."""
    cuts = unaccused(text, sentence, [m.start() for cue in (CUES.CLAUSE_BREAK, CUES.COORDINATED_NAMES)
                                      for m in cue.finditer(text, sentence.start, sentence.end)
                                      if not _entry_head(text, sentence, m.start())])
    return tuple(cuts + negation_joins(text, sentence) + act_joins(text, sentence))


def grouped(mentions: Sequence[Mention], cuts: list[int]) -> list[list[Mention]]:
    """The mentions (in text order) grouped by the cuts between them: the parts that are not empty, in order."""
    cuts = sorted(cuts)
    groups: dict[int, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(bisect.bisect_left(cuts, mention.start), []).append(mention)
    return [groups[k] for k in sorted(groups)]


def negation_joins(text: str, sentence: Sentence) -> list[int]:
    """Where the sentence's clauses joined after a negation begin (`negation_join`), in text order."""
    return [join for m in MODALITY.NEGATION.finditer(text, sentence.start, sentence.end)
            if (join := negation_join(text, sentence, m.end())) is not None]


def act_joins(text: str, sentence: Sentence) -> list[int]:
    """Where a clause with a subject and a verb of its own begins (`COORDINATED_ACT`), joined after a clause that
    tells an act, in text order: "The federal army took Enugu in October 1967, and Port Harcourt fell to federal
    marines in May 1968", "Ethiopian aircraft bombed Asmara airport, and Eritrean planes struck Mekele" tell two acts,
    each with its own actors, places and dates, and the names of the joined clause are its own verb's. An accusation
    tells an act too, whatever its words ("accused Ukraine of attacking Belgorod, and Ukrainian drones struck
    Moscow"): what it alleges ends at the same join (`modality.ACCUSED_END`). A join after no act ("soldiers,
    police, and civilians were killed") parts no subject from its verb; a past verb with its object is an act though
    no trigger names it (`CUES.TRANSITIVE_PAST`: "rebels ambushed a convoy near Gulu, and government troops shelled
    Kitgum": Gulu is no place of the shelling), unless the clause after the join names that act again as its subject
    (`_named_again`)."""
    triggers = [m.start for m in sentence.mentions if m.kind == "trigger"]
    acts = triggers + list(_accusations(text, sentence.start, sentence.end))
    untriggered = [m.start() for m in CUES.TRANSITIVE_PAST.finditer(text, sentence.start, sentence.end)]
    joins = _coordinated(text, sentence.start, sentence.end)
    lows = [sentence.start, *(join for join, _ in joins)]
    return [join for low, (join, subject) in zip(lows, joins) if any(low <= a < join for a in acts)
            or (any(low <= a < join for a in untriggered) and not _named_again(text, subject, triggers))]


def _named_again(text: str, subject: int, triggers: list[int]) -> bool:
    """Whether a joined clause's subject at `subject` is an act named with a definite article ("The rebels surrounded
    the town on 2 November 2015, and the siege went on into January"): the act the verb before told, named again, so
    the join parts nothing and the siege keeps the day the town was surrounded."""
    return any(CUES.ACT_NAMED_AGAIN.fullmatch(text, subject, trigger) for trigger in triggers)


def own_subject_joins(text: str, sentence: Sentence) -> list[int]:
    """Where each clause joined with a subject and a past verb of its own begins (`COORDINATED_ACT`), whatever the
    clause before tells: "The last Russian units left by January 1997, and Yeltsin and Maskhadov signed a peace
    treaty" (who signed is named after the join, `labels`)."""
    return [start for start, _ in _coordinated(text, sentence.start, sentence.end)]


def named_subject_joins(text: str, sentence: Sentence) -> list[int]:
    """The joins of `own_subject_joins` whose subject is no pronoun (`CUES.PRONOUN_SUBJECT`): "Russian troops attacked
    Kyiv in February, but they withdrew in April" names the troops again, who withdrew (`labels`)."""
    return [start for start, end in _coordinated(text, sentence.start, sentence.end)
            if not CUES.PRONOUN_SUBJECT.match(text, end)]


@functools.lru_cache(maxsize=4096)
def _coordinated(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Each join of `COORDINATED_ACT` in `text[start:end]` (a sentence), as (start, end): read once a sentence, since
    clauses, labels, resolve and dates ask for a sentence's joins again and again (its look-ahead pattern, run each
    time, cost a tenth of extraction)."""
    return tuple((m.start(), m.end()) for m in CUES.COORDINATED_ACT.finditer(text, start, end))


@functools.lru_cache(maxsize=4096)
def _accusations(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where each accusation in `text[start:end]` (a sentence) begins (`MODALITY.ACCUSING`), read once a sentence."""
    return tuple(m.start() for m in MODALITY.ACCUSING.finditer(text, start, end))


def sentence_parts(text: str, sentence: Sentence) -> list[int]:
    """Where the parts of a sentence that tell happenings of their own begin: a clause joined after a negation
    (`negation_joins`) or one with a subject of its own that tells another act (`act_joins`), in text order."""
    return sorted(negation_joins(text, sentence) + act_joins(text, sentence))


def negation_join(text: str, sentence: Sentence, negation_end: int) -> int | None:
    """Where a clause joined by "and" / "but" after a negation, in its clause, begins with a subject and a past verb
    of its own (`NEGATION_JOIN`: "did not withdraw and the rebels attacked the airport"); None if none is. The
    negation reaches no further (`modality`), and the names after it are the joined clause's, not the negated
    act's (`clauses`): both cut at this one place."""
    joined = MODALITY.NEGATION_JOIN.search(text, negation_end, clause_end(text, sentence, negation_end))
    return joined.start() if joined else None


def _entry_head(text: str, sentence: Sentence, cut: int) -> bool:
    """Is the cut the colon after a date that opens the sentence ("28 June: Jets strike Brnik airport", a
    chronology's entry: `DATES.ENTRY_OPEN`, `DATES.ENTRY_CLOSE`)? The date heads what follows it, and parts no
    clause from it."""
    return text[cut] == ":" and any(m.kind == "date" and DATES.ENTRY_OPEN.fullmatch(text, sentence.start, m.start)
                                    and DATES.ENTRY_CLOSE.fullmatch(text, m.end, cut + 1) for m in sentence.mentions)


def unaccused(text: str, sentence: Sentence, cuts: list[int]) -> list[int]:
    """The cuts that stand outside a passive accusation (`ACCUSED_PASSIVE`): in "The Taliban were
    accused of stepping up attacks" the verb parts no clause, for its subject is the accused, who is
    named with the act as the object of "accused the Taliban of" is."""
    spans = [m.span() for m in CUES.ACCUSED_PASSIVE.finditer(text, sentence.start, sentence.end)]
    return [cut for cut in cuts if not any(low < cut < high for low, high in spans)]


def first_agreement(sentences: list[Sentence], res: Resolution) -> str | None:
    """The agreement a text names first: in a treaty-style text, the document itself (its title)."""
    return next((res.of[m] for s in sentences for m in s.mentions if m in res.of
                 and "Agreement" in tops(res.entities[res.of[m]].classes)), None)


def part(joins: list[int], mention: Mention) -> int:
    """Which part of its sentence a mention stands in: how many of its parts (`scope.sentence_parts`) begin
    before it."""
    return sum(1 for join in joins if join <= mention.start)
