"""Progress of the long stages: a callback the stages call, and bars for a terminal.

A stage that takes time in proportion to its input (parsing articles, measuring pairs,
aligning versions) calls ``report(stage, done, total)`` as it goes; the library's default is
:func:`quiet`. The CLI passes :class:`TerminalBars`, which draws one tqdm bar per stage on
standard error when that is a terminal and draws nothing otherwise (a log file or a pipe
stays clean).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TextIO

__all__ = ["Report", "quiet", "TerminalBars"]

Report = Callable[[str, int, int], None]
"""``report(stage, done, total)``: ``done`` of ``total`` items of ``stage`` are finished."""


def quiet(stage: str, done: int, total: int) -> None:
    """Report nothing (the default)."""


class TerminalBars:
    """One progress bar per stage on ``stream`` (standard error), only on a terminal."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self._bars: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        bar = self._bars.get(stage)
        if bar is None:
            from tqdm import tqdm  # type: ignore[import-untyped]

            bar = self._bars[stage] = tqdm(total=total, desc=stage, file=self.stream, leave=False)
        bar.total = total
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    def close(self) -> None:
        """Close every bar still open (a stage that stopped early)."""
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()
