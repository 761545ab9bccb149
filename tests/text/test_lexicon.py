"""Mirror tests for analysis.text.lexicon: the shared word lists, read once."""

from __future__ import annotations

import re

from analysis.text.lexicon import LEXICON_PATH, lexicon


def test_one_file_read_once():
    assert LEXICON_PATH.name == "lexicon.yaml" and LEXICON_PATH.is_file()
    assert lexicon() is lexicon()


def test_reporting_verbs_by_lemma_and_form():
    lex = lexicon()
    assert {"say", "tell", "add", "warn"} <= lex.reporting_lemmas
    assert {"said", "says", "told", "added", "warned"} <= lex.reporting_forms
    assert lex.is_reporting("Said") and lex.is_reporting("TOLD")
    assert not lex.is_reporting("taskforce")


def test_words_that_are_also_nouns_are_not_bare_reporting_forms():
    """"a state visit", "the claims": without the parse these are not verbs."""
    lex = lexicon()
    assert "state" in lex.reporting_lemmas
    assert "stated" in lex.reporting_forms
    assert not {"state", "states", "claims", "reports"} & lex.speech_forms


def test_announcing_verbs_attribute_quotes_but_are_not_reporting_for_dates():
    lex = lexicon()
    assert "announce" in lex.speech_lemmas and "announce" not in lex.reporting_lemmas
    assert "announced" in lex.speech_forms and "announced" not in lex.reporting_forms


def test_reporting_pattern_matches_whole_forms_longest_first():
    pattern = re.compile(rf"\b(?:{lexicon().reporting_pattern()})\b")
    assert pattern.fullmatch("said") and pattern.fullmatch("telling")
    assert not pattern.search("saidfoo")


def test_pronouns_and_titles():
    lex = lexicon()
    assert "he" in lex.male_pronouns and "she" in lex.female_pronouns and "it" in lex.organisation_pronouns and "they" in lex.group_pronouns
    assert lex.title_gender("Mr.") == "male" and lex.title_gender("Ms") == "female"
    assert lex.title_gender("Senator") is None and "senator" in lex.titles
    assert {"firm", "regulator"} <= lex.organisation_nouns
    assert "spokesperson" in lex.spokesperson_nouns
