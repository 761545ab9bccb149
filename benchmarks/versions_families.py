"""Version families at scale: growth of the versions stage, and family trees against the truth.

Builds seeded synthetic corpora of 100, 300 and 1,000 articles (our own generator): wire
stories (dated, with a dateline) rewritten by many outlets (families of 2 to 50 articles),
chains of rewrites (a rewrite of a rewrite of ...), and articles no one copied. A rewrite
keeps most of its parent's sentences, edits a few words in some, drops one now and then,
adds a sentence or two and a headline of its own, is dated one to two days later and
usually drops the dateline. The generator records each copy's true parent.

For each size, in a fresh process, it prints for ``compare_versions`` (the versions stage
of ``build_findings``; dates and the split are not run) the wall time, the peak resident
memory (``resource``) and the peak traced memory (``tracemalloc``, a second run), the size
of the versions part of the findings JSON (``pairs``, ``families``, ``changes``,
``spelling``, ``quote_changes``), the number of version pairs against the tree edges
actually aligned; and how many tree edges name the true parent (target: at least 95%) and
how many families have the true original. Then the growth exponent k of time ~ n^k between
sizes.

Run: ``.venv/bin/python benchmarks/versions_families.py [--sizes 100 300 1000] [--seed 7]``
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.model import Article, Block  # noqa: E402

_ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "st", "tr", "pl"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
_CODAS = ["", "n", "r", "s", "t", "l", "nd", "st"]
_FUNCTION = ["the", "a", "of", "to", "in", "and", "on", "for", "with", "said", "that", "by", "from", "at"]


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        n = rng.choice((2, 2, 3))
        words.add("".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(n)))
    return sorted(words)


@dataclass(frozen=True)
class Generated:
    """The articles and, for every copy, its true parent and the family's original."""

    articles: tuple[Article, ...]
    parent: dict[str, str]
    original: dict[str, str]  # member -> its family's original (originals included)


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng)

    def sentence(self) -> str:
        rng = self.rng
        words = [rng.choice(_FUNCTION) if rng.random() < 0.3 else rng.choice(self.vocab) for _ in range(rng.randint(12, 24))]
        return " ".join(words).capitalize() + "."

    def edit(self, sentence: str) -> str:
        words = sentence.rstrip(".").split()
        for _ in range(self.rng.randint(1, 3)):
            words[self.rng.randrange(len(words))] = self.rng.choice(self.vocab)
        return " ".join(words).capitalize() + "."

    def rewrite(self, sentences: list[str]) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for s in sentences:
            if rng.random() < 0.06 and len(sentences) > 6:
                continue  # dropped
            out.append(self.edit(s) if rng.random() < 0.2 else s)
        for _ in range(rng.randint(1, 2)):
            out.insert(rng.randint(1, len(out)), self.sentence())
        return out


def _day(start: str, plus: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(start) + timedelta(days=plus)).isoformat()


def _article(ident: str, sentences: list[str], headline: str | None, dateline: str | None, published: str) -> Article:
    blocks: list[Block] = []
    if headline:
        blocks.append(Block("headline", headline, (headline,)))
    for k in range(0, len(sentences), 2):
        para = sentences[k : k + 2]
        blocks.append(Block("paragraph", " ".join(para), tuple(para)))
    return Article(
        id=ident, path=f"{ident}.txt", format="text", headline=headline, outlet=None, byline=None,
        dateline=dateline, published=published, published_basis="stated", blocks=tuple(blocks),
    )


def generate(n: int, seed: int) -> Generated:
    """About 60% of ``n`` articles in families (wire rewrites and chains), the rest standalone."""
    w = _Writer(seed)
    rng = w.rng
    sizes: list[tuple[str, int]] = []
    budget = int(0.6 * n)
    plan = [("wire", 50), ("wire", 20), ("chain", 5), ("wire", 10), ("chain", 4), ("wire", 5), ("wire", 3), ("wire", 2)]
    k = 0
    while budget > 1:
        kind, size = plan[k % len(plan)]
        size = min(size, budget)
        sizes.append((kind, size))
        budget -= size
        k += 1
    articles: list[Article] = []
    parent: dict[str, str] = {}
    original: dict[str, str] = {}
    for f, (kind, size) in enumerate(sizes):
        day = _day("2026-01-01", rng.randint(0, 300))
        root = f"f{f:03d}m00"
        texts = {root: [w.sentence() for _ in range(rng.randint(10, 16))]}
        dates = {root: day}
        articles.append(_article(root, texts[root], None, "LONDON, Jan 1", day))
        original[root] = root
        members = [root]
        for m in range(1, size):
            ident = f"f{f:03d}m{m:02d}"
            if kind == "chain":
                source = members[-1]
            else:  # most outlets rewrite the wire; some rewrite an earlier rewrite
                source = root if rng.random() < 0.7 else rng.choice(members)
            texts[ident] = w.rewrite(texts[source])
            dates[ident] = _day(dates[source], rng.randint(1, 2))
            dateline = "LONDON, Jan 1" if rng.random() < 0.2 else None
            articles.append(_article(ident, texts[ident], w.sentence().rstrip("."), dateline, dates[ident]))
            parent[ident], original[ident] = source, root
            members.append(ident)
    for s in range(n - len(articles)):
        ident = f"solo{s:04d}"
        body = [w.sentence() for _ in range(rng.randint(8, 16))]
        articles.append(_article(ident, body, w.sentence().rstrip("."), None, _day("2026-01-01", rng.randint(0, 300))))
    return Generated(tuple(articles), parent, original)


def measure_one(n: int, seed: int) -> dict[str, float | int]:
    """Time, memory, JSON size and tree accuracy of the versions stage on one corpus."""
    from analysis.versions import compare_versions
    from analysis.versions.align import clear_cache

    corpus = generate(n, seed)
    compare_versions(corpus.articles[:3], exact_limit=0)  # imports (datasketch, scipy: 1.4 s) done before timing
    clear_cache()
    start = time.perf_counter()
    found = compare_versions(corpus.articles)
    wall = time.perf_counter() - start
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    clear_cache()
    tracemalloc.start()
    compare_versions(corpus.articles)
    _, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    data = {
        "pairs": [p.to_dict() for p in found.pairs],
        "pairs_unlisted": found.pairs_unlisted,
        "families": [f.to_dict() for f in found.families],
        "changes": [c.to_dict() for c in found.changes],
        "spelling": [s.to_dict() for s in found.spelling],
        "quote_changes": [q.to_dict() for q in found.quote_changes],
    }
    size = len((json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    edges = {e.copy: e.parent for f in found.families for e in f.edges}
    right = sum(1 for copy, true in corpus.parent.items() if edges.get(copy) == true)
    roots = {f.original for f in found.families}
    true_roots = set(corpus.original.values())
    return {
        "articles": n,
        "wall_s": wall,
        "peak_rss_mib": rss_kib / 1024,
        "peak_traced_mib": traced / 2**20,
        "json_bytes": size,
        "version_pairs": sum(1 for p in found.pairs if p.relation in ("version", "duplicate")),
        "aligned_edges": len(edges),
        "families": len(found.families),
        "true_families": len(true_roots),
        "edges_right": right,
        "edges_total": len(corpus.parent),
        "originals_right": len(roots & true_roots),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a single size, as JSON (child process)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one, args.seed)))
        return
    rows = []
    for n in args.sizes:
        proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print("articles  wall s  peak RSS MiB  peak traced MiB  JSON KiB  version pairs  aligned edges  "
          "families (true)  tree edges right  originals right")
    for r in rows:
        share = 100 * r["edges_right"] / max(1, r["edges_total"])
        print(f"{r['articles']:>8}  {r['wall_s']:6.2f}  {r['peak_rss_mib']:12.1f}  {r['peak_traced_mib']:15.1f}  "
              f"{r['json_bytes'] / 1024:8.0f}  {r['version_pairs']:>13}  {r['aligned_edges']:>13}  "
              f"{r['families']:>8} ({r['true_families']})  {r['edges_right']:>5}/{r['edges_total']:<5} {share:5.1f}%  "
              f"{r['originals_right']:>6}/{r['true_families']}")
    for a, b in zip(rows, rows[1:], strict=False):
        ratio = math.log(b["articles"] / a["articles"])
        print(f"growth {a['articles']} -> {b['articles']}: time ~ n^{math.log(b['wall_s'] / a['wall_s']) / ratio:.2f}, "
              f"JSON ~ n^{math.log(b['json_bytes'] / a['json_bytes']) / ratio:.2f}, "
              f"traced memory ~ n^{math.log(b['peak_traced_mib'] / a['peak_traced_mib']) / ratio:.2f}")
    right = sum(r["edges_right"] for r in rows)
    total = sum(r["edges_total"] for r in rows)
    print(f"tree edges naming the true parent: {right}/{total} = {100 * right / total:.1f}% (target: at least 95%)")


if __name__ == "__main__":
    main()
