"""Versions: which articles copy which, sentence alignment and every change (issue 3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.model import Article

__all__ = ["VersionFindings", "compare_versions"]


@dataclass(frozen=True)
class VersionFindings:
    """The ``pairs``, ``changes``, ``spelling`` and ``quote_changes`` keys of the findings."""

    pairs: tuple[Any, ...] = ()
    changes: tuple[Any, ...] = ()
    spelling: tuple[Any, ...] = ()
    quote_changes: tuple[Any, ...] = ()


def compare_versions(articles: Sequence[Article]) -> VersionFindings:
    """Compare every pair of articles. Not built yet: returns empty findings."""
    return VersionFindings()
