"""The one blank English spaCy pipeline that every analysis shares.

Only ``spacy.blank("en")`` is used (no trained model, nothing to download): its tokenizer,
with abbreviation exceptions such as "U.S." and "Dec.", and the rule-based sentencizer.
Building the pipeline costs about a tenth of a second, so it is built once per process and
shared: the ingest splits sentences with it, and the split's matchers use its vocabulary.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported on first use, not when this module is imported
    from spacy.language import Language

__all__ = ["english"]


@lru_cache(maxsize=1)
def english() -> Language:
    """The shared blank English pipeline with a sentencizer.

    ``english().make_doc(text)`` only tokenizes; ``english()(text)`` also marks sentences.
    """
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
