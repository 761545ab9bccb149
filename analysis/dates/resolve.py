"""Resolve a tagged expression against an anchor date: TIMEX3 value and interval.

The anchor is the article's date for deictic expressions ("last week", "on Monday",
"in September") and the date of the narrative (the last date the text mentioned) for
anaphoric ones ("the following day", "two years later", "that week"), as TimeML does. A
weekday named right after a week ("Last week ... On Tuesday ...") falls in that week.

When the text does not say which year a month, day or season belongs to, the tense of its
clause decides: past -> the latest one not after the anchor, future -> the first one not
before it, otherwise the one in the anchor's own year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from analysis.dates.normalise import (
    granularity,
    interval_of,
    season_interval,
    season_of,
    shift_months,
    week_value,
)
from analysis.dates.tagger import Spec, duration_value

__all__ = ["Resolved", "resolve", "DEFAULT_HEMISPHERE"]

DEFAULT_HEMISPHERE = "north"
_FINER = {  # which narrative granularities are fine enough to count a unit from
    "day": ("day",),
    "week": ("day", "week"),
    "weekend": ("day", "week"),
    "month": ("day", "week", "month"),
    "quarter": ("day", "week", "month", "quarter"),
    "year": ("day", "week", "month", "quarter", "season", "half", "year"),
    "decade": ("day", "week", "month", "quarter", "season", "half", "year", "decade"),
    "century": ("day", "week", "month", "quarter", "season", "half", "year", "decade", "century"),
}


@dataclass(frozen=True)
class Resolved:
    """A TIMEX3 type and value, the days it covers, and the date it was resolved against."""

    type: str
    value: str
    mod: str | None = None
    start: date | None = None
    end: date | None = None
    anchor: date | None = None

    @property
    def granularity(self) -> str | None:
        return granularity(self.value)


def _iso(d: date) -> str:
    return d.isoformat()


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _widen_year(year: int, anchor: date | None) -> int:
    if year >= 100:
        return year
    pivot = (anchor.year % 100 + 10) if anchor else 30
    century = (anchor.year // 100 * 100) if anchor else 2000
    return century - 100 + year if year > pivot else century + year


def _pick(
    candidates: list[tuple[str, date, date]], anchor: date, tense: str | None
) -> tuple[str, date, date]:
    """Choose among (value, start, end) readings of one expression in neighbouring years."""
    candidates = sorted(candidates, key=lambda c: c[1])
    if tense == "past":
        past = [c for c in candidates if c[1] <= anchor]
        if past:
            return past[-1]
    elif tense == "future":
        future = [c for c in candidates if c[2] >= anchor]
        if future:
            return future[0]
    for c in candidates:
        if c[1] <= anchor <= c[2]:
            return c
    same = [c for c in candidates if c[1].year == anchor.year]
    return same[0] if same else min(candidates, key=lambda c: abs((c[1] - anchor).days))


def _with_interval(kind: str, value: str, mod: str | None, anchor: date | None,
                   narrow: str | None = None, *, hemisphere: str) -> Resolved:
    span = interval_of(value, mod, hemisphere=hemisphere)
    if span is None:
        return Resolved(kind, value, mod, None, None, anchor)
    start, end = span
    if narrow and anchor and start <= anchor <= end:
        start, end = (start, anchor) if narrow == "before" else (anchor, end)
    return Resolved(kind, value, mod, start, end, anchor)


def _holiday_date(name: str, year: int) -> date:
    fixed = {
        "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
        "new year's eve": (12, 31), "new year's day": (1, 1), "boxing day": (12, 26),
        "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
        "bastille day": (7, 14), "st patrick's day": (3, 17), "st. patrick's day": (3, 17),
        "may day": (5, 1), "veterans day": (11, 11), "remembrance day": (11, 11),
        "armistice day": (11, 11), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    }
    if name in fixed:
        return date(year, *fixed[name])
    if name.startswith("easter") or name == "good friday":
        base = easter(year)
        return base + timedelta(days={"easter monday": 1, "good friday": -2}.get(name, 0))
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name in ("labor day", "labour day"):
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if name == "memorial day":
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    raise ValueError(f"unknown holiday {name!r}")


def _weekend_behind(anchor: date, tense: str | None) -> bool:
    """Whether a bare "the weekend" said on ``anchor`` means the weekend before it.

    The weekend of the anchor's own week is still ahead from Monday to Friday: a past tense
    (or, with no tense, a day early in the week) means the one just gone.
    """
    if anchor.weekday() >= 5:
        return False
    return tense == "past" or (tense is None and anchor.weekday() <= 2)


def _unit_value(unit: str, base: date, offset: int) -> str:
    """The value of the ``unit`` that lies ``offset`` units from the one containing ``base``."""
    if unit == "day":
        return _iso(base + timedelta(days=offset))
    if unit in ("week", "weekend"):
        value = week_value(base + timedelta(days=7 * offset))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return _month_value(*shift_months(base.year, base.month, offset))
    if unit == "quarter":
        index = base.year * 4 + (base.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "year":
        return f"{base.year + offset:04d}"
    if unit == "decade":
        return f"{base.year // 10 + offset:03d}"
    if unit == "century":
        return f"{base.year // 100 + offset:02d}"
    raise ValueError(f"no unit {unit!r}")


def _shift_date(base: date, unit: str, n: int, sign: int) -> str:
    if unit in ("second", "minute", "hour"):
        return _iso(base)
    if unit == "night":
        unit = "day"
    if unit == "day":
        return _iso(base + timedelta(days=sign * n))
    if unit in ("week", "fortnight"):
        return week_value(base + timedelta(days=sign * n * (14 if unit == "fortnight" else 7)))
    if unit == "month":
        return _month_value(*shift_months(base.year, base.month, sign * n))
    if unit == "quarter":
        return _unit_value("quarter", base, sign * n)
    if unit == "year":
        return f"{base.year + sign * n:04d}"
    if unit == "decade":
        return f"{(base.year + sign * 10 * n) // 10:03d}"
    if unit == "century":
        return f"{(base.year + sign * 100 * n) // 100:02d}"
    raise ValueError(f"no unit {unit!r}")


def _base(spec: Spec, unit: str, anchor: date, narrative: Resolved | None) -> date:
    """The date an expression counts from: the narrative's for anaphoric ones when fine enough."""
    if spec.anaphoric and narrative is not None and narrative.start is not None:
        if narrative.granularity in _FINER.get(unit, ()):
            return narrative.start
    return anchor


def resolve(
    kind: str,
    spec: Spec,
    *,
    anchor: date | None,
    tense: str | None = None,
    narrative: Resolved | None = None,
    week: str | None = None,
    hemisphere: str = DEFAULT_HEMISPHERE,
) -> Resolved:
    """The TIMEX3 reading of one tagged expression.

    ``anchor`` is the article's date (None when unknown: relative expressions then get
    underspecified values such as ``XXXX-09-17`` or ``PAST_REF``); ``tense`` is ``past``,
    ``present``, ``future`` or None; ``narrative`` the last date the text mentioned;
    ``week`` a week value a bare weekday should fall in (set after "last week" and the like).
    """
    hs = hemisphere
    k = spec.kind
    if k == "fixed":
        value = spec.value or ""
        if value == "PRESENT_REF" and anchor:
            return Resolved(kind, value, None, anchor, anchor, anchor)
        return Resolved(kind, value, None, None, None, anchor if value.endswith("_REF") else None)

    if k == "time":
        inner = spec.inner or Spec("deictic", offset=0)
        on = resolve("DATE", inner, anchor=anchor, tense=tense, narrative=narrative, week=week,
                     hemisphere=hs)
        prefix = on.value if granularity(on.value) == "day" else "XXXX-XX-XX"
        suffix = spec.part if spec.part else f"{spec.hour or 0:02d}:{spec.minute or 0:02d}"
        return Resolved(kind, f"{prefix}T{suffix}", None, on.start, on.end, on.anchor)

    if k == "date":
        year = _widen_year(spec.year, anchor) if spec.year is not None else None
        if year is None and spec.offset is not None and spec.month and anchor:
            year = anchor.year + spec.offset
        if year is not None:
            if spec.month and spec.day:
                try:
                    date(year, spec.month, spec.day)
                except ValueError:
                    return Resolved(kind, f"{year:04d}-{spec.month:02d}", None, None, None, None)
                value = f"{year:04d}-{spec.month:02d}-{spec.day:02d}"
            elif spec.month:
                value = _month_value(year, spec.month)
            else:
                value = f"{year:04d}"
            used = anchor if spec.year is None else None
            return _with_interval(kind, value, spec.mod, used, hemisphere=hs)
        if spec.month is None:
            return Resolved(kind, "XXXX", None, None, None, None)
        if anchor is None:
            tail = f"-{spec.day:02d}" if spec.day else ""
            return Resolved(kind, f"XXXX-{spec.month:02d}{tail}", spec.mod, None, None, None)
        candidates = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            if spec.day:
                try:
                    d = date(y, spec.month, spec.day)
                except ValueError:
                    continue
                candidates.append((_iso(d), d, d))
            else:
                span = interval_of(_month_value(y, spec.month))
                assert span is not None
                candidates.append((_month_value(y, spec.month), span[0], span[1]))
        if not candidates:
            return Resolved(kind, f"XXXX-{spec.month:02d}-{spec.day:02d}", None, None, None, None)
        if spec.rel in ("last", "past"):
            chosen = [c for c in candidates if c[2] < anchor and not (
                c[1] <= anchor <= c[2])]
            pick = chosen[-1] if chosen else candidates[0]
        elif spec.rel in ("next", "coming"):
            chosen = [c for c in candidates if c[1] > anchor]
            pick = chosen[0] if chosen else candidates[-1]
        elif spec.rel == "this":
            pick = next((c for c in candidates if c[1].year == anchor.year), candidates[0])
        else:
            pick = _pick(candidates, anchor, tense)
        return _with_interval(kind, pick[0], spec.mod, anchor, hemisphere=hs)

    if anchor is None:
        return _unanchored(kind, spec)

    if k == "weekday":
        assert spec.weekday is not None
        target = spec.weekday
        if week and spec.rel is None:
            year, wk = int(week[:4]), int(week[6:8])
            day = date.fromisocalendar(year, wk, target)
            return Resolved(kind, _iso(day), None, day, day, date.fromisocalendar(year, wk, 1))
        delta_back = (anchor.isoweekday() - target) % 7
        if spec.rel in ("last", "past"):
            day = anchor - timedelta(days=delta_back or 7)
        elif spec.rel in ("next", "coming"):
            day = anchor + timedelta(days=(target - anchor.isoweekday()) % 7 or 7)
        elif spec.rel == "this":
            day = anchor + timedelta(days=target - anchor.isoweekday())
        elif tense == "future":
            day = anchor + timedelta(days=(target - anchor.isoweekday()) % 7)
        else:
            day = anchor - timedelta(days=delta_back)
        return Resolved(kind, _iso(day), None, day, day, anchor)

    if k == "deictic":
        day = anchor + timedelta(days=spec.offset or 0)
        return Resolved(kind, _iso(day), None, day, day, anchor)

    if k == "season":
        assert spec.season is not None
        if spec.year is not None:
            return _with_interval(kind, f"{spec.year:04d}-{spec.season}", spec.mod, None,
                                  hemisphere=hs)
        if spec.rel == "year":
            value = f"{anchor.year + (spec.offset or 0):04d}-{spec.season}"
            return _with_interval(kind, value, spec.mod, anchor, hemisphere=hs)
        candidates = []
        for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1):
            s, e = season_interval(y, spec.season, hemisphere=hs)
            candidates.append((f"{y:04d}-{spec.season}", s, e))
        if spec.rel in ("last", "past", "previous"):
            pick = [c for c in candidates if c[2] < anchor][-1]
        elif spec.rel in ("next", "coming", "following"):
            pick = [c for c in candidates if c[1] > anchor][0]
        elif spec.rel == "this":
            current = season_of(anchor, hemisphere=hs)
            if current[1] == spec.season:
                pick = (f"{current[0]:04d}-{spec.season}", anchor, anchor)
            else:
                pick = _pick(candidates, anchor, tense or "future")
        else:
            pick = _pick(candidates, anchor, tense)
        return _with_interval(kind, pick[0], spec.mod, anchor, hemisphere=hs)

    if k in ("quarter", "half"):
        letter = "Q" if k == "quarter" else "H"
        per_year = 4 if k == "quarter" else 2
        if spec.n is not None and spec.year is not None:
            value = f"{spec.year:04d}-{letter}{spec.n}"
            return _with_interval(kind, value, spec.mod, None, hemisphere=hs)
        if spec.n is not None and spec.rel == "year":
            value = f"{anchor.year + (spec.offset or 0):04d}-{letter}{spec.n}"
            return _with_interval(kind, value, spec.mod, anchor, hemisphere=hs)
        if spec.n is None:
            size = 12 // per_year
            index = anchor.year * per_year + (anchor.month - 1) // size + (spec.offset or 0)
            value = f"{index // per_year:04d}-{letter}{index % per_year + 1}"
            return _with_interval(kind, value, spec.mod, anchor, hemisphere=hs)
        candidates = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            value = f"{y:04d}-{letter}{spec.n}"
            span = interval_of(value)
            assert span is not None
            candidates.append((value, span[0], span[1]))
        pick = _pick(candidates, anchor, tense or "past")
        return _with_interval(kind, pick[0], spec.mod, anchor, hemisphere=hs)

    if k == "relative":
        unit = spec.unit or "day"
        base = _base(spec, unit, anchor, narrative)
        offset = spec.offset or 0
        if unit == "weekend" and not offset and base == anchor and _weekend_behind(anchor, tense):
            offset = -1  # "the weekend", said on a Monday in the past tense: the one just gone
        value = _unit_value(unit, base, offset)
        return _with_interval(kind, value, spec.mod, base, spec.narrow, hemisphere=hs)

    if k == "shift":
        unit = spec.unit or "day"
        if spec.rel == "in" and tense == "past":
            n = spec.n or 1
            return Resolved("DURATION", duration_value(n, unit), None, None, None, None)
        base = _base(spec, unit if unit in _FINER else "day", anchor, narrative)
        if spec.n is None:
            ref = "PAST_REF" if (spec.offset or 0) < 0 else "FUTURE_REF"
            return Resolved(kind, ref, None, None, None, base)
        value = _shift_date(base, unit, spec.n, spec.offset or 0)
        return _with_interval(kind, value, spec.mod, base, hemisphere=hs)

    if k == "decade":
        if spec.n is not None:
            return _with_interval(kind, f"{spec.n:03d}", spec.mod, None, hemisphere=hs)
        digit = spec.offset or 0
        century = anchor.year // 100
        if century * 100 + digit * 10 > anchor.year:
            century -= 1
        return _with_interval(kind, f"{century * 10 + digit:03d}", spec.mod, anchor,
                              hemisphere=hs)

    if k == "century":
        if spec.n is not None:
            return _with_interval(kind, f"{spec.n:02d}", spec.mod, None, hemisphere=hs)
        return _with_interval(kind, f"{anchor.year // 100 + (spec.offset or 0):02d}", spec.mod,
                              anchor, hemisphere=hs)

    if k == "holiday":
        assert spec.name is not None
        if spec.year is not None:
            day = _holiday_date(spec.name, spec.year)
            return Resolved(kind, _iso(day), None, day, day, None)
        candidates = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = _holiday_date(spec.name, y)
            candidates.append((_iso(d), d, d))
        pick = _pick(candidates, anchor, tense)
        return Resolved(kind, pick[0], None, pick[1], pick[2], anchor)

    raise ValueError(f"cannot resolve a spec of kind {k!r}")


def _unanchored(kind: str, spec: Spec) -> Resolved:
    """Values for expressions that need an anchor when there is none."""
    k = spec.kind
    if k == "season":
        return Resolved(kind, f"XXXX-{spec.season}", spec.mod)
    if k in ("quarter", "half") and spec.n is not None:
        return Resolved(kind, f"XXXX-{'Q' if k == 'quarter' else 'H'}{spec.n}", spec.mod)
    if k == "holiday":
        return Resolved(kind, "XXXX-XX-XX")
    if k == "decade" and spec.offset is not None:
        return Resolved(kind, f"19{spec.offset}", spec.mod)
    if k == "weekday":
        return Resolved(kind, f"XXXX-WXX-{spec.weekday}")
    offset = spec.offset or 0
    if k == "shift":
        return Resolved(kind, "PAST_REF" if offset < 0 else "FUTURE_REF")
    if offset < 0:
        return Resolved(kind, "PAST_REF")
    if offset > 0:
        return Resolved(kind, "FUTURE_REF")
    return Resolved(kind, "PRESENT_REF")

