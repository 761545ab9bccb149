"""Markdown articles and YAML front matter.

Front matter (``---`` ... ``---`` at the top, in a ``.md`` or ``.txt`` file) gives
``title``, ``date``, ``outlet``, ``author`` and ``url``. It is read without YAML aliases
(refused, so it cannot expand) and with dates left as strings (checked by the caller).
markdown-it-py parses the body: the first level-one heading is the headline, other headings
are subheads, a bullet list before the first paragraph holds the key points, and inline
markup is dropped to plain text.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from analysis import yamlfile
from analysis.ingest.layout import RawBlock

__all__ = ["FrontMatterError", "split_front_matter", "markdown_blocks"]

_FRONT = re.compile(r"\A---[ \t]*\n(?:(?P<yaml>.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class FrontMatterError(ValueError):
    """Front matter that is not a YAML mapping."""


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """``(metadata, body)``; metadata is empty when the text has no front matter."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        data = yamlfile.load_untrusted(match.group("yaml") or "")
    except yamlfile.AliasError as exc:
        raise FrontMatterError(
            f"front matter uses a YAML alias (*name) at line {exc.line + 1}; aliases are not allowed"
        ) from exc
    except yamlfile.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise FrontMatterError(f"front matter is not valid YAML{where}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a YAML mapping of key: value lines")
    return {str(k).lower(): v for k, v in data.items()}, text[match.end():]


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            continue
    return " ".join("".join(parts).split())


def markdown_blocks(body: str, *, title: str | None = None) -> list[RawBlock]:
    """Markdown body to raw blocks in reading order."""
    tokens = MarkdownIt("commonmark").parse(body)
    blocks: list[RawBlock] = []
    heading_level: int | None = None
    list_depth = 0
    seen_paragraph = False
    have_headline = title is not None
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = None
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "inline":
            text = _inline_text(token)
            if not text:
                continue
            if heading_level is not None:
                if heading_level == 1 and not have_headline and not seen_paragraph:
                    blocks.append(RawBlock("headline", text))
                    have_headline = True
                elif title is not None and text == title and not seen_paragraph:
                    continue
                else:
                    blocks.append(RawBlock("subhead", text))
            elif list_depth and not seen_paragraph:
                blocks.append(RawBlock("key_point", text))
            else:
                blocks.append(RawBlock("paragraph", text))
                seen_paragraph = True
        elif token.type in ("html_block", "code_block", "fence"):
            continue
    return blocks
