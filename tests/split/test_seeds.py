"""The seeds: the split the issue's done-when names, with the right sides and evidence."""

from __future__ import annotations

import json

import pytest

from analysis import build_findings
from analysis.split import analyse_split


@pytest.fixture(scope="module")
def split(seed_articles):
    return analyse_split(list(seed_articles.values()), ("US", "UK"))


@pytest.fixture(scope="module")
def positions(split):
    return [p.to_dict() for p in split.positions]


def _find(positions, fragment):
    return [p for p in positions if any(fragment in e["sentence"] for e in p["evidence"])]


def test_sandbox_against_exemptive_relief(positions):
    [p] = _find(positions, "divided over how to test")
    assert p["stance"] == "disagree"
    assert "test" in p["topic"]
    assert "sandbox" in p["by_side"]["UK"].lower()
    assert "exemptive relief" in p["by_side"]["US"].lower() and "sandbox" in p["by_side"]["US"].lower()
    sides = {e["side"] for e in p["evidence"] if "exemptive relief" in e["sentence"]}
    assert sides == {"US"}
    assert {e["side"] for e in p["evidence"] if "preference for testing" in e["sentence"]} == {"UK"}
    assert any("sandboxes can be valuable" in e["sentence"] and e["side"] == "UK" for e in p["evidence"])


def test_stablecoin_and_reciprocity_agreements(positions):
    [stable] = _find(positions, "broad agreement on the taskforce")
    [reciprocity] = _find(positions, "agree on reciprocity")
    assert stable["stance"] == "agree" and reciprocity["stance"] == "agree"
    assert "stable" in stable["topic"] and "reciprocity" in reciprocity["topic"]
    for p in (stable, reciprocity):
        assert p["by_side"]["US"] and p["by_side"]["UK"]
        assert all(e["side"] is None for e in p["evidence"] if "Both sides" in e["sentence"])


def test_pro_crypto_us_against_cautious_bank_of_england(positions):
    [p] = _find(positions, "pro-crypto U.S.")
    assert p["stance"] == "disagree"
    assert "eased crypto regulation" in p["by_side"]["US"]
    assert "cautious" in p["by_side"]["UK"]
    assert any("Bank of England" in e["sentence"] and e["side"] == "UK" for e in p["evidence"])


def test_the_actors_of_the_brief_with_their_sides(split):
    sides = {a.name: a.side for a in split.actors}
    expected = {
        "SEC": "US", "FCA": "UK", "Bank of England": "UK", "US Treasury": "US", "HM Treasury": "UK",
        "Rachel Reeves": "UK", "Scott Bessent": "US", "Donald Trump": "US", "King Charles III": "UK",
        "Coinbase": "US", "London Stock Exchange": "UK", "Incyt": "US", "Bitpace": "UK",
        "Mike Maloney": "US", "Anil Oncu": "UK", "DL News": None, "Reuters": None,
    }
    for name, side in expected.items():
        assert name in sides, name
        assert sides[name] == side, name
    fca = next(a for a in split.actors if a.name == "FCA")
    assert fca.mentions == 5  # "the FCA" x4 and "the Financial Conduct Authority"
    boe = next(a for a in split.actors if a.name == "Bank of England")
    assert boe.mentions == 4  # "Bank of England" x2 and "BoE" x2


def test_findings_json_is_contract_shaped_stable_and_deterministic():
    one = build_findings(["seeds/"]).to_json()
    two = build_findings(["seeds/"]).to_json()
    assert one == two
    data = json.loads(one)
    for actor in data["actors"]:
        assert {"name", "side", "mentions", "articles"} <= set(actor)
        assert actor["side"] in {"US", "UK", None}
        assert actor["articles"] == sorted(actor["articles"])
    for p in data["positions"]:
        assert {"topic", "stance", "by_side", "evidence"} <= set(p)
        assert p["stance"] in {"agree", "disagree"}
        assert set(p["by_side"]) == {"US", "UK"}
        assert p["evidence"] and all({"article", "side", "sentence"} <= set(e) for e in p["evidence"])
        keys = [(e["article"]) for e in p["evidence"]]
        assert keys == sorted(keys)


def test_other_sides_with_the_same_code(seed_articles):
    result = analyse_split(list(seed_articles.values()), ("UK", "US"))
    assert {a.name: a.side for a in result.actors}["SEC"] == "US"
    assert all(set(dict(p.by_side)) == {"UK", "US"} for p in result.positions)
    eu = analyse_split(list(seed_articles.values()), ("EU", "US"))
    assert {a.name: a.side for a in eu.actors}["FCA"] is None
