"""What "within days" of the last day told stands for: that day's month, while the span stays in it.

"On 13 November 1977 Siad Barre renounced the treaty. Within days Moscow began an airlift": the airlift began some
days after 13 November, a day the text does not give; the month is all it tells. A span that may run past the
month's end ("on 28 March ... within a week") tells no month either.
"""

from __future__ import annotations

import datetime


def within_days(day: str, days: int) -> str | None:
    """The month (YYYY-MM) of `day` (YYYY-MM-DD) when `days` after it is still in it, else None."""
    last = (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()
    return day[:7] if last[:7] == day[:7] else None
