"""Tables and the timeline figure for the dates notebook, built from the findings dict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["dates_rows", "claim_rows", "publication_rows", "conflict_rows", "timeline_figure", "timeline_alt"]


def dates_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per temporal expression."""
    return [{k: d.get(k) for k in ("article", "text", "type", "value", "start", "end", "anchor")}
            for d in findings.get("dates", [])]


def claim_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per dated claim, with the event it is about."""
    rows = []
    for event in findings.get("events", []):
        for c in event["claims"]:
            rows.append({"event": event["label"], "article": c["article"], "says": c["text"],
                         "value": c["value"], "from": c["start"], "to": c["end"],
                         "stated on": c["stated_on"], "superseded": c.get("superseded", False)})
    return rows


def publication_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """When each article was published and how we know."""
    return [{"article": a["id"], "published": a["published"], "basis": a["published_basis"],
             "range": " to ".join(a["published_range"]) if a.get("published_range") else None,
             "evidence": a.get("published_evidence")} for a in findings.get("articles", [])]


def conflict_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per conflict."""
    return [{"event": c["event"], "kind": c["kind"],
             "claims": "; ".join(f"{x['article']}: {x['text']} ({x['value']})" for x in c["claims"]),
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
