"""tense_at(): the tense of the clause around an expression."""

import pytest

from analysis.dates.tense import TENSES, tense_at


def _at(sentence, phrase):
    start = sentence.index(phrase)
    return tense_at(sentence, start, start + len(phrase))


@pytest.mark.parametrize(
    "sentence, phrase, tense",
    [
        ("The company will launch it in May.", "May", "future"),
        ("The company launched it in May.", "May", "past"),
        ("The board met on Monday.", "Monday", "past"),
        ("It is in May.", "May", "present"),
        ("The vote is expected to take place in May.", "May", "future"),
        ("The summit was postponed until June.", "June", "future"),
        ("The report, which is to be published in June, was delayed.", "June", "future"),
        ("Talks ended two days ago.", "two days ago", "past"),
        ("In May.", "May", None),
        ("He said in May.", "May", None),  # reporting verbs date the statement, not the event
        ("The deal was signed in March; talks will resume in June.", "June", "future"),
    ],
)
def test_tense_at(sentence, phrase, tense):
    assert _at(sentence, phrase) == tense


def test_passive_participle_takes_the_auxiliary_tense():
    assert _at("The plan will be finalised in May.", "May") == "future"
    assert _at("The plan is finalised in May.", "May") == "present"


def test_tenses_are_the_three_answers():
    assert TENSES == ("past", "present", "future")
