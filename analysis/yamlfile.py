"""Safe YAML parsing with libyaml's C parser when PyYAML has it (about ten times faster).

The shipped gazetteer is large enough that the pure-Python parser took a noticeable share of
``briefing findings``; the C parser builds the same Python objects (dates, numbers, lists).
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["YAMLError", "safe_load"]

YAMLError = yaml.YAMLError
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """Parse one YAML document as ``yaml.safe_load`` does; raises :class:`YAMLError`."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
