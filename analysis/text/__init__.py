"""The one text layer every family reads.

- :mod:`analysis.text.lexicon`: the word lists several families share (reporting verbs,
  pronouns, titles), kept once in ``analysis/data/lexicon.yaml``;
- :mod:`analysis.text.spans`: where quotations are in a paragraph (one finder for all);
- :mod:`analysis.text.quotes`: each quote's speaker, read from the dependency parse;
- :mod:`analysis.text.layer`: an article with its parse (sentences as spans, entities), the
  object the families are given.

Nothing here imports spaCy when it is imported (the parse is loaded on first use), so the
modules a notebook kernel imports to read ``findings.json`` never load it.
"""
