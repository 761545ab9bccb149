"""TIMEX3 values and the calendar intervals they name.

A TIMEX3 ``value`` is a string such as ``2026-03`` (a month), ``2025-W39`` (an ISO week),
``2026-SU`` (a season), ``2026-Q1`` (a quarter), ``199`` (a decade), ``P6M`` (a duration)
or ``PRESENT_REF``. :func:`interval_of` turns a value (and an optional ``mod`` such as
``START``) into the first and last day it covers; :func:`describe` says it in words.

Conventions (ours, tested, documented here):

* **Seasons** are northern meteorological seasons by default: spring = 1 March to 31 May,
  summer = 1 June to 31 August, autumn (``FA``) = 1 September to 30 November, winter =
  1 December to the end of February. ``YYYY-WI`` is the winter that *starts* in December
  of ``YYYY``. ``hemisphere="south"`` shifts every season by six months (summer = December
  to February, with ``YYYY-SU`` starting in December of ``YYYY``).
* **Parts of a period** (``mod``): ``START`` is the first third ("early 2026" = January to
  April; "early March" = 1 to 10 March), ``MID`` the middle third, ``END`` the last third
  ("the end of September" = 21 to 30 September; "late 2025" = September to December).
* **Decades and centuries**: ``199`` is 1990 to 1999, ``19`` is 1900 to 1999.
* ``PRESENT_REF`` covers only the anchor day; ``PAST_REF``/``FUTURE_REF`` and any value
  with an ``X`` in it name no interval.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

__all__ = [
    "MONTH_NAMES",
    "day_words",
    "SEASONS",
    "interval_of",
    "apply_mod",
    "season_of",
    "season_interval",
    "shift_months",
    "week_value",
    "describe",
    "granularity",
]

SEASONS = ("SP", "SU", "FA", "WI")
_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_WORD = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE|-\d)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def week_value(day: date) -> str:
    """The ISO week of ``day`` as a TIMEX3 value, e.g. ``2025-W39``."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def season_interval(year: int, season: str, *, hemisphere: str = "north") -> tuple[date, date]:
    """First and last day of ``season`` of ``year`` (see the module's convention)."""
    if season not in _SEASON_START_MONTH:
        raise ValueError(f"season must be one of {SEASONS}, got {season!r}")
    if hemisphere not in ("north", "south"):
        raise ValueError(f"hemisphere must be 'north' or 'south', got {hemisphere!r}")
    month = _SEASON_START_MONTH[season]
    if hemisphere == "south":
        month = (month + 6 - 1) % 12 + 1
    end_year, end_month = shift_months(year, month, 2)
    return date(year, month, 1), _month_end(end_year, end_month)


def season_of(day: date, *, hemisphere: str = "north") -> tuple[int, str]:
    """The (year, season) whose interval contains ``day``."""
    for year in (day.year, day.year - 1):
        for season in SEASONS:
            start, end = season_interval(year, season, hemisphere=hemisphere)
            if start <= day <= end:
                return year, season
    raise AssertionError("every day lies in some season")  # pragma: no cover


def _base_interval(value: str, *, hemisphere: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), _month_end(year, month)
    if m := _YEAR.match(value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "-WE":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if m[3]:
            day = monday + timedelta(days=int(m[3][1:]) - 1)
            return day, day
        return monday, monday + timedelta(days=6)
    if m := _QUARTER.match(value):
        year, quarter = int(m[1]), int(m[2])
        first = 3 * (quarter - 1) + 1
        return date(year, first, 1), _month_end(year, first + 2)
    if m := _HALF.match(value):
        year, half = int(m[1]), int(m[2])
        return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (
            date(year, 7, 1), date(year, 12, 31))
    if m := _SEASON.match(value):
        return season_interval(int(m[1]), m[2], hemisphere=hemisphere)
    if m := _DECADE.match(value):
        first = int(m[1]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    if m := _CENTURY.match(value):
        first = int(m[1]) * 100
        return date(max(first, 1), 1, 1), date(first + 99, 12, 31)
    return None


def apply_mod(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """Narrow an interval to its first, middle or last third for ``START``/``MID``/``END``."""
    if mod not in ("START", "MID", "END"):
        return start, end
    days = (end - start).days + 1
    if days < 3:
        return start, end
    if start.day == 1 and end == _month_end(end.year, end.month) and end.day >= 28 and (
        start.month != end.month or start.year != end.year
    ):
        # whole months: cut on month boundaries (a year -> four months each)
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months % 3 == 0:
            third = months // 3
            offset = {"START": 0, "MID": third, "END": 2 * third}[mod]
            y0, m0 = shift_months(start.year, start.month, offset)
            y1, m1 = shift_months(y0, m0, third - 1)
            return date(y0, m0, 1), _month_end(y1, m1)
    if start.day == 1 and end == _month_end(start.year, start.month):
        # one month: 1-10, 11-20, 21-end
        cut = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}[mod]
        return date(start.year, start.month, cut[0]), date(start.year, start.month, cut[1])
    third = days // 3
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "MID":
        return start + timedelta(days=third), end - timedelta(days=third)
    return end - timedelta(days=third - 1), end


@functools.lru_cache(maxsize=8192)  # pure; date inference asks for the same values many times
def interval_of(
    value: str | None, mod: str | None = None, *, hemisphere: str = "north"
) -> tuple[date, date] | None:
    """First and last day named by a TIMEX3 ``value`` (``None`` when it names none).

    Durations, sets, references other than ``PRESENT_REF`` and values with ``X`` give
    ``None``; ``PRESENT_REF`` needs an anchor and is handled by the resolver.
    """
    if not value or "X" in value or value.startswith("P") or value.endswith("_REF"):
        return None
    try:
        base = _base_interval(value, hemisphere=hemisphere)
    except ValueError:
        return None
    if base is None:
        return None
    return apply_mod(base[0], base[1], mod)


@functools.lru_cache(maxsize=8192)
def granularity(value: str) -> str | None:
    """``day``, ``week``, ``month``, ``quarter``, ``season``, ``half``, ``year``, ``decade``,
    ``century`` for a date value, else ``None``."""
    for name, pattern in (
        ("day", _DAY), ("month", _MONTH), ("year", _YEAR), ("week", _WEEK),
        ("quarter", _QUARTER), ("half", _HALF), ("season", _SEASON), ("decade", _DECADE),
        ("century", _CENTURY),
    ):
        if pattern.match(value):
            return name
    return None


def _ordinal_suffix(n: int) -> str:
    """English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def day_words(day: date) -> str:
    """A day as a reader says it: "4 March 2026"."""
    return f"{day.day} {MONTH_NAMES[day.month]} {day.year}"


def describe(value: str | None, mod: str | None = None) -> str:
    """A date value in plain English: ``2026-SU`` -> "summer 2026"."""
    if not value:
        return "an unknown date"
    prefix = {"START": "early ", "MID": "mid-", "END": "late "}.get(mod or "", "")
    if m := _DAY.match(value):
        try:
            return prefix + day_words(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return value
    if m := _MONTH.match(value):
        return f"{prefix}{MONTH_NAMES[int(m[2])]} {m[1]}"
    if m := _YEAR.match(value):
        return f"{prefix}{m[1]}"
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "-WE":
            return f"the weekend of {day_words(monday + timedelta(days=5))}"
        return f"the week of {day_words(monday)}"
    if m := _QUARTER.match(value):
        return f"the {_ORDINAL[int(m[2])]} quarter of {m[1]}"
    if m := _HALF.match(value):
        return f"the {_ORDINAL[int(m[2])]} half of {m[1]}"
    if m := _SEASON.match(value):
        season = _SEASON_WORD[m[2]]
        if m[2] == "WI":
            return f"{prefix}winter {m[1]}-{int(m[1]) + 1}"
        return f"{prefix}{season} {m[1]}"
    if m := _DECADE.match(value):
        return f"{prefix}the {m[1]}0s"
    if m := _CENTURY.match(value):
        n = int(m[1]) + 1
        return f"the {n}{_ordinal_suffix(n)} century"
    return {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}.get(
        value, value
    )
