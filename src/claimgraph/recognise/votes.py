"""A resolution told by its vote alone: "the Organization of American States voted 20-1 to deplore the intervention".

A body of states that votes to deplore, condemn or demand adopts a resolution, though the text names no resolution
word; the gold of such texts holds it as an agreement of that body, as it holds a numbered Security Council
resolution. Its contract: `voted_resolutions(doc, method, bodies)` yields an Agreement candidate on each verb of
voting followed by what a resolution does (`CUES.VOTE`), or on such a verb right after a council or an assembly of
states (`CUES.RESOLVED`: "The U.N. General Assembly "strongly deplored" the invasion", `_resolved`), whose subject,
right before it, is one of `bodies` (the lower-case names of the gazetteer's international organisations; no assembly
of elected members,
`CUES.VOTED_NOT_BODIES`), in a sentence that neither says the vote failed (`CUES.VOTE_FAILED`: "vetoed") nor names
the resolution (`CUES.VOTED_NAMED`: that word tells it). "The board voted 7-2 to approve the merger", "After a speech
by the NATO chief, the Bundestag voted to send troops" tell none. `told_by_vote(mention)` says whether a mention is
such a verb: each vote adopts a resolution of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .armed import named_before
from .base import Candidate, cue_spans, text_of, words_of
from .senses import qualified
from .stoppages import work_stoppage

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

CUES = cues("triggers")


def told_by_vote(mention: Mention) -> bool:
    """Is the agreement `mention` a resolution told by its vote ("voted 20-1 to deplore") or by the body's verdict
    (`told_by_verdict`)?"""
    return mention.text.lower() in CUES.VOTED or told_by_verdict(mention)


def told_by_verdict(mention: Mention) -> bool:
    """Is the agreement `mention` a resolution told by what the body did ("the General Assembly deplored the
    invasion": `CUES.RESOLVED`)? Its party is the body named right before the verb (`extract.issuers`): a verb of
    judging parts its subject from the clause the verb's roles are read in."""
    return mention.cls == "Resolution" and CUES.RESOLVED.fullmatch(mention.text.lower()) is not None


def voted_resolutions(doc: Doc, method: str, bodies: frozenset[str]) -> Iterator[Candidate]:
    """Each verb of voting to do what a resolution does, by a body of states (see the module)."""
    words = words_of(doc)
    for span in cue_spans(doc, CUES.VOTE):
        sent = span.sent
        if _body_subject(words[sent.start:span.start], bodies) \
                and not _failed_or_named(doc, span.end_char, sent.start_char, sent.end_char):
            yield Candidate(span.start_char, span.end_char, "trigger", "Resolution", method)
    yield from _resolved(doc, words, method, bodies)


def _resolved(doc: Doc, words: list[str], method: str, bodies: frozenset[str]) -> Iterator[Candidate]:
    """Each verb of what a resolution does (`CUES.RESOLVED`) that tells a body's verdict (`_verdict`)."""
    for found in CUES.RESOLVED.finditer(text_of(doc)):
        verb = doc.char_span(*found.span("verb"))
        if verb is not None and _verdict(doc, words, verb, bodies):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Resolution", method)


def _verdict(doc: Doc, words: list[str], verb: Span, bodies: frozenset[str]) -> bool:
    """Does the verb stand right after a council or an assembly of states (`CUES.RESOLVED_BODIES`, past a quotation
    mark and an adverb), about an act of force or its end in its clause (`_act_of_force`): "The U.N. General
    Assembly "strongly deplored" the invasion"; not "The European Council demanded climate targets"? Not in a
    sentence of a press statement or of a person's words (`CUES.RESOLVED_NOT`), nor where the verb's clause says it
    failed or names the resolution (`_failed_or_named`, to the clause's first comma: "..., after France vetoed a
    resolution" is another's)."""
    text = text_of(doc)
    sent, k = verb.sent, verb.start
    while k > sent.start and (doc[k - 1].is_quote or doc[k - 1].is_lower and doc[k - 1].text.endswith("ly")):
        k -= 1  # past '"strongly' to the body (a lower-case adverb: "the General Assembly deplored")
    before = words[sent.start:k]
    if not (before and before[-1] in CUES.RESOLVED_BODIES and _body_subject(before, bodies)):
        return False
    clause_end = CUES.RESOLVED_CLAUSE_END.search(text, verb.end_char, sent.end_char)
    end = clause_end.start() if clause_end else sent.end_char
    what = doc[verb.end:min(sent.end, verb.end + CUES.RESOLVED_REACH)]
    return (CUES.RESOLVED_NOT.search(text, sent.start_char, sent.end_char) is None
            and any(t.idx < end and _act_of_force(doc, words, t.i) for t in what)
            and not _failed_or_named(doc, verb.end_char, verb.end_char, end))


def _act_of_force(doc: Doc, words: list[str], i: int) -> bool:
    """Is the word doc[i] of a verdict's object an act of force or its end (`CUES.RESOLVED_ACTS`: "the invasion"),
    or one that is so alone or by what it is "of" (`CUES.RESOLVED_ACTS_OF`: "an immediate withdrawal"), or only by
    that (`CUES.RESOLVED_ONLY_OF`: "the use of force"): a force, a weapon or a capitalised name among the first
    words after "of" (`CUES.RESOLVED_OF_FORCE`, `OF_REACH`: "the withdrawal of Russian forces", "the destruction of
    Grozny"; not "the use of plastic", "that states use the funds")? Not a word a qualifier before it makes one of
    business, the law or a protest (`senses.qualified`: "the price war", "the police raid"; `CUES.COMPOUND_LEFT`:
    "the hunger strike"; `stoppages.work_stoppage`: "the general strikes"), nor an adjective or a verb before the
    word it qualifies or takes (`CUES.RESOLVED_NOT_QUALIFIERS`: "the offensive remarks", "fighting corruption")."""
    word = words[i]
    if word not in VERDICT_WORDS:
        return False
    after = doc[i + 1:min(doc[i].sent.end, i + 2 + OF_REACH)]
    if after and after[0].lower_ == "of":  # "the use of force", "the withdrawal of the report"
        if word not in CUES.RESOLVED_ACTS and not any(t.lower_ in CUES.RESOLVED_OF_FORCE or t.is_title
                                                      for t in after[1:]):
            return False
    elif word in CUES.RESOLVED_ONLY_OF:  # "that states use the funds"
        return False
    elif word in CUES.RESOLVED_NOT_QUALIFIERS and after and after[0].is_alpha and after[0].is_lower \
            and after[0].lower_ not in CUES.RESOLVED_OBJECT_STOPS:
        return False  # "the offensive remarks"
    return not (qualified(words, i) or i > 0 and words[i - 1] in CUES.COMPOUND_LEFT.get(word, ())
                or work_stoppage(doc, i, i + 1, frozenset()))


OF_REACH = 3  # words after "of" read for a force or a name (`_act_of_force`): "of all foreign troops"
VERDICT_WORDS = CUES.RESOLVED_ACTS | CUES.RESOLVED_ACTS_OF | CUES.RESOLVED_ONLY_OF  # what `_act_of_force` may read


def _body_subject(before: list[str], bodies: frozenset[str]) -> bool:
    """Do the words right before the verb end with the name of a body of states (not `CUES.VOTED_NOT_BODIES`)?
    "Despite pressure from the United Nations, the senate voted" names none."""
    return bool(before) and before[-1] not in CUES.VOTED_NOT_BODIES and named_before(before, bodies)


def _failed_or_named(doc: Doc, end: int, sent_start: int, sent_end: int) -> bool:
    """Does the vote's sentence say, after the verb, that it failed (`CUES.VOTE_FAILED`), or name a resolution
    anywhere (`CUES.VOTED_NAMED`)?"""
    text = text_of(doc)
    return (CUES.VOTE_FAILED.search(text, end, sent_end) is not None
            or CUES.VOTED_NAMED.search(text, sent_start, sent_end) is not None)
