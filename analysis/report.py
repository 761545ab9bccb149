"""Helpers the notebooks share: load the findings once and show text safely.

Article text is untrusted. Notebooks show it only through these helpers (or pandas tables,
which escape their cells), never through ``Markdown(...)`` or raw HTML built by hand.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # matplotlib is imported only when a figure is drawn
    from matplotlib.figure import Figure

from analysis.labels import with_short_ids

__all__ = [
    "load_findings", "escape", "table_html", "show_table", "show_text", "show_html",
    "article_rows", "skipped_rows", "quote_rows", "figure_html", "show_figure", "plain_text_figure",
]


def load_findings(
    findings_path: str | os.PathLike[str] | None = None,
    paths: Sequence[str | os.PathLike[str]] = ("../seeds",),
    sides: Sequence[str] = ("US", "UK"),
    *,
    short_ids: bool = True,
) -> dict[str, Any]:
    """The findings as the contract's JSON object, ready to show.

    ``briefing run`` passes ``findings_path`` (computed once for every notebook); run by hand
    in JupyterLab, a notebook computes them from ``paths`` and ``sides`` instead. With
    ``short_ids`` (the default) articles with hash-like file names get short names
    throughout (:func:`analysis.labels.with_short_ids`); ``short_ids=False`` keeps the ids.
    """
    if findings_path:
        findings = json.loads(Path(findings_path).read_text(encoding="utf-8"))
    else:
        from analysis.findings import build_findings

        findings = build_findings(list(paths), sides=tuple(sides)).to_dict()
    return with_short_ids(findings) if short_ids else findings


def escape(text: object) -> str:
    """HTML-escape any value (``None`` becomes an em dash)."""
    return "—" if text is None else html.escape(str(text), quote=True)


def table_html(rows: Iterable[dict[str, Any]], columns: Sequence[str], *, caption: str = "") -> str:
    """An HTML table of ``rows`` with every cell escaped; an empty table says so."""
    rows = list(rows)
    head = "".join(f"<th scope='col'>{escape(c)}</th>" for c in columns)
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    if not rows:
        body = f"<tr><td colspan='{len(columns)}'><em>None.</em></td></tr>"
    else:
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(r.get(c))}</td>" for c in columns) + "</tr>"
            for r in rows
        )
    return (f"<div class='table-wrap'><table class='briefing'>{cap}<thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table></div>")


def show_html(markup: str) -> None:
    """Display markup the library built (its article text already escaped)."""
    from IPython.display import HTML, display

    display(HTML(markup))  # type: ignore[no-untyped-call]


def show_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], *, caption: str = "") -> None:
    """Display an escaped table in a notebook."""
    show_html(table_html(rows, columns, caption=caption))


def show_text(text: str, *, tag: str = "p") -> None:
    """Display one paragraph of (possibly untrusted) text, escaped."""
    show_html(f"<{tag}>{escape(text)}</{tag}>")


_BASIS_WORDS = {
    "stated": "stated in the file (date marker)",
    "metadata": "from the file's metadata",
    "inferred": "inferred from the text",
    "unknown": "unknown",
}


def article_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per article for the articles table."""
    rows = []
    for a in findings["articles"]:
        published = a["published"] or "—"
        if a.get("published_range") and a["published_basis"] == "inferred":
            start, end = a["published_range"]
            published = f"{a['published'] or '?'} (between {start} and {end})"
        rows.append({
            "article": a["id"],
            "file": a["path"],
            "headline": a["headline"],
            "outlet": a["outlet"]
            or ("clue: " + "; ".join(a.get("outlet_clues") or []) if a.get("outlet_clues") else None),
            "byline": a["byline"],
            "published": published,
            "how we know the date": _BASIS_WORDS.get(a["published_basis"], a["published_basis"])
            + (f": {a['published_evidence']}" if a.get("published_evidence") else ""),
            "dateline": a["dateline"],
            "words": a["words"],
            "sentences": a["sentences"],
            "quotes": len(a["quotes"]),
        })
    return rows


def skipped_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per file that could not be read, with the reason."""
    return [{"file": s["path"], "reason": s["error"]} for s in findings["skipped"]]


def quote_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per direct quote: article, speaker (with the role the text gives), the words."""
    return [
        {"article": a["id"], "speaker": _speaker(q), "quote": q["text"]}
        for a in findings["articles"]
        for q in a["quotes"]
    ]


def _speaker(quote: dict[str, Any]) -> str:
    """"Lin Jian (Chinese foreign ministry spokesperson)", or "(not attributed)"."""
    if not quote.get("speaker"):
        return "(not attributed)"
    role = quote.get("role")
    return f"{quote['speaker']} ({role})" if role else str(quote["speaker"])


def plain_text_figure(fig: Figure) -> Figure:
    """Make every text of ``fig`` plain: ``$`` in an article's name is drawn, never read as mathtext.

    Labels such as ``$\\bad$ cost`` would otherwise be parsed as TeX and fail to draw.
    """
    from matplotlib.text import Text

    for text in fig.findobj(Text):
        text.set_parse_math(False)
        text.set_usetex(False)
    return fig


def figure_html(fig: Figure, alt: str, *, dpi: int = 110) -> str:
    """A matplotlib figure as an embedded PNG ``<img>`` with escaped alt text.

    The figure is drawn with mathtext off (:func:`plain_text_figure`, and for the tick
    labels made while drawing, ``text.parse_math: False``).
    """
    import base64
    import io

    import matplotlib
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    with matplotlib.rc_context({"text.parse_math": False, "text.usetex": False}):
        plain_text_figure(fig)
        fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f"<figure><img src='data:image/png;base64,{data}' alt='{escape(alt)}'>"
            f"<figcaption>{escape(alt)}</figcaption></figure>")


def show_figure(fig: Figure, alt: str) -> None:
    """Display a figure with alt text that says what it shows (for screen readers and print)."""
    show_html(figure_html(fig, alt))
