"""TempEval-3 Task A (timex extraction and normalisation) for briefing's date tagger.

Usage:  python benchmarks/dates_tempeval3.py [--data DIR] [--split platinum|train] [--errors N]

Scores our tagger on the TE3-platinum test set (or the TBAQ-cleaned training set used for
tuning) with the TempEval-3 definitions (see analysis/dates/tempeval.py) and prints a table
beside the published figures of HeidelTime and SUTime.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.dates.tempeval import align, evaluate, tag_document  # noqa: E402

PUBLISHED = [  # TE3-platinum Task A (UzZaman et al. 2013): strict F1, relaxed F1, type F1, value F1
    ("HeidelTime (published)", 81.34, 90.30, 82.09, 77.61),
    ("SUTime (published)", 79.57, 90.32, None, 67.38),
]


def _default_data() -> Path:
    for candidate in (ROOT.parent / "shared" / "benchmarks" / "tempeval3",
                      ROOT / "shared" / "benchmarks" / "tempeval3",
                      Path("/work/shared/benchmarks/tempeval3")):
        if candidate.is_dir():
            return candidate
    raise SystemExit("TempEval-3 data not found: pass --data DIR (the folder with platinum/ and train/)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--split", choices=("platinum", "train", "train/TimeBank", "train/AQUAINT"),
                        default="platinum")
    parser.add_argument("--no-parse", action="store_true",
                        help="read the words only, without the trained pipeline (the rules before the parse)")
    parser.add_argument("--errors", type=int, default=0, help="print up to N value errors")
    args = parser.parse_args(argv)
    data = args.data or _default_data()
    files = sorted((data / args.split).rglob("*.tml"))
    if not files:
        raise SystemExit(f"no .tml files under {data / args.split}")
    began = time.perf_counter()
    total, per_doc = evaluate(files, parse=not args.no_parse)
    seconds = time.perf_counter() - began
    sp, sr, sf = total.strict_prf
    rp, rr, rf = total.relaxed_prf
    print(f"TempEval-3 Task A on {args.split}/ ({len(files)} files, {total.gold} gold timexes, "
          f"{total.system} ours, {seconds:.1f} s; {'words only' if args.no_parse else 'with the parse'})")
    header = f"{'system':26} {'strict P':>8} {'strict R':>8} {'strict F1':>9} {'relaxed P':>9} {'relaxed R':>9} {'relaxed F1':>10} {'type F1':>8} {'value F1':>8}"
    print(header)
    print("-" * len(header))
    print(f"{'briefing (ours)':26} {sp:8.2f} {sr:8.2f} {sf:9.2f} {rp:9.2f} {rr:9.2f} {rf:10.2f} "
          f"{total.type_f1:8.2f} {total.value_f1:8.2f}")
    if args.split == "platinum" and not args.no_parse:
        for name, strict, relaxed, type_f1, value in PUBLISHED:
            tf = f"{type_f1:8.2f}" if type_f1 else f"{'n/a':>8}"
            print(f"{name:26} {'':8} {'':8} {strict:9.2f} {'':9} {'':9} {relaxed:10.2f} {tf} {value:8.2f}")
    if args.errors:
        shown = 0
        for doc, _ in per_doc:
            system = tag_document(doc.text, doc.dct, parse=not args.no_parse)
            pairs = align(doc.gold, system)
            paired_g = {id(g) for g, _ in pairs}
            paired_s = {id(s) for _, s in pairs}
            for g, s in pairs:
                if g.value != s.value or g.text != s.text or g.type != s.type:
                    print(f"  {doc.name} DCT {doc.dct}: gold {g.text!r} {g.type} {g.value} | ours {s.text!r} {s.type} {s.value}")
                    shown += 1
            for g in doc.gold:
                if id(g) not in paired_g:
                    print(f"  {doc.name}: missed {g.text!r} {g.type} {g.value}")
                    shown += 1
            for s in system:
                if id(s) not in paired_s:
                    print(f"  {doc.name}: spurious {s.text!r} {s.type} {s.value}")
                    shown += 1
            if shown >= args.errors:
                break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
