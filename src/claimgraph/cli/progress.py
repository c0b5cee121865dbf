"""Build progress on stderr: a bar per stage on a terminal, a few plain lines per stage in a
log (CI), so that no stage of a long build is silent."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from ..model import Step

if TYPE_CHECKING:
    from tqdm import tqdm

LOG_LINES = 20  # at most about this many lines per stage in a log, however large the corpus
VERBS = {"read": "reading", "link": "linking", "compare": "comparing", "write": "writing"}


class Progress:
    """`progress(step)` for `claimgraph.run.build`; close() when the build ends."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.bar: tqdm | None = None
        self.stage: str | None = None
        self.started = 0.0

    def __call__(self, step: Step) -> None:
        if step.done == 0 or step.stage != self.stage:
            self._start(step)
        if self.tty:
            if step.item:
                self.bar.set_postfix_str(step.item, refresh=False)
            self.bar.update(step.done - self.bar.n)
        elif _logged(step):
            print(self._line(step), file=self.stream, flush=True)

    def _start(self, step: Step) -> None:
        self.close()
        self.stage, self.started = step.stage, time.monotonic()
        if self.tty:
            from tqdm import tqdm  # here: a log (CI, a pipe) gets plain lines, without loading it

            self.bar = tqdm(total=step.total, desc=_verb(step), unit="source", file=self.stream,
                            dynamic_ncols=True)

    def _line(self, step: Step) -> str:
        line = f"{_verb(step)}: {step.done}/{step.total} sources"
        if step.item:
            line += f", {step.item}"
        if step.done == step.total:
            line += f" ({time.monotonic() - self.started:.1f} s)"
        return line

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _verb(step: Step) -> str:
    return VERBS.get(step.stage, step.stage)


def _logged(step: Step) -> bool:
    """Whether a log shows this step: a stage's start and end, and about LOG_LINES between."""
    if step.done in (0, step.total):
        return True
    return step.done * LOG_LINES // step.total != (step.done - 1) * LOG_LINES // step.total
