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
    assert dates_rows(FINDINGS, raw=True) == [{"article": "a", "text": "May 7", "type": "DATE", "value": "2026-05-07",
                                               "start": "2026-05-07", "end": "2026-05-07", "anchor": None}]
    assert dates_rows(FINDINGS) == [{"article": "a", "text": "May 7", "when": "7 May 2026"}]
    assert dates_rows({}) == []


def test_claim_rows():
    rows = claim_rows(FINDINGS, raw=True)
    assert [(r["article"], r["says"], r["superseded"]) for r in rows] == [("a", "on May 7", True),
                                                                          ("b", "in June", False)]
    plain = claim_rows(FINDINGS)
    assert [(r["when"], r["written"], bool(r["note"])) for r in plain] == [
        ("7 May 2026", "10 January 2026", True), ("June 2026", "unknown", False)]


def test_publication_rows():
    rows = publication_rows(FINDINGS, raw=True)
    assert rows[0]["range"] is None and rows[1]["range"] == "2026-01-19 to 2026-01-25"
    assert rows[1]["basis"] == "inferred"
    plain = publication_rows(FINDINGS)
    assert [r["published"] for r in plain] == ["10 January 2026", "between 19 January 2026 and 25 January 2026"]
    assert plain[1]["how we know"] == "inferred from the other articles"


def test_conflict_rows():
    (row,) = conflict_rows(FINDINGS, raw=True)
    assert row["claims"] == "a: on May 7 (2026-05-07); b: in June (2026-06)"
    (row,) = conflict_rows(FINDINGS)
    assert row["claims"] == "a: on May 7 (7 May 2026); b: in June (June 2026)"


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


def test_when_says_a_date_as_a_reader_does():
    from analysis.dates.present import when

    assert when("2026-03-04") == "4 March 2026"
    assert when("2026-SU", "2026-06-01", "2026-08-31") == "summer 2026 (1 June 2026 to 31 August 2026)"
    assert when("FUTURE_REF") == "in the future"
    assert when("XXXX-WXX-1").startswith("a Monday (which one is unknown")
    assert when("XXXX-09-17").startswith("17 September (the year is unknown")


def test_reader_rows_carry_no_values_and_raw_rows_do(seeds_dir):
    from analysis.findings import build_findings

    found = build_findings([seeds_dir]).to_dict()
    plain = claim_rows(found) + dates_rows(found) + publication_rows(found) + conflict_rows(found)
    text = repr(plain)
    for notation in ("2026-SU", "PAST_REF", "FUTURE_REF", "superseded", "'value'"):
        assert notation not in text, notation
    assert "summer 2026" in text
    assert "value" in claim_rows(found, raw=True)[0]
