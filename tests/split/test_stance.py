"""Cue words, clauses and claims."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import make_article

from analysis.split import analyse_split
from analysis.split.stance import find_cues, load_cues
from analysis.split.text import nlp


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


def _reference_matches(text: str) -> set[tuple[str, int, int]]:
    """Every cue pattern in one plain token Matcher: the slow path the lexicon replaced."""
    from spacy.matcher import Matcher

    from analysis.split import stance
    from analysis.split.text import nlp

    merged = stance._read(stance.resources.files("analysis") / "data" / "split_cues.yaml")
    matcher = Matcher(nlp().vocab)
    for key in (*stance.KINDS, "ignore"):
        patterns = [p for cue in merged.get(key, []) for p in stance._patterns(cue)]
        if patterns:
            matcher.add(key, patterns)
    doc = nlp().make_doc(text)
    return {(nlp().vocab.strings[m], s, e) for m, s, e in matcher(doc)}


_CUE_WORDS = ["agree", "on", "divided", "over", "pushing", "for", "concerns", "about", "both", "sides",
              "while", "but", "declined", "to", "comment", "prefers", "a", "different", "approach",
              "Disagreements", "clashed", "not", "backed", "by", "the", "U.S.", "Britain", "tariffs", ","]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), min_size=1, max_size=14))
def test_the_phrase_and_regex_matchers_find_what_one_token_matcher_finds(words):
    text = " ".join(words)
    doc = nlp().make_doc(text)
    assert set(load_cues().matches(doc)) == _reference_matches(text)
