"""Notebook helpers and the index page: figures draw article names as written; index is locked down."""

from __future__ import annotations

import io

import pytest

from analysis.htmlpage import CSP, index_page
from analysis.report import figure_html, plain_text_figure

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

NAME = "$\\bad$ cost.txt"  # a file name that mathtext cannot parse


def _figure():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.set_yticks([0, 1], [NAME, "plain"])
    ax.set_xticks([0, 1], [NAME, "plain"], rotation=45)
    ax.set_title(NAME)
    ax.annotate(NAME, (0.5, 0.5))
    return fig


def test_mathtext_would_fail_on_such_a_name():
    fig = _figure()
    with pytest.raises(ValueError):
        fig.savefig(io.BytesIO(), format="png")


def test_figure_html_draws_dollar_signs_as_written():
    page = figure_html(_figure(), f"Figure of {NAME} <b>")
    assert page.startswith("<figure><img src='data:image/png;base64,")
    assert "&lt;b&gt;" in page and "<b>" not in page


def test_plain_text_figure_makes_a_figure_drawable_before_layout():
    fig = plain_text_figure(_figure())
    with matplotlib.rc_context({"text.parse_math": False}):
        fig.tight_layout()
        fig.savefig(io.BytesIO(), format="png")


def test_index_page_carries_the_content_security_policy_and_escapes():
    from analysis.findings import Findings
    from analysis.runner import NotebookResult

    results = [NotebookResult("01-a", "r", "c", "e"), NotebookResult("02-b", None, None, None, "failed <x>")]
    page = index_page("<Title>", Findings(sides=("US", "UK"), articles=(), skipped=()), results, {"01-a.html": "A & B"})
    head = page.split("</head>")[0]
    assert CSP in head
    assert "&lt;Title&gt;" in page and "A &amp; B" in page and "failed &lt;x&gt;" in page
    assert "<script" not in page.lower()


def test_what_the_notebooks_import_does_not_load_spacy():
    """Notebook kernels read findings.json: the modules their cells import never load spaCy."""
    import json
    import re
    import subprocess
    import sys

    from conftest import ROOT

    imports = set()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            imports.update(re.findall(r"^(?:from analysis[\w.]* import [\w, ]+|import analysis[\w.]*)$", source, re.M))
    assert imports
    code = "\n".join(sorted(imports)) + "\nimport sys\nprint([m for m in ('spacy', 'thinc') if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"
