"""Mirror tests for analysis.dates.clauses: a date's tense from the verb it attaches to."""

from __future__ import annotations

import pytest

from analysis.dates.clauses import clause_tense, read_with_parse, with_clause_tense
from analysis.dates.document import tag_sentences
from analysis.english import trained_english


def _tenses(sentence: str) -> dict[str, str | None]:
    doc = trained_english()(sentence)
    out = {}
    for t in tag_sentences([sentence]):
        span = doc.char_span(t.mention.start, t.mention.end, alignment_mode="expand")
        out[t.mention.text] = clause_tense(span)
    return out


@pytest.mark.parametrize(
    ("sentence", "date", "tense"),
    [
        ("The regulator ordered the company to withdraw the product by Jan. 20.", "Jan. 20", "future"),
        ("The minister has invited them to a ceremony on June 3.", "June 3", "past"),
        ("The talks failed, the minister said at a press conference on Tuesday.", "Tuesday", "past"),
        ("The committee will publish its report in March.", "March", "future"),
        ("The company extended its offer to Nov. 20.", "Nov. 20", "future"),
        ("Dunkin has set Nov. 10 as the deadline for bids.", "Nov. 10", "future"),
        ("The vote is scheduled for Thursday.", "Thursday", "future"),
        ("The plan, unveiled Monday, was welcomed.", "Monday", "past"),
        ("Concern about the chip may have been responsible for the fall on Wednesday.", "Wednesday", "past"),
    ],
)
def test_the_verb_the_date_attaches_to_gives_its_tense(sentence, date, tense):
    assert _tenses(sentence)[date] == tense


def test_a_date_that_only_modifies_a_noun_has_no_tense_of_its_own():
    assert _tenses("The firm is still trying to sell itself under a June agreement.")["June"] is None


def test_the_word_based_tense_stands_where_the_parse_says_nothing():
    sentence = "The firm is still trying to sell itself under a June agreement."
    tagged = tag_sentences([sentence])
    assert with_clause_tense(tagged, [None]) == tagged
    parsed = with_clause_tense(tagged, [trained_english()(sentence)[:]])
    assert [t.tense for t in parsed] == [t.tense for t in tagged]


def test_read_with_parse_drops_names_and_reads_tenses():
    sentence = "Jan Kowalski said on Monday the vote will be held on Friday."
    (kept_monday, kept_friday) = read_with_parse(tag_sentences([sentence]), [trained_english()(sentence)[:]])
    assert (kept_monday.mention.text, kept_monday.tense) == ("Monday", "past")
    assert (kept_friday.mention.text, kept_friday.tense) == ("Friday", "future")


@pytest.mark.parametrize(
    ("sentence", "date", "tense"),
    [
        ("Representatives could not be reached for comment on Monday.", "Monday", None),
        ("The payment, which had been due on March 5, was made.", "March 5", "past"),
        ("The payment is due on March 5.", "March 5", "future"),
    ],
)
def test_negated_modals_and_a_past_due(sentence, date, tense):
    assert _tenses(sentence)[date] == tense
