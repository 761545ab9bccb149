"""Read articles from files and folders.

:func:`load_articles` takes files or folders (searched recursively) and returns one
:class:`~analysis.model.Article` per readable file. Formats: plain text in the seeds' style
(``.txt``), markdown or text with YAML front matter (``.md``, ``.markdown``, ``.txt``), and
saved web pages (``.html``, ``.htm``). A file that cannot be read becomes a
:class:`~analysis.model.Skipped` with a one-line reason, and the others are still read: every
step for one file (reading, decoding, front matter, parsing) runs under one guard.

File names are data: paths and ids in the output are valid UTF-8 (bytes that are not are
shown as ``\\xNN``), and ids are unique whatever the mix of stems and folders, given by the
files' absolute paths, not by the order of the arguments.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from analysis.errors import UserError
from analysis.ingest.decode import DecodeError, decode_text
from analysis.ingest.layout import RawBlock, finish_layout, split_date_marker, text_blocks
from analysis.ingest.markdown import FrontMatterError, markdown_blocks, split_front_matter
from analysis.ingest.sentences import cut_text, split_sentences
from analysis.ingest.webpage import PageError, read_page
from analysis.model import Article, Block, Skipped

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_BLOCKS",
    "MAX_PARAGRAPH_CHARS",
    "MAX_SENTENCE_CHARS",
    "MAX_WORDS",
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
# Longer paragraphs are split (at sentences, else spaces) so that no block reaches a parser's
# length limit (spaCy's is 1,000,000 characters) and parsing cost stays per paragraph.
MAX_PARAGRAPH_CHARS = 20_000
# Longer "sentences" (text without full stops) are cut at spaces: the analyses' cost grows
# faster than a sentence's length, and no news sentence comes near this.
MAX_SENTENCE_CHARS = 2_000
# Text far beyond any news article (a book, a log file) is skipped: the analyses compare
# every unit with every other, so their cost grows faster than the text.
MAX_WORDS = 50_000
MAX_BLOCKS = 10_000
_IGNORED_NAMES = re.compile(r"^(?:readme|license|licence|changelog)(?:\.[\w.]+)?$", re.IGNORECASE)


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message is the one-line reason."""


def shown_path(path: str | os.PathLike[str]) -> str:
    """``path`` as valid UTF-8 text: bytes that are not UTF-8 shown as ``\\xNN``."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:
        return os.fspath(path).encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def _stat_or_reason(path: str) -> os.stat_result | str:
    """The file's status (links followed), or the one-line reason it has none."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return f"dangling symbolic link: its target {shown_path(os.readlink(path))} does not exist"
        return "no such file or folder"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself"
        return f"cannot read it: {exc.strerror or exc}"


class _Walk:
    """Files found under the path arguments, and the entries skipped on the way."""

    def __init__(self, excluded: frozenset[tuple[int, int]] = frozenset()) -> None:
        self.files: list[Path] = []
        self.skipped: list[Skipped] = []
        self._seen_files: set[tuple[int, int]] = set()
        self._excluded = excluded  # folders (device, inode) never entered from a folder

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append(Skipped(shown_path(path), reason))

    def add(self, raw: str, *, in_folder: bool, ancestors: frozenset[tuple[int, int]]) -> None:
        """Add one path: a file, a folder (recursively) or the reason it is skipped."""
        status = _stat_or_reason(raw)
        if isinstance(status, str):
            self.skip(raw, status)
            return
        key = (status.st_dev, status.st_ino)
        if stat.S_ISDIR(status.st_mode):
            if in_folder and key in self._excluded:
                return
            if key in ancestors:
                self.skip(raw, "symbolic link loop: the link leads back to a folder it is in")
                return
            self._folder(raw, ancestors | {key})
        elif stat.S_ISREG(status.st_mode):
            if in_folder and _IGNORED_NAMES.match(os.path.basename(raw)):
                return
            if key not in self._seen_files:
                self._seen_files.add(key)
                self.files.append(Path(raw))
        else:
            self.skip(raw, f"not a regular file ({_kind(status.st_mode)}); only files and folders are read")

    def _folder(self, folder: str, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            self.skip(folder, f"cannot read the folder: {exc.strerror or exc}")
            return
        for name in names:
            if not name.startswith("."):
                self.add(os.path.join(folder, name), in_folder=True, ancestors=ancestors)


def _iter_files(
    paths: Iterable[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = ()
) -> tuple[list[Path], list[Skipped]]:
    """Expand folders (recursively, skipping hidden files and READMEs) in a stable order.

    Dangling links, link loops and special files (FIFOs, sockets, devices) are skipped with
    a reason; a file reached twice (by two arguments or a link) is read once. Folders in
    ``exclude`` (a report's output folder) are not entered when met inside another folder.
    """
    excluded = set()
    for folder in exclude:
        try:
            found = os.stat(folder)
        except OSError:
            continue  # a folder that does not exist yet holds nothing to leave out
        excluded.add((found.st_dev, found.st_ino))
    walk = _Walk(frozenset(excluded))
    for raw in paths:
        walk.add(os.fspath(raw), in_folder=False, ancestors=frozenset())
    return walk.files, walk.skipped


def _unique_ids(files: list[Path]) -> list[str]:
    """One id per file: its stem, or ``stem-2``, ``stem-3`` ... when stems repeat.

    Clashing files are numbered in the order of their absolute paths (not of the arguments),
    and a number is never one that another file's stem already is (``a.txt``, ``a.md`` and
    ``a-2.txt`` get ``a``, ``a-3`` and ``a-2``).
    """
    stems = [shown_path(f.stem) for f in files]
    keys = [os.fsencode(os.path.abspath(f)) for f in files]
    taken = set(stems)
    ids: list[str | None] = [None] * len(files)
    groups: dict[str, list[int]] = {}
    for index, stem in enumerate(stems):
        groups.setdefault(stem, []).append(index)
    for stem in sorted(groups):
        members = sorted(groups[stem], key=lambda i: keys[i])
        ids[members[0]] = stem
        number = 1
        for index in members[1:]:
            number += 1
            while f"{stem}-{number}" in taken:
                number += 1
            taken.add(f"{stem}-{number}")
            ids[index] = f"{stem}-{number}"
    return [i for i in ids if i is not None]


_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def _iso_date(value: object) -> str | None:
    """An ISO day from a front-matter or marker value, or ``None``."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return None
    text = str(value).strip()
    day = _DAY.match(text)
    if day is not None:
        try:
            return dt.date(*(int(part) for part in day.groups())).isoformat()
        except ValueError:
            return None
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
    _check_extent(layout.blocks)
    finished: list[Block] = []
    long_paragraphs: list[int] = []
    long_sentences: list[int] = []
    for raw in layout.blocks:
        if raw.kind == "paragraph":
            sentences = tuple(_cut_long_sentences(split_sentences(raw.text), long_sentences))
            text = " ".join(sentences)
            if len(text) <= MAX_PARAGRAPH_CHARS:
                finished.append(Block("paragraph", text, sentences))
                continue
            long_paragraphs.append(len(text))
            finished.extend(Block("paragraph", " ".join(group), group) for group in _paragraph_pieces(sentences))
        else:
            text = " ".join(raw.text.split())
            finished.append(Block(raw.kind, text, (text,)))  # type: ignore[arg-type]
    notes = []
    if long_sentences:
        count = len(long_sentences)
        notes.append(
            f"{count:,} sentence{'s' if count > 1 else ''} over {MAX_SENTENCE_CHARS:,} characters "
            f"(the longest {max(long_sentences):,}) cut at spaces into pieces of at most "
            f"{MAX_SENTENCE_CHARS:,}"
        )
    if long_paragraphs:
        count = len(long_paragraphs)
        notes.append(
            f"{count:,} paragraph{'s' if count > 1 else ''} over {MAX_PARAGRAPH_CHARS:,} characters "
            f"(the longest {max(long_paragraphs):,}) split into paragraphs of at most "
            f"{MAX_PARAGRAPH_CHARS:,}"
        )
    if notes:
        warnings.append("; ".join(notes))
    if not any(b.kind == "paragraph" for b in finished):
        raise ArticleError("no article text: the file has no paragraphs of prose")
    if headline is None:
        headline = next((b.text for b in finished if b.kind == "headline"), None)
    elif not any(b.kind == "headline" for b in finished):
        finished.insert(0, Block("headline", headline, (headline,)))
    return Article(
        id=article_id,
        path=shown_path(path),
        format=fmt,  # type: ignore[arg-type]
        headline=headline,
        outlet=outlet or layout.dateline_outlet or layout.byline_outlet,
        byline=byline or layout.byline,
        dateline=layout.dateline,
        published=published,
        published_basis="unknown" if published is None else basis,  # type: ignore[arg-type]
        blocks=tuple(finished),
        outlet_clues=layout.outlet_clues,
        warnings=tuple(warnings),
    )


def _check_extent(blocks: tuple[RawBlock, ...]) -> None:
    """Refuse text far longer than any news article, whose analysis would take too long."""
    if len(blocks) > MAX_BLOCKS:
        raise ArticleError(
            f"{len(blocks):,} blocks (paragraphs, headings, bullets), over the limit of "
            f"{MAX_BLOCKS:,} for one article"
        )
    words = sum(len(b.text.split()) for b in blocks)
    if words > MAX_WORDS:
        raise ArticleError(f"{words:,} words, over the limit of {MAX_WORDS:,} for one article")


def _cut_long_sentences(sentences: list[str], lengths: list[int]) -> list[str]:
    """Sentences over :data:`MAX_SENTENCE_CHARS` cut at spaces; their lengths noted in ``lengths``."""
    out: list[str] = []
    for sentence in sentences:
        if len(sentence) <= MAX_SENTENCE_CHARS:
            out.append(sentence)
            continue
        lengths.append(len(sentence))
        out.extend(p for p in (piece.strip() for piece in cut_text(sentence, MAX_SENTENCE_CHARS)) if p)
    return out


def _paragraph_pieces(sentences: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Sentences grouped into paragraphs of at most :data:`MAX_PARAGRAPH_CHARS` characters."""
    groups: list[tuple[str, ...]] = []
    group: list[str] = []
    size = 0
    for sentence in sentences:  # each at most MAX_SENTENCE_CHARS long
        if group and size + 1 + len(sentence) > MAX_PARAGRAPH_CHARS:
            groups.append(tuple(group))
            group, size = [], 0
        size += len(sentence) + (1 if group else 0)
        group.append(sentence)
    if group:
        groups.append(tuple(group))
    return groups


def read_article(path: str | os.PathLike[str], *, article_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file as an article; raise :class:`ArticleError` with the reason if it can't be."""
    path = Path(path)
    article_id = article_id or shown_path(path.stem)
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        shown = path.suffix or "(none)"
        raise ArticleError(
            f"unsupported file type {shown}; use .txt, .md, .markdown, .html or .htm"
        )
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise ArticleError(f"not a regular file ({_kind(status.st_mode)}); only files and folders are read")
    size = status.st_size
    if size > max_bytes:
        raise ArticleError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)"
        )
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleError(f"file grew while read, over the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise ArticleError("empty file")
    try:
        decoded = decode_text(data)
    except DecodeError as exc:
        raise ArticleError(str(exc)) from exc
    text = decoded.text
    if not text.strip():
        raise ArticleError("empty file (only white space)")
    text = text.replace("\u00a0", " ")
    warnings: list[str] = list(decoded.warnings)
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
        log.warning("%s: %s", shown_path(path), warning)
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
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> tuple[list[Article], list[Skipped]]:
    """Read every file under ``paths``: the articles, and the files skipped with reasons.

    Articles come sorted by id; skipped files in the order met. Folders in ``exclude`` are
    not read when they lie inside a folder of ``paths`` (``briefing run`` passes its output
    folder, so a report inside the input folder is never read as articles).
    """
    if max_bytes <= 0:
        raise UserError(f"max_bytes must be a positive number of bytes, got {max_bytes}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files, skipped = _iter_files(paths, exclude)
    articles: list[Article] = []
    for path, article_id in zip(files, _unique_ids(files), strict=True):
        try:
            articles.append(read_article(path, article_id=article_id, max_bytes=max_bytes))
        except Exception as exc:  # one file's failure, whatever it is, never stops the others
            skipped.append(Skipped(shown_path(path), _reason(exc)))
    for skip in skipped:
        log.warning("skipped %s: %s", skip.path, skip.error)
    return sorted(articles, key=lambda a: a.id), skipped


def _reason(exc: Exception) -> str:
    """The one-line reason a file was skipped."""
    if isinstance(exc, ArticleError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read the file: {exc.strerror or exc}"
    if isinstance(exc, MemoryError):
        return "could not be read: it needed more memory than there is"
    if isinstance(exc, RecursionError):
        return "could not be read: its structure is nested too deeply"
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"could not be read: {type(exc).__name__}: {first}".rstrip(": ")


def load_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: bool = True,
) -> list[Article]:
    """The articles under ``paths`` (files or folders, recursively), sorted by id, read
    through the parse: each with its quotes and their speakers.

    Files that cannot be read are logged and left out; use
    :func:`load_articles_and_skips` to get them with their reasons (that is ingest alone:
    the articles it returns have no quotes until :func:`analysis.text.layer.read_texts`).
    ``cache=False`` parses again instead of reading the parse cache.
    """
    from analysis.text.layer import read_texts

    articles = load_articles_and_skips(paths, max_bytes=max_bytes)[0]
    return [layer.article for layer in read_texts(articles, cache=cache)]
