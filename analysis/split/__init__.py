"""The split: actors, their sides, and each side's positions (see :mod:`analysis.split.core`).

Names are imported on first use, so that the notebook's :mod:`analysis.split.present`
(which only reads findings) does not pay for spaCy.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Actor",
    "Evidence",
    "Position",
    "SplitFindings",
    "analyse_split",
    "collect_actors",
    "find_claims",
    "load_gazetteer",
    "Gazetteer",
]


def __getattr__(name: str) -> Any:
    if name in __all__ or name == "PathArg":
        value = getattr(importlib.import_module("analysis.split.core"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis.split' has no attribute {name!r}")
