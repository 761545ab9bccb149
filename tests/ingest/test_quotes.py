"""Mirror tests for analysis.ingest.quotes: quoted spans and their speakers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.quotes import QuotedSpan, find_quotes, quoted_spans
from analysis.model import Quote

# quoted_spans


def test_straight_and_curly_double_quotes_and_scare_quotes():
    paragraph = 'He said "one two three" and "so-called" then “four five six seven”.'
    assert quoted_spans(paragraph) == [
        QuotedSpan(9, 22, "one two three"),
        QuotedSpan(46, 65, "four five six seven"),
    ]


def test_curly_single_quotes_need_three_words_and_skip_apostrophes():
    assert quoted_spans("‘one two three’ and it’s ‘a b’") == [QuotedSpan(1, 14, "one two three")]
    assert quoted_spans("‘it’s a fine day’ now") == [QuotedSpan(1, 16, "it’s a fine day")]


def test_unclosed_quote_runs_to_the_end():
    assert quoted_spans('"unclosed one two three') == [QuotedSpan(1, 23, "unclosed one two three")]


def test_min_words_can_be_lowered():
    assert quoted_spans('a "so-called" b', min_words=1) == [QuotedSpan(3, 12, "so-called")]


def test_no_quotes_no_spans():
    assert quoted_spans("") == []
    assert quoted_spans("Nothing quoted here at all.") == []


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet='ab c"“”‘’.', max_size=40), st.integers(min_value=1, max_value=4))
def test_spans_are_ordered_inside_and_long_enough(paragraph, min_words):
    spans = quoted_spans(paragraph, min_words=min_words)
    previous_end = -1
    for span in spans:
        assert 0 < span.start <= span.end <= len(paragraph)
        assert span.start > previous_end
        assert span.text == paragraph[span.start : span.end].strip()
        assert len(span.text.split()) >= min_words
        previous_end = span.end


# find_quotes


def test_speaker_after_the_quote_and_a_following_quote_continues_it():
    assert find_quotes([['"We will act now," the FCA said.'], ['"It is fine and good."']]) == [
        Quote("We will act now", "FCA", '"We will act now," the FCA said.'),
        Quote("It is fine and good.", "FCA", '"It is fine and good."'),
    ]


def test_said_before_the_name():
    (quote,) = find_quotes([['"Prices will rise," said Ines Varga, an economist.']])
    assert (quote.text, quote.speaker) == ("Prices will rise", "Ines Varga")


def test_speaker_before_the_quote():
    (quote,) = find_quotes([['Ines Varga said: "This is very bad news."']])
    assert quote == Quote("This is very bad news.", "Ines Varga", 'Ines Varga said: "This is very bad news."')


def test_honorific_and_told_outlet_are_dropped_from_the_speaker():
    (quote,) = find_quotes([['"It is over now," Dr. Ann Lee told Reuters.']])
    assert quote.speaker == "Ann Lee"


def test_according_to_names_the_speaker():
    (quote,) = find_quotes([['The rules are "far too strict for us", according to the SEC on Monday.']])
    assert quote.speaker == "SEC"


def test_according_to_at_the_end_of_a_sentence_drops_the_full_stop():
    (quote,) = find_quotes([['The rules are "far too strict for us", according to the SEC.']])
    assert quote.speaker == "SEC"


def test_surname_alone_takes_the_earlier_full_name():
    quotes = find_quotes(
        [
            ["Anil Oncu runs it.", '"The plan is good," said Anil Oncu.'],
            ["Another thing happened."],
            ['"It fails badly today," Oncu said.'],
        ]
    )
    assert [q.speaker for q in quotes] == ["Anil Oncu", "Anil Oncu"]


def test_pronoun_takes_the_previous_speaker_or_none():
    assert find_quotes([['"We are fine here," he said.']])[0].speaker is None
    quotes = find_quotes(
        [
            ['"Prices will rise," said Ines Varga.'],
            ["Markets fell."],
            ["Later on.", '"We were right all along," she said.'],
        ]
    )
    assert [q.speaker for q in quotes] == ["Ines Varga", "Ines Varga"]


def test_the_firm_takes_the_name_that_opens_an_earlier_sentence():
    quotes = find_quotes([["Acme Corp launched a fund.", '"We are very happy," the firm said.']])
    assert quotes[0].speaker == "Acme Corp"


def test_quote_sentence_is_the_sentence_it_opens_in():
    (quote,) = find_quotes([["First sentence here.", 'Then "one two three four," Bob said.']])
    assert quote.sentence == 'Then "one two three four," Bob said.'
    assert quote.speaker == "Bob"


def test_no_paragraphs_no_quotes():
    assert find_quotes([]) == []
    assert find_quotes([["No quotes in this one."]]) == []


_sentence = st.sampled_from(
    ['"One two three," she said.', "Plain text here.", 'Bob said: "four five six."', "“a b”", "It’s fine."]
)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(_sentence, min_size=1, max_size=3), max_size=4))
def test_every_quote_comes_from_a_span_in_its_sentence(paragraphs):
    quotes = find_quotes(paragraphs)
    sentences = [s for p in paragraphs for s in p]
    assert len(quotes) == sum(len(quoted_spans(" ".join(p))) for p in paragraphs)
    for quote in quotes:
        assert quote.sentence in sentences
        assert quote.text and not quote.text.endswith(",")
