"""Link each date to what it is about, and group claims about one event across articles.

A *claim* is a calendar date an article gives for something ("the taskforce will report
its recommendations by the summer"). What it is about is read from its sentence without a
parser:

* the **predicate**: the event word nearest the date, looked up in a small lexicon of
  families of news events whose members may be worded differently ("report", "publish",
  "findings are due"; "set up", "establish", "announce a taskforce"; "meet", "meeting";
  "election", "vote", "polls"; "verdict", "ruling"; "launch", "release", "go on sale"...).
  Scheduling words ("postponed", "due", "expected", "set to") are see-through: the event is
  what they schedule. With no lexicon word, the nearest verb-like word is used.
* the **arguments**: the other content words of the sentence (and joined pairs, so that
  "task force" meets "taskforce").

Two claims are about the same event when their predicates share a family and their
arguments share a content word; groups are closed transitively. A claim flagged by
"originally", "initially", "previously", "had been due" or "postponed from" is marked
``superseded``: its own article says the date no longer holds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.text.lexicon import lexicon

__all__ = ["Claim", "Event", "ClaimSource", "FAMILIES", "cluster", "build_events", "group_claims", "claim_key"]


@dataclass(frozen=True)
class Family:
    """A family of event words and how to say "X does it" in three tenses."""

    name: str
    pattern: str
    present: str
    would: str
    past: str
    noun: str  # what to call the event when no subject is found
    theme_after: bool = False  # the thing named after the verb is the subject ("set up a taskforce")
    happens: tuple[str, str, str] = ("takes place", "would take place", "took place")


FAMILIES: tuple[Family, ...] = (
    Family("set-up", r"establish\w*|set(?:s|ting)?\s+up|launch(?:es|ed|ing)?(?=\s+(?:a|an|the|its|their)\b)"
                     r"|found(?:ed|ing)\b|form(?:ed|ing|ation)?\b|creat(?:e|ed|es|ing|ion)|unveil\w*|announc\w*"
                     r"|introduc\w*|inaugurat\w*",
           "is set up", "would be set up", "was set up", "set-up", theme_after=True,
           happens=("is set up", "would be set up", "was set up")),
    Family("report", r"report(?:s|ed|ing)?|publish\w*|publication|submit\w*|findings|recommendations|conclusions"
                     r"|blog\s+post|statement|posted",
           "reports", "would report", "reported", "report",
           happens=("is published", "would be published", "was published")),
    Family("meet", r"meet(?:s|ing|ings)?|met|summit|talks|convene\w*|gathering",
           "meet", "would meet", "met", "meeting"),
    Family("visit", r"visit(?:s|ed|ing)?|trip|tour",
           "visits", "would visit", "visited", "visit"),
    Family("vote", r"elections?|elect(?:s|ed|ing)?|vot(?:e|es|ed|ing)|polls?|ballots?|referend\w*",
           "takes place", "would take place", "took place", "vote"),
    Family("verdict", r"verdicts?|rul(?:e|es|ed|ing)\b|rulings?|sentenc\w*|convict\w*|acquit\w*|judge?ments?",
           "is delivered", "would be delivered", "was delivered", "verdict",
           happens=("is delivered", "would be delivered", "was delivered")),
    Family("trial", r"trials?|hearings?|tribunal",
           "takes place", "would take place", "took place", "trial"),
    Family("launch", r"launch\w*|releas\w*|debut\w*|on\s+sale|ship(?:s|ped|ping)?\b|roll(?:s|ed|ing)?\s+out|rollout"
                     r"|available|in\s+stores|arriv(?:e|es|ed|al)",
           "launches", "would launch", "launched", "launch"),
    Family("sign", r"sign(?:s|ed|ing)?\b|signature|treaty|accord",
           "is signed", "would be signed", "was signed", "signing",
           happens=("is signed", "would be signed", "was signed")),
    Family("office", r"took\s+office|take(?:s)?\s+office|sworn\s+in|inaugurat\w*",
           "takes office", "would take office", "took office", "inauguration"),
    Family("law", r"legislation|bill|law|act\b|pass(?:es|ed|ing)?\b|enact\w*|approv\w*",
           "is passed", "would be passed", "was passed", "law",
           happens=("is passed", "would be passed", "was passed")),
    Family("resign", r"resign\w*|step(?:s|ped|ping)?\s+down|quit(?:s|ting)?\b|leav(?:e|es|ing)\s+office",
           "steps down", "would step down", "stepped down", "resignation"),
    Family("open", r"open(?:s|ed|ing)?\b|opening|clos(?:e|es|ed|ing|ure)\b",
           "opens", "would open", "opened", "opening"),
    Family("complete", r"complet\w*|finish\w*|conclud\w*",
           "is completed", "would be completed", "was completed", "completion"),
    Family("decide", r"decid\w*|decision|announce\s+a\s+decision",
           "is decided", "would be decided", "was decided", "decision"),
    Family("results", r"results|earnings|profits?|revenues?|sales",
           "are reported", "would be reported", "were reported", "results",
           happens=("are reported", "would be reported", "were reported")),
)
_FAMILY_RES = tuple((f, re.compile(r"\b(?:" + f.pattern + r")\b", re.IGNORECASE)) for f in FAMILIES)
_BY_NAME = {f.name: f for f in FAMILIES}
_BY_NAME_RE = {f.name: rx for f, rx in _FAMILY_RES}
_FAMILY_WORD = re.compile("|".join(f"(?:{f.pattern})" for f in FAMILIES), re.IGNORECASE)
_OBJECT_NOUNS = frozenset({"findings", "recommendations", "conclusions", "results", "statement"})
_SPECIFIC = frozenset({"vote", "verdict", "trial", "office", "resign"})
_COMMON_CAPS = frozenset({"the", "taskforce", "committee", "company", "government", "board"})
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously)\s+(?:\w+\s+){0,3}$|"
    r"\bhad\s+been\s+(?:\w+\s+){0,4}$|\bfrom\s+$|\b(?:instead\s+of|rather\s+than)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_STOP = frozenset(
    """a an the and or but if of in on at by for to from with without into onto over under
    about after before since until till during through between among as than then that this
    these those there here it its it's they them their he him his she her we us our you your
    i me my who whom whose which what when where why how is are was were be been being am do
    does did done has have had having will would shall should can could may might must not
    no nor so too very just also only even still yet already more most less least much many
    some any each every other another such same own both all few several one two three four
    five six seven eight nine ten according new first
    last next year years month months week weeks day days today yesterday tomorrow now
    time times ago earlier later early late set due expected scheduled slated planned plan
    plans aim aims hope hopes part while whether because though although however per via
    mr mrs ms dr sources source two-thirds lot lots way ways making make made get got take
    took like well back around up down out off again further once""".split()
) | lexicon().reporting_forms
_DATE_WORDS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|spring|summer|autumn|fall|winter|quarter|half|weekend|decade|"
    r"century|\d+\w*)$"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
_AUX = frozenset(
    """will would shall should could can may might must is are was were be been being has
    have had also still now then to set due expected scheduled slated planned not finally
    already soon likely jointly formally officially""".split()
)


@dataclass(frozen=True)
class ClaimSource:
    """A dated mention offered to :func:`group_claims`, with where it sits in its article."""

    article: str
    text: str
    value: str
    start: str | None
    end: str | None
    stated_on: str | None
    sentence: str
    span: tuple[int, int]  # the expression's characters in the sentence
    position: tuple[int, int]  # (sentence index, character offset) in the article
    tense: str | None
    others: tuple[tuple[int, int], ...] = ()  # spans of other date expressions in the sentence


@dataclass(frozen=True)
class Claim:
    """One article's date for one event (``events[].claims[]`` in the findings)."""

    article: str
    text: str
    value: str
    start: str | None
    end: str | None
    stated_on: str | None
    sentence: str
    tense: str | None
    superseded: bool
    position: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article, "text": self.text, "value": self.value,
            "start": self.start, "end": self.end, "stated_on": self.stated_on,
            "sentence": self.sentence, "tense": self.tense, "superseded": self.superseded,
        }


@dataclass(frozen=True)
class Event:
    """Claims about one thing, from one or more articles (``events[]`` in the findings)."""

    id: str
    label: str
    family: str
    subject: str | None
    claims: tuple[Claim, ...]
    noun_phrase: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "claims": [c.to_dict() for c in self.claims]}

    def phrase(self, tense: str) -> str:
        """"the taskforce would report" and the like (tense: present, would, past)."""
        return _phrase(self.family, self.subject, self.noun_phrase, tense)


def _the(words: str) -> str:
    """Add "the" before a common noun ("the taskforce"), not before a name ("Trump")."""
    return words if words[:1].isupper() else f"the {words}"


def _phrase(family_name: str, subject: str | None, noun_phrase: str | None, tense: str) -> str:
    index = {"would": 1, "past": 2}.get(tense, 0)
    family = _BY_NAME.get(family_name)
    if family is None:
        verb = noun_phrase or family_name.lstrip("~") or "happened"
        return f"{_the(subject)} {verb}" if subject else f"something {verb}"
    if subject:
        return f"{_the(subject)} {(family.present, family.would, family.past)[index]}"
    return f"{_the(noun_phrase or family.noun)} {family.happens[index]}"


@dataclass(frozen=True)
class _Key:
    families: tuple[str, ...]
    args: frozenset[str]
    subject: str | None  # as written ("task force", "Trump")
    noun_phrase: str | None = None  # "state visit" when the event is named by a noun
    primary: str = ""  # the family of the event word nearest the date

    @property
    def subject_key(self) -> str | None:
        return _norm(self.subject.replace(" ", "")) if self.subject else None


def _norm(word: str) -> str:
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s$", "", w).strip(".'-")
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


def _content(word: str) -> bool:
    w = _norm(word)
    return len(w) >= 3 and w not in _STOP and not _DATE_WORDS.match(w)


def claim_key(sentence: str, span: tuple[int, int], others: Sequence[tuple[int, int]] = ()) -> _Key:
    """What a date in ``sentence`` is about: event families, argument words and a subject."""
    blocked = [span, *others]

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in blocked)

    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence) if not inside(m.start())]
    # clause around the date: cut at ; : and at ", but" / " while "
    lo = max([m.end() for m in re.finditer(r"[;:]|,\s+(?:but|while|whereas)\b|\s+but\s+", sentence[:span[0]])] or [0])
    hi_m = re.search(r"[;:]|,\s+(?:but|while|whereas)\b", sentence[span[1]:])
    hi = span[1] + hi_m.start() if hi_m else len(sentence)
    best: tuple[int, int, Family, int, int] | None = None
    in_clause: set[str] = set()
    for family, rx in _FAMILY_RES:
        for m in rx.finditer(sentence):
            if inside(m.start()) or not (lo <= m.start() < hi):
                continue
            in_clause.add(family.name)
            penalty = 40 if m.group(0).lower() in _OBJECT_NOUNS else 0
            rank = (_distance(span, m.start(), m.end()) + penalty, FAMILIES.index(family))
            if best is None or rank < best[:2]:
                best = (rank[0], rank[1], family, m.start(), m.end())
    verb = _nearest_verb(sentence, words, span, lo, hi)
    if best is not None and verb is not None and verb[0] < best[0]:
        best = None  # the date belongs to a nearer verb outside the lexicon ("collapsed last week")
    families: tuple[str, ...]
    subject = None
    noun_phrase = None
    if best is not None:
        family, p_start, p_end = best[2], best[3], best[4]
        if family.name == "trial" and "verdict" in in_clause:
            vm = _BY_NAME_RE["verdict"].search(sentence, lo, hi)
            if vm is not None:
                family, p_start, p_end = _BY_NAME["verdict"], vm.start(), vm.end()
        predicate = sentence[p_start:p_end].lower()
        families = tuple(sorted(in_clause | {f.name for f, rx in _FAMILY_RES if rx.fullmatch(predicate)}))
        if _is_verb(sentence[:p_start], predicate):
            subject = _subject(sentence, words, p_start, p_end, family)
        else:
            before = [w for s0, e0, w in words if e0 <= p_start and sentence[e0:p_start].strip(" -") == ""]
            modifier = before[-1] if before and _content(before[-1]) and before[-1].lower() not in _AUX else None
            noun_phrase = f"{modifier.lower()} {predicate}" if modifier else predicate
        primary = family.name
    elif verb is not None:
        families = (f"~{verb[1]}",)
        primary = families[0]
        noun_phrase = verb[2]
        v_index = next(i for i, (s0, e0, w) in enumerate(words) if s0 == verb[3])
        run = _run(words, v_index - 1, -1, family_words=True) if v_index > 0 else []
        subject = _head(run) if run else None
    else:
        families = ()
        primary = ""
    args = set()
    content = [w for s, e, w in words if _content(w)]
    for w in content:
        args.add(_norm(w))
    for (_, e1, w1), (s2, _, w2) in zip(words, words[1:], strict=False):
        if _content(w1) and _content(w2) and sentence[e1:s2].strip() == "":
            args.add(_norm(w1 + w2))
    for f in families:
        fam = _BY_NAME.get(f)
        if fam is not None:
            args = {a for a in args if not re.fullmatch(fam.pattern, a, re.IGNORECASE)}
    return _Key(families, frozenset(args), subject, noun_phrase, primary)


_NOUNS = frozenset(
    """findings recommendations conclusions results talks summit trip meeting meetings election
    elections poll polls verdict trial ruling visit publication report launch release statement
    ballot vote referendum hearing debut rollout signing treaty accord legislation bill law act
    opening closure decision earnings sales revenue profit post posts blog""".split()
)


def _is_verb(before: str, predicate: str) -> bool:
    """Whether an event word is used as a verb ("will report") or a noun ("the report")."""
    previous = re.findall(r"[A-Za-z'’]+", before[-30:])
    last = previous[-1].lower() if previous else ""
    if last in ("will", "would", "to", "shall", "may", "might", "could", "should", "must", "did",
                "does", "do", "'ll", "not", "also", "they", "we", "it", "he", "she", "who"):
        return True
    if last in ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "s") or last.endswith(
        ("'s", "’s")
    ):
        return False
    if predicate in _NOUNS or predicate.startswith("blog"):
        return False
    return bool(re.search(r"(?:ed|s|e|t|ing|up|out)$", predicate))


def _run(words: list[tuple[int, int, str]], index: int, step: int, *, family_words: bool = False) -> list[str]:
    """Content words next to ``words[index]`` going left (step -1) or right (+1)."""
    out: list[str] = []
    i = index
    while 0 <= i < len(words):
        w = words[i][2]
        low = w.lower()
        if not out and (low in _AUX or low in ("a", "an", "the", "its", "their", "his", "her")):
            i += step
            continue
        if _content(w) and low not in _AUX and (family_words or not _FAMILY_WORD.fullmatch(low)):
            out.append(w.strip(".,'’").removesuffix("'s").removesuffix("’s"))
            if len(out) == 3:
                break
            i += step
            continue
        break
    return out if step > 0 else list(reversed(out))


def _subject(sentence: str, words: list[tuple[int, int, str]], p_start: int, p_end: int,
             family: Family) -> str | None:
    before = [i for i, (s, e, w) in enumerate(words) if e <= p_start]
    after = [i for i, (s, e, w) in enumerate(words) if s >= p_end]
    passive = bool(re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", sentence[:p_start]))
    if family.theme_after and not passive and after:
        i = after[0]
        # skip a preposition phrase holding the date ("announced in September a taskforce")
        while i < len(words) and words[i][2].lower() in ("in", "on", "at", "during", "that", "this", "last", "earlier"):
            i += 1
        passive = i < len(words) and words[i][2].lower() == "by"  # "announced on Monday by ..."
        run = _run(words, i, +1) if i < len(words) and not passive else []
        if run:
            return _head(run)
    if before:
        run = _run(words, before[-1], -1)
        if run:
            return _head(run)
    return None


def _head(run: list[str]) -> str:
    """The last one or two words of a noun run ("task force", "regulators"), as written.

    Names keep their capitals ("Trump"); common nouns are lower-cased.
    """
    if len(run) >= 2 and all(w[:1].isupper() for w in run[-2:]) and run[-1].lower() not in _COMMON_CAPS:
        return " ".join(run[-2:])  # a name: "Northwind Motors"
    words = run[-2:] if len(run) >= 2 and len(run[-1]) <= 5 else run[-1:]
    return " ".join(w if w[:1].isupper() and w.lower() not in _COMMON_CAPS else w.lower()
                    for w in words)


def _distance(span: tuple[int, int], start: int, end: int) -> int:
    """Characters between a word and the date; words after the date count a little more."""
    if end <= span[0]:
        return span[0] - end
    gap = start - span[1]
    return gap + (8 if gap > 2 else 0)  # "the January meeting": a noun right after the date


_PAST_WORD = re.compile(r"^[a-z]{3,}ed$")
_NOT_VERBS = frozenset(
    """need speed seed feed indeed bred hundred red bed shed based so-called related limited
    united detailed advanced interested concerned skilled talented armed supposed used
    alleged scheduled expected planned postponed delayed deferred moved rescheduled slated
    proposed""".split()
) | lexicon().reporting_forms


def _nearest_verb(sentence: str, words: list[tuple[int, int, str]], span: tuple[int, int],
                  lo: int, hi: int) -> tuple[int, str, str, int] | None:
    """The nearest past-tense verb outside the event lexicon: (distance, stem, word, offset)."""
    from analysis.dates.tense import _IRREGULAR_PAST  # the same list the tense guesser uses

    best = None
    for s0, e0, w in words:
        low = w.lower()
        if not (lo <= s0 < hi) or low in _NOT_VERBS or _FAMILY_WORD.fullmatch(low):
            continue
        base_form = re.search(r"\b(?:will|would|to|shall|'ll|’ll)\s+$", sentence[max(0, s0 - 8):s0].lower())
        if not (_PAST_WORD.match(low) or low in _IRREGULAR_PAST or base_form and low not in _STOP):
            continue
        if low in ("was", "were", "had", "did", "ago", "be", "have"):
            continue
        before = sentence[max(0, s0 - 12):s0].lower()
        if re.search(r"\b(?:the|a|an|its|their|be|been|being|is|are|was|were)\s+$", before):
            continue  # an adjective ("the revised plan") or a passive ("would be held")
        d = span[0] - e0 if e0 <= span[0] else s0 - span[1] + 8
        if best is None or d < best[0]:
            best = (d, re.sub(r"e?d$", "", low) if low.endswith("ed") else low, low, s0)
    return best


def _superseded(sentence: str, span: tuple[int, int]) -> bool:
    return bool(_SUPERSEDED.search(sentence[:span[0]][-60:]))


def _matches(a: _Key, b: _Key) -> bool:
    """Same event: a shared family, and the same subject or enough shared words."""
    families = set(a.families) & set(b.families)
    if not families or not (a.primary in b.families or b.primary in a.families):
        return False
    if a.subject_key and a.subject_key == b.subject_key:
        return True
    if a.subject_key and a.subject_key in b.args or b.subject_key and b.subject_key in a.args:
        return True
    if len(a.args & b.args) >= 2:
        return True
    both = a.subject_key and b.subject_key
    return bool(families & _SPECIFIC) and not both


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "event"


def cluster(sources: Sequence[ClaimSource]) -> list[list[int]]:
    """Indices of ``sources`` grouped by event, each group and the groups in source order.

    Grouping reads only words, never values, so it can run before undated articles have
    a date.
    """
    keys = [claim_key(s.sentence, s.span, s.others) for s in sources]
    parent = list(range(len(sources)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sources)):
        for j in range(i + 1, len(sources)):
            if _matches(keys[i], keys[j]):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(len(sources)):
        groups.setdefault(find(i), []).append(i)
    return [groups[r] for r in sorted(groups)]


def build_events(sources: Sequence[ClaimSource], groups: Sequence[Sequence[int]]) -> tuple[Event, ...]:
    """Events from grouped claim sources, with labels and unique ids."""
    keys = [claim_key(s.sentence, s.span, s.others) for s in sources]
    events: list[Event] = []
    used_ids: Counter[str] = Counter()
    for members in groups:
        claims = tuple(
            Claim(
                article=sources[i].article, text=sources[i].text, value=sources[i].value,
                start=sources[i].start, end=sources[i].end, stated_on=sources[i].stated_on,
                sentence=sources[i].sentence, tense=sources[i].tense,
                superseded=_superseded(sources[i].sentence, sources[i].span),
                position=sources[i].position,
            )
            for i in sorted(members, key=lambda i: (sources[i].article, sources[i].position))
        )
        family, subject, noun_phrase = _describe([keys[i] for i in members])
        label = _phrase(family, subject, noun_phrase, "present")
        base = _slug(f"{subject or noun_phrase or ''} {family.lstrip('~')}")
        used_ids[base] += 1
        event_id = base if used_ids[base] == 1 else f"{base}-{used_ids[base]}"
        events.append(Event(event_id, label, family, subject, claims, noun_phrase))
    return tuple(events)


def group_claims(sources: Sequence[ClaimSource]) -> tuple[Event, ...]:
    """Group claims into events (ordered by their first claim: article id, then position)."""
    ordered = sorted(sources, key=lambda s: (s.article, s.position))
    return build_events(ordered, cluster(ordered))


def _describe(keys: Sequence[_Key]) -> tuple[str, str | None, str | None]:
    """The family, subject and noun phrase most claims of a group agree on."""
    families = Counter(f for k in keys for f in k.families)
    family = min(families, key=lambda f: (-families[f], f)) if families else "~event"
    nouns = Counter(k.noun_phrase for k in keys if k.noun_phrase)
    noun_phrase = min(nouns, key=lambda n: (-nouns[n], n)) if nouns else None
    forms = [k.subject for k in keys if k.subject]
    if not forms:
        return family, None, noun_phrase
    counts = Counter(_norm(f.replace(" ", "")) for f in forms)
    best = min(counts, key=lambda s: (-counts[s], s))
    same = [f for f in forms if _norm(f.replace(" ", "")) == best]
    display = next((f for f in same if " " not in f), same[0])
    return family, display, noun_phrase
