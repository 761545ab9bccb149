"""The HTML around the notebooks: offline pages and the index that links them.

nbconvert's template loads MathJax and mermaid from a CDN; a briefing must open offline and
send no request to any other host, so :func:`finish_html` removes every script (the
briefing's outputs are HTML tables and embedded PNG figures, which need none) and every
stylesheet that points elsewhere, and adds a Content-Security-Policy that forbids scripts
and requests to other hosts even if something slipped through. :func:`index_page` builds ``index.html``; all text in it
that comes from articles is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.findings import Findings
    from analysis.runner import NotebookResult

__all__ = ["finish_html", "contents_nav", "index_page", "CSP", "EXTRA_CSS"]

_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*['\"](?:https?:)?//[^'\"]*['\"][^>]*>", re.IGNORECASE)
_MATHJAX_CONFIG = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL | re.IGNORECASE
)

CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "img-src data:; style-src 'unsafe-inline'; font-src data:\">"
)

EXTRA_CSS = """
<style>
table.briefing { border-collapse: collapse; margin: 0.5em 0 1em; max-width: 100%; }
.jp-RenderedHTMLCommon table.briefing th, .jp-RenderedHTMLCommon table.briefing td,
table.briefing th, table.briefing td { border: 1px solid #ccc; padding: 0.3em 0.5em;
  vertical-align: top; text-align: left !important; max-width: 32em; }
div.table-wrap { overflow-x: auto; max-width: 100%; }
table.briefing caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
.jp-RenderedHTMLCommon, .jp-OutputArea-output { overflow-x: auto; }
img { max-width: 100%; height: auto; }
nav.briefing-contents { border-left: 3px solid #888; padding: 0.2em 1em; margin: 1em 0; }
nav.briefing-contents ul { margin: 0.2em 0; }
figure { margin: 1em 0; } figcaption { font-size: 0.9em; color: #444; }
@media (max-width: 600px) { table.briefing { font-size: 0.85em; } }
@media print { table.briefing { page-break-inside: auto; }
  table.briefing tr { page-break-inside: avoid; } .jp-InputPrompt { display: none; } }
</style>
"""


_H2 = re.compile(
    r'<h2 id=["\'](?P<id>[^"\']+)["\'][^>]*>(?P<title>.*?)(?:<a class="anchor-link"[^>]*>.*?</a>)?</h2>', re.DOTALL
)
_TAGS = re.compile(r"<[^>]+>")
_CURRENT = " aria-current='page'"


def contents_nav(page: str, pages: Sequence[tuple[str, str]] = (), current: str | None = None) -> str:
    """A contents list of the page's sections, and links to the briefing's other pages."""
    items = []
    for match in _H2.finditer(page):
        title = html.unescape(_TAGS.sub("", match.group("title"))).strip()
        if title:
            items.append(f"<li><a href='#{_e(match.group('id'))}'>{_e(title)}</a></li>")
    links = [
        f"<a href='{_e(href)}'{_CURRENT if href == current else ''}>{_e(label)}</a>"
        for href, label in pages
    ]
    other = (f"<p class='briefing-pages'>Briefing: {' · '.join(links)} · <a href='../index.html'>index</a></p>"
             if links else "")
    contents = f"<p><strong>On this page:</strong></p><ul>{''.join(items)}</ul>" if items else ""
    return f"<nav aria-label='Contents' class='briefing-contents'>{other}{contents}</nav>"


def finish_html(page: str, *, pages: Sequence[tuple[str, str]] = (), current: str | None = None) -> str:
    """Make an nbconvert page self-contained (no scripts, nothing from other hosts), and add a
    contents list after the page's heading."""
    page = _MATHJAX_CONFIG.sub("", page)
    page = _SCRIPT.sub("", page)
    page = _REMOTE_LINK.sub("", page)
    nav = contents_nav(page, pages, current)
    if "</h1>" in page:
        end = page.index("</h1>")
        close = page.find("</div>", end)
        at = close + len("</div>") if close != -1 and page.find("<", end + 5) == close else end + len("</h1>")
        page = page[:at] + nav + page[at:]
    page = page.replace("<head>", "<head>\n" + CSP, 1)
    return page.replace("</head>", EXTRA_CSS + "</head>", 1)


def _one_file_line(names: Sequence[str]) -> str:
    """"The whole briefing in one file to send: briefing.html · briefing.pdf", or nothing."""
    if not names:
        return ""
    links = " · ".join(f"<a href='{_e(n)}'>{_e(n)}</a>" for n in names)
    return f"<p>The whole reader briefing in one file to send: {links}.</p>"


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def index_page(
    title: str, findings: Findings, results: Sequence[NotebookResult], labels: dict[str, str] | None = None,
    *, one_file: Sequence[str] = (),
) -> str:
    """``index.html``: the reports, reader and classroom versions, and any failures.

    ``one_file`` names the whole briefing's single files that were written
    (``briefing.html``, ``briefing.pdf``). It carries the same Content-Security-Policy as
    the notebook pages.
    """
    labels = labels or {}
    rows = []
    for result in results:
        label = labels.get(f"{result.name}.html", result.name)
        if result.error:
            rows.append(
                f"<li><strong>{_e(label)}</strong>: not rendered this time "
                f"({_e(result.error)})</li>"
            )
        else:
            rows.append(
                f"<li><strong>{_e(label)}</strong>: "
                f"<a href='reader/{_e(result.name)}.html'>reader version</a> · "
                f"<a href='classroom/{_e(result.name)}.html'>classroom version (with code)</a></li>"
            )
    from analysis.labels import with_short_ids
    from analysis.summary import headline_findings, summary_html

    shown = with_short_ids(findings.to_dict())  # the same article names as the pages
    headlines = summary_html(headline_findings(shown), base="reader/", heading="h3")
    articles = len(findings.articles)
    skipped = len(findings.skipped)
    sides = " and ".join(_e(s) for s in findings.sides)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{CSP}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
  line-height: 1.5; }}
li {{ margin: 0.4em 0; }}
</style>
</head>
<body>
<main>
<h1>{_e(title)}</h1>
<p>A briefing on {articles} article{'s' if articles != 1 else ''} ({skipped} file{'s' if skipped != 1 else ''}
skipped), comparing {sides}. Each part comes in a reader version and a classroom version
that also shows the code. The findings behind every page are in
<a href="findings.json">findings.json</a>.</p>
{_one_file_line(one_file)}
<h2>What the briefing found</h2>
{headlines}
<h2>Contents</h2>
<ol>
{''.join(rows)}
</ol>
</main>
</body>
</html>
"""
