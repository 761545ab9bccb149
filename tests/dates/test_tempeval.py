"""The TempEval-3 reader and scorer."""

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
