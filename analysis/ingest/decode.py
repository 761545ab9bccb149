"""Bytes to text: BOMs, UTF-8, detected legacy encodings, line ends.

Text that is not valid UTF-8 is handed to charset-normalizer, which detects the encoding from
the bytes (it does not guess from the file name). Binary files are refused.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

__all__ = ["DecodeError", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, LF, CR and FF are fine).
_BINARY_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


_WESTERN = {"cp1252", "latin_1", "iso8859_15"}
_CHAOS_MARGIN = 0.5


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why in a few words."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _BINARY_CONTROL)
    return controls > max(1, len(sample) // 100)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)`` with line ends made ``\\n``.

    Raises :class:`DecodeError` for binary data or bytes no encoding explains.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable text: not valid {encoding} despite its BOM") from exc
            return _normalise_newlines(text), encoding
    if _looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return _normalise_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = _best_match(data)
    if best is None or best.encoding is None:
        raise DecodeError("undecodable text: no text encoding fits these bytes")
    text = str(best)
    if not text.strip() or "\ufffd" in text:
        raise DecodeError(f"undecodable text: detected {best.encoding} but the text is damaged")
    return _normalise_newlines(text), best.encoding


def _best_match(data: bytes):
    """charset-normalizer's detection, preferring Western European among equals.

    Short texts often decode equally cleanly as cp1250, cp1252 and cp1257; for English news
    the Western code page (a superset of Latin-1) is the right one among such ties.
    """
    matches = list(from_bytes(data))
    if not matches:
        return None
    least_chaos = min(m.percent_chaos for m in matches)
    tied = [m for m in matches if m.percent_chaos <= least_chaos + _CHAOS_MARGIN]
    for match in tied:
        if _WESTERN & set(match.could_be_from_charset):
            return match
    return matches[0]


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
