"""The MSRP loader and the tuned threshold (skipped when the corpus is not beside the repo)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from versions_msrp import DEFAULT_DATA, load, scores, tune  # noqa: E402

from analysis.versions.align import MATCH_THRESHOLD  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DATA / "msr_paraphrase_train.txt").exists(), reason="MSRP corpus not present"
)


def test_loader_reads_every_row_despite_unbalanced_quotes() -> None:
    assert len(load(DEFAULT_DATA, "test")) == 1725
    assert sum(y for y, _, _ in load(DEFAULT_DATA, "test")) == 1147


def test_library_threshold_is_the_train_split_best() -> None:
    best, accuracy = tune(load(DEFAULT_DATA, "train"))
    assert best == pytest.approx(MATCH_THRESHOLD)
    assert accuracy > 0.675  # above the train split's always-paraphrase rate


def test_scores() -> None:
    s = scores([1, 1, 0, 0], [1, 0, 1, 0])
    assert (s["accuracy"], s["precision"], s["recall"], s["f1"]) == (0.5, 0.5, 0.5, 0.5)
