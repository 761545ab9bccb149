"""Mirror tests for analysis.dates.entities: what only looks like a date inside a name."""

from __future__ import annotations

from analysis.dates import article_sentences
from analysis.dates.document import tag_sentences
from analysis.dates.entities import NAME_LABELS, drop_names
from analysis.english import trained_english
from analysis.ingest.sentences import split_sentences
from analysis.model import Article, Block
from analysis.text.layer import TextLayer


def _layer(*paragraphs: str) -> TextLayer:
    blocks = tuple(Block("paragraph", " ".join(s), tuple(s)) for s in (split_sentences(p) for p in paragraphs))
    article = Article("a", "a.txt", "text", None, None, None, None, "2026-03-04", "stated", blocks)
    nlp = trained_english()
    return TextLayer(article, tuple(nlp(b.text) for b in blocks))


def _kept(*paragraphs: str) -> list[str]:
    layer = _layer(*paragraphs)
    spans = [span for _, _, span in layer.sentence_spans()]
    return [t.mention.text for t in drop_names(tag_sentences(article_sentences(layer.article)), spans)]


def test_a_month_in_a_persons_name_is_not_a_date():
    assert "May" not in _kept("Prime Minister Theresa May met the delegation on Tuesday.")
    assert "Tuesday" in _kept("Prime Minister Theresa May met the delegation on Tuesday.")


def test_a_year_inside_an_organisations_name_is_not_a_date():
    found = _kept("Saudi Arabia presented Vision 2030 in April.")
    assert "2030" not in " ".join(found)
    assert "April" in found


def test_a_first_name_that_is_a_month_is_not_a_date():
    found = _kept("Jan Kowalski, the Polish minister, said on Monday the talks failed.")
    assert "Jan" not in found and "Monday" in found


def test_dates_that_stand_on_their_own_are_kept():
    assert _kept("The committee will report in May 2026.") == ["May 2026"]


def test_name_labels():
    assert {"PERSON", "ORG", "LAW", "WORK_OF_ART", "PRODUCT"} == NAME_LABELS


def test_a_sentence_without_a_parse_keeps_its_expressions():
    tagged = tag_sentences(["Theresa May spoke on Tuesday."])
    assert drop_names(tagged, [None]) == tagged


def test_an_ordinal_second_is_no_length_of_time():
    assert _kept("The council passed a second resolution on Monday.") == ["Monday"]
    assert "a second" in _kept("The alarm will sound in a second.")
