"""Topics (analysis.split.topics): vocabulary, claim words and grouping claims into topics."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.split.actors import Mention
from analysis.split.stance import Claim
from analysis.split.text import stem
from analysis.split.topics import (
    Topic,
    Vocabulary,
    _contains,
    _terms_of,
    _version_roots,
    balance_quotes,
    build_vocabulary,
    claim_terms,
    group_claims,
    phrase_key,
    sentence_key,
)


def claim(sentence: str, obj: str, *, article: str = "a", pos: int = 0, block: int = 0, kind: str = "pro",
          side: str | None = "US", both: bool = False, cue: str = "backs") -> Claim:
    start = sentence.index(obj)
    return Claim(article, pos, block, sentence, kind, side, both, None, cue, obj, obj, start, start + len(obj))


def vocab_of(*sentences: str, excluded: tuple[str, ...] = ()) -> Vocabulary:
    return build_vocabulary(sentences, excluded)


def test_sentence_key_is_spelling_and_punctuation_neutral() -> None:
    assert sentence_key("The regulators said tokenised shares rose.") == sentence_key(
        "regulators say: tokenized SHARES rose"
    )
    assert sentence_key("It was said that they were there.") == ""


def test_vocabulary_counts_distinct_sentences_once() -> None:
    vocab = vocab_of("Steel tariffs rose.", "Steel tariffs rose!", "Steel quotas fell.", excluded=("U.K.",))
    assert vocab.sentences == 2  # the first two are one sentence
    assert vocab.df[stem("steel")] == 2 and vocab.df[stem("tariffs")] == 1
    assert vocab.excluded == frozenset({stem("uk")})
    assert "quotas" in vocab.compounds


def test_linking_words_are_rare_ones_and_weights_fall_with_frequency() -> None:
    tags = [a + b for a in "bcdfg" for b in "klmnprst"]  # 40 distinct made-up words
    sentences = [f"Ministers discuss steel {tag}." for tag in tags] + ["The sandbox opened."]
    vocab = vocab_of(*sentences)
    assert vocab.linking(stem("sandbox"))
    assert not vocab.linking(stem("steel"))  # in every sentence
    assert not vocab.linking("unseen")
    assert vocab.weight(stem("sandbox")) > vocab.weight(stem("steel"))
    assert vocab.sentences == 41
    assert vocab.weight("unseen") == math.log(42) + 1.0


def test_split_compounds_are_joined_when_the_joined_form_occurs() -> None:
    vocab = vocab_of("Stablecoins are popular.", "Stable coins are risky.")
    assert phrase_key("stable coins", vocab) == [stem("stablecoins")]
    assert _terms_of("stable coins") == [stem("stable"), stem("coins")]


def test_claim_terms_leave_out_actors_cue_words_asides_and_excluded_words() -> None:
    sentence = "Regulators back British sandboxes (for now) for tokenised bonds."
    c = claim(sentence, "back British sandboxes (for now) for tokenised bonds")
    c = Claim(**{**c.__dict__, "masked": ((11, 15),)})  # "back"
    mention = Mention("a", 0, 0, 10, "Regulators", "regulators", (), None, "generic")
    vocab = vocab_of(sentence, excluded=("British",))
    assert claim_terms(c, [mention], vocab) == [stem("sandboxes"), stem("tokenised"), stem("bonds")]


def test_contains() -> None:
    big = frozenset("abcdefgh")
    assert _contains(frozenset("abcd"), big) and _contains(big, frozenset("abcd"))
    assert not _contains(frozenset("abc"), big)  # under four words says nothing
    assert not _contains(frozenset("abcxyz"), big)


def test_claims_of_one_paragraph_are_one_topic_and_others_are_apart() -> None:
    s1 = "The U.S. backs steel quotas for allies."
    s2 = "Britain wants lower beef tariffs."
    s3 = "London fears chip export controls."
    claims = [claim(s1, "steel quotas for allies", block=0), claim(s2, "lower beef tariffs", pos=1, block=0),
              claim(s3, "chip export controls", pos=2, block=9)]
    topics = group_claims(claims, [], vocab_of(s1, s2, s3))
    assert [len(t.claims) for t in topics] == [2, 1]
    assert all(isinstance(t, Topic) for t in topics)
    assert topics[0].claims[0] is claims[0]


def test_claims_in_other_articles_meet_on_two_distinctive_words() -> None:
    filler = [f"Ministers met {a + b}." for a in "bcdfg" for b in "klmnpr"]  # 30 made-up words
    s1 = "The U.S. backs sandbox pilots for tokenised securities."
    s2 = "Britain prefers a sandbox for tokenised securities trials."
    s3 = "Officials want a sandbox."
    claims = [claim(s1, "sandbox pilots for tokenised securities", article="a"),
              claim(s2, "a sandbox for tokenised securities trials", article="b", side="UK"),
              claim(s3, "a sandbox", article="c")]
    topics = group_claims(claims, [], vocab_of(s1, s2, s3, *filler))
    assert sorted(len(t.claims) for t in topics) == [1, 2]
    joined = next(t for t in topics if len(t.claims) == 2)
    assert stem("sandbox") in joined.terms and stem("securities") in joined.terms


def test_balance_quotes() -> None:
    assert balance_quotes("“a fair deal") == "a fair deal"
    assert balance_quotes("“a fair deal”,") == "“a fair deal”"
    assert balance_quotes('say "no  more') == "say no more"


WORDS = ["tariff", "steel", "sandbox", "chip", "export", "quota", "subsidy", "levy", "bond", "beef"]


def naive_roots(texts: list[str]) -> list[int]:
    """Version roots by comparing every pair: the first sentence of each connected group."""
    sets = [frozenset(_terms_of(t)) for t in texts]
    root = list(range(len(texts)))
    changed = True
    while changed:
        changed = False
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if _contains(sets[i], sets[j]) and root[i] != root[j]:
                    low = min(root[i], root[j])
                    old = {root[i], root[j]}
                    root = [low if r in old else r for r in root]
                    changed = True
    return root


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8), min_size=1, max_size=10))
def test_version_roots_through_the_index_match_all_pairs(sentences: list[list[str]]) -> None:
    texts = [" ".join(words) for words in sentences]
    assert _version_roots(texts) == naive_roots(texts)
