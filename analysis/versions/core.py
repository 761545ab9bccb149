"""Versions: which articles copy which, sentence alignment and every change (issue 3).

:func:`compare_versions` measures every pair of articles (word-trigram similarity and
containment both ways, topic similarity), calls each pair a duplicate, version, related or
unrelated, names the original of each duplicate or version pair with the evidence in
words, aligns the original's units to the copy's (allowing merges and splits) and lists
every change, every British/American or compound spelling variant exchanged, and every
quote whose wording or punctuation changed.

Articles joined by duplicate or version relations form a **family**
(:mod:`analysis.versions.families`): its original is the root of a tree in which every
copy hangs from the member it most likely derives from. Only the tree's edges are aligned
and carry changes, spelling and quote changes; the family's other pairs keep their
measures and a verdict weighed without an alignment (their own units are those whose
trigrams the other article mostly lacks).

For more than ``exact_limit`` articles, candidate pairs come from MinHash LSH
(:mod:`analysis.versions.candidates`) and only candidates are measured; ``pairs`` then
lists the pairs that are not unrelated and ``pairs_unlisted`` counts the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from analysis.model import Article
from analysis.progress import Report, quiet
from analysis.versions.align import MATCH_THRESHOLD, Alignment, ChangeKind, align_units
from analysis.versions.candidates import containment_candidates, jaccard_candidates
from analysis.versions.families import Member, PairLink, components, family_tree
from analysis.versions.quotes import compare_quotes
from analysis.versions.relation import (
    RELATED_TOPIC,
    VERSION_CONTAINMENT,
    Measures,
    Profile,
    Relation,
    Verdict,
    choose_original,
    measure,
    profile,
    relation_of,
)
from analysis.versions.similarity import Shingle, canonical_words, containment, shingles
from analysis.versions.spelling import convention
from analysis.versions.text import words

__all__ = [
    "PairResult",
    "Change",
    "SpellingChange",
    "QuoteChange",
    "FamilyEdge",
    "Family",
    "VersionFindings",
    "compare_versions",
    "align_profiles",
    "candidate_pairs",
]

EXACT_LIMIT = 200
"""Up to this many articles every pair is measured exactly; above it LSH picks candidates."""

TOPIC_CANDIDATE_JACCARD = 0.08
"""Content-word Jaccard from which LSH proposes a pair as possibly on one story.

Low on purpose: related articles share 12-30% of their content words, and a candidate
only costs an exact check. Unrelated pairs the index proposes are measured and dropped.
"""


@dataclass(frozen=True)
class PairResult:
    """One unordered pair (``a`` < ``b``): relation, original and measures."""

    a: str
    b: str
    relation: Relation
    original: str | None
    original_evidence: tuple[str, ...]
    similarity: float
    a_in_b: float
    b_in_a: float
    topic_similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "relation": self.relation,
            "original": self.original,
            "original_evidence": list(self.original_evidence),
            "similarity": self.similarity,
            "a_in_b": self.a_in_b,
            "b_in_a": self.b_in_a,
            "topic_similarity": self.topic_similarity,
        }


@dataclass(frozen=True)
class Change:
    """One aligned unit from the original (``from_id``) to the copy (``to_id``)."""

    from_id: str
    to_id: str
    kind: ChangeKind
    from_text: str | None
    to_text: str | None
    from_units: tuple[str, ...]
    to_units: tuple[str, ...]
    similarity: float
    moved: bool
    variants: tuple[str, ...]
    note: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.from_id,
            "to": self.to_id,
            "kind": self.kind,
            "from_text": self.from_text,
            "to_text": self.to_text,
            "from_units": list(self.from_units),
            "to_units": list(self.to_units),
            "similarity": self.similarity,
            "moved": self.moved,
            "variants": list(self.variants),
            "note": self.note,
        }


@dataclass(frozen=True)
class SpellingChange:
    """A spelling exchanged between original and copy, with each form's convention."""

    from_id: str
    to_id: str
    from_form: str
    to_form: str
    from_convention: str | None
    to_convention: str | None
    count: int
    variant: str  # "british-american" or "compound"

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.from_id,
            "to": self.to_id,
            "from_form": self.from_form,
            "to_form": self.to_form,
            "from_convention": self.from_convention,
            "to_convention": self.to_convention,
            "count": self.count,
            "variant": self.variant,
        }


@dataclass(frozen=True)
class QuoteChange:
    """A direct quote in both versions whose wording or punctuation differs."""

    from_id: str
    to_id: str
    speaker: str | None
    from_text: str
    to_text: str
    kind: str  # "wording" or "punctuation"
    note: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.from_id,
            "to": self.to_id,
            "speaker": self.speaker,
            "from_text": self.from_text,
            "to_text": self.to_text,
            "kind": self.kind,
            "note": self.note,
        }


@dataclass(frozen=True)
class FamilyEdge:
    """One edge of a family tree: ``copy`` derives from ``parent``, and why we think so."""

    copy: str
    parent: str
    evidence: tuple[str, ...]
    parent_in_copy: float  # share of the parent's word trigrams found in the copy

    def to_dict(self) -> dict[str, Any]:
        return {
            "copy": self.copy,
            "parent": self.parent,
            "evidence": list(self.evidence),
            "parent_in_copy": self.parent_in_copy,
        }


@dataclass(frozen=True)
class Family:
    """Articles joined by duplicate or version relations: the original and the tree of copies."""

    id: str
    original: str
    members: tuple[str, ...]  # by id
    edges: tuple[FamilyEdge, ...]  # depth first from the original, children by id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "original": self.original,
            "members": list(self.members),
            "edges": [e.to_dict() for e in self.edges],
        }


@dataclass(frozen=True)
class VersionFindings:
    """The ``pairs``, ``changes``, ``spelling``, ``quote_changes`` and ``families`` keys of the findings."""

    pairs: tuple[PairResult, ...] = ()
    changes: tuple[Change, ...] = ()
    spelling: tuple[SpellingChange, ...] = ()
    quote_changes: tuple[QuoteChange, ...] = ()
    families: tuple[Family, ...] = ()
    pairs_unlisted: int = 0


def candidate_pairs(
    profiles: Sequence[Profile],
    *,
    exact_limit: int = EXACT_LIMIT,
    version_containment: float = VERSION_CONTAINMENT,
) -> list[tuple[int, int]]:
    """Index pairs to measure: all of them for a small set, LSH candidates for a large one.

    The LSH containment threshold sits a quarter below ``version_containment`` so that
    versions near the line are not lost to the estimate's noise.
    """
    n = len(profiles)
    if n <= exact_limit:
        return list(combinations(range(n), 2))
    by_phrase = containment_candidates([p.shingles for p in profiles], threshold=version_containment * 0.75)
    by_topic = jaccard_candidates([frozenset(p.content) for p in profiles], threshold=TOPIC_CANDIDATE_JACCARD)
    return sorted(set(by_phrase) | set(by_topic))


UNIT_KEPT = 0.5
"""Share of a unit's word trigrams found in the other article from which the unit is not its own."""


def compare_versions(
    articles: Sequence[Article],
    *,
    version_containment: float = VERSION_CONTAINMENT,
    related_topic: float = RELATED_TOPIC,
    match_threshold: float = MATCH_THRESHOLD,
    exact_limit: int = EXACT_LIMIT,
    progress: Report = quiet,
) -> VersionFindings:
    """Compare articles: relations, originals, version families, and changes along their trees.

    ``progress`` hears of each pair measured (stage ``comparing``) and each tree edge aligned
    (stage ``aligning``).

    Output is in a stable order: pairs by (a, b); families by their first member's id;
    changes, spelling and quote changes by family, then tree edge (depth first), then
    position in the parent. Changes run from the parent to the copy of each tree edge.
    """
    for name, value in (
        ("version_containment", version_containment),
        ("related_topic", related_topic),
        ("match_threshold", match_threshold),
    ):
        if not 0.0 < value <= 1.0:
            raise ValueError(f"{name} must be a share between 0 and 1 (exclusive of 0); got {value}")
    if exact_limit < 0:
        raise ValueError(f"exact_limit must be a number of articles (0 or more); got {exact_limit}")
    ordered = sorted(articles, key=lambda a: a.id)
    ids = [a.id for a in ordered]
    if len(set(ids)) != len(ids):
        raise ValueError(f"article ids must be unique; got duplicates in {ids}")
    profiles = [profile(a) for a in ordered]
    index = {pid: k for k, pid in enumerate(ids)}
    measured: dict[tuple[int, int], tuple[Measures, Relation]] = {}
    candidates = candidate_pairs(profiles, exact_limit=exact_limit, version_containment=version_containment)
    for done, (i, j) in enumerate(candidates, start=1):
        m = measure(profiles[i], profiles[j])
        measured[(i, j)] = (m, relation_of(m, version_containment=version_containment, related_topic=related_topic))
        if done % 64 == 0 or done == len(candidates):
            progress("comparing", done, len(candidates))

    unit_sets: dict[int, list[frozenset[Shingle]]] = {}
    verdicts: dict[tuple[int, int], Verdict] = {}
    links: list[PairLink] = []
    for (i, j), (m, relation) in measured.items():
        if relation in ("duplicate", "version"):
            own = (_own_units(i, j, profiles, unit_sets), _own_units(j, i, profiles, unit_sets))
            verdicts[(i, j)] = choose_original(profiles[i], profiles[j], m, (), unmatched=own)
            links.append(PairLink(ids[i], ids[j], m.a_in_b, m.b_in_a, verdicts[(i, j)].original))

    info = {a.id: Member(a.id, _trusted_date(a), a.dateline) for a in ordered}
    families: list[Family] = []
    changes: list[Change] = []
    spelling: list[SpellingChange] = []
    quote_changes: list[QuoteChange] = []
    groups = components(ids, links)
    family_of = {m: k for k, members in enumerate(groups) for m in members}
    family_links: list[list[PairLink]] = [[] for _ in groups]
    for link in links:
        family_links[family_of[link.a]].append(link)
    trees = [family_tree(members, family_links[k], info) for k, members in enumerate(groups)]
    total_edges = sum(len(tree.edges) for tree in trees)
    aligned = 0
    for number, (members, tree) in enumerate(zip(groups, trees, strict=True), start=1):
        edges: list[FamilyEdge] = []
        for parent_id, copy_id in tree.edges:
            i, j = sorted((index[parent_id], index[copy_id]))
            a, b = profiles[i], profiles[j]
            m = measured[(i, j)][0]
            alignment = align_profiles(a, b, match_threshold)
            pair_verdict = choose_original(a, b, m, alignment)
            verdicts[(i, j)] = pair_verdict
            source, target = profiles[index[parent_id]], profiles[index[copy_id]]
            if source is not a:
                alignment = align_profiles(source, target, match_threshold)
            changes.extend(_changes(source, target, alignment))
            spelling.extend(_spelling(source, target, alignment))
            quote_changes.extend(_quote_changes(source, target, match_threshold))
            held = m.a_in_b if source is a else m.b_in_a
            why = _edge_evidence(parent_id, copy_id, held, pair_verdict, pair=len(members) == 2)
            edges.append(FamilyEdge(copy_id, parent_id, why, held))
            aligned += 1
            progress("aligning", aligned, total_edges)
        families.append(Family(f"family-{number}", tree.root, tree.members, tuple(edges)))

    pairs: list[PairResult] = []
    for (i, j), (m, relation) in sorted(measured.items()):
        if len(ids) > exact_limit and relation == "unrelated":
            continue
        verdict = verdicts.get((i, j), Verdict(None, ()))
        pairs.append(
            PairResult(
                ids[i], ids[j], relation, verdict.original, verdict.evidence,
                m.similarity, m.a_in_b, m.b_in_a, m.topic,
            )
        )
    unlisted = len(ids) * (len(ids) - 1) // 2 - len(pairs)
    return VersionFindings(
        tuple(pairs), tuple(changes), tuple(spelling), tuple(quote_changes), tuple(families), unlisted
    )


def _trusted_date(article: Article) -> str | None:
    """The article's date when it is stated or from metadata (inferred dates do not order a tree)."""
    return article.published if article.published_basis in ("stated", "metadata") else None


def _own_units(i: int, j: int, profiles: Sequence[Profile], cache: dict[int, list[frozenset[Shingle]]]) -> list[int]:
    """Units of article ``i`` whose trigrams article ``j`` mostly lacks: ``i``'s own material."""
    if i not in cache:
        cache[i] = [shingles(canonical_words(words(u.text))) for u in profiles[i].units]
    other = profiles[j].shingles
    return [k for k, unit in enumerate(cache[i]) if unit and containment(unit, other) < UNIT_KEPT]


def _edge_evidence(parent: str, copy: str, held: float, verdict: Verdict, *, pair: bool) -> tuple[str, ...]:
    """Why ``copy`` hangs from ``parent``: the share it holds, then the pair's own evidence."""
    lead = f"{copy} holds {round(100 * held)}% of {parent}'s word trigrams"
    lead += "." if pair else ", and of the members it could derive from, shares the most wording with it."
    if verdict.original == parent:
        return (lead, *verdict.evidence)
    if verdict.original == copy:
        return (lead, f"Against: the pair alone points the other way ({' '.join(verdict.evidence)})")
    return (lead, "The pair alone does not tell which came first; the family's tree places "
            f"{parent} nearer the original.")


def align_profiles(
    source: Profile, target: Profile, threshold: float = MATCH_THRESHOLD
) -> tuple[Alignment, ...]:
    """Align the units of ``source`` (the original) to those of ``target`` (the copy)."""
    return align_units(
        [u.text for u in source.units],
        [u.text for u in target.units],
        source_kinds=[u.kind for u in source.units],
        target_kinds=[u.kind for u in target.units],
        match_threshold=threshold,
    )


def _changes(source: Profile, target: Profile, alignment: tuple[Alignment, ...]) -> list[Change]:
    out = []
    for al in alignment:
        out.append(
            Change(
                from_id=source.article.id,
                to_id=target.article.id,
                kind=al.kind,
                from_text=" ".join(source.units[i].text for i in al.source) or None,
                to_text=" ".join(target.units[j].text for j in al.target) or None,
                from_units=tuple(source.units[i].kind for i in al.source),
                to_units=tuple(target.units[j].kind for j in al.target),
                similarity=al.similarity,
                moved=al.moved,
                variants=tuple(f"{v.from_form} -> {v.to_form}" for v in al.variants),
                note=al.note,
            )
        )
    return out


def _spelling(source: Profile, target: Profile, alignment: tuple[Alignment, ...]) -> list[SpellingChange]:
    counts: Counter[tuple[str, str, str]] = Counter()
    first_seen: list[tuple[str, str, str]] = []
    for al in alignment:
        for v in al.variants:
            key = (v.from_form, v.to_form, v.kind)
            if key not in counts:
                first_seen.append(key)
            counts[key] += 1
    out = []
    for from_form, to_form, kind in first_seen:
        compound = kind == "compound"
        out.append(
            SpellingChange(
                source.article.id,
                target.article.id,
                from_form,
                to_form,
                None if compound else convention(from_form, to_form),
                None if compound else convention(to_form, from_form),
                counts[(from_form, to_form, kind)],
                "compound" if compound else "british-american",
            )
        )
    return out


def _quote_changes(source: Profile, target: Profile, threshold: float) -> list[QuoteChange]:
    return [
        QuoteChange(
            source.article.id,
            target.article.id,
            d.source.speaker or d.target.speaker,
            d.source.shown,
            d.target.shown,
            d.kind,
            d.note,
        )
        for d in compare_quotes(source.article, target.article, threshold=threshold)
    ]
