"""The split: who is on which side, what each side wants, where they agree and disagree.

``analyse_split(articles, sides)`` fills the ``actors`` and ``positions`` keys of the
findings. Everything is done with transparent rules a classroom can read:

* :mod:`~analysis.split.gazetteer`: the editable gazetteer (``analysis/data/gazetteer.yaml``)
  of groups (countries, blocs, parties) and named actors, and how a side is resolved;
* :mod:`~analysis.split.actors`: finding actors with spaCy's PhraseMatcher and Matcher on
  ``spacy.blank("en")``, with rules for what the gazetteer lacks;
* :mod:`~analysis.split.stance`: cue words (``analysis/data/split_cues.yaml``), clauses and
  who said which quote, read into claims;
* :mod:`~analysis.split.topics`: claims grouped into topics across articles;
* :mod:`~analysis.split.positions`: each side's position and agree/disagree per topic;
* :mod:`~analysis.split.present`: tables, the chart and the plain-English summary.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from analysis.errors import UserError
from analysis.model import Article
from analysis.split.actors import (
    Mention,
    actor_finder,
    article_sentences,
    find_mentions,
    merge_people,
    merge_variants,
)
from analysis.split.gazetteer import Gazetteer, load_gazetteer, resolve_sides, side_of
from analysis.split.positions import build_positions
from analysis.split.results import Actor, Evidence, Position, SplitFindings
from analysis.split.stance import Claim, load_cues, sentence_claims
from analysis.split.text import fold
from analysis.split.topics import build_vocabulary, group_claims

if TYPE_CHECKING:
    from analysis.text.layer import TextLayer

__all__ = [
    "Actor",
    "Evidence",
    "Position",
    "SplitFindings",
    "analyse_split",
    "collect_actors",
    "find_claims",
    "load_gazetteer",
    "Gazetteer",
]

PathArg = str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None


def collect_actors(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    side_ids: dict[str, str],
) -> tuple[Actor, ...]:
    """One actor per name: its side, mention count and articles, in order of first mention."""
    order = {a.id: i for i, a in enumerate(articles)}
    first: dict[str, tuple[int, int, int]] = {}
    grouped: dict[str, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.name, []).append(m)
        key = (order[m.article], m.pos, m.start)
        if m.name not in first or key < first[m.name]:
            first[m.name] = key
    actors = []
    for name in sorted(grouped, key=lambda n: (first[n], n)):
        ms = grouped[name]
        groups = next((m.groups for m in ms if m.groups), ())
        role = next((m.role for m in ms if m.role), None)
        kind = "gazetteer" if any(m.kind == "gazetteer" for m in ms) else ms[0].kind
        arts = tuple(sorted({m.article for m in ms}, key=lambda a: order[a]))
        side = side_of(gazetteer, groups, side_ids, role=role)
        actors.append(Actor(name, side, len(ms), arts, role, groups, kind))
    return tuple(actors)


def find_claims(
    articles: Sequence[Article],
    mentions: dict[str, list[Mention]],
    side_by_name: dict[str, str | None],
    *,
    cues: PathArg = None,
) -> list[Claim]:
    """Every claim of every body sentence, in article and reading order."""
    lexicon = load_cues(cues)
    claims: list[Claim] = []
    for article in articles:
        inherited: tuple[str | None, str | None] = (None, None)
        by_pos: dict[int, list[Mention]] = {}
        for m in mentions[article.id]:
            by_pos.setdefault(m.pos, []).append(m)
        for ref in article_sentences(article):
            if ref.kind != "paragraph":
                continue
            speakers = [q.speaker for q in article.quotes if q.speaker and q.sentence.strip() == ref.text.strip()]
            found, clauses = sentence_claims(
                ref, by_pos.get(ref.pos, []), side_by_name, lexicon, speakers=speakers, inherited=inherited
            )
            # a claim nobody holds (no side, not both sides) cannot place a side
            claims.extend(c for c in found if c.side is not None or c.both)
            subject = next((c for c in clauses if c.actor), None)
            if subject is not None:
                inherited = (subject.actor, subject.side)
    return claims


def _persons(layers: Sequence[TextLayer]) -> dict[str, frozenset[str]]:
    """Per article, the folded names of the people the parse finds in its paragraphs (PERSON
    entities), a possessive "'s" dropped. Headlines, key points and subheads are left out: in
    title case the pipeline reads a capitalised title as part of a name ("Midfielder Rossi
    joins ...")."""
    found: dict[str, frozenset[str]] = {}
    for layer in layers:
        names = set()
        for block, ent in layer.entities(["PERSON"]):
            if layer.article.blocks[block].kind != "paragraph":
                continue
            text = ent.text[:-2] if ent.text[-2:] in ("'s", "’s") else ent.text
            names.add(fold(text))
        found[layer.article.id] = frozenset(names)
    return found


def analyse_split(
    articles: Sequence[Article],
    sides: Sequence[str],
    *,
    gazetteer: PathArg | Gazetteer = None,
    cues: PathArg = None,
    layers: Sequence[TextLayer] | None = None,
) -> SplitFindings:
    """Find the actors and each side's positions.

    ``layers``, the parse of the articles (:mod:`analysis.text.layer`), lets the people the
    trained pipeline names count as actors. ``sides`` are two group names the gazetteer
    knows (ids, names or adjectives: "US", "UK", "EU", "China", "France", "Labour",
    "Conservatives" ...). ``gazetteer`` and
    ``cues`` name YAML files of the user's that extend the shipped ones (``gazetteer`` may
    also be a :class:`Gazetteer` already loaded).
    """
    if len(sides) != 2:
        raise UserError(f"the split needs exactly two sides, such as US UK; got {list(sides)!r}")
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer(gazetteer)
    side_ids = resolve_sides(gaz, sides)
    finder = actor_finder(gaz)
    persons = _persons(layers or ())
    flat = merge_people(merge_variants(
        [m for a in articles for m in find_mentions(a, finder, persons=persons.get(a.id, frozenset()))]
    ), person_roles=gaz.person_roles)
    mentions: dict[str, list[Mention]] = {a.id: [] for a in articles}
    for m in flat:
        mentions[m.article].append(m)
    actors = collect_actors(articles, flat, gaz, side_ids)
    side_by_name = {a.name: a.side for a in actors}
    claims = find_claims(articles, mentions, side_by_name, cues=cues)
    excluded = [w for g in gaz.groups for w in (*g.names, *g.adjectives, *g.capitals)] + list(gaz.titles)
    vocab = build_vocabulary((s for a in articles for s in a.sentences), excluded)
    topics = group_claims(claims, flat, vocab)
    unnamed = frozenset(a.name for a in actors if a.kind in {"group", "capital"})
    positions = build_positions(topics, tuple(sides), vocab, unnamed=unnamed)
    return SplitFindings(actors=actors, positions=tuple(positions))
