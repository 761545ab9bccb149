"""The tense of a date read from the dependency parse: the verb its phrase attaches to.

The word-based guess (:mod:`analysis.dates.tense`) takes the tense cue nearest to the date,
which may belong to another clause ("said on Monday it will ..."; a quotation's verb). The
parse says which verb the date belongs to: from the date's head word we climb the
dependency tree (through its preposition, and through a noun it modifies: "the Jan. 20
deadline") to the first verb, and read that verb's own tense:

- ``will``/``shall``/``'ll``, a modal (``would``, ``could``, ``may`` ...), an infinitive
  ("ordered the company to withdraw the product by Jan. 20"), "going to", "is due", and a
  scheduling verb in the present ("is scheduled for", "are expected on", "plans") look
  ahead: ``future``;
- a past form, a perfect ("has invited them to a ceremony"), "did", a participle on its own
  ("the plan, unveiled Monday"): ``past``;
- a present form: ``present``.

A date attached to a reporting verb dates the statement ("said on Tuesday"), so it takes that
verb's tense (past). When no verb is found, the answer is None and the word-based guess
stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.dates.document import Tagged
from analysis.dates.entities import drop_names, mention_span

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["clause_tense", "read_with_parse", "verb_tense", "with_clause_tense"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "ll"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d"})
_SCHEDULING = frozenset({"schedule", "set", "expect", "plan", "slate", "due", "intend", "aim",
                         "hope", "propose", "prepare", "poise", "seek", "want"})
# Verbs that set or move a deadline: a date they take as object or through "to", "until" or
# "through" is a target ("extended the offer to Nov. 20", "has set Nov. 10 as the deadline").
_TARGETING = frozenset({"extend", "set", "postpone", "delay", "defer", "move", "push", "reschedule",
                        "schedule", "adjourn", "suspend"})
_TARGET_PREPS = frozenset({"to", "until", "till", "through", "into"})
_MODIFIER = frozenset({"compound", "nmod", "amod", "poss"})
_MAX_CLIMB = 6


def _verb_of(span: Span) -> Token | None:
    """The first verb above the date's head word, within its sentence; None when the date
    only modifies a noun ("a June agreement": the agreement's time, not the verb's)."""
    node = span.root
    if node.dep_ in _MODIFIER and node.head.pos_ in ("NOUN", "PROPN"):
        return None
    for _ in range(_MAX_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _aux(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def verb_tense(verb: Token) -> str | None:
    """The tense a verb's own form and auxiliaries give (see the module docstring)."""
    aux = _aux(verb)
    words = [a.lower_ for a in aux]
    if any(w in _MODALS for w in words) and "have" in words and verb.tag_ == "VBN":
        return "past"  # "may have been responsible on Wednesday"
    if any(w in _FUTURE_AUX for w in words):
        return "future"
    if any(w in _MODALS for w in words):
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "could not be reached on Monday", "would not comment on Tuesday"
        return "future"
    if any(a.tag_ == "TO" for a in aux):
        return "future"  # an infinitive looks ahead of the verb that governs it
    tags = [a.tag_ for a in aux]
    due = any(c.lower_ == "due" and c.dep_ in ("acomp", "advmod", "amod") for c in verb.children)
    if due and not ("VBD" in tags or any(w in ("had", "was", "were") for w in words)):
        return "future"  # "is due on March 5" (but "had been due" looks back)
    if "VBD" in tags or any(w in ("had", "did", "was", "were") for w in words):
        if verb.lemma_ in _SCHEDULING and verb.tag_ == "VBN" and any(w in ("was", "were") for w in words):
            return None  # "was scheduled for": the schedule may lie ahead or behind
        return "past"
    if any(w in ("has", "have", "'ve", "’ve") for w in words) and verb.tag_ == "VBN":
        return "past"  # a perfect: "has invited", "have agreed"
    if verb.lemma_ in _SCHEDULING and (verb.tag_ in ("VBZ", "VBP") or any(t in ("VBZ", "VBP") for t in tags)):
        return "future"  # "is scheduled for", "plans", "are expected on"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and not aux:
        return "past"  # a participle on its own: "the plan, unveiled Monday"
    if verb.tag_ in ("VBZ", "VBP") or any(t in ("VBZ", "VBP") for t in tags):
        return "present"
    return None


def _targets(span: Span, verb: Token) -> bool:
    """Whether a deadline-setting verb takes the date as its target."""
    if verb.lemma_ not in _TARGETING:
        return False
    node = span.root
    if node.head.i == verb.i:
        return node.dep_ in ("dobj", "npadvmod")
    return node.head.dep_ == "prep" and node.head.lower_ in _TARGET_PREPS and node.head.head.i == verb.i


def clause_tense(span: Span) -> str | None:
    """The tense of the verb the date ``span`` attaches to, or None."""
    verb = _verb_of(span)
    if verb is None:
        return None
    return "future" if _targets(span, verb) else verb_tense(verb)


def with_clause_tense(tagged: Sequence[Tagged], sentences: Sequence[Span | None]) -> tuple[Tagged, ...]:
    """``tagged`` with each tense read from the parse where it says one.

    ``sentences[i]`` is the parse of sentence ``i`` (None where there is none); a date whose
    clause has no verb keeps the word-based tense.
    """
    out = []
    for t in tagged:
        span = mention_span(sentences, t)
        tense = clause_tense(span) if span is not None else None
        out.append(Tagged(t.sentence_index, t.sentence, t.mention, tense) if tense else t)
    return tuple(out)


def read_with_parse(tagged: Sequence[Tagged], sentences: Sequence[Span | None]) -> tuple[Tagged, ...]:
    """What the parse changes in an article's tagged expressions: those that are part of a
    name dropped (:func:`analysis.dates.entities.drop_names`), every tense read from the verb
    the date attaches to. ``sentences[i]`` is the parse of sentence ``i``."""
    return with_clause_tense(drop_names(tagged, sentences), sentences)
