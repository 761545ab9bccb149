"""``briefing run`` finishes cleanly: one lock, one swap, nothing left behind."""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import pytest
from conftest import SEEDS

from analysis.cli import main
from analysis.runner import _locked

pytestmark = pytest.mark.slow

_PARAMETERS = "findings_path = None\npaths = []\nsides = ['US', 'UK']\ntitle = 'x'"


def notebook(path, source):
    """A notebook with a parameters cell and one code cell."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(_PARAMETERS, metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(source),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


def earlier_report(out):
    """An output folder holding an earlier report (and a file of the user's)."""
    for name in ("index.html", "findings.json", "reader/01-good.html", "reader/02-bad.html",
                 "classroom/01-good.html", "notes.txt"):
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(f"earlier {name}")
    return {p.relative_to(out): p.read_text() for p in out.rglob("*") if p.is_file()}


def contents(out):
    """Every file of a report, as text (the PDF, which is binary, as its bytes)."""
    return {p.relative_to(out): p.read_bytes() if p.suffix == ".pdf" else p.read_text()
            for p in out.rglob("*") if p.is_file()}


_MATH_LABEL = (
    "import matplotlib\nmatplotlib.use('Agg')\nimport io, matplotlib.pyplot as plt\n"
    "fig, ax = plt.subplots()\nax.set_yticks([0, 1], ['$\\\\bad$ cost.txt', 'b'])\n"
    "ax.set_title('$\\\\bad$ cost.txt')\nfig.tight_layout()\nfig.savefig(io.BytesIO())\nprint('drawn')"
)


def test_broken_notebook_files_are_named_and_skipped(tmp_path, capsys, private_tmp):
    """Truncated JSON and ``{}`` fail like a failing notebook; the rest are written, tmp is left empty.

    The good notebook draws a ``$\\bad$`` label: mathtext is off in the kernels.
    """
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    notebook(notebooks / "01-good.ipynb", _MATH_LABEL)
    (notebooks / "02-truncated.ipynb").write_text('{"cells": [{"cell_type": "code", "sou')
    (notebooks / "03-empty.ipynb").write_text("{}")
    out = tmp_path / "out"
    code = main(["run", str(SEEDS), "--out", str(out), "--notebooks", str(notebooks), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 3, err
    assert lines[0].startswith("briefing: notebook 02-truncated.ipynb is not a valid notebook file: ")
    assert lines[1].startswith("briefing: notebook 03-empty.ipynb is not a valid notebook file: ")
    assert lines[2] == f"briefing: wrote {out / 'index.html'}"
    assert (out / "reader" / "01-good.html").is_file() and (out / "classroom" / "01-good.html").is_file()
    assert "drawn" in (out / "classroom" / "01-good.html").read_text()
    index = (out / "index.html").read_text()
    assert index.count("not rendered this time") == 2
    assert not list(private_tmp.iterdir())  # no sockets, connection files or rc files left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs", "out", "tmp"]  # no lock, no building
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]


def test_a_second_run_on_the_same_folder_is_exit_2(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    before = earlier_report(out)
    with _locked(out.resolve()):
        code = main(["run", str(SEEDS), "--out", str(out), "--no-progress"])
    [line] = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert line == (f"briefing: error: another briefing run is writing to {out} (--out DIR); "
                    "wait for it to finish or choose another --out DIR")
    assert contents(out) == before
    assert not (tmp_path / ".out.lock").exists()


def test_a_run_that_fails_at_the_end_leaves_the_earlier_report_whole(tmp_path, capsys, monkeypatch):
    """The new pages are written beside the report; nothing reaches it unless all of it does."""
    import analysis.htmlpage

    def broken_index(*args, **kwargs):
        raise RuntimeError("index failed")

    monkeypatch.setattr(analysis.htmlpage, "index_page", broken_index)
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    notebook(notebooks / "01-good.ipynb", "print('fine')")
    out = tmp_path / "out"
    out.mkdir()
    before = earlier_report(out)
    code = main(["run", str(SEEDS), "--out", str(out), "--notebooks", str(notebooks), "--no-progress"])
    [line] = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and "RuntimeError: index failed" in line
    after = contents(out)
    assert after.pop(Path("briefing-error.log")).startswith("Traceback")
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs", "out"]


def test_a_run_replaces_the_report_and_keeps_the_failed_notebooks_pages(tmp_path, capsys):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    notebook(notebooks / "01-good.ipynb", "print('fine')")
    notebook(notebooks / "02-bad.ipynb", "raise RuntimeError('deliberate failure')")
    out = tmp_path / "out"
    out.mkdir()
    before = earlier_report(out)
    (out / "briefing-error.log").write_text("Traceback of an earlier run")
    code = main(["run", str(SEEDS), "--out", str(out), "--notebooks", str(notebooks), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1, err
    after = contents(out)
    assert Path("briefing-error.log") not in after  # dropped: this run did not fail internally
    for kept in ("reader/02-bad.html", "notes.txt"):
        assert after[Path(kept)] == before[Path(kept)]
    for new in ("index.html", "findings.json", "reader/01-good.html", "classroom/01-good.html"):
        assert not after[Path(new)].startswith("earlier"), new
    assert (out / "notebooks" / "01-good.ipynb").is_file()
    # the executed notebook names the report's own findings.json (relative), not the building folder
    nb = nbformat.read(out / "notebooks" / "01-good.ipynb", as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "findings_path = '../findings.json'" in injected.source and ".building" not in injected.source


def test_an_output_folder_inside_the_input_folder_is_not_read(tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (articles / seed.name).write_bytes(seed.read_bytes())
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    notebook(notebooks / "01-good.ipynb", "print('fine')")
    argv = ["run", str(articles), "--out", str(articles / "reports"), "--notebooks", str(notebooks),
            "--no-progress"]
    assert main(argv) == 0
    assert main(argv) == 0  # the second run finds the first one's pages in the input folder
    capsys.readouterr()
    written = json.loads((articles / "reports" / "findings.json").read_text())
    assert len(written["articles"]) == 3 and written["skipped"] == []


def test_files_get_the_users_umask(tmp_path, capsys):
    import analysis.findings

    umask = analysis.findings._UMASK  # read once at import, like write_atomic
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    notebook(notebooks / "01-good.ipynb", "print('fine')")
    out = tmp_path / "out"
    assert main(["run", str(SEEDS), "--out", str(out), "--notebooks", str(notebooks), "--no-progress"]) == 0
    for path in [out, *out.rglob("*")]:
        mode = os.stat(path).st_mode & 0o777
        assert mode == (0o777 if path.is_dir() else 0o666) & ~umask, (path, oct(mode))


def test_portable_parameters_are_relative_to_the_saved_notebook(tmp_path):
    from analysis.runner import portable_parameters

    out = tmp_path / "report"
    source = portable_parameters(
        {"findings_path": str(out / "findings.json"), "paths": [str(tmp_path / "articles")],
         "sides": ["US", "UK"], "title": "T"},
        folder=out / "notebooks",
    )
    assert "findings_path = '../findings.json'" in source
    assert "paths = ['../../articles']" in source
    assert str(tmp_path) not in source
    namespace: dict[str, object] = {}
    exec(compile(source, "<parameters>", "exec"), namespace)  # it is valid Python
    assert namespace["sides"] == ["US", "UK"] and namespace["title"] == "T"
