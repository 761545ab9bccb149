"""Read articles from files and folders.

:func:`load_articles` takes files or folders (searched recursively) and returns one
:class:`~analysis.model.Article` per readable file. Formats: plain text in the seeds' style
(``.txt``), markdown or text with YAML front matter (``.md``, ``.markdown``, ``.txt``), and
saved web pages (``.html``, ``.htm``). A file that cannot be read becomes a
:class:`~analysis.model.Skipped` with a one-line reason, and the others are still read.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

from analysis.ingest.decode import DecodeError, decode_bytes
from analysis.ingest.layout import RawBlock, finish_layout, split_date_marker, text_blocks
from analysis.ingest.markdown import FrontMatterError, markdown_blocks, split_front_matter
from analysis.ingest.quotes import find_quotes
from analysis.ingest.sentences import split_sentences
from analysis.ingest.webpage import PageError, read_page
from analysis.model import Article, Block, Skipped

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ArticleError",
    "load_articles",
    "load_articles_and_skips",
    "read_article",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SUPPORTED_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
_IGNORED_NAMES = re.compile(r"^(?:readme|license|licence|changelog)(?:\.[\w.]+)?$", re.IGNORECASE)


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message is the one-line reason."""


def _iter_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Skipped]]:
    """Expand folders (recursively, skipping hidden files and READMEs) in a stable order."""
    files: list[Path] = []
    missing: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not _IGNORED_NAMES.match(p.name)
            )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Skipped(str(raw), "no such file or folder"))
    unique: list[Path] = []
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def _unique_ids(files: list[Path]) -> list[str]:
    counts: dict[str, int] = {}
    ids = []
    for f in files:
        stem = f.stem
        counts[stem] = counts.get(stem, 0) + 1
        ids.append(stem if counts[stem] == 1 else f"{stem}-{counts[stem]}")
    return ids


def _iso_date(value: object) -> str | None:
    """An ISO day from a front-matter or marker value, or ``None``."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _build(
    *,
    article_id: str,
    path: Path,
    fmt: str,
    blocks: list[RawBlock],
    headline: str | None,
    outlet: str | None,
    byline: str | None,
    published: str | None,
    basis: str,
    warnings: list[str],
) -> Article:
    layout = finish_layout(blocks)
    finished: list[Block] = []
    for raw in layout.blocks:
        if raw.kind == "paragraph":
            sentences = tuple(split_sentences(raw.text))
            finished.append(Block("paragraph", " ".join(sentences), sentences))
        else:
            text = " ".join(raw.text.split())
            finished.append(Block(raw.kind, text, (text,)))  # type: ignore[arg-type]
    if not any(b.kind == "paragraph" for b in finished):
        raise ArticleError("no article text: the file has no paragraphs of prose")
    if headline is None:
        headline = next((b.text for b in finished if b.kind == "headline"), None)
    elif not any(b.kind == "headline" for b in finished):
        finished.insert(0, Block("headline", headline, (headline,)))
    quotes = find_quotes([b.sentences for b in finished if b.kind == "paragraph"])
    return Article(
        id=article_id,
        path=str(path),
        format=fmt,  # type: ignore[arg-type]
        headline=headline,
        outlet=outlet or layout.dateline_outlet or layout.byline_outlet,
        byline=byline or layout.byline,
        dateline=layout.dateline,
        published=published,
        published_basis="unknown" if published is None else basis,  # type: ignore[arg-type]
        blocks=tuple(finished),
        quotes=tuple(quotes),
        outlet_clues=layout.outlet_clues,
        warnings=tuple(warnings),
    )


def read_article(path: str | os.PathLike[str], *, article_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file as an article; raise :class:`ArticleError` with the reason if it can't be."""
    path = Path(path)
    article_id = article_id or path.stem
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        shown = path.suffix or "(none)"
        raise ArticleError(
            f"unsupported file type {shown}; use .txt, .md, .markdown, .html or .htm"
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)"
        )
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError("empty file")
    try:
        text, _encoding = decode_bytes(data)
    except DecodeError as exc:
        raise ArticleError(str(exc)) from exc
    if not text.strip():
        raise ArticleError("empty file (only white space)")
    text = text.replace("\u00a0", " ")
    warnings: list[str] = []
    headline = outlet = byline = published = None
    basis = "unknown"

    if fmt == "html":
        try:
            meta, blocks = read_page(text)
        except PageError as exc:
            raise ArticleError(str(exc)) from exc
        headline, outlet, byline, published = meta.title, meta.sitename, meta.author, meta.date
        basis = "metadata"
    else:
        try:
            front, body = split_front_matter(text)
        except FrontMatterError as exc:
            raise ArticleError(str(exc)) from exc
        marker, body = split_date_marker(body)
        if front:
            headline = _text_or_none(front.get("title"))
            outlet = _text_or_none(front.get("outlet") or front.get("publisher") or front.get("source"))
            byline = _text_or_none(front.get("author") or front.get("byline"))
            if front.get("date") is not None:
                published = _iso_date(front.get("date"))
                basis = "metadata"
                if published is None:
                    warnings.append(f"front matter date {front.get('date')!r} is not a valid date; read without a date")
        if marker is not None:
            stated = _iso_date(marker) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", marker) else None
            if stated is None:
                warnings.append(f"date marker {marker!r} is not a valid YYYY-MM-DD date; read without a stated date")
            elif published is None:
                published, basis = stated, "stated"
        if fmt == "markdown" or (front and _looks_like_markdown(body)):
            blocks = markdown_blocks(body, title=headline)
        else:
            blocks = text_blocks(body)
    article = _build(
        article_id=article_id, path=path, fmt=fmt, blocks=blocks, headline=headline,
        outlet=outlet, byline=byline, published=published, basis=basis, warnings=warnings,
    )
    for warning in warnings:
        log.warning("%s: %s", path, warning)
    return article


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text or None


def _looks_like_markdown(body: str) -> bool:
    return bool(re.search(r"^(?:#{1,6}\s|\*\*|> )", body, re.MULTILINE))


def load_articles_and_skips(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], list[Skipped]]:
    """Read every file under ``paths``: the articles, and the files skipped with reasons.

    Articles come sorted by id; skipped files in the order met.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be a positive number of bytes, got {max_bytes}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files, skipped = _iter_files(paths)
    articles: list[Article] = []
    for path, article_id in zip(files, _unique_ids(files)):
        try:
            articles.append(read_article(path, article_id=article_id, max_bytes=max_bytes))
        except ArticleError as exc:
            skipped.append(Skipped(str(path), str(exc)))
        except OSError as exc:
            skipped.append(Skipped(str(path), f"cannot read the file: {exc.strerror or exc}"))
    for skip in skipped:
        log.warning("skipped %s: %s", skip.path, skip.error)
    return sorted(articles, key=lambda a: a.id), skipped


def load_articles(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Article]:
    """The articles under ``paths`` (files or folders, recursively), sorted by id.

    Files that cannot be read are logged and left out; use
    :func:`load_articles_and_skips` to get them with their reasons.
    """
    return load_articles_and_skips(paths, max_bytes=max_bytes)[0]
