"""What each date is about, and grouping claims about one event across articles."""

from datetime import date

from analysis.dates.document import read_dates
from analysis.dates.events import FAMILIES, Claim, ClaimSource, Event, build_events, claim_key, cluster, group_claims


def _source(article, sentence, anchor, index=0):
    d = read_dates([sentence], anchor)[index]
    r = d.resolved
    return ClaimSource(
        article=article, text=d.text, value=r.value,
        start=r.start.isoformat() if r.start else None, end=r.end.isoformat() if r.end else None,
        stated_on=anchor.isoformat(), sentence=sentence, span=(d.mention.start, d.mention.end),
        position=(0, d.mention.start), tense=d.tense,
    )


A = _source("a", "The taskforce will report by the summer.", date(2026, 1, 10))
B = _source("b", "The taskforce is expected to report in March.", date(2026, 1, 12))
C = _source("c", "Voters go to the polls on 7 May.", date(2026, 1, 12))


def test_claim_key_finds_family_and_subject():
    key = claim_key(A.sentence, A.span)
    assert key.families == ("report",) and key.primary == "report"
    assert key.subject == "taskforce" and "taskforce" in key.args
    vote = claim_key(C.sentence, C.span)
    assert vote.primary == "vote" and "voter" in vote.args


def test_claim_key_falls_back_to_the_nearest_verb():
    sentence = "Talks collapsed last week."
    start = sentence.index("last week")
    key = claim_key(sentence, (start, start + len("last week")))
    assert key.families == ("~collaps",) and key.noun_phrase == "collapsed"


def test_cluster_groups_by_event_in_source_order():
    assert cluster([A, B, C]) == [[0, 1], [2]]
    assert cluster([]) == []


def test_build_events_labels_and_ids():
    events = build_events([A, B, C], [[0, 1], [2]])
    assert [e.id for e in events] == ["taskforce-report", "polls-vote"]
    first = events[0]
    assert isinstance(first, Event) and all(isinstance(c, Claim) for c in first.claims)
    assert first.label == "the taskforce reports"
    assert first.phrase("past") == "the taskforce reported"
    assert first.phrase("would") == "the taskforce would report"
    assert [c.article for c in first.claims] == ["a", "b"]
    assert first.to_dict()["claims"][0]["value"] == "2026-SU"


def test_duplicate_ids_are_numbered():
    events = build_events([A, B], [[0], [1]])
    assert [e.id for e in events] == ["taskforce-report", "taskforce-report-2"]


def test_group_claims_orders_by_article_then_position():
    assert [e.id for e in group_claims([C, B, A])] == ["taskforce-report", "polls-vote"]


def test_superseded_claims_are_marked():
    s = _source("d", "The vote, originally set for May 7, will take place on June 4.", date(2026, 1, 12))
    later = _source("d", s.sentence, date(2026, 1, 12), index=1)
    (event,) = build_events([s, later], [[0, 1]])
    assert [(c.text, c.superseded) for c in event.claims] == [("May 7", True), ("June 4", False)]


def test_families_have_unique_names():
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names))
