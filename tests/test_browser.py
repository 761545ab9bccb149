"""The rendered briefing in a real headless browser: nothing from an article runs, no request
leaves the page, no console error appears, and every figure shows.

Chromium comes from Debian's packages (tests/setup_browser.sh, run by `make test`);
Playwright drives it. Without Chromium these tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from analysis.onefile import find_chromium

pytestmark = pytest.mark.slow

EVIL = "<script>window.__pwned = 1; document.title = 'PWNED'</script>"
EVIL_IMG = '<img src=x onerror="window.__pwned = 2">'


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        message = "Debian chromium is not installed (tests/setup_browser.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=executable,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    articles = tmp_path_factory.mktemp("hostile")
    (articles / "evil.txt").write_text(
        f"date 2026-01-05 Regulators {EVIL} clash {EVIL_IMG}\n\n"
        f"LONDON, Jan 5 (Evil Wire) - The FCA said the plan was {EVIL} risky, officials said.\n\n"
        f"\"This {EVIL_IMG} is a quote with markup,\" the SEC said.\n\n"
        f"Markup {EVIL_IMG} heading\n\n"
        "The U.S. and Britain will report by the summer, a spokesperson said.\n",
        encoding="utf-8",
    )
    (articles / "evil.md").write_text(
        f"---\ntitle: \"Headline {EVIL}\"\noutlet: \"<b onmouseover=alert(1)>Outlet</b>\"\ndate: 2026-01-06\n---\n"
        f"# Headline {EVIL}\n\n[click](javascript:alert(1)) and <script>window.__pwned=3</script> inline html.\n\n"
        "The British regulator said on Monday that it prefers a sandbox, while the SEC doubts it.\n",
        encoding="utf-8",
    )
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        (articles / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path_factory.mktemp("report")
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "run", str(articles), "--out", str(out),
         "--title", "Hostile <script>window.__pwned=4</script> briefing", "--no-progress"],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def _pages(out: Path) -> list[Path]:
    return [out / "index.html", out / "briefing.html"] + sorted((out / "reader").glob("*.html")) + sorted(
        (out / "classroom").glob("*.html"))


def test_nothing_runs_nothing_leaves_and_figures_show(browser, hostile_report, tmp_path):
    shots = tmp_path / "shots"
    shots.mkdir()
    for page_path in _pages(hostile_report):
        # bypass_csp: the test checks that escaping alone stops the markup, not just the CSP.
        context = browser.new_context(bypass_csp=True, viewport={"width": 1100, "height": 900})
        page = context.new_page()
        requests: list[str] = []
        problems: list[str] = []
        page.on("request", lambda r, requests=requests: requests.append(r.url))
        page.on("console", lambda m, problems=problems: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e, problems=problems: problems.append(f"page error: {e}"))
        page.on("dialog", lambda d, problems=problems: problems.append(f"dialog: {d.message}"))
        page.goto(page_path.as_uri())
        page.wait_for_load_state("load")
        page.mouse.move(200, 200)
        assert page.evaluate("() => window.__pwned") is None, page_path.name
        assert "PWNED" not in page.title()
        outside = [u for u in requests if not u.startswith(("file:", "data:"))]
        assert outside == [], (page_path.name, outside)
        assert problems == [], (page_path.name, problems)
        assert page.locator("h1").count() == 1, page_path.name
        images = page.evaluate(
            "() => Array.from(document.images).map(i => [i.naturalWidth, i.alt || ''])")
        for width, alt in images:
            assert width > 0, page_path.name
            assert alt and "No description" not in alt, (page_path.name, alt)
        shot = shots / f"{page_path.parent.name}-{page_path.stem}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 5000
        context.close()


def test_hostile_text_is_shown_as_text(browser, hostile_report):
    context = browser.new_context()
    page = context.new_page()
    page.goto((hostile_report / "reader" / "01-articles.html").as_uri())
    body = page.inner_text("body")
    assert "<script>" in body  # displayed, escaped
    assert page.locator("script").count() == 0
    assert page.locator("img[onerror]").count() == 0
    assert page.locator("b[onmouseover]").count() == 0
    context.close()
