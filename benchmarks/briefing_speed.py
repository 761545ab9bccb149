"""Speed of `briefing run` against its floor, and of `briefing findings`, on the seeds.

The floor is the same number of trivial notebooks (one parameters cell, one `1 + 1` cell)
through papermill and nbconvert (reader and classroom exports), in this same process: what
any papermill-based report must pay. Prints seconds and the ratio; aim: within 1.3x the floor,
and `briefing findings` under one second.

    .venv/bin/python benchmarks/briefing_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.findings import build_findings  # noqa: E402
from analysis.runner import _export, list_notebooks, run_briefing  # noqa: E402


def _trivial_notebooks(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        nb = nbformat.v4.new_notebook()
        nb.cells = [
            nbformat.v4.new_code_cell("findings_path = None", metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("1 + 1"),
        ]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        path = folder / f"{i:02d}-trivial.ipynb"
        nbformat.write(nb, path)
        paths.append(path)
    return paths


def floor_seconds(count: int) -> float:
    import papermill

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        notebooks = _trivial_notebooks(folder, count)
        start = time.perf_counter()
        for nb in notebooks:
            out = folder / f"out-{nb.name}"
            papermill.execute_notebook(str(nb), str(out), parameters={"findings_path": "x"},
                                       progress_bar=False, kernel_name="python3", cwd=tmp)
            _export(out, with_code=False, title="t")
            _export(out, with_code=True, title="t")
        return time.perf_counter() - start


def run_seconds() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = run_briefing([ROOT / "seeds"], out_dir=tmp, progress=False)
        elapsed = time.perf_counter() - start
        if result.failed:
            raise SystemExit(f"a notebook failed: {result.failed[0].error}")
        return elapsed


def findings_seconds_in_process() -> float:
    start = time.perf_counter()
    build_findings([ROOT / "seeds"])
    return time.perf_counter() - start


def findings_seconds_command() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "findings", str(ROOT / "seeds"), "-o", "/dev/null"],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    count = len(list_notebooks(ROOT / "notebooks"))
    build_findings([ROOT / "seeds"])  # warm imports and caches once
    floors, runs, warm, cold = [], [], [], []
    for _ in range(args.repeat):
        floors.append(floor_seconds(count))
        runs.append(run_seconds())
        warm.append(findings_seconds_in_process())
        cold.append(findings_seconds_command())
    floor, run = statistics.median(floors), statistics.median(runs)
    print(f"notebooks: {count}; median of {args.repeat} runs")
    print(f"floor (trivial notebooks, papermill + nbconvert): {floor:.2f} s")
    print(f"briefing run seeds/:                              {run:.2f} s")
    print(f"ratio run / floor:                                {run / floor:.2f}x (aim <= 1.3x)")
    print(f"briefing findings seeds/ (in process, warm):      {statistics.median(warm):.3f} s")
    print(f"briefing findings seeds/ (whole command):         {statistics.median(cold):.3f} s (aim < 1 s)")


if __name__ == "__main__":
    main()
