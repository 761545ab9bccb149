"""The real-news date benchmark (benchmarks/dates_real.py) reads its labels and scores a story.

No accuracy threshold yet: these tests check that the labels are well formed and that the
scorer runs end to end on one story and counts what it should on hand-made findings.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import ROOT
from support import load_benchmark

REAL = ROOT / "tests" / "data" / "dates" / "real"
LABELS = yaml.safe_load((REAL / "labels.yaml").read_text(encoding="utf-8"))


BENCH = load_benchmark("dates_real")


def test_labels_name_the_files_and_one_undated_article_per_story():
    assert len(LABELS["stories"]) >= 4
    for name, story in LABELS["stories"].items():
        folder = ROOT / story["folder"]
        assert folder.name == name
        files = {p.stem for p in folder.glob("*.txt")}
        assert files == set(story["articles"]), name
        assert 3 <= len(files) <= 10
        undated = [a for a, labels in story["articles"].items() if "true_published" in labels]
        assert len(undated) == 1, name
        for article, labels in story["articles"].items():
            first = (folder / f"{article}.txt").read_text(encoding="utf-8").splitlines()[0]
            if article in undated:
                assert not first.startswith("date "), article
            else:
                assert first == f"date {labels['published']}", article
            for label in labels["dates"]:
                assert label["text"] and BENCH.accepted(label), (article, label)


def test_text_matching():
    assert BENCH.texts_match("later in the day", "the day")
    assert BENCH.texts_match("Friday", "friday")
    assert not BENCH.texts_match("now", "nowhere")
    assert not BENCH.texts_match("Friday", "Thursday")


def test_scores_on_made_up_findings():
    labels = [
        {"text": "Friday", "value": "1989-10-27"},
        {"text": "Friday", "value": "1989-10-20"},
        {"text": "this week", "value": ["1989-W43", "1989-W44"]},
    ]
    found = [
        {"text": "Friday", "value": "1989-10-27"},
        {"text": "Friday", "value": "1989-10-27"},
        {"text": "this week", "value": "1989-W44"},
    ]
    s = BENCH.score_dates("a", labels, found)
    assert (s.phrases, s.found, s.right) == (3, 3, 2)
    conflict = {
        "event": "e",
        "kind": "contradiction",
        "claims": [
            {"article": "a", "text": "Dec. 15", "value": "1989-12-15"},
            {"article": "b", "text": "Dec. 10", "value": "1989-12-10"},
        ],
    }
    s = BENCH.score_conflicts(
        [conflict], [dict(conflict, kind="revised"), dict(conflict, claims=conflict["claims"][:1])]
    )
    assert (s.true_conflicts, s.kind_right, s.false_conflicts, s.missed_conflicts) == (1, 0, 1, 0)
    right, days, _ = BENCH.undated_verdict(
        {"published": "1989-10-27", "published_range": ["1989-10-23", "1989-10-31"], "published_basis": "inferred"},
        "1989-10-30",
    )
    assert right and days == 3


def test_scoring_runs_on_one_story():
    name = "weisfields-bid-1989"
    s, line = BENCH.score_story(name, LABELS["stories"][name])
    assert s.phrases == sum(len(a["dates"]) for a in LABELS["stories"][name]["articles"].values())
    assert 0 <= s.right <= s.found <= s.phrases
    assert s.labelled_conflicts == 1 and s.undated == 1
    assert line.startswith("undated wsj_0585")


def test_main_prints_a_total(capsys):
    assert BENCH.main(["--story", "insurers-hugo-quake-1989"]) == 0
    out = capsys.readouterr().out
    assert "insurers-hugo-quake-1989" in out and "TOTAL" in out


def test_paths_are_inside_the_repository():
    for story in LABELS["stories"].values():
        assert not Path(story["folder"]).is_absolute()
