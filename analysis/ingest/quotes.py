"""Direct quotes and who said them.

A quote is a span between double quote marks (straight or curly), or between curly single
marks when it holds three words or more (British style). Spans of fewer than three words
are scare quotes ("so-called "sandbox"") and are not quotes. The speaker comes from the
attribution around the quote, in the forms news prose uses:

- after the quote: ``"...," the FCA said`` / ``"...," said Ines Varga`` /
  ``"...," Mike Maloney, CEO of Incyt, told DL News``
- before the quote: ``The SEC told Reuters it would ... "..."`` / ``Varga said: "..."``
- ``according to Y`` anywhere in the sentence;
- a quote with no attribution of its own that follows another in the same or the previous
  paragraph continues that speaker;
- "the firm said" / "he said" take the name the text last gave such a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.ingest.sentences import name_in_sentence
from analysis.model import Quote

__all__ = ["find_quotes", "QuotedSpan", "quoted_spans"]

_VERBS = (
    r"said|says|say|told|tells|added|adds|explained|wrote|writes|warned|warns|stated|"
    r"argued|argues|noted|notes|insisted|insists|claimed|claims|asked|asks|replied|"
    r"continued|announced|declared|commented|remarked|acknowledged|admitted|suggested|"
    r"cautioned|conceded|confirmed|emphasised|emphasized|stressed|urged|predicted|"
    r"recalled|observed|added"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w.&'’-]*)*)")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_NOMINALS = re.compile(
    r"^(?:the|this|that)\s+(?:firm|company|group|regulator|agency|watchdog|bank|ministry|"
    r"department|exchange|lender|authority|organisation|organization|body|government|"
    r"official|spokesperson|spokesman|spokeswoman|startup|fund|platform|institution)$",
    re.IGNORECASE,
)
_NAME_AT_START = re.compile(
    r"^(?:The\s+)?((?:[A-Z][\w.&'’-]*)(?:\s+(?:of\s+|the\s+|and\s+|for\s+)?[A-Z][\w.&'’-]*)*)"
)
_NOT_NAMES = {"The", "In", "On", "At", "As", "But", "And", "So", "Yet", "A", "An", "It", "This",
              "That", "These", "Those", "He", "She", "They", "We", "I", "Since", "While",
              "When", "After", "Before", "Meanwhile", "However", "Additionally", "Also"}
_HONORIFIC = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady|President|Senator|"
    r"Minister|Commissioner|Chancellor|Secretary)\.?\s+)+(?=[A-Z])"
)
_MIN_WORDS = 3
_MAX_SPEAKER_WORDS = 8


@dataclass(frozen=True)
class QuotedSpan:
    """A quote found in a paragraph: character offsets of its inner text."""

    start: int
    end: int
    text: str


def quoted_spans(paragraph: str, *, min_words: int = _MIN_WORDS) -> list[QuotedSpan]:
    """Every quoted span of ``min_words`` words or more in ``paragraph``, in order."""
    spans: list[QuotedSpan] = []
    i, n = 0, len(paragraph)
    while i < n:
        ch = paragraph[i]
        close = None
        if ch == "“":
            j = paragraph.find("”", i + 1)
            close = j if j != -1 else n
        elif ch == '"':
            j = paragraph.find('"', i + 1)
            close = j if j != -1 else n
        elif ch == "‘" and (i == 0 or not paragraph[i - 1].isalnum()):
            j = i + 1
            close = None
            while True:
                j = paragraph.find("’", j)
                if j == -1:
                    break
                if j + 1 >= n or not paragraph[j + 1].isalnum():
                    close = j
                    break
                j += 1
        if close is None:
            i += 1
            continue
        inner = paragraph[i + 1 : close].strip()
        if len(inner.split()) >= min_words:
            spans.append(QuotedSpan(i + 1, close, inner))
        i = close + 1
    return spans


def _clean_speaker(raw: str) -> str | None:
    speaker = raw.strip(" ,;:—–-")
    speaker = speaker.split(",")[0].strip()
    speaker = re.sub(r"^the\s+(?=[A-Z])", "", speaker, flags=re.IGNORECASE)
    speaker = _HONORIFIC.sub("", speaker).strip()
    if not speaker or len(speaker.split()) > _MAX_SPEAKER_WORDS:
        return None
    if not re.search(r"[A-Za-z]", speaker):
        return None
    return speaker


def _speaker_after(after: str) -> str | None:
    """Attribution in the text that follows a quote, up to the end of its sentence."""
    after = re.split(r"[“\"‘]", after, maxsplit=1)[0]
    verb = _VERB.search(after)
    if not verb:
        return None
    before_verb = after[: verb.start()]
    if before_verb.strip(" ,—–-"):
        return _clean_speaker(before_verb)
    rest = after[verb.end():]
    rest = re.split(r"[,;:!?]|\.(?:\s+[a-z]|\s*$)", rest, maxsplit=1)[0]
    return _clean_speaker(rest)


def _speaker_before(before: str) -> str | None:
    """Attribution in the sentence before a quote: ``X said ... "``."""
    verb = _VERB.search(before)
    if not verb:
        return None
    subject = before[: verb.start()]
    return _clean_speaker(subject) if subject.strip() else None


def _name_at_start(sentence: str) -> str | None:
    match = _NAME_AT_START.match(sentence.strip("“”\"‘’ "))
    if not match:
        return None
    name = match.group(1)
    words = name.split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) or None


def _resolve(
    speaker: str | None, previous: str | None, earlier: Sequence[str], named: Sequence[str] = ()
) -> str | None:
    """Replace "he"/"the firm" with the name the text last gave, and a surname alone
    ("Oncu") with the full name an earlier quote gave ("Anil Oncu")."""
    if speaker is None:
        return None
    if " " not in speaker:
        for full in reversed(named):
            if full != speaker and full.split()[-1] == speaker:
                return full
    lowered = speaker.lower()
    if lowered in _PRONOUNS:
        return previous
    if _NOMINALS.match(speaker) or _NOMINALS.match("the " + lowered):
        for sentence in reversed(earlier[-3:]):
            name = _name_at_start(sentence)
            if name:
                return name
        return previous
    return speaker


def find_quotes(paragraphs: Sequence[Sequence[str]]) -> list[Quote]:
    """The direct quotes of an article given as paragraphs of sentences, in order."""
    quotes: list[Quote] = []
    earlier: list[str] = []
    previous_speaker: str | None = None
    previous_paragraph_had_quote = False
    named: list[str] = []
    for sentences in paragraphs:
        paragraph = " ".join(sentences)
        offsets = []
        pos = 0
        for sentence in sentences:
            offsets.append(pos)
            pos += len(sentence) + 1
        paragraph_has_quote = False
        for span in quoted_spans(paragraph):
            index = max(k for k, off in enumerate(offsets) if off <= span.start)
            sentence = sentences[index]
            sent_start = offsets[index]
            tail_end = span.end + 1
            last = max(k for k, off in enumerate(offsets) if off <= span.end)
            after = paragraph[tail_end : offsets[last] + len(sentences[last])]
            before = paragraph[sent_start : max(sent_start, span.start - 1)]
            speaker = _speaker_after(after) or _speaker_before(before)
            if speaker is None:
                according = _ACCORDING.search(sentence)
                if according:
                    speaker = _clean_speaker(name_in_sentence(according.group(1)))
            if speaker is None and (paragraph_has_quote or previous_paragraph_had_quote):
                speaker = previous_speaker
            else:
                speaker = _resolve(
                    speaker, previous_speaker, earlier + list(sentences[:index]), named
                )
            text = span.text.rstrip(",").rstrip()
            quotes.append(Quote(text=text, speaker=speaker, sentence=sentence))
            paragraph_has_quote = True
            if speaker:
                previous_speaker = speaker
                if speaker not in named:
                    named.append(speaker)
        previous_paragraph_had_quote = paragraph_has_quote
        earlier.extend(sentences)
    return quotes
