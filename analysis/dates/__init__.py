"""Dates and deadlines: temporal expressions, events and conflicts (issue 4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.model import Article

__all__ = ["DateFindings", "analyse_dates"]


@dataclass(frozen=True)
class DateFindings:
    """The ``dates``, ``events`` and ``conflicts`` keys, and articles with inferred dates."""

    articles: tuple[Article, ...] = ()
    dates: tuple[Any, ...] = ()
    events: tuple[Any, ...] = ()
    conflicts: tuple[Any, ...] = ()


def analyse_dates(articles: Sequence[Article]) -> DateFindings:
    """Tag and resolve dates. Not built yet: returns the articles unchanged."""
    return DateFindings(articles=tuple(articles))
