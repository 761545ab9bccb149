"""Accuracy of the version analysis on the hand-labelled test set (tests/data/versions/).

Prints relation accuracy over every pair of the set (with a confusion table), accuracy of
the chosen original, and precision and recall of change kinds, quote changes and spelling
variants against ``labels.yaml``. The articles were written for this test set (other
stories than the seeds) and labelled by hand from how each copy was made.

Run: ``.venv/bin/python benchmarks/versions_accuracy.py [--data DIR]``
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import load_articles  # noqa: E402
from analysis.versions import compare_versions  # noqa: E402

DEFAULT_DATA = ROOT / "tests" / "data" / "versions"
RELATIONS = ("duplicate", "version", "related", "unrelated")
KINDS = ("spelling", "punctuation", "edited", "added", "removed", "merged", "split")


def expected_relations(labels: dict[str, Any]) -> dict[tuple[str, str], str]:
    """The labelled relation of every pair of articles in the set."""
    stories: dict[str, str] = labels["stories"]
    listed = {tuple(sorted(p["pair"])): p["relation"] for p in labels["pairs"]}
    out = {}
    for a, b in combinations(sorted(stories), 2):
        out[(a, b)] = listed.get((a, b)) or ("related" if stories[a] == stories[b] else "unrelated")
    return out


def match_changes(labelled: list[dict[str, str]], predicted: list[dict[str, Any]]) -> tuple[Counter, Counter, Counter]:
    """(true positives, false positives, false negatives) by kind, matching each label once."""
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    used: set[int] = set()
    for label in labelled:
        for n, change in enumerate(predicted):
            if n in used or change["kind"] != label["kind"]:
                continue
            if "from" in label and label["from"] not in (change["from_text"] or ""):
                continue
            if "to" in label and label["to"] not in (change["to_text"] or ""):
                continue
            used.add(n)
            tp[label["kind"]] += 1
            break
        else:
            fn[label["kind"]] += 1
    fp = Counter(c["kind"] for n, c in enumerate(predicted) if n not in used)
    return tp, fp, fn


def match_quotes(labelled: list[dict[str, str]], predicted: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(tp, fp, fn) for quote changes: same kind, speaker contains the label's, text holds its snippet."""
    used: set[int] = set()
    tp = 0
    for label in labelled:
        for n, q in enumerate(predicted):
            if n in used or q["kind"] != label["kind"] or label["from"] not in q["from_text"]:
                continue
            if label.get("speaker") and label["speaker"] not in (q["speaker"] or ""):
                continue
            used.add(n)
            tp += 1
            break
    return tp, len(predicted) - len(used), len(labelled) - tp


def pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return f"precision {100 * p:5.1f}%  recall {100 * r:5.1f}%  (tp {tp}, fp {fp}, fn {fn})"


def report(
    title: str,
    labels: dict[str, Any],
    expected: dict[tuple[str, str], str],
    pairs: dict[tuple[str, str], Any],
    changes: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    spelling: list[dict[str, Any]],
    keep: Any,
) -> None:
    """Print every figure for the pairs ``keep(a, b)`` selects."""
    chosen = {k: v for k, v in expected.items() if keep(*k)}
    items = [p for p in labels["pairs"] if keep(*sorted(p["pair"]))]
    confusion: Counter[tuple[str, str]] = Counter()
    for key, want in chosen.items():
        confusion[(want, pairs[key].relation)] += 1
    correct = sum(n for (w, g), n in confusion.items() if w == g)
    arts = {a for k in chosen for a in k}
    print(f"== {title}: {len(arts)} articles, {len(chosen)} pairs ({len(items)} labelled duplicate/version pairs)")
    print(f"relation accuracy: {100 * correct / max(len(chosen), 1):.1f}% ({correct}/{len(chosen)})")
    print("confusion (rows labelled, columns found):")
    print(f"  {'':10s}" + "".join(f"{r:>11s}" for r in RELATIONS))
    for want in RELATIONS:
        print(f"  {want:10s}" + "".join(f"{confusion[(want, got)]:11d}" for got in RELATIONS))
    not_unrelated = [k for k, v in chosen.items() if v != "unrelated"]
    ok = sum(1 for k in not_unrelated if pairs[k].relation == chosen[k])
    print(f"correct on pairs labelled duplicate/version/related: {ok}/{len(not_unrelated)}")

    right_original = 0
    tp_all: Counter[str] = Counter()
    fp_all: Counter[str] = Counter()
    fn_all: Counter[str] = Counter()
    q_tot = [0, 0, 0]
    s_tot = [0, 0, 0]
    for item in items:
        a, b = sorted(item["pair"])
        got = pairs[(a, b)]
        right_original += got.original == item["original"]
        if frozenset((a, b)) not in {frozenset((c["from"], c["to"])) for c in changes}:
            continue  # schema 2: only family tree edges are aligned
        mine = [c for c in changes if {c["from"], c["to"]} == {a, b} and c["kind"] != "unchanged"]
        tp, fp, fn = match_changes(item["changes"], mine)
        tp_all += tp
        fp_all += fp
        fn_all += fn
        qs = [q for q in quotes if {q["from"], q["to"]} == {a, b}]
        for n, v in enumerate(match_quotes(item["quote_changes"], qs)):
            q_tot[n] += v
        want_sp = {tuple(x) for x in item["spelling"]}
        got_sp = {(s["from_form"], s["to_form"]) for s in spelling if {s["from"], s["to"]} == {a, b}}
        for n, v in enumerate((len(want_sp & got_sp), len(got_sp - want_sp), len(want_sp - got_sp))):
            s_tot[n] += v
    print(f"original chosen correctly (null when nothing tells): {right_original}/{len(items)}")
    print("change kinds (changes other than unchanged):")
    for kind in KINDS:
        if tp_all[kind] + fp_all[kind] + fn_all[kind]:
            print(f"  {kind:12s} {pr(tp_all[kind], fp_all[kind], fn_all[kind])}")
    print(f"  {'all kinds':12s} {pr(sum(tp_all.values()), sum(fp_all.values()), sum(fn_all.values()))}")
    print(f"quote changes:  {pr(*q_tot)}")
    print(f"spelling pairs: {pr(*s_tot)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    labels = yaml.safe_load((args.data / "labels.yaml").read_text(encoding="utf-8"))
    files = sorted(p for p in args.data.iterdir() if p.is_file() and p.name != "labels.yaml")
    articles = load_articles(files)
    found = {a.id for a in articles}
    missing = set(labels["stories"]) - found
    if missing:
        raise SystemExit(f"labelled articles not found in {args.data}: {sorted(missing)}")
    findings = compare_versions([a for a in articles if a.id in labels["stories"]])
    pairs = {(p.a, p.b): p for p in findings.pairs}
    changes = [c.to_dict() for c in findings.changes]
    quotes = [q.to_dict() for q in findings.quote_changes]
    spelling = [s.to_dict() for s in findings.spelling]

    expected = expected_relations(labels)
    holdout = set(labels.get("holdout", []))
    report("all labelled articles", labels, expected, pairs, changes, quotes, spelling, lambda a, b: True)
    if holdout:
        report(
            "held out (written after the code was frozen, never tuned on)",
            labels, expected, pairs, changes, quotes, spelling,
            lambda a, b: a in holdout and b in holdout,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
