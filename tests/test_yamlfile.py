"""YAML parsing: the fast safe loader, and the untrusted loader for input files."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.yamlfile import AliasError, YAMLError, load_untrusted, safe_load


def test_safe_load_reads_what_yaml_safe_load_reads():
    assert safe_load("a: 1\nb: [x, y]\nwhen: 2026-03-04\n") == {"a": 1, "b": ["x", "y"], "when": dt.date(2026, 3, 4)}
    with pytest.raises(YAMLError):
        safe_load("a: [unclosed\n")
    with pytest.raises(YAMLError):
        safe_load("!!python/object:os.system 'echo hi'\n")  # no arbitrary objects


def test_untrusted_yaml_leaves_dates_as_strings_so_impossible_dates_are_not_parser_errors():
    assert load_untrusted("date: 2026-02-30\ntitle: Hi\n") == {"date": "2026-02-30", "title": "Hi"}
    assert load_untrusted("date: 2026-03-04\n") == {"date": "2026-03-04"}


def test_untrusted_yaml_refuses_aliases_with_their_line():
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\n"
    with pytest.raises(AliasError) as caught:
        load_untrusted(bomb)
    assert caught.value.line == 2 and "aliases" in str(caught.value)
    assert isinstance(caught.value, YAMLError)
    assert safe_load(bomb)["b"] == [["x", "x"], ["x", "x"]]  # the trusted loader still allows them


# Plain keys: YAML 1.1 reads "yes", "no", "on", "off", "null" ... as booleans and null, not words.
_YAML_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false", "null"}


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(lambda k: k not in _YAML_WORDS),
                       st.one_of(st.integers(-1000, 1000), st.from_regex(r"[A-Za-z ]{0,12}", fullmatch=True).map(str.strip)),
                       max_size=5))
def test_untrusted_and_safe_loaders_agree_on_plain_mappings(mapping):
    text = "".join(f"{k}: {v!r}\n" if isinstance(v, str) else f"{k}: {v}\n" for k, v in mapping.items())
    assert load_untrusted(text) == safe_load(text) == (mapping or None)
