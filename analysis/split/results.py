"""The split's results: actors and positions, as the findings contract names them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Actor", "Evidence", "Position", "SplitFindings"]


@dataclass(frozen=True)
class Actor:
    """An organisation, person, country or group the articles name, and its side."""

    name: str
    side: str | None
    mentions: int
    articles: tuple[str, ...]
    role: str | None = None
    groups: tuple[str, ...] = ()
    kind: str = "gazetteer"  # how it was found: gazetteer, generic, group, capital, person, organisation

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "side": self.side,
            "mentions": self.mentions,
            "articles": list(self.articles),
            # additions to the contract
            "role": self.role,
            "groups": list(self.groups),
            "found_by": self.kind,
        }


@dataclass(frozen=True)
class Evidence:
    """A sentence that shows a position, and whose side it shows (None: both or neither)."""

    article: str
    side: str | None
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "side": self.side, "sentence": self.sentence}


@dataclass(frozen=True)
class Position:
    """Where the two sides stand on one topic, and whether they agree."""

    topic: str
    stance: str  # agree | disagree
    by_side: tuple[tuple[str, str | None], ...]
    evidence: tuple[Evidence, ...]
    cues: tuple[str, ...] = ()  # the cue words and structures that decided the stance
    actors: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "stance": self.stance,
            "by_side": {side: text for side, text in self.by_side},
            "evidence": [e.to_dict() for e in self.evidence],
            # additions to the contract
            "cues": list(self.cues),
            "actors_by_side": {side: list(names) for side, names in self.actors},
        }


@dataclass(frozen=True)
class SplitFindings:
    """The ``actors`` and ``positions`` keys of the findings."""

    actors: tuple[Actor, ...] = ()
    positions: tuple[Position, ...] = ()
