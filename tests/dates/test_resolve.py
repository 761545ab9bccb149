"""resolve(): a Spec and an anchor to a TIMEX3 value and interval, and its invariants."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates.resolve import Resolved, resolve
from analysis.dates.tagger import Spec

ANCHOR = date(2026, 3, 4)  # a Wednesday
FAST = settings(max_examples=60, deadline=None)
anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31))


@pytest.mark.parametrize(
    "spec, tense, value, start, end",
    [
        (Spec("date", year=2026, month=5, day=7), None, "2026-05-07", date(2026, 5, 7), date(2026, 5, 7)),
        (Spec("date", month=9), "past", "2025-09", date(2025, 9, 1), date(2025, 9, 30)),
        (Spec("date", month=9), "future", "2026-09", date(2026, 9, 1), date(2026, 9, 30)),
        (Spec("date", month=3, offset=1), None, "2027-03", date(2027, 3, 1), date(2027, 3, 31)),
        (Spec("date", year=26, month=1), None, "2026-01", date(2026, 1, 1), date(2026, 1, 31)),
        (Spec("weekday", weekday=1), "past", "2026-03-02", date(2026, 3, 2), date(2026, 3, 2)),
        (Spec("weekday", weekday=1), "future", "2026-03-09", date(2026, 3, 9), date(2026, 3, 9)),
        (Spec("weekday", weekday=2, rel="next"), None, "2026-03-10", date(2026, 3, 10), date(2026, 3, 10)),
        (Spec("deictic", offset=-1), None, "2026-03-03", date(2026, 3, 3), date(2026, 3, 3)),
        (Spec("season", season="SU"), "future", "2026-SU", date(2026, 6, 1), date(2026, 8, 31)),
        (Spec("season", season="SU"), "past", "2025-SU", date(2025, 6, 1), date(2025, 8, 31)),
        (Spec("season", season="WI", rel="last", offset=-1), None, "2025-WI", date(2025, 12, 1),
         date(2026, 2, 28)),
        (Spec("quarter", n=1, year=2026), None, "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        (Spec("quarter", rel="unit", offset=-1), None, "2025-Q4", date(2025, 10, 1), date(2025, 12, 31)),
        (Spec("half", n=2, rel="year", offset=0), None, "2026-H2", date(2026, 7, 1), date(2026, 12, 31)),
        (Spec("relative", unit="week", offset=-1), None, "2026-W09", date(2026, 2, 23), date(2026, 3, 1)),
        (Spec("relative", unit="month", offset=1), None, "2026-04", date(2026, 4, 1), date(2026, 4, 30)),
        (Spec("relative", unit="year", offset=0, narrow="before"), None, "2026", date(2026, 1, 1), ANCHOR),
        (Spec("shift", n=3, unit="year", offset=-1), None, "2023", date(2023, 1, 1), date(2023, 12, 31)),
        (Spec("shift", n=2, unit="day", offset=1, rel="in"), "future", "2026-03-06", date(2026, 3, 6),
         date(2026, 3, 6)),
        (Spec("decade", n=199), None, "199", date(1990, 1, 1), date(1999, 12, 31)),
        (Spec("decade", offset=9), None, "199", date(1990, 1, 1), date(1999, 12, 31)),
        (Spec("century", n=20, mod="START"), None, "20", date(2000, 1, 1), date(2033, 4, 30)),  # 400 months
        (Spec("holiday", name="christmas"), "past", "2025-12-25", date(2025, 12, 25), date(2025, 12, 25)),
        (Spec("holiday", name="easter", year=2026), None, "2026-04-05", date(2026, 4, 5), date(2026, 4, 5)),
        (Spec("holiday", name="thanksgiving", year=2025), None, "2025-11-27", date(2025, 11, 27),
         date(2025, 11, 27)),
    ],
)
def test_resolve_against_an_anchor(spec, tense, value, start, end):
    r = resolve("DATE", spec, anchor=ANCHOR, tense=tense)
    assert (r.value, r.start, r.end) == (value, start, end)


def test_in_n_units_of_the_past_is_a_duration():
    r = resolve("DATE", Spec("shift", n=3, unit="year", offset=1, rel="in"), anchor=ANCHOR, tense="past")
    assert (r.type, r.value, r.start) == ("DURATION", "P3Y", None)


def test_vague_shift_is_a_reference():
    r = resolve("DATE", Spec("shift", unit="year", offset=-1), anchor=ANCHOR)
    assert (r.value, r.anchor) == ("PAST_REF", ANCHOR)


@pytest.mark.parametrize(
    "spec, value",
    [
        (Spec("date", month=9, day=17), "XXXX-09-17"),
        (Spec("weekday", weekday=1), "XXXX-WXX-1"),
        (Spec("season", season="SU"), "XXXX-SU"),
        (Spec("quarter", n=2), "XXXX-Q2"),
        (Spec("relative", unit="week", offset=-1), "PAST_REF"),
        (Spec("relative", unit="week", offset=1), "FUTURE_REF"),
        (Spec("deictic", offset=0), "PRESENT_REF"),
        (Spec("holiday", name="christmas"), "XXXX-XX-XX"),
    ],
)
def test_without_an_anchor_values_are_underspecified(spec, value):
    r = resolve("DATE", spec, anchor=None)
    assert r.value == value and r.start is None and r.end is None


def test_anaphoric_expressions_count_from_the_narrative_date():
    narrative = Resolved("DATE", "2025-11-10", start=date(2025, 11, 10), end=date(2025, 11, 10))
    r = resolve("DATE", Spec("relative", unit="day", offset=1, anaphoric=True), anchor=ANCHOR,
                narrative=narrative)
    assert r.value == "2025-11-11" and r.anchor == date(2025, 11, 10)
    deictic = resolve("DATE", Spec("relative", unit="day", offset=1), anchor=ANCHOR, narrative=narrative)
    assert deictic.value == "2026-03-05"


def test_a_bare_weekday_falls_in_the_week_given():
    r = resolve("DATE", Spec("weekday", weekday=2), anchor=ANCHOR, week="2026-W09")
    assert r.value == "2026-02-24"


def test_time_keeps_its_day_and_clock():
    r = resolve("TIME", Spec("time", hour=15, minute=30, inner=Spec("deictic", offset=1)), anchor=ANCHOR)
    assert (r.value, r.start) == ("2026-03-05T15:30", date(2026, 3, 5))
    r = resolve("TIME", Spec("time", part="MO"), anchor=None)
    assert r.value == "XXXX-XX-XXTMO"


def test_fixed_values_pass_through():
    assert resolve("DURATION", Spec("fixed", value="P6M"), anchor=ANCHOR).value == "P6M"
    present = resolve("DATE", Spec("fixed", value="PRESENT_REF"), anchor=ANCHOR)
    assert (present.start, present.end) == (ANCHOR, ANCHOR)


def test_southern_seasons():
    r = resolve("DATE", Spec("season", season="SU", year=2026), anchor=ANCHOR, hemisphere="south")
    assert (r.start, r.end) == (date(2026, 12, 1), date(2027, 2, 28))


def test_invalid_day_gives_the_month_and_no_interval():
    r = resolve("DATE", Spec("date", year=2026, month=2, day=30), anchor=ANCHOR)
    assert (r.value, r.start) == ("2026-02", None)


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError):
        resolve("DATE", Spec("nonsense"), anchor=ANCHOR)


# --------------------------------------------------------------------------- properties
MODS = st.sampled_from([None, "START", "MID", "END"])
TENSES = st.sampled_from([None, "past", "present", "future"])
HOLIDAYS = st.sampled_from(["christmas", "easter", "good friday", "easter monday", "thanksgiving",
                            "labor day", "memorial day", "halloween", "new year's day"])
SPECS = st.one_of(
    st.builds(Spec, st.just("date"), year=st.none() | st.integers(1950, 2080), month=st.integers(1, 12),
              day=st.none() | st.integers(1, 28), mod=MODS),
    st.builds(Spec, st.just("weekday"), weekday=st.integers(1, 7),
              rel=st.sampled_from([None, "last", "next", "this"])),
    st.builds(Spec, st.just("season"), season=st.sampled_from(["SP", "SU", "FA", "WI"]), mod=MODS,
              rel=st.sampled_from([None, "last", "next", "this"])),
    st.builds(Spec, st.just("quarter"), n=st.integers(1, 4), mod=MODS),
    st.builds(Spec, st.just("relative"), unit=st.sampled_from(["day", "week", "weekend", "month", "quarter",
                                                                 "year", "decade", "century"]),
              offset=st.integers(-3, 3), mod=MODS, narrow=st.sampled_from([None, "before", "after"])),
    st.builds(Spec, st.just("shift"), n=st.integers(1, 30), offset=st.sampled_from([-1, 1]),
              unit=st.sampled_from(["day", "night", "week", "fortnight", "month", "quarter", "year", "decade"])),
    st.builds(Spec, st.just("deictic"), offset=st.integers(-2, 2)),
    st.builds(Spec, st.just("holiday"), name=HOLIDAYS),
)


@FAST
@given(SPECS, anchors, TENSES)
def test_resolved_intervals_run_forwards(spec, anchor, tense):
    r = resolve("DATE", spec, anchor=anchor, tense=tense)
    if r.start is not None or r.end is not None:
        assert r.start is not None and r.end is not None
        assert r.start <= r.end


UNDATED = st.one_of(  # expressions whose year the tense decides
    st.builds(Spec, st.just("date"), month=st.integers(1, 12), day=st.none() | st.integers(1, 28)),
    st.builds(Spec, st.just("weekday"), weekday=st.integers(1, 7)),
    st.builds(Spec, st.just("season"), season=st.sampled_from(["SP", "SU", "FA", "WI"])),
    st.builds(Spec, st.just("quarter"), n=st.integers(1, 4)),
    st.builds(Spec, st.just("holiday"), name=HOLIDAYS),
)


@FAST
@given(UNDATED, anchors)
def test_a_past_reading_starts_by_the_anchor_and_a_future_one_ends_after_it(spec, anchor):
    past = resolve("DATE", spec, anchor=anchor, tense="past")
    future = resolve("DATE", spec, anchor=anchor, tense="future")
    assert past.start is not None and future.end is not None
    assert past.start <= anchor
    assert future.end >= anchor


SHIFTING = st.sampled_from([
    Spec("deictic", offset=-1),  # yesterday
    Spec("deictic", offset=1),  # tomorrow
    Spec("shift", n=2, unit="day", offset=-1),  # two days ago
    Spec("weekday", weekday=2, rel="next"),  # next Tuesday
    Spec("weekday", weekday=5, rel="last"),  # last Friday
    Spec("relative", unit="week", offset=-1),  # last week
    Spec("relative", unit="week", offset=1),  # next week
    Spec("shift", n=3, unit="week", offset=-1),  # three weeks ago
])


@FAST
@given(SHIFTING, anchors, TENSES)
def test_moving_the_anchor_a_week_moves_relative_dates_a_week(spec, anchor, tense):
    week = timedelta(days=7)
    a = resolve("DATE", spec, anchor=anchor, tense=tense)
    b = resolve("DATE", spec, anchor=anchor + week, tense=tense)
    assert a.start is not None and b.start is not None and a.end is not None and b.end is not None
    assert (b.start - a.start, b.end - a.end) == (week, week)


def test_the_weekend_said_early_in_the_week_in_the_past_is_the_one_just_gone():
    from datetime import date

    from analysis.dates.document import read_dates

    monday = date(1990, 8, 13)  # ISO week 33
    values = {s: read_dates([s], monday)[0].resolved.value for s in (
        "Prices fell over the weekend.", "The talks will resume this weekend.")}
    assert values == {"Prices fell over the weekend.": "1990-W32-WE",
                      "The talks will resume this weekend.": "1990-W33-WE"}
    saturday = date(1990, 8, 18)
    assert read_dates(["Prices fell over the weekend."], saturday)[0].resolved.value == "1990-W33-WE"
