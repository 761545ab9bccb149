"""Positions (analysis.split.positions): each side's position per topic, agree or disagree."""

from __future__ import annotations

from analysis.split.positions import MAX_PHRASES, build_positions, shorten
from analysis.split.results import Position
from analysis.split.stance import Claim
from analysis.split.topics import Topic, build_vocabulary

SIDES = ("US", "UK")


def claim(sentence: str, kind: str, side: str | None, *, both: bool = False, actor: str | None = None,
          phrase: str = "", cue: str = "cue", article: str = "a", pos: int = 0) -> Claim:
    return Claim(article, pos, 0, sentence, kind, side, both, actor, cue, phrase, phrase, 0, len(phrase))


def positions(*claims: Claim, unnamed: frozenset[str] = frozenset()) -> list[Position]:
    vocab = build_vocabulary([c.sentence for c in claims], ())
    return build_positions([Topic("steel tariffs", tuple(claims), ("steel",))], SIDES, vocab, unnamed=unnamed)


def test_both_sides_agreeing_is_an_agreement() -> None:
    [p] = positions(claim("Both sides agree on steel tariffs.", "agree", None, both=True,
                          phrase="agree on steel tariffs", cue="agree"))
    assert p.stance == "agree"
    assert p.cues == ("agree: agree",)
    assert dict(p.by_side) == {"US": "agree on steel tariffs", "UK": "agree on steel tariffs"}
    assert [e.side for e in p.evidence] == [None]


def test_one_side_for_and_the_other_against_is_a_disagreement() -> None:
    [p] = positions(
        claim("The U.S. backs steel tariffs.", "pro", "US", actor="USTR", phrase="backs steel tariffs"),
        claim("Britain rejects steel tariffs.", "con", "UK", actor="Britain", phrase="rejects steel tariffs", pos=1),
        unnamed=frozenset({"Britain"}),
    )
    assert p.stance == "disagree"
    assert p.cues == ("disagree: US and UK for and against",)
    assert dict(p.by_side) == {"US": "USTR: backs steel tariffs", "UK": "rejects steel tariffs"}
    assert dict(p.actors) == {"US": ("USTR",), "UK": ("Britain",)}
    assert [(e.side, e.sentence) for e in p.evidence] == [("US", "The U.S. backs steel tariffs."),
                                                          ("UK", "Britain rejects steel tariffs.")]


def test_a_tie_goes_to_disagree_and_one_sentence_counts_once() -> None:
    agree = claim("They agree on steel.", "agree", None, both=True, phrase="agree on steel", cue="agree")
    split = claim("They clash on steel.", "disagree", None, both=True, phrase="clash on steel", cue="clash", pos=1)
    again = claim("They clash on steel!", "disagree", None, both=True, phrase="clash on steel", cue="clash", pos=2)
    [p] = positions(agree, split, again)
    assert p.stance == "disagree"
    assert p.cues == ("agree: agree", "disagree: clash")


def test_a_topic_without_a_signal_or_a_side_is_no_position() -> None:
    assert positions(claim("The U.S. backs steel tariffs.", "pro", "US", phrase="backs steel tariffs")) == []
    assert positions(claim("Someone clashed on steel.", "disagree", None, phrase="clashed on steel")) == []


def test_at_most_max_phrases_per_side_without_repeats() -> None:
    claims = [claim(f"The U.S. backs steel plan {w}.", "pro", "US", phrase=f"backs steel plan {w}", pos=i)
              for i, w in enumerate(["alpha", "bravo", "charlie"])]
    claims.append(claim("The U.S. backs steel plan alpha.", "pro", "US", phrase="backs steel plan alpha", pos=9))
    claims.append(claim("Britain rejects steel.", "con", "UK", phrase="rejects steel", pos=10))
    [p] = positions(*claims)
    us = dict(p.by_side)["US"]
    assert us is not None and len(us.split("; ")) == MAX_PHRASES == 2


def test_shorten_keeps_short_phrases_and_the_key_word() -> None:
    assert shorten("a short phrase", {"x"}) == "a short phrase"
    long = "preference for testing joint work on tokenized securities via a so-called sandbox and more"
    assert shorten(long, {"sandbox"}) == "preference for testing joint work on tokenized securities via a so-called sandbox …"
    assert shorten(long, {"zzz"}) == "preference for testing joint work on tokenized securities …"
    assert shorten("one two three four five six", set(), limit=3) == "one two three …"
