"""Sentence alignment from an original to its copy, and what kind of change each unit is.

Alignment is monotone dynamic programming over the two sequences of units (headline, key
points, subheads and sentences), in the manner of Gale and Church's sentence aligner but
scored by word similarity rather than length: a unit may match one unit (1:1), two units of
the original may become one of the copy (2:1, *merged*) or one may become two (1:2,
*split*), and a unit may be *removed* or *added*. A pair of units is a match only when its
similarity reaches ``match_threshold``, the line between "the same sentence, edited" and
"a different sentence" (tuned on the MSRP training split, see
``benchmarks/versions_msrp.py``). Matches the monotone pass cannot make because the copy
moved a sentence are recovered afterwards, best first.

Each 1:1 match is then *unchanged* (the same text up to white space, quote glyphs and dash
style), *punctuation* (the same words; punctuation or capitals differ), *spelling* (the
words differ only by British/American variants or closed/open compounds) or *edited*.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from analysis.versions.similarity import canonical_words, sentence_similarity
from analysis.versions.spelling import VariantMatch, match_variants
from analysis.versions.text import Token, normalise_typography, punctuation_signature, tokens

__all__ = [
    "ChangeKind",
    "MATCH_THRESHOLD",
    "PART_CONTAINMENT",
    "Variant",
    "Alignment",
    "WordOp",
    "align_units",
    "classify_pair",
    "text_similarity",
    "same_sentence",
    "word_diff",
    "variants_between",
    "similarity_matrices",
    "clear_cache",
]

ChangeKind = Literal["unchanged", "spelling", "punctuation", "edited", "added", "removed", "merged", "split"]

MATCH_THRESHOLD = 0.51
"""Sentence similarity at or above which two sentences are one sentence, perhaps edited.

Tuned on the MSRP training split only (``benchmarks/versions_msrp.py --tune`` prints the
best threshold there); the test split is scored with this fixed value.
"""

PART_CONTAINMENT = 0.5
"""In a merge or split, each of the two sentences must have this share of its distinct words in the third."""

_MERGE_PENALTY = 0.97  # prefer 1:1 when a 2:1 match explains no more
_CODE_BASE = 0x10000  # words are encoded as characters from here (past the surrogates)


@dataclass(frozen=True)
class Variant:
    """One spelling exchanged for another in an aligned unit (forms as written, lower case)."""

    from_form: str
    to_form: str
    kind: Literal["spelling", "compound"]


@dataclass(frozen=True)
class Alignment:
    """Units ``source`` of the original aligned to units ``target`` of the copy.

    ``source``/``target`` are indices into the two unit sequences (empty for an added or a
    removed unit); ``similarity`` is the sentence similarity of the joined texts (0 for an
    added or removed unit); ``moved`` is true for a match found out of order.
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    kind: ChangeKind
    similarity: float
    variants: tuple[Variant, ...] = ()
    moved: bool = False
    note: str | None = None


@dataclass(frozen=True)
class WordOp:
    """A run of the word diff: ``equal``, ``delete``, ``insert`` or ``replace``, with texts."""

    tag: str
    from_text: str
    to_text: str


@dataclass(frozen=True)
class _Prepared:
    text: str
    tokens: tuple[Token, ...]
    words: tuple[str, ...]
    canon: tuple[str, ...]


@lru_cache(maxsize=65536)
def _prepare(text: str) -> _Prepared:
    """A unit's tokens, lower-case words and spelling-folded words (cached: a unit recurs in many pairs)."""
    toks = tokens(text)
    words = tuple(t.norm for t in toks)
    return _Prepared(text, toks, words, canonical_words(words))


def _join(parts: Sequence[_Prepared]) -> _Prepared:
    return parts[0] if len(parts) == 1 else _prepare(" ".join(p.text for p in parts))


def _surface(p: _Prepared, start: int, end: int) -> str:
    return p.text[p.tokens[start].start : p.tokens[end - 1].end].casefold()


def variants_between(a: _Prepared | str, b: _Prepared | str) -> tuple[tuple[Variant, ...], bool]:
    """The spelling variants exchanged between two texts, and whether they explain every difference.

    The word sequences are diffed; each run of differing words is explained, where it can
    be, as British/American variants or closed/open compounds. Returns the variants found
    and ``True`` when no other word differs.
    """
    pa = a if isinstance(a, _Prepared) else _prepare(a)
    pb = b if isinstance(b, _Prepared) else _prepare(b)
    matcher = difflib.SequenceMatcher(None, pa.words, pb.words, autojunk=False)
    found: list[Variant] = []
    explained = True
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        matches: tuple[VariantMatch, ...] | None = None
        if tag == "replace":
            matches = match_variants(pa.words[i1:i2], pb.words[j1:j2])
        if matches is None:
            explained = False
            continue
        for m in matches:
            found.append(
                Variant(
                    _surface(pa, i1 + m.a_start, i1 + m.a_end),
                    _surface(pb, j1 + m.b_start, j1 + m.b_end),
                    m.kind,
                )
            )
    return tuple(found), explained


def text_similarity(a: str, b: str) -> float:
    """Sentence similarity of two texts as the aligner sees them (words, spelling folded)."""
    return sentence_similarity(_prepare(a).canon, _prepare(b).canon)


def same_sentence(a: str, b: str, *, match_threshold: float = MATCH_THRESHOLD) -> bool:
    """Whether the aligner would pair ``a`` with ``b``: one sentence, perhaps edited."""
    return text_similarity(a, b) >= match_threshold


def classify_pair(a: str, b: str) -> tuple[ChangeKind, tuple[Variant, ...]]:
    """The kind of change from sentence ``a`` to sentence ``b`` (a 1:1 match), with its variants."""
    pa, pb = _prepare(a), _prepare(b)
    return _classify(pa, pb)


def _classify(pa: _Prepared, pb: _Prepared) -> tuple[ChangeKind, tuple[Variant, ...]]:
    if normalise_typography(pa.text) == normalise_typography(pb.text):
        return "unchanged", ()
    variants, explained = variants_between(pa, pb)
    if pa.words == pb.words:
        same_case = [t.norm for t in pa.tokens] == [t.norm for t in pb.tokens] and _cased(pa) == _cased(pb)
        if same_case and punctuation_signature(pa.text) == punctuation_signature(pb.text):
            return "unchanged", ()  # differs only in dash style or spacing
        return "punctuation", ()
    if explained:
        return "spelling", variants
    return "edited", variants


def _note(kind: ChangeKind, pa: _Prepared, pb: _Prepared) -> str | None:
    """What else changed in a unit whose kind names only the main change."""
    if kind == "spelling" and punctuation_signature(pa.text) != punctuation_signature(pb.text):
        return "punctuation also changed"
    if kind in ("merged", "split"):
        _, explained = variants_between(pa, pb)
        return None if explained else "wording also changed"
    return None


def _cased(p: _Prepared) -> tuple[str, ...]:
    return tuple(p.text[t.start : t.end] for t in p.tokens)


def word_diff(a: str, b: str) -> tuple[WordOp, ...]:
    """A word-level diff of two texts for display: runs of equal, deleted, inserted or replaced text.

    Texts are cut into words with the spaces and punctuation that follow them, so that
    joining the ``from_text`` of every run gives ``a`` back, and the ``to_text``s give ``b``.
    """
    ca, cb = _chunks(a), _chunks(b)
    key_a = [normalise_typography(c).casefold() for c in ca]
    key_b = [normalise_typography(c).casefold() for c in cb]
    matcher = difflib.SequenceMatcher(None, key_a, key_b, autojunk=False)
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(WordOp(tag, "".join(ca[i1:i2]), "".join(cb[j1:j2])))
    return tuple(ops)


def _chunks(text: str) -> list[str]:
    """``text`` cut after each run of white space, so that the pieces join back to ``text``."""
    chunks: list[str] = []
    current = ""
    for ch in text:
        if ch.isspace():
            current += ch
        else:
            if current and current[-1].isspace():
                chunks.append(current)
                current = ""
            current += ch
    if current:
        chunks.append(current)
    return chunks


def align_units(
    source: Sequence[str],
    target: Sequence[str],
    *,
    source_kinds: Sequence[str] | None = None,
    target_kinds: Sequence[str] | None = None,
    match_threshold: float = MATCH_THRESHOLD,
    part_containment: float = PART_CONTAINMENT,
) -> tuple[Alignment, ...]:
    """Align the units of an original (``source``) to those of its copy (``target``).

    ``source_kinds``/``target_kinds`` name each unit's block kind (headline, subhead, ...);
    a merge or split joins only units of one kind, so a headline is never merged into the
    sentence it summarises. Every unit of each side appears in exactly one alignment, in
    the order of the original (added units in the order of the copy, where they stand).
    """
    if not 0.0 < match_threshold <= 1.0:
        raise ValueError(f"match_threshold must be in (0, 1]; got {match_threshold}")
    pa = [_prepare(t) for t in source]
    pb = [_prepare(t) for t in target]
    n, m = len(pa), len(pb)
    kinds_a = list(source_kinds) if source_kinds is not None else ["paragraph"] * n
    kinds_b = list(target_kinds) if target_kinds is not None else ["paragraph"] * m
    if len(kinds_a) != n or len(kinds_b) != m:
        raise ValueError("source_kinds and target_kinds must give one kind per unit")
    sim, part_in = similarity_matrices([x.canon for x in pa], [y.canon for y in pb])

    def bead_score(i0: int, i1: int, j0: int, j1: int) -> tuple[float, float] | None:
        """Score and similarity of aligning source[i0:i1] with target[j0:j1], or None."""
        if i1 - i0 == 1 and j1 - j0 == 1:
            s = sim[i0][j0]
            if s < match_threshold:
                return None
            return s * (len(pa[i0].canon) + len(pb[j0].canon) + 1), s
        if len(set(kinds_a[i0:i1]) | set(kinds_b[j0:j1])) > 1:
            return None
        if i1 - i0 == 2:
            many, one = pa[i0:i1], pb[j0]
            parts = (part_in[0][i0][j0], part_in[0][i0 + 1][j0])
        else:
            many, one = pb[j0:j1], pa[i0]
            parts = (part_in[1][i0][j0], part_in[1][i0][j0 + 1])
        if min(parts) < part_containment:
            return None
        joined = [w for p in many for w in p.canon]
        s = sentence_similarity(joined, one.canon)
        if s < match_threshold:
            return None
        return _MERGE_PENALTY * s * (len(joined) + len(one.canon) + 1), s

    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options: list[tuple[float, int, int, float]] = []
            if i >= 1:
                options.append((best[i - 1][j], 1, 0, 0.0))
            if j >= 1:
                options.append((best[i][j - 1], 0, 1, 0.0))
            for di, dj in ((1, 1), (2, 1), (1, 2)):
                if i >= di and j >= dj:
                    scored = bead_score(i - di, i, j - dj, j)
                    if scored is not None:
                        options.append((best[i - di][j - dj] + scored[0], di, dj, scored[1]))
            top = max(options, key=lambda o: (o[0], o[1] + o[2] > 1, o[1]))
            best[i][j] = top[0]
            back[i][j] = (top[1], top[2], top[3])

    beads: list[tuple[int, int, int, int, float]] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j]
        assert step is not None
        di, dj, s = step
        beads.append((i - di, i, j - dj, j, s))
        i, j = i - di, j - dj
    beads.reverse()
    return _finish(beads, pa, pb, sim, match_threshold)


def clear_cache() -> None:
    """Forget prepared units (for benchmarks that measure a cold start)."""
    _prepare.cache_clear()


def similarity_matrices(
    a: Sequence[Sequence[str]], b: Sequence[Sequence[str]]
) -> tuple[list[list[float]], tuple[list[list[float]], list[list[float]]]]:
    """:func:`sentence_similarity` of every pair of word sequences, computed in bulk.

    Also returns, for merges and splits, the share of each ``a[i]``'s distinct words found
    in ``b[j]`` and of each ``b[j]``'s found in ``a[i]``. Words become single characters so
    that rapidfuzz's ``cdist`` computes every Indel ratio in C, and the shared-word counts
    behind the Dice coefficient come from one matrix product; the numbers are the same as
    pair by pair.
    """
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return [[0.0] * m for _ in range(n)], ([[0.0] * m for _ in range(n)], [[0.0] * m for _ in range(n)])
    vocab: dict[str, int] = {}
    for seq in (*a, *b):
        for w in seq:
            vocab.setdefault(w, len(vocab))
    enc_a = ["".join(chr(_CODE_BASE + vocab[w]) for w in seq) for seq in a]
    enc_b = ["".join(chr(_CODE_BASE + vocab[w]) for w in seq) for seq in b]
    order = cdist(enc_a, enc_b, scorer=Indel.normalized_similarity, dtype=np.float64)
    inc_a = np.zeros((n, len(vocab)), dtype=np.float64)
    inc_b = np.zeros((m, len(vocab)), dtype=np.float64)
    for i, seq in enumerate(a):
        inc_a[i, [vocab[w] for w in seq]] = 1.0
    for j, seq in enumerate(b):
        inc_b[j, [vocab[w] for w in seq]] = 1.0
    shared = inc_a @ inc_b.T
    size_a = inc_a.sum(axis=1)[:, None]
    size_b = inc_b.sum(axis=1)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where(size_a + size_b > 0, 2 * shared / (size_a + size_b), 0.0)
        a_in_b = np.where(size_a > 0, shared / size_a, 0.0)
        b_in_a = np.where(size_b > 0, shared / size_b, 0.0)
    empty = (size_a == 0) | (size_b == 0)
    sim = np.where(empty, 0.0, (order + dice) / 2)
    return sim.tolist(), (a_in_b.tolist(), b_in_a.tolist())


def _finish(
    beads: list[tuple[int, int, int, int, float]],
    pa: list[_Prepared],
    pb: list[_Prepared],
    sim: list[list[float]],
    threshold: float,
) -> tuple[Alignment, ...]:
    """Turn the path into alignments, then pair removed and added units the copy moved."""
    removed = [b[0] for b in beads if b[1] - b[0] == 1 and b[2] == b[3]]
    added = [b[2] for b in beads if b[3] - b[2] == 1 and b[0] == b[1]]
    moves: dict[int, int] = {}
    candidates = sorted(
        ((sim[i][j], i, j) for i in removed for j in added if sim[i][j] >= threshold),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_target: set[int] = set()
    for _, i, j in candidates:
        if i not in moves and j not in used_target:
            moves[i] = j
            used_target.add(j)

    out: list[Alignment] = []
    for i0, i1, j0, j1, s in beads:
        src, tgt = tuple(range(i0, i1)), tuple(range(j0, j1))
        if not src and tgt[0] in used_target:
            continue
        if src and not tgt:
            if i0 in moves:
                j = moves[i0]
                kind, variants = _classify(pa[i0], pb[j])
                note = _note(kind, pa[i0], pb[j])
                out.append(Alignment(src, (j,), kind, round(sim[i0][j], 4), variants, True, note))
            else:
                out.append(Alignment(src, (), "removed", 0.0))
            continue
        if tgt and not src:
            out.append(Alignment((), tgt, "added", 0.0))
            continue
        if len(src) == 1 and len(tgt) == 1:
            kind, variants = _classify(pa[i0], pb[j0])
            note = _note(kind, pa[i0], pb[j0])
        else:
            kind = "merged" if len(src) == 2 else "split"
            joined_a, joined_b = _join(pa[i0:i1]), _join(pb[j0:j1])
            variants, _ = variants_between(joined_a, joined_b)
            note = _note(kind, joined_a, joined_b)
        out.append(Alignment(src, tgt, kind, round(s, 4), variants, False, note))
    return tuple(out)
