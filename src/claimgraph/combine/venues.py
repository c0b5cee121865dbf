"""Venues: within one source, an agreement named after a place is the one it signed there.

"The Dayton Agreement" and "The General Framework Agreement ... was signed in Dayton" are one
agreement under two names that per-source resolution could not join (`named_after_venue`); linking
starts its mapping from these.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Extraction, Literal
from ..rdf.terms import tops
from ..recognise.packs import Entry
from . import spelling
from .profiles import DATES


def named_after_venue(ex: Extraction, entries: dict[str, Entry]) -> dict[str, str]:
    """Within one source, an agreement named after a place ("the Dayton Agreement") -> the
    agreement the source has signed in that place ("The General Framework Agreement for Peace
    in Bosnia and Herzegovina was signed ... in Dayton"): one agreement under two names that
    resolution could not join. Only when the place names one agreement and one signing place
    of an agreement of the source, both minted, dated in one year if dated at all (the Minsk
    Protocol of 2014 is not the Minsk measures of 2015), and of one kind if dated on other days
    (`_other_kind_other_day`)."""
    signed_at = _signed_at(ex)
    found = {}
    for place, signed in signed_at.items():
        named = [eid for eid, e in ex.entities.items() if "Agreement" in tops(e.classes) and eid not in signed
                 and _named_after(e.label, ex.entities[place].label)]
        if len(signed) == 1 and len(named) == 1 and not {*signed, *named} & entries.keys():
            (agreement,), (other,) = signed, named
            if _same_year(ex, agreement, other) and not _other_kind_other_day(ex, agreement, other):
                found[other] = agreement
    return found


def _signed_at(ex: Extraction) -> dict[str, set[str]]:
    """Each place a signing is placed at -> the agreements dated in the same sentence (claims of
    one sentence share its span)."""
    signings = {eid for eid, e in ex.entities.items() if "Signing" in e.classes}
    agreements = {eid for eid, e in ex.entities.items() if "Agreement" in tops(e.classes)}
    dated: dict[tuple[int, int], set[str]] = defaultdict(set)
    placed: dict[tuple[int, int], set[str]] = defaultdict(set)
    for c in ex.claims:
        if c.predicate == "date" and c.subject in agreements:
            dated[c.start, c.end].add(c.subject)
        elif c.predicate == "hasPlace" and c.subject in signings:
            placed[c.start, c.end].add(c.obj)
    found: dict[str, set[str]] = defaultdict(set)
    for span, places in placed.items():
        for place in places:
            found[place] |= dated.get(span, set())
    return {place: agreements for place, agreements in found.items() if agreements}


def _named_after(name: str, place: str) -> bool:
    """Whether an agreement's name is a place's name and more words ("Dayton Peace Agreement")."""
    words, first = spelling.words(name), spelling.words(place)
    return len(words) > len(first) > 0 and words[:len(first)] == first and name[:1].isupper()


def _same_year(ex: Extraction, a: str, b: str) -> bool:
    years = [{c.obj.value[:4] for c in ex.claims if c.subject == eid and c.predicate in DATES
              and isinstance(c.obj, Literal)} for eid in (a, b)]
    return not all(years) or bool(years[0] & years[1])


def _other_kind_other_day(ex: Extraction, a: str, b: str) -> bool:
    """Are the two agreements of different kinds and dated to different days? A ceasefire signed in a
    city ("On 18 June 2000 the two sides signed a ceasefire ... in Algiers") is not the agreement named
    after the city and signed months later ("The Algiers Agreement, signed on 12 December 2000"): a
    truce and the peace that follows it are often signed in one place. An agreement of one kind dated
    on two days is one text initialled, then signed ("signed on the 21st of November ... in Dayton",
    "The Dayton Agreement was officially signed on the 14th of December")."""
    if set(ex.entities[a].classes) == set(ex.entities[b].classes):
        return False
    days = [{c.obj.value for c in ex.claims if c.subject == eid and c.predicate in DATES
             and isinstance(c.obj, Literal) and len(c.obj.value) == len("2000-01-01")} for eid in (a, b)]
    return all(days) and not days[0] & days[1]
