"""Speed of `briefing run` against its floor, and of `briefing findings`, on the seeds.

Both are timed as whole commands in fresh processes: repeated papermill runs inside one
process get slower each time (5.3, 7.7 and 11.1 s for the same floor here), so in-process
timings mislead. The floor runs its notebooks one by one; `briefing run` runs them one per
CPU by default, so its time with `--jobs 1` is printed as well.

The floor is the same number of trivial notebooks (one parameters cell, one `1 + 1` cell)
run through papermill and exported by nbconvert (reader and classroom pages) in one fresh
Python process: what any papermill-based report must pay. `briefing run` is timed the same
way, as a whole command in a fresh process, so both pay their imports. Prints seconds and
the ratio; aim: within 1.3x the floor, and `briefing findings` under one second. The
time to import spaCy alone is printed too: the findings cannot be faster than that.

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
from analysis.runner import _export, list_notebooks  # noqa: E402


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


def _command_seconds(args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return elapsed


def floor_command_seconds(count: int) -> float:
    """The floor in a fresh process: imports of papermill and nbconvert included."""
    return _command_seconds([sys.executable, __file__, "--floor-only", str(count)])


def run_seconds(*options: str) -> float:
    """`briefing run seeds/` as a whole command in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        return _command_seconds([sys.executable, "-m", "analysis", "run", str(ROOT / "seeds"),
                                 "--out", tmp, "--no-progress", *options])


def spacy_import_seconds() -> float:
    return _command_seconds([sys.executable, "-c", "import spacy.matcher"])


def findings_seconds_in_process() -> float:
    start = time.perf_counter()
    build_findings([ROOT / "seeds"])
    return time.perf_counter() - start


def findings_seconds_command() -> float:
    return _command_seconds([sys.executable, "-m", "analysis", "findings", str(ROOT / "seeds"),
                             "-o", "/dev/null"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--floor-only", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_only:
        floor_seconds(args.floor_only)
        return
    count = len(list_notebooks(ROOT / "notebooks"))
    build_findings([ROOT / "seeds"])  # warm imports and caches once, for the in-process figures
    rows: dict[str, list[float]] = {k: [] for k in ("floor", "run", "serial", "warm", "cold", "spacy")}
    for _ in range(args.repeat):  # interleaved, so that a slow spell hits every figure alike
        rows["floor"].append(floor_command_seconds(count))
        rows["run"].append(run_seconds())
        rows["serial"].append(run_seconds("--jobs", "1"))
        rows["warm"].append(findings_seconds_in_process())
        rows["cold"].append(findings_seconds_command())
        rows["spacy"].append(spacy_import_seconds())
    m = {k: statistics.median(v) for k, v in rows.items()}
    print(f"notebooks: {count}; median of {args.repeat} runs")
    print(f"floor, fresh process (trivial notebooks, papermill + nbconvert): {m['floor']:.2f} s")
    print(f"briefing run seeds/, whole command:                             {m['run']:.2f} s")
    ratios = sorted(r / f for r, f in zip(rows["run"], rows["floor"], strict=True))  # each run against the floor beside it
    print(f"ratio run / floor (median of the paired runs):                  "
          f"{statistics.median(ratios):.2f}x (aim <= 1.3x; range {ratios[0]:.2f}-{ratios[-1]:.2f}x)")
    print(f"briefing run seeds/ --jobs 1 (one notebook at a time):          "
          f"{m['serial']:.2f} s ({m['serial'] / m['floor']:.2f}x)")
    print(f"briefing findings seeds/, whole command:                        {m['cold']:.3f} s (aim < 1 s)")
    print(f"  of which a fresh Python importing spaCy:                      {m['spacy']:.3f} s")
    print(f"briefing findings seeds/, in a warm process:                    {m['warm']:.3f} s")


if __name__ == "__main__":
    main()
