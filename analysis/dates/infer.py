"""Infer when an undated article was published, from its own words and the other articles.

The idea: try every day in a window as the article's date, resolve the article's own
expressions against it, and keep the days on which what the article says about past events
agrees with what other sources say about the same events. "On Monday the taskforce was set
up" agrees with another article's "announced in September [2025]" only if that Monday lies
in September 2025; "the state visit last week" agrees with "a state banquet on September 17,
part of the state visit" only if the article was written in the week after 17 September.

Only past and present claims count: a deadline can move, a past event does not. A
constraint that every day (or no day) of the window satisfies tells nothing and is
ignored. The answer is the span of days that satisfy the most constraints; the article's
best single day is the first of them. When no constraint tells anything, or the best days
are scattered over more than ``max_days``, the answer is None: we do not invent a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from analysis.dates.document import DateMention, Tagged, resolve_tagged
from analysis.dates.normalise import describe

__all__ = ["Inference", "Evidence", "infer_published"]


@dataclass(frozen=True)
class Evidence:
    """Another source's reading of one event the undated article also dates."""

    group: int  # which event group
    label: str  # "the taskforce was set up"
    own: tuple[int, ...]  # indices into the article's tagged expressions
    others: tuple[tuple[str, DateMention], ...]  # (article id, resolved mention) elsewhere


@dataclass(frozen=True)
class Inference:
    """A publication date range, its best single day and the reasons in words."""

    first: date
    last: date
    evidence: str

    @property
    def published(self) -> date:
        return self.first


def _overlap(a: DateMention, b: DateMention) -> bool:
    ra, rb = a.resolved, b.resolved
    if ra.start is None or rb.start is None or ra.end is None or rb.end is None:
        return False
    return ra.start <= rb.end and rb.start <= ra.end


def _usable(m: DateMention) -> bool:
    return m.tense != "future" and m.resolved.start is not None


def _satisfied(own: Sequence[DateMention], evidence: Evidence) -> int:
    """How many pairs of this event's readings agree (0 when any pair disagrees)."""
    readings = [m for m in own if _usable(m)]
    others = [m for _, m in evidence.others if _usable(m)]
    pairs = [(a, b) for a in readings for b in others]
    pairs += [(a, b) for i, a in enumerate(readings) for b in readings[i + 1:]]
    if not pairs:
        return 0
    return len(pairs) if all(_overlap(a, b) for a, b in pairs) else 0


def infer_published(
    tagged: Sequence[Tagged],
    evidence: Sequence[Evidence],
    window: tuple[date, date],
    *,
    max_days: int = 31,
    hemisphere: str = "north",
) -> Inference | None:
    """The publication range of an undated article, or None when the evidence is silent."""
    if not evidence:
        return None
    first, last = window
    if last < first:
        raise ValueError(f"window must run forwards, got {first} to {last}")
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    # Expressions resolve in order (each may lean on the one before), so the ones after the
    # last that any evidence uses cannot change a score: resolve only up to there.
    needed = tagged[: max(i for ev in evidence for i in ev.own) + 1]
    scores: list[tuple[int, ...]] = []
    for day in days:
        resolved = resolve_tagged(needed, day, hemisphere=hemisphere)
        scores.append(tuple(_satisfied([resolved[i] for i in ev.own], ev) for ev in evidence))
    informative = [
        k for k in range(len(evidence)) if len({s[k] > 0 for s in scores}) > 1
    ]
    if not informative:
        return None
    totals = [sum(s[k] for k in informative) for s in scores]
    best = max(totals)
    if best <= 0:
        return None
    chosen = [d for d, t in zip(days, totals, strict=True) if t == best]
    if (chosen[-1] - chosen[0]).days + 1 > max_days:
        return None
    resolved = resolve_tagged(tagged, chosen[0], hemisphere=hemisphere)
    best_scores = scores[days.index(chosen[0])]
    reasons = [
        _reason(evidence[k], [resolved[i] for i in evidence[k].own])
        for k in informative
        if best_scores[k] > 0
    ]
    span = _span_words(chosen[0], chosen[-1])
    text = f"Written {span}: " + "; ".join(reasons) + "."
    return Inference(chosen[0], chosen[-1], text)


def _span_words(first: date, last: date) -> str:
    if first == last:
        return f"on {describe(first.isoformat())}"
    if first.isoweekday() == 1 and (last - first).days == 6:
        return f"in the week of {describe(first.isoformat())} (to {describe(last.isoformat())})"
    return f"between {describe(first.isoformat())} and {describe(last.isoformat())}"


_PREP = re.compile(r"\b(in|on|by|at|during|since|until|from)\s+$", re.IGNORECASE)


def _quoted(m: DateMention) -> str:
    prep = _PREP.search(m.sentence[max(0, m.mention.start - 10):m.mention.start])
    text = f"{prep.group(1).lower()} {m.text}" if prep else m.text
    return f"\u201c{text}\u201d"


def _reason(ev: Evidence, own: Sequence[DateMention]) -> str:
    quoted = " and ".join(_quoted(m) for m in own)
    parts = [f"it says {ev.label} {quoted}"]
    by_value: dict[str, list[str]] = {}
    for article, m in ev.others:
        if _usable(m):
            by_value.setdefault(m.resolved.value, []).append(article)
    for value, articles in sorted(by_value.items()):
        names = " and ".join(sorted(set(articles)))
        parts.append(f"{names} {'dates' if len(set(articles)) == 1 else 'date'} it to {describe(value)}")
    if len(own) > 1 and not ev.others:
        parts.append("which fit together only for days in this range")
    return ", ".join(parts)
