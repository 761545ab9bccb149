"""Text units and tokens the version analysis compares.

An article is compared as a sequence of *units*: its headline, key points, subheads and body
sentences in reading order, so that a headline or subhead a copy adds is reported like any
other added sentence. Tokens keep their place in the text so that a change can be shown in
the words the article used.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from analysis.model import Article

__all__ = [
    "Unit",
    "Token",
    "article_units",
    "normalise_typography",
    "tokens",
    "words",
    "punctuation_signature",
]

# Quote glyphs that only differ in typography: curly or straight, single or double.
_QUOTE_GLYPHS = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
    }
)
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
# A dash between words, however typed: em dash, en dash, or a hyphen with spaces round it.
_DASH = re.compile(r"\s*[\u2014\u2015]\s*|\s+[\u2013-]\s+")


@dataclass(frozen=True)
class Unit:
    """One comparable unit of an article: a headline, key point, subhead or sentence.

    ``kind`` is the kind of block it comes from (``paragraph`` for body sentences);
    ``block`` is the index of that block in :attr:`Article.blocks`.
    """

    kind: str
    text: str
    block: int


@dataclass(frozen=True)
class Token:
    """A word as compared (lower case) and where it stands in the unit's text."""

    norm: str
    start: int
    end: int


def article_units(article: Article) -> tuple[Unit, ...]:
    """The article's headline, key points, subheads and sentences in reading order.

    The headline is taken from the blocks when ingest put it there, or else from
    :attr:`Article.headline`, so that every article's headline is a unit.
    """
    units: list[Unit] = []
    has_headline_block = any(b.kind == "headline" for b in article.blocks)
    if article.headline and not has_headline_block:
        units.append(Unit("headline", article.headline.strip(), -1))
    for index, block in enumerate(article.blocks):
        if block.kind == "paragraph":
            units.extend(Unit("paragraph", s.strip(), index) for s in block.sentences if s.strip())
        elif block.text.strip():
            units.append(Unit(block.kind, block.text.strip(), index))
    return tuple(units)


def normalise_typography(text: str) -> str:
    """Text with differences of typography only removed.

    Unicode compatibility forms are folded (NFKC), curly quotes become straight ones and
    runs of white space become one space. Two texts equal after this differ only in
    white space and quote marks, which is what the findings call a duplicate.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTE_GLYPHS)
    return _SPACE.sub(" ", folded).strip()


def tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text`` (letters and digits; apostrophes and hyphens split words)."""
    folded = unicodedata.normalize("NFKC", text)
    if len(folded) != len(text):  # keep offsets valid for the original text
        folded = text
    return tuple(Token(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(folded))


def words(text: str) -> tuple[str, ...]:
    """The lower-case words of ``text``."""
    return tuple(t.norm for t in tokens(text))


def punctuation_signature(text: str) -> str:
    """The punctuation of ``text`` in order, with typography folded.

    Quote glyphs are made straight and every between-word dash (em dash, en dash or a
    spaced hyphen) becomes one em dash, so that only real changes of punctuation (a comma
    moved inside a quote, a full stop that became a comma) change the signature.
    """
    folded = normalise_typography(text)
    folded = _DASH.sub("\u2014", folded)
    return "".join(ch for ch in folded if not ch.isalnum() and not ch.isspace() and ch != "_")
