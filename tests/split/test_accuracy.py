"""Accuracy on the hand-labelled sets stays above a floor (dev sets; the benchmark prints all)."""

from __future__ import annotations

import importlib.util
import sys

import pytest
import yaml
from conftest import ROOT

from analysis import load_articles
from analysis.split import analyse_split

LABELS = yaml.safe_load((ROOT / "tests" / "data" / "split" / "labels.yaml").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("split_accuracy", ROOT / "benchmarks" / "split_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def test_labels_cover_three_pairs_of_sides_beyond_the_seeds():
    pairs = {tuple(s["sides"]) for s in LABELS["sets"]}
    assert len(pairs - {("US", "UK")}) >= 3
    assert {s["split"] for s in LABELS["sets"]} == {"dev", "test"}


@pytest.mark.parametrize("entry", LABELS["sets"], ids=lambda e: e["name"])
def test_each_labelled_set_scores_above_a_floor(entry):
    articles = load_articles([ROOT / p for p in entry["paths"]])
    result = analyse_split(articles, entry["sides"])
    actors = [a.to_dict() for a in result.actors]
    positions = [p.to_dict() for p in result.positions]
    a = BENCH.score_actors(actors, entry["actors"], entry.get("optional_actors") or [])
    p = BENCH.score_positions(positions, entry["positions"])
    assert a.right_side / a.actors >= 0.75, a.misses
    assert p.gold_matched / p.gold_positions >= 0.5, p.misses


def test_the_scorer_counts_misses():
    gold = [{"topic": "t", "stance": "agree", "sides": ["US", "UK"], "evidence": ["agree on x"]}]
    wrong = [{"topic": "t", "stance": "disagree", "by_side": {"US": "a", "UK": "b"},
              "evidence": [{"article": "a", "side": None, "sentence": "They agree on x."}]}]
    s = BENCH.score_positions(wrong, gold)
    assert (s.gold_matched, s.predicted_ok, s.predicted) == (0, 0, 1)
    a = BENCH.score_actors([{"name": "SEC", "side": "UK"}], {"SEC": "US", "FCA": "UK"}, [])
    assert (a.found, a.right_side, a.actors) == (1, 0, 2)
