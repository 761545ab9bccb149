"""Score the aligner's "same sentence, edited" judgement on the MSRP paraphrase corpus.

The aligner pairs two sentences when their similarity reaches ``MATCH_THRESHOLD``; below it
they are a removed and an added sentence. MSRP (Dolan & Brockett 2005) has news sentence
pairs labelled paraphrase or not, a fair stand-in for "an edit of the same sentence"
against "a different sentence on the same story". This script:

* with ``--tune``: finds the threshold with the best accuracy on the **train** split (the
  value the library's ``MATCH_THRESHOLD`` was set from);
* always: scores the **test** split with the library's fixed threshold and prints it beside
  the always-paraphrase baseline (66.5% accuracy, 79.9 F1) and published figures.

The corpus is read from ``../shared/benchmarks/msrp/`` (or ``--data DIR``); its licence
(MSR-SSLA, non-commercial) allows use as an evaluation fixture only. Files are read with
``encoding="utf-8-sig"`` and split on tabs: the sentences hold unbalanced quote characters
that make Python's default CSV quoting merge rows.

Run: ``.venv/bin/python benchmarks/versions_msrp.py [--tune]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.versions.align import MATCH_THRESHOLD, text_similarity  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "msrp"
EXPECTED_ROWS = {"train": 4076, "test": 1725}


def load(data: Path, split: str) -> list[tuple[int, str, str]]:
    """(label, sentence 1, sentence 2) rows of one split, checked against the README's counts."""
    path = data / f"msr_paraphrase_{split}.txt"
    rows: list[tuple[int, str, str]] = []
    with path.open(encoding="utf-8-sig") as handle:
        next(handle)  # header
        for n, line in enumerate(handle, start=2):
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) != 5:
                raise ValueError(f"{path}:{n}: expected 5 tab-separated fields, got {len(fields)}")
            rows.append((int(fields[0]), fields[3], fields[4]))
    if len(rows) != EXPECTED_ROWS[split]:
        raise ValueError(f"{path}: {len(rows)} rows, the README says {EXPECTED_ROWS[split]}")
    return rows


def scores(labels: list[int], predicted: list[int]) -> dict[str, float]:
    """Accuracy, precision, recall and F1 of the paraphrase class."""
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y == 1 and p == 1)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if y == 0 and p == 1)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y == 1 and p == 0)
    correct = sum(1 for y, p in zip(labels, predicted, strict=True) if y == p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"accuracy": correct / len(labels), "precision": precision, "recall": recall, "f1": f1}


def tune(rows: list[tuple[int, str, str]]) -> tuple[float, float]:
    """The threshold (in steps of 0.01) with the best train accuracy, and that accuracy."""
    sims = [text_similarity(a, b) for _, a, b in rows]
    labels = [y for y, _, _ in rows]
    best = (0.0, 0.0)
    for step in range(20, 96):
        t = step / 100
        acc = scores(labels, [int(s >= t) for s in sims])["accuracy"]
        if acc > best[1] + 1e-12:
            best = (t, acc)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the MSRP files")
    parser.add_argument("--tune", action="store_true", help="also search the threshold on the train split")
    args = parser.parse_args(argv)
    if not (args.data / "msr_paraphrase_test.txt").exists():
        print(f"MSRP not found under {args.data}; nothing to score.")
        return 0

    if args.tune:
        t, acc = tune(load(args.data, "train"))
        print(f"train split: best threshold {t:.2f} (accuracy {100 * acc:.1f}%); library uses {MATCH_THRESHOLD:.2f}")

    test = load(args.data, "test")
    labels = [y for y, _, _ in test]
    ours = scores(labels, [int(text_similarity(a, b) >= MATCH_THRESHOLD) for _, a, b in test])
    base = scores(labels, [1] * len(labels))
    print(f"MSRP test split, {len(test)} pairs ({sum(labels)} paraphrases); threshold {MATCH_THRESHOLD:.2f} from train")
    print(f"{'system':44s} {'accuracy':>8s} {'precision':>9s} {'recall':>7s} {'F1':>6s}")
    for name, s in (("always paraphrase (baseline)", base), ("briefing aligner: same sentence, edited", ours)):
        print(
            f"{name:44s} {100 * s['accuracy']:7.1f}% {100 * s['precision']:8.1f}% "
            f"{100 * s['recall']:6.1f}% {100 * s['f1']:6.1f}"
        )
    print("published: Mihalcea et al. 2006 70.3% / 81.3 F1; Wan et al. 2006 75.6% / 83.0 F1")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
