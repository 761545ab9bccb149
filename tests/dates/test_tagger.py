"""The tagger and resolver on phrases from news text (anchor: Wednesday 4 March 2026)."""

from datetime import date

import pytest

from analysis.dates.document import read_dates, split_sentences
from analysis.dates.tense import tense_at

ANCHOR = date(2026, 3, 4)


def _one(sentence, anchor=ANCHOR):
    found = read_dates([sentence], anchor)
    assert len(found) == 1, [(d.text, d.resolved.value) for d in found]
    return found[0]


@pytest.mark.parametrize(
    "sentence, text, kind, value",
    [
        ("The vote will be held on May 7, 2026.", "May 7, 2026", "DATE", "2026-05-07"),
        ("Voters go to the polls on 7 May.", "7 May", "DATE", "2026-05-07"),
        ("They announced it in September.", "September", "DATE", "2025-09"),
        ("It will report by the summer.", "the summer", "DATE", "2026-SU"),
        ("It will report by summer, 2026.", "summer, 2026", "DATE", "2026-SU"),
        ("The panel met in January this year.", "January this year", "DATE", "2026-01"),
        ("It is set to report in March next year.", "March next year", "DATE", "2027-03"),
        ("The regulators met earlier this year.", "earlier this year", "DATE", "2026"),
        ("Talks collapsed last week.", "last week", "DATE", "2026-W09"),
        ("The verdict is expected early next year.", "early next year", "DATE", "2027"),
        ("The launch slipped to the end of September.", "the end of September", "DATE", "2026-09"),
        ("Sales fell in the third quarter of 2025.", "the third quarter of 2025", "DATE", "2025-Q3"),
        ("It was popular in the 1990s.", "the 1990s", "DATE", "199"),
        ("He was jailed for six months.", "six months", "DURATION", "P6M"),
        ("The board meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Prices are rising now.", "now", "DATE", "PRESENT_REF"),
        ("She resigned on Monday.", "Monday", "DATE", "2026-03-02"),
        ("She will resign on Friday.", "Friday", "DATE", "2026-03-06"),
        ("The deal was signed yesterday.", "yesterday", "DATE", "2026-03-03"),
        ("Ten years ago, nobody cared.", "Ten years ago", "DATE", "2016"),
        ("Shares jumped at 3 p.m. Tuesday.", "3 p.m. Tuesday", "TIME", "2026-03-03T15:00"),
        ("The shop closes at Christmas.", "Christmas", "DATE", "2026-12-25"),
        ("Results for Q2 2026 are due.", "Q2 2026", "DATE", "2026-Q2"),
    ],
)
def test_phrases(sentence, text, kind, value):
    found = _one(sentence)
    assert (found.text, found.resolved.type, found.resolved.value) == (text, kind, value)


def test_summer_interval_and_anchor():
    found = _one("The taskforce will report its recommendations by the summer.")
    assert (found.resolved.start, found.resolved.end) == (date(2026, 6, 1), date(2026, 8, 31))
    assert found.resolved.anchor == ANCHOR


def test_anaphoric_expressions_follow_the_narrative():
    found = read_dates(["The firm was founded in 2019.", "A year later, it listed its shares."], ANCHOR)
    assert [d.resolved.value for d in found] == ["2019", "2020"]


def test_weekday_after_last_week_falls_in_that_week():
    found = read_dates(["Last week the minister visited Paris.", "On Tuesday she met the president."], ANCHOR)
    assert [d.resolved.value for d in found] == ["2026-W09", "2026-02-24"]


def test_no_anchor_gives_underspecified_values():
    found = read_dates(["It happened on September 17 and again last week."], None)
    assert [d.resolved.value for d in found] == ["XXXX-09-17", "PAST_REF"]


@pytest.mark.parametrize(
    "sentence, word, tense",
    [("The taskforce will report in March.", "March", "future"),
     ("The regulators met in January.", "January", "past"),
     ("It is set to report its findings in March next year.", "March", "future"),
     ("The launch was postponed until June.", "June", "future")],
)
def test_tense(sentence, word, tense):
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == tense


@pytest.mark.parametrize("text", ["The 2,000 workers struck.", "May we ask?", "He will march on.",
                                  "Markets of the Future", "a 6-year-old boy"])
def test_not_dates(text):
    assert read_dates([text], ANCHOR) == ()


def test_split_sentences_keeps_abbreviations():
    pieces = split_sentences("He met Dr. Smith on Jan. 5. Then he left.")
    assert [s for _, s in pieces] == ["He met Dr. Smith on Jan. 5.", "Then he left."]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Prices rose overnight.", []),  # "overnight" alone names no day
        ("Now that it is over, we rest.", []),
        ("Until now, nothing.", [("now", "PRESENT_REF")]),
        ("Reports come quarterly.", []),  # not in the SET rule's words
        ("Reports come weekly.", [("weekly", "P1W")]),
        ("Summer school starts in July 2026.", [("Summer", "2026-SU"), ("July 2026", "2026-07")]),
        ("Applications close tonight.", [("tonight", "2026-03-04TNI")]),
        ("It was built in the 21st century.", [("the 21st century", "20")]),
        ("It was built in '98.", []),
        ("They met on 3/4/26.", [("3/4/26", "2026-03-04")]),
        ("Sales fell earlier in 2025.", [("2025", "2025")]),
    ],
)
def test_edges_of_the_grammar(text, found):
    assert [(d.text, d.resolved.value) for d in read_dates([text], ANCHOR)] == found
