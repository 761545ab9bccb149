"""From raw lines or blocks to an article's layout and metadata.

Each format reader (plain text, markdown, HTML) produces :class:`RawBlock` items in reading
order. :func:`finish_layout` then applies what news copy has in every format: a dateline at
the start of the first paragraph, closing byline lines ("X is Outlet's ... correspondent",
"Reporting by X"), and clues to the outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.ingest.sentences import name_in_sentence

__all__ = [
    "RawBlock",
    "Layout",
    "split_date_marker",
    "text_blocks",
    "finish_layout",
    "parse_dateline",
    "parse_closing_byline",
]

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A capitalised word of a place name: letters (any script's capitals, "SÃO"), full stops and
# apostrophes ("ST.", "N.J.", "O'SMACH"), hyphens only inside ("WINSTON-SALEM"), so that a
# glued "WASHINGTON--The" still ends the place before its separator.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’])*(?:-(?:[^\W\d_]|[.'’])+)*"
_CITY = rf"{_NAME_WORD}(?:[ /]{_NAME_WORD}){{0,4}}"
_REGION = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"  # "Ore.", "England", "Puerto Rico"
_DATE = rf"(?:{MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTHS}(?:\s+\d{{4}})?)"
# Separators: a colon, a spaced hyphen, a double hyphen or a dash (glued or spaced), and the
# underscore that old wire copy sends for a dash ("MOSCOW (AP)_ The", "WASHINGTON _ The").
_SEPARATOR = r"-{2,3}|[—–]|[:\-_](?=\s|$)"
_DATELINE = re.compile(
    rf"^(?P<place>(?P<city>{_CITY})(?:,\s*{_REGION})?)"
    rf"(?:,\s*(?P<date>{_DATE}))?"
    r"\s*(?:\((?P<outlet>[^()]{2,40})\))?"
    rf"\s*(?P<sep>{_SEPARATOR})\s*"
)
# All-caps labels that open a headline or a paragraph like a dateline's place but are none.
_KICKERS = frozenset(
    {
        "ALERT", "ANALYSIS", "BREAKING", "BREAKING NEWS", "BULLETIN", "CLARIFICATION", "COMMENT",
        "COMMENTARY", "CORRECTION", "EDITORIAL", "EDITOR'S NOTE", "EDITORS' NOTE", "EXCLUSIVE",
        "EXPLAINER", "FACTBOX", "FACT CHECK", "FEATURE", "FLASH", "INTERVIEW", "LIVE", "NOTE",
        "OBITUARY", "OPINION", "PHOTOS", "PODCAST", "RELATED", "REVIEW", "SPONSORED", "UPDATE",
        "UPDATED", "URGENT", "VIDEO", "WATCH",
    }
)
_DATE_MARKER = re.compile(r"^\s*date\s+(?P<value>\d[\w/.-]*)\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+(?=\S)")
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$")
_BY_LINE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|da|bin))*)\s*$")
_ROLE = (
    r"correspondent|reporter|editor|writer|journalist|columnist|contributor|analyst|"
    r"producer|author|commentator|bureau chief|news editor"
)
_CLOSING_BYLINE = re.compile(
    rf"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}})\s+(?:is|was)\s+(?P<rest>.*?\b(?:{_ROLE})\b.*)$",
    re.IGNORECASE,
)
_OUTLET_POSSESSIVE = re.compile(
    r"(?:^|\s)(?:an?\s+|the\s+)?(?P<outlet>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})(?:['’]s|['’])\s"
)
_OUTLET_AT = re.compile(
    r"\b(?:at|for|with)\s+(?P<outlet>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
)
_REPORTING_BY = re.compile(
    r"^\(?(?:Reporting|Writing|Additional reporting)\s+by\s+(?P<names>[^;.)]+)", re.IGNORECASE
)
_TOLD_OUTLET = re.compile(r"\btold\s+(?P<outlet>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")
_SUBHEAD_MAX_WORDS = 12
_HEADLINE_MAX_WORDS = 25


@dataclass(frozen=True)
class RawBlock:
    """A block before sentence splitting: kind is headline/key_point/subhead/paragraph."""

    kind: str
    text: str


@dataclass(frozen=True)
class Layout:
    """What :func:`finish_layout` concluded about an article's layout."""

    blocks: tuple[RawBlock, ...]
    dateline: str | None = None
    dateline_outlet: str | None = None
    byline: str | None = None
    byline_outlet: str | None = None
    outlet_clues: tuple[str, ...] = field(default=())


def split_date_marker(text: str) -> tuple[str | None, str]:
    """Split a leading ``date YYYY-MM-DD`` marker from ``text``.

    Returns ``(marker_value_or_None, rest)``; the value is not yet validated.
    """
    match = _DATE_MARKER.match(text)
    if not match:
        return None, text
    return match.group("value"), text[match.end():]


def _is_standalone(line: str) -> bool:
    """A line that ends its own paragraph: punctuated, or short like a heading."""
    words = line.split()
    return bool(_TERMINAL.search(line)) or line.endswith(":") or (
        len(words) <= _SUBHEAD_MAX_WORDS and len(line) < 80
    )


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines of one blank-line block into paragraphs."""
    paragraphs: list[list[str]] = []  # each paragraph's lines (joined once, at the end)
    for line in lines:
        if (
            paragraphs
            and not _BULLET.match(line)
            and not _BULLET.match(paragraphs[-1][0])
            and not _is_standalone(paragraphs[-1][-1])
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join(" ".join(p).split()) for p in paragraphs]


def _looks_like_heading(text: str, *, max_words: int) -> bool:
    words = text.split()
    if not words or len(words) > max_words:
        return False
    stripped = text.rstrip("\"”’' ")
    return not stripped.endswith((".", "!", "…", ";", ",")) and text[0] not in "-*•"


def text_blocks(text: str) -> list[RawBlock]:
    """Plain text to blocks: headline, key points, subheads, paragraphs.

    Blank lines separate blocks; inside one, every line that ends its sentence (or is short
    like a heading, or is a bullet) is its own paragraph, and hard-wrapped lines are joined.
    The first line is the headline when it reads like one (short, not ending in a full stop),
    more text follows and it does not open with a dateline (see :func:`_opens_with_dateline`:
    "EDITORIAL: A DECISION ON THE BUDGET" and "Analysis: Why the talks failed" are headlines).
    Leading ``- `` bullets are key points.
    """
    lines_by_block: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            lines_by_block[-1].append(line.strip())
        elif lines_by_block[-1]:
            lines_by_block.append([])
    units = [p for block in lines_by_block for p in _unwrap(block)]
    blocks: list[RawBlock] = []
    body_started = False
    for index, unit in enumerate(units):
        bullet = _BULLET.match(unit)
        is_last = index == len(units) - 1
        if bullet:
            content = unit[bullet.end():].strip()
            blocks.append(RawBlock("paragraph" if body_started else "key_point", content))
        elif (
            index == 0
            and not is_last
            and _looks_like_heading(unit, max_words=_HEADLINE_MAX_WORDS)
            and not _opens_with_dateline(unit)
        ):
            blocks.append(RawBlock("headline", unit))
        elif body_started and not is_last and _looks_like_heading(unit, max_words=_SUBHEAD_MAX_WORDS):
            blocks.append(RawBlock("subhead", unit))
        else:
            blocks.append(RawBlock("paragraph", unit))
            body_started = True
    return blocks


def _starts_an_aside(rest: str) -> bool:
    """Whether text after a dash goes on in lower case, as an aside does ("NATO -- the ...").

    The copy after a dateline starts a sentence; a word with a capital inside ("eBay",
    "iPhone") still may.
    """
    word = rest.lstrip("\"“‘'([ ").split(maxsplit=1)[:1]
    letters = [c for c in word[0] if c.isalpha()] if word else []
    return bool(letters) and all(c.islower() for c in letters)


def _in_capitals(text: str) -> bool:
    """Whether ``text`` is words in capitals throughout, as a heading is and copy is not."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _dateline_match(paragraph: str) -> re.Match[str] | None:
    """The dateline opening ``paragraph``, or None when the opening only looks like one.

    A capitalised word and a dash or colon also open ordinary sentences, so the opening must
    show it is a dateline: a place in capitals ("NEW YORK", "LONDON/PARIS", "PORTLAND, Ore.")
    or a place and a date ("Brussels, May 12"), not "Prices - which rose", "The plan --
    first floated" or a ticker ("Nvidia (NVDA) -"). It is not one either when the place is a
    label ("EXCLUSIVE:"), when the text after a dash goes on in lower case ("NATO -- the
    alliance"), when the whole line is in capitals, as a heading is ("EDITORIAL: A DECISION
    ON THE BUDGET"), or when nothing follows and there is no date or outlet: a lone
    "NEW YORK (Reuters) --" is a dateline line, a lone "LONDON -" or "NOTE:" a heading or a label.
    """
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    city, date, sep = match.group("city"), match.group("date"), match.group("sep")
    letters = [c for c in city if c.isalpha()]
    capitals = len(letters) >= 3 and all(c.isupper() for c in letters)
    rest = paragraph[match.end():]
    if not (date or capitals) or city.upper() in _KICKERS:
        return None
    if not rest:
        return match if date or match.group("outlet") else None
    if _in_capitals(paragraph) or (sep != ":" and _starts_an_aside(rest)):
        return None
    return match


def _opens_with_dateline(line: str) -> bool:
    """Whether a headline-like first line is a dateline opening rather than a headline.

    A colon after a bare place in capitals is how a headline names its subject ("GAZA: Talks
    resume", "EDITORIAL: A DECISION ON THE BUDGET"), so on a line that reads like a headline
    only a dash, a date or an outlet makes a dateline ("LONDON (Reuters) - Banks fell").
    """
    match = _dateline_match(line)
    if not match:
        return False
    return match.group("sep") != ":" or bool(match.group("date") or match.group("outlet"))


def parse_dateline(paragraph: str) -> tuple[str, str | None, str] | None:
    """``(dateline, outlet_or_None, rest_of_paragraph)`` when the paragraph opens with one.

    A dateline is a place ("WASHINGTON", "NEW YORK", "PORTLAND, Ore."), optionally a date
    ("March 12", "12 March 2024") and an outlet in brackets ("(AP)"), then a separator: a
    colon, a dash ("-", "--", "—", "–", wire copy's "_"). The rest may be empty when the
    dateline has a line of its own. See :func:`_dateline_match` for what is not a dateline.
    """
    match = _dateline_match(paragraph)
    if not match:
        return None
    place = match.group("place")
    date = match.group("date")
    outlet = match.group("outlet")
    dateline = f"{place}, {date}" if date else place
    return dateline, (outlet.strip() if outlet else None), paragraph[match.end():]


def parse_closing_byline(paragraph: str) -> tuple[str, str | None] | None:
    """``(name, outlet_or_None)`` when the paragraph is a closing byline line."""
    first = re.split(r"(?<=[.!?])\s+", paragraph.strip())[0]
    reporting = _REPORTING_BY.match(first)
    if reporting:
        names = re.split(r"\s+and\s+|,\s*", reporting.group("names").strip())
        return " and ".join(n.strip() for n in names if n.strip()), None
    match = _CLOSING_BYLINE.match(first)
    if not match:
        return None
    rest = match.group("rest")
    outlet = None
    possessive = _OUTLET_POSSESSIVE.search(" " + rest)
    if possessive:
        outlet = possessive.group("outlet")
    else:
        at = _OUTLET_AT.search(rest)
        if at:
            outlet = name_in_sentence(at.group("outlet"))
    return match.group("name"), outlet


def finish_layout(blocks: list[RawBlock]) -> Layout:
    """Find the dateline, the byline and outlet clues; return the cleaned blocks."""
    blocks = list(blocks)
    dateline = dateline_outlet = byline = byline_outlet = None
    first_para = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if first_para is not None:
        opening = blocks[first_para].text
        by = _BY_LINE.match(opening)
        if by and first_para + 1 < len(blocks):
            byline = by.group("name")
            del blocks[first_para]
            first_para = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if first_para is not None:
        parsed = parse_dateline(blocks[first_para].text)
        if parsed:
            dateline, dateline_outlet, rest = parsed
            if rest.strip():
                blocks[first_para] = RawBlock("paragraph", rest.strip())
            else:
                del blocks[first_para]
    while blocks and blocks[-1].kind in ("paragraph", "subhead"):
        closing = parse_closing_byline(blocks[-1].text)
        if not closing:
            break
        name, outlet = closing
        byline = byline or name
        byline_outlet = byline_outlet or outlet
        blocks.pop()
    clues = []
    for block in blocks:
        for told in _TOLD_OUTLET.finditer(block.text):
            clue = f"told {name_in_sentence(told.group('outlet'))}"
            if clue not in clues:
                clues.append(clue)
    return Layout(
        blocks=tuple(blocks),
        dateline=dateline,
        dateline_outlet=dateline_outlet,
        byline=byline,
        byline_outlet=byline_outlet,
        outlet_clues=tuple(clues),
    )
