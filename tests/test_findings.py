"""The findings object keeps the contract: every key, stable order, byte-identical output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analysis import SCHEMA, build_findings
from analysis.cli import main
from analysis.findings import write_atomic

TOP_KEYS = ["schema", "sides", "articles", "skipped", "pairs", "changes", "spelling",
            "quote_changes", "dates", "events", "conflicts", "actors", "positions",
            "families", "pairs_unlisted"]  # schema 2 added the last two
ARTICLE_KEYS = {"id", "path", "format", "headline", "outlet", "byline", "dateline", "published",
                "published_basis", "published_range", "published_evidence", "key_points",
                "subheads", "words", "sentences", "quotes"}


def test_every_key_is_present(seeds_dir):
    data = build_findings([seeds_dir]).to_dict()
    assert list(data)[: len(TOP_KEYS)] == TOP_KEYS
    assert data["schema"] == SCHEMA == "briefing-findings/2"
    assert data["sides"] == ["US", "UK"]
    for article in data["articles"]:
        assert ARTICLE_KEYS <= set(article)
        assert article["format"] in ("text", "markdown", "html")
        assert article["published_basis"] in ("stated", "metadata", "inferred", "unknown")
        for quote in article["quotes"]:
            assert set(quote) == {"text", "speaker", "sentence", "role"}
            assert quote["text"] in quote["sentence"] or quote["sentence"] in quote["text"] or quote["text"][:20] in quote["sentence"]


def test_same_inputs_give_byte_identical_json(seeds_dir, ingest_dir):
    first = build_findings([seeds_dir, ingest_dir]).to_json()
    second = build_findings([ingest_dir, seeds_dir]).to_json()
    assert json.loads(first)["articles"] == json.loads(second)["articles"]
    assert first == build_findings([seeds_dir, ingest_dir]).to_json()


def test_sides_are_parameters(seeds_dir):
    assert build_findings([seeds_dir], sides=("EU", "US")).to_dict()["sides"] == ["EU", "US"]
    with pytest.raises(ValueError, match="two different names"):
        build_findings([seeds_dir], sides=("US", "us"))


def test_cli_writes_output_file_atomically(seeds_dir, tmp_path, capsys):
    out = tmp_path / "findings.json"
    out.write_text("earlier")
    code = main(["findings", str(seeds_dir), "--sides", "UK", "US", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    data = json.loads(out.read_text())
    assert data["sides"] == ["UK", "US"] and len(data["articles"]) == 3
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_write_atomic_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")

    with pytest.raises(TypeError):
        write_atomic(target, object())  # type: ignore[arg-type]  # fails mid-write
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_cli_bad_sides_is_one_line(seeds_dir, capsys):
    assert main(["findings", str(seeds_dir), "--sides", "US", "US"]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "two different names" in err


def test_cli_gazetteer_extends_the_shipped_one(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2025-05-01 Harbour row\n\nZorblat Industries, a shipping firm, said it backs the new port "
        "rules, while British regulators are cautious about them, officials said.\n", encoding="utf-8")
    extra = tmp_path / "extra.yaml"
    extra.write_text("actors:\n  - name: Zorblat Industries\n    aliases: [Zorblat]\n"
                     "    groups: [US]\n    role: company\n", encoding="utf-8")

    def actors(*more):
        assert main(["findings", str(article), *more]) == 0
        return {a["name"]: a["side"] for a in json.loads(capsys.readouterr().out)["actors"]}

    assert actors().get("Zorblat Industries") != "US"
    assert actors("--gazetteer", str(extra))["Zorblat Industries"] == "US"


def test_write_atomic_follows_the_umask(tmp_path):
    from analysis import findings

    target = tmp_path / "page.html"
    write_atomic(target, "text")
    assert target.stat().st_mode & 0o777 == 0o666 & ~findings._UMASK
    assert findings._UMASK == findings._read_umask()


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_write_atomic_mode_under_another_umask(tmp_path, mask):
    target = tmp_path / "page.html"
    code = (f"import os; os.umask({mask}); from analysis.findings import write_atomic; "
            f"write_atomic({str(target)!r}, 'x')")
    subprocess.run([sys.executable, "-c", code], check=True)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_families_and_tree_edges_keep_the_contract(seeds_dir, tmp_path):
    """Schema 2: ``families``; changes, spelling and quote changes only along tree edges."""
    import shutil

    from conftest import ROOT

    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
    shutil.copytree(ROOT / "tests" / "data" / "versions" / "tagus_bridge", tmp_path / "tagus")
    data = build_findings([tmp_path]).to_dict()
    assert data["pairs_unlisted"] == 0
    n = len(data["articles"])
    assert len(data["pairs"]) == n * (n - 1) // 2
    assert [f["id"] for f in data["families"]] == ["family-1", "family-2"]
    edges = set()
    for family in data["families"]:
        assert set(family) == {"id", "original", "members", "edges"}
        assert family["members"] == sorted(family["members"]) and family["original"] in family["members"]
        assert len(family["edges"]) == len(family["members"]) - 1
        for edge in family["edges"]:
            assert {"copy", "parent", "evidence"} <= set(edge) and edge["evidence"]
            edges.add((edge["parent"], edge["copy"]))
    assert {f["original"][:3] for f in data["families"]} == {"001", "wir"}
    for key in ("changes", "spelling", "quote_changes"):
        assert {(c["from"], c["to"]) for c in data[key]} <= edges
    assert {(c["from"], c["to"]) for c in data["changes"]} == edges
