"""Mirror tests for analysis.ingest.markdown: front matter and markdown bodies to blocks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import RawBlock
from analysis.ingest.markdown import FrontMatterError, markdown_blocks, split_front_matter

# split_front_matter


def test_front_matter_keys_are_lowered_and_dates_stay_strings():
    meta, body = split_front_matter("---\ntitle: Hi\nDate: 2024-01-02\n---\nBody\n")
    assert meta == {"title": "Hi", "date": "2024-01-02"}
    assert body == "Body\n"


def test_front_matter_may_close_with_dots():
    assert split_front_matter("---\noutlet: FT\n...\nBody") == ({"outlet": "FT"}, "Body")


def test_text_without_front_matter_is_unchanged():
    assert split_front_matter("no front matter\n---\n") == ({}, "no front matter\n---\n")


def test_blank_front_matter_is_empty_metadata():
    assert split_front_matter("---\n\n---\nBody") == ({}, "Body")


def test_empty_front_matter_block_is_removed():
    assert split_front_matter("---\n---\nBody") == ({}, "Body")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\n- a\n- b\n---\nx", "must be a YAML mapping"),
        ("---\na: &x 1\nb: *x\n---\nx", "alias"),
        ("---\na: [\n---\nx", "not valid YAML at line 2"),
    ],
)
def test_bad_front_matter_raises(text, message):
    with pytest.raises(FrontMatterError, match=message):
        split_front_matter(text)


def test_front_matter_error_is_a_value_error():
    assert issubclass(FrontMatterError, ValueError)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40).filter(lambda t: not t.startswith("---")))
def test_text_not_opening_with_dashes_has_no_metadata(text):
    assert split_front_matter(text) == ({}, text)


# markdown_blocks


def test_markdown_headline_key_points_paragraph_subheads():
    body = (
        "# Title\n\n- k1\n- k2\n\nPara *em* `code` ![img](x.png) text\nsoft\n\n"
        "## Sub\n\n# Another h1\n\n```\ncode\n```\n\n<div>x</div>\n\n- later item"
    )
    assert markdown_blocks(body) == [
        RawBlock("headline", "Title"),
        RawBlock("key_point", "k1"),
        RawBlock("key_point", "k2"),
        RawBlock("paragraph", "Para em code text soft"),
        RawBlock("subhead", "Sub"),
        RawBlock("subhead", "Another h1"),
        RawBlock("paragraph", "later item"),
    ]


def test_heading_repeating_the_given_title_is_dropped():
    assert markdown_blocks("# Title\n\nPara", title="Title") == [RawBlock("paragraph", "Para")]
    assert markdown_blocks("## Title\n\nPara", title="Title") == [RawBlock("paragraph", "Para")]


def test_with_a_title_a_different_h1_is_a_subhead():
    assert markdown_blocks("# Other\n\nPara", title="Title") == [
        RawBlock("subhead", "Other"),
        RawBlock("paragraph", "Para"),
    ]


def test_ordered_list_before_the_body_is_key_points():
    assert markdown_blocks("1. one\n2. two\n\nBody.") == [
        RawBlock("key_point", "one"),
        RawBlock("key_point", "two"),
        RawBlock("paragraph", "Body."),
    ]


def test_links_keep_their_text_and_empty_body_has_no_blocks():
    assert markdown_blocks("See [the report](http://x.test) now.") == [RawBlock("paragraph", "See the report now.")]
    assert markdown_blocks("") == []


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["# H", "## S", "- item", "Text.", "```\nc\n```", "> quoted", ""]), max_size=8))
def test_markdown_blocks_kinds_and_at_most_one_headline(parts):
    blocks = markdown_blocks("\n\n".join(parts))
    assert all(b.kind in {"headline", "key_point", "subhead", "paragraph"} for b in blocks)
    assert sum(b.kind == "headline" for b in blocks) <= 1
    assert all(b.text and b.text == " ".join(b.text.split()) for b in blocks)
