"""Units and tokens the version analysis compares (analysis.versions.text)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from support import make_article

from analysis.model import Article, Block
from analysis.versions.text import Unit, article_units, normalise_typography, punctuation_signature, tokens, words


def test_units_are_headline_subheads_and_sentences_in_reading_order() -> None:
    article = make_article("a", ["First one. Second one.", "Third."], headline="Big news", subheads={1: "More"})
    assert article_units(article) == (
        Unit("headline", "Big news", 0),
        Unit("paragraph", "First one.", 1),
        Unit("paragraph", "Second one.", 1),
        Unit("subhead", "More", 2),
        Unit("paragraph", "Third.", 3),
    )


def test_a_headline_only_in_the_metadata_is_a_unit_too() -> None:
    base = make_article("a", ["Body text."])
    article = Article(**{**base.__dict__, "headline": "  Metadata headline "})
    assert article_units(article)[0] == Unit("headline", "Metadata headline", -1)


def test_blank_blocks_and_sentences_are_no_units() -> None:
    base = make_article("a", ["Kept."])
    blocks = (*base.blocks, Block("paragraph", " ", (" ",)), Block("key_point", "  ", ()))
    article = Article(**{**base.__dict__, "blocks": blocks})
    assert [u.text for u in article_units(article)] == ["Kept."]


def test_normalise_typography_folds_quotes_and_space_only() -> None:
    assert normalise_typography("“Yes,”  she\u00a0said ‘twice’ ") == "\"Yes,\" she said 'twice'"
    assert normalise_typography("colour") != normalise_typography("color")


def test_tokens_keep_their_place_and_words_are_lower_case() -> None:
    text = "The U.S.-based firm’s CEO, 2024"
    toks = tokens(text)
    assert [t.norm for t in toks] == ["the", "u", "s", "based", "firm", "s", "ceo", "2024"]
    assert [text[t.start:t.end] for t in toks][:4] == ["The", "U", "S", "based"]
    assert words(text) == tuple(t.norm for t in toks)


def test_punctuation_signature_folds_dashes_and_quotes() -> None:
    assert punctuation_signature("a — b") == punctuation_signature("a - b") == punctuation_signature("a – b") == "—"
    assert punctuation_signature("“x,” y.") == punctuation_signature('"x," y.') == '",".'
    assert punctuation_signature("x, y.") != punctuation_signature("x. y,")
    assert punctuation_signature("well-known") == "-"  # a hyphen inside a word is no dash


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Å’'.,-_1\u00a0é\ufb01"), max_size=30))
def test_token_offsets_point_at_their_words(text: str) -> None:
    toks = tokens(text)
    for t in toks:
        assert 0 <= t.start < t.end <= len(text)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False))
    folded = unicodedata.normalize("NFKC", text)
    shown = folded if len(folded) == len(text) else text  # offsets stay those of the text
    assert [shown[t.start:t.end].casefold() for t in toks] == [t.norm for t in toks]
    assert all(text[t.start:t.end].strip() for t in toks)
