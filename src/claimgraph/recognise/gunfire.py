"""Shooting told by the noun "fire" or "firing": "A UN convoy came under fire in Al Hudaydah", "Artillery fire erupted
near the temple", "Firing broke out at the airport", "they set the school on fire", "Police say they were fired upon".

Each is an attack (`CUES.CLASS`) told with no verb of attacking; the lexicon's "fire" is a verb of armed men with a
weapon after it ("forces fire Scud missiles"), so these nouns were read as no event. A party fired at needs armed men,
a force's name or a party that is shot at (`CUES.FIRED_AT_PARTIES`, no fire brigade) before it in its clause, and no
figure of blame after it ("came under fire from critics", "for its conduct", "in parliament"); a weapon's fire no fuel
before it ("a fuel tank fire") nor a fire's gear after it ("rocket fire hazard"), nor a salute or a range in its
sentence, a tank's none in a sentence of fuel or industry; firing that broke out no kiln, engine, film or range in its
sentence; a thing set on fire a building, a settlement or a vessel (`CUES.ARSON_OBJECTS`, `CUES.VESSELS`), set by no
mishap ("Lightning set the house on fire"); people fired upon a clause that ends there or goes on to where, when or by
whom (`CUES.UPON_AFTER`; not "was fired upon arrival"). Cue words: `claimgraph.lang.en.gunfire`. Yields trigger
candidates as `triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_words, subject_tokens
from .base import Candidate, text_of

CUES = cues("gunfire")
ARSON_OBJECTS = cues("triggers").ARSON_OBJECTS


def gunfire(doc: Doc, name: str, armed: frozenset[str]) -> Iterator[Candidate]:
    """The shooting told by a noun of fire in `doc` (`armed`: the gazetteer's lower-case armed names)."""
    text = text_of(doc)
    lower = text.lower()
    if "fire" not in lower and "firing" not in lower and "shooting" not in lower:
        return
    for m in CUES.FIRED_AT.finditer(text):
        at = _token_at(doc, m.start("at"))
        if at is not None and _fired_at_party(doc, at, armed) and not _blamed(doc, m.end()):
            yield Candidate(m.start("at"), m.end(), "trigger", CUES.CLASS, name)
    for m in CUES.WEAPON_FIRE.finditer(text):
        at = _token_at(doc, m.start())
        if (at is not None and not _fuel(doc, at) and _next_word(text, m.end()) not in CUES.NOT_FIRE_AFTER
                and not _in_sentence(doc, at, CUES.SHOWS_OF_FIRE)
                and not (doc[at].lower_ in CUES.AMBIGUOUS_WEAPONS and _in_sentence(doc, at, CUES.FUEL_SENTENCE))):
            yield Candidate(m.start(), m.end(), "trigger", CUES.CLASS, name)
    for m in CUES.FIRING_BEGAN.finditer(text):
        at = _token_at(doc, m.start())
        if at is not None and not _in_sentence(doc, at, CUES.NOT_SHOTS | CUES.SHOWS_OF_FIRE):
            yield Candidate(m.start(), m.end(), "trigger", CUES.CLASS, name)
    for m in CUES.SET_ON_FIRE.finditer(text):
        what = {w.strip(".,;:'’").lower() for w in m.group("what").split()}
        at = _token_at(doc, m.start())
        if what & (ARSON_OBJECTS | CUES.VESSELS) and not (
                at is not None and any(t.lower_ in CUES.MISHAP_CAUSES for t in subject_tokens(doc, at))):
            yield Candidate(m.end() - len("on fire"), m.end(), "trigger", CUES.CLASS, name)
    for m in CUES.FIRED_UPON.finditer(text):
        after = _next_word(text, m.end())
        if after == "" or after in CUES.UPON_AFTER:
            yield Candidate(m.start("at"), m.end(), "trigger", CUES.CLASS, name)


def _token_at(doc: Doc, char: int) -> int | None:
    """The index of the token that starts at character `char`, if one does."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and doc[span.start].idx == char else None


def _next_word(text: str, end: int) -> str:
    """The lower-case word right after character `end`, or "" where a mark or the text's end comes first."""
    rest = text[end:end + 40]
    stripped = rest.lstrip(" ")
    if not stripped or not (stripped[0].isalpha()):
        return ""
    return stripped.split()[0].strip(".,;:!?'\"’”)").lower()


def _in_sentence(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """Does one of `words` stand in the sentence of doc[i]?"""
    return any(t.lower_ in words for t in doc[i].sent)


def _fired_at_party(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Do armed men, an armed name or a party shot at (`CUES.FIRED_AT_PARTIES`, not after `CUES.FIRE_BEFORE_PARTY`:
    "the fire brigade") stand before doc[i] in its clause?"""
    words = [t.lower_ for t in subject_tokens(doc, i)]
    return armed_words(words, armed) or any(
        w in CUES.FIRED_AT_PARTIES and not (k and words[k - 1] in CUES.FIRE_BEFORE_PARTY) for k, w in enumerate(words))


def _blamed(doc: Doc, end: int) -> bool:
    """Is the fire that ends at character `end` a figure of blame: "for" or "over" after it (not before a length of
    time, `CUES.DURATIONS`: "came under fire for two hours", "over the weekend"), "from" and one of
    `CUES.CRITICS` within `CUES.CRITICS_REACH` words ("came under fire from critics"), or "in" or "on" (`CUES.BLAME_IN`)
    and one of them heading its phrase, no noun after it ("came under fire in parliament", "on social media"; not "in
    the parliament building")?"""
    span = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    tokens = [t for t in doc[span.start:span.start + CUES.CRITICS_REACH + 2] if t.idx >= end] if span else []
    if not tokens:
        return False
    if tokens[0].lower_ in CUES.BLAME_AFTER:
        return not any(t.lower_ in CUES.DURATIONS for t in tokens[1:CUES.DURATION_REACH + 1])
    critics = [k for k, t in enumerate(tokens[1:CUES.CRITICS_REACH + 1], 1) if t.lower_ in CUES.CRITICS]
    if tokens[0].lower_ == "from":
        return bool(critics)
    return tokens[0].lower_ in CUES.BLAME_IN and any(
        k + 1 >= len(tokens) or not _noun_after(tokens[k + 1]) for k in critics)


def _noun_after(token) -> bool:
    """Might `token`, after a critic's word, be the noun it qualifies: a lower-case word, no preposition nor
    conjunction (`CUES.PHRASE_ENDS`)? "building" of "in the parliament building", not "over" of "in parliament over"."""
    return token.is_alpha and token.is_lower and token.lower_ not in CUES.PHRASE_ENDS


def _fuel(doc: Doc, i: int) -> bool:
    """Does a word of fuel or storage (`CUES.FUEL_BEFORE`) stand right before the weapon's word at doc[i] ("a fuel
    tank fire")?"""
    return i > 0 and doc[i - 1].lower_ in CUES.FUEL_BEFORE
