"""Conflicting dates for one event, and one plain sentence that explains each conflict.

Two claims on one event conflict when they come from different articles and the intervals
they name cannot both hold (they do not overlap: "March 2026" against "summer 2026"; but
"2026" and "January 2026" agree). A claim its own article marks as superseded
("originally set for May 7") is left out. The conflict is ``revised`` when the articles
that disagree were written at different times (more than ``same_time_days`` apart: the
date moved), and a ``contradiction`` when they were written at about the same time (a
copy changed its original's date) or when we cannot tell when one was written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from analysis.dates.events import Claim, Event
from analysis.dates.normalise import describe

__all__ = ["Conflict", "ArticleInfo", "find_conflicts"]

_PREP = re.compile(r"^(in|on|by|before|until|till|from|to|at|during|after|around|within|through|since|for)\s+", re.I)


@dataclass(frozen=True)
class ArticleInfo:
    """What an explanation needs to know about an article."""

    id: str
    outlet: str | None
    published: str | None
    basis: str
    first: str | None = None  # inferred range
    last: str | None = None


@dataclass(frozen=True)
class Conflict:
    """``conflicts[]`` in the findings."""

    event: str
    kind: str
    claims: tuple[Claim, ...]
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "kind": self.kind,
            "claims": [{"article": c.article, "text": c.text, "value": c.value} for c in self.claims],
            "explanation": self.explanation,
        }


def _disjoint(a: Claim, b: Claim) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.end < b.start or b.end < a.start


def _days_apart(a: Claim, b: Claim) -> int | None:
    if a.stated_on is None or b.stated_on is None:
        return None
    return abs((date.fromisoformat(a.stated_on) - date.fromisoformat(b.stated_on)).days)


def find_conflicts(
    events: Sequence[Event],
    articles: Mapping[str, ArticleInfo],
    *,
    same_time_days: int = 7,
) -> tuple[Conflict, ...]:
    """Every event whose claims disagree, in event order."""
    if same_time_days < 0:
        raise ValueError(f"same_time_days must be 0 or more, got {same_time_days}")
    found = []
    for event in events:
        claims = [c for c in event.claims if not c.superseded and c.start is not None]
        pairs = [
            (a, b) for i, a in enumerate(claims) for b in claims[i + 1:]
            if a.article != b.article and _disjoint(a, b)
        ]
        if not pairs:
            continue
        gaps = [_days_apart(a, b) for a, b in pairs]
        revised = all(g is not None and g > same_time_days for g in gaps)
        kind = "revised" if revised else "contradiction"
        involved = {id(c) for pair in pairs for c in pair}
        # also keep claims that repeat an involved value: they are part of the story
        values = {c.value for c in claims if id(c) in involved}
        shown = tuple(c for c in claims if id(c) in involved or c.value in values)
        found.append(Conflict(event.id, kind, shown, explain(event, shown, articles, kind)))
    return tuple(found)


def _who(info: ArticleInfo | None, article: str, *, first: bool) -> str:
    if info and info.outlet and first:
        return f"{info.outlet} ({article})"
    return article


def _when(info: ArticleInfo | None, stated_on: str | None, *, first: bool) -> str:
    if stated_on is None:
        return "At an unknown date" if first else "at an unknown date"
    day = date.fromisoformat(stated_on)
    if info and info.basis == "inferred" and info.first and info.last:
        a, b = date.fromisoformat(info.first), date.fromisoformat(info.last)
        if (a.year, a.month) == (b.year, b.month):
            month = describe(f"{a.year:04d}-{a.month:02d}")
            return f"In {month}" if first else f"in {month}"
    words = describe(day.isoformat())
    return f"On {words}" if first else f"by {words}"


def _at(claim: Claim) -> str:
    m = _PREP.match(claim.text)
    prep = m.group(1).lower() if m else ("on" if len(claim.value) == 10 else "in")
    return f"{prep} {describe(claim.value)}"


def _has_year(text: str) -> bool:
    return bool(re.search(r"\b(?:1[6-9]|20)\d\d\b", text))


def explain(event: Event, claims: Sequence[Claim], articles: Mapping[str, ArticleInfo], kind: str) -> str:
    """One sentence telling the story of a conflict in the order it was told."""
    def width(c: Claim) -> int:
        return (date.fromisoformat(c.end) - date.fromisoformat(c.start)).days if c.start and c.end else 99999

    # each article speaks once, with its most precise date
    order = sorted(claims, key=lambda c: (c.stated_on or "9999", c.article, width(c), c.position))
    clauses: list[str] = []
    seen: dict[str, Claim] = {}
    said_by: set[str] = set()
    for claim in order:
        if claim.article in said_by:
            continue
        said_by.add(claim.article)
        info = articles.get(claim.article)
        earlier = seen.get(claim.value)
        if earlier is not None:
            extra = " and makes the year explicit" if _has_year(claim.text) and not _has_year(earlier.text) else ""
            clauses.append(f"{claim.article} repeats it{extra}")
            continue
        seen[claim.value] = claim
        if not clauses:
            clauses.append(
                f"{_when(info, claim.stated_on, first=True)} {_who(info, claim.article, first=True)} said "
                f"{event.phrase('would' if claim.tense != 'past' else 'past')} {_at(claim)}"
            )
        elif kind == "revised":
            clauses.append(f"{_when(info, claim.stated_on, first=False)} {claim.article} said {_at(claim)}")
        else:
            clauses.append(
                f"but {_who(info, claim.article, first=True)}, "
                f"{_when(info, claim.stated_on, first=False).replace('by ', 'on ')}, said {_at(claim)}"
            )
    sentence = "; ".join(clauses).replace("; but", ", but")
    return sentence[0].upper() + sentence[1:] + "."
