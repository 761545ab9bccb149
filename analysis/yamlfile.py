"""Safe YAML parsing with libyaml's C parser when PyYAML has it (about ten times faster).

The shipped gazetteer is large enough that the pure-Python parser took a noticeable share of
``briefing findings``; the C parser builds the same Python objects (dates, numbers, lists).

:func:`load_untrusted` is for YAML from input files (front matter): it refuses aliases, so a
few hundred bytes cannot expand into gigabytes, and leaves dates as strings for the caller to
check, so an impossible date such as ``2026-02-30`` is not an error inside the parser.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["YAMLError", "AliasError", "safe_load", "load_untrusted"]

YAMLError = yaml.YAMLError
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class AliasError(yaml.YAMLError):
    """YAML that uses an alias (``*name``), which untrusted input may not."""

    def __init__(self, line: int) -> None:
        super().__init__(f"YAML aliases (*name) are not allowed (line {line})")
        self.line = line


class _UntrustedLoader(yaml.SafeLoader):
    """A safe loader that refuses aliases and reads timestamps as plain strings."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose as usual, but stop at the first alias."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise AliasError(event.start_mark.line + 1)
        return super().compose_node(parent, index)


def safe_load(text: str) -> Any:
    """Parse one YAML document as ``yaml.safe_load`` does; raises :class:`YAMLError`."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


def load_untrusted(text: str) -> Any:
    """Parse YAML from an input file: no aliases, dates left as strings; raises :class:`YAMLError`."""
    return yaml.load(text, Loader=_UntrustedLoader)  # noqa: S506 - a safe loader
