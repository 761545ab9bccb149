"""Mirror tests for analysis.progress: the long stages say how far they are, on a terminal only."""

from __future__ import annotations

import io

from analysis.findings import build_findings
from analysis.progress import TerminalBars, quiet


def test_the_long_stages_report_until_done(seeds_dir, tmp_path):
    heard: dict[str, list[tuple[int, int]]] = {}
    build_findings([seeds_dir], cache=False,
                   progress=lambda stage, done, total: heard.setdefault(stage, []).append((done, total)))
    assert {"parsing", "comparing", "aligning"} <= set(heard)
    for stage, calls in heard.items():
        done = [d for d, _ in calls]
        assert done == sorted(done) and calls[-1][0] == calls[-1][1], stage
    assert heard["parsing"][-1] == (3, 3)
    assert heard["comparing"][-1] == (3, 3)  # three articles, three pairs


def test_bars_draw_nothing_when_standard_error_is_not_a_terminal():
    stream = io.StringIO()
    bars = TerminalBars(stream)
    bars("parsing", 1, 2)
    bars("parsing", 2, 2)
    bars.close()
    assert stream.getvalue() == "" and not bars.enabled


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bars_draw_on_a_terminal_unless_turned_off():
    stream = _Terminal()
    bars = TerminalBars(stream)
    for done in range(1, 4):
        bars("parsing", done, 3)
    bars.close()
    assert "parsing" in stream.getvalue()
    off = _Terminal()
    TerminalBars(off, enabled=False)("parsing", 1, 1)
    assert off.getvalue() == ""


def test_quiet_says_nothing():
    assert quiet("parsing", 1, 1) is None
