"""The ``briefing`` command in process: fast answers, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from analysis import cli
from analysis.cli import main, one_line


def _lines(err: str) -> list[str]:
    return err.strip().splitlines()


def test_parsing_imports_nothing_heavy():
    """--help, --version and argument errors answer before spaCy, pandas or the library load."""
    code = (
        "import sys\n"
        "from analysis.cli import main\n"
        "codes = [main(['--version']), main(['findings']), main(['run', 'x', '--jobs', '0'])]\n"
        "heavy = [m for m in ('spacy', 'pandas', 'matplotlib', 'papermill', 'analysis.findings',"
        " 'analysis.ingest', 'analysis.runner') if m in sys.modules]\n"
        "print(codes, heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert proc.stdout.strip().splitlines()[-1] == "[0, 2, 2] []"


def test_version_is_the_package_version(capsys):
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"briefing {version('briefing')}"


def test_help_exits_0(capsys):
    assert main(["run", "--help"]) == 0
    assert "--out DIR" in capsys.readouterr().out


def test_the_cli_defaults_are_the_library_defaults():
    from analysis.findings import DEFAULT_SIDES
    from analysis.ingest import DEFAULT_MAX_BYTES

    assert cli.DEFAULT_SIDES == DEFAULT_SIDES
    assert cli.DEFAULT_MAX_BYTES == DEFAULT_MAX_BYTES


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["run", "seeds", "--jobs", "0"], "--jobs"),
        (["findings", "seeds", "--sides", "US"], "--sides"),
        (["findings", "seeds", "--max-bytes", "lots"], "--max-bytes"),
        (["findings"], "paths"),
        ([], "command"),
        (["publish", "seeds"], "invalid choice"),
    ],
)
def test_a_wrong_command_line_is_one_line_and_exit_2(capsys, argv, words):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(_lines(err)) == 1, err
    assert err.startswith("briefing: error: ") and words in err


def test_the_same_side_twice_is_exit_2_in_command_line_words(capsys):
    assert main(["findings", str(SEEDS), "--sides", "US", "us"]) == 2
    err = capsys.readouterr().err
    assert _lines(err) == [_lines(err)[0]] and "--sides must be two different names" in err


def test_an_unknown_side_says_to_pass_a_gazetteer_file(capsys):
    assert main(["findings", str(SEEDS), "--sides", "US", "Mars"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = _lines(captured.err)
    assert "side 'Mars' is not in the gazetteer" in line
    assert "--gazetteer FILE" in line and "gazetteer=" not in line


@pytest.mark.parametrize("option", ["--gazetteer", "--cues"])
def test_an_unreadable_gazetteer_or_cues_file_is_exit_2(capsys, tmp_path, option):
    missing = tmp_path / "missing.yaml"
    assert main(["findings", str(SEEDS), option, str(missing)]) == 2
    [line] = _lines(capsys.readouterr().err)
    assert line == f"briefing: error: cannot read {option} FILE {str(missing)!r}: No such file or directory"


def test_a_gazetteer_that_is_not_yaml_is_exit_2_on_one_line(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("groups: [\n  - id: X\n  names: {\n")
    assert main(["findings", str(SEEDS), "--gazetteer", str(bad)]) == 2
    [line] = _lines(capsys.readouterr().err)
    assert "is not valid YAML" in line and "Traceback" not in line


def test_output_into_a_missing_folder_is_exit_2_and_makes_no_folder(capsys, tmp_path):
    target = tmp_path / "nonexistent" / "dir" / "x.json"
    assert main(["findings", str(SEEDS), "-o", str(target)]) == 2
    [line] = _lines(capsys.readouterr().err)
    assert "does not exist" in line and "-o FILE" in line
    assert not (tmp_path / "nonexistent").exists()


def test_output_file_holds_what_stdout_shows(capsys, tmp_path):
    assert main(["findings", str(SEEDS)]) == 0
    printed = capsys.readouterr().out
    target = tmp_path / "f.json"
    assert main(["findings", str(SEEDS), "-o", str(target)]) == 0
    assert capsys.readouterr() == ("", "")
    assert target.read_text() == printed
    from analysis.findings import SCHEMA

    assert json.loads(printed)["schema"] == SCHEMA


def test_no_article_is_exit_2(capsys, tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    assert main(["findings", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert _lines(err)[-1] == "briefing: no article could be read"


def test_file_names_on_stderr_are_escaped(capsys, tmp_path):
    (tmp_path / "bad\nname\x1b[31m.txt").write_text("")
    (tmp_path / "good.txt").write_text((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text())
    assert main(["findings", str(tmp_path)]) == 0
    [line] = _lines(capsys.readouterr().err)
    assert "bad\\nname\\x1b[31m.txt" in line and "\x1b" not in line


def test_one_line_escapes_control_characters_only():
    assert one_line("a\nb\tc\x1b d\u2028é $\\bad$") == "a\\nb\\tc\\x1b d\\u2028é $\\bad$"


def _internal_error(*args, **kwargs):
    raise RuntimeError("deliberate internal failure\nsecond line")


def test_an_internal_error_is_exit_1_one_line_and_a_traceback_file(capsys, monkeypatch, private_tmp):
    import analysis.findings

    monkeypatch.setattr(analysis.findings, "build_findings", _internal_error)
    assert main(["findings", str(SEEDS)]) == 1
    captured = capsys.readouterr()
    [line] = _lines(captured.err)
    assert "Traceback" not in captured.err and captured.out == ""
    assert line.startswith("briefing: internal error in ")
    assert "RuntimeError: deliberate internal failure" in line
    [log] = private_tmp.glob("briefing-error-*.log")
    assert str(log) in line
    text = log.read_text()
    assert "Traceback" in text and "second line" in text and "_internal_error" in text


def test_an_internal_value_error_is_exit_1_not_2(capsys, monkeypatch, private_tmp):
    import analysis.findings

    def broken(*args, **kwargs):
        raise ValueError("a bug, not the user's mistake")

    monkeypatch.setattr(analysis.findings, "build_findings", broken)
    assert main(["findings", str(SEEDS)]) == 1
    [line] = _lines(capsys.readouterr().err)
    assert "internal error" in line and "ValueError" in line
    assert list(private_tmp.glob("briefing-error-*.log"))


def test_an_internal_error_in_run_logs_into_the_output_folder(capsys, monkeypatch, tmp_path):
    import analysis.runner

    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("earlier report")
    monkeypatch.setattr(analysis.runner, "build_findings", _internal_error)
    assert main(["run", str(SEEDS), "--out", str(out), "--no-progress"]) == 1
    [line] = _lines(capsys.readouterr().err)
    log = out / "briefing-error.log"
    assert f"the traceback is in {log}" in line
    assert "RuntimeError" in log.read_text()
    assert (out / "index.html").read_text() == "earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no lock, no building folder left


def test_python_dash_m_runs_the_command():
    proc = subprocess.run([sys.executable, "-m", "analysis", "--version"], capture_output=True, text=True,
                          check=False, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("briefing ")
    assert Path(ROOT / "analysis" / "__main__.py").is_file()


def test_run_into_a_missing_parent_folder_is_exit_2_and_makes_nothing(capsys, tmp_path):
    out = tmp_path / "missing" / "reports"
    assert main(["run", str(SEEDS), "--out", str(out), "--no-progress"]) == 2
    [line] = _lines(capsys.readouterr().err)
    assert line.startswith(f"briefing: error: cannot write --out {out}: the folder ")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_notebooks_folder_is_exit_2(capsys, tmp_path):
    assert main(["run", str(SEEDS), "--out", str(tmp_path / "out"), "--notebooks", str(tmp_path / "nbs")]) == 2
    [line] = _lines(capsys.readouterr().err)
    assert "--notebooks DIR" in line
    assert list(tmp_path.iterdir()) == []


def test_no_cache_parses_again_and_gives_the_same_findings(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["findings", str(SEEDS)]) == 0
    cached = capsys.readouterr().out
    entries = sorted((tmp_path / "cache").rglob("*.spacy"))
    assert len(entries) == 3
    stamps = [e.stat().st_mtime_ns for e in entries]
    assert main(["findings", str(SEEDS), "--no-cache"]) == 0
    assert capsys.readouterr().out == cached
    assert [e.stat().st_mtime_ns for e in entries] == stamps  # nothing read or written


def test_a_model_that_is_not_installed_is_exit_2_on_one_line(capsys, monkeypatch):
    from analysis.english import trained_english

    trained_english.cache_clear()
    monkeypatch.setenv("BRIEFING_SPACY_MODEL", "no_such_spacy_pipeline")
    try:
        assert main(["findings", str(SEEDS), "--no-cache"]) == 2
    finally:
        trained_english.cache_clear()
    [line] = _lines(capsys.readouterr().err)
    assert "no_such_spacy_pipeline" in line and "BRIEFING_SPACY_MODEL" in line
