"""Tables, a chart and a plain-English summary of the split, built from the findings dict.

Everything here reads the findings JSON object (the contract), so the notebook shows
exactly what ``briefing findings`` prints. Article text stays text: the notebook shows these
rows with :func:`analysis.report.show_table`, which escapes every cell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "actors_table",
    "positions_table",
    "evidence_table",
    "actor_chart",
    "summary",
    "NEITHER",
]

NEITHER = "neither side"
_EVIDENCE_CHARS = 160


def _sides(findings: Mapping[str, Any]) -> list[str]:
    return list(findings.get("sides") or [])


def _clip(text: str, limit: int = _EVIDENCE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def actors_table(findings: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per actor: name, side (or "neither side"), mentions, articles, how found.

    Ordered by side (the first side, the second, then neither), then by mentions.
    """
    sides = _sides(findings)
    order = {s: i for i, s in enumerate(sides)}
    rows = []
    for a in findings.get("actors") or []:
        rows.append({
            "actor": a["name"],
            "side": a["side"] if a["side"] is not None else NEITHER,
            "mentions": a["mentions"],
            "articles": len(a["articles"]),
            "found by": a.get("found_by", ""),
            "role": a.get("role") or "",
        })
    rows.sort(key=lambda r: (order.get(r["side"], len(sides)), -r["mentions"], r["actor"]))
    return rows


def positions_table(findings: Mapping[str, Any], *, per_row: int = 2) -> list[dict[str, Any]]:
    """topic | first side | second side | agree or disagree | evidence, one row per topic."""
    sides = _sides(findings)
    rows = []
    for i, p in enumerate(findings.get("positions") or [], start=1):
        evidence = p.get("evidence") or []
        shown = " | ".join(f"[{e['article']}] {_clip(e['sentence'])}" for e in evidence[:per_row])
        more = len(evidence) - per_row
        row = {"#": i, "topic": p["topic"]}
        for side in sides:
            row[side] = (p.get("by_side") or {}).get(side) or "—"
        row["agree or disagree"] = p["stance"]
        row["evidence"] = shown + (f" (+{more} more, see below)" if more > 0 else "")
        rows.append(row)
    return rows


def evidence_table(findings: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every evidence sentence of every position, with its article and side."""
    rows = []
    for i, p in enumerate(findings.get("positions") or [], start=1):
        for e in p.get("evidence") or []:
            rows.append({
                "#": i,
                "topic": p["topic"],
                "article": e["article"],
                "side": e["side"] if e["side"] is not None else "both or neither",
                "sentence": e["sentence"],
            })
    return rows


def actor_chart(findings: Mapping[str, Any], *, top: int = 20, ax: Any = None) -> Any:
    """A horizontal bar chart of the most-mentioned actors, coloured by side.

    Returns the matplotlib Figure (the notebook displays it).
    """
    import matplotlib
    import matplotlib.pyplot as plt

    from analysis.report import plain_text_figure

    sides = _sides(findings)
    rows = sorted(actors_table(findings), key=lambda r: (-r["mentions"], r["actor"]))[:top]
    rows.reverse()  # largest at the top
    palette = {sides[0]: "#1f77b4", sides[1]: "#d62728"} if len(sides) == 2 else {}
    if ax is None:
        fig, ax = plt.subplots(figsize=(8, max(2.5, 0.32 * len(rows) + 1.2)))
    else:
        fig = ax.figure
    colours = [palette.get(r["side"], "#9e9e9e") for r in rows]
    ax.barh([r["actor"] for r in rows], [r["mentions"] for r in rows], color=colours)
    ax.set_xlabel("mentions in all articles")
    ax.set_ylabel("actor")
    ax.set_title("Actors by side and mentions")
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    from matplotlib.patches import Patch

    handles = [Patch(color=c, label=s) for s, c in palette.items()] + [Patch(color="#9e9e9e", label=NEITHER)]
    ax.legend(handles=handles, loc="lower right", fontsize="small")
    if not rows:
        ax.text(0.5, 0.5, "no actors found", ha="center", va="center", transform=ax.transAxes)
    plain_text_figure(fig)  # an article's name with "$" is drawn as it is, never as mathtext
    with matplotlib.rc_context({"text.parse_math": False}):  # tick labels made while laying out
        fig.tight_layout()
    return fig


def _names(actors: Sequence[Mapping[str, Any]], side: str | None, k: int = 4) -> str:
    chosen = [a for a in actors if a["side"] == side]
    chosen.sort(key=lambda a: (-a["mentions"], a["name"]))
    names: list[str] = [a["name"] for a in chosen[:k]]
    if not names:
        return ""
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]


def summary(findings: Mapping[str, Any]) -> list[str]:
    """A short plain-English account of the split, paragraph by paragraph.

    Generated only from the findings: who is on each side, the topics on which the sides
    disagree (with each side's position), and those on which they agree.
    """
    sides = _sides(findings)
    actors = findings.get("actors") or []
    positions = findings.get("positions") or []
    if len(sides) != 2:
        return ["The split needs two sides."]
    a, b = sides
    out = []
    count = {s: sum(1 for x in actors if x["side"] == s) for s in (a, b, None)}
    if actors:
        line = (f"The articles name {len(actors)} actors: {count[a]} on the {a} side"
                f"{' (' + _names(actors, a) + ')' if count[a] else ''}, {count[b]} on the {b} side"
                f"{' (' + _names(actors, b) + ')' if count[b] else ''}, and {count[None]} on neither side.")
        out.append(line)
    else:
        out.append(f"The articles name no actor that could be placed on the {a} or the {b} side.")
    disagree = [p for p in positions if p["stance"] == "disagree"]
    agree = [p for p in positions if p["stance"] == "agree"]
    if disagree:
        n = len(disagree)
        out.append(f"The {a} and the {b} disagree on {n} topic{'s' if n > 1 else ''}:")
        for p in disagree:
            detail = [f"{side}: {p['by_side'].get(side)}" for side in (a, b) if p["by_side"].get(side)]
            out.append(f"On {p['topic']}, " + (" — and ".join(detail) if detail else "the sides differ") + ".")
    if agree:
        topics = [p["topic"] for p in agree]
        listed = ", ".join(topics[:-1]) + (" and " if len(topics) > 1 else "") + topics[-1]
        out.append(f"They agree on {listed}.")
    if not positions:
        out.append(f"The articles give no clear sign of where the {a} and the {b} agree or disagree.")
    out.append(f"Each topic links to its evidence sentences below; {len(positions)} topics in all.")
    return out


def actor_chart_alt(findings: Mapping[str, Any], *, top: int = 20) -> str:
    """Alt text for :func:`actor_chart`: what the chart shows, in one sentence."""
    sides = _sides(findings)
    rows = sorted(actors_table(findings), key=lambda r: (-r["mentions"], r["actor"]))[:top]
    counts = {s: sum(1 for r in rows if r["side"] == s) for s in sides}
    parts = [f"{n} on the {s} side" for s, n in counts.items()]
    neither = sum(1 for r in rows if r["side"] not in sides)
    most = ", ".join(f"{r['actor']} ({r['mentions']})" for r in rows[:3]) or "none"
    return (f"Bar chart of the {len(rows)} most-mentioned actors by number of mentions: "
            f"{', '.join(parts)}, {neither} on neither; most mentioned: {most}.")
