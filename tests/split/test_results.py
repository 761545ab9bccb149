"""The split's result records (analysis.split.results) and their findings-contract form."""

from __future__ import annotations

from analysis.split.results import Actor, Evidence, Position, SplitFindings


def test_actor_to_dict_names_every_contract_key_and_the_additions() -> None:
    actor = Actor("Bank of England", "UK", 3, ("a1", "a2"), role="central bank", groups=("UK",))
    assert actor.to_dict() == {
        "name": "Bank of England",
        "side": "UK",
        "mentions": 3,
        "articles": ["a1", "a2"],
        "role": "central bank",
        "groups": ["UK"],
        "found_by": "gazetteer",
    }


def test_an_actor_without_a_side_or_role() -> None:
    d = Actor("Reuters", None, 1, ("a1",), kind="organisation").to_dict()
    assert (d["side"], d["role"], d["groups"], d["found_by"]) == (None, None, [], "organisation")


def test_evidence_to_dict() -> None:
    assert Evidence("a1", None, "Both sides agree.").to_dict() == {
        "article": "a1", "side": None, "sentence": "Both sides agree."
    }


def test_position_to_dict_maps_sides_to_their_text_and_actors() -> None:
    position = Position(
        topic="digital services tax",
        stance="disagree",
        by_side=(("US", "opposes the tax"), ("UK", None)),
        evidence=(Evidence("a1", "US", "The U.S. opposes the tax."),),
        cues=("disagree: opposes",),
        actors=(("US", ("USTR",)), ("UK", ())),
    )
    assert position.to_dict() == {
        "topic": "digital services tax",
        "stance": "disagree",
        "by_side": {"US": "opposes the tax", "UK": None},
        "evidence": [{"article": "a1", "side": "US", "sentence": "The U.S. opposes the tax."}],
        "cues": ["disagree: opposes"],
        "actors_by_side": {"US": ["USTR"], "UK": []},
    }


def test_findings_default_to_nothing_found() -> None:
    assert SplitFindings() == SplitFindings(actors=(), positions=())
    assert Position("t", "agree", (), ()).to_dict()["actors_by_side"] == {}
