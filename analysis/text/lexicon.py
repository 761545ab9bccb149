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
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    organisation_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    courtesy_titles: frozenset[str]  # titles that name no office: gendered ones, "Dr", "Prof"
    titles: frozenset[str]  # every title, gendered or not, without a full stop
    organisation_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    pronouns: frozenset[str] = frozenset()  # every pronoun above (filled in by lexicon())
    speech_lemmas: frozenset[str] = frozenset()  # reporting and announcing: can attribute a quote
    speech_forms: frozenset[str] = frozenset()

    def is_reporting(self, word: str) -> bool:
        """Whether ``word`` (any form, any case) is a verb that reports speech."""
        return word.casefold().replace("’", "'") in self.reporting_forms

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
    courtesy = frozenset(t.rstrip(".") for t in _words(honorifics["courtesy"], "honorifics.courtesy"))
    other_titles = frozenset(t.rstrip(".") for t in _words(honorifics["any"], "honorifics.any"))
    pronoun_sets = {key: _words(pronouns[key], f"pronouns.{key}")
                    for key in ("male", "female", "organisation", "group", "speaker")}
    return Lexicon(
        reporting_lemmas=lemmas,
        reporting_forms=forms,
        announcing_lemmas=announcing_lemmas,
        announcing_forms=announcing_forms,
        male_pronouns=pronoun_sets["male"],
        female_pronouns=pronoun_sets["female"],
        organisation_pronouns=pronoun_sets["organisation"],
        group_pronouns=pronoun_sets["group"],
        speaker_pronouns=pronoun_sets["speaker"],
        male_titles=male_titles,
        female_titles=female_titles,
        courtesy_titles=male_titles | female_titles | courtesy,
        titles=male_titles | female_titles | courtesy | other_titles,
        organisation_nouns=_words(data["organisation_nouns"], "organisation_nouns"),
        spokesperson_nouns=_words(data["spokesperson_nouns"], "spokesperson_nouns"),
        pronouns=frozenset().union(*pronoun_sets.values()),
        speech_lemmas=lemmas | announcing_lemmas,
        speech_forms=forms | announcing_forms,
    )
