"""Mirror tests for analysis.onefile: the whole briefing as one page, and its PDF."""

from __future__ import annotations

import os

import pytest

from analysis.htmlpage import CSP, finish_html
from analysis.onefile import CHROMIUM_ENV, find_chromium, one_page, print_pdf


def _page(title: str, body: str) -> str:
    page = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><main>"
            f"<h1>{title}</h1><h2 id='What-it-shows'>What it shows</h2>{body}</main></body></html>")
    return finish_html(page, pages=[("00-a.html", "A"), ("01-b.html", "B")], current="00-a.html")


PAGES = [
    ("00-a.html", "A page", _page("A", "<p>See <a href='01-b.html'>B</a> and <a href='#What-it-shows'>here</a>.</p>")),
    ("01-b.html", "B page", _page("B", "<p>Back to <a href='00-a.html#What-it-shows'>A</a>.</p>")),
]


def test_one_page_holds_every_page_once_as_a_section_with_one_head():
    page = one_page(PAGES, title="The story")
    assert page.count("<head>") == 1 and page.count(CSP) == 1
    assert "<script" not in page
    assert page.count("<section class='briefing-page'") == 2
    assert "<title>The story</title>" in page and "<nav aria-label='Contents' class='briefing-contents'>" not in page


def test_anchors_are_prefixed_and_links_between_pages_become_links_between_sections():
    page = one_page(PAGES, title="T")
    assert 'id="page-00-a-What-it-shows"' in page and 'id="page-01-b-What-it-shows"' in page
    assert 'href="#page-01-b"' in page  # a link to the other page
    assert 'href="#page-00-a-What-it-shows"' in page  # a link into it, and one inside a page


def test_titles_are_escaped_and_no_pages_is_an_error():
    assert "<title>&lt;b&gt;</title>" in one_page(PAGES, title="<b>")
    with pytest.raises(ValueError, match="at least one"):
        one_page([], title="T")


def test_without_chromium_the_pdf_is_not_written_and_the_reason_is_one_line(tmp_path):
    html = tmp_path / "briefing.html"
    html.write_text(one_page(PAGES, title="T"))
    note = print_pdf(html, tmp_path / "briefing.pdf", chromium=str(tmp_path / "no-such-chromium"))
    assert note is not None and "\n" not in note and "briefing.pdf not written" in note
    assert not (tmp_path / "briefing.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.html"]  # no half file left
    assert find_chromium({CHROMIUM_ENV: str(tmp_path / "missing")}) is None


def test_with_chromium_the_pdf_is_printed(tmp_path):
    chromium = find_chromium()
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but no Chromium was found (tests/setup_browser.sh installs it)")
        pytest.skip("no Chromium on this machine")
    html = tmp_path / "briefing.html"
    html.write_text(one_page(PAGES, title="T"))
    assert print_pdf(html, tmp_path / "briefing.pdf") is None
    assert (tmp_path / "briefing.pdf").read_bytes().startswith(b"%PDF")


def test_one_title_and_each_page_one_level_down():
    page = one_page(PAGES, title="T")
    assert page.count("<h1") == 1
    assert page.count("<h2") == 2 and "<h3 id=" in page
