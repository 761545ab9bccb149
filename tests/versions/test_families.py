"""Version families (analysis.versions.families and compare_versions' families): trees, not all pairs."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from support import make_article

from analysis import load_articles
from analysis.versions import compare_versions
from analysis.versions.families import Member, PairLink, arborescence, choose_root, components, family_tree

TAGUS = ROOT / "tests" / "data" / "versions" / "tagus_bridge"


def _info(*ids: str, dates: dict[str, str] | None = None, datelines: dict[str, str] | None = None) -> dict:
    return {i: Member(i, (dates or {}).get(i), (datelines or {}).get(i)) for i in ids}


def test_components_join_linked_articles_and_drop_singletons() -> None:
    links = [PairLink("a", "b", 0.9, 0.9, None), PairLink("c", "d", 0.5, 0.9, "c"), PairLink("b", "e", 0.8, 0.7, "b")]
    assert components(["e", "d", "c", "b", "a", "z"], links) == [("a", "b", "e"), ("c", "d")]


def test_root_is_never_a_copy_then_earliest_then_dateline_then_id() -> None:
    links = [PairLink("a", "b", 0.9, 0.9, "b"), PairLink("b", "c", 0.9, 0.9, None)]
    assert choose_root(["a", "b", "c"], links, _info("a", "b", "c")) == "b"
    tied = [PairLink("a", "b", 0.9, 0.9, None)]
    assert choose_root(["a", "b"], tied, _info("a", "b", dates={"b": "2026-01-01"})) == "b"
    assert choose_root(["a", "b"], tied, _info("a", "b", datelines={"b": "LONDON"})) == "b"
    assert choose_root(["a", "b"], tied, _info("a", "b")) == "a"


def test_a_chain_of_rewrites_is_a_chain() -> None:
    # wire -> national -> blog: the blog holds more of the national paper than of the wire
    links = [
        PairLink("blog", "national", 0.8, 0.82, "national"),
        PairLink("blog", "wire", 0.6, 0.62, "wire"),
        PairLink("national", "wire", 0.8, 0.85, "wire"),
    ]
    tree = family_tree(["blog", "national", "wire"], links, _info("blog", "national", "wire"))
    assert tree.root == "wire"
    assert tree.edges == (("wire", "national"), ("national", "blog"))


def test_siblings_hang_from_the_wire_not_from_each_other() -> None:
    links = [PairLink("s1", "s2", 0.65, 0.64, None), PairLink("s1", "w", 0.7, 0.85, "w"),
             PairLink("s2", "w", 0.72, 0.83, "w")]
    tree = family_tree(["s1", "s2", "w"], links, _info("s1", "s2", "w"))
    assert tree.edges == (("w", "s1"), ("w", "s2"))


def test_an_edge_against_the_verdict_is_used_only_when_nothing_else_connects() -> None:
    # a and c are both named originals of b; a is the root, so c can only hang from b
    links = [PairLink("a", "b", 0.9, 0.5, "a"), PairLink("b", "c", 0.5, 0.9, "c")]
    tree = family_tree(["a", "b", "c"], links, _info("a", "b", "c"))
    assert tree.root == "a" and set(tree.edges) == {("a", "b"), ("b", "c")}


def _brute_force(nodes: list[str], root: str, weights: dict[tuple[str, str], int]) -> int | None:
    """The best total weight over every spanning arborescence (None if there is none)."""
    others = [n for n in nodes if n != root]
    best = None
    for parents in itertools.product(nodes, repeat=len(others)):
        choice = dict(zip(others, parents, strict=True))
        if any((p, c) not in weights for c, p in choice.items()):
            continue
        ok = True
        for c in others:  # every node must reach the root without a cycle
            seen, node = set(), c
            while node != root and node not in seen:
                seen.add(node)
                node = choice[node]
            ok = ok and node == root
        if ok:
            total = sum(weights[(p, c)] for c, p in choice.items())
            best = total if best is None or total > best else best
    return best


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 5), st.data())
def test_arborescence_is_the_best_tree(n: int, data: st.DataObject) -> None:
    """Against brute force over every tree of up to five nodes, ties and cycles included."""
    nodes = [f"n{i}" for i in range(n)]
    weights = {(u, v): data.draw(st.integers(0, 6)) for u in nodes for v in nodes if u != v}
    parents = arborescence(nodes, "n0", weights)
    assert set(parents) == set(nodes) - {"n0"}
    assert sum(weights[(p, c)] for c, p in parents.items()) == _brute_force(nodes, "n0", weights)
    assert parents == arborescence(list(reversed(nodes)), "n0", dict(reversed(list(weights.items()))))


def test_arborescence_breaks_a_cycle_where_that_loses_least() -> None:
    weights = {("r", "a"): 5, ("r", "b"): 1, ("a", "b"): 10, ("b", "a"): 10}
    assert arborescence(["r", "a", "b"], "r", weights) == {"a": "r", "b": "a"}
    with pytest.raises(ValueError, match="cannot be reached"):
        arborescence(["r", "a"], "r", {})


@pytest.fixture(scope="module")
def tagus():
    return compare_versions(load_articles([TAGUS]))


def test_the_tagus_story_is_one_tree_with_two_chains(tagus) -> None:
    (family,) = tagus.families
    assert family.original == "wire" and family.members == ("blog", "national", "regional", "us_copy", "wire")
    assert [(e.parent, e.copy) for e in family.edges] == [
        ("wire", "national"), ("national", "blog"), ("wire", "us_copy"), ("us_copy", "regional"),
    ]
    assert all(e.evidence and "word trigrams" in e.evidence[0] for e in family.edges)
    assert len(tagus.pairs) == 10 and all(p.relation == "version" for p in tagus.pairs)


def test_only_tree_edges_carry_changes(tagus) -> None:
    (family,) = tagus.families
    edges = [(e.parent, e.copy) for e in family.edges]
    assert list(dict.fromkeys((c.from_id, c.to_id) for c in tagus.changes)) == edges  # four change lists
    assert {(s.from_id, s.to_id) for s in tagus.spelling} == {("wire", "us_copy")}
    kinds = Counter((c.from_id, c.to_id, c.kind) for c in tagus.changes)
    assert kinds[("wire", "us_copy", "spelling")] == 2 and kinds[("national", "blog", "added")] >= 1
    assert kinds[("us_copy", "regional", "added")] == 1  # the Fall River sentence
    # every other version pair keeps its measures and a verdict, but no changes
    others = [p for p in tagus.pairs if (p.a, p.b) not in {tuple(sorted(e)) for e in edges}]
    assert len(others) == 6 and all(p.a_in_b > 0 and p.b_in_a > 0 for p in others)


def test_families_and_trees_repeat_exactly(tagus) -> None:
    files = sorted(TAGUS.iterdir())
    again = compare_versions(load_articles(list(reversed(files))))
    assert again == tagus


def test_more_than_the_exact_limit_lists_only_pairs_that_are_not_unrelated(tagus) -> None:
    other = make_article("zz_other", ["Shares in the carmaker fell sharply after it cut its profit forecast."])
    articles = [*load_articles([TAGUS]), other]
    small = compare_versions(articles)
    assert len(small.pairs) == 15 and small.pairs_unlisted == 0
    large = compare_versions(articles, exact_limit=2)
    assert [(p.a, p.b) for p in large.pairs] == [(p.a, p.b) for p in small.pairs if p.relation != "unrelated"]
    assert large.pairs_unlisted == 15 - len(large.pairs) == 5
    assert large.families == small.families and large.changes == small.changes


def test_seeds_family_is_001_and_000(seeds_dir) -> None:
    found = compare_versions(load_articles([seeds_dir]))
    (family,) = found.families
    assert family.original.startswith("001") and [m[:3] for m in family.members] == ["000", "001"]
    (edge,) = family.edges
    assert edge.parent.startswith("001") and edge.copy.startswith("000")
    pair = next(p for p in found.pairs if p.relation == "version")
    assert edge.evidence[1:] == pair.original_evidence
