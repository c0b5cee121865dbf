"""A state's demonyms: countryinfo's, the adjective of its long name, the spelling English writes more."""

from __future__ import annotations

import re

from .namecheck import MIN_LENGTH, CommonWords
from .place import Place


def state_demonyms(country_info, code: str, names: dict[str, str], words: CommonWords) -> list[str]:
    """The state's demonyms: countryinfo's, the adjective its English long form opens with
    (`_form_adjectives`: "Argentine" of "Argentine Republic"), and each one's other spelling in
    -ian or -ean where English text writes that one more often (`_more_written_spelling`:
    countryinfo's "Argentinean", English's "Argentinian")."""
    from countryinfo.exceptions import CountryNotFoundError
    try:
        value = country_info(code).demonym() or ""
    except CountryNotFoundError:
        value = ""
    found = [d.strip() for d in value.split(",") if d.strip()]
    found += [a for a in _form_adjectives(names) if a not in found]
    return found + [s for d in found if (s := _more_written_spelling(d, words)) and s not in found]


# The form of a state after its adjective in an English long name ("Argentine Republic",
# "Russian Federation", "Swiss Confederation"); "Republic of Korea" opens with none.
ADJECTIVE_FORM = re.compile(r"([A-Z][a-z]+) (?:[A-Z][a-z]+ )?(?:Republic|Federation|Confederation|Kingdom)")


def _form_adjectives(names: dict[str, str]) -> list[str]:
    """The adjectives the state's English long names open with, where another of its names begins
    as they do ("Argentine" of "Argentine Republic" and "Argentina"; not "United" of "United
    Kingdom", which every name of it opens with, nor "Hellenic" of Greece)."""
    english = [n for n, lang in names.items() if lang == "en"]
    found = []
    for name in english:
        match = ADJECTIVE_FORM.fullmatch(name)
        adjective = match and match.group(1)
        if adjective and any(n[:5] == adjective[:5] and n.split()[0] != adjective for n in english):
            found.append(adjective)
    return sorted(set(found))


def _more_written_spelling(demonym: str, words: CommonWords) -> str | None:
    """The demonym spelt with -ian for -ean or -ean for -ian, if English text writes that spelling
    more often (spaCy's English lexeme probabilities): "Argentinian" for "Argentinean", never
    "Chilian" for "Chilean"."""
    for ending, other in (("ean", "ian"), ("ian", "ean")):
        if demonym.endswith(ending):
            spelling = demonym[: -len(ending)] + other
            return spelling if words.prob.get(spelling, -99.0) > words.prob.get(demonym, -99.0) else None
    return None


def unshared_demonyms(places: list[Place]) -> list[Place]:
    """A demonym two states share ("Congolese") names neither."""
    counts: dict[str, int] = {}
    for p in places:
        for d in p.demonyms:
            counts[d] = counts.get(d, 0) + 1
    for p in places:
        p.demonyms = sorted(d for d in p.demonyms if counts[d] == 1 and len(d) >= MIN_LENGTH)
    return places
