"""Conflicting dates for one event, revised or contradicted, and their explanation."""

import pytest

from analysis.dates.conflicts import ArticleInfo, Conflict, explain, find_conflicts
from analysis.dates.events import Claim, Event


def _claim(article, text, value, start, end, stated_on, tense="future", superseded=False):
    return Claim(article, text, value, start, end, stated_on, f"It is due {text}.", tense, superseded, (0, 0))


SUMMER = _claim("a", "by the summer", "2026-SU", "2026-06-01", "2026-08-31", "2026-01-10")
MARCH = _claim("b", "in March", "2026-03", "2026-03-01", "2026-03-31", "2026-01-12")
MARCH_LATER = _claim("b", "in March", "2026-03", "2026-03-01", "2026-03-31", "2026-02-20")
YEAR = _claim("c", "in 2026", "2026", "2026-01-01", "2026-12-31", "2026-01-12")
INFO = {
    "a": ArticleInfo("a", "Daily", "2026-01-10", "stated"),
    "b": ArticleInfo("b", "Herald", "2026-01-12", "stated"),
    "c": ArticleInfo("c", None, "2026-01-12", "stated"),
}


def _event(*claims):
    return Event("taskforce-report", "the taskforce reports", "report", "taskforce", claims)


def test_disjoint_claims_written_together_contradict():
    (conflict,) = find_conflicts([_event(SUMMER, MARCH)], INFO)
    assert isinstance(conflict, Conflict) and conflict.kind == "contradiction"
    assert conflict.explanation == (
        "On 10 January 2026 Daily (a) said the taskforce would report by summer 2026, "
        "but Herald (b), on 12 January 2026, said in March 2026.")
    assert conflict.to_dict()["claims"] == [
        {"article": "a", "text": "by the summer", "value": "2026-SU"},
        {"article": "b", "text": "in March", "value": "2026-03"}]


def test_disjoint_claims_written_weeks_apart_are_a_revision():
    (conflict,) = find_conflicts([_event(SUMMER, MARCH_LATER)], INFO)
    assert conflict.kind == "revised"
    assert "; by 20 February 2026 b said in March 2026." in conflict.explanation


def test_overlapping_superseded_and_same_article_claims_do_not_conflict():
    assert find_conflicts([_event(SUMMER, YEAR)], INFO) == ()
    old = _claim("b", "in March", "2026-03", "2026-03-01", "2026-03-31", "2026-01-12", superseded=True)
    assert find_conflicts([_event(SUMMER, old)], INFO) == ()
    same = _claim("a", "in March", "2026-03", "2026-03-01", "2026-03-31", "2026-01-10")
    assert find_conflicts([_event(SUMMER, same)], INFO) == ()


def test_an_unknown_date_makes_it_a_contradiction():
    undated = _claim("b", "in March", "2026-03", "2026-03-01", "2026-03-31", None)
    (conflict,) = find_conflicts([_event(SUMMER, undated)], INFO)
    assert conflict.kind == "contradiction" and "at an unknown date" in conflict.explanation


def test_explain_says_when_a_repeat_adds_the_year():
    repeat = _claim("c", "in March 2026", "2026-03", "2026-03-01", "2026-03-31", "2026-01-13")
    text = explain(_event(SUMMER, MARCH, repeat), (SUMMER, MARCH, repeat), INFO, "contradiction")
    assert text.endswith("c repeats it and makes the year explicit.")


def test_same_time_days_must_not_be_negative():
    with pytest.raises(ValueError):
        find_conflicts([], INFO, same_time_days=-1)
