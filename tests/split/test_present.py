"""Tables, chart and summary built from the findings dict."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from analysis.report import table_html  # noqa: E402
from analysis.split.present import actor_chart, actors_table, evidence_table, positions_table, summary  # noqa: E402

FINDINGS = {
    "sides": ["EU", "US"],
    "actors": [
        {"name": "Brussels", "side": "EU", "mentions": 3, "articles": ["a"], "found_by": "capital"},
        {"name": "<script>alert(1)</script>", "side": None, "mentions": 1, "articles": ["a"]},
        {"name": "Washington", "side": "US", "mentions": 2, "articles": ["a"]},
    ],
    "positions": [
        {"topic": "steel tariffs", "stance": "disagree",
         "by_side": {"EU": "tariffs were unjustified", "US": None},
         "evidence": [{"article": "a", "side": "EU", "sentence": "Brussels said the tariffs were unjustified."}]},
        {"topic": "a quota", "stance": "agree", "by_side": {"EU": "agreed to talk", "US": "agreed to talk"},
         "evidence": [{"article": "a", "side": None, "sentence": "Both sides agreed to keep talking."}]},
    ],
}


def test_positions_table_has_one_column_per_side():
    rows = positions_table(FINDINGS)
    assert [r["topic"] for r in rows] == ["steel tariffs", "a quota"]
    assert rows[0]["EU"] == "tariffs were unjustified" and rows[0]["US"] == "—"
    assert rows[0]["agree or disagree"] == "disagree"
    assert "[a] Brussels said" in rows[0]["evidence"]


def test_actor_rows_are_ordered_by_side_then_mentions_and_escaped_in_html():
    rows = actors_table(FINDINGS)
    assert [r["actor"] for r in rows] == ["Brussels", "Washington", "<script>alert(1)</script>"]
    assert rows[-1]["side"] == "neither side"
    html = table_html(rows, ["actor", "side"])
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_evidence_table_lists_every_sentence():
    assert [r["side"] for r in evidence_table(FINDINGS)] == ["EU", "both or neither"]


def test_summary_is_generated_from_the_findings():
    text = " ".join(summary(FINDINGS))
    assert "3 actors" in text and "1 on the EU side" in text
    assert "disagree on 1 topic" in text and "steel tariffs" in text and "unjustified" in text
    assert "They agree on a quota." in text
    empty = summary({"sides": ["EU", "US"], "actors": [], "positions": []})
    assert any("no clear sign" in p for p in empty)


def test_chart_has_title_and_axis_labels():
    fig = actor_chart(FINDINGS)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert len(ax.patches) == 3


@pytest.mark.parametrize("sides", [["US", "UK"], ["France", "Germany"]])
def test_empty_findings_render(sides):
    findings = {"sides": sides, "actors": [], "positions": []}
    assert positions_table(findings) == [] and actors_table(findings) == []
    assert actor_chart(findings).axes[0].get_title()
