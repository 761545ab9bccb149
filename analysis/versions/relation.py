"""What two articles are to each other, and which one is the original, with the evidence.

* **duplicate**: the same text up to white space and quote glyphs.
* **version**: one derives from the other: either contains at least
  ``version_containment`` of the other's word trigrams. Two reporters writing on one story
  share names and a quote or two, but rarely more than a few per cent of their trigrams
  (see ``benchmarks/versions_accuracy.py``).
* **related**: independent wording on the same story: the content-word profiles agree
  (cosine at least ``related_topic``).
* **unrelated**: anything else.

The original is chosen by weighing evidence that points one way, each item stated in words:
an earlier stated publication date (strongest), a dateline the other lacks (wire copy
carries one; rewrites drop it), and material one side adds while holding nearly all of the
other (a new headline, subheads, sentences found nowhere in the other). When the evidence
is absent or balanced, no original is named.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from analysis.model import Article
from analysis.versions.align import Alignment
from analysis.versions.similarity import (
    Shingle,
    canonical_words,
    containment,
    content_profile,
    jaccard,
    names_in,
    shingles,
    topic_similarity,
)
from analysis.versions.text import Unit, article_units, normalise_typography, words

__all__ = [
    "Relation",
    "VERSION_CONTAINMENT",
    "RELATED_TOPIC",
    "HOLDS_NEARLY_ALL",
    "Profile",
    "Measures",
    "Verdict",
    "profile",
    "measure",
    "relation_of",
    "choose_original",
]

Relation = Literal["duplicate", "version", "related", "unrelated"]

VERSION_CONTAINMENT = 0.4
"""Share of one article's trigrams found in the other from which it is a version."""

RELATED_TOPIC = 0.3
"""Content-word cosine from which two articles are on one story."""

HOLDS_NEARLY_ALL = 0.8
"""Containment from which an article 'holds nearly all' of another, so its extras are additions."""

_DATE_WEIGHT = 3
_DATELINE_WEIGHT = 2
_ADDITIONS_WEIGHT = 1
_DATED_BASES = ("stated", "metadata")


@dataclass(frozen=True)
class Profile:
    """What the comparisons need from one article, computed once."""

    article: Article
    units: tuple[Unit, ...]
    shingles: frozenset[Shingle]
    content: dict[str, float]
    plain: str


def profile(article: Article) -> Profile:
    """The article's units, trigram shingles, content words and typography-free text."""
    units = article_units(article)
    all_words = canonical_words(w for u in units for w in words(u.text))
    plain = normalise_typography(" ".join(u.text for u in units))
    names = names_in(u.text for u in units)
    return Profile(article, units, shingles(all_words), content_profile(all_words, names=names), plain)


@dataclass(frozen=True)
class Measures:
    """Similarity (Jaccard of trigrams), containment both ways and topic similarity."""

    similarity: float
    a_in_b: float
    b_in_a: float
    topic: float
    duplicate: bool


def measure(a: Profile, b: Profile) -> Measures:
    """Every measure of one pair, rounded to four decimals for byte-identical output."""
    return Measures(
        similarity=round(jaccard(a.shingles, b.shingles), 4),
        a_in_b=round(containment(a.shingles, b.shingles), 4),
        b_in_a=round(containment(b.shingles, a.shingles), 4),
        topic=round(topic_similarity(a.content, b.content), 4),
        duplicate=bool(a.plain) and a.plain == b.plain,
    )


def relation_of(
    m: Measures,
    *,
    version_containment: float = VERSION_CONTAINMENT,
    related_topic: float = RELATED_TOPIC,
) -> Relation:
    """The relation the measures show (see the module's description)."""
    if m.duplicate:
        return "duplicate"
    if max(m.a_in_b, m.b_in_a) >= version_containment:
        return "version"
    if m.topic >= related_topic:
        return "related"
    return "unrelated"


@dataclass(frozen=True)
class Verdict:
    """The original (an article id or ``None``) and the evidence, in words."""

    original: str | None
    evidence: tuple[str, ...]


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _date_evidence(a: Article, b: Article) -> tuple[str | None, str | None]:
    """(earlier id, sentence) when both articles have a publication date worth trusting."""
    if not a.published or not b.published or a.published == b.published:
        return None, None
    if a.published_basis in _DATED_BASES and b.published_basis in _DATED_BASES:
        first, second = (a, b) if a.published < b.published else (b, a)
        return first.id, (
            f"{first.id} is dated {first.published}, before {second.id} ({second.published})."
        )
    # An inferred date counts only when its whole range lies before the other date.
    for first, second in ((a, b), (b, a)):
        end = first.published_range[1] if first.published_range else first.published
        if (
            end is not None
            and second.published is not None
            and second.published_basis in _DATED_BASES
            and end < second.published
        ):
            return first.id, (
                f"{first.id} was published by {end} (inferred from its text), "
                f"before {second.id} ({second.published})."
            )
    return None, None


def _additions(units: tuple[Unit, ...], unmatched: list[int]) -> str:
    """Count a side's unmatched units by kind, in words: "a headline, 1 subhead, 2 sentences"."""
    kinds = Counter(units[i].kind for i in unmatched)
    parts = []
    for kind, one, many in (
        ("headline", "a headline", "headlines"),
        ("key_point", "1 key point", "key points"),
        ("subhead", "1 subhead", "subheads"),
        ("paragraph", "1 sentence", "sentences"),
    ):
        n = kinds.get(kind, 0)
        if n == 1:
            parts.append(one)
        elif n > 1:
            parts.append(f"{n} {many}")
    return ", ".join(parts)


def choose_original(
    a: Profile,
    b: Profile,
    m: Measures,
    alignment: tuple[Alignment, ...],
    *,
    holds_nearly_all: float = HOLDS_NEARLY_ALL,
    unmatched: tuple[list[int], list[int]] | None = None,
) -> Verdict:
    """Weigh the evidence for which of ``a`` and ``b`` is the original.

    ``alignment`` aligns ``a``'s units (source) to ``b``'s (target); units left unmatched
    on one side are that side's own material. ``unmatched`` gives those units directly
    (indices into ``a``'s and ``b``'s units) when no alignment was made.
    """
    ida, idb = a.article.id, b.article.id
    score = {ida: 0, idb: 0}
    evidence: list[tuple[str, str]] = []  # (id it favours, sentence)

    earlier, sentence = _date_evidence(a.article, b.article)
    if earlier and sentence:
        score[earlier] += _DATE_WEIGHT
        evidence.append((earlier, sentence))

    if bool(a.article.dateline) != bool(b.article.dateline):
        has, lacks = (a, b) if a.article.dateline else (b, a)
        score[has.article.id] += _DATELINE_WEIGHT
        evidence.append(
            (
                has.article.id,
                f"{has.article.id} carries a dateline ({has.article.dateline}) that "
                f"{lacks.article.id} lacks: agency originals carry one, rewrites often drop it.",
            )
        )

    if unmatched is not None:
        only_a, only_b = list(unmatched[0]), list(unmatched[1])
    else:
        only_a = [i for al in alignment if not al.target for i in al.source]
        only_b = [j for al in alignment if not al.source for j in al.target]
    for holder, other, own, cont in ((b, a, only_b, m.a_in_b), (a, b, only_a, m.b_in_a)):
        extra = _additions(holder.units, own)
        if extra and cont >= holds_nearly_all:
            theirs = only_a if holder is b else only_b
            if len(own) > len(theirs):
                score[other.article.id] += _ADDITIONS_WEIGHT
                evidence.append(
                    (
                        other.article.id,
                        f"{holder.article.id} holds {_pct(cont)} of {other.article.id}'s word "
                        f"trigrams and adds material of its own ({extra}) found nowhere in "
                        f"{other.article.id}: the copy is the one that adds.",
                    )
                )

    if score[ida] == score[idb]:
        reasons = [s for _, s in evidence]
        return Verdict(None, tuple(reasons) or ("No date, dateline or added material tells which came first.",))
    winner = ida if score[ida] > score[idb] else idb
    ordered = [s for who, s in evidence if who == winner] + [
        f"Against: {s}" for who, s in evidence if who != winner
    ]
    return Verdict(winner, tuple(ordered))
