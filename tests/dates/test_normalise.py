"""TIMEX3 values, intervals and the season convention."""

from datetime import date

import pytest

from analysis.dates.normalise import apply_mod, describe, interval_of, season_interval


@pytest.mark.parametrize(
    "value, mod, first, last",
    [
        ("2026-SU", None, date(2026, 6, 1), date(2026, 8, 31)),  # northern meteorological
        ("2025-WI", None, date(2025, 12, 1), date(2026, 2, 28)),  # starts in December of 2025
        ("2026-03", None, date(2026, 3, 1), date(2026, 3, 31)),
        ("2025-W39", None, date(2025, 9, 22), date(2025, 9, 28)),
        ("2026-Q1", None, date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-H2", None, date(2026, 7, 1), date(2026, 12, 31)),
        ("199", None, date(1990, 1, 1), date(1999, 12, 31)),
        ("2025-09", "END", date(2025, 9, 21), date(2025, 9, 30)),
        ("2027", "START", date(2027, 1, 1), date(2027, 4, 30)),
        ("2025-09-22T15:00", None, date(2025, 9, 22), date(2025, 9, 22)),
    ],
)
def test_interval_of(value, mod, first, last):
    assert interval_of(value, mod) == (first, last)


@pytest.mark.parametrize("value", ["P6M", "PAST_REF", "XXXX-09-17", "", None, "nonsense"])
def test_interval_of_values_without_interval(value):
    assert interval_of(value) is None


def test_southern_hemisphere_summer_is_december_to_february():
    assert season_interval(2025, "SU", hemisphere="south") == (date(2025, 12, 1), date(2026, 2, 28))
    with pytest.raises(ValueError, match="hemisphere"):
        season_interval(2025, "SU", hemisphere="east")


def test_apply_mod_leaves_short_intervals():
    assert apply_mod(date(2026, 1, 1), date(2026, 1, 2), "END") == (date(2026, 1, 1), date(2026, 1, 2))


@pytest.mark.parametrize(
    "value, words",
    [("2026-SU", "summer 2026"), ("2026-03", "March 2026"), ("2025-09-22", "22 September 2025"),
     ("2025-W39", "the week of 22 September 2025"), ("2026-Q1", "the first quarter of 2026")],
)
def test_describe(value, words):
    assert describe(value) == words


@pytest.mark.parametrize(
    "value, words",
    [("20", "the 21st century"), ("19", "the 20th century"), ("00", "the 1st century"),
     ("01", "the 2nd century"), ("02", "the 3rd century"), ("10", "the 11th century"),
     ("11", "the 12th century"), ("12", "the 13th century"), ("21", "the 22nd century"),
     ("22", "the 23rd century")],
)
def test_describe_centuries_with_english_ordinals(value, words):
    assert describe(value) == words
