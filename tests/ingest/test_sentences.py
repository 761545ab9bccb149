"""Sentence splitting: news abbreviations, quotes, and a property check."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.sentences import split_sentences


def test_abbreviations_and_initials_do_not_split():
    text = ("British and U.S. regulators met in Dec. with J. K. Rowling's lawyers. "
            "Mr. Smith of the U.K. left at 5 p.m. on Friday. He said so.")
    assert split_sentences(text) == [
        "British and U.S. regulators met in Dec. with J. K. Rowling's lawyers.",
        "Mr. Smith of the U.K. left at 5 p.m. on Friday.",
        "He said so.",
    ]


def test_opening_curly_quote_starts_the_next_sentence():
    text = "“It works,” Oncu said. “That has given businesses confidence.” Then he left."
    assert split_sentences(text) == [
        "“It works,” Oncu said.",
        "“That has given businesses confidence.”",
        "Then he left.",
    ]


def test_straight_quotes_stay_with_their_sentence():
    text = 'Firms get "space to test new ideas," the FCA said. Next sentence here.'
    assert split_sentences(text) == ['Firms get "space to test new ideas," the FCA said.', "Next sentence here."]


def test_initialism_ending_a_sentence_splits_before_an_opener():
    assert split_sentences("The talks involve the UK and the U.S. The split is deep.") == [
        "The talks involve the UK and the U.S.",
        "The split is deep.",
    ]


words = st.text(alphabet="abcdefghij", min_size=1, max_size=8)
sentence = st.builds(lambda ws, end: " ".join(ws).capitalize() + end,
                     st.lists(words, min_size=1, max_size=8), st.sampled_from([".", "!", "?"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=6))
def test_splitting_loses_no_text(sentences):
    text = " ".join(sentences)
    parts = split_sentences(text)
    assert " ".join(parts).split() == text.split()
    assert all(p.strip() == p and p for p in parts)


@pytest.mark.parametrize(("matched", "name"), [
    ("Reuters. She", "Reuters"), ("The Guardian.", "The Guardian"), ("the SEC.", "the SEC"),
    ("the U.S. SEC", "the U.S. SEC"), ("J. P. Morgan", "J. P. Morgan"), ("G7. Then", "G7"),
])
def test_a_matched_name_stops_at_the_end_of_its_sentence(matched, name):
    from analysis.ingest.sentences import name_in_sentence

    assert name_in_sentence(matched) == name
