"""The MSRP loader, the tuned threshold and the README's MSRP figures.

Skipped when the corpus is not beside the repo. README.md's "Accuracy and speed" section
gives, for ``benchmarks/versions_msrp.py``, the test split's accuracy and F1 at the library's
threshold and the always-paraphrase baseline; each is asserted within ``TOLERANCE`` points.
"""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from versions_msrp import DEFAULT_DATA, load, scores, tune  # noqa: E402

from analysis.versions.align import MATCH_THRESHOLD, text_similarity  # noqa: E402

TOLERANCE = 1.0  # percentage points either side of the README's figure
# README.md, "Accuracy and speed", the row for benchmarks/versions_msrp.py
README_TEXT = ("threshold 0.51 tuned on train", "accuracy **72.9%**, F1 **81.3**; always-paraphrase baseline 66.5% / 79.9")
README_OURS = {"accuracy": 72.9, "f1": 81.3}
README_BASELINE = {"accuracy": 66.5, "f1": 79.9}

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


def test_the_readme_states_the_figures_asserted_here() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in README_TEXT:
        assert text in readme, f"README.md no longer says {text!r}: update it and this test together"
    assert f"{MATCH_THRESHOLD:.2f}" == "0.51"


def test_test_split_scores_the_readme_figures() -> None:
    test = load(DEFAULT_DATA, "test")
    labels = [y for y, _, _ in test]
    ours = scores(labels, [int(text_similarity(a, b) >= MATCH_THRESHOLD) for _, a, b in test])
    base = scores(labels, [1] * len(labels))
    for got, want in ((ours, README_OURS), (base, README_BASELINE)):
        for name, figure in want.items():
            assert 100 * got[name] == pytest.approx(figure, abs=TOLERANCE), (name, got)
