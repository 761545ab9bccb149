"""Saved web pages: the main text and the page's own metadata.

trafilatura finds the article body (leaving out navigation, cookie banners, comments and
related links) and returns it as markdown, which :mod:`analysis.ingest.markdown` then reads
like any markdown article. Title, published date, author and site name come from the page's
metadata (``<meta>`` tags, JSON-LD), not from guesses in the body text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from analysis.ingest.layout import RawBlock
from analysis.ingest.markdown import markdown_blocks

__all__ = ["PageError", "PageMetadata", "read_page"]

_DATE_CONFIG = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


class PageError(ValueError):
    """A page with no main text to read."""


@dataclass(frozen=True)
class PageMetadata:
    """What the page's metadata says about the article."""

    title: str | None
    date: str | None
    author: str | None
    sitename: str | None
    url: str | None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def read_page(html: str) -> tuple[PageMetadata, list[RawBlock]]:
    """The page's metadata and its main text as raw blocks."""
    import trafilatura  # imported here: only web pages need it
    from trafilatura.metadata import extract_metadata

    body = trafilatura.extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
        include_formatting=True,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params=_DATE_CONFIG,
    )
    if not body or not body.strip():
        raise PageError("no main text found in the page")
    meta = extract_metadata(html, date_config=_DATE_CONFIG, extensive=False)
    date = _clean(meta.date) if meta is not None else None
    if date:
        try:
            date = dt.date.fromisoformat(date[:10]).isoformat()
        except ValueError:
            date = None
    metadata = PageMetadata(
        title=_clean(meta.title) if meta is not None else None,
        date=date,
        author=_clean(meta.author) if meta is not None else None,
        sitename=_clean(meta.sitename) if meta is not None else None,
        url=_clean(meta.url) if meta is not None else None,
    )
    return metadata, markdown_blocks(body, title=metadata.title)
