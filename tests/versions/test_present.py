"""Notebook helpers (analysis.versions.present): escaped markup, figures, words."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from support import make_article  # noqa: E402

from analysis.findings import Findings  # noqa: E402
from analysis.versions import compare_versions, present  # noqa: E402


def _findings(*articles) -> dict:
    v = compare_versions(articles)
    return Findings(("US", "UK"), tuple(sorted(articles, key=lambda a: a.id)), (), v.pairs, v.changes, v.spelling, v.quote_changes).to_dict()


EVIL = "<script>alert('x')</script>"


def test_diff_escapes_article_text_and_marks_words() -> None:
    a = make_article("a", [f"The colour of {EVIL} is blue today.", "Shares fell sharply."], published="2026-01-01", dateline="LONDON")
    b = make_article("b", [f"The color of {EVIL} is green today.", "Shares fell sharply."], published="2026-01-02")
    f = _findings(a, b)
    assert present.version_pairs(f) == [("a", "b")]
    markup = present.diff_html(f, "a", "b")
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "line-through" in markup and "blue" in markup and "green" in markup
    assert present.diff_html(f, "a", "b", hide_unchanged=True).count("<tr>") < markup.count("<tr>")


def test_summaries_counts_and_heatmap() -> None:
    a = make_article("a", ["Alpha beta gamma delta epsilon zeta.", "Eta theta iota kappa lambda mu."], published="2026-01-01")
    b = make_article("b", ["Alpha beta gamma delta epsilon zeta.", "Eta theta iota kappa lambda mu.", "Nu xi omicron pi rho."], published="2026-01-02")
    c = make_article("c", ["Completely different words about football transfers here."])
    f = _findings(a, b, c)
    (line,) = present.pair_summaries(f)
    assert line.startswith("b copies 100% of a") and "a is the original" in line
    assert len(present.pair_summaries(f, include_unrelated=True)) == 3
    (row,) = present.change_counts(f)
    assert (row["unchanged"], row["added"]) == (2, 1)
    fig = present.heatmap(f)
    assert [ax.get_title() for ax in fig.axes[:2]][0].startswith("Similarity")
    assert fig.axes[0].get_xlabel() and fig.axes[0].get_ylabel()
    ids, sim, cont = present.matrices(f)
    assert ids == ["a", "b", "c"] and sim[0][1] == sim[1][0] and cont[0][1] == 1.0
