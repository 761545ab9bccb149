"""Parse stage: every article parsed once by the trained pipeline, with a cache on disk.

Each block of an article (headline, key points, subheads, paragraphs) becomes one spaCy
``Doc`` with tags, a dependency parse, entities and lemmas. The families read these Docs
instead of tokenising the text again. Parses are cached as spaCy ``DocBin`` files, keyed by
the hash of the article's blocks and the pipeline's name and version, so re-running a
briefing after adding one article parses only that article. A cache entry that cannot be
read, or whose texts do not match, is parsed again, never trusted.

The cache folder is ``$BRIEFING_CACHE_DIR``, else ``$XDG_CACHE_HOME/briefing``, else
``~/.cache/briefing``; ``cache=False`` (``--no-cache``) turns it off.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.english import model_identity, trained_english
from analysis.model import Article
from analysis.progress import Report, quiet

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["CACHE_ENV", "ParsedArticle", "cache_folder", "parse_articles", "article_key"]

CACHE_ENV = "BRIEFING_CACHE_DIR"
# Bumped when what is stored changes, so that older entries are never read as new ones.
_FORMAT = "1"


@dataclass(frozen=True)
class ParsedArticle:
    """One article's blocks as parsed Docs, in the order of ``article.blocks``."""

    article_id: str
    docs: tuple[Doc, ...]
    from_cache: bool


def cache_folder(environ: dict[str, str] | None = None) -> Path:
    """Where parses are cached (see the module docstring)."""
    env = os.environ if environ is None else environ
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV])
    base = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "briefing"


def _texts(article: Article) -> tuple[str, ...]:
    return tuple(block.text for block in article.blocks)


def article_key(article: Article, model_key: str) -> str:
    """The cache key of an article's parse: its blocks' kinds and texts, and the model."""
    digest = hashlib.sha256()
    for part in (_FORMAT, model_key, *(f"{b.kind}\x1f{b.text}" for b in article.blocks)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def _read_entry(path: Path, nlp: Language, texts: Sequence[str]) -> tuple[Doc, ...] | None:
    """The cached Docs, or None when the entry is missing, unreadable or not these texts."""
    from spacy.tokens import DocBin

    try:
        docs = tuple(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    except FileNotFoundError:
        return None
    except Exception:  # a damaged entry of any kind is parsed again, never trusted
        return None
    if tuple(doc.text for doc in docs) != tuple(texts):
        return None
    return docs


def _write_entry(path: Path, docs: Sequence[Doc]) -> None:
    """Store the Docs atomically; a cache that cannot be written is simply not used."""
    from spacy.tokens import DocBin

    from analysis.findings import write_atomic

    try:
        write_atomic(path, DocBin(docs=docs).to_bytes())
    except OSError:
        pass


def parse_articles(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    cache: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
    batch_size: int = 64,
    progress: Report = quiet,
) -> tuple[ParsedArticle, ...]:
    """Parse every article's blocks once with the trained pipeline (``nlp.pipe``).

    Articles found in the cache are not parsed again; the result is the same either way.
    ``progress`` hears of each article parsed (stage ``parsing``).
    """
    nlp = trained_english(model)
    model_key = model_identity(nlp).key()
    folder = Path(cache_dir) if cache_dir is not None else cache_folder()
    found: dict[int, tuple[Doc, ...]] = {}
    paths: dict[int, Path] = {}
    if cache:
        for index, article in enumerate(articles):
            key = article_key(article, model_key)
            paths[index] = folder / "parses" / key[:2] / f"{key}.spacy"
            docs = _read_entry(paths[index], nlp, _texts(article))
            if docs is not None:
                found[index] = docs
    todo = [i for i in range(len(articles)) if i not in found]
    flat = [text for i in todo for text in _texts(articles[i])]
    parsed = iter(nlp.pipe(flat, batch_size=batch_size))
    results: list[ParsedArticle] = []
    fresh: dict[int, tuple[Doc, ...]] = {}
    for done, i in enumerate(todo, start=1):
        fresh[i] = tuple(next(parsed) for _ in articles[i].blocks)
        progress("parsing", done, len(todo))
    for index, article in enumerate(articles):
        if index in found:
            results.append(ParsedArticle(article.id, found[index], from_cache=True))
            continue
        docs = fresh[index]
        if cache:
            _write_entry(paths[index], docs)
        results.append(ParsedArticle(article.id, docs, from_cache=False))
    return tuple(results)
