"""Close days in linking (`matching._close_dates`, `matching._Blocks`) are read from each signature's
window of days (`profiles.Signature.window`, the days' ordinals within `profiles.DAYS`): the same
answers as subtracting every two days, on random dates over months' and years' ends."""

import datetime
import random

import pytest

from claimgraph.combine import matching, profiles
from claimgraph.combine.profiles import DAYS


def _signature(rng: random.Random, n: int) -> profiles.Signature:
    """An attack of one participant dated by up to three days near a New Year, or by a month, or undated."""
    start = datetime.date(2019, 12, 10)
    days = {(start + datetime.timedelta(days=rng.randint(0, 60))).isoformat() for _ in range(rng.randint(0, 3))}
    if n % 7 == 0:
        days = {rng.choice(["2019-12", "2020-01"])}
    return profiles.Signature(("Attack",), frozenset({"x"}), frozenset(days), frozenset(), frozenset(), frozenset())


@pytest.mark.parametrize("seed", range(5))
def test_close_dates_are_the_days_within_days_of_each_other(seed):
    rng = random.Random(seed)
    signatures = [_signature(rng, n) for n in range(40)]
    blocks = matching._Blocks({})  # an index of the signatures alone
    for signature in signatures:
        for key in blocks._keys(signature):
            blocks.index[key].add(signature)
    for a in signatures:
        near = blocks._near(a)
        for b in signatures:
            if a.days and b.days and not (a.years and b.years and not a.years & b.years):
                close = any(abs((x - y).days) <= DAYS for x in a.days for y in b.days)
                assert matching._close_dates(a, b) is close
                assert not close or b in near  # a candidate wherever the days are close
