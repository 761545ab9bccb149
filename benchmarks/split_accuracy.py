"""Accuracy of the split (issue 5) against hand labels.

Prints, for each labelled set and for the dev and test splits:

* actor-side accuracy: of the hand-labelled actors, the share found with the right side
  (an actor not found counts as wrong), with how many were found at all, the side accuracy
  among those found, and the share of listed actors that are labelled (precision);
* position precision and recall: a predicted position matches a labelled one when the
  stance is the same and one of its evidence sentences contains one of the label's evidence
  fragments (one-to-one); optional labels are neither required nor counted against;
* side cells: of the matched positions, the share of labelled sides whose ``by_side`` cell
  is filled.

Usage::

    python benchmarks/split_accuracy.py             # shipped gazetteer
    python benchmarks/split_accuracy.py --rules-only   # gazetteer without its named actors
    python benchmarks/split_accuracy.py -v          # also list the misses

Labels: tests/data/split/labels.yaml (dev sets were looked at while writing the rules, test
sets were written and labelled before the rules and only scored).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.enrich import enrich  # noqa: E402
from analysis.ingest import load_articles_and_skips  # noqa: E402
from analysis.split import analyse_split  # noqa: E402
from analysis.split.gazetteer import load_gazetteer  # noqa: E402
from analysis.split.text import fold  # noqa: E402
from analysis.text.layer import read_texts  # noqa: E402

LABELS = ROOT / "tests" / "data" / "split" / "labels.yaml"


@dataclass
class Score:
    """Counts for one set (or a sum of sets)."""

    actors: int = 0
    found: int = 0
    right_side: int = 0
    listed: int = 0
    listed_labelled: int = 0
    gold_positions: int = 0
    gold_matched: int = 0
    predicted: int = 0
    predicted_ok: int = 0
    cells: int = 0
    cells_filled: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)


def _names(label: str) -> set[str]:
    return {fold(n) for n in label.split("|")}


def score_actors(actors: Sequence[dict[str, Any]], gold: dict[str, Any], optional: Sequence[str]) -> Score:
    s = Score()
    by_name = {fold(a["name"]): a for a in actors}
    labelled: set[str] = set()
    for label, side in gold.items():
        names = _names(label)
        labelled |= names
        s.actors += 1
        hit = next((by_name[n] for n in names if n in by_name), None)
        if hit is None:
            s.misses.append(f"actor not found: {label} ({side})")
            continue
        s.found += 1
        if hit["side"] == side:
            s.right_side += 1
        else:
            s.misses.append(f"actor side: {label}: got {hit['side']}, want {side}")
    for label in optional:
        labelled |= _names(label)
    s.listed = len(actors)
    s.listed_labelled = sum(1 for a in actors if fold(a["name"]) in labelled)
    for a in actors:
        if fold(a["name"]) not in labelled:
            s.misses.append(f"actor not labelled: {a['name']} ({a['side']})")
    return s


def score_set(entry: dict[str, Any], gazetteer: Any = None) -> Score:
    """Run the split on one labelled set as the pipeline does (parse, enrich, split) and score it."""
    articles, _ = load_articles_and_skips([ROOT / p for p in entry["paths"]])
    layers = enrich(read_texts(articles))
    result = analyse_split([la.article for la in layers], entry["sides"], gazetteer=gazetteer, layers=layers)
    s = score_actors([a.to_dict() for a in result.actors], entry.get("actors") or {},
                     entry.get("optional_actors") or [])
    s.add(score_positions([p.to_dict() for p in result.positions], entry.get("positions") or []))
    return s


def _matches(position: dict[str, Any], gold: dict[str, Any]) -> bool:
    if position["stance"] != gold["stance"]:
        return False
    sentences = [e["sentence"].casefold() for e in position["evidence"]]
    return any(frag.casefold() in s for frag in gold["evidence"] for s in sentences)


def score_positions(positions: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> Score:
    s = Score()
    used: set[int] = set()
    s.predicted = len(positions)
    s.gold_positions = sum(1 for g in gold if not g.get("optional"))
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        match = next((i for i, p in enumerate(positions) if i not in used and _matches(p, g)), None)
        if match is None:
            if not g.get("optional"):
                s.misses.append(f"position missed: {g['topic']} ({g['stance']})")
            continue
        used.add(match)
        s.predicted_ok += 1
        if not g.get("optional"):
            s.gold_matched += 1
        for side in g.get("sides", []):
            s.cells += 1
            if positions[match]["by_side"].get(side):
                s.cells_filled += 1
            else:
                s.misses.append(f"empty cell: {g['topic']}: {side}")
    for i, p in enumerate(positions):
        if i not in used:
            s.misses.append(f"position not labelled: {p['topic']} ({p['stance']})")
    return s


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    —"


def report(name: str, s: Score) -> str:
    precision = s.predicted_ok / s.predicted if s.predicted else 0.0
    recall = s.gold_matched / s.gold_positions if s.gold_positions else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"{name:28s} actor-side acc {_pct(s.right_side, s.actors)} ({s.right_side}/{s.actors}; "
        f"found {_pct(s.found, s.actors)}, side|found {_pct(s.right_side, s.found)}, "
        f"listed labelled {_pct(s.listed_labelled, s.listed)})  "
        f"positions P {_pct(s.predicted_ok, s.predicted)} R {_pct(s.gold_matched, s.gold_positions)} "
        f"F1 {100 * f1:5.1f}  ({s.predicted_ok}/{s.predicted} pred, {s.gold_matched}/{s.gold_positions} gold; "
        f"cells {_pct(s.cells_filled, s.cells)})"
    )


def rules_only_gazetteer(tmp: Path) -> Path:
    """The shipped gazetteer without its named actors: only groups and word lists."""
    shipped = ROOT / "analysis" / "data" / "gazetteer.yaml"
    data = yaml.safe_load(shipped.read_text(encoding="utf-8"))
    data["actors"] = []
    path = tmp / "rules_only.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--rules-only", action="store_true", help="drop the gazetteer's named actors")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses")
    args = parser.parse_args(argv)
    labels = yaml.safe_load(Path(args.labels).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        gazetteer = load_gazetteer(base=rules_only_gazetteer(Path(tmp))) if args.rules_only else load_gazetteer()
        totals: dict[str, Score] = {}
        print(f"split accuracy ({'rules only, no named actors' if args.rules_only else 'shipped gazetteer'})")
        for entry in labels["sets"]:
            s = score_set(entry, gazetteer)
            totals.setdefault(entry["split"], Score()).add(s)
            print(report(f"  {entry['split']}/{entry['name']} ({'/'.join(entry['sides'])})", s))
            if args.verbose:
                for miss in s.misses:
                    print(f"      {miss}")
        for split in ("dev", "test"):
            if split in totals:
                print(report(f"{split.upper()} (all sets)", totals[split]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
