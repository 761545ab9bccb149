"""Shared text helpers of the split (analysis.split.text): stems, folding, quotation spans."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.split.text import REPORTING_VERBS, STOP_WORDS, fold, inside, nlp, quote_spans, stem


def test_stems_are_spelling_neutral() -> None:
    assert stem("Tokenised") == stem("tokenized") == stem("tokenization") == stem("tokenisation")
    assert stem("organisers") == stem("organizers")
    assert stem("regulators") == stem("regulator")
    assert stem("’sandbox.") == stem("sandbox")


def test_short_words_keep_their_is() -> None:
    # the -ise rule needs three letters before it: "rise" and "wise" are no -ize verbs
    assert stem("rise") != stem("rize")
    assert stem("wise") == "wise"


def test_fold_drops_case_accents_and_full_stops() -> None:
    assert fold("U.S.") == "us"
    assert fold("  Élysée   Palace ") == "elysee palace"
    assert fold("Bank of England") == fold("bank  of ENGLAND")


def test_quote_spans_of_each_kind_of_mark() -> None:
    text = 'He said “we will act” and "soon", calling it ‘a first step’.'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["“we will act”", '"soon"', "‘a first step’"]


def test_apostrophes_are_no_quotes() -> None:
    text = "Britain’s plan, which officials don’t like, is ‘firm’."
    assert [text[s:e] for s, e in quote_spans(text)] == ["‘firm’"]


def test_an_open_quote_runs_to_the_end() -> None:
    text = "She said “this is not over"
    assert quote_spans(text) == [(9, len(text))]


def test_inside() -> None:
    spans = [(2, 5), (8, 9)]
    assert [i for i in range(11) if inside(i, spans)] == [2, 3, 4, 8]
    assert not inside(0, [])


def test_nlp_is_one_shared_blank_pipeline() -> None:
    assert nlp() is nlp()
    assert "ner" not in nlp().pipe_names and "parser" not in nlp().pipe_names  # no trained model
    assert [t.text for t in nlp().make_doc("U.S. regulators' plan")][:2] == ["U.S.", "regulators"]


def test_word_lists() -> None:
    assert {"said", "says", "told"} <= REPORTING_VERBS
    assert "the" in STOP_WORDS


pieces = st.lists(st.sampled_from(["word", " ", "“", "”", '"', "a", ".", "‘", "’", "x's"]), max_size=25)


@settings(max_examples=200, deadline=None)
@given(pieces)
def test_quote_spans_are_sorted_disjoint_and_open_with_a_mark(parts: list[str]) -> None:
    text = "".join(parts)
    spans = quote_spans(text)
    assert spans == sorted(spans)
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s] in "“\"‘"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ab", " ", '"']), max_size=25))
def test_straight_double_quotes_pair_up_in_order(parts: list[str]) -> None:
    """With one kind of mark only, the spans are the marks taken two by two (a naive pairing)."""
    text = "".join(parts)
    marks = [i for i, ch in enumerate(text) if ch == '"']
    naive = [(marks[k], marks[k + 1] + 1) for k in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        naive.append((marks[-1], len(text)))
    assert quote_spans(text) == naive
