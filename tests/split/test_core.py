"""The split's entry points (analysis.split.core): actors, claims and the whole analysis."""

from __future__ import annotations

import pytest
from support import make_article

from analysis.split.actors import Mention, actor_finder, find_mentions
from analysis.split.core import analyse_split, collect_actors, find_claims
from analysis.split.gazetteer import load_gazetteer, resolve_sides
from analysis.split.results import SplitFindings


def mention(article: str, pos: int, start: int, name: str, groups: tuple[str, ...] = (), *,
            role: str | None = None, kind: str = "gazetteer") -> Mention:
    return Mention(article, pos, start, start + len(name), name, name, groups, role, kind)


def test_collect_actors_counts_mentions_in_order_of_first_mention() -> None:
    a1, a2 = make_article("a1", ["x"]), make_article("a2", ["y"])
    gaz = load_gazetteer()
    sides = resolve_sides(gaz, ["US", "UK"])
    mentions = [
        mention("a2", 0, 0, "Bank of England", ("UK",), role="central bank"),
        mention("a1", 3, 5, "Federal Reserve", ("US",)),
        mention("a1", 3, 0, "UK regulators", ("UK",), kind="generic"),
        mention("a2", 1, 0, "Federal Reserve"),
        mention("a1", 0, 0, "Reuters", role="media", kind="organisation"),
    ]
    actors = collect_actors([a1, a2], mentions, gaz, sides)
    assert [a.name for a in actors] == ["Reuters", "UK regulators", "Federal Reserve", "Bank of England"]
    fed = actors[2]
    assert (fed.side, fed.mentions, fed.articles, fed.groups) == ("US", 2, ("a1", "a2"), ("US",))
    assert actors[1].kind == "generic" and actors[1].side == "UK"
    assert actors[0].side is None  # a news outlet takes no side
    assert actors[3].role == "central bank"


def test_find_claims_keeps_only_claims_someone_holds() -> None:
    article = make_article("a", [
        "The Federal Reserve backs faster payments. Nobody in particular backs slower trains.",
        "It said it welcomed the plan.",
    ])
    finder = actor_finder(load_gazetteer())
    mentions = find_mentions(article, finder)
    side_by_name = {m.name: ("US" if "US" in m.groups else None) for m in mentions}
    claims = find_claims([article], {"a": mentions}, side_by_name)
    assert claims and all(c.side is not None or c.both for c in claims)
    first = claims[0]
    assert (first.actor, first.side, first.kind) == ("Federal Reserve", "US", "pro")
    assert "faster payments" in first.object


def test_analyse_split_needs_two_sides_the_gazetteer_knows() -> None:
    article = make_article("a", ["The U.S. and Britain agree on tariffs."])
    with pytest.raises(ValueError, match="exactly two sides"):
        analyse_split([article], ["US"])
    with pytest.raises(ValueError, match="not in the gazetteer"):
        analyse_split([article], ["US", "Atlantis"])


def test_analyse_split_finds_actors_and_an_agreement() -> None:
    articles = [
        make_article("a", ["The Federal Reserve and the Bank of England are in broad agreement on faster "
                           "cross-border payments."]),
        make_article("b", ["British regulators said they support the payments plan."]),
    ]
    found = analyse_split(articles, ["US", "UK"], gazetteer=load_gazetteer())
    assert isinstance(found, SplitFindings)
    sides = {a.name: a.side for a in found.actors}
    assert sides["Federal Reserve"] == "US" and sides["Bank of England"] == "UK"
    assert sides["UK regulators"] == "UK"
    assert [p.stance for p in found.positions] == ["agree"]
    assert found == analyse_split(articles, ["US", "UK"])  # the shipped gazetteer by default, deterministic


def test_nothing_in_nothing_out() -> None:
    assert analyse_split([], ["US", "UK"]) == SplitFindings()
