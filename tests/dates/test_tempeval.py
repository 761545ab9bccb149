"""The TempEval-3 reader and scorer."""

import os
import re
from datetime import date

import pytest
from conftest import ROOT

from analysis.dates.tempeval import Scores, Timex, align, evaluate, read_tml, score

TML = """<?xml version="1.0" ?><TimeML>
<DOCID>t</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>The CDC <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that cases rose in <TIMEX3 tid="t2" type="DATE" value="2013-W11">the last week</TIMEX3>.</TEXT>
</TimeML>"""


def test_read_tml(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == date(2013, 3, 22)
    assert [(g.text, g.value) for g in doc.gold] == [("Friday", "2013-03-22"), ("the last week", "2013-W11")]
    assert doc.text[doc.gold[0].start:doc.gold[0].end] == "Friday"


def test_scoring_definitions():
    gold = [Timex(0, 6, "Friday", "DATE", "2013-03-22"), Timex(10, 23, "the last week", "DATE", "2013-W11")]
    system = [Timex(0, 6, "Friday", "DATE", "2013-03-22"), Timex(14, 23, "last week", "DATE", "2013-W12"),
              Timex(30, 33, "now", "DATE", "PRESENT_REF")]
    assert len(align(gold, system)) == 2
    s = score(gold, system)
    assert (s.relaxed, s.strict, s.value_correct, s.type_correct) == (2, 1, 1, 2)
    assert s.relaxed_prf[2] == pytest.approx(100 * 2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert s.value_f1 == pytest.approx(0.5 * s.relaxed_prf[2])
    assert (s + Scores(1, 1, 1, 1, 1, 1)).gold == 3


def test_smoke_on_one_training_file():
    data = ROOT.parent / "shared" / "benchmarks" / "tempeval3" / "train" / "TimeBank"
    files = sorted(data.glob("*.tml"))[:2]
    if not files:
        pytest.skip("TempEval-3 data is not beside the repository")
    total, per_doc = evaluate(files)
    assert total.gold > 0 and total.relaxed > 0 and len(per_doc) == 2


TE3 = ROOT.parent / "shared" / "benchmarks" / "tempeval3"
TOLERANCE = 0.5  # points of F1: the README rounds to two decimals; this allows for small drift, not regressions


def _readme_figures() -> dict[str, float]:
    """The TempEval-3 platinum figures README.md's "Accuracy and speed" table states for our tagger."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Accuracy and speed", 1)[1].split("\n## ", 1)[0]
    row = next(line for line in section.splitlines() if "TempEval-3 platinum" in line)
    figures = dict(re.findall(r"(strict|relaxed|type|value) F1 \*\*(\d+\.\d+)\*\*", row))
    assert set(figures) == {"strict", "relaxed", "type", "value"}, row
    return {k: float(v) for k, v in figures.items()}


def test_platinum_figures_match_the_readme():
    """benchmarks/dates_tempeval3.py on TE3-platinum gives what README.md says, within TOLERANCE."""
    files = sorted((TE3 / "platinum").rglob("*.tml"))
    if not files:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the TempEval-3 platinum data is missing under {TE3}")
        pytest.skip("TempEval-3 data is not beside the repository")
    total, _ = evaluate(files)
    measured = {"strict": total.strict_prf[2], "relaxed": total.relaxed_prf[2],
                "type": total.type_f1, "value": total.value_f1}
    stated = _readme_figures()
    for name, value in stated.items():
        assert measured[name] == pytest.approx(value, abs=TOLERANCE), (name, measured, stated)
