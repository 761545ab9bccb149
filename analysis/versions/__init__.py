"""Versions: which articles copy which, and every change (see :mod:`analysis.versions.core`).

Names are imported on first use, so that the notebook's :mod:`analysis.versions.present`
(which only reads findings) stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "PairResult",
    "Change",
    "SpellingChange",
    "QuoteChange",
    "Family",
    "FamilyEdge",
    "VersionFindings",
    "compare_versions",
    "align_profiles",
    "candidate_pairs",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        value = getattr(importlib.import_module("analysis.versions.core"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis.versions' has no attribute {name!r}")
