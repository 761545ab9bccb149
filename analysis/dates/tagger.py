"""Find temporal expressions in English news text and say what each one means.

:func:`tag` returns :class:`Mention` objects: the span of a DATE, TIME, DURATION or SET
expression (TimeML extents: determiners such as "the" are kept, prepositions such as "in"
or "by" are not) and a :class:`Spec`, a small description of its meaning ("the month of
March, year not stated", "one week before the anchor", "six months"). Turning a Spec into
a TIMEX3 value against an anchor date is :mod:`analysis.dates.resolve`'s job, so this
module knows nothing about any particular date.

The grammar is a set of regular expressions over word classes (months, weekdays, numbers,
units, seasons, ordinals), applied everywhere; overlapping candidates are settled
leftmost-longest. Month and weekday names must be capitalised ("May" the month, not
"may" the verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Spec", "Mention", "tag", "MONTHS", "WEEKDAYS", "number_value", "duration_value"]

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE",
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "a dozen": 12, "couple": 2, "a couple of": 2, "a couple": 2,
}
_VAGUE = ("a few", "few", "several", "some", "many", "a number of", "the next few",
          "dozens of", "a handful of")
_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}


@dataclass(frozen=True)
class Spec:
    """What a temporal expression means, before any anchor date is known.

    ``kind`` says how to read the other fields:

    * ``date``: ``year``/``month``/``day`` (any may be missing; ``weekday`` 1-7 optional);
      ``offset`` set means "year = anchor year + offset" ("March next year").
    * ``weekday``: ``weekday`` 1-7 and ``rel`` (``last``/``this``/``next``/None).
    * ``season``: ``season`` code, ``year`` or ``rel``/``offset``.
    * ``quarter``/``half``: ``n`` and ``year`` or ``rel``/``offset``.
    * ``relative``: ``unit`` and ``offset`` ("last week" = week, -1); ``anaphoric`` when
      it counts from the narrative date ("the following week") rather than the article's.
    * ``shift``: ``n`` units (``unit``) before (``offset`` = -1) or after (+1) the anchor
      ("three years ago", "two days later"); ``n`` None when vague ("years ago").
    * ``deictic``: ``offset`` days from the anchor ("yesterday" = -1), optional ``part``.
    * ``decade``/``century``: ``n`` (199, 20) or ``rel``/``offset`` ("this century").
    * ``holiday``: ``name`` and optional ``year``.
    * ``time``: ``hour``/``minute`` or ``part`` (MO, AF, EV, NI) on the day ``inner``.
    * ``fixed``: ``value`` is the TIMEX3 value already (durations, sets, references).

    ``mod`` is START, MID or END for "early", "mid-", "late"/"the end of"; ``narrow`` is
    ``before``/``after`` for "earlier this year"/"later this year" (up to or from the anchor).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    n: int | None = None
    unit: str | None = None
    offset: int | None = None
    rel: str | None = None
    anaphoric: bool = False
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    name: str | None = None
    value: str | None = None
    mod: str | None = None
    narrow: str | None = None
    inner: Spec | None = None


@dataclass(frozen=True)
class Mention:
    """One temporal expression: its text, character span, TIMEX3 type and meaning."""

    text: str
    start: int
    end: int
    type: str
    spec: Spec
    rule: str


# --------------------------------------------------------------------------- word classes
def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_MONTH = (
    r"(?-i:(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
    r"June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|"
    r"Nov(?:ember|\.)?|Dec(?:ember|\.)?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|"
    r"SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))(?![\w])"
)
_WEEKDAY = (
    r"(?-i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)day|MONDAY|TUESDAY|"
    r"WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)s?(?![\w])"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
_NUMWORD = _alt([w for w in _NUMBER_WORDS if " " not in w and w not in ("a", "an")])
_NUM = (
    r"(?:\d+(?:[.,]\d+)?(?:\s*1/2)?|" + _NUMWORD + r"(?:[- ]" + _NUMWORD + r")?(?:\s+and\s+a\s+half)?"
    r"|a\s+couple\s+of|a\s+couple|a\s+dozen|a\s+few|a\s+number\s+of|a\s+handful\s+of|"
    r"several|few|some|many|dozens\s+of|half\s+an?|an?)"
)
_UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:morning|afternoon|evening|night|overnight)"
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_ORD = _alt([w for w in _ORDINALS])
_MODWORD = r"(?:early|earlier|mid|middle|late|later)"
_MODPHRASE = r"(?:the\s+)?(?:beginning|start|end|middle|close|turn)\s+of(?:\s+the)?"


def number_value(text: str) -> int | None:
    """The integer a number phrase names ("two", "twenty-five", "12", "a"); None if vague."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if any(t == v or t.startswith(v + " ") for v in _VAGUE):
        return None
    t = t.replace(",", "")
    if re.fullmatch(r"\d+", t):
        return int(t)
    if re.fullmatch(r"\d+\.\d+", t):
        return None
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    parts = re.split(r"[- ]", t)
    if all(p in _NUMBER_WORDS for p in parts):
        total = 0
        for p in parts:
            v = _NUMBER_WORDS[p]
            total = total * v if v == 100 else total + v
        return total
    return None


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower()[:3]]


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNIT_CODES else w


def _rel_offset(word: str | None) -> int | None:
    if word is None:
        return None
    w = word.lower().split()[-1]
    return {"this": 0, "current": 0, "same": 0, "that": 0, "next": 1, "coming": 1,
            "following": 1, "last": -1, "past": -1, "previous": -1}.get(w)


def _mod(word: str | None) -> tuple[str | None, str | None]:
    """(mod, narrow) for a modifier word such as "early", "the end of", "earlier"."""
    if not word:
        return None, None
    w = word.lower()
    if "earlier" in w:
        return None, "before"
    if "later" in w:
        return None, "after"
    if "early" in w or "beginning" in w or "start" in w:
        return "START", None
    if "mid" in w or "middle" in w:
        return "MID", None
    if "late" in w or "end" in w or "close" in w:
        return "END", None
    return None, None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    t = text.strip().lstrip("'’")
    return int(t)  # two-digit years are widened by the resolver


def duration_value(n: int | None, unit: str, *, half: bool = False) -> str:
    """The TIMEX3 duration for ``n`` units ("P6M", "PT3H"; ``PXY`` when n is vague)."""
    code = UNIT_CODES[unit]
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        return f"P{n * size}Y" if n is not None else f"PX{code}"
    if unit == "quarter":
        return f"P{n * 3}M" if n is not None else "PXQ"
    if unit == "fortnight":
        return f"P{2 * n}W" if n is not None else "PXW"
    if unit == "weekend":
        return f"P{n}WE" if n is not None else "PXWE"
    time = code in ("H", "S") or unit == "minute"
    prefix = "PT" if time else "P"
    if n is None:
        return f"{prefix}X{code}"
    if half:
        if unit == "hour":
            return f"PT{n}H30M"
        if unit == "year":
            return f"P{n * 12 + 6}M"
        if unit == "day":
            return f"PT{n * 24 + 12}H"
    return f"{prefix}{n}{code}"


# --------------------------------------------------------------------------- rules
def _preceded_by(m: re.Match[str], pattern: str) -> bool:
    """Whether the text just before the match ends with ``pattern`` (a `$`-anchored regex)."""
    return re.search(pattern, m.string[max(0, m.start() - 20):m.start()], re.IGNORECASE) is not None


Builder = Callable[[re.Match[str]], tuple[str, Spec] | None]
_RULES: list[tuple[str, re.Pattern[str], Builder]] = []


def _rule(name: str, pattern: str) -> Callable[[Builder], Builder]:
    compiled = re.compile(r"(?<![\w'’])" + pattern + r"(?!\w)(?!['’][a-rt-z])", re.IGNORECASE)

    def register(builder: Builder) -> Builder:
        _RULES.append((name, compiled, builder))
        return builder

    return register


@_rule("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)")
def _iso(m: re.Match[str]) -> tuple[str, Spec] | None:
    return "DATE", Spec("date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))


@_rule("numeric", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})")
def _numeric(m: re.Match[str]) -> tuple[str, Spec] | None:
    a, b = int(m["a"]), int(m["b"])
    month, day = (a, b) if a <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "DATE", Spec("date", year=_year(m["y"]), month=month, day=day)


_TIMEOFDAY = (
    r"(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?|o'clock)"
    r"|(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?=\s*(?:GMT|BST|EST|EDT|ET|UTC|CET|PST|PDT|local|hrs))"
    r"|(?P<noon>noon|midday|midnight))"
    r"(?:\s+(?P<tz>GMT|BST|EST|EDT|ET|UTC|CET|PST|PDT|CST|CDT|local\s+time))?"
)
_DAYREF = r"(?:" + _WEEKDAY + r"|today|yesterday|tomorrow|tonight)"


@_rule("clock", r"(?:(?P<pre>" + _DAYREF + r")\s+(?:at\s+)?)?" + _TIMEOFDAY
       + r"(?:\s*,?\s+(?:on\s+)?(?P<post>" + _DAYREF + r"))?")
def _clock(m: re.Match[str]) -> tuple[str, Spec] | None:
    if m["noon"]:
        hour, minute = (0, 0) if m["noon"].lower() == "midnight" else (12, 0)
    else:
        hour = int(m["h"] or m["h2"])
        minute = int(m["mi"] or m["mi2"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
    if hour > 24:
        return None
    dayword = m["pre"] or m["post"]
    return "TIME", Spec("time", hour=hour, minute=minute, inner=_dayref(dayword))


def _dayref(word: str | None) -> Spec | None:
    if not word:
        return None
    w = word.lower()
    if w in ("today", "tonight"):
        return Spec("deictic", offset=0)
    if w == "yesterday":
        return Spec("deictic", offset=-1)
    if w == "tomorrow":
        return Spec("deictic", offset=1)
    return Spec("weekday", weekday=_weekday(word))


@_rule("md", r"(?:(?P<wd>" + _WEEKDAY + r"),?\s+)?(?P<mo>" + _MONTH + r")\s+(?P<d>"
       + _DAYNUM + r")(?:\s*(?:,\s*|\s)(?P<y>" + _YEAR + r"|'\d\d))?")
def _md(m: re.Match[str]) -> tuple[str, Spec] | None:
    return "DATE", Spec("date", year=_year(m["y"]), month=_month(m["mo"]),
                        day=int(re.sub(r"\D", "", m["d"])),
                        weekday=_weekday(m["wd"]) if m["wd"] else None)


@_rule("dm", r"(?:(?P<wd>" + _WEEKDAY + r"),?\s+)?(?P<d>" + _DAYNUM
       + r")\s+(?:of\s+)?(?P<mo>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?")
def _dm(m: re.Match[str]) -> tuple[str, Spec] | None:
    return "DATE", Spec("date", year=_year(m["y"]), month=_month(m["mo"]),
                        day=int(re.sub(r"\D", "", m["d"])),
                        weekday=_weekday(m["wd"]) if m["wd"] else None)


@_rule("month", r"(?:(?P<mod>" + _MODWORD + r"|" + _MODPHRASE + r")[\s-]+)?(?:(?P<rel>this|next|last|past|coming)\s+)?"
       r"(?P<mo>" + _MONTH + r")(?:(?:\s+of|,)?\s+(?P<y>" + _YEAR + r")|\s+(?P<yrel>this|next|last)\s+year"
       r"|\s+of\s+(?P<yrel2>this|next|last)\s+year)?")
def _monthrule(m: re.Match[str]) -> tuple[str, Spec] | None:
    word = m["mo"]
    if word in ("May", "March") and not (m["y"] or m["yrel"] or m["yrel2"] or m["rel"] or m["mod"]):
        # "May" and "March" alone are too often a modal, a verb or a name: need context
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(?:in|since|until|till|by|of|from|to|early|late|mid|last|next|this|before|after|during"
                         r"|through|and|or)\s*$", before):
            return None
    mod, narrow = _mod(m["mod"])
    if narrow:
        return None
    year_rel = m["yrel"] or m["yrel2"]
    if m["rel"]:
        offset = _rel_offset(m["rel"])
        spec = Spec("date", month=_month(word), rel=m["rel"].lower(), offset=None, mod=mod,
                    n=offset)
    elif year_rel:
        spec = Spec("date", month=_month(word), offset=_rel_offset(year_rel), mod=mod)
    else:
        spec = Spec("date", year=_year(m["y"]), month=_month(word), mod=mod)
    return "DATE", spec


@_rule("season", r"(?:(?P<mod>" + _MODWORD + r"|" + _MODPHRASE + r")[\s-]+)?(?:(?P<det>the|this|next|last|past|coming"
                                                                 r"|previous|following)\s+)?"
       r"(?P<s>" + _SEASON + r")(?:(?:\s+of|,)?\s+(?P<y>" + _YEAR + r")|\s+(?P<yrel>this|next|last)\s+year)?")
def _season(m: re.Match[str]) -> tuple[str, Spec] | None:
    word = m["s"].lower()
    det = (m["det"] or "").lower()
    if word == "fall" and not (det or m["y"] or m["yrel"] or m["mod"]):
        return None
    mod, narrow = _mod(m["mod"])
    if narrow:
        return None
    code = SEASON_CODES[word]
    if m["y"]:
        return "DATE", Spec("season", season=code, year=int(m["y"]), mod=mod)
    if m["yrel"]:
        return "DATE", Spec("season", season=code, offset=_rel_offset(m["yrel"]), rel="year",
                            mod=mod)
    if det and det != "the":
        return "DATE", Spec("season", season=code, rel=det, offset=_rel_offset(det), mod=mod)
    return "DATE", Spec("season", season=code, mod=mod)


@_rule("quarter", r"(?:(?P<yr>" + _YEAR + r")(?:'s)?\s+)?(?:(?P<det>the|this|next|last|its|their|a)\s+)?(?:(?P<yr2>"
       + _YEAR + r"|fiscal|calendar|year-ago|year-earlier|latest|current|previous|past)\s+)?"
       r"(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous"
       r"|past)[\s-]+)?(?:fiscal[\s-]+)?"
       r"(?P<what>quarter|half)(?:\s+of\s+(?:(?P<y>" + _YEAR
       + r")|(?P<yrel>this|next|last|the)\s+(?:fiscal\s+)?year))?")
def _quarter(m: re.Match[str]) -> tuple[str, Spec] | None:
    what = m["what"].lower()
    det = (m["det"] or "").lower()
    o = (m["o"] or "").lower()
    lead = (m["yr2"] or "").lower()
    year = int(m["y"] or m["yr"] or (lead if lead.isdigit() else 0)) or None
    if det == "a" and not o or (not o and not det and not year and not lead):
        return None  # "a quarter of the budget", bare "quarter"
    if what == "half" and not o:
        return None
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
         "4th": 4}.get(o)
    if what == "half" and n not in (1, 2):
        return None
    offset = None
    rel = None
    if m["yrel"] and m["yrel"].lower() != "the":
        offset, rel = _rel_offset(m["yrel"]), "year"
    if n is None:
        which = o or lead or det
        if which in ("last", "previous", "past"):
            rel, offset = "unit", -1
        elif which in ("next",):
            rel, offset = "unit", 1
        elif which in ("year-ago", "year-earlier"):
            rel, offset = "unit", -4
        else:
            rel, offset = "unit", 0  # the quarter / the current quarter / latest
    if lead in ("year-ago", "year-earlier") and n is not None:
        rel, offset = "year", -1
    return "DATE", Spec("quarter" if what == "quarter" else "half", n=n, year=year, rel=rel,
                        offset=offset)


@_rule("qcode", r"(?P<w>[QH])(?P<n>[1-4])(?:\s+(?P<y>" + _YEAR + r"))?")
def _qcode(m: re.Match[str]) -> tuple[str, Spec] | None:
    kind = "quarter" if m["w"] in "Qq" else "half"
    n = int(m["n"])
    if kind == "half" and n > 2 or m["w"] not in ("Q", "H"):
        return None
    year = int(m["y"]) if m["y"] else None
    return "DATE", Spec(kind, n=n, year=year, rel=None if year else "bare")


@_rule("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<c>1[0-9]|20)(?P<d>\d)0s|['’](?P<d2>\d)0s|(?P<w>"
       + _alt(list(_DECADE_WORDS)) + r"))")
def _decade(m: re.Match[str]) -> tuple[str, Spec] | None:
    mod, _ = _mod(m["mod"])
    if m["c"]:
        return "DATE", Spec("decade", n=int(m["c"] + m["d"]), mod=mod)
    digit = int(m["d2"] or _DECADE_WORDS[m["w"].lower()])
    return "DATE", Spec("decade", n=None, offset=digit, mod=mod)


@_rule("century", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<o>" + _ORD + r"|\d{1,2}(?:st|nd|rd|th))"
                                                                                     r"|(?P<rel>this|last|next"
                                                                                     r"|the\s+last|the\s+next"
                                                                                     r"|the\s+past)"
                                                                                     r"|(?P<past>past))[\s-]+century")
def _century(m: re.Match[str]) -> tuple[str, Spec] | None:
    mod, _ = _mod(m["mod"])
    if m["o"]:
        o = m["o"].lower()
        n = _ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        return "DATE", Spec("century", n=n - 1, mod=mod)
    if m["past"]:
        return "DURATION", Spec("fixed", value="P100Y")
    rel = m["rel"].lower().split()[-1]
    if m["rel"].lower().startswith("the"):
        return "DURATION", Spec("fixed", value="P100Y")
    return "DATE", Spec("century", rel=rel, offset=_rel_offset(rel), mod=mod)


@_rule("year", r"(?:(?P<mod>" + _MODWORD + r"|" + _MODPHRASE + r")[\s-]+)?(?:(?P<fy>fiscal|FY"
                                                               r"|calendar)\s*(?:year\s+)?)?(?P<y>" + _YEAR + r")"
       r"(?!\s*(?:%|percent|per\s+cent))")
def _yearrule(m: re.Match[str]) -> tuple[str, Spec] | None:
    s = m.string
    before = s[max(0, m.start() - 25):m.start()]
    after = s[m.end():m.end() + 30]
    if re.search(r"[$£€¥#]\s*$|\d[,.]?\s*$|\bNo\.\s*$|\b(?:about|nearly|almost|some|over|than|approximately|roughly"
                 r"|flight|route|room|number|page|article|chapter|code|model|section|rule|resolution|exactly|just"
                 r"|only|[Tt]op|[Ff]ortune)\s+$", before):
        return None
    if re.match(r"[,.]\d|\s*-\s*\d{2}(?!\d)|\s+(?:people|persons|troops|soldiers|workers|jobs|employees|members"
                r"|shares|barrels|tons|tonnes|miles|kilometers|kilometres|km|feet|meters|metres|units|cars|votes"
                r"|dollars|pounds|euros|points|students|residents|cases|deaths|homes|households|times|acres|hectares"
                r"|pages|words|copies|vehicles|rooms|beds|children|patients|passengers|cows|pupils|staff|calories"
                r"|yards|years|hours|miles|square|ft|lbs|lb|kg|mph|megawatts|MW|GW|customers|companies|firms|stores"
                r"|branches|sites|seats|users|accounts|laws|rules|officers|police|guards)\b", after):
        return None
    mod, narrow = _mod(m["mod"])
    if narrow:
        return None
    return "DATE", Spec("date", year=int(m["y"]), mod=mod)


@_rule("yearpair", r"(?P<y>" + _YEAR + r")-(?P<y2>\d{2})(?!\d)")
def _yearpair(m: re.Match[str]) -> tuple[str, Spec] | None:
    first = int(m["y"])
    second = int(m["y"][:2] + m["y2"])
    if second != first + 1:
        return None
    return "DATE", Spec("date", year=first)


@_rule("relative", r"(?:(?P<mod>" + _MODWORD + r"|" + _MODPHRASE + r")[\s-]+(?:in\s+)?)?(?P<det>the\s+)?(?P<rel>this"
                                                                   r"|next|last|past|previous|coming|following"
                                                                   r"|current|same|that|upcoming)\s+(?P<u>week"
                                                                   r"|weekend|month|year|quarter|decade|century"
                                                                   r"|fortnight)")
def _relative(m: re.Match[str]) -> tuple[str, Spec] | None:
    rel = m["rel"].lower()
    unit = m["u"].lower()
    mod, narrow = _mod(m["mod"])
    det = bool(m["det"])
    anaphoric = rel in ("following", "same", "that") or (det and rel in ("next", "previous"))
    offset = _rel_offset(rel)
    if rel == "upcoming":
        offset = 1
    if det and rel in ("past", "last", "coming", "next") and not anaphoric and unit != "weekend":
        # "the past week", "the coming month": a stretch of time leading up to / from now
        if rel in ("past", "last") and unit in ("week",):
            return "DATE", Spec("relative", unit=unit, offset=-1, mod=mod, narrow=narrow)
        return "DURATION", Spec("fixed", value=duration_value(1, unit))
    if unit == "fortnight":
        unit, offset = "week", (offset or 0) * 2
    return "DATE", Spec("relative", unit=unit, offset=offset, anaphoric=anaphoric, mod=mod,
                        narrow=narrow)


@_rule("weekend", r"the\s+weekend")
def _weekend(m: re.Match[str]) -> tuple[str, Spec] | None:
    return "DATE", Spec("relative", unit="weekend", offset=0)


@_rule("modrel", r"(?P<mod>earlier|later|early|late|mid)[\s-]+(?:in\s+)?(?:the\s+)?(?P<u>week|month|year|decade)")
def _modrel(m: re.Match[str]) -> tuple[str, Spec] | None:
    mod, narrow = _mod(m["mod"])
    return "DATE", Spec("relative", unit=m["u"].lower(), offset=0, mod=mod, narrow=narrow)


@_rule("modphrase", _MODPHRASE + r"\s+(?:the\s+)?(?P<u>week|month|year|decade|century|quarter)")
def _modphrase(m: re.Match[str]) -> tuple[str, Spec] | None:
    text = m.group(0).lower()
    if "turn" in text:
        mod = "START" if m["u"].lower() in ("century", "decade", "year") else None
    else:
        mod, _ = _mod(text)
    return "DATE", Spec("relative", unit=m["u"].lower(), offset=0, mod=mod)


@_rule("yearend", r"(?P<w>year|month|quarter|week)[\s-]end")
def _yearend(m: re.Match[str]) -> tuple[str, Spec] | None:
    return "DATE", Spec("relative", unit=m["w"].lower(), offset=0, mod="END")


@_rule("weekday", r"(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<wd>" + _WEEKDAY
       + r")(?:\s+(?P<part>" + _PART + r"))?")
def _weekdayrule(m: re.Match[str]) -> tuple[str, Spec] | None:
    if m["wd"].lower().endswith("days"):
        # "on Mondays": a set
        return "SET", Spec("fixed", value=f"XXXX-WXX-{_weekday(m['wd'])}")
    rel = (m["rel"] or "").lower() or None
    spec = Spec("weekday", weekday=_weekday(m["wd"]), rel=rel)
    if m["part"]:
        return "DATE", Spec("time", part=_PARTS[m["part"].lower()], inner=spec)
    return "DATE", spec


@_rule("deictic", r"(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday"
                  r"|the\s+day\s+after\s+tomorrow|overnight)(?:\s+(?P<part>" + _PART + r"))?")
def _deictic(m: re.Match[str]) -> tuple[str, Spec] | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w == "overnight":
        return None  # "overnight" alone names no day
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    part = _PARTS[m["part"].lower()] if m["part"] else None
    if w == "tonight":
        part = "NI"
    spec = Spec("deictic", offset=offset)
    if part:
        return "DATE" if w == "tonight" else "TIME", Spec("time", part=part, inner=spec)
    return "DATE", spec


@_rule("partofday", r"(?P<rel>this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous|early\s+this"
                    r"|late\s+last|late\s+this|early\s+last)\s+(?P<part>morning|afternoon|evening|night)")
def _partofday(m: re.Match[str]) -> tuple[str, Spec] | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    part = _PARTS[m["part"].lower()]
    if rel.endswith("last"):
        inner = Spec("deictic", offset=-1)
    elif rel.endswith("this"):
        inner = Spec("deictic", offset=0)
    elif rel in ("the next", "the following"):
        inner = Spec("relative", unit="day", offset=1, anaphoric=True)
    elif rel == "the previous":
        inner = Spec("relative", unit="day", offset=-1, anaphoric=True)
    else:
        inner = Spec("relative", unit="day", offset=0, anaphoric=True)
    return "TIME", Spec("time", part=part, inner=inner)


@_rule("anaphoric_day", r"(?:the\s+(?P<rel>next|following|previous|same|preceding)|(?P<that>that))\s+day")
def _anaphoric_day(m: re.Match[str]) -> tuple[str, Spec] | None:
    rel = (m["rel"] or m["that"]).lower()
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(rel, 0)
    return "DATE", Spec("relative", unit="day", offset=offset, anaphoric=True)


@_rule("unit_before", r"the\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after|earlier|later)(?!\s+(?:the|a|an|his"
                      r"|her|its|their|last|next|this)\b)")
def _unit_before(m: re.Match[str]) -> tuple[str, Spec] | None:
    offset = -1 if m["dir"].lower() in ("before", "earlier") else 1
    return "DATE", Spec("relative", unit=m["u"].lower(), offset=offset, anaphoric=True)


@_rule("shift", r"(?P<q>(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|just|only|over"
                r"|barely)\s+)?(?P<n>" + _NUM + r")[\s-]+(?P<u>" + _UNIT + r")\s+(?P<dir>ago|earlier|later|before"
                                                                           r"|after|from\s+now|hence|previously|back)")
def _shift(m: re.Match[str]) -> tuple[str, Spec] | None:
    direction = m["dir"].lower()
    after = m.string[m.end():m.end() + 12]
    if direction in ("before", "after") and re.match(r"\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|i|being"
                                                     r"|[A-Z])", after):
        return None  # "two days after the vote": a duration followed by a signal
    n = number_value(m["n"])
    unit = _unit(m["u"])
    if unit == "weekend":
        return None
    anaphoric = direction in ("earlier", "later", "before", "after", "previously")
    offset = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    return "DATE", Spec("shift", n=n, unit=unit, offset=offset, anaphoric=anaphoric)


@_rule("in_shift", r"(?:(?:about|around|some|another|just|less\s+than|more\s+than)\s+)?(?P<n>" + _NUM
       + r")\s+(?P<u>" + _UNIT + r")(?=\s*(?:time|[.,;]|$))")
def _in_shift(m: re.Match[str]) -> tuple[str, Spec] | None:
    if not _preceded_by(m, r"\bin\s+$"):
        return None
    n = number_value(m["n"])
    unit = _unit(m["u"])
    if n is None or unit == "weekend":
        return None
    # "in two weeks" said of the future is a date; of the past ("in three years, sales
    # doubled") it is a duration: the resolver decides with the tense.
    return "DATE", Spec("shift", n=n, unit=unit, offset=1, rel="in")


@_rule("duration", r"(?P<det>the\s+)?(?:(?P<rel>past|last|next|first|coming|previous|final|following|latest|remaining"
                   r"|same|initial|entire|full|whole)\s+)?"
       r"(?P<q>(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|approximately|at\s+least|over"
       r"|up\s+to|some|roughly|just|only|under|another|an\s+additional|at\s+most|a\s+full)\s+)?"
       r"(?P<n>" + _NUM + r")[\s-]+(?P<u>" + _UNIT + r")(?P<adj>-long|-old)?")
def _duration(m: re.Match[str]) -> tuple[str, Spec] | None:
    unit = _unit(m["u"])
    text = m.group(0).lower()
    n_text = m["n"].lower()
    vague = number_value(n_text) is None
    if vague and n_text.strip() in ("some", "many") and not m["rel"]:
        return None
    if n_text in ("a", "an") and not (m["det"] or m["rel"] or m["q"]):
        # "a year" alone: a duration ("for a year"), unless it follows an amount ("$5 a year")
        before = m.string[max(0, m.start() - 30):m.start()]
        if re.search(r"(?:\d|million|billion|trillion|times|once|twice|percent|%|dollars|pounds|euros)\s*$", before):
            return "SET", Spec("fixed", value=duration_value(1, unit))
    if unit == "weekend" or m["adj"] == "-old":
        return None  # ages ("a 6-year-old") are not times
    n = number_value(n_text)
    half = "and a half" in text or "1/2" in text
    if n_text.startswith("half"):
        # "half an hour", "half a year"
        value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "month": "P2W",
                 "century": "P50Y", "decade": "P5Y"}.get(unit)
        if value is None:
            return None
        return "DURATION", Spec("fixed", value=value)
    if m["det"] and not m["rel"] and n is not None and n == 1 and n_text in ("a", "an"):
        return None
    return "DURATION", Spec("fixed", value=duration_value(n, unit, half=half))


@_rule("plural_units", r"(?P<u>years|decades|months|weeks|days|hours|centuries|minutes)(?!\s+(?:ago|of|later|earlier"
                       r"|before|after))")
def _plural_units(m: re.Match[str]) -> tuple[str, Spec] | None:
    if not _preceded_by(m, r"\b(?:for|over|in|within|take|took|takes|taking|last|lasted|spent|spend|spending)\s+$"):
        return None
    unit = _unit(m["u"])
    return "DURATION", Spec("fixed", value=duration_value(None, unit))


@_rule("set", r"(?:(?P<every>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>" + _NUM + r")\s+)?(?P<what>"
       + _UNIT + r"|" + _WEEKDAY + r"|" + _SEASON + r"|" + _PART + r"|" + _MONTH + r")"
       r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly|bimonthly|biannually)"
       r"|(?P<times>once|twice|three\s+times|four\s+times|(?:\d+|several)\s+times)\s+(?:a|per|each|every)\s+(?P<tu>"
       + _UNIT + r")"
       r"|per\s+(?P<per>second|minute|hour|day|week|month|quarter|year|annum))")
def _set(m: re.Match[str]) -> tuple[str, Spec] | None:
    if m["adv"]:
        adv = m["adv"].lower()
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                 "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D",
                 "biweekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M",
                 "biannually": "P6M"}[adv]
        return "SET", Spec("fixed", value=value)
    if m["times"]:
        return "SET", Spec("fixed", value=duration_value(1, _unit(m["tu"])))
    if m["per"]:
        unit = "year" if m["per"].lower() == "annum" else m["per"].lower()
        return "SET", Spec("fixed", value=duration_value(1, unit))
    what = m["what"]
    low = what.lower()
    n = number_value(m["n"]) if m["n"] else 1
    if m["other"]:
        n = 2 * (n or 1)
    if re.fullmatch(_WEEKDAY, what):
        return "SET", Spec("fixed", value=f"XXXX-WXX-{_weekday(what)}")
    if low in SEASON_CODES:
        return "SET", Spec("fixed", value=f"XXXX-{SEASON_CODES[low]}")
    if low in _PARTS:
        return "SET", Spec("fixed", value=f"XXXX-XX-XXT{_PARTS[low]}")
    if re.fullmatch(_MONTH, what):
        return "SET", Spec("fixed", value=f"XXXX-{_month(what):02d}")
    unit = _unit(what)
    if unit == "weekend":
        return "SET", Spec("fixed", value="XXXX-WXX-WE")
    return "SET", Spec("fixed", value=duration_value(n, unit))


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "these days": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
    "recent days": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "soon": "FUTURE_REF", "the coming years": "FUTURE_REF", "the coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming days": "FUTURE_REF", "once": "PAST_REF",
    "so far": "PRESENT_REF", "to date": "PRESENT_REF", "the time": "PAST_REF",
}


@_rule("ref", r"(?P<w>right\s+now|now|currently|nowadays|at\s+present|presently|at\s+the\s+moment|these\s+days"
              r"|recently|lately|recent\s+(?:years|months|weeks|days)|recent|current|the\s+past|the\s+future"
              r"|the\s+coming\s+(?:years|months|weeks|days))")
def _ref(m: re.Match[str]) -> tuple[str, Spec] | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    s = m.string
    after = s[m.end():m.end() + 15].lower()
    before = s[max(0, m.start() - 12):m.start()].lower()
    if w == "now" and re.match(r"\s+(?:that|than)\b", after):
        return None
    if "future" in w and m.group(0)[-6] == "F":
        return None  # "Markets of the Future": part of a name
    if w == "future" and re.search(r"\b(?:no|a|any|its|their|his|her|our|the|bright|uncertain|political)\s+$", before):
        return None
    if w == "the past" and re.match(r"\s+(?:\w+\s+)?(?:year|month|week|day|decade|century|years|months|weeks|days"
                                    r"|decades|few|two|three|four|five|six|seven|eight|nine|ten|several)\b", after):
        return None
    if w in ("current", "recent") and not re.match(
        r"\s+(?:years?|months?|weeks?|days?|quarter|period|session|season|crisis|conditions?|levels?|rates?|prices?"
        r"|policy|situation|climate|market|environment|economic|trends?|surge|slump)\b", after
    ):
        return None
    return "DATE", Spec("fixed", value=_REFS[w])


@_rule("holiday", r"(?P<h>(?-i:Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s(?:\s+(?:Eve|Day))|Boxing\s+Day|Halloween"
                  r"|Valentine['’]s\s+Day|Independence\s+Day|Bastille\s+Day|St\.?\s+Patrick['’]s\s+Day|May\s+Day"
                  r"|Veterans\s+Day|Remembrance\s+Day|Armistice\s+Day|Guy\s+Fawkes\s+Night|Bonfire\s+Night"
                  r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Labou?r\s+Day"
                  r"|Memorial\s+Day))(?:,?\s+(?P<y>" + _YEAR + r"))?")
def _holiday(m: re.Match[str]) -> tuple[str, Spec] | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    after = m.string[m.end():m.end() + 12].lower()
    if name in ("christmas", "easter", "thanksgiving", "halloween") and re.match(r"\s+(?:tree|card|present|gift"
                                                                                 r"|shopping|sales|party|market"
                                                                                 r"|island|egg|bunny|dinner|holiday"
                                                                                 r"|rising)", after):
        return None
    return "DATE", Spec("holiday", name=name, year=int(m["y"]) if m["y"] else None)


# --------------------------------------------------------------------------- matching
_SOFT = re.compile(r"(?:about|nearly|almost|only|just|some|roughly|around|approximately|barely)\s+",
                   re.IGNORECASE)


def _trimmed(text: str, c: tuple[int, int, int, str, str, Spec]) -> tuple[int, int, int, str, str, Spec]:
    """Leave hedges ("about", "nearly") out of an extent, as TimeML does."""
    m = _SOFT.match(text, c[0], c[1])
    if m and m.end() < c[1] and c[5].kind != "fixed" or m and c[4] == "DURATION":
        return (m.end(),) + c[1:]
    return c


def tag(text: str) -> tuple[Mention, ...]:
    """Every temporal expression in ``text``, in order, without overlaps.

    Candidates from all rules are settled leftmost-longest, then by rule order.
    """
    candidates: list[tuple[int, int, int, str, str, Spec]] = []
    for order, (name, pattern, builder) in enumerate(_RULES):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            built = builder(m)
            if built is None:
                continue
            kind, spec = built
            candidates.append((m.start(), m.end(), order, name, kind, spec))
    candidates = [_trimmed(text, c) for c in candidates]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen: list[Mention] = []
    last_end = -1
    for start, end, _, name, kind, spec in candidates:
        if start < last_end:
            continue
        chosen.append(Mention(text[start:end], start, end, kind, spec, name))
        last_end = end
    return tuple(chosen)
