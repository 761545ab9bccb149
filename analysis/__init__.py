"""briefing's analysis library: read news articles and compare them.

The public API::

    from analysis import load_articles, build_findings
    findings = build_findings(["seeds/"], sides=("US", "UK"))
    findings.to_dict()   # the JSON object of the findings contract

Names are imported on first use, so that a notebook which only reads ``findings.json``
through :mod:`analysis.report` does not pay for spaCy and the other parsers.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Article",
    "Block",
    "DEFAULT_SIDES",
    "Findings",
    "Quote",
    "SCHEMA",
    "Skipped",
    "build_findings",
    "load_articles",
]

__version__ = "0.1.0"

_WHERE = {
    "Article": "analysis.model",
    "Block": "analysis.model",
    "Quote": "analysis.model",
    "Skipped": "analysis.model",
    "DEFAULT_SIDES": "analysis.findings",
    "Findings": "analysis.findings",
    "SCHEMA": "analysis.findings",
    "build_findings": "analysis.findings",
    "load_articles": "analysis.ingest",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
