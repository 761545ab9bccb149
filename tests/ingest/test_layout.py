"""Mirror tests for analysis.ingest.layout: blocks, datelines, bylines, outlet clues."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest import read_article
from analysis.ingest.layout import (
    Layout,
    RawBlock,
    finish_layout,
    parse_closing_byline,
    parse_dateline,
    split_date_marker,
    text_blocks,
)

KINDS = {"headline", "key_point", "subhead", "paragraph"}


# split_date_marker


def test_date_marker_is_split_from_the_rest():
    assert split_date_marker("date 2024-05-01 Hello") == ("2024-05-01", "Hello")


def test_date_marker_is_case_insensitive_and_not_validated():
    assert split_date_marker("  DATE 2024/99/01") == ("2024/99/01", "")


def test_text_without_a_marker_is_unchanged():
    assert split_date_marker("Hello date 2024-05-01") == (None, "Hello date 2024-05-01")
    assert split_date_marker("date tomorrow") == (None, "date tomorrow")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40))
def test_split_date_marker_without_a_value_returns_the_text(text):
    value, rest = split_date_marker(text)
    if value is None:
        assert rest == text
    else:
        assert value[0].isdigit()
        assert text.endswith(rest)


# text_blocks


def test_text_blocks_headline_key_points_subhead_paragraphs():
    text = (
        "Big headline here\n\n- point one\n- point two\n\n"
        "First para line\nwraps here and continues on and on past eighty chars of text which\nis joined.\n\n"
        "Subhead\n\nLast para."
    )
    assert text_blocks(text) == [
        RawBlock("headline", "Big headline here"),
        RawBlock("key_point", "point one"),
        RawBlock("key_point", "point two"),
        RawBlock("paragraph", "First para line"),
        RawBlock("paragraph", "wraps here and continues on and on past eighty chars of text which is joined."),
        RawBlock("subhead", "Subhead"),
        RawBlock("paragraph", "Last para."),
    ]


def test_a_single_line_is_a_paragraph_not_a_headline():
    assert text_blocks("Only one line") == [RawBlock("paragraph", "Only one line")]


def test_first_line_ending_in_a_full_stop_is_not_a_headline():
    blocks = text_blocks("This is a sentence.\n\nAnother one.")
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]


def test_dateline_opening_is_not_taken_for_a_headline():
    blocks = text_blocks("LONDON (Reuters) - Banks fell\n\nMore text.")
    assert blocks[0].kind == "paragraph"


@pytest.mark.parametrize(
    "headline",
    [
        "EDITORIAL: A DECISION ON THE BUDGET",
        "Minister: 'I was not pressured'",
        "Analysis: Why the talks failed",
        "GAZA: Ceasefire talks resume in Cairo",
        "EXCLUSIVE: Minister quits over leak",
        "US, UK split on crypto collaboration: Can Bitcoin help?",
    ],
)
def test_a_headline_with_a_colon_stays_a_headline(headline):
    blocks = text_blocks(f"{headline}\n\nThe council voted on Monday.")
    assert blocks == [RawBlock("headline", headline), RawBlock("paragraph", "The council voted on Monday.")]
    assert finish_layout(blocks).dateline is None


@pytest.mark.parametrize(
    "first",
    [
        "WASHINGTON (AP) -- Senate passes the budget",
        "WASHINGTON -- Senate passes the budget",
        "LONDON, March 4: Banks fell",
        "NEW YORK (Reuters) --",
    ],
)
def test_a_dateline_with_a_dash_date_or_outlet_is_not_a_headline(first):
    blocks = text_blocks(f"{first}\n\nMore text.")
    assert blocks[0] == RawBlock("paragraph", first)


def test_bullets_after_the_body_starts_are_paragraphs():
    blocks = text_blocks("A paragraph.\n\n- a bullet\n1. numbered")
    assert blocks == [
        RawBlock("paragraph", "A paragraph."),
        RawBlock("paragraph", "a bullet"),
        RawBlock("paragraph", "numbered"),
    ]


def test_empty_text_has_no_blocks():
    assert text_blocks("") == []
    assert text_blocks("\n\n  \n") == []


_lines = st.lists(
    st.one_of(
        st.just(""),
        st.text(alphabet="abc XYZ.,-*\t", min_size=1, max_size=30),
    ),
    max_size=12,
)


@settings(max_examples=50, deadline=None)
@given(_lines)
def test_text_blocks_kinds_and_texts_are_clean(lines):
    text = "\n".join(lines)
    blocks = text_blocks(text)
    assert all(b.kind in KINDS for b in blocks)
    assert all("\n" not in b.text and b.text == b.text.strip() for b in blocks)
    assert sum(b.kind == "headline" for b in blocks) <= 1
    if blocks and blocks[0].kind != "headline":
        assert all(b.kind != "headline" for b in blocks)


# parse_dateline


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("LONDON (Reuters) - The bank said.", ("LONDON", "Reuters", "The bank said.")),
        ("Brussels, May 12 - EU said.", ("Brussels, May 12", None, "EU said.")),
        ("LONDON/PARIS: Hello", ("LONDON/PARIS", None, "Hello")),
        ("WASHINGTON, Jan. 3, 2024 — Officials met.", ("WASHINGTON, Jan. 3, 2024", None, "Officials met.")),
    ],
)
def test_parse_dateline_finds_place_date_outlet(paragraph, expected):
    assert parse_dateline(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("WASHINGTON, March 12 (AP) -- The Senate voted.", ("WASHINGTON, March 12", "AP", "The Senate voted.")),
        ("WASHINGTON (AP) -- The Senate voted.", ("WASHINGTON", "AP", "The Senate voted.")),
        ("BEIJING, Feb. 3 (Xinhua) -- China said.", ("BEIJING, Feb. 3", "Xinhua", "China said.")),
        ("NEW YORK (Reuters) -- Stocks rose.", ("NEW YORK", "Reuters", "Stocks rose.")),
        ("WASHINGTON (AP)--The Senate voted.", ("WASHINGTON", "AP", "The Senate voted.")),
        ("WASHINGTON--The Senate voted.", ("WASHINGTON", None, "The Senate voted.")),
        ("WASHINGTON — The Senate voted.", ("WASHINGTON", None, "The Senate voted.")),
        ("WASHINGTON—The Senate voted.", ("WASHINGTON", None, "The Senate voted.")),
        ("WASHINGTON – The Senate voted.", ("WASHINGTON", None, "The Senate voted.")),
        ("SAN FRANCISCO -- eBay said.", ("SAN FRANCISCO", None, "eBay said.")),
        ("KUALA LUMPUR, Malaysia (Reuters) - Shares fell.", ("KUALA LUMPUR, Malaysia", "Reuters", "Shares fell.")),
        ("PORTLAND, Ore. -- Police said.", ("PORTLAND, Ore.", None, "Police said.")),
        ("LONDON, England -- Police said.", ("LONDON, England", None, "Police said.")),
        ("BELFAST, Northern Ireland (AP)_ Police said.", ("BELFAST, Northern Ireland", "AP", "Police said.")),
        ("NEWARK, N.J. _ A task force met.", ("NEWARK, N.J.", None, "A task force met.")),
        ("THE HAGUE, Netherlands (AP)_ The court ruled.", ("THE HAGUE, Netherlands", "AP", "The court ruled.")),
        ("O'SMACH, Cambodia (AP)_ A commander said.", ("O'SMACH, Cambodia", "AP", "A commander said.")),
        ("WINSTON-SALEM, N.C. (AP) — A man was held.", ("WINSTON-SALEM, N.C.", "AP", "A man was held.")),
        ("SÃO PAULO (Reuters) - Brazil said.", ("SÃO PAULO", "Reuters", "Brazil said.")),
        ("LONDON, 12 March 2024 (Reuters) - Banks fell.", ("LONDON, 12 March 2024", "Reuters", "Banks fell.")),
        ("LONDON/PARIS, March 4 : Hello", ("LONDON/PARIS, March 4", None, "Hello")),
        ("BRUSSELS, May 12 (Outlet) - EU said.", ("BRUSSELS, May 12", "Outlet", "EU said.")),
        ('CHICAGO -- "We won," he said.', ("CHICAGO", None, '"We won," he said.')),
    ],
)
def test_parse_dateline_reads_wire_formats(paragraph, expected):
    assert parse_dateline(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("NEW YORK (Reuters) --", ("NEW YORK", "Reuters", "")),
        ("WASHINGTON, March 12 —", ("WASHINGTON, March 12", None, "")),
    ],
)
def test_a_dateline_on_its_own_line_needs_a_date_or_an_outlet(paragraph, expected):
    assert parse_dateline(paragraph) == expected
    assert parse_dateline("WASHINGTON --") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Prices - which rose last year - fell.",
        "The plan -- first floated in May -- was dropped.",
        "Officials -- and their aides -- left.",
        "NATO -- the alliance's chief -- said so.",
        "NASA — which built the probe — said.",
        "Apple (AAPL) -- Shares rose.",
        "EXCLUSIVE: The minister resigned on Monday.",
        "BREAKING -- The minister resigned.",
        "EDITORIAL: A DECISION ON THE BUDGET",
        "SENATE PASSES BUDGET -- AGAIN",
        "Minister: 'I was not pressured'",
        "Bonds: Treasury index 3406.31, off 19.29.",
        "NOTE:",
    ],
)
def test_ordinary_openings_with_a_dash_or_colon_are_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="AB ab,.:-—_()12\n", max_size=40))
def test_parse_dateline_rest_is_the_end_of_the_paragraph(paragraph):
    parsed = parse_dateline(paragraph)
    if parsed is not None:
        dateline, _outlet, rest = parsed
        assert paragraph.endswith(rest)
        assert paragraph.startswith(dateline.split(",")[0])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Brussels - EU said.",
        "Brussels (AFP) - EU said.",
        "The bank said",
        "UK - short",
        "LONDON -",
        "lower case - text",
    ],
)
def test_parse_dateline_needs_capitals_or_a_date(paragraph):
    assert parse_dateline(paragraph) is None


# parse_closing_byline


def test_closing_byline_with_a_possessive_outlet():
    assert parse_closing_byline("Jane Smith is the BBC's economics correspondent.") == ("Jane Smith", "BBC")


def test_closing_byline_without_an_outlet():
    assert parse_closing_byline("Jane Smith is a freelance writer.") == ("Jane Smith", None)


def test_closing_byline_outlet_after_at_has_no_full_stop():
    assert parse_closing_byline("Jane Smith is a reporter at The Guardian.") == ("Jane Smith", "The Guardian")


@pytest.mark.parametrize(
    "paragraph",
    ["Reporting by Jane Smith and Bob Jones; editing by Sam Lee", "(Reporting by Jane Smith, Bob Jones)"],
)
def test_reporting_by_names_are_joined(paragraph):
    assert parse_closing_byline(paragraph) == ("Jane Smith and Bob Jones", None)


def test_ordinary_sentence_is_not_a_byline():
    assert parse_closing_byline("The bank said it would act.") is None


# finish_layout


def test_finish_layout_takes_byline_dateline_trailer_and_clues():
    layout = finish_layout(
        [
            RawBlock("headline", "H"),
            RawBlock("paragraph", "By Jane Smith"),
            RawBlock("paragraph", "LONDON (Reuters) - The bank told The Times it was fine."),
            RawBlock("paragraph", "Reporting by Bob Jones"),
        ]
    )
    assert layout == Layout(
        blocks=(RawBlock("headline", "H"), RawBlock("paragraph", "The bank told The Times it was fine.")),
        dateline="LONDON",
        dateline_outlet="Reuters",
        byline="Jane Smith",
        byline_outlet=None,
        outlet_clues=("told The Times",),
    )


def test_closing_byline_gives_byline_and_outlet_when_no_opening_byline():
    layout = finish_layout(
        [RawBlock("paragraph", "Text here."), RawBlock("paragraph", "Ann Lee is the FT's Paris correspondent.")]
    )
    assert layout.byline == "Ann Lee"
    assert layout.byline_outlet == "FT"
    assert layout.blocks == (RawBlock("paragraph", "Text here."),)


def test_a_lone_by_line_is_kept_as_text():
    layout = finish_layout([RawBlock("paragraph", "By Jane Smith")])
    assert layout.byline is None
    assert layout.blocks == (RawBlock("paragraph", "By Jane Smith"),)


def test_dateline_only_paragraph_is_dropped():
    layout = finish_layout([RawBlock("paragraph", "LONDON: x"), RawBlock("paragraph", "More.")])
    assert layout.dateline == "LONDON"
    assert layout.blocks == (RawBlock("paragraph", "x"), RawBlock("paragraph", "More."))


def test_a_dateline_on_its_own_line_is_dropped_and_gives_the_outlet():
    layout = finish_layout(text_blocks("Senate passes budget\n\nWASHINGTON (AP) --\nThe Senate voted.\n\nMore."))
    assert (layout.dateline, layout.dateline_outlet) == ("WASHINGTON", "AP")
    assert layout.blocks == (
        RawBlock("headline", "Senate passes budget"),
        RawBlock("paragraph", "The Senate voted."),
        RawBlock("paragraph", "More."),
    )


def test_told_clues_are_unique_and_lose_full_stops():
    layout = finish_layout(
        [
            RawBlock("paragraph", "He told Reuters on Monday."),
            RawBlock("paragraph", "She told Reuters."),
            RawBlock("paragraph", "They told The Times."),
        ]
    )
    assert layout.outlet_clues == ("told Reuters", "told The Times")


def test_told_clue_stops_at_the_end_of_its_sentence():
    layout = finish_layout([RawBlock("paragraph", "He told Reuters. She agreed.")])
    assert layout.outlet_clues == ("told Reuters",)


def test_finish_layout_of_nothing():
    assert finish_layout([]) == Layout(blocks=())


_block = st.builds(
    RawBlock,
    st.sampled_from(sorted(KINDS)),
    st.sampled_from(
        [
            "By Jane Smith",
            "LONDON - Text.",
            "Plain text.",
            "Reporting by Bob",
            "He told Reuters.",
            "Ann Lee is a reporter.",
        ]
    ),
)


@settings(max_examples=50, deadline=None)
@given(st.lists(_block, max_size=8))
def test_finish_layout_never_adds_blocks(blocks):
    layout = finish_layout(blocks)
    assert len(layout.blocks) <= len(blocks)
    assert all(b.kind in KINDS and b.text.strip() for b in layout.blocks)
    assert all(clue.startswith("told ") for clue in layout.outlet_clues)


# through read_article


@pytest.mark.parametrize(
    ("text", "headline", "dateline", "outlet", "opening"),
    [
        (
            "EDITORIAL: A DECISION ON THE BUDGET\n\nWASHINGTON, March 12 (AP) -- The Senate voted on Tuesday"
            " to pass the budget.\n\nThe House votes next week.\n",
            "EDITORIAL: A DECISION ON THE BUDGET",
            "WASHINGTON, March 12",
            "AP",
            "The Senate voted on Tuesday to pass the budget.",
        ),
        (
            "\nMOSCOW (AP)_ The mayor of Moscow has allocated funds for a museum, a news agency said Friday."
            " The museum opens next year.\n",
            None,
            "MOSCOW",
            "AP",
            "The mayor of Moscow has allocated funds for a museum, a news agency said Friday.",
        ),
    ],
)
def test_read_article_takes_the_wire_dateline_and_outlet(tmp_path, text, headline, dateline, outlet, opening):
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    assert (article.headline, article.dateline, article.outlet) == (headline, dateline, outlet)
    first = next(b for b in article.blocks if b.kind == "paragraph")
    assert first.sentences[0] == opening
