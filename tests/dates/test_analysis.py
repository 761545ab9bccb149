"""The whole dates family on the seeds and on stories of our own (tests/data/dates/)."""


import pytest
from conftest import ROOT

from analysis import load_articles
from analysis.dates import analyse_dates

DATA = ROOT / "tests" / "data" / "dates"


def _find(findings, prefix):
    return next(a for a in findings.articles if a.id.startswith(prefix))


@pytest.fixture(scope="module")
def seeds():
    return analyse_dates(load_articles([ROOT / "seeds"]))


def test_seed_dates_resolve(seeds):
    got = {(d.article[:3], d.text): (d.value, d.start, d.end) for d in seeds.dates}
    assert got[("001", "the summer")] == ("2026-SU", "2026-06-01", "2026-08-31")
    assert got[("000", "summer, 2026")][0] == "2026-SU"
    assert got[("000", "earlier this year")][0] == "2026"
    assert got[("001", "January this year")][0] == "2026-01"
    assert got[("001", "September")][0] == "2025-09"
    assert got[("002", "September 17")][0] == "2025-09-17"
    assert got[("002", "last week")][0] == "2025-W38"
    assert got[("002", "March next year")][0] == "2026-03"
    assert got[("002", "the 1990s")][0] == "199"


def test_undated_seed_is_inferred_to_the_week_of_22_september_2025(seeds):
    article = _find(seeds, "002")
    assert article.published_basis == "inferred"
    assert article.published_range == ("2025-09-22", "2025-09-28")
    assert article.published == "2025-09-22"
    evidence = article.published_evidence
    assert "on Monday" in evidence and "last week" in evidence and "September 17" in evidence
    assert "September 2025" in evidence


def test_report_claims_are_grouped_across_wordings(seeds):
    event = next(e for e in seeds.events if any("findings" in c.sentence for c in e.claims))
    assert {c.article[:3] for c in event.claims} == {"000", "001", "002"}
    assert event.label == "the taskforce reports"
    assert any("recommendations" in c.sentence for c in event.claims)


def test_revised_conflict_on_the_report_date(seeds):
    assert len(seeds.conflicts) == 1
    conflict = seeds.conflicts[0]
    assert conflict.kind == "revised"
    assert {c.value for c in conflict.claims} == {"2026-03", "2026-SU"}
    text = conflict.explanation
    assert text.startswith("In September 2025 DL News (002")
    assert "March 2026" in text and "summer 2026" in text and "makes the year explicit" in text


def test_output_is_deterministic():
    paths = [ROOT / "seeds"]
    one = analyse_dates(load_articles(paths))
    two = analyse_dates(load_articles(paths))
    assert [d.to_dict() for d in one.dates] == [d.to_dict() for d in two.dates]
    assert [e.to_dict() for e in one.events] == [e.to_dict() for e in two.events]
    assert [c.to_dict() for c in one.conflicts] == [c.to_dict() for c in two.conflicts]


def test_contract_keys(seeds):
    assert set(seeds.dates[0].to_dict()) >= {"article", "text", "type", "value", "start", "end", "anchor", "sentence"}
    event = seeds.events[0].to_dict()
    assert set(event) == {"id", "label", "claims"}
    assert set(event["claims"][0]) >= {"article", "text", "value", "start", "end", "stated_on", "sentence"}
    assert set(seeds.conflicts[0].to_dict()) == {"event", "kind", "claims", "explanation"}


def test_postponed_election_is_revised_and_undated_copy_is_inferred():
    found = analyse_dates(load_articles([DATA / "election"]))
    undated = _find(found, "e3")
    assert undated.published_range == ("2025-01-20", "2025-01-26")
    vote = next(e for e in found.events if e.id.endswith("vote"))
    assert {c.value for c in vote.claims if not c.superseded} >= {"2025-02-16", "2025-04-06"}
    assert any(c.superseded and c.value == "2025-02-16" for c in vote.claims)  # "originally set for"
    (conflict,) = found.conflicts
    assert conflict.kind == "revised" and conflict.event == vote.id
    assert "16 February 2025" in conflict.explanation and "6 April 2025" in conflict.explanation


def test_copy_that_changes_the_verdict_date_is_a_contradiction():
    found = analyse_dates(load_articles([DATA / "trial"]))
    (conflict,) = found.conflicts
    assert conflict.kind == "contradiction"
    assert [c.value for c in conflict.claims] == ["2025-06-17", "2025-06-24"]
    assert "but" in conflict.explanation


def test_delayed_launch_quarter_to_half_year():
    found = analyse_dates(load_articles([DATA / "launch"]))
    (conflict,) = found.conflicts
    assert conflict.kind == "revised"
    assert "2026-H1" in {c.value for c in conflict.claims}
    assert "the third quarter of 2025" in conflict.explanation
    # "had been due to launch in the third quarter" is the article's own history
    assert any(c.article.startswith("l2") and c.value == "2025-Q3" and c.superseded
               for e in found.events for c in e.claims)


def test_undated_article_without_evidence_stays_unknown():
    found = analyse_dates(load_articles([DATA / "undated"]))
    article = found.articles[0]
    assert article.published is None and article.published_basis == "unknown"
    assert any(d.value == "XXXX-WXX-6" for d in found.dates)  # "on Saturday" without an anchor
    assert found.conflicts == ()


def test_bad_knobs_are_refused():
    with pytest.raises(ValueError, match="hemisphere"):
        analyse_dates([], hemisphere="west")
