"""Dates and deadlines: temporal expressions, events and conflicts (issue 4).

:func:`analyse_dates` runs the whole family once over a set of articles:

1. :mod:`~analysis.dates.tagger` finds DATE, TIME, DURATION and SET expressions in every
   sentence and :mod:`~analysis.dates.tense` reads the tense around each;
2. :mod:`~analysis.dates.events` groups dated claims about one event, across articles,
   from their words alone;
3. :mod:`~analysis.dates.infer` dates each undated article from those events (a range and
   its evidence, or nothing);
4. :mod:`~analysis.dates.resolve` gives every expression its TIMEX3 value and interval
   against its article's date (:mod:`~analysis.dates.normalise` holds the conventions);
5. :mod:`~analysis.dates.conflicts` finds events whose claims cannot all hold and explains
   each in one sentence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from analysis.dates.clauses import read_with_parse
from analysis.dates.conflicts import ArticleInfo, Conflict, find_conflicts
from analysis.dates.document import DateMention, Tagged, resolve_tagged, tag_sentences
from analysis.dates.events import ClaimSource, Event, build_events, cluster
from analysis.dates.infer import Evidence, infer_published
from analysis.model import Article
from analysis.text.lexicon import lexicon

if TYPE_CHECKING:
    from analysis.text.layer import TextLayer

__all__ = [
    "DateFindings",
    "DateRecord",
    "analyse_dates",
    "article_sentences",
    "infer_publication_dates",
    "needs_inference",
]

_CLAIM_KINDS = frozenset(
    {"date", "weekday", "season", "quarter", "half", "relative", "shift", "deictic", "holiday", "time"}
)
_REPORTING = re.compile(
    r"\b(?:" + lexicon().reporting_pattern() + r"|according\s+to\s+\w+)"
    r"(?:\s+(?!(?:on|in|at)\b)[\w.'’]+){0,2}\s+(?:on|in|at|late|early|earlier|later)?\s*$",
    re.IGNORECASE,
)
_PREP = re.compile(
    r"\b(in|on|by|before|until|till|from|to|at|during|after|around|within|through|since|for)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRecord:
    """``dates[]`` in the findings: one expression and its resolved value."""

    article: str
    text: str
    type: str
    value: str
    start: str | None
    end: str | None
    anchor: str | None
    sentence: str
    mod: str | None = None
    tense: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article, "text": self.text, "type": self.type, "value": self.value,
            "start": self.start, "end": self.end, "anchor": self.anchor,
            "sentence": self.sentence, "mod": self.mod, "tense": self.tense,
        }


@dataclass(frozen=True)
class DateFindings:
    """The ``dates``, ``events`` and ``conflicts`` keys, and articles with inferred dates."""

    articles: tuple[Article, ...] = ()
    dates: tuple[DateRecord, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[Conflict, ...] = ()


def article_sentences(article: Article) -> tuple[str, ...]:
    """Every sentence of an article in reading order: headline, key points, subheads, body."""
    return tuple(s for block in article.blocks for s in (block.sentences or (block.text,)))


def _anchor(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def _is_claim(article: Article, t: Tagged) -> bool:
    if t.mention.type not in ("DATE", "TIME") or t.mention.spec.kind not in _CLAIM_KINDS:
        return False
    if t.mention.spec.kind == "relative" and t.mention.spec.unit in ("decade", "century"):
        return False
    if t.mention.spec.kind == "shift" and t.mention.spec.n is None:
        return False
    if _REPORTING.search(t.sentence[max(0, t.mention.start - 40):t.mention.start]):
        return False  # "said on Monday" dates a statement, not the event it is about
    if article.dateline and t.sentence.lstrip().startswith(article.dateline.strip()[:12]):
        if t.mention.end <= len(t.sentence) - len(t.sentence.lstrip()) + len(article.dateline) + 2:
            return False  # the dateline dates the article, not an event
    return True


def _claim_text(t: Tagged) -> str:
    m = _PREP.search(t.sentence[max(0, t.mention.start - 12):t.mention.start])
    return f"{m.group(1)} {t.mention.text}" if m else t.mention.text


def _sources(
    articles: Sequence[Article],
    tagged: dict[str, tuple[Tagged, ...]],
    resolved: dict[str, tuple[DateMention, ...]],
) -> tuple[list[ClaimSource], list[tuple[str, int]]]:
    sources: list[ClaimSource] = []
    where: list[tuple[str, int]] = []
    for article in sorted(articles, key=lambda a: a.id):
        items = tagged[article.id]
        for i, t in enumerate(items):
            if not _is_claim(article, t):
                continue
            r = resolved[article.id][i].resolved
            others = tuple(
                (o.mention.start, o.mention.end) for o in items
                if o.sentence_index == t.sentence_index and o is not t
            )
            sources.append(ClaimSource(
                article=article.id, text=_claim_text(t), value=r.value,
                start=r.start.isoformat() if r.start else None,
                end=r.end.isoformat() if r.end else None,
                stated_on=article.published, sentence=t.sentence,
                span=(t.mention.start, t.mention.end),
                position=(t.sentence_index, t.mention.start), tense=t.tense, others=others,
            ))
            where.append((article.id, i))
    return sources, where


def _window(anchors: Sequence[date], own: Sequence[DateMention]) -> tuple[date, date] | None:
    if anchors:
        return min(anchors) - timedelta(days=730), max(anchors) + timedelta(days=365)
    years = [m.resolved.start.year for m in own if m.resolved.start and m.resolved.anchor is None]
    if years:
        return date(min(years), 1, 1), date(max(years) + 1, 12, 31)
    return None


def _check(articles: Sequence[Article], hemisphere: str) -> None:
    if hemisphere not in ("north", "south"):
        raise ValueError(f"hemisphere must be 'north' or 'south', got {hemisphere!r}")
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique; ingest makes them so (-2, -3 ...)")


def _tag(articles: Sequence[Article], layers: Sequence[TextLayer] | None) -> dict[str, tuple[Tagged, ...]]:
    """Every article's expressions; with the parse, names dropped and tenses read from it."""
    by_id = {layer.article.id: layer for layer in layers or ()}
    tagged = {}
    for a in articles:
        found = tag_sentences(article_sentences(a))
        if a.id in by_id:
            found = read_with_parse(found, [span for _, _, span in by_id[a.id].sentence_spans()])
        tagged[a.id] = found
    return tagged


def needs_inference(article: Article) -> bool:
    """Whether the article is undated and no inference has been tried on it yet."""
    return article.published is None and article.published_evidence is None


def infer_publication_dates(
    articles: Sequence[Article],
    *,
    hemisphere: str = "north",
    max_inferred_days: int = 31,
    layers: Sequence[TextLayer] | None = None,
) -> tuple[Article, ...]:
    """The articles, each undated one given an inferred publication range (or ``unknown``).

    An undated article is dated by the events it shares with dated articles (see
    :mod:`~analysis.dates.infer`): ``published_basis`` becomes ``inferred`` with the range and
    its evidence in words, or stays ``unknown`` with the reason. This is the pipeline's
    enrichment stage: versions and the split read the dates it gives. ``max_inferred_days`` is
    the widest range reported before saying the date is unknown. ``layers`` (the parse of
    the articles) lets the parse drop what only looks like a date (:mod:`.entities`).
    """
    articles = list(articles)
    _check(articles, hemisphere)
    tagged = _tag(articles, layers)
    anchors = {a.id: _anchor(a) for a in articles}
    resolved = {a.id: resolve_tagged(tagged[a.id], anchors[a.id], hemisphere=hemisphere) for a in articles}
    sources, where = _sources(articles, tagged, resolved)
    groups = cluster(sources)
    draft = build_events(sources, groups)

    updated: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.id):
        if anchors[article.id] is not None or not needs_inference(article):
            continue
        evidence = []
        for g, members in enumerate(groups):
            own = tuple(where[i][1] for i in members if where[i][0] == article.id)
            others = tuple(
                (where[i][0], resolved[where[i][0]][where[i][1]])
                for i in members
                if where[i][0] != article.id and anchors[where[i][0]] is not None
            )
            if own and (others or len(own) > 1):
                evidence.append(Evidence(g, draft[g].phrase("past"), own, others))
        dated = [d for d in anchors.values() if d is not None]
        window = _window(dated, resolved[article.id])
        result = infer_published(
            tagged[article.id], evidence, window, max_days=max_inferred_days, hemisphere=hemisphere
        ) if window else None
        if result is None:
            updated[article.id] = dataclasses.replace(
                article, published=None, published_basis="unknown", published_range=None,
                published_evidence="No date in the text could be tied to a dated event, so the "
                "publication date is unknown.",
            )
            continue
        anchors[article.id] = result.published
        updated[article.id] = dataclasses.replace(
            article, published=result.published.isoformat(), published_basis="inferred",
            published_range=(result.first.isoformat(), result.last.isoformat()),
            published_evidence=result.evidence,
        )
        resolved[article.id] = resolve_tagged(tagged[article.id], anchors[article.id], hemisphere=hemisphere)
    return tuple(updated.get(a.id, a) for a in articles)


def analyse_dates(
    articles: Sequence[Article],
    *,
    hemisphere: str = "north",
    same_time_days: int = 7,
    max_inferred_days: int = 31,
    layers: Sequence[TextLayer] | None = None,
) -> DateFindings:
    """Tag and resolve every date, group events, find conflicts.

    Articles still undated and not yet tried are first given to
    :func:`infer_publication_dates` (the pipeline's enrichment stage does this before, so
    :func:`analysis.findings.build_findings` never infers twice).
    ``hemisphere`` sets the season convention (``north``: summer = June to August);
    ``same_time_days`` is how far apart two articles may be and still count as written at
    the same time (a disagreement between them is a contradiction, not a revision).
    ``layers``, the parse of the articles (:mod:`analysis.text.layer`), lets the parse drop
    what only looks like a date: "Jan" in a person's name (:mod:`.entities`).
    """
    _check(articles, hemisphere)
    final_articles = tuple(articles)
    if any(needs_inference(a) for a in final_articles):
        final_articles = infer_publication_dates(
            final_articles, hemisphere=hemisphere, max_inferred_days=max_inferred_days, layers=layers
        )
    tagged = _tag(final_articles, layers)
    resolved = {
        a.id: resolve_tagged(tagged[a.id], _anchor(a), hemisphere=hemisphere) for a in final_articles
    }
    records = []
    for article in sorted(final_articles, key=lambda a: a.id):
        for m in resolved[article.id]:
            r = m.resolved
            records.append(DateRecord(
                article=article.id, text=m.text, type=r.type, value=r.value,
                start=r.start.isoformat() if r.start else None,
                end=r.end.isoformat() if r.end else None,
                anchor=r.anchor.isoformat() if r.anchor else None,
                sentence=m.sentence, mod=r.mod, tense=m.tense,
            ))
    # Grouping reads only words, never values, so the groups are those inference used.
    sources, _ = _sources(final_articles, tagged, resolved)
    events = build_events(sources, cluster(sources))
    info = {
        a.id: ArticleInfo(a.id, a.outlet, a.published, a.published_basis,
                          *(a.published_range or (None, None)))
        for a in final_articles
    }
    conflicts = find_conflicts(events, info, same_time_days=same_time_days)
    return DateFindings(final_articles, tuple(records), events, conflicts)
