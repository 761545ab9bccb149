"""Short article names for the reports (analysis.labels)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.labels import article_labels, reader_date, reader_name, relabel, short_label, with_short_ids


def test_hash_like_parts_are_dropped_and_names_people_gave_are_kept():
    assert short_label("000_5607d50cc183dadc") == "Article 000"
    assert short_label("5607d50cc183dadc") == "Article 5607d50"
    assert short_label("nyt_3f2a9c1e77_fed") == "nyt_fed"
    assert short_label("wire-0123456789abcdef0123456789abcdef") == "wire"
    for kept in ("flood_wire", "reuters-2026-03-04", "20260304", "deadbeef", "facade12", "x", "Café"):
        assert short_label(kept) == kept


def test_colliding_short_names_keep_their_ids():
    labels = article_labels(["000_aaaa1111bbbb2222", "000_cccc3333dddd4444", "001_eeee5555ffff6666"])
    assert labels == {"000_aaaa1111bbbb2222": "000_aaaa1111bbbb2222",
                      "000_cccc3333dddd4444": "000_cccc3333dddd4444",
                      "001_eeee5555ffff6666": "Article 001"}
    # a short name may not be another article's id
    assert article_labels(["Article 000", "000_aaaa1111bbbb2222"])["000_aaaa1111bbbb2222"] == "000_aaaa1111bbbb2222"


def test_relabel_replaces_whole_ids_only():
    labels = {"000_5607d50cc183dadc": "Article 000"}
    assert relabel("000_5607d50cc183dadc copies 001.", labels) == "Article 000 copies 001."
    assert relabel("x000_5607d50cc183dadc and 000_5607d50cc183dadc-2", labels) == (
        "x000_5607d50cc183dadc and 000_5607d50cc183dadc-2")


def _findings(ids):
    return {
        "articles": [{"id": i, "path": f"in/{i}.txt", "published_evidence": f"{ids[0]} dates it"} for i in ids],
        "skipped": [{"path": f"in/{ids[0]}.bin", "error": "not text"}],
        "pairs": [{"a": ids[0], "b": ids[-1], "original": ids[0], "original_evidence": [f"{ids[0]} is older"]}],
    }


def test_with_short_ids_renames_everywhere_but_file_paths():
    ids = ["000_5607d50cc183dadc", "001_5a631563fdc7beb5"]
    shown = with_short_ids(_findings(ids))
    first, second = "Article 000 (undated)", "Article 001 (undated)"
    assert [a["id"] for a in shown["articles"]] == [first, second]
    assert [a["path"] for a in shown["articles"]] == [f"in/{i}.txt" for i in ids]
    assert shown["skipped"][0]["path"] == f"in/{ids[0]}.bin"
    assert shown["pairs"][0] == {"a": first, "b": second, "original": first,
                                 "original_evidence": [f"{first} is older"]}
    assert shown["articles"][1]["published_evidence"] == f"{first} dates it"


_ID = st.one_of(
    st.from_regex(r"[a-z]{1,8}(_[a-z0-9]{1,6})?", fullmatch=True),
    st.builds(lambda n, h: f"{n:03d}_{h}", st.integers(0, 999), st.from_regex(r"[0-9a-f]{16}", fullmatch=True)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ID, min_size=1, max_size=6, unique=True))
def test_labels_are_unique_and_renaming_keeps_the_structure(ids):
    assert len(set(article_labels(ids).values())) == len(ids)
    original = _findings(ids)
    labels = article_labels(original["articles"])
    assert len(set(labels.values())) == len(ids)
    assert all(label for label in labels.values())
    before = json.dumps(original)
    shown = with_short_ids(original)
    assert json.dumps(original) == before  # the input is not changed
    assert [a["id"] for a in shown["articles"]] == [labels[i] for i in ids]
    assert shown["pairs"][0]["a"] == labels[ids[0]]


def test_an_id_that_keeps_its_name_is_not_half_renamed_through_a_shorter_id():
    ids = ["5607d50cc183dadc", "5607d50cc183dadc copy", "a1b2c3d4e5f6a7b8 copy"]
    shown = with_short_ids({"articles": [{"id": i, "path": i} for i in ids],
                            "pairs": [{"a": ids[1], "b": ids[0], "original_evidence": [f"{ids[1]} and {ids[0]}"]}]})
    assert [a["id"] for a in shown["articles"]] == ["Article 5607d50 (undated)", ids[1], ids[2]]
    assert shown["pairs"][0]["a"] == ids[1]
    assert shown["pairs"][0]["original_evidence"] == [f"{ids[1]} and Article 5607d50 (undated)"]


def test_articles_are_named_by_outlet_and_date_as_a_reader_knows_them():
    wire = {"id": "001_5a631563fdc7beb5", "outlet": "Reuters", "published": "2026-03-04", "published_basis": "stated"}
    assert reader_name(wire) == "Reuters, 4 Mar 2026"
    inferred = {"id": "002_x", "outlet": "DL News", "published": "2025-09-22", "published_basis": "inferred",
                "published_range": ["2025-09-22", "2025-09-28"]}
    assert reader_name(inferred) == "DL News, Sep 2025 (undated)"
    no_outlet = {"id": "rates_uk_copy", "headline": "Fed holds rates and sticks to two cuts",
                 "published": "2025-06-19", "published_basis": "metadata"}
    assert reader_name(no_outlet) == "“Fed holds rates and…”, 19 Jun 2025"
    assert reader_name({"id": "000_5607d50cc183dadc", "headline": ""}) == "Article 000 (undated)"


def test_reader_dates_cover_ranges_across_months_and_years():
    def inferred(a, b):
        return {"published": a, "published_basis": "inferred", "published_range": [a, b]}

    assert reader_date(inferred("2025-09-28", "2025-10-04")) == "Sep–Oct 2025 (undated)"
    assert reader_date(inferred("2025-12-28", "2026-01-03")) == "Dec 2025–Jan 2026 (undated)"
    assert reader_date({"published": None, "published_basis": "unknown"}) == "undated"
    assert reader_date({"published": "not a date", "published_basis": "stated"}) == "undated"


def test_names_that_would_be_the_same_get_their_file_name():
    a = {"id": "rates_wire", "outlet": "Reuters", "published": "2025-06-18", "published_basis": "stated"}
    b = {**a, "id": "rates_dup"}
    assert article_labels([a, b]) == {"rates_wire": "Reuters, 18 Jun 2025 [rates_wire]",
                                      "rates_dup": "Reuters, 18 Jun 2025 [rates_dup]"}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "id": _ID, "outlet": st.sampled_from([None, "Reuters", "AP"]),
    "headline": st.sampled_from([None, "", "Same headline here", "Another one entirely today"]),
    "published": st.sampled_from([None, "2025-06-18", "2026-03-04"]),
    "published_basis": st.sampled_from(["stated", "metadata", "inferred", "unknown"]),
}), min_size=1, max_size=6, unique_by=lambda a: a["id"]))
def test_reader_names_are_unique_and_never_empty(articles):
    labels = article_labels(articles)
    assert set(labels) == {a["id"] for a in articles}
    assert len(set(labels.values())) == len(articles) and all(labels.values())


def test_the_story_title_is_the_main_familys_headline_else_the_earliest_article():
    from analysis.labels import story_title

    articles = [
        {"id": "a", "headline": None, "published": "2026-03-04"},
        {"id": "b", "headline": "Rates held  at 5%", "published": "2026-03-05"},
        {"id": "c", "headline": "Floods close the bridge", "published": "2026-01-01"},
    ]
    family = {"id": "family-1", "original": "a", "members": ["a", "b"]}
    assert story_title({"articles": articles, "families": [family]}) == "Rates held at 5%"
    assert story_title({"articles": articles, "families": []}) == "Floods close the bridge"
    assert story_title({"articles": [{"id": "x", "headline": None}]}) == "Briefing"
    assert story_title({}, default="Seeds") == "Seeds"
