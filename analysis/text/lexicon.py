"""The shared word lists: one file, ``analysis/data/lexicon.yaml``, read once per process.

Every family that needs to know whether a word reports speech, or what a pronoun or a title
says about a person, asks here; no family keeps a list of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.yamlfile import safe_load

__all__ = ["LEXICON_PATH", "Lexicon", "lexicon"]

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.yaml"


@dataclass(frozen=True)
class Lexicon:
    """The shared word lists (see ``analysis/data/lexicon.yaml`` for what each is for)."""

    reporting_lemmas: frozenset[str]  # for the parse: a token's lemma, with its part of speech
    reporting_forms: frozenset[str]  # for bare words: forms that are only verbs, lower case
    announcing_lemmas: frozenset[str]
    announcing_forms: frozenset[str]
    attribution_phrases: tuple[str, ...]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    titles: frozenset[str]  # every title, gendered or not, without a full stop
    organisation_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]

    @property
    def pronouns(self) -> frozenset[str]:
        return self.male_pronouns | self.female_pronouns | self.group_pronouns | self.speaker_pronouns

    def is_reporting(self, word: str) -> bool:
        """Whether ``word`` (any form, any case) is a verb that reports speech."""
        return word.casefold().replace("’", "'") in self.reporting_forms

    @property
    def speech_lemmas(self) -> frozenset[str]:
        """Lemmas of every verb that can attribute a quote: reporting and announcing."""
        return self.reporting_lemmas | self.announcing_lemmas

    @property
    def speech_forms(self) -> frozenset[str]:
        """Written forms of every verb that can attribute a quote."""
        return self.reporting_forms | self.announcing_forms

    def reporting_pattern(self) -> str:
        """A regular-expression alternation of every reporting form, longest first."""
        return _alternation(self.reporting_forms)

    def title_gender(self, word: str) -> str | None:
        """``"male"``, ``"female"`` or None for a title such as "Mr." or "Senator"."""
        bare = word.rstrip(".").casefold()
        if bare in self.male_titles:
            return "male"
        if bare in self.female_titles:
            return "female"
        return None


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _words(value: object, key: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{LEXICON_PATH}: {key} must be a list of words")
    return frozenset(v.casefold() for v in value)


def _verbs(data: dict[str, object], key: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of a verb table, and every form of them (lemmas included)."""
    verbs = data[key]
    if not isinstance(verbs, dict):
        raise ValueError(f"{LEXICON_PATH}: {key} must map each lemma to its forms")
    lemmas = frozenset(str(lemma).casefold() for lemma in verbs)
    forms = lemmas | frozenset(str(f).casefold() for fs in verbs.values() for f in (fs or ()))
    return lemmas, forms


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    data = safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    nouns = _words(data["also_nouns"], "also_nouns")
    lemmas, forms = _verbs(data, "reporting_verbs")
    announcing_lemmas, announcing_forms = _verbs(data, "announcing_verbs")
    forms, announcing_forms = forms - nouns, announcing_forms - nouns
    pronouns, honorifics = data["pronouns"], data["honorifics"]
    male_titles = frozenset(t.rstrip(".") for t in _words(honorifics["male"], "honorifics.male"))
    female_titles = frozenset(t.rstrip(".") for t in _words(honorifics["female"], "honorifics.female"))
    other_titles = frozenset(t.rstrip(".") for t in _words(honorifics["any"], "honorifics.any"))
    return Lexicon(
        reporting_lemmas=lemmas,
        reporting_forms=forms,
        announcing_lemmas=announcing_lemmas,
        announcing_forms=announcing_forms,
        attribution_phrases=tuple(sorted(_words(data["attribution_phrases"], "attribution_phrases"))),
        male_pronouns=_words(pronouns["male"], "pronouns.male"),
        female_pronouns=_words(pronouns["female"], "pronouns.female"),
        group_pronouns=_words(pronouns["group"], "pronouns.group"),
        speaker_pronouns=_words(pronouns["speaker"], "pronouns.speaker"),
        male_titles=male_titles,
        female_titles=female_titles,
        titles=male_titles | female_titles | other_titles,
        organisation_nouns=_words(data["organisation_nouns"], "organisation_nouns"),
        spokesperson_nouns=_words(data["spokesperson_nouns"], "spokesperson_nouns"),
    )
