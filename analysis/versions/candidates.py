"""Candidate pairs for comparison: MinHash LSH so that many articles need not all be compared.

With n articles there are n(n-1)/2 pairs; aligning every one is quadratic in articles and
in sentences. datasketch's LSH Ensemble (Zhu et al. 2016) indexes a MinHash of each
article's shingles and answers "which articles contain at least ``threshold`` of this
one's shingles?" in close to constant time per query. Every article is queried once, so a
pair is a candidate when either article is contained in the other, which is what a copy
that adds or cuts material looks like. A second LSH index over content words finds pairs
on one story that share few exact phrases. Only candidates are measured exactly.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datasketch is imported when first used: small corpora never need it
    from datasketch import MinHash

__all__ = [
    "DEFAULT_NUM_PERM",
    "minhashes",
    "containment_candidates",
    "jaccard_candidates",
    "naive_containment_pairs",
]

DEFAULT_NUM_PERM = 128
_SEED = 1  # fixed: the same articles always give the same candidates


def minhashes(sets: Sequence[frozenset[Hashable]], *, num_perm: int = DEFAULT_NUM_PERM) -> list[MinHash]:
    """One MinHash per set, from a fixed seed so that results repeat exactly."""
    from datasketch import MinHash

    encoded = [sorted(_encode(item) for item in s) for s in sets]
    hashes: list[MinHash] = MinHash.bulk(encoded, num_perm=num_perm, seed=_SEED)
    return hashes


def _encode(item: Hashable) -> bytes:
    if isinstance(item, tuple):
        return " ".join(map(str, item)).encode("utf-8")
    return str(item).encode("utf-8")


def containment_candidates(
    sets: Sequence[frozenset[Hashable]],
    *,
    threshold: float = 0.3,
    num_perm: int = DEFAULT_NUM_PERM,
    num_part: int = 8,
    hashes: Sequence[MinHash] | None = None,
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, where one set likely contains at least ``threshold`` of the other.

    Approximate by design: set ``threshold`` below the containment you act on so that
    pairs near it are not missed, and check each candidate exactly.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1]; got {threshold}")
    live = [i for i, s in enumerate(sets) if s]
    if len(live) < 2:
        return []
    hashes = list(hashes) if hashes is not None else minhashes(sets, num_perm=num_perm)
    from datasketch import MinHashLSHEnsemble

    index = MinHashLSHEnsemble(threshold=threshold, num_perm=num_perm, num_part=num_part)
    index.index((i, hashes[i], len(sets[i])) for i in live)
    found: set[tuple[int, int]] = set()
    for i in live:
        for j in index.query(hashes[i], len(sets[i])):
            if j != i:
                found.add((min(i, j), max(i, j)))
    return sorted(found)


def jaccard_candidates(
    sets: Sequence[frozenset[Hashable]],
    *,
    threshold: float = 0.15,
    num_perm: int = DEFAULT_NUM_PERM,
    hashes: Sequence[MinHash] | None = None,
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, whose Jaccard similarity is likely at least ``threshold``."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1]; got {threshold}")
    live = [i for i, s in enumerate(sets) if s]
    if len(live) < 2:
        return []
    hashes = list(hashes) if hashes is not None else minhashes(sets, num_perm=num_perm)
    from datasketch import MinHashLSH

    index = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for i in live:
        index.insert(i, hashes[i])
    found: set[tuple[int, int]] = set()
    for i in live:
        for j in index.query(hashes[i]):
            if j != i:
                found.add((min(i, j), max(i, j)))
    return sorted(found)


def naive_containment_pairs(sets: Sequence[frozenset[Hashable]], *, threshold: float) -> list[tuple[int, int]]:
    """Every pair where one set contains at least ``threshold`` of the other, by brute force.

    The reference the LSH candidates are checked and timed against.
    """
    out = []
    for i, j in combinations(range(len(sets)), 2):
        a, b = sets[i], sets[j]
        if not a or not b:
            continue
        shared = len(a & b)
        if shared / len(a) >= threshold or shared / len(b) >= threshold:
            out.append((i, j))
    return out
