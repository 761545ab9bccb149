"""Scale of the version analysis: MinHash LSH candidates against naive all-pairs comparison.

Builds a synthetic corpus (default 2,000 articles): originals made of random news-like
sentences (words drawn from breame's British/American list and English stop words) and
mutated copies of them (British spellings made American, sentences merged, split, dropped,
added and edited), several copies per original, plus originals nobody copied. Then prints
time and peak traced memory for

1. profiles (word trigrams and content words of every article),
2. pair finding with MinHash LSH Ensemble (containment), with its recall of the true
   version pairs and of every pair whose exact containment reaches the version threshold,
3. exact measures of the candidates, and full sentence alignment of the version pairs,
4. naive all-pairs: exact containment of every pair on the whole corpus, and full
   comparison (measures + alignment) of every pair on a subsample, extrapolated to the
   whole corpus by the number of pairs, and the ratio against the LSH pipeline.

Run: ``.venv/bin/python benchmarks/versions_scale.py [--articles 2000] [--subsample 120]``
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS  # noqa: E402
from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402

from analysis.model import Article, Block  # noqa: E402
from analysis.versions import align_profiles  # noqa: E402
from analysis.versions.align import clear_cache  # noqa: E402
from analysis.versions.candidates import containment_candidates, naive_containment_pairs  # noqa: E402
from analysis.versions.relation import VERSION_CONTAINMENT, measure, profile, relation_of  # noqa: E402

T = TypeVar("T")

_CONTENT = sorted(set(BRITISH_ENGLISH_SPELLINGS) | set(BRITISH_ENGLISH_SPELLINGS.values()))
_CONTENT += [
    "regulators", "market", "government", "minister", "talks", "deal", "sources", "bank",
    "report", "company", "investors", "prices", "election", "court", "police", "council",
]
_STOP = sorted(STOP_WORDS)


def sentence(rng: random.Random) -> str:
    """A random sentence of 10 to 28 words, about 40% of them stop words."""
    words = [rng.choice(_STOP) if rng.random() < 0.4 else rng.choice(_CONTENT) for _ in range(rng.randint(10, 28))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def original(rng: random.Random) -> list[str]:
    return [sentence(rng) for _ in range(rng.randint(10, 22))]


def americanise(s: str) -> str:
    return " ".join(BRITISH_ENGLISH_SPELLINGS.get(w, w) for w in s.split(" "))


def mutate(rng: random.Random, sentences: list[str]) -> list[str]:
    """A copy: spelling changed, some sentences merged, split, dropped, edited, added."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        s = americanise(sentences[i]) if rng.random() < 0.7 else sentences[i]
        r = rng.random()
        if r < 0.08 and i + 1 < len(sentences):  # merge with the next
            out.append(s.rstrip(".") + ", and " + sentences[i + 1][0].lower() + sentences[i + 1][1:])
            i += 2
            continue
        if r < 0.16:  # split
            words = s.rstrip(".").split(" ")
            cut = len(words) // 2
            out += [" ".join(words[:cut]) + ".", words[cut].capitalize() + " " + " ".join(words[cut + 1 :]) + "."]
        elif r < 0.22:  # drop
            pass
        elif r < 0.40:  # edit a few words
            words = s.split(" ")
            for _ in range(rng.randint(1, 3)):
                words[rng.randrange(1, len(words))] = rng.choice(_CONTENT)
            out.append(" ".join(words))
        else:
            out.append(s)
        if rng.random() < 0.06:
            out.append(sentence(rng))
        i += 1
    return out


def article(ident: str, sentences: list[str]) -> Article:
    blocks = tuple(Block("paragraph", s, (s,)) for s in sentences)
    return Article(ident, f"{ident}.txt", "text", None, None, None, None, None, "unknown", blocks)


def corpus(n: int, seed: int = 7) -> tuple[list[Article], set[tuple[int, int]]]:
    """``n`` articles and the index pairs that are versions of one another by construction."""
    rng = random.Random(seed)
    n_orig = max(1, int(n * 0.35))
    originals = [original(rng) for _ in range(n_orig)]
    family: list[int] = list(range(n_orig))
    texts = list(originals)
    while len(texts) < n:
        f = rng.randrange(n_orig // 2)  # half the originals are never copied
        texts.append(mutate(rng, originals[f]))
        family.append(f)
    order = list(range(n))
    rng.shuffle(order)
    arts = [article(f"a{k:05d}", texts[i]) for k, i in enumerate(order)]
    fam = [family[i] for i in order]
    truth = {(i, j) for i, j in combinations(range(n), 2) if fam[i] == fam[j]}
    return arts, truth


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def peak_mib(fn: Callable[[], Any]) -> float:
    """Peak memory traced while ``fn`` runs (a separate run, so timings carry no tracing cost)."""
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--subsample", type=int, default=120, help="articles for the naive full comparison")
    parser.add_argument("--threshold", type=float, default=VERSION_CONTAINMENT * 0.75, help="LSH containment threshold")
    args = parser.parse_args(argv)

    arts, truth = corpus(args.articles)
    print(f"synthetic corpus: {len(arts)} articles, {len(truth)} version pairs by construction, "
          f"{len(arts) * (len(arts) - 1) // 2} pairs in all")

    profiles, t_prof = timed(lambda: [profile(a) for a in arts])
    m_prof = peak_mib(lambda: [profile(a) for a in arts])
    sets = [p.shingles for p in profiles]
    print(f"1. profiles:            {t_prof:7.2f} s   peak {m_prof:7.1f} MiB")

    cands, t_lsh = timed(lambda: containment_candidates(sets, threshold=args.threshold))
    m_lsh = peak_mib(lambda: containment_candidates(sets, threshold=args.threshold))
    exact_pairs, t_naive_find = timed(lambda: naive_containment_pairs(sets, threshold=VERSION_CONTAINMENT))
    cset = set(cands)
    recall_truth = len(truth & cset) / len(truth) if truth else 1.0
    recall_exact = len(set(exact_pairs) & cset) / len(exact_pairs) if exact_pairs else 1.0
    print(f"2. LSH pair finding:    {t_lsh:7.2f} s   peak {m_lsh:7.1f} MiB   {len(cands)} candidates; "
          f"recall {100 * recall_truth:.1f}% of true version pairs, "
          f"{100 * recall_exact:.1f}% of the {len(exact_pairs)} pairs with containment >= {VERSION_CONTAINMENT}")

    def verify() -> list[tuple[int, int]]:
        out = []
        for i, j in cands:
            if relation_of(measure(profiles[i], profiles[j])) in ("version", "duplicate"):
                out.append((i, j))
        return out

    versions, t_verify = timed(verify)
    print(f"3. exact check:         {t_verify:7.2f} s   {len(versions)} version pairs confirmed "
          f"(precision of candidates {100 * len(versions) / max(len(cands), 1):.1f}%)")

    def align_all() -> int:
        clear_cache()  # measure cold: every unit prepared afresh
        return sum(len(align_profiles(profiles[i], profiles[j])) for i, j in versions)

    _, t_align = timed(align_all)
    m_align = peak_mib(align_all)
    print(f"   alignment:           {t_align:7.2f} s   peak {m_align:7.1f} MiB   "
          f"({1000 * t_align / max(len(versions), 1):.1f} ms a pair)")
    ours = t_lsh + t_verify + t_align

    print(f"4. naive exact containment of all pairs: {t_naive_find:7.2f} s "
          f"(LSH pair finding is {t_naive_find / t_lsh:.1f}x faster)")
    k = min(args.subsample, len(arts))
    sub = profiles[:k]

    def naive_full() -> int:
        clear_cache()
        n = 0
        for a, b in combinations(sub, 2):
            measure(a, b)
            n += len(align_profiles(a, b))
        return n

    _, t_sub = timed(naive_full)
    pairs_sub = k * (k - 1) // 2
    pairs_all = len(arts) * (len(arts) - 1) // 2
    estimate = t_sub * pairs_all / pairs_sub
    print(f"   naive full comparison (measures + alignment) of all {pairs_sub} pairs of {k} articles: {t_sub:.2f} s; "
          f"extrapolated to {pairs_all} pairs: {estimate:,.0f} s")
    print(f"   LSH pipeline (find + check + align) on {len(arts)} articles: {ours:.2f} s; "
          f"ratio naive / LSH: {estimate / ours:,.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
