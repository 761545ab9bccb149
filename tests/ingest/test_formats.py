"""Formats other than the seeds': markdown, front matter, web pages, encodings, wrapping."""

from __future__ import annotations

import codecs

from analysis import load_articles
from analysis.ingest import read_article


def by_id(folder):
    return {a.id: a for a in load_articles([folder])}


def test_markdown_with_front_matter(ingest_dir):
    a = by_id(ingest_dir)["eu_ai_rules"]
    assert a.format == "markdown"
    assert a.headline == "EU and US clash over AI rulebook as deadline nears"
    assert (a.outlet, a.byline) == ("Continental Ledger", "Sofia Marchetti")
    assert (a.published, a.published_basis) == ("2025-06-18", "metadata")
    assert a.dateline == "BRUSSELS, June 18"
    assert a.key_points == (
        "Brussels wants binding rules for general-purpose AI models.",
        "Washington prefers voluntary commitments from companies.",
    )
    assert a.subheads == ("Washington's view",)
    # Markdown emphasis is dropped; "Aug." and "J. R." do not end sentences.
    assert "**" not in a.text
    assert any(s.endswith("must be ready by Aug. 2.") for s in a.sentences)
    assert {"Margrethe Holm", "J. R. Whitfield", "Commerce Department"} <= {q.speaker for q in a.quotes}
    assert ("Commerce Department", "Commerce Department spokesperson") in {(q.speaker, q.role) for q in a.quotes}


def test_text_with_front_matter_and_wire_dateline(ingest_dir):
    a = by_id(ingest_dir)["wheat_tariffs"]
    assert a.format == "text"
    assert a.headline == "Farm ministers pledge to settle wheat tariff row"
    assert a.dateline == "BRUSSELS, May 12"
    assert a.outlet == "Agri Wire"
    assert a.sentences[0].startswith("Farm ministers from Canada")
    # Curly quotes; the second sentence continues the first speaker.
    assert [q.speaker for q in a.quotes] == ["Canada’s agriculture minister"] * 2


def test_saved_web_page_main_text_and_metadata(ingest_dir):
    a = by_id(ingest_dir)["harbour_page"]
    assert a.format == "html"
    assert a.headline == "Port strike talks stall over automation"
    assert (a.outlet, a.byline, a.published) == ("The Harbour Gazette", "Priya Raman", "2025-11-03")
    assert a.published_basis == "metadata"
    assert a.dateline == "ROTTERDAM, Nov. 3"
    assert a.subheads == ("What happens next",)
    text = a.text
    for boilerplate in ("cookies", "Related stories", "Subscribe", "All rights reserved", "Home"):
        assert boilerplate not in text
    assert ("Ines Varga", "We will not sign a deal that puts half our members out of work") in [
        (q.speaker, q.text) for q in a.quotes
    ]


def test_hard_wrapped_text_with_byline_and_trailer(ingest_dir):
    a = by_id(ingest_dir)["wrapped_wire"]
    assert a.headline == "Senate panel delays vote on chip export bill"
    assert a.byline == "Jane Doe"
    assert a.dateline == "WASHINGTON" and a.outlet == "Capitol Wire"
    assert a.sentences[0] == (
        "A Senate committee on Tuesday put off a vote on a bill that would tighten controls on "
        "exports of advanced chips to China, after industry groups warned it would hurt U.S. manufacturers."
    )
    assert "The vote had been set for Dec. 11." in a.sentences
    assert not any("Editing by" in s for s in a.sentences)
    assert a.quotes[0].speaker == "Mark L. Ortiz"


def test_cp1252_is_detected(tmp_path):
    text = ("Officials said “the café rules are naïve” – and the £400m fund’s chief agreed.\r\n\r\n"
            "A second paragraph follows here.\r\n")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    a = read_article(path)
    assert "“the café rules are naïve”" in a.text
    assert "£400m fund’s" in a.text


def test_latin1_is_detected(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le café est fermé à midi, dit le maire.\n\nLes élèves sont partis.\n".encode("latin-1"))
    assert "café est fermé à midi" in read_article(path).text


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.txt"
    body = "date 2025-01-02 Storm closes ports\r\n\r\nHigh winds closed three ports on Thursday, officials said.\r\n"
    path.write_bytes(codecs.BOM_UTF8 + body.encode("utf-8"))
    a = read_article(path)
    assert a.published == "2025-01-02"
    assert a.headline == "Storm closes ports"
    assert a.sentences == ("High winds closed three ports on Thursday, officials said.",)


def test_ids_are_made_unique(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text("Something happened today, officials said.\n")
    assert [a.id for a in load_articles([tmp_path])] == ["story", "story-2"]


def test_readme_and_hidden_files_in_folders_are_not_articles(tmp_path):
    (tmp_path / "README.md").write_text("# About these files\n\nThey are test articles.\n")
    (tmp_path / ".hidden.txt").write_text("Not an article at all, really.\n")
    (tmp_path / "real.txt").write_text("A real article sentence, officials said.\n")
    assert [a.id for a in load_articles([tmp_path])] == ["real"]
