"""Facts of the seed articles, checked by hand against the files."""

from __future__ import annotations


def test_three_seed_articles_are_read(seed_articles):
    assert sorted(seed_articles) == ["000", "001", "002"]


def test_001_dateline_and_stated_date(seed_articles):
    a = seed_articles["001"]
    assert a.dateline == "LONDON/PARIS, March 4"
    assert a.published == "2026-03-04" and a.published_basis == "stated"
    assert a.headline is None
    assert a.sentences[0].startswith("British and U.S. regulators are divided")


def test_000_headline_and_date(seed_articles):
    a = seed_articles["000"]
    assert a.published == "2026-03-05" and a.published_basis == "stated"
    assert a.headline == "US, UK split on crypto collaboration: Can Bitcoin help secure a new deal?"
    assert a.subheads == ("Reason behind the US-UK crypto split:",)
    assert a.dateline is None


def test_002_undated_dl_news_by_tim_craig(seed_articles):
    a = seed_articles["002"]
    assert a.published_basis in ("unknown", "inferred")
    assert a.outlet == "DL News"
    assert a.byline == "Tim Craig"
    assert len(a.key_points) == 3 and a.key_points[0].startswith("The US and UK are collaborating")
    assert a.subheads == ("‘Special Relationship’", "Profound opportunity")
    # The closing byline is metadata, not body text.
    assert not any("Reach out with tips" in s for s in a.sentences)


def test_fca_quote_is_attributed_to_the_fca(seed_articles):
    for key in ("000", "001"):
        quotes = [q for q in seed_articles[key].quotes if q.text.startswith("space to test new ideas")]
        assert len(quotes) == 1
        assert quotes[0].speaker == "FCA"


def test_002_quotes_and_speakers(seed_articles):
    speakers = [(q.speaker, q.text.split()[0]) for q in seed_articles["002"].quotes]
    assert ("Mike Maloney", "This") in speakers
    assert ("Anil Oncu", "That") in speakers  # a continuing quote keeps its speaker
    assert ("Coinbase", "Cooperation") in speakers  # "the firm said" resolved


def test_told_reuters_is_a_clue_not_the_outlet(seed_articles):
    a = seed_articles["001"]
    assert a.outlet is None
    assert "told Reuters" in a.outlet_clues


def test_sentences_are_not_split_inside_us(seed_articles):
    for a in seed_articles.values():
        assert not any(s.endswith(" U.") or s == "S." for s in a.sentences)
    assert "The U.S. and Britain are already in broad agreement" in " ".join(seed_articles["001"].sentences)
