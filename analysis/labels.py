"""Names for articles that a reader knows, for the pages a person reads.

An article's id is its file name without the extension (the findings contract): exact, but
"000_5607d50cc183dadc" tells a reader nothing. On the pages each article is named by its
outlet and date, as a newsroom names copy: "Reuters, 4 Mar 2026"; an article whose date was
inferred or is unknown says so: "DL News, Sep 2025 (undated)". Without an outlet the
headline's first words stand in ("“Fed holds rates and…”, 19 Jun 2025"), and without a
headline the file name, with its hash-like parts dropped ("000_5607d50cc183dadc" ->
"Article 000"; "flood_wire" stays). Names are unique within a briefing: two that would be
the same get the file name in brackets. The JSON findings keep the full ids; the reports
rename articles consistently throughout, and the articles page shows each file.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

__all__ = [
    "READER_NAMES",
    "short_label",
    "reader_date",
    "reader_name",
    "article_labels",
    "relabel",
    "with_short_ids",
    "story_title",
]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_HEADLINE_WORDS = 4
# The key with_short_ids sets on the findings it renames, so that nothing renames them twice.
READER_NAMES = "named_for_readers"

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


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def reader_date(article: Mapping[str, Any]) -> str:
    """The article's date as a reader says it: "4 Mar 2026", "Sep 2025 (undated)", "undated".

    A stated or metadata date is given to the day; an inferred one by the month or months
    its range covers, marked "(undated)" since the article itself gives none.
    """
    published = _day(article.get("published")) if article.get("published") else None
    if published and article.get("published_basis") in ("stated", "metadata"):
        return f"{published.day} {_MONTHS[published.month - 1]} {published.year}"
    span = article.get("published_range") or ([article["published"]] * 2 if published else None)
    first, last = (_day(span[0]), _day(span[-1])) if span else (None, None)
    if not first or not last:
        return "undated"
    if (first.year, first.month) == (last.year, last.month):
        when = f"{_MONTHS[first.month - 1]} {first.year}"
    elif first.year == last.year:
        when = f"{_MONTHS[first.month - 1]}–{_MONTHS[last.month - 1]} {first.year}"
    else:
        when = f"{_MONTHS[first.month - 1]} {first.year}–{_MONTHS[last.month - 1]} {last.year}"
    return f"{when} (undated)"


def _headline_words(headline: str) -> str:
    words = headline.split()
    shown = " ".join(words[:_HEADLINE_WORDS]).rstrip(",;:.!?-–—")
    return f"“{shown}{'…' if len(words) > _HEADLINE_WORDS else ''}”"


def reader_name(article: Mapping[str, Any]) -> str:
    """One article's name on the pages: who published it and when (see the module docstring).

    ``article`` is an ``articles[]`` entry of the findings. Always a non-empty string.
    """
    outlet = str(article.get("outlet") or "").strip()
    headline = str(article.get("headline") or "").strip()
    who = outlet or (_headline_words(headline) if headline else short_label(str(article["id"])))
    when = reader_date(article)
    return f"{who}, {when}" if when != "undated" else f"{who} (undated)"


def article_labels(articles: Iterable[str | Mapping[str, Any]]) -> dict[str, str]:
    """A unique name for every article, keyed by its id.

    ``articles`` are ``articles[]`` entries of the findings (named by :func:`reader_name`) or
    bare ids (named by :func:`short_label`). Names that would be the same get the file name
    in brackets; should they still collide, or equal another article's id, the id is kept.
    """
    entries = list({(a if isinstance(a, str) else str(a["id"])): a for a in articles}.items())
    named = {i: (short_label(i) if isinstance(a, str) else reader_name(a)) for i, a in entries}
    counts: dict[str, int] = {}
    for label in named.values():
        counts[label] = counts.get(label, 0) + 1
    for i, a in entries:
        if counts[named[i]] > 1 and not isinstance(a, str):
            named[i] = f"{named[i]} [{short_label(i)}]"
    taken: dict[str, int] = {}
    for label in named.values():
        taken[label] = taken.get(label, 0) + 1
    # a name may not equal another article's id either
    return {
        i: label if taken[label] == 1 and (label == i or label not in named) else i
        for i, label in named.items()
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
    if findings.get(READER_NAMES):
        return copy.deepcopy(dict(findings))
    labels = article_labels(findings.get("articles", []))
    if all(i == label for i, label in labels.items()):
        return {**copy.deepcopy(dict(findings)), READER_NAMES: True}

    def walk(value: Any, key: str | None = None) -> Any:
        if isinstance(value, str):
            return value if key == "path" else relabel(value, labels)
        if isinstance(value, Mapping):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        return value

    renamed: dict[str, Any] = walk(findings)
    renamed[READER_NAMES] = True
    return renamed


def story_title(findings: Mapping[str, Any], *, default: str = "Briefing") -> str:
    """A title for the briefing from the story itself: the headline of the largest family of
    versions (its original's, else the first member's that has one), else the headline of the
    earliest article, else ``default``."""
    by_id = {a["id"]: a for a in findings.get("articles", [])}
    families = sorted(findings.get("families", []), key=lambda f: (-len(f["members"]), f["id"]))
    for family in families:
        for member in (family["original"], *family["members"]):
            headline = (by_id.get(member) or {}).get("headline")
            if headline:
                return " ".join(str(headline).split())
    dated = sorted(by_id.values(), key=lambda a: (a.get("published") or "9999", a["id"]))
    for article in dated:
        if article.get("headline"):
            return " ".join(str(article["headline"]).split())
    return default
