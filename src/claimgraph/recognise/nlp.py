"""The one spaCy pipeline every recogniser shares: a blank tokenizer and a sentencizer.

No statistical model is needed. The tokenizer is English's with three more rules: an
apostrophe between a name and a lower-case suffix splits them, so that the Turkish
"Karabağ’ın" yields the token "Karabağ" and the gazetteer's phrase patterns match it; a
numbered note glued to a word splits off with the full stop before it (`_NOTE`: an
encyclopedia's "the Syrian city of Douma.[1]:9.12" yields "Douma", ".", "["); and a hyphen
after an abbreviation's full stop splits it off ("U.S.-brokered" -> "U.S.", "-", ...).
Suffixes glued on without an apostrophe ("Savaşın") are handled by `stem_suffixes`.

The sentencizer cuts after every full stop; `mend_sentences` undoes the cuts that an
abbreviation makes: a "sentence" that starts with a lower-case word ("etc.) remain
unconfirmed"), with a number after "No." / "p." or with a name after a title's stop ("Brig. Mokoena")
continues the one before it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

from ..lang import cues

_SUFFIX_APOSTROPHE = r"(?<=[^\W\d_])['’](?=[a-zçğıöşüâîû]+\b)"
_NOTE = (r"(?<=[^\W\d_])\.(?=\[\d)", r"(?<=\S)\[(?=\d)")  # "Douma.[1]", "Douma[1]"
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-"  # "U.S.-brokered", "U.S.- and Saudi-brokered": "U.S." is a name of its own
_HANGING_HYPHEN = r"(?<=[^\W\d_])-"  # "Moscow- and Ankara-brokered": the first half of a compound is a name of its own
MIN_STEM = 3
DATES = cues("dates")  # read once: `_after_abbreviation` runs per sentence that opens with a number
TRIGGERS = cues("triggers")
TITLES = cues("person_titles")
MAX_SUFFIX = 6  # letters: "Savaş|ının", "ordusu|nun", "saldırı|larda"


class _Defaults(English.Defaults):
    """English's tokenizer settings with the rules of the module docstring added."""

    infixes = [*English.Defaults.infixes, _SUFFIX_APOSTROPHE, *_NOTE, _ABBREVIATION_HYPHEN]
    suffixes = [*English.Defaults.suffixes, _ABBREVIATION_HYPHEN, _HANGING_HYPHEN]


class _English(English):
    """English with `_Defaults`, so that its tokenizer is made once, with every rule: setting a
    rule on a made tokenizer loads its 1,347 special cases again (about 0.05 s each time; the
    pipeline took 0.23 s to make, now 0.12 s)."""

    Defaults = _Defaults


@lru_cache(maxsize=1)
def pipeline() -> Language:
    nlp = _English()
    nlp.max_length = 50_000_000
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("mend_sentences")
    return nlp


@Language.component("mend_sentences")
def mend_sentences(doc: Doc) -> Doc:
    """Join the sentencizer's false cuts after abbreviations (see the module docstring)."""
    for sent in list(doc.sents)[1:]:
        first = sent[0]
        if first.text[:1].islower() or (first.like_num and _after_abbreviation(doc, first.i)) or _after_title(doc, first.i):
            first.is_sent_start = False
    return doc


def _after_title(doc: Doc, i: int) -> bool:
    """Does a capitalised word at token i follow a title written with a full stop ("Brig. Mokoena", "Rt. Hon.")?"""
    return (i >= 2 and doc[i].is_title and doc[i - 1].text == "."
            and doc[i - 2].text in TITLES.STOPPED_TITLE_WORDS)


def _after_abbreviation(doc: Doc, i: int) -> bool:
    """Does a number at token i follow "No." or "p.", or a weekday cut short before its day ("Mon. 28th", a diary's
    heading; not "orbited the Sun. 3 days later") (a cut that is no sentence end)?"""
    return i >= 2 and doc[i - 1].text == "." and (doc[i - 2].lower_ in TRIGGERS.NUMBER_ABBREVIATIONS
                                                  or doc[i - 2].text in DATES.WEEKDAY_SHORT
                                                  and DATES.SHORT_WEEKDAY_DAY.fullmatch(doc[i].text) is not None)


def stem_suffixes(doc, stems: set[str]) -> bool:
    """Give each token that is a known stem plus a suffix the stem as its NORM.

    "savaşın" -> "savaş" when "savaş" is a stem. The shortest stem wins, so "savaşın" is
    "savaş" even when "savaşı" is a stem too (patterns are normalised the same way, see
    `stem_of`); returns whether any token changed, so a caller can skip its NORM matcher.
    """
    changed = False
    for token in doc:
        word = token.lower_
        for cut in range(max(MIN_STEM, len(word) - MAX_SUFFIX), len(word)):
            if word[:cut] in stems and word[cut:].isalpha():
                token.norm_ = word[:cut]
                changed = True
                break
    return changed


def stem_of(word: str, stems: set[str]) -> str:
    """The shortest stem that `word` is, or is a stem plus a suffix of; else `word`."""
    for cut in range(max(MIN_STEM, len(word) - MAX_SUFFIX), len(word) + 1):
        if word[:cut] in stems and word[cut:].isalpha() | (cut == len(word)):
            return word[:cut]
    return word
