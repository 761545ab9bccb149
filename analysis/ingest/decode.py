"""Bytes to text: BOMs, UTF-8, detected legacy encodings, line ends, damage named.

UTF-8 is tried first. Text that is mostly UTF-8 (it holds valid multi-byte sequences, or no
legacy code page reads it cleanly) keeps UTF-8: its few undecodable bytes become U+FFFD and
a warning gives their count and the first byte's position. A legacy code page (cp1252,
Latin-1 ...) that charset-normalizer detects is used only when the whole file decodes in it
without an error. UTF-16 without a BOM is recognised by its zero bytes. NUL and other control
characters (all but tab, line feed and carriage return) are removed with a warning. Binary
files are refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes
from charset_normalizer.models import CharsetMatch

__all__ = ["DecodeError", "Decoded", "decode_bytes", "decode_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text (tab, LF, CR and FF are fine).
_BINARY_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# A few stray control bytes are damage to remove; more than 1% of the bytes mean binary.
_STRAY_CONTROLS = 8
_WESTERN = {"cp1252", "latin_1", "iso8859_15"}
_CHAOS_MARGIN = 0.5
# Undecodable bytes beyond one in this many make UTF-8 text too damaged to read.
_DAMAGE_RATIO = 20
# charset-normalizer reads only this many bytes to choose (its cost grows with the input).
_DETECT_BYTES = 64 * 1024


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why in a few words."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used, and warnings about damage repaired."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the zero bytes say so, else ``None``."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(sample.count(bytes([b])) for b in _BINARY_CONTROL)
    return controls > max(_STRAY_CONTROLS, len(sample) // 100)


def _damaged_utf8(data: bytes, *, encoding: str = "utf-8") -> tuple[str, int, int]:
    """``(text, undecodable_bytes, first_position)``: UTF-8 with U+FFFD for each bad sequence."""
    first = -1
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    return text, bad, first


def decode_text(data: bytes) -> Decoded:
    """Decode ``data`` with line ends made ``\\n``, repairs named in ``warnings``.

    Raises :class:`DecodeError` for binary data or bytes no encoding explains.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                return _finish(*_utf8_or_damaged(data, encoding, _damaged_utf8(data, encoding=encoding)))
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable text: not valid {encoding} despite its BOM") from exc
            return _finish(text, encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"undecodable text: looks like {utf16.upper()} without a BOM but is not valid {utf16}"
            ) from exc
        return _finish(text, utf16, [f"read as {utf16.upper()} (no BOM)"])
    if _looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    text, bad, _ = damaged
    multibyte = sum(1 for c in text if c > "\x7f") - bad
    if multibyte <= 0:
        legacy = _legacy(data)
        if legacy is not None:
            return _finish(*legacy)
    return _finish(*_utf8_or_damaged(data, "utf-8", damaged))


def _utf8_or_damaged(
    data: bytes, encoding: str, damaged: tuple[str, int, int]
) -> tuple[str, str, list[str]]:
    """UTF-8 text (``damaged`` is :func:`_damaged_utf8`'s reading of ``data``), its few
    undecodable bytes replaced and warned about; too many refused."""
    text, bad, first = damaged
    if bad == 0:
        return text, encoding, []
    if bad * _DAMAGE_RATIO > len(data):
        raise DecodeError(
            f"undecodable text: {bad:,} of {len(data):,} bytes are not valid UTF-8 "
            f"(the first at byte {first:,}) and no other encoding reads it cleanly"
        )
    plural = "byte" if bad == 1 else "bytes"
    return text, encoding, [
        f"{bad:,} undecodable {plural} in UTF-8 text replaced with U+FFFD (the first at byte {first:,})"
    ]


def _legacy(data: bytes) -> tuple[str, str, list[str]] | None:
    """A legacy code page that decodes all of ``data`` cleanly, or ``None``."""
    best = _best_match(data[:_DETECT_BYTES])
    if best is None or best.encoding is None or best.encoding.startswith("utf"):
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if not text.strip() or "\ufffd" in text:
        return None
    return text, best.encoding, []


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)`` with line ends made ``\\n``.

    Raises :class:`DecodeError` for binary data or bytes no encoding explains.
    """
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def _finish(text: str, encoding: str, warnings: list[str] | None = None) -> Decoded:
    """Newlines made ``\\n`` and control characters removed (with a warning)."""
    notes = list(warnings or [])
    found = _CONTROL_CHARS.search(text)
    if found is not None:
        controls = _CONTROL_CHARS.findall(text)
        count = len(controls)
        names = sorted({f"U+{ord(c):04X}" for c in controls})
        shown = ", ".join(names[:3]) + (" ..." if len(names) > 3 else "")
        plural = "character" if count == 1 else "characters"
        notes.append(
            f"removed {count:,} control {plural} ({shown}), the first at character {found.start():,}"
        )
        text = _CONTROL_CHARS.sub("", text)
    return Decoded(_normalise_newlines(text), encoding, tuple(notes))


def _best_match(data: bytes) -> CharsetMatch | None:
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
