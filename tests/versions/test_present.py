"""Notebook helpers (analysis.versions.present): escaped markup, figures, words."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from support import make_article  # noqa: E402

from analysis.findings import Findings  # noqa: E402
from analysis.versions import compare_versions, present  # noqa: E402


def _findings(*articles) -> dict:
    v = compare_versions(articles)
    return Findings(("US", "UK"), tuple(sorted(articles, key=lambda a: a.id)), (), v.pairs, v.changes, v.spelling,
                    v.quote_changes, families=v.families, pairs_unlisted=v.pairs_unlisted).to_dict()


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


def test_families_as_an_indented_tree_escaped() -> None:
    from conftest import ROOT

    from analysis import load_articles
    from analysis.labels import with_short_ids

    articles = load_articles([ROOT / "tests" / "data" / "versions" / "tagus_bridge"])
    evil = make_article("zz_evil", [f"{EVIL} Completely different words about football transfers here."])
    f = _findings(*articles, evil)
    assert present.tree_edges(f) == [("wire", "national"), ("national", "blog"), ("wire", "us_copy"),
                                     ("us_copy", "regional")]
    assert present.family_rows(f) == [{"family": "Family 1", "original": "wire", "articles": 5, "generations": 2}]
    (family,) = f["families"]
    markup = present.family_tree_html(family)
    assert markup.count("<ul>") == 4 and markup.index("<b>national</b>") < markup.index("<b>blog</b>")
    assert "5 articles, 4 copies" in markup and "(original)" in markup
    assert [row["copy"] for row in present.change_counts(f)] == ["national", "blog", "us_copy", "regional"]
    # a rendered page names members as readers know them (labels rename ids in the families too)
    shown = with_short_ids(f)
    assert shown["families"][0]["original"] == "Reuters, 12 May 2026"
    assert "Reuters, 12 May 2026" in present.family_tree_html(shown["families"][0])
    fig = present.families_figure(f)
    assert fig.axes[0].get_xlabel().startswith("articles in the family")
    assert "1 version families" in present.families_alt(f) or "of 1 version families" in present.families_alt(f)
    assert all(r["relation"] != "unrelated" for r in present.top_pairs(f))
    assert len(present.top_pairs(f)) == 6  # the version pairs that are no tree edge


def test_no_families_is_said_in_words() -> None:
    a = make_article("a", ["Alpha beta gamma delta epsilon zeta."])
    f = _findings(a)
    assert present.family_rows(f) == [] and present.tree_edges(f) == []
    assert present.families_alt(f).startswith("No version families")
