"""Dates with one owner: which date, of which precision, belongs to which happening.

`recognise.dates` finds date *mentions* and normalises what they say alone ("27 September
2020" -> 2020-09-27, "April 2016" -> 2016-04, "in 1994" -> 1994). Everything after that is
decided here, and only here:

- `anchored`: relative mentions ("four years ago", "that day", "on September 19") become
  dates, read in text order against the source's date and the last date the text gave;
  `document_date`: the text's own date (its dateline), the source's date when the manifest
  gives none;
- `date_of`: the date a trigger carries for the resolver (is "the attack" of this sentence
  the one told before?); `own_date`: the date its own phrase gives, which says which one it is;
- `extract` (a stage, like `claims.extract`): the `startDate`, `endDate` and `date` claims
  of every event and agreement, each typed as precisely as its words (xsd:date, gYearMonth,
  gYear); a date from a relative mention is a derived claim.

Contract: a date claim's evidence is the sentence (two sentences for a signing dated by the
sentence before), and its object is the normalised value of one date mention of that
evidence (or of the text's own dateline), never a date the text does not give; a happening
takes only a date attached to its own words (`attach`), so the resolver and the claims agree.

Modules: `anchor` (relative dates and datelines against the document's date; periods; `background`: years that
move no story), `attach` (which date belongs to which happening; `conjunct`: not the next clause's subject), `signing`
(which is an agreement's; `effect`: the day it came into force; `resolutions`: the day a resolution speaks), `spent`
(what a short span before a dated act was spent on, ended then), `spans` (distances and ranges between mentions, for
both), `stage` (the claims; method `dates-attached.v4`, `dates-timeline.v3` for beginnings and ends told around a date).
"""

from ...recognise.dates import RELATIVE_NAME as RELATIVE
from .anchor import anchor, anchored, document_date, overlaps, period
from .attach import date_of, declared_war, is_reference, own_date
from .stage import NAME, TIMELINE, ending_before, extract, one_date

__all__ = ["NAME", "RELATIVE", "TIMELINE", "anchor", "anchored", "date_of", "declared_war", "document_date", "ending_before", "extract", "is_reference", "one_date",
           "overlaps", "own_date", "period"]
