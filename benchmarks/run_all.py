"""Run every benchmark script in turn and print its figures (`make bench`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    ["dates_tempeval3.py"],
    ["dates_tempeval3.py", "--no-parse"],
    ["dates_real.py"],
    ["versions_accuracy.py"],
    ["versions_msrp.py"],
    ["versions_scale.py"],
    ["versions_families.py"],
    ["split_accuracy.py"],
    ["cli_speed.py"],
    ["parse_speed.py"],
    ["briefing_speed.py"],
]


def main() -> int:
    failed = 0
    for script, *args in SCRIPTS:
        print(f"\n=== {script} {' '.join(args)}".rstrip(), flush=True)
        proc = subprocess.run([sys.executable, str(HERE / script), *args], check=False)
        failed += proc.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
