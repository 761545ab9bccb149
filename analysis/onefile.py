"""One file to send: the reader pages as one self-contained page, and a PDF printed from it.

:func:`one_page` joins the reader pages (``reader/NN-name.html``) into ``briefing.html``: one
head (the pages' styles and Content-Security-Policy, so still no scripts and no requests to
other hosts), a contents list, then each page's body as a section that starts on a new
printed page, its headings one level down under the briefing's own title. Figures are
already embedded in the pages as ``data:`` images. Anchors are
prefixed with their page so that two pages' "What it shows" do not clash, and links between
pages become links between sections.

:func:`print_pdf` prints that page with headless Chromium, when Chromium is on this machine
(``$BRIEFING_CHROMIUM``, else ``chromium`` or ``chromium-browser``); without it, it says in
one line what to install and the briefing is written without the PDF.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from analysis.findings import FILE_MODE
from analysis.htmlpage import CSP

__all__ = ["CHROMIUM_ENV", "PDF_TIMEOUT", "find_chromium", "one_page", "print_pdf"]

CHROMIUM_ENV = "BRIEFING_CHROMIUM"
PDF_TIMEOUT = 120  # seconds; a briefing prints in a few

_HEAD = re.compile(r"<head>(?P<head>.*?)</head>", re.DOTALL | re.IGNORECASE)
_MAIN = re.compile(r"<main>(?P<main>.*?)</main>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL | re.IGNORECASE)
_NAV = re.compile(r"<nav aria-label='Contents' class='briefing-contents'>.*?</nav>", re.DOTALL)
_ID = re.compile(r"""\bid=(["'])(?P<id>[^"']+)\1""")
_HREF = re.compile(r"""\bhref=(["'])(?P<href>[^"']*)\1""")
_HEADING = re.compile(r"<(?P<close>/?)h(?P<level>[1-5])\b", re.IGNORECASE)
_PRINT_CSS = """
<style>
section.briefing-page { break-before: page; }
section.briefing-page:first-of-type { break-before: auto; }
nav.briefing-onefile { border-left: 3px solid #888; padding: 0.2em 1em; margin: 1em 0; }
</style>
"""


def _anchor(page: str) -> str:
    return "page-" + re.sub(r"[^A-Za-z0-9_-]", "-", Path(page).stem)


def _relink(body: str, page: str, names: set[str]) -> str:
    """Anchors of ``page`` prefixed with it; links to another page point at its section."""
    prefix = _anchor(page)

    def ident(match: re.Match[str]) -> str:
        return f'id="{prefix}-{match.group("id")}"'

    def link(match: re.Match[str]) -> str:
        href = html.unescape(match.group("href"))
        target, _, fragment = href.partition("#")
        if not target and fragment:
            return f'href="#{prefix}-{html.escape(fragment, quote=True)}"'
        if target in names:
            inner = f"-{fragment}" if fragment else ""
            return f'href="#{_anchor(target)}{html.escape(inner, quote=True)}"'
        return match.group(0)

    return _HREF.sub(link, _ID.sub(ident, body))


def one_page(pages: Sequence[tuple[str, str, str]], *, title: str) -> str:
    """The reader pages as one page; ``pages`` are ``(file name, label, page html)`` in order."""
    if not pages:
        raise ValueError("one_page needs at least one reader page")
    head_match = _HEAD.search(pages[0][2])
    head = head_match.group("head") if head_match else CSP
    if CSP not in head:
        head = CSP + head
    head = _TITLE.sub("", head) + f"<title>{html.escape(title)}</title>" + _PRINT_CSS
    names = {name for name, _, _ in pages}
    contents = "".join(f"<li><a href='#{_anchor(name)}'>{html.escape(label)}</a></li>" for name, label, _ in pages)
    sections = []
    for name, _label, page in pages:
        found = _MAIN.search(page)
        body = _NAV.sub("", found.group("main") if found else "")
        body = _HEADING.sub(lambda m: f"<{m.group('close')}h{int(m.group('level')) + 1}", body)  # one h1 a page
        sections.append(f"<section class='briefing-page' id='{_anchor(name)}'>{_relink(body, name, names)}</section>")
    return (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>" + head + "</head>\n"
        "<body class='jp-Notebook' data-jp-theme-light='true' data-jp-theme-name='JupyterLab Light'>\n<main>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        "<nav aria-label='Contents' class='briefing-onefile'><p><strong>Contents:</strong></p>"
        f"<ul>{contents}</ul></nav>\n"
        + "\n".join(sections) + "\n</main>\n</body>\n</html>\n"
    )


def find_chromium(environ: dict[str, str] | None = None) -> str | None:
    """The Chromium to print with: ``$BRIEFING_CHROMIUM``, else one on the PATH, else None."""
    env = os.environ if environ is None else environ
    named = env.get(CHROMIUM_ENV)
    if named:
        return named if os.access(named, os.X_OK) else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(page: Path, pdf: Path, *, chromium: str | None = None) -> str | None:
    """Print ``page`` to ``pdf`` with headless Chromium; None when done, else the one-line reason.

    The PDF is written beside its target first and moved into place, so a failed print
    leaves no half file.
    """
    browser = chromium or find_chromium()
    if browser is None:
        return (f"briefing.pdf not written: no Chromium found (install chromium, or set {CHROMIUM_ENV} "
                "to a Chromium or Chrome program)")
    fd, tmp = tempfile.mkstemp(prefix=f".{pdf.name}.", suffix=".tmp", dir=pdf.parent)
    os.close(fd)
    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                   f"--user-data-dir={profile}", f"--print-to-pdf={tmp}", page.resolve().as_uri()]
        try:
            subprocess.run(command, capture_output=True, timeout=PDF_TIMEOUT, check=True)
        except (OSError, subprocess.SubprocessError) as exc:
            Path(tmp).unlink(missing_ok=True)
            return f"briefing.pdf not written: Chromium could not print the briefing ({type(exc).__name__})"
    if Path(tmp).stat().st_size == 0:
        Path(tmp).unlink(missing_ok=True)
        return "briefing.pdf not written: Chromium printed nothing"
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, pdf)
    return None
