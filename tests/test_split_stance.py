"""Cue words, clauses and claims."""

from __future__ import annotations

from support import make_article

from analysis.split import analyse_split
from analysis.split.stance import find_cues, load_cues


def kinds(text):
    return [(c.kind, c.text.lower()) for c in find_cues(text, load_cues())]


def test_cues_are_found_longest_first():
    assert ("agree", "share concern") in kinds("Both share concern about the chips.")
    assert ("disagree", "different approach") in kinds("It is weighing a different approach to rules.")
    assert ("pro", "pushing for") in kinds("Britain is pushing for caution.")


def test_negation_flips_a_cue_and_ignore_phrases_cancel_one():
    assert ("disagree", "agree") in kinds("The two sides failed to agree on tariffs.")
    assert all(k != "con" for k, _ in kinds("The BoE declined to comment."))
    assert all(k != "pro" for k, _ in kinds("Digital assets backed by actual currencies."))


def test_a_user_cue_file_extends_the_lexicon(tmp_path):
    extra = tmp_path / "cues.yaml"
    extra.write_text("disagree:\n  - at daggers drawn\n", encoding="utf-8")
    found = [(c.kind, c.text) for c in find_cues("They are at daggers drawn over fish.", load_cues(extra))]
    assert ("disagree", "at daggers drawn") in found


def positions(paragraphs, sides=("US", "UK")):
    return analyse_split([make_article("a1", paragraphs)], sides).positions


def test_contrast_between_clauses_of_two_sides_is_a_disagreement():
    [p] = positions(["The U.S. has eased crypto rules, while Britain is cautious about moving too quickly."])
    by_side = dict(p.by_side)
    assert p.stance == "disagree"
    assert "eased crypto rules" in by_side["US"]
    assert "cautious" in by_side["UK"]


def test_both_sides_wanting_the_same_thing_is_an_agreement():
    [p] = positions(["Both sides also want to agree on reciprocity for regulated firms."])
    assert p.stance == "agree"
    assert all(text and "reciprocity" in text for _, text in p.by_side)
    assert p.evidence[0].side is None


def test_a_quote_belongs_to_its_speaker():
    sentence = '"We will not accept these tariffs," Ursula von der Leyen said.'
    article = make_article("a1", ["The U.S. and the EU clashed over steel tariffs.", sentence],
                           quotes=[("We will not accept these tariffs,", "Ursula von der Leyen", sentence)])
    [p] = analyse_split([article], ("EU", "US")).positions
    evidence = {e.sentence: e.side for e in p.evidence}
    assert evidence[sentence] == "EU"


def test_one_sided_claims_without_any_signal_are_not_positions():
    assert positions(["The SEC is weighing exemptive relief for tokenised stocks."]) == ()
