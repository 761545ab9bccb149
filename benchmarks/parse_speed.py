"""Cost of the parse stage (the trained pipeline) at several corpus sizes, cold and cached.

For N articles (the project's own test articles and the seeds, repeated with a numbered
line so that each text, and so each cache key, is new), prints in one run:

- floor: ``nlp.pipe`` over the same block texts with the same loaded pipeline;
- ``parse_articles`` with no cache, against that floor (the stage's own overhead);
- ``parse_articles`` writing a fresh cache, then reading it back (a re-run);
- seconds per article, and the growth exponent between sizes (1.0 is linear).

The pipeline is loaded once, before any timing; its load time is printed on its own.

    .venv/bin/python benchmarks/parse_speed.py [--sizes 25 100 200]
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import load_articles  # noqa: E402
from analysis.english import trained_english  # noqa: E402
from analysis.model import Block  # noqa: E402
from analysis.parse import parse_articles  # noqa: E402


def corpus(size: int) -> list:
    """``size`` distinct articles made from the seeds and tests/data."""
    files = sorted(p for p in (ROOT / "tests" / "data").rglob("*") if p.suffix in {".txt", ".md", ".html"})
    base = load_articles([ROOT / "seeds", *files])
    out = []
    for i in range(size):
        article = base[i % len(base)]
        marker = Block(kind="paragraph", text=f"Copy number {i} of this article.", sentences=())
        out.append(dataclasses.replace(article, id=f"{article.id}-{i}", blocks=(*article.blocks, marker)))
    return out


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 100, 200])
    args = parser.parse_args()
    start = time.perf_counter()
    nlp = trained_english()
    print(f"load the trained pipeline ({nlp.meta['name']} {nlp.meta['version']}): "
          f"{time.perf_counter() - start:.2f} s")
    nlp.pipe(["Warm up."])
    previous: tuple[int, float] | None = None
    for size in args.sizes:
        articles = corpus(size)
        texts = [b.text for a in articles for b in a.blocks]
        floor = timed(lambda texts=texts: list(nlp.pipe(texts, batch_size=64)))
        bare = timed(lambda articles=articles: parse_articles(articles, cache=False))
        with tempfile.TemporaryDirectory() as tmp:
            cold = timed(lambda articles=articles, tmp=tmp: parse_articles(articles, cache_dir=tmp))
            warm = timed(lambda articles=articles, tmp=tmp: parse_articles(articles, cache_dir=tmp))
        words = sum(a.words for a in articles)
        print(f"{size:5d} articles ({words:,} words): floor nlp.pipe {floor:6.2f} s | "
              f"parse_articles {bare:6.2f} s ({bare / floor:.2f}x floor) | "
              f"writing the cache {cold:6.2f} s | from the cache {warm:5.2f} s ({floor / warm:.0f}x faster) | "
              f"{1000 * bare / size:.0f} ms/article")
        if previous:
            exponent = math.log(bare / previous[1]) / math.log(size / previous[0])
            print(f"      growth exponent {previous[0]} -> {size} articles: {exponent:.2f}")
        previous = (size, bare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
