"""Build progress on stderr: a bar on a terminal, a few plain lines in a log (CI)."""

from __future__ import annotations

import sys

from tqdm import tqdm

from ..model import SourceMeta

LOG_LINES = 20  # at most about this many lines in a log, however large the corpus


class Progress:
    """`progress(done, total, meta)` for `claimgraph.build`; close() when the build ends."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.bar: tqdm | None = None
        self.tty = self.stream.isatty()

    def __call__(self, done: int, total: int, meta: SourceMeta) -> None:
        if self.tty:
            if self.bar is None:
                self.bar = tqdm(total=total, unit="source", file=self.stream, dynamic_ncols=True)
            self.bar.set_postfix_str(meta.id, refresh=False)
            self.bar.update(1)
        elif done == total or done * LOG_LINES // total != (done - 1) * LOG_LINES // total:
            print(f"reading {meta.id}: done, {done}/{total} sources", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
