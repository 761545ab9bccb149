"""Speed of `briefing findings` and `briefing run` against their floors, and on 200 real articles.

Every figure is a whole command in a fresh process (repeated papermill runs inside one
process get slower each time, so in-process timings mislead), paired with its floor run just
before it, so that a slow spell of this noisy machine hits both alike:

- `briefing findings seeds/` against its floor: a fresh Python that imports spaCy, loads the
  same trained pipeline and pipes the same block texts (what any tool that parses the
  articles must pay). Cold (an empty parse cache) and warm (the cache filled). Aim: 1.3x.
- `briefing run seeds/` against its notebook floor: the same number of trivial notebooks
  (one parameters cell, one `1 + 1` cell) run one by one through papermill and exported by
  nbconvert (reader and classroom pages) in one fresh process. Cold and warm as above, with
  `--no-pdf` (the floor prints no PDF); the time `briefing.pdf` adds is printed on its own.
  Aims: 1.6x cold, 1.3x warm.
- `briefing findings` on 200 real news articles (TempEval-3's TimeBank and AQUAINT texts
  written as plain text, a date marker on each), with the time split into its stages
  (ingest, parse, enrich, versions, dates, split), and as a whole command. Aim: under 60 s.

    .venv/bin/python benchmarks/briefing_speed.py [--repeat 3] [--articles 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Nothing heavy is imported at the top: this file is also the floors' fresh process, which
# must pay only for what the floor does.
TEMPEVAL = ROOT.parent / "shared" / "benchmarks" / "tempeval3"


def _trivial_notebooks(folder: Path, count: int) -> list[Path]:
    import nbformat

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


def notebook_floor(count: int) -> None:
    """Run ``count`` trivial notebooks and export both pages of each (in this process)."""
    import papermill

    from analysis.runner import _export

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for nb in _trivial_notebooks(folder, count):
            out = folder / f"out-{nb.name}"
            papermill.execute_notebook(str(nb), str(out), parameters={"findings_path": "x"},
                                       progress_bar=False, kernel_name="python3", cwd=tmp)
            _export(out, with_code=False, title="t")
            _export(out, with_code=True, title="t")


def parse_floor(texts_file: str) -> None:
    """Import spaCy, load the trained pipeline the findings use, pipe the texts (in this process)."""
    import spacy

    from analysis.english import choose_model

    nlp = spacy.load(choose_model())
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    for _ in nlp.pipe(texts, batch_size=64):
        pass


def _command(args: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return elapsed


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}


def _briefing(*args: str, cache: Path) -> float:
    return _command([sys.executable, "-m", "analysis", *args], _env(cache))


def _self(*args: str) -> float:
    return _command([sys.executable, __file__, *args])


def seed_texts(path: Path) -> None:
    from analysis.ingest import load_articles_and_skips

    articles, _ = load_articles_and_skips([ROOT / "seeds"])
    path.write_text(json.dumps([b.text for a in articles for b in a.blocks]), encoding="utf-8")


def real_corpus(folder: Path, count: int) -> int:
    """Write up to ``count`` TimeBank then AQUAINT articles as dated plain text; how many."""
    from analysis.dates.tempeval import read_tml

    files = sorted((TEMPEVAL / "train" / "TimeBank").glob("*.tml")) + sorted(
        (TEMPEVAL / "train" / "AQUAINT").glob("*.tml"))
    written = 0
    for tml in files[:count]:
        doc = read_tml(tml)
        body = "\n\n".join(" ".join(p.split()) for p in doc.text.split("\n\n") if p.strip())
        (folder / f"{doc.name}.txt").write_text(f"date {doc.dct.isoformat()}\n\n{body}\n", encoding="utf-8")
        written += 1
    return written


def stages(folder: Path) -> dict[str, float]:
    """``briefing findings`` on ``folder`` in this process, stage by stage (no parse cache)."""
    from analysis.dates import analyse_dates
    from analysis.english import trained_english
    from analysis.enrich import enrich
    from analysis.findings import DEFAULT_SIDES
    from analysis.ingest import load_articles_and_skips
    from analysis.split import analyse_split
    from analysis.text.layer import read_texts
    from analysis.versions import compare_versions

    times: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], object]) -> object:
        start = time.perf_counter()
        value = fn()
        times[name] = time.perf_counter() - start
        return value

    timed("load the pipeline", trained_english)
    articles, _ = timed("ingest", lambda: load_articles_and_skips([folder]))  # type: ignore[misc]
    layers = timed("parse (trained pipeline, quotes)", lambda: read_texts(articles, cache=False))
    layers = timed("enrich (undated articles)", lambda: enrich(layers))  # type: ignore[arg-type]
    enriched = [la.article for la in layers]  # type: ignore[attr-defined]
    timed("versions", lambda: compare_versions(enriched))
    timed("dates", lambda: analyse_dates(enriched, layers=layers))  # type: ignore[arg-type]
    timed("split", lambda: analyse_split(enriched, DEFAULT_SIDES, layers=layers))  # type: ignore[arg-type]
    return times


def _ratios(rows: list[float], floors: list[float]) -> str:
    ratios = sorted(r / f for r, f in zip(rows, floors, strict=True))
    return f"{statistics.median(ratios):.2f}x (range {ratios[0]:.2f}-{ratios[-1]:.2f}x)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--notebook-floor", type=int, metavar="N", help=argparse.SUPPRESS)
    parser.add_argument("--parse-floor", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.notebook_floor:
        notebook_floor(args.notebook_floor)
        return
    if args.parse_floor:
        parse_floor(args.parse_floor)
        return
    from analysis.runner import list_notebooks

    count = len(list_notebooks(ROOT / "notebooks"))
    seeds = str(ROOT / "seeds")
    rows: dict[str, list[float]] = {k: [] for k in (
        "pfloor", "fcold", "fwarm", "nfloor", "rcold", "rwarm", "rpdf", "spacy")}
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        seed_texts(texts)
        for i in range(args.repeat):  # interleaved: a slow spell hits every figure alike
            cache = Path(tmp) / f"cache-{i}"
            rows["pfloor"].append(_self("--parse-floor", str(texts)))
            rows["fcold"].append(_briefing("findings", seeds, "-o", os.devnull, cache=cache))
            rows["fwarm"].append(_briefing("findings", seeds, "-o", os.devnull, cache=cache))
            rows["spacy"].append(_command([sys.executable, "-c", "import spacy.matcher"]))
            run_cache = Path(tmp) / f"run-cache-{i}"
            out = Path(tmp) / f"out-{i}"
            rows["nfloor"].append(_self("--notebook-floor", str(count)))
            run = ("run", seeds, "--out", str(out), "--no-progress")
            rows["rcold"].append(_briefing(*run, "--no-pdf", cache=run_cache))
            rows["rwarm"].append(_briefing(*run, "--no-pdf", cache=run_cache))
            rows["rpdf"].append(_briefing(*run, cache=run_cache))
    m = {k: statistics.median(v) for k, v in rows.items()}
    print(f"median of {args.repeat} paired runs, each a whole command in a fresh process")
    print(f"findings floor (import spaCy, load the pipeline, pipe the seeds): {m['pfloor']:.2f} s"
          f" (importing spaCy alone: {m['spacy']:.2f} s)")
    print(f"briefing findings seeds/, cold parse cache:  {m['fcold']:.2f} s, "
          f"{_ratios(rows['fcold'], rows['pfloor'])} the floor (aim <= 1.3x)")
    print(f"briefing findings seeds/, warm parse cache:  {m['fwarm']:.2f} s, "
          f"{_ratios(rows['fwarm'], rows['pfloor'])} the floor")
    print(f"notebook floor ({count} trivial notebooks, papermill + nbconvert): {m['nfloor']:.2f} s")
    print(f"briefing run seeds/, cold parse cache:       {m['rcold']:.2f} s, "
          f"{_ratios(rows['rcold'], rows['nfloor'])} the floor (aim <= 1.6x)")
    print(f"briefing run seeds/, warm parse cache:       {m['rwarm']:.2f} s, "
          f"{_ratios(rows['rwarm'], rows['nfloor'])} the floor (aim <= 1.3x)")
    extra = m["rpdf"] - m["rwarm"]
    print(f"  with briefing.pdf printed (Chromium):       {m['rpdf']:.2f} s (+{extra:.2f} s)")
    if not TEMPEVAL.is_dir():
        print(f"real-news corpus not found at {TEMPEVAL}: the {args.articles}-article figures are skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n = real_corpus(folder, args.articles)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        whole = _briefing("findings", str(folder), "-o", os.devnull, "--no-cache", cache=Path(tmp) / "c")
        times = stages(folder)
    print(f"briefing findings on {n} real articles ({words:,} words; TimeBank and AQUAINT), "
          f"no cache: {whole:.1f} s as a whole command (aim < 60 s)")
    for name, seconds in times.items():
        print(f"  {name:<34} {seconds:6.2f} s")
    parse = times["parse (trained pipeline, quotes)"]
    print(f"  parse {parse:.1f} s, analysis {sum(times.values()) - parse - times['load the pipeline']:.1f} s")


if __name__ == "__main__":
    main()
