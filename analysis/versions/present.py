"""Tables, figures and words for the versions section of the briefing.

Everything here works from the findings JSON object (the contract), so the notebook shows
exactly what the JSON says. Article text is untrusted: every piece of it that ends up in
markup goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING, Any

from analysis.versions.align import word_diff

if TYPE_CHECKING:  # matplotlib is imported when a figure is drawn
    from matplotlib.figure import Figure

__all__ = [
    "KIND_ORDER",
    "HEATMAP_LIMIT",
    "family_rows",
    "family_tree_html",
    "tree_edges",
    "families_figure",
    "families_alt",
    "top_pairs",
    "heatmap_alt",
    "matrices",
    "heatmap",
    "pair_summary",
    "pair_summaries",
    "version_pairs",
    "change_counts",
    "diff_html",
    "spelling_rows",
    "quote_rows",
    "conventions",
]

KIND_ORDER = ("unchanged", "spelling", "punctuation", "edited", "merged", "split", "added", "removed")
_KIND_WORDS = {
    "unchanged": "unchanged",
    "spelling": "spelling only",
    "punctuation": "punctuation only",
    "edited": "reworded",
    "merged": "two sentences made one",
    "split": "one sentence made two",
    "added": "added in the copy",
    "removed": "left out of the copy",
}
HEATMAP_LIMIT = 30
"""Up to this many articles the page draws the pair heatmaps; beyond, the families' sizes."""

_DEL = "background:#fbd5d5;text-decoration:line-through"
_INS = "background:#d5f5d9;text-decoration:none"


def _ids(findings: dict[str, Any]) -> list[str]:
    return [a["id"] for a in findings["articles"]]


def matrices(findings: dict[str, Any]) -> tuple[list[str], list[list[float]], list[list[float]]]:
    """Article ids, the symmetric similarity matrix and the containment matrix.

    ``containment[r][c]`` is the share of article r's word trigrams found in article c.
    The diagonal is 1; a pair the findings do not list (not a candidate) is 0.
    """
    ids = _ids(findings)
    pos = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    sim = [[1.0 if r == c else 0.0 for c in range(n)] for r in range(n)]
    cont = [[1.0 if r == c else 0.0 for c in range(n)] for r in range(n)]
    for p in findings["pairs"]:
        i, j = pos[p["a"]], pos[p["b"]]
        sim[i][j] = sim[j][i] = p["similarity"]
        cont[i][j], cont[j][i] = p["a_in_b"], p["b_in_a"]
    return ids, sim, cont


def _short(ident: str, width: int = 14) -> str:
    return ident if len(ident) <= width else ident[: width - 1] + "…"


def heatmap(findings: dict[str, Any]) -> Figure:
    """Two heatmaps side by side: similarity (Jaccard) and containment (row in column)."""
    import matplotlib.pyplot as plt

    ids, sim, cont = matrices(findings)
    labels = [_short(i) for i in ids]
    size = min(max(4.5, 0.6 * len(ids) + 3.0), 9.0)
    fig, axes = plt.subplots(1, 2, figsize=(2 * size + 1, size), constrained_layout=True)
    fig.suptitle("How much wording each pair of articles shares")
    panels = (
        (sim, "Similarity (Jaccard)\nshared trigrams / all trigrams", "article"),
        (cont, "Containment\nshare of the row's trigrams found in the column", "found in article"),
    )
    for ax, (matrix, title, xlabel) in zip(axes, panels, strict=True):
        image = ax.imshow(matrix, vmin=0.0, vmax=1.0, cmap="viridis")
        ax.set_xticks(range(len(ids)), labels, rotation=45, ha="right")
        ax.set_yticks(range(len(ids)), labels)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("article")
        if len(ids) <= 12:
            for r, row in enumerate(matrix):
                for c, v in enumerate(row):
                    ax.text(c, r, f"{v:.2f}", ha="center", va="center", color="white" if v < 0.6 else "black")
        fig.colorbar(image, ax=ax, shrink=0.8)
    return fig


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def pair_summary(pair: dict[str, Any]) -> str:
    """One pair in plain words: how much is shared, and for a version, which came first and why."""
    a, b = pair["a"], pair["b"]
    if pair["relation"] == "duplicate":
        lead = f"{a} and {b} are duplicates: the same text, up to spacing and quote marks."
    elif pair["relation"] == "version":
        if pair["original"]:
            orig = pair["original"]
            copy = b if orig == a else a
            share = pair["a_in_b"] if orig == a else pair["b_in_a"]
            lead = f"{copy} copies {_pct(share)} of {orig} (its word trigrams); {orig} is the original."
        else:
            lead = (
                f"{a} and {b} are versions of one text ({_pct(pair['a_in_b'])} of {a} is in {b}, "
                f"{_pct(pair['b_in_a'])} of {b} in {a}), but nothing tells which came first."
            )
    elif pair["relation"] == "related":
        lead = (
            f"{a} and {b} report the same story (topic similarity {pair.get('topic_similarity', 0):.2f}) "
            f"in their own words: they share only {_pct(max(pair['a_in_b'], pair['b_in_a']))} of their trigrams."
        )
    else:
        lead = f"{a} and {b} are unrelated: different stories, no shared wording beyond common phrases."
    if pair["relation"] in ("duplicate", "version") and pair["original_evidence"]:
        lead += " Evidence: " + " ".join(pair["original_evidence"])
    return lead


def pair_summaries(findings: dict[str, Any], *, include_unrelated: bool = False) -> list[str]:
    """:func:`pair_summary` of every pair (unrelated ones only when asked), in the findings' order."""
    return [
        pair_summary(p) for p in findings["pairs"] if include_unrelated or p["relation"] != "unrelated"
    ]


def version_pairs(findings: dict[str, Any]) -> list[tuple[str, str]]:
    """(from, to) of every pair with changes, in the order the changes are listed."""
    seen: list[tuple[str, str]] = []
    for c in findings["changes"]:
        key = (c["from"], c["to"])
        if key not in seen:
            seen.append(key)
    return seen


def change_counts(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per version pair: how many units of each kind of change."""
    rows = []
    for src, dst in version_pairs(findings):
        counts = Counter(c["kind"] for c in findings["changes"] if c["from"] == src and c["to"] == dst)
        row: dict[str, Any] = {"original": src, "copy": dst}
        row.update({kind: counts.get(kind, 0) for kind in KIND_ORDER})
        rows.append(row)
    return rows


def _marked(text: str, style: str) -> str:
    return f"<span style='{style}'>{html.escape(text)}</span>" if text.strip() else html.escape(text)


def _diff_cells(from_text: str | None, to_text: str | None) -> tuple[str, str]:
    """Escaped markup of both sides with deleted words struck out and inserted words marked."""
    if not from_text:
        return "", _marked(to_text or "", _INS)
    if not to_text:
        return _marked(from_text, _DEL), ""
    left: list[str] = []
    right: list[str] = []
    for op in word_diff(from_text, to_text):
        if op.tag == "equal":
            left.append(html.escape(op.from_text))
            right.append(html.escape(op.to_text))
        else:
            left.append(_marked(op.from_text, _DEL))
            right.append(_marked(op.to_text, _INS))
    return "".join(left), "".join(right)


def diff_html(findings: dict[str, Any], source: str, target: str, *, hide_unchanged: bool = False) -> str:
    """A side-by-side table of one version pair, every unit aligned, word changes highlighted.

    Struck-out red words are the original's, green ones the copy's. All article text is
    escaped.
    """
    rows = []
    for c in findings["changes"]:
        if c["from"] != source or c["to"] != target:
            continue
        if hide_unchanged and c["kind"] == "unchanged":
            continue
        left, right = _diff_cells(c["from_text"], c["to_text"])
        units = "/".join(dict.fromkeys((c.get("from_units") or []) + (c.get("to_units") or [])))
        label = _KIND_WORDS.get(c["kind"], c["kind"])
        if units and units != "paragraph":
            label += f" ({units.replace('_', ' ')})"
        if c.get("note"):
            label += f"; {c['note']}"
        rows.append(
            f"<tr><td style='white-space:nowrap;vertical-align:top'><b>{html.escape(c['kind'])}</b><br>"
            f"<small>{html.escape(label)}</small></td>"
            f"<td style='vertical-align:top'>{left}</td><td style='vertical-align:top'>{right}</td></tr>"
        )
    body = "".join(rows) or "<tr><td colspan='3'><em>No changes.</em></td></tr>"
    return (
        "<table class='briefing versions-diff' style='width:100%;text-align:left'>"
        f"<caption>{html.escape(source)} (source) → {html.escape(target)} (copy)</caption>"
        "<thead><tr><th>change</th>"
        f"<th>{html.escape(source)}</th><th>{html.escape(target)}</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def spelling_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """The spelling findings as table rows, with each form's convention beside it."""
    return [
        {
            "original": s["from"],
            "copy": s["to"],
            "original's spelling": s["from_form"] + (f" ({s['from_convention']})" if s["from_convention"] else ""),
            "copy's spelling": s["to_form"] + (f" ({s['to_convention']})" if s["to_convention"] else ""),
            "kind": "closed/open compound" if s.get("variant") == "compound" else "British/American",
            "times": s["count"],
        }
        for s in findings["spelling"]
    ]


def quote_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """The quote changes as table rows."""
    return [
        {
            "original": q["from"],
            "copy": q["to"],
            "speaker": q["speaker"],
            "kind": q["kind"],
            "original reads": q["from_text"],
            "copy reads": q["to_text"],
            "note": q.get("note"),
        }
        for q in findings["quote_changes"]
    ]


def conventions(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """Per version pair, which spelling convention each side used (from the spelling rows)."""
    out: dict[tuple[str, str], Counter[str]] = {}
    for s in findings["spelling"]:
        key = (s["from"], s["to"])
        counts = out.setdefault(key, Counter())
        if s["from_convention"]:
            counts[f"original {s['from_convention']}"] += s["count"]
        if s["to_convention"]:
            counts[f"copy {s['to_convention']}"] += s["count"]
    return [{"original": k[0], "copy": k[1], **dict(sorted(v.items()))} for k, v in out.items()]


def heatmap_alt(findings: dict[str, Any]) -> str:
    """Alt text for :func:`heatmap`: what the two heatmaps show, in one sentence."""
    ids = _ids(findings)
    pairs = sorted(findings["pairs"], key=lambda p: (-p["similarity"], p["a"], p["b"]))
    top = pairs[0] if pairs else None
    most = (f"; the most similar pair is {top['a']} and {top['b']} (similarity {top['similarity']:.2f}, "
            f"containment {top['a_in_b']:.2f} and {top['b_in_a']:.2f})") if top else ""
    return (f"Two heatmaps over {len(ids)} article(s): similarity of each pair and the share of each "
            f"article's word trigrams found in each other article{most}.")


def _family_name(family: dict[str, Any]) -> str:
    number = str(family["id"]).rsplit("-", 1)[-1]
    return f"Family {number}" if number.isdigit() else str(family["id"])


def family_rows(findings: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per family: its name, original, number of members and depth of its tree."""
    rows = []
    for family in findings.get("families") or []:
        depth = _depths(family)
        rows.append({
            "family": _family_name(family),
            "original": family["original"],
            "articles": len(family["members"]),
            "generations": max(depth.values()) if depth else 0,
        })
    return rows


def _depths(family: dict[str, Any]) -> dict[str, int]:
    parent = {e["copy"]: e["parent"] for e in family["edges"]}
    depth: dict[str, int] = {family["original"]: 0}
    for e in family["edges"]:  # depth first: a parent is listed before its copies
        depth[e["copy"]] = depth.get(parent[e["copy"]], 0) + 1
    return depth


def family_tree_html(family: dict[str, Any]) -> str:
    """A family as an indented list: the original, then each copy under the member it derives from.

    Each copy says how much of its parent it holds and why it hangs there. Text is escaped.
    """
    children: dict[str, list[dict[str, Any]]] = {}
    for e in family["edges"]:
        children.setdefault(e["parent"], []).append(e)

    def branch(node: str) -> str:
        kids = children.get(node, [])
        if not kids:
            return ""
        items = []
        for e in kids:
            share = e.get("parent_in_copy")
            held = f" holds {_pct(share)} of {e['parent']}" if isinstance(share, (int, float)) else ""
            why = " ".join(e["evidence"][1:])
            items.append(
                f"<li><b>{html.escape(e['copy'])}</b>{html.escape(held)}"
                + (f"<br><small>{html.escape(why)}</small>" if why else "")
                + branch(e["copy"]) + "</li>"
            )
        return "<ul>" + "".join(items) + "</ul>"

    n = len(family["members"])
    return (
        f"<div class='briefing versions-family'><p><b>{html.escape(_family_name(family))}</b>: "
        f"{n} articles, {n - 1} cop{'y' if n == 2 else 'ies'}</p>"
        f"<ul><li><b>{html.escape(family['original'])}</b> (original){branch(family['original'])}</li></ul></div>"
    )


def tree_edges(findings: dict[str, Any]) -> list[tuple[str, str]]:
    """(parent, copy) of every tree edge, family by family, depth first: one change list each."""
    return [(e["parent"], e["copy"]) for f in findings.get("families") or [] for e in f["edges"]]


def families_figure(findings: dict[str, Any], *, limit: int = 40) -> Figure:
    """Bars of the largest families' sizes, labelled by their originals: a figure that scales."""
    import matplotlib.pyplot as plt

    families = sorted(findings.get("families") or [], key=lambda f: (-len(f["members"]), f["id"]))[:limit]
    rows = family_rows({"families": families})
    height = min(max(2.5, 0.3 * len(rows) + 1.5), 14.0)
    fig, ax = plt.subplots(figsize=(9, height), constrained_layout=True)
    labels = [f"{r['family']}: {_short(str(r['original']), 40)}" for r in rows]
    ax.barh(range(len(rows)), [r["articles"] for r in rows], color="#3b6ea5")
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("articles in the family (the original and its copies)")
    alone = len(findings["articles"]) - sum(len(f["members"]) for f in findings.get("families") or [])
    ax.set_title(f"Version families, largest first ({alone} article(s) belong to none)")
    return fig


def families_alt(findings: dict[str, Any]) -> str:
    """Alt text for :func:`families_figure`."""
    families = findings.get("families") or []
    if not families:
        return "No version families: no article copies another."
    biggest = max(families, key=lambda f: (len(f["members"]), f["id"]))
    return (f"A bar for each of the {min(len(families), 40)} largest of {len(families)} version families "
            f"among {len(findings['articles'])} articles; the largest, from {biggest['original']}, "
            f"has {len(biggest['members'])} articles.")


def top_pairs(findings: dict[str, Any], *, limit: int = 20) -> list[dict[str, Any]]:
    """The most similar pairs that are not in one family's tree: related stories and extra versions."""
    edges = {frozenset(e) for e in tree_edges(findings)}
    rows = [
        {"a": p["a"], "b": p["b"], "relation": p["relation"], "similarity": p["similarity"],
         "a in b": p["a_in_b"], "b in a": p["b_in_a"]}
        for p in findings["pairs"]
        if p["relation"] != "unrelated" and frozenset((p["a"], p["b"])) not in edges
    ]
    return sorted(rows, key=lambda r: (-r["similarity"], r["a"], r["b"]))[:limit]
