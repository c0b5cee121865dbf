"""Whether a process still runs: how leftovers of a killed process are told from work in progress."""

from __future__ import annotations

import os


def running(pid: int) -> bool:
    """True while process `pid` exists (one of another user counts: it cannot be signalled, but it runs)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
