"""Bad input: each file gets one clear reason, and the good articles are still read."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys

import pytest

from analysis.ingest import load_articles_and_skips

GOOD = "date 2025-02-03 Dam repairs begin\n\nEngineers began repairing the dam on Monday, officials said.\n"


@pytest.fixture()
def mixed(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\t\n  ")
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "garbled.txt").write_bytes(codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe broken")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 something")
    (tmp_path / "big.txt").write_text("Big article sentence, officials said. " * 200)
    (tmp_path / "baddate.txt").write_text("date 2026-13-45 Odd date marker here\n\nThe body still reads fine, he said.\n")
    (tmp_path / "meta_only.md").write_text("---\ntitle: Nothing\n---\n")
    (tmp_path / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nBody text, said someone.\n")
    return tmp_path


def test_every_bad_file_has_a_reason_and_good_ones_are_read(mixed):
    articles, skipped = load_articles_and_skips([mixed], max_bytes=4000)
    assert sorted(a.id for a in articles) == ["baddate", "good"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.error for s in skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.md"].startswith("empty file")
    assert reasons["picture.txt"] == "binary file, not text"
    assert reasons["garbled.txt"].startswith("undecodable text")
    assert reasons["notes.pdf"].startswith("unsupported file type .pdf")
    assert "over the limit of 4,000" in reasons["big.txt"]
    assert reasons["meta_only.md"].startswith("no article text")
    assert reasons["badyaml.md"].startswith("front matter is not valid YAML")
    assert all("\n" not in r for r in reasons.values())


def test_malformed_date_marker_is_a_warning(mixed):
    articles, _ = load_articles_and_skips([mixed / "baddate.txt"])
    (a,) = articles
    assert a.published is None and a.published_basis in ("unknown", "inferred")
    assert a.warnings and "2026-13-45" in a.warnings[0]
    assert a.headline == "Odd date marker here"


def test_missing_path_is_skipped(tmp_path):
    articles, skipped = load_articles_and_skips([tmp_path / "nope.txt"])
    assert articles == [] and skipped[0].error == "no such file or folder"


def test_max_bytes_must_be_positive(tmp_path):
    with pytest.raises(ValueError, match="positive"):
        load_articles_and_skips([tmp_path], max_bytes=0)


def test_cli_mixed_folder_gives_json_and_stderr_lines(mixed):
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "findings", str(mixed), "--max-bytes", "4000"],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert [a["id"] for a in data["articles"]] == ["baddate", "good"]
    assert len(data["skipped"]) == 8
    assert "Traceback" not in proc.stderr
    for line in proc.stderr.strip().splitlines():
        assert line.startswith("briefing: ")
    assert any("notes.pdf" in line and "unsupported" in line for line in proc.stderr.splitlines())


def test_cli_no_readable_article_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "analysis", "findings", str(tmp_path)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["articles"] == []
    assert "Traceback" not in proc.stderr
