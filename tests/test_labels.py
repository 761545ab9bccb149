"""Short article names for the reports (analysis.labels)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.labels import article_labels, relabel, short_label, with_short_ids


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
    assert [a["id"] for a in shown["articles"]] == ["Article 000", "Article 001"]
    assert [a["path"] for a in shown["articles"]] == [f"in/{i}.txt" for i in ids]
    assert shown["skipped"][0]["path"] == f"in/{ids[0]}.bin"
    assert shown["pairs"][0] == {"a": "Article 000", "b": "Article 001", "original": "Article 000",
                                 "original_evidence": ["Article 000 is older"]}
    assert shown["articles"][1]["published_evidence"] == "Article 000 dates it"


_ID = st.one_of(
    st.from_regex(r"[a-z]{1,8}(_[a-z0-9]{1,6})?", fullmatch=True),
    st.builds(lambda n, h: f"{n:03d}_{h}", st.integers(0, 999), st.from_regex(r"[0-9a-f]{16}", fullmatch=True)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ID, min_size=1, max_size=6, unique=True))
def test_labels_are_unique_and_renaming_keeps_the_structure(ids):
    labels = article_labels(ids)
    assert len(set(labels.values())) == len(ids)
    assert all(label for label in labels.values())
    original = _findings(ids)
    before = json.dumps(original)
    shown = with_short_ids(original)
    assert json.dumps(original) == before  # the input is not changed
    assert [a["id"] for a in shown["articles"]] == [labels[i] for i in ids]
    assert shown["pairs"][0]["a"] == labels[ids[0]]


def test_an_id_that_keeps_its_name_is_not_half_renamed_through_a_shorter_id():
    ids = ["5607d50cc183dadc", "5607d50cc183dadc copy", "a1b2c3d4e5f6a7b8 copy"]
    shown = with_short_ids({"articles": [{"id": i, "path": i} for i in ids],
                            "pairs": [{"a": ids[1], "b": ids[0], "original_evidence": [f"{ids[1]} and {ids[0]}"]}]})
    assert [a["id"] for a in shown["articles"]] == ["Article 5607d50", ids[1], ids[2]]
    assert shown["pairs"][0]["a"] == ids[1]
    assert shown["pairs"][0]["original_evidence"] == [f"{ids[1]} and Article 5607d50"]
