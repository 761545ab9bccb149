"""The split's accuracy is what README.md's "Accuracy and speed" section says it is.

The figures are measured exactly as ``benchmarks/split_accuracy.py`` measures them (its
scorer is imported, the sets are those of ``tests/data/split/labels.yaml``): actor-side
accuracy and position precision/recall summed over the test sets, for the shipped
gazetteer and for the gazetteer without its named actors (``--rules-only``), and the dev
sets' 100%. Each figure must be within ``TOLERANCE`` percentage points of the README's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from support import load_benchmark

from analysis.split.gazetteer import load_gazetteer

LABELS = yaml.safe_load((ROOT / "tests" / "data" / "split" / "labels.yaml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")

TOLERANCE = 1.0  # percentage points either side of the README's figure

# README.md, "Accuracy and speed", the row for benchmarks/split_accuracy.py
README_TEST = {"actor_side": 92.1, "precision": 100.0, "recall": 87.5}
README_TEST_COUNTS = (58, 63, 8)  # right side / labelled actors; gold positions
README_RULES_ONLY = {"actor_side": 63.5, "precision": 85.7, "recall": 75.0}
README_DEV = 100.0
README_TEXT = (
    "actor-side accuracy **92.1%** (58/63)",
    "positions P **100%** / R **87.5%** (8 gold positions",
    "`--rules-only`): 63.5%, P/R 85.7/75.0",
    "Dev set (seeds and two more stories, which the rules were written against): 100%",
)


BENCH = load_benchmark("split_accuracy")


def _score(entry: dict[str, Any], gazetteer: Any = None) -> Any:
    return BENCH.score_set(entry, gazetteer)


def _totals(gazetteer: Any = None) -> dict[str, Any]:
    totals: dict[str, Any] = {}
    for entry in LABELS["sets"]:
        totals.setdefault(entry["split"], BENCH.Score()).add(_score(entry, gazetteer))
    return totals


def _figures(s: Any) -> dict[str, float]:
    return {
        "actor_side": 100 * s.right_side / s.actors,
        "precision": 100 * s.predicted_ok / s.predicted,
        "recall": 100 * s.gold_matched / s.gold_positions,
    }


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    return _totals()


@pytest.fixture(scope="module")
def rules_only(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp: Path = tmp_path_factory.mktemp("gazetteer")
    return _totals(load_gazetteer(base=BENCH.rules_only_gazetteer(tmp)))


def test_the_readme_states_the_figures_asserted_here() -> None:
    for text in README_TEXT:
        assert text in README, f"README.md no longer says {text!r}: update it and this test together"


def test_labels_cover_three_pairs_of_sides_beyond_the_seeds() -> None:
    pairs = {tuple(s["sides"]) for s in LABELS["sets"]}
    assert len(pairs - {("US", "UK")}) >= 3
    assert {s["split"] for s in LABELS["sets"]} == {"dev", "test"}


def test_test_sets_score_the_readme_figures(shipped: dict[str, Any]) -> None:
    s = shipped["test"]
    assert (s.right_side, s.actors, s.gold_positions) == README_TEST_COUNTS, s.misses
    got = _figures(s)
    for name, want in README_TEST.items():
        assert got[name] == pytest.approx(want, abs=TOLERANCE), (name, got, s.misses)


def test_rules_only_test_sets_score_the_readme_figures(rules_only: dict[str, Any]) -> None:
    s = rules_only["test"]
    got = _figures(s)
    for name, want in README_RULES_ONLY.items():
        assert got[name] == pytest.approx(want, abs=TOLERANCE), (name, got, s.misses)


def test_dev_sets_score_the_readme_figure(shipped: dict[str, Any]) -> None:
    s = shipped["dev"]
    got = _figures(s)
    for name in ("actor_side", "precision", "recall"):
        assert got[name] == pytest.approx(README_DEV, abs=TOLERANCE), (name, got, s.misses)


def test_the_scorer_counts_misses() -> None:
    gold = [{"topic": "t", "stance": "agree", "sides": ["US", "UK"], "evidence": ["agree on x"]}]
    wrong = [{"topic": "t", "stance": "disagree", "by_side": {"US": "a", "UK": "b"},
              "evidence": [{"article": "a", "side": None, "sentence": "They agree on x."}]}]
    s = BENCH.score_positions(wrong, gold)
    assert (s.gold_matched, s.predicted_ok, s.predicted) == (0, 0, 1)
    a = BENCH.score_actors([{"name": "SEC", "side": "UK"}], {"SEC": "US", "FCA": "UK"}, [])
    assert (a.found, a.right_side, a.actors) == (1, 0, 2)
