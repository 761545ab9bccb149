"""The one result object: every conclusion about a set of articles.

:func:`build_findings` runs each family of analysis once and :class:`Findings` holds the
result; :meth:`Findings.to_dict` gives the JSON object of the contract
(``docs/findings.md``, schema ``briefing-findings/2``). The CLI, the Python API
and the notebooks all read this one object, so they cannot disagree.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.dates import DateRecord, analyse_dates
from analysis.dates.conflicts import Conflict
from analysis.dates.events import Event
from analysis.enrich import enrich
from analysis.errors import UserError
from analysis.ingest import DEFAULT_MAX_BYTES, load_articles_and_skips
from analysis.model import Article, Skipped
from analysis.progress import Report, quiet
from analysis.split import analyse_split
from analysis.text.layer import read_texts
from analysis.versions import compare_versions

if TYPE_CHECKING:  # the split and versions packages load lazily (notebook kernels skip spaCy)
    from analysis.split.results import Actor, Position
    from analysis.versions.core import Change, Family, PairResult, QuoteChange, SpellingChange

__all__ = [
    "SCHEMA",
    "DEFAULT_SIDES",
    "Findings",
    "build_findings",
    "article_to_dict",
    "write_atomic",
    "FILE_MODE",
]

SCHEMA = "briefing-findings/2"
DEFAULT_SIDES: tuple[str, str] = ("US", "UK")


def _plain(value: Any) -> Any:
    """Turn result dataclasses, tuples and the like into JSON-ready values."""
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    """The ``articles[]`` entry of the contract for one article."""
    return {
        "id": article.id,
        "path": article.path,
        "format": article.format,
        "headline": article.headline,
        "outlet": article.outlet,
        "byline": article.byline,
        "dateline": article.dateline,
        "published": article.published,
        "published_basis": article.published_basis,
        "published_range": list(article.published_range) if article.published_range else None,
        "published_evidence": article.published_evidence,
        "key_points": list(article.key_points),
        "subheads": list(article.subheads),
        "words": article.words,
        "sentences": len(article.sentences),
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "sentence": q.sentence, "role": q.role}
            for q in article.quotes
        ],
        # Additions to the contract (allowed: adding keys is welcome).
        "outlet_clues": list(article.outlet_clues),
        "warnings": list(article.warnings),
    }


@dataclass(frozen=True)
class Findings:
    """Everything concluded about one set of articles (see the findings contract)."""

    sides: tuple[str, ...]
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    pairs: tuple[PairResult, ...] = ()
    changes: tuple[Change, ...] = ()
    spelling: tuple[SpellingChange, ...] = ()
    quote_changes: tuple[QuoteChange, ...] = ()
    dates: tuple[DateRecord, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    actors: tuple[Actor, ...] = ()
    positions: tuple[Position, ...] = ()
    families: tuple[Family, ...] = ()  # schema 2: version families, each a tree of copies
    pairs_unlisted: int = 0  # schema 2: pairs left out of ``pairs`` (above 200 articles: unrelated)

    def article(self, article_id: str) -> Article:
        """The article with this id; ``KeyError`` names the ids there are."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(f"no article {article_id!r}; the ids are {[a.id for a in self.articles]}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the contract, every key present, lists in stable order."""
        return {
            "schema": SCHEMA,
            "sides": list(self.sides),
            "articles": [article_to_dict(a) for a in self.articles],
            "skipped": [{"path": s.path, "error": s.error} for s in self.skipped],
            "pairs": _plain(self.pairs),
            "changes": _plain(self.changes),
            "spelling": _plain(self.spelling),
            "quote_changes": _plain(self.quote_changes),
            "dates": _plain(self.dates),
            "events": _plain(self.events),
            "conflicts": _plain(self.conflicts),
            "actors": _plain(self.actors),
            "positions": _plain(self.positions),
            "families": _plain(self.families),
            "pairs_unlisted": self.pairs_unlisted,
        }

    def to_json(self) -> str:
        """The findings as JSON text: byte-identical for the same inputs."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _check_sides(sides: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(s.strip() for s in sides)
    if len(cleaned) != 2 or not all(cleaned) or cleaned[0].casefold() == cleaned[1].casefold():
        raise UserError(
            f"sides must be two different names, such as US UK; got {list(sides)!r}"
        )
    return cleaned


def build_findings(
    paths: Iterable[str | os.PathLike[str]],
    *,
    sides: Sequence[str] = DEFAULT_SIDES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    gazetteer: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None,
    cues: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
    cache: bool = True,
    model: str | None = None,
    progress: Report = quiet,
) -> Findings:
    """Read the articles under ``paths`` and run every analysis once.

    The stages, in order: ingest (files to articles), parse (the trained pipeline, once per
    article, with quotes and speakers read from it), enrich (inferred publication dates),
    the three families (versions, dates, split), findings.
    Files that cannot be read end up in ``skipped`` with a reason; the rest are analysed.
    Folders in ``exclude`` are not read when met inside a folder of ``paths``.
    ``cache=False`` parses every article again instead of reading the parse cache;
    ``model`` names another spaCy pipeline (see :func:`analysis.english.trained_english`).
    ``progress`` hears how the long stages advance (:mod:`analysis.progress`).
    ``gazetteer`` and ``cues`` are YAML files of the user's that extend the shipped actor
    gazetteer and stance cue words (see ``analysis/data/``).
    """
    chosen_sides = _check_sides(sides)
    articles, skipped = load_articles_and_skips(paths, max_bytes=max_bytes, exclude=exclude)
    layers = enrich(read_texts(articles, cache=cache, model=model, progress=progress))
    enriched = tuple(layer.article for layer in layers)
    versions = compare_versions(enriched, progress=progress)
    dated = analyse_dates(enriched, layers=layers)
    split = analyse_split(enriched, chosen_sides, gazetteer=gazetteer, cues=cues, layers=layers)
    return Findings(
        sides=chosen_sides,
        articles=enriched,
        skipped=tuple(skipped),
        pairs=tuple(versions.pairs),
        changes=tuple(versions.changes),
        spelling=tuple(versions.spelling),
        quote_changes=tuple(versions.quote_changes),
        dates=tuple(dated.dates),
        events=tuple(dated.events),
        conflicts=tuple(dated.conflicts),
        actors=tuple(split.actors),
        positions=tuple(split.positions),
        families=tuple(versions.families),
        pairs_unlisted=versions.pairs_unlisted,
    )


def _read_umask() -> int:
    """The process's file-creation mask (read by setting it, then restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import: os.umask is process-wide, so it is not read again from the runner's threads.
_UMASK = _read_umask()
FILE_MODE = 0o666 & ~_UMASK
"""The mode an ordinary ``open()`` gives a new file under the user's umask."""


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then move it into place.

    A crash or error half-way leaves any earlier file at ``path`` untouched. The file gets
    the mode an ordinary ``open()`` would give it under the user's umask (``mkstemp`` alone
    would make it 0600, which a web server serving the report cannot read).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            os.fchmod(handle.fileno(), FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
