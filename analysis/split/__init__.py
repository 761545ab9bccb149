"""The split: actors, their sides, and each side's positions (issue 5)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.model import Article

__all__ = ["SplitFindings", "analyse_split"]


@dataclass(frozen=True)
class SplitFindings:
    """The ``actors`` and ``positions`` keys of the findings."""

    actors: tuple[Any, ...] = ()
    positions: tuple[Any, ...] = ()


def analyse_split(articles: Sequence[Article], sides: Sequence[str]) -> SplitFindings:
    """Find actors and positions. Not built yet: returns empty findings."""
    return SplitFindings()
