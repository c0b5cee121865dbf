"""mend40: an extraction worker's recognisers are made with the collector paused (`collector.collector_paused`, now
shared with the build) and left in its oldest generation: made to last, they would otherwise all be walked by the
first collection of the youngest once it runs again."""

from __future__ import annotations

import gc

from claimgraph.run import parallel


class _Recogniser:
    """A stand-in the collector tracks."""


def test_a_worker_s_recognisers_are_left_in_the_oldest_generation(monkeypatch):
    monkeypatch.setattr(parallel, "_recognisers", None)
    was = gc.isenabled()
    gc.enable()
    try:
        made = _Recogniser()
        parallel.init_worker([made])
        young = gc.get_objects(generation=0)
        assert gc.isenabled()
        assert not any(o is parallel._recognisers or o is made for o in young)
    finally:
        (gc.enable if was else gc.disable)()
