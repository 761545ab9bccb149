"""How fast the command answers before any analysis: `briefing --help`, `--version`, a bad argument.

Each is a whole command in a fresh process (median of N runs), against the floor of a fresh
Python that only starts (`python -c pass`). Aim: each under 0.3 s. The command parses its
arguments before it imports the library (spaCy, pandas, papermill), so these pay only Python's
start and argparse.

    .venv/bin/python benchmarks/cli_speed.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "python -c pass (floor)": [sys.executable, "-c", "pass"],
    "briefing --help": [sys.executable, "-m", "analysis", "--help"],
    "briefing --version": [sys.executable, "-m", "analysis", "--version"],
    "briefing run x --jobs 0 (argument error)": [sys.executable, "-m", "analysis", "run", "x", "--jobs", "0"],
}


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    floor = None
    worst = 0.0
    for name, command in COMMANDS.items():
        median = statistics.median(seconds(command) for _ in range(args.repeat))
        floor = floor or median
        if "floor" not in name:
            worst = max(worst, median)
        print(f"{name:45s} {median:5.2f} s ({median / floor:.1f}x the floor)")
    print(f"slowest of the three: {worst:.2f} s (aim: under 0.3 s) -> {'met' if worst < 0.3 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
