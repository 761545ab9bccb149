"""Tables, alt text and the timeline figure for the dates notebook."""

import pytest

from analysis.dates.present import (
    claim_rows,
    conflict_rows,
    dates_rows,
    publication_rows,
    timeline_alt,
    timeline_figure,
)

FINDINGS = {
    "dates": [{"article": "a", "text": "May 7", "type": "DATE", "value": "2026-05-07", "start": "2026-05-07",
               "end": "2026-05-07", "anchor": None, "sentence": "ignored"}],
    "events": [{"id": "vote", "label": "the vote takes place", "claims": [
        {"article": "a", "text": "on May 7", "value": "2026-05-07", "start": "2026-05-07", "end": "2026-05-07",
         "stated_on": "2026-01-10", "superseded": True},
        {"article": "b", "text": "in June", "value": "2026-06", "start": "2026-06-01", "end": "2026-06-30",
         "stated_on": None},
    ]}],
    "articles": [
        {"id": "a", "published": "2026-01-10", "published_basis": "stated"},
        {"id": "b", "published": "2026-01-20", "published_basis": "inferred",
         "published_range": ["2026-01-19", "2026-01-25"], "published_evidence": "Written ..."},
    ],
    "conflicts": [{"event": "vote", "kind": "revised", "explanation": "It moved.", "claims": [
        {"article": "a", "text": "on May 7", "value": "2026-05-07"},
        {"article": "b", "text": "in June", "value": "2026-06"}]}],
}


def test_dates_rows_keep_the_table_columns():
    assert dates_rows(FINDINGS) == [{"article": "a", "text": "May 7", "type": "DATE", "value": "2026-05-07",
                                     "start": "2026-05-07", "end": "2026-05-07", "anchor": None}]
    assert dates_rows({}) == []


def test_claim_rows():
    rows = claim_rows(FINDINGS)
    assert [(r["article"], r["says"], r["superseded"]) for r in rows] == [("a", "on May 7", True),
                                                                          ("b", "in June", False)]


def test_publication_rows():
    rows = publication_rows(FINDINGS)
    assert rows[0]["range"] is None and rows[1]["range"] == "2026-01-19 to 2026-01-25"
    assert rows[1]["basis"] == "inferred"


def test_conflict_rows():
    (row,) = conflict_rows(FINDINGS)
    assert row["claims"] == "a: on May 7 (2026-05-07); b: in June (2026-06)"


def test_timeline_alt():
    assert timeline_alt(FINDINGS) == (
        "Timeline between 2026-01-10 and 2026-06-30: publication dates of 2 article(s) as dots, and the "
        "intervals the articles claim for 1 event(s) as bars (the vote takes place).")
    assert timeline_alt({}).startswith("Timeline: publication dates of 0 article(s)")


def test_timeline_figure_draws_one_row_per_event():
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = timeline_figure(FINDINGS)
    try:
        (ax,) = fig.axes
        assert [t.get_text() for t in ax.get_yticklabels()] == ["published", "the vote takes place"]
        assert len(ax.patches) == 2  # one bar per dated claim
    finally:
        plt.close(fig)
