"""The article model every analysis works from.

An :class:`Article` is what ingest makes of one file: its metadata, its blocks in reading
order (headline, key points, subheads, paragraphs) and its body sentences. Everything is
frozen so that analyses cannot change what another one sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Article", "Block", "Quote", "Skipped", "BlockKind", "PublishedBasis"]

BlockKind = Literal["headline", "key_point", "subhead", "paragraph"]
PublishedBasis = Literal["stated", "metadata", "inferred", "unknown"]


@dataclass(frozen=True)
class Block:
    """One unit of layout in reading order.

    ``sentences`` are the sentences of a paragraph; a headline, key point or subhead is one
    unit and its ``sentences`` hold just its own text.
    """

    kind: BlockKind
    text: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Quote:
    """A direct quote, its speaker when the text attributes it, and the sentence it opens in.

    ``role`` is what the text calls the speaker ("the agency's head of compliance");
    ``block`` is the index of its paragraph in ``Article.blocks`` and ``start``/``end`` the
    offsets of the quoted words in that paragraph's text, so that every family finds the
    same quote at the same place instead of matching its words again.
    """

    text: str
    speaker: str | None
    sentence: str
    role: str | None = None
    block: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Article:
    """One article as read from one file."""

    id: str
    path: str
    format: Literal["text", "markdown", "html"]
    headline: str | None
    outlet: str | None
    byline: str | None
    dateline: str | None
    published: str | None
    published_basis: PublishedBasis
    blocks: tuple[Block, ...]
    quotes: tuple[Quote, ...] = ()
    published_range: tuple[str, str] | None = None
    published_evidence: str | None = None
    outlet_clues: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def key_points(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "key_point")

    @property
    def subheads(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "subhead")

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def sentences(self) -> tuple[str, ...]:
        """Body sentences in order (paragraphs only: no headline, key points or subheads)."""
        return tuple(s for b in self.blocks if b.kind == "paragraph" for s in b.sentences)

    @property
    def text(self) -> str:
        """The body as plain text, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read, and why (one line)."""

    path: str
    error: str
