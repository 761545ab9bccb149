"""Relations between two articles and which one is the original (analysis.versions.relation)."""

from __future__ import annotations

import dataclasses

from support import make_article

from analysis.versions.align import Alignment
from analysis.versions.core import align_profiles
from analysis.versions.relation import (
    HOLDS_NEARLY_ALL,
    RELATED_TOPIC,
    VERSION_CONTAINMENT,
    Measures,
    choose_original,
    measure,
    profile,
    relation_of,
)

WIRE = [
    "The central bank raised interest rates by a quarter point on Thursday, its third rise this year.",
    "Officials said inflation had stayed above target for longer than expected.",
    "Markets had expected the move after strong jobs figures last week.",
]


def m(a_in_b: float = 0.0, b_in_a: float = 0.0, topic: float = 0.0, duplicate: bool = False) -> Measures:
    return Measures(0.0, a_in_b, b_in_a, topic, duplicate)


def test_relation_thresholds() -> None:
    assert relation_of(m(duplicate=True)) == "duplicate"
    assert relation_of(m(a_in_b=VERSION_CONTAINMENT)) == "version"
    assert relation_of(m(b_in_a=VERSION_CONTAINMENT)) == "version"
    assert relation_of(m(a_in_b=VERSION_CONTAINMENT - 0.01, topic=RELATED_TOPIC)) == "related"
    assert relation_of(m(topic=RELATED_TOPIC - 0.01)) == "unrelated"
    assert relation_of(m(a_in_b=0.5), version_containment=0.6) == "unrelated"
    assert relation_of(m(topic=0.2), related_topic=0.2) == "related"


def test_profile_and_measures_of_a_copy_that_adds() -> None:
    a = profile(make_article("wire", WIRE))
    b = profile(make_article("copy", [*WIRE, "Analysts now expect one more rise before the end of the year."]))
    assert [u.kind for u in a.units] == ["paragraph"] * 3
    assert a.plain.startswith("The central bank raised")
    got = measure(a, b)
    assert got.a_in_b == 1.0 and 0.5 < got.b_in_a < 1.0
    assert got.similarity == got.b_in_a  # a is inside b: the union is b
    assert got.topic > RELATED_TOPIC and not got.duplicate
    assert relation_of(got) == "version"


def test_typography_alone_is_a_duplicate_and_measures_are_rounded() -> None:
    a = profile(make_article("a", ["He said “yes”  today."]))
    b = profile(make_article("b", ['He said "yes" today.']))
    assert measure(a, b).duplicate
    c = profile(make_article("c", WIRE))
    d = profile(make_article("d", [WIRE[0], "Something else entirely was reported from the coast."]))
    for value in dataclasses.astuple(measure(c, d))[:4]:
        assert value == round(value, 4)


def test_nothing_tells_which_came_first() -> None:
    a, b = profile(make_article("a", WIRE)), profile(make_article("b", WIRE))
    verdict = choose_original(a, b, measure(a, b), align_profiles(a, b))
    assert verdict.original is None
    assert verdict.evidence == ("No date, dateline or added material tells which came first.",)


def test_an_earlier_date_outweighs_a_dateline() -> None:
    a = profile(make_article("a", WIRE, published="2024-03-01", dateline="LONDON"))
    b = profile(make_article("b", WIRE, published="2024-02-01"))
    verdict = choose_original(a, b, measure(a, b), align_profiles(a, b))
    assert verdict.original == "b"
    assert verdict.evidence[0] == "b is dated 2024-02-01, before a (2024-03-01)."
    assert verdict.evidence[1].startswith("Against: a carries a dateline (LONDON)")


def test_an_inferred_date_counts_only_when_its_range_ends_before() -> None:
    base = make_article("a", WIRE)
    a = dataclasses.replace(base, published="2024-01-15", published_basis="inferred",
                     published_range=("2024-01-01", "2024-01-31"))
    b = make_article("b", WIRE, published="2024-02-10")
    pa, pb = profile(a), profile(b)
    verdict = choose_original(pa, pb, measure(pa, pb), align_profiles(pa, pb))
    assert verdict.original == "a"
    assert "inferred from its text" in verdict.evidence[0]
    late = profile(dataclasses.replace(a, published_range=("2024-01-01", "2024-03-01")))
    assert choose_original(late, pb, measure(late, pb), align_profiles(late, pb)).original is None


def test_the_copy_is_the_one_that_adds() -> None:
    a = profile(make_article("wire", WIRE))
    b = profile(make_article("copy", [*WIRE, "Analysts now expect one more rise before the end of the year."],
                             headline="Rates rise again"))
    measures = measure(a, b)
    assert measures.a_in_b >= HOLDS_NEARLY_ALL
    verdict = choose_original(a, b, measures, align_profiles(a, b))
    assert verdict.original == "wire"
    assert "adds material of its own (a headline, 1 sentence)" in verdict.evidence[0]
    # unless it holds too little of the other for its extras to be additions
    assert choose_original(a, b, measures, align_profiles(a, b), holds_nearly_all=1.01).original is None


def test_alignment_decides_what_is_added() -> None:
    a = profile(make_article("a", WIRE))
    b = profile(make_article("b", WIRE[:2], dateline="PARIS"))
    nothing_added = (Alignment((0,), (0,), "unchanged", 1.0), Alignment((1,), (1,), "unchanged", 1.0),
                     Alignment((2,), (), "removed", 0.0))
    verdict = choose_original(a, b, measure(a, b), nothing_added)
    assert verdict.original == "b"
    assert len(verdict.evidence) == 2  # the dateline, and a holding all of b and adding a sentence
