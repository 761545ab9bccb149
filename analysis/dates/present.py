"""Tables and the timeline figure for the dates notebook, built from the findings dict.

Reader tables say dates as a reader says them (:func:`when`: "summer 2026 (1 June to 31
August)"); the classroom's tables (``raw=True``) also show the TIMEX3 values, intervals and
flags the findings hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from analysis.dates.normalise import MONTH_NAMES, day_words, describe

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["when", "dates_rows", "claim_rows", "publication_rows", "conflict_rows", "timeline_figure",
           "timeline_alt"]

_SPANS = re.compile(r"^\d{4}-(?:SP|SU|FA|WI|H[12]|Q[1-4])$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(?P<day>[1-7])$")
_NO_YEAR = re.compile(r"^XXXX-(?P<month>\d{2})(?:-(?P<day>\d{2}))?$")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_REFS = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
_BASIS = {"stated": "stated in the article", "metadata": "from the page's metadata",
          "inferred": "inferred from the other articles", "unknown": "unknown"}


def _day(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        return day_words(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def when(value: str | None, start: str | None = None, end: str | None = None) -> str:
    """A date value as a reader says it: "4 March 2026", "summer 2026 (1 June to 31 August
    2026)", "the week of 15 September 2025", "in the future"."""
    if value in _REFS:
        return _REFS[value]
    if value and (weekday := _WEEKDAY.match(value)):
        return f"a {_WEEKDAYS[int(weekday['day']) - 1]} (which one is unknown: the article is undated)"
    if value and (no_year := _NO_YEAR.match(value)) and 1 <= int(no_year["month"]) <= 12:
        month = MONTH_NAMES[int(no_year["month"])]
        day = f"{int(no_year['day'])} " if no_year["day"] else ""
        return f"{day}{month} (the year is unknown: the article is undated)"
    words = describe(value)
    if value and _SPANS.match(value) and start and end:
        words += f" ({_day(start)} to {_day(end)})"
    return words


def dates_rows(findings: dict[str, Any], *, raw: bool = False) -> list[dict[str, Any]]:
    """One row per temporal expression: the article, its words and the date they name;
    ``raw`` adds the TIMEX3 type and value, the interval and the date it was resolved against."""
    if raw:
        return [{k: d.get(k) for k in ("article", "text", "type", "value", "start", "end", "anchor")}
                for d in findings.get("dates", [])]
    return [{"article": d["article"], "text": d["text"], "when": when(d["value"], d.get("start"), d.get("end"))}
            for d in findings.get("dates", []) if d.get("type") in ("DATE", "TIME")]


def claim_rows(findings: dict[str, Any], *, raw: bool = False) -> list[dict[str, Any]]:
    """One row per dated claim, with the event it is about; ``raw`` adds values and flags."""
    rows = []
    for event in findings.get("events", []):
        for c in event["claims"]:
            if raw:
                rows.append({"event": event["label"], "article": c["article"], "says": c["text"],
                             "value": c["value"], "from": c["start"], "to": c["end"],
                             "stated on": c["stated_on"], "superseded": c.get("superseded", False)})
            else:
                said = "no longer holds, the article says" if c.get("superseded") else ""
                rows.append({"event": event["label"], "article": c["article"], "says": c["text"],
                             "when": when(c["value"], c["start"], c["end"]),
                             "written": _day(c["stated_on"]) or "unknown", "note": said})
    return rows


def publication_rows(findings: dict[str, Any], *, raw: bool = False) -> list[dict[str, Any]]:
    """When each article was published and how we know."""
    if raw:
        return [{"article": a["id"], "published": a["published"], "basis": a["published_basis"],
                 "range": " to ".join(a["published_range"]) if a.get("published_range") else None,
                 "evidence": a.get("published_evidence")} for a in findings.get("articles", [])]
    rows = []
    for a in findings.get("articles", []):
        span = a.get("published_range")
        published = (f"between {_day(span[0])} and {_day(span[1])}" if span and span[0] != span[1]
                     else _day(a["published"]) or "unknown")
        rows.append({"article": a["id"], "published": published,
                     "how we know": _BASIS.get(a["published_basis"], a["published_basis"]),
                     "evidence": a.get("published_evidence") or ""})
    return rows


def conflict_rows(findings: dict[str, Any], *, raw: bool = False) -> list[dict[str, Any]]:
    """One row per conflict: the claims, each with the date it names."""
    def claim(x: dict[str, Any]) -> str:
        named = x["value"] if raw else when(x["value"])
        return f"{x['article']}: {x['text']} ({named})"

    return [{"event": c["event"], "kind": c["kind"], "claims": "; ".join(claim(x) for x in c["claims"]),
             "explanation": c["explanation"]} for c in findings.get("conflicts", [])]


def timeline_figure(findings: dict[str, Any]) -> Figure:
    """Publication dates (dots) and claimed intervals (bars) of every event, on one time axis."""
    import matplotlib
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from analysis.report import plain_text_figure

    # matplotlib leaves date2num unannotated; this is its signature for one date
    to_num: Callable[[date], float] = mdates.date2num

    events = [e for e in findings.get("events", []) if any(c["start"] for c in e["claims"])]
    articles = [a for a in findings.get("articles", []) if a.get("published")]
    rows = len(events) + 1
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.55 * rows))
    for a in articles:
        day = date.fromisoformat(a["published"])
        ax.plot([to_num(day)], [0], "o", color="black")
        ax.annotate(a["id"][:12], (to_num(day), 0), textcoords="offset points",
                    xytext=(0, 6), ha="center", fontsize=7)
        if a.get("published_range"):
            lo, hi = (date.fromisoformat(x) for x in a["published_range"])
            ax.plot([to_num(lo), to_num(hi)], [0, 0], color="grey", linewidth=3, alpha=0.6)
    for y, event in enumerate(events, start=1):
        for c in event["claims"]:
            if not c["start"]:
                continue
            lo, hi = date.fromisoformat(c["start"]), date.fromisoformat(c["end"])
            width = max((hi - lo).days, 1)
            ax.barh(y, width, left=to_num(lo), height=0.35, alpha=0.45,
                    color="tab:red" if c.get("superseded") else "tab:blue")
    ax.set_yticks(range(rows), ["published"] + [e["label"][:40] for e in events])
    ax.xaxis_date()
    ax.set_xlabel("date")
    ax.set_ylabel("event")
    ax.set_title("Publication dates and the dates the articles claim")
    plain_text_figure(fig)  # an article's name with "$" is drawn as it is, never as mathtext
    with matplotlib.rc_context({"text.parse_math": False}):  # tick labels made while laying out
        fig.tight_layout()
    return fig


def timeline_alt(findings: dict[str, Any]) -> str:
    """Alt text for :func:`timeline_figure`: what the chart shows, in one sentence."""
    events = [e for e in findings.get("events", []) if any(c["start"] for c in e["claims"])]
    published = sorted(a["published"] for a in findings.get("articles", []) if a.get("published"))
    days = sorted({d for e in events for c in e["claims"] if c["start"] for d in (c["start"], c["end"])})
    span = published + days
    when = f" between {min(span)} and {max(span)}" if span else ""
    labels = "; ".join(e["label"] for e in events[:5]) or "none"
    return (f"Timeline{when}: publication dates of {len(published)} article(s) as dots, and the "
            f"intervals the articles claim for {len(events)} event(s) as bars ({labels}).")
