"""Dating an undated article from events other articles date."""

from datetime import date

import pytest

from analysis.dates.document import read_dates, tag_sentences
from analysis.dates.infer import Evidence, Inference, infer_published

OTHER = read_dates(["The taskforce was announced on September 15, 2025."], date(2025, 9, 20))[0]
OWN = tag_sentences(["The taskforce was set up on Monday."])
WINDOW = (date(2025, 9, 1), date(2025, 10, 31))


def test_a_past_weekday_matched_to_a_dated_event_gives_its_week():
    evidence = [Evidence(0, "the taskforce was set up", (0,), (("x", OTHER),))]
    result = infer_published(OWN, evidence, WINDOW)
    assert isinstance(result, Inference)
    assert (result.first, result.last, result.published) == (date(2025, 9, 15), date(2025, 9, 21), date(2025, 9, 15))
    assert result.evidence.startswith("Written in the week of 15 September 2025")
    assert "x dates it to 15 September 2025" in result.evidence


def test_no_evidence_no_date():
    assert infer_published(OWN, [], WINDOW) is None


def test_a_range_wider_than_max_days_is_not_reported():
    evidence = [Evidence(0, "the taskforce was set up", (0,), (("x", OTHER),))]
    assert infer_published(OWN, evidence, WINDOW, max_days=3) is None


def test_evidence_that_holds_on_every_day_tells_nothing():
    own = tag_sentences(["The taskforce was set up in 2025."])
    evidence = [Evidence(0, "the taskforce was set up", (0,), (("x", OTHER),))]
    assert infer_published(own, evidence, WINDOW) is None


def test_window_must_run_forwards():
    evidence = [Evidence(0, "e", (0,), (("x", OTHER),))]
    with pytest.raises(ValueError):
        infer_published(OWN, evidence, (date(2025, 10, 1), date(2025, 9, 1)))
