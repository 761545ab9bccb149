"""The summary is written from the findings alone and copes with any set of articles."""

from __future__ import annotations

import pytest

from analysis.labels import with_short_ids
from analysis.summary import headline_findings, summary_html


def _article(aid, **kw):
    base = {"id": aid, "outlet": None, "published": None, "published_basis": "unknown",
            "published_range": None}
    base.update(kw)
    return base


def _findings(**kw):
    base = {"sides": ["EU", "US"], "articles": [], "pairs": [], "changes": [], "spelling": [],
            "quote_changes": [], "dates": [], "events": [], "conflicts": [], "actors": [],
            "positions": []}
    base.update(kw)
    return base


def test_one_article_says_what_cannot_be_concluded():
    f = _findings(articles=[_article("a", published="2025-01-01", published_basis="stated")])
    split, versions, dates = headline_findings(f)
    assert "no one we could place" in split.cannot_conclude
    assert versions.cannot_conclude == "With fewer than two articles there is nothing to compare."
    assert "no dated claims" in dates.cannot_conclude
    assert versions.title == "No article copies another"


def test_unrelated_articles():
    f = _findings(articles=[_article("a"), _article("b")],
                  pairs=[{"a": "a", "b": "b", "relation": "unrelated", "original": None,
                          "original_evidence": [], "similarity": 0.01, "a_in_b": 0.0, "b_in_a": 0.0}])
    _, versions, dates = headline_findings(f)
    assert "No article copies another: 0 pairs are on the same story" in versions.cannot_conclude
    assert "publication date of a and b is unknown" in dates.cannot_conclude


def test_full_findings_give_three_headlines_with_sides_and_links():
    f = _findings(
        articles=[_article("old", outlet="Wire", published="2025-03-01", published_basis="stated"),
                  _article("new", published="2025-03-02", published_basis="stated")],
        pairs=[{"a": "new", "b": "old", "relation": "version", "original": "old",
                "original_evidence": ["old has the earlier stated date (2025-03-01)."],
                "similarity": 0.8, "a_in_b": 0.9, "b_in_a": 0.85}],
        changes=[{"from": "old", "to": "new", "kind": "edited", "from_text": "x", "to_text": "y"}],
        quote_changes=[{"from": "old", "to": "new", "speaker": "the minister", "from_text": "we will act",
                        "to_text": "we may act", "kind": "wording"}],
        conflicts=[{"event": "e", "kind": "revised", "claims": [],
                    "explanation": "The launch moved from May to June."}],
        events=[{"id": "e", "label": "launch", "claims": []}],
        actors=[{"name": "European Commission", "side": "EU", "mentions": 2, "articles": ["old"]}],
        positions=[{"topic": "AI rules", "stance": "disagree",
                    "by_side": {"EU": "wants binding rules", "US": "prefers voluntary codes"},
                    "evidence": []}],
    )
    split, versions, dates = headline_findings(with_short_ids(f))
    assert split.sentences[0] == "On AI rules, the articles give the EU side's position as “wants binding rules”, and the US side's as “prefers voluntary codes”."
    assert split.cannot_conclude is None
    assert versions.sentences[0].startswith(  # articles named as on every page (analysis.labels)
        "new, 2 Mar 2025 copies 85% of Wire, 1 Mar 2025; Wire, 1 Mar 2025 is the original: "
        "Wire, 1 Mar 2025 has the earlier")
    assert headline_findings(f)[1].sentences[0].startswith("new, 2 Mar 2025 copies 85% of Wire, 1 Mar 2025")
    assert any("we may act" in s for s in versions.sentences)
    assert dates.sentences == ("The launch moved from May to June.",)
    page = summary_html([split, versions, dates])
    assert "href='04-split.html'" in page and "href='03-dates.html'" in page


def test_article_text_is_escaped():
    f = _findings(articles=[_article("a"), _article("b")],
                  quote_changes=[{"from": "a", "to": "b", "speaker": "<b>x</b>", "from_text": "<script>",
                                  "to_text": "<img onerror=1>", "kind": "wording"}])
    page = summary_html(headline_findings(f))
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page


def test_inferred_dates_are_said_in_words():
    from analysis.summary import _between

    assert _between("2025-09-22", "2025-09-28") == "between 22 and 28 September 2025"
    assert _between("2025-09-28", "2025-10-04") == "between 28 September and 4 October 2025"
    assert _between("2025-12-28", "2026-01-03") == "between 28 December 2025 and 3 January 2026"
    assert _between("2026-03-04", "2026-03-04") == "on 4 March 2026"


def _stories():
    from conftest import DATA, SEEDS

    folders = [SEEDS] + sorted(p for p in DATA.glob("*/*") if p.is_dir() and any(p.glob("*.*")))
    return [pytest.param(folder, id=folder.name) for folder in folders]


@pytest.mark.parametrize("folder", _stories())
def test_the_summary_is_well_formed_for_every_story(folder):
    """Every headline sentence on every story of tests/data: no colon chains, no doubled
    punctuation or words, and articles named as on the pages."""
    import re

    from analysis.findings import build_findings
    from analysis.labels import with_short_ids
    from analysis.summary import headline_findings

    shown = with_short_ids(build_findings([folder]).to_dict())
    for headline in headline_findings(shown):
        for sentence in (headline.title, *headline.sentences, headline.cannot_conclude or ""):
            outside_quotes = re.sub(r"“[^”]*”|\"[^\"]*\"", "“…”", sentence)
            assert outside_quotes.count(": ") <= 1, sentence
            assert not re.search(r"([,.;:])\s*\1|[,;:]\s*[.]|\.\.(?!\.)", outside_quotes), sentence
            assert not re.search(r"\b(\w+) \1\b", outside_quotes, re.IGNORECASE), sentence
