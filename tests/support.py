"""Test helper: make an Article from plain paragraphs, without going through ingest."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from analysis.model import Article, Block, Quote

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“A-Z])")


def make_article(
    ident: str,
    paragraphs: Sequence[str],
    *,
    headline: str | None = None,
    subheads: dict[int, str] | None = None,
    published: str | None = None,
    dateline: str | None = None,
    quotes: Sequence[tuple[str, str | None] | tuple[str, str | None, str]] = (),
) -> Article:
    """An Article whose paragraphs are cut into sentences at ". X".

    ``subheads`` go before paragraph i; ``quotes`` are ``(text, speaker)`` or
    ``(text, speaker, sentence)`` (the sentence defaults to the quote's text).
    """
    blocks: list[Block] = []
    if headline:
        blocks.append(Block("headline", headline, (headline,)))
    for i, text in enumerate(paragraphs):
        if subheads and i in subheads:
            blocks.append(Block("subhead", subheads[i], (subheads[i],)))
        blocks.append(Block("paragraph", text, tuple(s for s in _SENTENCE_END.split(text) if s)))
    return Article(
        id=ident,
        path=f"{ident}.txt",
        format="text",
        headline=headline,
        outlet=None,
        byline=None,
        dateline=dateline,
        published=published,
        published_basis="stated" if published else "unknown",
        blocks=tuple(blocks),
        quotes=tuple(_placed(Quote(q[0], q[1], q[2] if len(q) > 2 else q[0]), blocks) for q in quotes),
    )


def _placed(quote: Quote, blocks: Sequence[Block]) -> Quote:
    """The quote with the paragraph and offsets where its text first appears (as the text
    layer gives them), or unplaced when no paragraph holds it."""
    for index, block in enumerate(blocks):
        at = block.text.find(quote.text) if block.kind == "paragraph" else -1
        if at >= 0:
            return replace(quote, block=index, start=at, end=at + len(quote.text))
    return quote


def mutated_texts(seed: int, n_base: int, n_copies: int, *, vocab: Sequence[str],
                  length: tuple[int, int] = (40, 120), edits: int = 6, added: int = 30) -> list[list[str]]:
    """Random word lists and copies of them with words changed, dropped and added (seeded)."""
    rng = random.Random(seed)
    bases = [[rng.choice(vocab) for _ in range(rng.randint(*length))] for _ in range(n_base)]
    texts = list(bases)
    for _ in range(n_copies):
        copy = list(rng.choice(bases))
        for _ in range(rng.randint(0, edits)):
            k = rng.randrange(len(copy))
            if rng.random() < 0.5:
                copy[k] = rng.choice(vocab)
            else:
                del copy[k]
        copy += [rng.choice(vocab) for _ in range(rng.randint(0, added))]
        texts.append(copy)
    return texts


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` loaded as a module, so that a test scores as it does."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
