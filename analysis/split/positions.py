"""Positions: for each topic, each side's position and whether the sides agree.

The rules, in words a classroom can check against the evidence:

* **agree** signals: an agree cue ("agree", "broad agreement", "consensus", "align") in a
  clause that names both sides (or says "both sides"), or both sides wanting the same thing
  ("Both governments support ...").
* **disagree** signals: a disagree cue ("divided over", "obstacle", "a different approach",
  "clash"), a negated agree cue ("failed to agree"), two clauses of different sides set
  against each other by "while"/"but"/"whereas", or one side for something (prefer, push
  for, back, weigh) while the other is against it (concern, doubts, cautious, reject).
* The stance is the side with more signals (counted once per distinct sentence, so two
  versions of one wire story do not count twice); a tie goes to disagree, since explicit
  signs of disagreement make a topic contested.
* A topic is kept only when it has at least one signal and names at least one side.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.split.results import Evidence, Position
from analysis.split.stance import Claim
from analysis.split.text import fold
from analysis.split.topics import Topic, Vocabulary, balance_quotes, phrase_key, sentence_key

__all__ = ["build_positions", "MAX_PHRASES"]

MAX_PHRASES = 2  # phrases per side and topic
PHRASE_WORDS = 10  # words per phrase, give or take the topic's key word
_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "for", "to", "on", "in", "at", "and", "or", "by", "with", "via"})


def _signals(topic: Topic, sides: Sequence[str]) -> tuple[int, int, list[str]]:
    """(agree, disagree) signal counts and the cues that gave them."""
    agree: dict[str, str] = {}
    disagree: dict[str, str] = {}
    for c in topic.claims:
        key = sentence_key(c.sentence) + "|" + fold(c.cue)
        if c.kind == "agree" and c.both:
            agree.setdefault(key, c.cue)
        elif c.kind == "disagree" and (c.both or c.side is not None):
            disagree.setdefault(key, c.cue)
    polarity = {s: {c.kind for c in topic.claims if c.side == s and c.kind in {"pro", "con"}} for s in sides}
    a, b = sides
    if ("pro" in polarity[a] and "con" in polarity[b] and "pro" not in polarity[b]) or (
        "con" in polarity[a] and "pro" in polarity[b] and "con" not in polarity[a]
    ):
        disagree.setdefault("|opposed", f"{a} and {b} for and against")
    cues = [f"agree: {v}" for v in dict.fromkeys(agree.values())]
    cues += [f"disagree: {v}" for v in dict.fromkeys(disagree.values())]
    return len(agree), len(disagree), cues


def _phrases(
    claims: Sequence[Claim], side: str, shared: Sequence[str], vocab: Vocabulary, unnamed: frozenset[str]
) -> list[str]:
    """A side's position in a few words: its clearest claims, most central first."""
    own = [c for c in claims if c.side == side and c.kind in {"pro", "con", "stated", "disagree"} and c.phrase]
    if not own:
        own = [c for c in claims if c.both and c.kind == "agree" and c.phrase]
    central = set(shared[:5])

    def rank(c: Claim) -> tuple[int, int, str, int]:
        words = {t for t in central if t in fold(c.object)}  # cheap: stems inside the object
        hits = sum(1 for t in central if t and t in fold(c.phrase))
        return (-(hits + len(words)), {"pro": 0, "con": 0, "agree": 1, "stated": 2, "disagree": 3}[c.kind],
                c.article, c.pos)

    out: list[str] = []
    seen: list[set[str]] = []
    for c in sorted(own, key=rank):
        key = set(phrase_key(c.phrase, vocab))
        if any(key <= s or s <= key for s in seen):
            continue
        seen.append(key)
        text = shorten(c.phrase, central)
        if c.actor and c.actor not in unnamed and not c.both:
            text = f"{c.actor}: {text}"  # who holds it, unless it is the side itself
        out.append(text)
        if len(out) == MAX_PHRASES:
            break
    return out


def shorten(phrase: str, central: set[str], *, limit: int = PHRASE_WORDS, stretch: int = 4) -> str:
    """Cut a phrase to ``limit`` words, or a few more to keep the topic's key word.

    "preference for testing joint work on tokenized securities via a so-called sandbox"
    keeps "sandbox" (12 words); anything longer ends with "…".
    """
    words = phrase.split()
    if len(words) <= limit:
        return phrase
    keep = limit
    for k in range(limit, min(len(words), limit + stretch)):
        if any(t and t in fold(words[k]) for t in central):
            keep = k + 1
    cut = words[:keep]
    while cut and cut[-1].lower().strip(",.;:") in _FUNCTION_WORDS:
        cut.pop()
    return balance_quotes(" ".join(cut)) + " …"


def _evidence(claims: Sequence[Claim]) -> tuple[Evidence, ...]:
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.article, c.pos), []).append(c)
    out = []
    for (article, _pos), group in sorted(by_sentence.items()):
        sides = {c.side for c in group if c.kind != "disagree" or c.side}
        sides.discard(None)
        both = any(c.both for c in group)
        side = next(iter(sides)) if len(sides) == 1 and not both else None
        out.append(Evidence(article, side, group[0].sentence))
    return tuple(out)


def build_positions(
    topics: Sequence[Topic],
    sides: Sequence[str],
    vocab: Vocabulary,
    *,
    unnamed: frozenset[str] = frozenset(),
) -> list[Position]:
    """One position per topic that has a signal and a side (see the module docstring).

    ``unnamed`` are actor names not shown before a side's phrase (the countries and
    capitals that are the sides themselves).
    """
    positions = []
    for topic in topics:
        agree, disagree, cues = _signals(topic, sides)
        named = {c.side for c in topic.claims if c.side} | ({"both"} if any(c.both for c in topic.claims) else set())
        if agree + disagree == 0 or not named:
            continue
        stance = "agree" if agree > disagree else "disagree"
        by_side = []
        actors = []
        for side in sides:
            phrases = _phrases(topic.claims, side, topic.terms, vocab, unnamed)
            by_side.append((side, "; ".join(phrases) if phrases else None))
            names = tuple(dict.fromkeys(c.actor for c in topic.claims if c.side == side and c.actor))
            actors.append((side, names))
        positions.append(Position(topic.label, stance, tuple(by_side), _evidence(topic.claims),
                                  tuple(cues), tuple(actors)))
    return positions
