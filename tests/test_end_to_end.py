"""`briefing run` on the seeds renders every notebook to offline HTML.

Two runs go through a real ``briefing`` process (the seed report, and Ctrl-C/SIGTERM);
the others call :func:`analysis.cli.main` in this process, which is much faster.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile

import nbformat
import pytest
from conftest import ROOT

from analysis.cli import main
from analysis.htmlpage import CSP
from analysis.onefile import find_chromium

pytestmark = pytest.mark.slow

RUN_SEEDS = (sys.executable, "-m", "analysis", "run", str(ROOT / "seeds"))  # `briefing run seeds/`


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    proc = subprocess.run(
        [*RUN_SEEDS, "--out", str(out),
         "--title", "Seed briefing", "--no-progress"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    return out, proc


def test_run_succeeds_and_writes_every_report(seed_report):
    out, proc = seed_report
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    # one line on success; no kernel chatter (such as the unencrypted-TCP warning)
    assert proc.stderr.strip().splitlines() == [f"briefing: wrote {out.resolve() / 'index.html'}"], proc.stderr
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9]*.ipynb"))
    assert notebooks
    for name in notebooks:
        for kind in ("reader", "classroom"):
            assert (out / kind / f"{name}.html").is_file(), (kind, name)
        assert (out / "notebooks" / f"{name}.ipynb").is_file()
    index = (out / "index.html").read_text()
    assert "<h1>Seed briefing</h1>" in index
    for name in notebooks:
        assert f"reader/{name}.html" in index and f"classroom/{name}.html" in index
    # the whole reader briefing in one page to send, and its PDF (CI installs Chromium)
    whole = (out / "briefing.html").read_text()
    assert whole.count("<section class='briefing-page'") == len(notebooks)
    assert "href='briefing.html'" in index
    if find_chromium() is not None or os.environ.get("CI"):
        assert (out / "briefing.pdf").read_bytes().startswith(b"%PDF")
        assert "href='briefing.pdf'" in index


def test_findings_json_is_what_the_cli_prints(seed_report, capsys):
    out, _ = seed_report
    assert main(["findings", str(ROOT / "seeds")]) == 0
    written = json.loads((out / "findings.json").read_text())
    printed = json.loads(capsys.readouterr().out)
    for article in written["articles"] + printed["articles"]:
        article["path"] = article["path"].rsplit("/", 1)[-1]
    assert written == printed


def test_articles_page_shows_the_seed_facts(seed_report):
    out, _ = seed_report
    page = (out / "reader" / "01-articles.html").read_text()
    assert "LONDON/PARIS, March 4" in page
    assert "DL News" in page and "Tim Craig" in page
    assert "US, UK split on crypto collaboration: Can Bitcoin help secure a new deal?" in page
    assert page.count("<h1") == 1


def test_pages_name_hashed_articles_shortly_and_list_their_files(seed_report):
    out, _ = seed_report
    ids = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    articles = (out / "reader" / "01-articles.html").read_text()
    for article_id in ids:
        assert f"{article_id}.txt" in articles  # the file column
    for name in ("00-summary", "02-versions", "03-dates", "04-split"):
        page = (out / "reader" / f"{name}.html").read_text()
        assert not any(article_id in page for article_id in ids), name
    assert "Article 001" in (out / "index.html").read_text()
    # the JSON keeps the contract's ids
    assert [a["id"] for a in json.loads((out / "findings.json").read_text())["articles"]] == ids


def test_reader_hides_code_and_classroom_shows_it(seed_report):
    out, _ = seed_report
    reader = (out / "reader" / "01-articles.html").read_text()
    classroom = (out / "classroom" / "01-articles.html").read_text()
    assert "load_findings" not in reader
    assert "load_findings" in classroom


def test_reader_pages_say_dates_in_words_and_the_classroom_shows_the_values(seed_report):
    """Cells tagged "classroom" (TIMEX3 values, flags) appear on the classroom page only."""
    out, _ = seed_report
    reader = re.sub(r"<[^>]+>", " ", (out / "reader" / "03-dates.html").read_text())
    classroom = re.sub(r"<[^>]+>", " ", (out / "classroom" / "03-dates.html").read_text())
    for notation in ("2026-SU", "PAST_REF", "FUTURE_REF", "superseded", "For the classroom"):
        assert notation not in reader, notation
        assert notation in classroom, notation
    assert "summer 2026" in reader


def test_pages_are_offline(seed_report):
    out, _ = seed_report
    for page in sorted(out.glob("*/*.html")) + [out / "index.html", out / "briefing.html"]:
        text = page.read_text()
        assert CSP in text, page
        assert "<script" not in text.lower(), page
        assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", text), page
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:", text), page


def test_executed_notebooks_carry_the_injected_parameters(seed_report):
    out, _ = seed_report
    nb = nbformat.read(out / "notebooks" / "01-articles.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and "findings_path = '../findings.json'" in injected[0].source


def test_executed_notebooks_carry_no_path_of_the_machine_that_built_them(seed_report):
    out, _ = seed_report
    for path in sorted((out / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        (injected,) = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        for absolute in (str(out), str(out.resolve()), str(ROOT)):
            # relative paths may climb ("../../seeds"); an absolute one is never written
            assert not re.search(r"(?<![.\w])" + re.escape(absolute), injected.source), (path, absolute)


def test_committed_notebooks_have_no_outputs_and_a_parameters_cell():
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, path.name
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, path.name


def _with_earlier_report(out, name):
    """An output folder holding an earlier reader page for notebook ``name``."""
    (out / "reader").mkdir(parents=True)
    (out / "reader" / f"{name}.html").write_text("earlier report")
    return out


def _notebook(path, source):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("findings_path = None\npaths = []\nsides = ['US', 'UK']\ntitle = 'x'",
                                  metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(source),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


def test_a_failing_notebook_names_its_cell_and_spares_the_rest(tmp_path, capsys):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    _notebook(notebooks / "01-good.ipynb", "print('fine')")
    _notebook(notebooks / "02-bad.ipynb", "import time; time.sleep(1); raise RuntimeError('deliberate failure')")
    _notebook(notebooks / "03-worse.ipynb", "raise KeyError('second failure')")
    out = _with_earlier_report(tmp_path / "out", "02-bad")
    code = main(["run", str(ROOT / "seeds"), "--out", str(out),
                 "--notebooks", str(notebooks), "--no-progress", "--jobs", "3"])
    stderr = capsys.readouterr().err
    assert code == 1
    assert "notebook 02-bad.ipynb failed in cell" in stderr
    assert "RuntimeError: deliberate failure" in stderr
    # 03 fails first (02 sleeps), yet the messages come in notebook order
    assert stderr.index("02-bad.ipynb") < stderr.index("03-worse.ipynb")
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 3, stderr  # two failures, then "wrote"
    assert (out / "reader" / "01-good.html").is_file()
    assert (out / "reader" / "02-bad.html").read_text() == "earlier report"
    assert "not rendered this time" in (out / "index.html").read_text()


def test_notebooks_run_one_at_a_time_give_the_same_pages(seed_report, tmp_path_factory, capsys, monkeypatch):
    """Running notebooks in parallel (the default) changes nothing in what is written."""
    parallel, _ = seed_report
    out = tmp_path_factory.mktemp("serial")  # beside the other report: the same relative paths
    monkeypatch.chdir(ROOT)
    code = main(["run", str(ROOT / "seeds"), "--out", str(out),
                 "--title", "Seed briefing", "--no-progress", "--jobs", "1"])
    assert code == 0, capsys.readouterr().err
    written = sorted(p.relative_to(out) for p in out.rglob("*.html"))
    assert written == sorted(p.relative_to(parallel) for p in parallel.rglob("*.html"))
    for page in written:  # byte for byte: the pages carry no absolute path of the output folder
        assert (out / page).read_bytes() == (parallel / page).read_bytes(), page


def test_jobs_must_be_a_positive_number(tmp_path, capsys):
    assert main(["run", str(ROOT / "seeds"), "--out", str(tmp_path), "--jobs", "0"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "--jobs" in line and "must be 1 or more" in line


def test_parallel_notebooks_start_in_their_folder_and_relative_paths_hold(tmp_path, capsys, monkeypatch):
    """Kernels start in the notebook's folder; relative --out and --notebooks work with --jobs."""
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    for i in range(1, 4):
        _notebook(notebooks / f"0{i}-where.ipynb", "import os; print('cwd=' + os.getcwd())")
    monkeypatch.chdir(tmp_path)
    code = main(["run", str(ROOT / "seeds"), "--out", "rel", "--notebooks", "nbs", "--no-progress", "--jobs", "3"])
    assert code == 0, capsys.readouterr().err
    for i in range(1, 4):
        executed = nbformat.read(tmp_path / "rel" / "notebooks" / f"0{i}-where.ipynb", as_version=4)
        printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
        assert f"cwd={notebooks.resolve()}" in printed
        assert (tmp_path / "rel" / "reader" / f"0{i}-where.html").is_file()
    assert not (notebooks / "rel").exists()


def test_a_long_temporary_folder_does_not_break_the_kernels(tmp_path, capsys, monkeypatch):
    """Kernel sockets need short paths; a long TMPDIR must not make every notebook fail."""
    long_tmp = tmp_path / ("t" * 90)
    long_tmp.mkdir()
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    _notebook(notebooks / "01-one.ipynb", "print('fine')")
    _notebook(notebooks / "02-two.ipynb", "print('fine')")
    monkeypatch.setattr(tempfile, "tempdir", str(long_tmp))  # what TMPDIR sets
    code = main(["run", str(ROOT / "seeds"), "--out", str(tmp_path / "out"),
                 "--notebooks", str(notebooks), "--no-progress", "--jobs", "2"])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "out" / "reader" / "02-two.html").is_file()


def test_a_parallel_run_leaves_the_process_as_it_found_it(tmp_path, monkeypatch):
    """No worker thread may leave papermill's shared file handler (or the cwd) changed."""
    from papermill.iorw import papermill_io

    from analysis.runner import run_briefing

    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    for i in range(1, 5):
        _notebook(notebooks / f"0{i}-n.ipynb", "print('fine')")
    monkeypatch.chdir(tmp_path)
    handler = papermill_io.get_handler("local")
    before = (os.getcwd(), handler._cwd)
    result = run_briefing([ROOT / "seeds"], out_dir="out", notebooks_dir="nbs", progress=False, jobs=4)
    assert not result.failed
    assert (os.getcwd(), handler._cwd) == before


@pytest.mark.parametrize(("signame", "code", "said"), [
    ("SIGINT", 130, "briefing: interrupted: the earlier report is kept"),
    ("SIGTERM", 143, "briefing: terminated (SIGTERM): the earlier report is kept"),
])
def test_ctrl_c_stops_the_running_kernels_at_once_and_keeps_earlier_reports(tmp_path, signame, code, said):
    """Ctrl-C (130) and SIGTERM (143): one line, kernels gone, the earlier report whole, tmp empty."""
    import signal
    import time

    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    pids = tmp_path / "pids"
    pids.mkdir()
    for i in range(1, 4):
        _notebook(notebooks / f"0{i}-slow.ipynb",
                  f"import os, time\nopen(os.path.join({str(pids)!r}, str(os.getpid())), 'w').close()\n"
                  "time.sleep(120)")
    out = _with_earlier_report(tmp_path / "out", "01-slow")
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    proc = subprocess.Popen(
        [*RUN_SEEDS, "--out", str(out),
         "--notebooks", str(notebooks), "--no-progress", "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TMPDIR": str(private_tmp)},
    )
    try:
        deadline = time.monotonic() + 60
        while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(list(pids.iterdir())) == 2, "the kernels did not start"
        proc.send_signal(getattr(signal, signame))
        _, stderr = proc.communicate(timeout=30)  # the cells sleep for 120 s
    finally:
        proc.kill()
    assert proc.returncode == code, stderr
    assert stderr.strip().splitlines() == [said]
    for pid in pids.iterdir():
        with pytest.raises(ProcessLookupError):
            os.kill(int(pid.name), 0)
    assert (out / "reader" / "01-slow.html").read_text() == "earlier report"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["reader", "reader/01-slow.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs", "out", "pids", "tmp"]  # no lock, no building
    assert not list(private_tmp.iterdir())
