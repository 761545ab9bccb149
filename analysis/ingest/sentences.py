"""Sentence splitting for news prose.

spaCy's English tokenizer keeps abbreviations such as "U.S.", "Dec." and "J." whole, so its
rule-based sentencizer does not split inside them. Two repairs follow for news text: an
opening quote mark that the sentencizer left at the end of a sentence moves to the next
one, and an initialism that ends a sentence ("... and the U.S. The split ...") is split
after when a usual sentence opener follows.

Long text is sentencized in pieces of at most :data:`PIECE_CHARS` characters, cut at the last
sentence end (or space) before the limit, so no input reaches spaCy's length limit and the
cost stays proportional to the text.
"""

from __future__ import annotations

import re

from analysis.english import english

__all__ = ["PIECE_CHARS", "cut_text", "split_sentences", "name_in_sentence"]

PIECE_CHARS = 100_000
_PIECE_END = re.compile(r"[.!?][\"”’')\]]*\s")

_OPENERS = (
    "The|A|An|But|And|He|She|It|They|We|I|This|That|These|Those|In|On|At|As|So|Yet|"
    "However|Meanwhile|Its|His|Her|Their|There|What|When|Why|How|Some|Many|Most|Both|"
    "Officials|Analysts|Critics|Earlier|Later|Last|Next"
)
_INITIALISM_END = re.compile(rf"\b(?:[A-Z]\.){{2,}}(?=\s+(?:{_OPENERS})\b)")
_OPEN_QUOTE_TAIL = re.compile(r"""(?:(?<=\s)|^)[“‘"']+\s*$""")


def cut_text(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at a sentence end or space."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max((m.end() for m in _PIECE_END.finditer(window, limit // 2)), default=-1)
        if cut <= 0:
            cut = window.rfind(" ") + 1 or limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _sentencize(text: str) -> list[str]:
    nlp = english()
    return [
        s.text.strip()
        for piece in cut_text(text, PIECE_CHARS)
        for s in nlp(piece).sents
        if s.text.strip()
    ]


def _move_open_quotes(sentences: list[str]) -> list[str]:
    out: list[str] = []
    carry = ""
    for sentence in sentences:
        sentence = carry + sentence
        carry = ""
        match = _OPEN_QUOTE_TAIL.search(sentence)
        if match and match.start() > 0:
            carry = sentence[match.start():].strip()
            sentence = sentence[: match.start()].rstrip()
        out.append(sentence)
    if carry:
        out[-1] = f"{out[-1]} {carry}" if out else carry
    return [s for s in out if s]


def _split_initialisms(sentence: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _INITIALISM_END.finditer(sentence):
        parts.append(sentence[start : match.end()].strip())
        start = match.end()
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


def split_sentences(text: str) -> list[str]:
    """Split one paragraph of prose into sentences, in order, none empty.

    Whitespace inside the paragraph is folded to single spaces first.
    """
    text = " ".join(text.split())
    if not text:
        return []
    sentences = _move_open_quotes(_sentencize(text))
    return [piece for s in sentences for piece in _split_initialisms(s)]


# A full stop that ends a sentence after a name: after a lower-case letter, a digit or an
# acronym ("Reuters.", "G7.", "SEC."), not after an initial ("U.S.", "J.").
_NAME_END = re.compile(r"(?:(?<=[a-z0-9])|(?<=[A-Z]{2}))\.(?=\s|$)")


def name_in_sentence(text: str) -> str:
    """A name matched by a pattern, cut at the end of its sentence.

    "Reuters. She" -> "Reuters"; "the SEC." -> "the SEC"; "the U.S. SEC" stays.
    """
    return _NAME_END.split(text, maxsplit=1)[0].strip()
