"""Mirror tests for analysis.text.quotes: quotes and their speakers from the parse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.english import trained_english
from analysis.ingest.sentences import split_sentences
from analysis.model import Article, Block
from analysis.text.quotes import MIN_QUOTE_WORDS, attribute_quotes, sentence_offsets
from analysis.text.spans import quoted_spans


def _article(paragraphs: list[str], headline: str | None = None) -> Article:
    blocks = [Block("headline", headline, (headline,))] if headline else []
    blocks += [Block("paragraph", " ".join(s), tuple(s)) for s in (split_sentences(p) for p in paragraphs)]
    return Article("a", "a.txt", "text", headline, None, None, None, None, "unknown", tuple(blocks))


def _quotes(*paragraphs: str, headline: str | None = None):
    article = _article(list(paragraphs), headline)
    nlp = trained_english()
    return attribute_quotes(article, [nlp(b.text) for b in article.blocks])


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in _quotes(*paragraphs)]


def test_subject_after_the_quote_and_a_following_quote_continues_it():
    first, second = _quotes('"We will act now," the FCA said.', '"It is fine and good."')
    assert (first.text, first.speaker) == ("We will act now", "FCA")
    assert (second.text, second.speaker) == ("It is fine and good.", "FCA")


def test_inverted_said_before_the_name_with_apposition_as_role():
    (quote,) = _quotes('"Prices will rise," said Ines Varga, the agency\'s head of compliance.')
    assert (quote.speaker, quote.role) == ("Ines Varga", "the agency's head of compliance")


def test_subject_before_the_quote_with_its_apposition():
    (quote,) = _quotes(
        'Maria Lopez, the agency\'s head of compliance, told Reuters it would "look closely at all the options".'
    )
    assert (quote.speaker, quote.role) == ("Maria Lopez", "the agency's head of compliance")


def test_title_before_the_name_is_the_role_not_the_name():
    (quote,) = _quotes('"It is over now," Chinese foreign ministry spokesperson Lin Jian told reporters.')
    assert (quote.speaker, quote.role) == ("Lin Jian", "Chinese foreign ministry spokesperson")
    (quote,) = _quotes('"It is over now," Dr. Ann Lee told Reuters.')
    assert quote.speaker == "Ann Lee"


def test_according_to_names_the_speaker():
    (quote,) = _quotes('The rules are "far too strict for us", according to the SEC on Monday.')
    assert quote.speaker == "SEC"


def test_a_spokesperson_speaks_for_the_organisation():
    (quote,) = _quotes('A spokesman for the Treasury said: "We will respond in due course."')
    assert (quote.speaker, quote.role) == ("Treasury", "spokesman")


def test_surname_alone_takes_the_earlier_full_name():
    assert _speakers(
        'Anil Oncu runs it. "The plan is good," said Anil Oncu.',
        "Another thing happened.",
        '"It fails badly today," Oncu said.',
    ) == ["Anil Oncu", "Anil Oncu"]


def test_pronoun_resolves_only_when_one_person_is_in_reach():
    assert _speakers('"We are fine here," he said.') == [None]
    assert _speakers(
        'Maria Lopez spoke first. "Prices will rise," she said.',
        "Markets fell.",
        '"We were right all along," she said.',
    ) == ["Maria Lopez", "Maria Lopez"]


def test_pronoun_with_two_people_in_reach_stays_unnamed_unless_a_title_decides():
    assert _speakers('John Smith met Alex Brown on Monday. "It went well," he said.') == [None]
    assert _speakers('Mr. John Smith met Ms. Alex Brown on Monday. "It went well," she said.') == ["Alex Brown"]


def test_pronoun_after_an_unnamed_speaker_is_not_an_earlier_name():
    assert _speakers(
        'Howard Lutnick called the law "a tax on innovation".',
        'A Dutch member of parliament said the pressure showed why Europe needed rules. '
        '"We will not rewrite our laws," she said.',
    ) == [None, None]


def test_the_firm_is_the_organisation_named_last():
    assert _speakers('Acme Corp launched a fund. "We are very happy," the firm said.') == ["Acme Corp"]


def test_the_quote_sentence_is_the_sentence_it_opens_in_and_offsets_point_at_it():
    article = _article(["First sentence here.", 'Then "one two three four," Bob Hale said.'])
    nlp = trained_english()
    (quote,) = attribute_quotes(article, [nlp(b.text) for b in article.blocks])
    assert quote.sentence == 'Then "one two three four," Bob Hale said.'
    assert quote.speaker == "Bob Hale"
    assert quote.block == 1
    assert article.blocks[1].text[quote.start : quote.end] == "one two three four"


def test_scare_quotes_and_headlines_are_not_quotes():
    assert _quotes('The so-called "sandbox" opened.', headline='Minister: "I was not pressured at all"') == ()


def test_docs_must_match_the_blocks():
    article = _article(["One paragraph."])
    with pytest.raises(ValueError, match="parsed blocks"):
        attribute_quotes(article, [])


def test_sentence_offsets():
    assert sentence_offsets(["Ab.", "Cd e."]) == (0, 4)
    assert sentence_offsets([]) == ()


_sentence = st.sampled_from(
    ['"One two three," she said.', "Plain text here.", 'Bob Hale said: "four five six."', "“a b”", "It’s fine."]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(_sentence, min_size=1, max_size=3), min_size=1, max_size=3))
def test_every_quote_is_a_long_enough_span_at_its_offsets(paragraphs):
    article = _article([" ".join(p) for p in paragraphs])
    nlp = trained_english()
    quotes = attribute_quotes(article, [nlp(b.text) for b in article.blocks])
    expected = sum(len(quoted_spans(b.text, min_words=MIN_QUOTE_WORDS)) for b in article.blocks)
    assert len(quotes) == expected
    for quote in quotes:
        assert quote.block is not None and quote.start is not None and quote.end is not None
        block = article.blocks[quote.block]
        assert quote.sentence in block.sentences
        assert block.text[quote.start : quote.end] == quote.text
        assert quote.text and not quote.text.endswith(",")


def test_an_organisations_name_keeps_a_word_that_is_also_a_title():
    assert _speakers('"Sales will rise next year," General Motors said.') == ["General Motors"]


def test_the_verb_that_governs_the_quote_wins_over_a_later_clause():
    assert _speakers(
        'Sarah Johnson said: "We will act now and fast," but Tom Brown said the plan was flawed.'
    ) == ["Sarah Johnson"]


def test_a_name_in_apposition_is_the_speaker_and_the_noun_its_role():
    (quote,) = _quotes('"We are very pleased," said the company\'s chief executive, Tim Cook.')
    assert (quote.speaker, quote.role) == ("Tim Cook", "the company's chief executive")


def test_any_organisation_noun_without_a_name_is_the_organisation_named_last():
    assert _speakers('Acme Corp launched a fund. "We are very happy," the London-based firm said.') == ["Acme Corp"]


def test_urged_attributes_a_quote_and_a_bare_title_is_no_role():
    (quote,) = _quotes('"We must act on this now," Sarah Johnson urged.')
    assert quote.speaker == "Sarah Johnson"
    (quote,) = _quotes('"It is over now," Mr. Tim Cook said.')
    assert (quote.speaker, quote.role) == ("Tim Cook", None)


def test_many_quotes_in_one_paragraph_cost_in_proportion():
    import time

    def seconds(n: int) -> float:
        paragraph = " ".join(f'"Point number {i} stands," Maria Lopez said.' for i in range(n))
        start = time.perf_counter()
        _quotes(paragraph)
        return time.perf_counter() - start

    small, large = seconds(20), seconds(160)
    assert large < 8 * small * 3  # within three times linear (timing noise), far from quadratic (64x)
