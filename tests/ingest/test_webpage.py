"""Mirror tests for analysis.ingest.webpage: a saved page's metadata and main text."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.ingest.layout import RawBlock
from analysis.ingest.webpage import PageError, PageMetadata, read_page

_PARAGRAPHS = (
    "The central bank raised interest rates on Tuesday, surprising many economists who had expected a pause in the cycle of increases.",
    "Shares fell sharply in early trading as investors weighed the decision and its likely effect on borrowing costs for households.",
    "Analysts said the move showed the bank remained worried about inflation, which has stayed well above its target for two years.",
)


def _page(published: str = "2024-03-05T10:00:00Z", *, head_extra: str = "") -> str:
    return f"""<html><head><title>Big News Today | Site</title>
<meta property="og:title" content="Big   News Today">
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="https://example.com/news/big">{head_extra}
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Big News Today</h1>
<p>{_PARAGRAPHS[0]}</p>
<h2>Markets react</h2>
<p>{_PARAGRAPHS[1]}</p>
<p>{_PARAGRAPHS[2]}</p>
</article><footer>Cookie policy. Copyright 2024.</footer></body></html>"""


@pytest.fixture(scope="module")
def page():
    return read_page(_page())


def test_metadata_comes_from_the_page_tags(page):
    metadata, _ = page
    assert metadata == PageMetadata(
        title="Big News Today",
        date="2024-03-05",
        author="Jane Smith",
        sitename="Example Times",
        url="https://example.com/news/big",
    )


def test_main_text_without_navigation_footer_or_repeated_title(page):
    _, blocks = page
    assert blocks == [
        RawBlock("paragraph", _PARAGRAPHS[0]),
        RawBlock("subhead", "Markets react"),
        RawBlock("paragraph", _PARAGRAPHS[1]),
        RawBlock("paragraph", _PARAGRAPHS[2]),
    ]
    assert not any("Cookie" in b.text or "Home" in b.text for b in blocks)


def test_a_date_that_is_not_a_date_is_none():
    metadata, blocks = read_page(_page("not a date"))
    assert metadata.date is None
    assert blocks


def test_metadata_is_frozen(page):
    metadata, _ = page
    with pytest.raises(dataclasses.FrozenInstanceError):
        metadata.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "html", ["<html><body></body></html>", "<html><body><script>var x = 1;</script>  </body></html>"]
)
def test_page_without_main_text_raises(html):
    with pytest.raises(PageError, match="no main text"):
        read_page(html)


def test_page_error_is_a_value_error():
    assert issubclass(PageError, ValueError)
