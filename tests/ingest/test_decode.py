"""Mirror tests for analysis.ingest.decode: bytes in, text and encoding out."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.decode import Decoded, DecodeError, decode_bytes, decode_text

_CONTROLS = {chr(c) for c in range(32) if c not in (9, 10, 13)} | {chr(c) for c in range(0x7F, 0xA0)}


def test_plain_utf8_has_no_warnings():
    assert decode_text("café naïve".encode()) == Decoded("café naïve", "utf-8", ())


def test_crlf_and_lone_cr_become_lf():
    assert decode_text(b"one\r\ntwo\rthree\n").text == "one\ntwo\nthree\n"


def test_empty_bytes_are_empty_utf8_text():
    assert decode_text(b"") == Decoded("", "utf-8", ())


def test_utf8_bom_is_dropped():
    decoded = decode_text(codecs.BOM_UTF8 + "Zürich\r\n".encode())
    assert decoded == Decoded("Zürich\n", "utf-8-sig", ())


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_a_bom(codec):
    decoded = decode_text("Señor news".encode(codec))
    assert (decoded.text, decoded.encoding, decoded.warnings) == ("Señor news", codec, ())


def test_bom_file_that_does_not_decode_is_refused():
    with pytest.raises(DecodeError, match="despite its BOM"):
        decode_text(codecs.BOM_UTF16_LE + b"\x00\xd8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_named_in_a_warning(codec):
    decoded = decode_text("hello world".encode(codec))
    assert decoded.text == "hello world"
    assert decoded.encoding == codec
    assert decoded.warnings == (f"read as {codec.upper()} (no BOM)",)


def test_a_stray_nul_is_removed_with_a_warning():
    decoded = decode_text(b"a\x00b")
    assert decoded.text == "ab"
    assert decoded.warnings == ("removed 1 control character (U+0000), the first at character 1",)


def test_many_control_names_are_cut_to_three():
    decoded = decode_text(b"x" * 2000 + b"\x01\x02\x03\x04" + b"y" * 2000)
    assert decoded.text == "x" * 2000 + "y" * 2000
    (warning,) = decoded.warnings
    assert warning.startswith("removed 4 control characters (U+0001, U+0002, U+0003 ...)")
    assert warning.endswith("the first at character 2,000")


def test_binary_data_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode_text(bytes(range(256)) * 4)


def test_cp1252_text_is_read_as_cp1252():
    decoded = decode_text("Café naïve résumé text here".encode("cp1252"))
    assert decoded.text == "Café naïve résumé text here"
    assert decoded.encoding == "cp1252"
    assert decoded.warnings == ()


def test_one_bad_byte_in_utf8_text_is_replaced_and_counted():
    data = b"abc " * 30 + b"\xff" + "é".encode()
    decoded = decode_text(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == "abc " * 30 + "\ufffdé"
    assert decoded.warnings == ("1 undecodable byte in UTF-8 text replaced with U+FFFD (the first at byte 120)",)


def test_utf8_with_too_many_bad_bytes_is_refused():
    data = ("é" * 10).encode() + b"\xff\xfe\xfd" * 10
    with pytest.raises(DecodeError, match="not valid UTF-8"):
        decode_text(data)


def test_decode_error_is_a_value_error():
    assert issubclass(DecodeError, ValueError)


def test_decode_bytes_is_text_and_encoding_of_decode_text():
    assert decode_bytes(b"x\r\ny") == ("x\ny", "utf-8")
    data = codecs.BOM_UTF8 + b"hi"
    decoded = decode_text(data)
    assert decode_bytes(data) == (decoded.text, decoded.encoding)


def test_decode_bytes_raises_like_decode_text():
    with pytest.raises(DecodeError):
        decode_bytes(bytes(range(256)) * 4)


_clean_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(_CONTROLS) + "\r"),
    max_size=60,
)


@settings(max_examples=50, deadline=None)
@given(_clean_text)
def test_utf8_text_round_trips(text):
    assert decode_text(text.encode()) == Decoded(text, "utf-8", ())


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_clean_text_or_a_decode_error(data):
    try:
        decoded = decode_text(data)
    except DecodeError:
        return
    assert "\r" not in decoded.text
    assert not _CONTROLS & set(decoded.text)
    assert isinstance(decoded.warnings, tuple)
