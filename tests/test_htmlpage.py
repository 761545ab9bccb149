"""The HTML around the notebooks: pages that open offline and run nothing."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.htmlpage import CSP, contents_nav, finish_html

PAGE = """<!DOCTYPE html><html><head><title>t</title>
<script src="https://cdn.example/mathjax.js"></script>
<link rel="stylesheet" href="https://cdn.example/x.css">
<!-- Load mathjax --><script>MathJax = {}</script><!-- End of mathjax configuration -->
</head><body><div><h1 id="top">Versions</h1></div>
<h2 id="how">How <em>it</em> works<a class="anchor-link" href="#how">¶</a></h2>
<SCRIPT type="text/javascript">alert(1)</SCRIPT>
<h2 id="quotes">Quotes &amp; speakers</h2></body></html>"""


def test_finish_html_removes_scripts_and_remote_styles_and_adds_the_csp():
    page = finish_html(PAGE)
    assert "<script" not in page.lower() and "mathjax" not in page.lower()
    assert "cdn.example" not in page
    assert page.count(CSP) == 1 and page.index(CSP) < page.index("</head>")


def test_the_contents_list_follows_the_heading_and_links_every_section():
    page = finish_html(PAGE, pages=[("01-a.html", "Articles"), ("02-v.html", "Versions")], current="02-v.html")
    nav_at = page.index("<nav")
    assert page.index("</h1>") < nav_at < page.index('<h2 id="how"')
    nav = page[nav_at:page.index("</nav>")]
    assert "href='#how'>How it works</a>" in nav and "href='#quotes'>Quotes &amp; speakers</a>" in nav
    assert "href='02-v.html' aria-current='page'>Versions</a>" in nav
    assert "href='../index.html'>index</a>" in nav


def test_no_sections_and_no_pages_give_an_empty_nav():
    assert contents_nav("<p>nothing</p>") == "<nav aria-label='Contents' class='briefing-contents'></nav>"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="<>&'\"ab /=script", max_size=40))
def test_page_labels_are_escaped(text):
    nav = contents_nav("", [("p.html", text)])
    assert f">{html.escape(text)}</a>" in nav
    assert "<script" not in nav
