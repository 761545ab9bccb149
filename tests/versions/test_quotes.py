"""Quote integrity (analysis.versions.quotes)."""

from __future__ import annotations

from support import make_article

from analysis.versions.quotes import compare_quotes, quote_spans

FCA = "the FCA said."


def test_wording_and_punctuation_changes_with_speakers() -> None:
    original = make_article(
        "o",
        [
            'Sandboxes give firms "space to test new ideas and helping us understand risks," ' + FCA,
            'The SEC weighs an approach known as "exemptive relief", the sources said.',
            'She said it was "a good day for markets."',
        ],
        quotes=[("space to test new ideas and helping us understand risks,", "FCA")],
    )
    copy = make_article(
        "c",
        [
            'Sandboxes give firms "space to test new ideas and help us understand risks," ' + FCA,
            'The SEC weighs an approach known as "exemptive relief," the sources said.',
            "She said it was \u201ca good day for markets.\u201d",
        ],
        quotes=[("space to test new ideas and help us understand risks,", "FCA")],
    )
    diffs = compare_quotes(original, copy)
    assert [(d.kind, d.source.speaker) for d in diffs] == [("wording", "FCA"), ("punctuation", None)]
    assert "helping us understand" in diffs[0].source.inner and "help us understand" in diffs[0].target.inner
    assert diffs[1].source.shown == '"exemptive relief",' and diffs[1].target.shown == '"exemptive relief,"'


def test_different_quotes_are_not_paired() -> None:
    a = make_article("a", ['"We will cut rates soon," he said.'])
    b = make_article("b", ['"Inflation remains far too high for comfort," she said.'])
    assert compare_quotes(a, b) == ()


def test_spelling_only_quote_change_is_noted() -> None:
    a = make_article("a", ['"We will harmonise the rules," he said.'])
    b = make_article("b", ['"We will harmonize the rules," he said.'])
    (d,) = compare_quotes(a, b)
    assert d.kind == "wording" and d.note and "harmonise -> harmonize" in d.note


def test_apostrophes_open_no_quote() -> None:
    art = make_article("a", ["Trump\u2019s visit was praised, and the \u2018Special Relationship\u2019 was hailed."])
    assert [q.inner for q in quote_spans(art)] == ["Special Relationship"]
