"""One bad file never stops the briefing: each failure is one skip or warning line.

Every fixture is generated in ``tmp_path`` beside a good article, and each test checks the
one line about the bad file and that the good article is still read.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from analysis.ingest import (
    MAX_BLOCKS,
    MAX_PARAGRAPH_CHARS,
    MAX_WORDS,
    load_articles_and_skips,
)

GOOD = "date 2025-02-03 Dam repairs begin\n\nEngineers began repairing the dam on Monday, officials said.\n"
BODY = "Ministers met in Brussels on Monday, officials said.\n"
ROOT = Path(__file__).resolve().parents[2]


def load(paths, caplog, **kwargs):
    """``(articles by id, skipped by file name, log lines)`` for ``paths``."""
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="analysis"):
        articles, skipped = load_articles_and_skips(paths, **kwargs)
    lines = [r.getMessage() for r in caplog.records]
    return {a.id: a for a in articles}, {os.path.basename(s.path): s.error for s in skipped}, lines


def folder_with(tmp_path: Path, name: str | bytes, data: bytes) -> Path:
    """``tmp_path`` holding ``good.txt`` and the file ``name`` with ``data``."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    path = os.path.join(os.fsencode(tmp_path), name) if isinstance(name, bytes) else tmp_path / name
    with open(path, "wb") as handle:
        handle.write(data)
    return tmp_path


def about(lines: list[str], name: str) -> list[str]:
    return [line for line in lines if name in line]


# 1. Front matter -----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2026-13-01", "2026-02-30"])
def test_impossible_front_matter_date_is_one_warning(tmp_path, caplog, value):
    folder = folder_with(tmp_path, "bad.md", f"---\ntitle: Talks\ndate: {value}\n---\n{BODY}".encode())
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"bad", "good"} and not skipped
    assert articles["bad"].published is None
    (line,) = about(lines, "bad.md")
    assert value in line and "not a valid date" in line


@pytest.mark.parametrize("key", ["updated: 2026-02-30", "history:\n  - when: 2026-13-01"])
def test_impossible_date_in_an_unused_key_is_harmless(tmp_path, caplog, key):
    folder = folder_with(tmp_path, "bad.md", f"---\ntitle: Talks\ndate: 2025-06-01\n{key}\n---\n{BODY}".encode())
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"bad", "good"} and not skipped and not lines
    assert articles["bad"].published == "2025-06-01"


def test_front_matter_dates_still_read_like_yaml_dates(tmp_path, caplog):
    for name, value in (("a", "2025-6-1"), ("b", "2025-06-01 10:30:00"), ("c", "'2025-06-01'"),
                        ("d", "2025-06-01T10:30:00Z")):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {value}\n---\n{BODY}", encoding="utf-8")
    articles, skipped, lines = load([tmp_path], caplog)
    assert {a.published for a in articles.values()} == {"2025-06-01"} and not skipped and not lines


def alias_bomb(depth: int = 9) -> bytes:
    """A YAML 'billion laughs' nested ``depth`` deep in ``title`` (a few hundred bytes)."""
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * 9) + "]"]
    for level in range(1, depth):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    lines.append("title: [" + ", ".join([f"*a{depth - 1}"] * 9) + "]")
    return ("---\n" + "\n".join(lines) + "\n---\n" + BODY).encode()


def test_yaml_alias_is_refused(tmp_path, caplog):
    folder = folder_with(tmp_path, "bomb.md", alias_bomb())
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"good"}
    assert skipped["bomb.md"].startswith("front matter uses a YAML alias")
    assert len(about(lines, "bomb.md")) == 1


def test_alias_bomb_stays_small_under_a_memory_limit(tmp_path):
    folder = folder_with(tmp_path, "bomb.md", alias_bomb())
    out, seconds = run_timed(folder)  # a fresh process limited to 1 GiB
    assert seconds < 30
    assert out[0] == "['good']"
    assert [line for line in out if line.startswith("skipped")] == [
        f"skipped {folder / 'bomb.md'} front matter uses a YAML alias (*name) at line 3; aliases are not allowed"
    ]


# 2. Long text --------------------------------------------------------------------------


def test_paragraph_over_spacy_limit_is_read_in_pieces(tmp_path, caplog):
    text = "Headline here\n\n" + "counterrevolutionaries " * 45_000 + "\n"  # 1,035,000 characters
    folder = folder_with(tmp_path, "long.txt", text.encode())
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"good", "long"} and not skipped
    long = articles["long"]
    assert long.words == 45_000
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in long.paragraphs)
    (line,) = about(lines, "long.txt")
    assert "1,034,999" in line and "split into paragraphs" in line


def test_long_lines_without_spaces_are_cut(tmp_path, caplog):
    folder = folder_with(tmp_path, "run.txt", ("Headline here\n\n" + "x" * 1_200_000 + ".\n").encode())
    articles, skipped, lines = load([folder], caplog)
    assert "good" in articles
    if "run" in articles:
        assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in articles["run"].paragraphs)
    assert len(about(lines, "run.txt")) == 1


def run_timed(folder: Path) -> tuple[list[str], float]:
    """Load ``folder`` in a fresh process limited to 1 GiB; its output lines and seconds."""
    script = textwrap.dedent(f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from analysis.ingest import load_articles_and_skips
        articles, skipped = load_articles_and_skips([{str(folder)!r}])
        print(sorted(a.id for a in articles))
        for s in skipped:
            print("skipped", s.path, s.error)
    """)
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines(), time.monotonic() - start


def test_four_megabyte_paragraph_is_quick_and_small(tmp_path):
    words = ("the minister said talks would continue on Monday and officials " * 70_000)[:4_000_000]
    folder = folder_with(tmp_path, "para.txt", ("Headline here\n\n" + words + ".\n").encode())
    out, seconds = run_timed(folder)
    assert out[0] == "['good']"
    assert len(out) == 2 and out[1].startswith(f"skipped {folder / 'para.txt'} 634,924 words")
    assert out[1].endswith(f"over the limit of {MAX_WORDS:,} for one article")
    assert seconds < 30


def test_million_one_word_lines_are_quick_and_small(tmp_path):
    folder = folder_with(tmp_path, "lines.txt", ("Headline here\n\n" + "said\n" * 1_000_000).encode())
    out, seconds = run_timed(folder)
    assert out[0] == "['good']"
    assert len(out) == 2 and out[1].startswith(f"skipped {folder / 'lines.txt'} 1,000,001 blocks")
    assert f"over the limit of {MAX_BLOCKS:,}" in out[1]
    assert seconds < 30


# 3. Any failure is contained -----------------------------------------------------------


def test_an_unexpected_error_in_one_file_is_one_skip(tmp_path, caplog, monkeypatch):
    import analysis.ingest as ingest

    folder = folder_with(tmp_path, "odd.txt", b"Odd headline\n\nThis one breaks the reader, he said.\n")
    real = ingest.text_blocks

    def breaking(text: str):
        if "breaks" in text:
            raise RuntimeError("something deep went wrong\nsecond line")
        return real(text)

    monkeypatch.setattr(ingest, "text_blocks", breaking)
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"good"}
    assert skipped["odd.txt"] == "could not be read: RuntimeError: something deep went wrong"
    assert len(about(lines, "odd.txt")) == 1


# 4. Damaged input is named --------------------------------------------------------------


def test_undecodable_bytes_in_utf8_are_replaced_and_counted(tmp_path, caplog):
    text = "Café owners protest\n\nThe café owners in Zürich protested on Monday, officials said. "
    data = text.encode() + b"A stray \xff byte and \xfe another." + b" More text follows here, he said." * 5
    folder = folder_with(tmp_path, "damaged.txt", data)
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"damaged", "good"} and not skipped
    damaged = articles["damaged"]
    assert "café" in damaged.text and "Zürich" in damaged.text  # not re-read as cp1252
    assert "\ufffd" in damaged.text
    first = data.index(b"\xff")
    (line,) = about(lines, "damaged.txt")
    assert f"2 undecodable bytes in UTF-8 text replaced with U+FFFD (the first at byte {first})" in line


def test_legacy_code_page_when_the_whole_file_fits(tmp_path, caplog):
    text = "Café owners protest\n\nThe café owners met on Monday and said “no”, officials said.\n"
    folder = folder_with(tmp_path, "legacy.txt", text.encode("cp1252"))
    articles, skipped, _ = load([folder], caplog)
    assert not skipped
    assert "café" in articles["legacy"].text and "“no”" in articles["legacy"].text


def test_nul_and_control_characters_are_removed(tmp_path, caplog):
    data = b"Talks resume\n\nMinisters\x00 met on\x07 Monday\x1b, officials said.\n"
    folder = folder_with(tmp_path, "ctrl.txt", data)
    articles, skipped, lines = load([folder], caplog)
    assert not skipped
    assert articles["ctrl"].text == "Ministers met on Monday, officials said."
    (line,) = about(lines, "ctrl.txt")
    assert "removed 3 control characters (U+0000, U+0007, U+001B), the first at character 23" in line


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(tmp_path, caplog, codec):
    folder = folder_with(tmp_path, "wide.txt", ("Talks resume\n\n" + BODY).encode(codec))
    articles, skipped, lines = load([folder], caplog)
    assert not skipped and articles["wide"].sentences == (BODY.strip(),)
    (line,) = about(lines, "wide.txt")
    assert f"read as {codec.upper()} (no BOM)" in line


def test_broken_utf16_without_bom_is_named_not_binary(tmp_path, caplog):
    data = ("Talks resume\n\n" + BODY).encode("utf-16-le") + b"\x00\xd8\x41\x00"  # lone surrogate
    folder = folder_with(tmp_path, "wide.txt", data)
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"good"}
    assert "UTF-16-LE without a BOM" in skipped["wide.txt"]
    assert len(about(lines, "wide.txt")) == 1


def test_damaged_bom_file_is_still_refused():
    from analysis.ingest.decode import DecodeError, decode_text

    with pytest.raises(DecodeError, match="undecodable text"):
        decode_text(codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe broken")


def test_symlink_loop_dangling_link_and_fifo_are_each_one_skip(tmp_path, caplog):
    folder = folder_with(tmp_path, "also.txt", GOOD.encode())
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "gone.txt").symlink_to("nowhere.txt")
    (folder / "up").symlink_to(".")
    os.mkfifo(folder / "pipe.txt")
    articles, skipped, lines = load([folder], caplog)
    assert set(articles) == {"also", "good"}
    assert skipped["self.txt"].startswith("symbolic link loop")
    assert skipped["gone.txt"].startswith("dangling symbolic link")
    assert skipped["up"].startswith("symbolic link loop")
    assert skipped["pipe.txt"] == "not a regular file (a FIFO); only files and folders are read"
    for name in ("self.txt", "gone.txt", "up", "pipe.txt"):
        assert len(about(lines, os.path.join(str(folder), name))) == 1


def test_fifo_given_as_an_argument_is_skipped_not_opened(tmp_path, caplog):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, skipped, _ = load([tmp_path / "pipe.txt", tmp_path / "good.txt"], caplog)
    assert set(articles) == {"good"} and skipped["pipe.txt"].startswith("not a regular file (a FIFO)")


# 5. Names are data ---------------------------------------------------------------------


def test_file_name_that_is_not_utf8_is_shown_escaped(tmp_path, caplog):
    folder = folder_with(tmp_path, b"caf\xe9.txt", GOOD.encode())
    articles, skipped, _ = load([folder], caplog)
    assert not skipped and set(articles) == {"caf\\xe9", "good"}
    assert articles["caf\\xe9"].path.endswith("caf\\xe9.txt")
    articles["caf\\xe9"].path.encode("utf-8")  # no surrogates left


def test_cli_json_is_utf8_with_a_non_utf8_file_name(tmp_path):
    folder = folder_with(tmp_path, b"caf\xe9.txt", GOOD.encode())
    os.mkfifo(os.path.join(os.fsencode(folder), b"pipe\xff.txt"))
    proc = subprocess.run([sys.executable, "-m", "analysis", "findings", str(folder)],
                          capture_output=True, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))
    assert sorted(a["id"] for a in data["articles"]) == ["caf\\xe9", "good"]
    assert [s["path"].rsplit("/", 1)[-1] for s in data["skipped"]] == ["pipe\\xff.txt"]
    assert b"Traceback" not in proc.stderr


def test_ids_never_clash_with_another_stem(tmp_path, caplog):
    for name in ("a.txt", "a.md", "a-2.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    articles, skipped, _ = load([tmp_path], caplog)
    assert not skipped
    assert {i: Path(a.path).name for i, a in articles.items()} == {"a": "a.md", "a-2": "a-2.txt", "a-3": "a.txt"}


def test_ids_do_not_depend_on_argument_order(tmp_path, caplog):
    for sub in ("x", "y", "z"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "y" / "story-2.txt").write_text(GOOD, encoding="utf-8")
    orders = [["x", "y", "z"], ["z", "y", "x"], ["y", "x", "z"]]
    seen = []
    for order in orders:
        articles, _, _ = load([tmp_path / sub for sub in order], caplog)
        seen.append({i: os.path.relpath(a.path, tmp_path) for i, a in articles.items()})
    assert seen[0] == seen[1] == seen[2]
    assert len(seen[0]) == 4
    assert seen[0]["story"] == os.path.join("x", "story.txt")


def test_analysis_runs_with_clashing_stems(tmp_path):
    for name in ("a.txt", "a.md", "a-2.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analysis", "findings", str(tmp_path)],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert sorted(a["id"] for a in json.loads(proc.stdout)["articles"]) == ["a", "a-2", "a-3"]


def test_excluded_folders_inside_an_input_folder_are_not_read(tmp_path):
    from analysis.ingest import load_articles_and_skips

    folder = tmp_path / "articles"
    (folder / "sub" / "out").mkdir(parents=True)
    (folder / "reports").mkdir()
    body = "The council approved the plan on Monday, officials said.\n"
    for name in ("a.txt", "sub/b.txt", "reports/old.txt", "sub/out/page.txt"):
        (folder / name).write_text(body)
    read = lambda **kw: sorted(a.id for a in load_articles_and_skips([folder], **kw)[0])  # noqa: E731
    assert read() == ["a", "b", "old", "page"]
    assert read(exclude=[folder / "reports", folder / "sub" / "out"]) == ["a", "b"]
    assert read(exclude=[tmp_path / "not-there"]) == ["a", "b", "old", "page"]
    # an excluded folder named as an argument itself is still read: only folders met inside are left out
    assert sorted(a.id for a in load_articles_and_skips([folder / "reports"], exclude=[folder / "reports"])[0]) == ["old"]
