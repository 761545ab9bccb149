"""Guess the tense around a temporal expression, without a parser.

The resolver needs to know whether "in March" or "on Monday" lies behind or ahead of the
article's date. We look for the tense cue nearest to the expression in its sentence:
future markers ("will", "is set to", "is expected to", "plans to"), past forms (irregular
pasts, "-ed" words not governed by "is"/"will be", "ago") and present forms ("is",
"says"). Reporting verbs ("said", "told") are skipped: they date the statement, not the
event. The answer is ``past``, ``present``, ``future`` or None when there is no cue.
"""

from __future__ import annotations

import re

from analysis.text.lexicon import lexicon

__all__ = ["tense_at", "TENSES"]

TENSES = ("past", "present", "future")

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_FUTURE_PHRASES = re.compile(
    r"\b(?:will|would|shall|won['’]t|['’]ll|going\s+to|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|slated|poised|likely|about|planned|supposed)\s+to|"
    r"(?:plans?|planning|aims?|aiming|intends?|intending|hopes?|hoping|wants?|expects?|promised|pledged|vowed|agreed|seeks?)\s+to|"
    r"(?:is|are)\s+to|upcoming|forthcoming|scheduled|slated|due|"
    r"(?:set|scheduled|slated|planned|due|expected)\s+(?:for|on)|"
    r"(?:postponed|delayed|deferred|slipped|pushed\s+back|put\s+off|moved|rescheduled|extended|brought\s+forward)\s+(?:[\w'’-]+\s+){0,6}?(?:until|till|to|into))\b",
    re.IGNORECASE,
)
_IRREGULAR_PAST = frozenset(
    """was were had did took met made came went began held gave found left brought bought
    sold won lost fell rose saw knew thought became ran paid kept led spent sent built stood
    grew drew wrote spoke broke chose struck fought sought taught caught meant felt heard
    ago got forgot hid lay sank sang shook shot slept swam threw understood woke wore withdrew
    overtook undertook oversaw""".split()
)
_PRESENT = frozenset("is are am has have does do remains remain seems seem".split())
_REPORTING = lexicon().reporting_forms | {"according"}
_NOT_PAST = frozenset(
    """need needed speed seed feed indeed bred hundred red bed shed proceed exceed succeed
    breed greed embed based so-called related limited united detailed advanced interested
    concerned skilled talented armed supposed used unprecedented alleged""".split()
)


def _cue(tokens: list[str], i: int) -> str | None:
    """The tense a single word signals in its context, if any."""
    word = tokens[i].lower().replace("’", "'")
    if word in _REPORTING:
        return None
    if word in ("will", "shall", "won't") or word.endswith("'ll"):
        return "future"
    if word in _IRREGULAR_PAST:
        return "past"
    if word in _PRESENT:
        return "present"
    if word == "be":
        before = {t.lower() for t in tokens[max(0, i - 3):i]}
        return "future" if before & {"will", "would", "shall", "to", "'ll"} else None
    if len(word) >= 5 and word.endswith("ed") and word not in _NOT_PAST:
        prior = [t.lower() for t in tokens[max(0, i - 2):i]]
        if any(b in ("is", "are", "be", "being", "am", "will", "to", "would") for b in prior):
            return None  # passive or infinitive: its auxiliary carries the tense
        return "past"
    return None


def tense_at(sentence: str, start: int, end: int) -> str | None:
    """The tense of the clause around ``sentence[start:end]`` (None when nothing says)."""
    tokens: list[str] = []
    distances: list[int] = []
    for m in _TOKEN.finditer(sentence):
        if start <= m.start() < end:
            continue
        tokens.append(m.group(0))
        distances.append(m.start() - end if m.start() >= end else m.end() - start)
    best: tuple[int, int, str] | None = None
    for i in range(len(tokens)):
        cue = _cue(tokens, i)
        if cue is None:
            continue
        d = distances[i]
        key = (abs(d), 0 if d < 0 else 1)
        if best is None or key < best[:2]:
            best = (key[0], key[1], cue)
    # explicit future phrases to the left in the same clause win over a nearby participle
    left = sentence[:start]
    clause = re.split(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b", left)[-1]
    future = list(_FUTURE_PHRASES.finditer(clause))
    if future:
        gap = len(clause) - future[-1].end()
        if best is None or best[2] != "future" and gap < 80:
            between = clause[future[-1].end():]
            if not re.search(r"\b(?:was|were|had|did)\b", between):
                return "future"
    return best[2] if best else None
