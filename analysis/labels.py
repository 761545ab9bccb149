"""Short names for articles, for the pages a person reads.

An article's id is its file name without the extension (the findings contract). Scraped
collections often name files by a number and a content hash ("000_5607d50cc183dadc"): exact,
but a reader cannot hold three of those in mind. Here the hash-like parts of such a name are
dropped ("000_5607d50cc183dadc" -> "Article 000"); a name a person gave ("flood_wire",
"reuters-2026-03-04") is kept as it is. The JSON findings keep the full ids; the reports
rename articles consistently throughout, and the articles page shows each file.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["short_label", "article_labels", "relabel", "with_short_ids"]

_PARTS = re.compile(r"([_\-. ]+)")
# hexadecimal with digits and letters: 12+ characters, or 8+ with 3 digits ("a1b2c3d4", not
# "facade12"); or 16+ letters and digits mixed (base-62 ids)
_HEX = re.compile(r"(?=[0-9a-fA-F]*[0-9])(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{12,}"
                  r"|(?=(?:[a-fA-F]*[0-9]){3})(?=[0-9]*[a-fA-F])[0-9a-fA-F]{8,}")
_TOKEN = re.compile(r"(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{16,}")
_HASH_PREFIX = 7  # like a short git commit id


def _hash_like(part: str) -> bool:
    return bool(_HEX.fullmatch(part) or _TOKEN.fullmatch(part))


def short_label(article_id: str) -> str:
    """A short name for one article id; the id itself when it has no hash-like part.

    "000_5607d50cc183dadc" -> "Article 000"; "5607d50cc183dadc" -> "Article 5607d50";
    "flood_wire" -> "flood_wire". Always a non-empty string.
    """
    pieces = _PARTS.split(article_id)
    words = pieces[0::2]
    if not any(_hash_like(w) for w in words):
        return article_id
    kept: list[str] = []
    for i, word in enumerate(words):
        if word and not _hash_like(word):
            if kept:
                kept.append(pieces[2 * i - 1])
            kept.append(word)
    rest = "".join(kept).strip("_-. ")
    if not rest:
        first = next(w for w in words if _hash_like(w))
        return f"Article {first[:_HASH_PREFIX]}"
    return f"Article {rest}" if rest.isdigit() else rest


def article_labels(ids: Iterable[str]) -> dict[str, str]:
    """A short, unique name for every id: ids whose short names would collide keep their id."""
    ids = list(dict.fromkeys(ids))
    short = {i: short_label(i) for i in ids}
    taken: dict[str, int] = {}
    for label in short.values():
        taken[label] = taken.get(label, 0) + 1
    # a short name may not equal another article's id either
    return {
        i: label if taken[label] == 1 and (label == i or label not in short) else i
        for i, label in short.items()
    }


def relabel(text: str, labels: Mapping[str, str]) -> str:
    """``text`` with every whole occurrence of an id replaced by its label.

    Every id takes part, the unchanged ones too, and the longest match wins: an id that
    keeps its name ("5607d50cc183dadc copy") is never half-renamed through a shorter id
    inside it ("5607d50cc183dadc").
    """
    if all(i == label for i, label in labels.items()) or not any(i in text for i in labels if i != labels[i]):
        return text
    return _pattern(tuple(sorted(labels, key=lambda i: (-len(i), i)))).sub(lambda m: labels[m.group(1)], text)


@functools.lru_cache(maxsize=32)
def _pattern(ids: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(i) for i in ids) + r")(?![\w-])")


def with_short_ids(findings: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the findings (the contract's dict) with articles renamed by their labels.

    Every string is renamed alike (ids, lists of ids, prose that names articles) except file
    paths, which stay as they are so that a reader can find each file.
    """
    labels = article_labels(a["id"] for a in findings.get("articles", []))
    if all(i == label for i, label in labels.items()):
        return copy.deepcopy(dict(findings))

    def walk(value: Any, key: str | None = None) -> Any:
        if isinstance(value, str):
            return value if key == "path" else relabel(value, labels)
        if isinstance(value, Mapping):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        return value

    renamed: dict[str, Any] = walk(findings)
    return renamed
