"""Cue words and sentence structure: what each side says it wants, and where sides meet.

The cues live in ``analysis/data/split_cues.yaml`` (a teacher can read and extend them).
A sentence is cut into clauses at contrast words ("while", "but", "whereas") and at
semicolons; each clause's *subject* is the first actor named in it outside quotation marks,
or, for a quotation, the actor who said it ("who said which quote"). Each cue then becomes a
:class:`Claim`: a side's position (pro or con something), or an agreement or disagreement
between sides (when the clause names both sides, or says "both sides"). Two clauses of
different sides set against each other by a contrast word are a disagreement too.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis import yamlfile
from analysis.errors import UserError
from analysis.split.actors import Mention, SentenceRef
from analysis.split.text import REPORTING_VERBS, STOP_WORDS, fold, inside, nlp, quote_spans
from analysis.text.lexicon import lexicon

__all__ = ["Cue", "Clause", "Claim", "CueLexicon", "load_cues", "find_cues", "sentence_claims", "KINDS", "ASIDES"]

KINDS = ("disagree", "agree", "pro", "con", "both", "contrast")
_ALL_KEYS = set(KINDS) | {"before", "ignore"}
_NEGATORS = frozenset({"not", "n't", "no", "never", "failed", "fail", "fails", "without"})
_TOPIC_PREPS = ("over", "on", "about", "whether", "how", "to", "of", "for", "with", "in", "between")
_TIME_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday this last next earlier later "
    "recent".split()
)
_STOP_OBJECT = frozenset(
    "which who whom whose because while whereas but when after before since citing saying "
    "according arguing adding asking as although though if unless until".split()
)
_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says", "did", "does"})
# words that may stand between an agree/disagree cue and its preposition ("differ sharply on")
_BRIDGE = frozenset(
    {"the", "a", "an", "also", "still", "already", "again", "even", "now", "so", "far", "is", "are",
     "was", "were", "remain", "remains"}
)
ASIDES = re.compile(r"\s[—–-]\s[^—–]{3,200}?\s[—–-]\s|—[^—]{3,200}?—|\([^()]{1,200}\)")
_MAX_WORDS = 10


@dataclass(frozen=True)
class Cue:
    """A cue word or phrase found in a sentence (character offsets)."""

    kind: str
    start: int
    end: int
    text: str
    before: bool = False


@dataclass(frozen=True)
class Clause:
    """A part of a sentence between contrast words, with its subject and its sides."""

    start: int
    end: int
    actor: str | None
    side: str | None
    sides: tuple[str, ...]
    both: bool  # names both sides: "both sides", or actors of two sides
    joint: bool  # the subject itself is both sides: "The U.S. and Britain are ..."
    contrast: bool  # opened by a contrast word


@dataclass(frozen=True)
class Claim:
    """One cue read in context: who holds which position, or where sides meet."""

    article: str
    pos: int
    block: int
    sentence: str
    kind: str  # agree | disagree | pro | con | stated
    side: str | None  # the holder's side; None when both sides (or no side) hold it
    both: bool
    actor: str | None
    cue: str
    phrase: str  # the position in a few words
    object: str  # the words that say what it is about
    object_start: int  # character offsets of the object in the sentence
    object_end: int
    masked: tuple[tuple[int, int], ...] = ()  # cue words in the sentence: not topic words


_ORDER = {kind: i for i, kind in enumerate((*KINDS, "ignore"))}


@dataclass(frozen=True)
class CueLexicon:
    """The cue lists compiled into spaCy matchers.

    Cues of plain words go to a ``PhraseMatcher`` on lower-case text (fast, whatever the
    number of cues); cues with a ``prefix*`` word need the token ``Matcher``'s regex.
    """

    phrases: PhraseMatcher
    matcher: Matcher
    before: frozenset[str]
    sources: tuple[str, ...]

    def matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Every cue match as (kind, start, end), by position, then in the order of KINDS."""
        strings = doc.vocab.strings
        found = {(strings[m], s, e) for m, s, e in (*self.phrases(doc), *self.matcher(doc))}
        return sorted(found, key=lambda f: (f[1], f[2], _ORDER[f[0]]))


_TokenPattern = dict[str, Any]  # one token of a spaCy Matcher pattern


def _word_pattern(word: str) -> list[_TokenPattern]:
    if word.endswith("*") and len(word) > 1:
        return [{"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}}]
    return [{"LOWER": t.lower_} for t in nlp().make_doc(word)]


def _patterns(cue: str) -> list[list[_TokenPattern]]:
    """'push|pushes for' -> token patterns for 'push for' and 'pushes for'."""
    slots = [slot.split("|") for slot in cue.split()]
    out = []
    for words in itertools.product(*slots):
        pattern: list[_TokenPattern] = []
        for w in words:
            pattern.extend(_word_pattern(w))
        out.append(pattern)
    return out


def _read(source: Path | str) -> dict[str, list[str]]:
    try:
        data = yamlfile.safe_load(Path(source).read_text(encoding="utf-8-sig")) or {}
    except (OSError, yamlfile.YAMLError) as exc:
        raise UserError(f"cannot read cue file {str(source)!r}: {exc}") from exc
    if not isinstance(data, dict) or set(data) - _ALL_KEYS:
        raise UserError(
            f"cue file {str(source)!r} must map some of {sorted(_ALL_KEYS)} to lists of phrases"
        )
    out: dict[str, list[str]] = {}
    for key, value in data.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UserError(f"cue file {str(source)!r}: {key!r} must be a list of phrases")
        out[key] = [v.strip() for v in value if v.strip()]
    return out


def load_cues(extra: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None) -> CueLexicon:
    """The shipped cue lexicon, extended by the user's cue files (same layout)."""
    if extra is None:
        paths: tuple[str, ...] = ()
    elif isinstance(extra, (str, os.PathLike)):
        paths = (str(extra),)
    else:
        paths = tuple(str(p) for p in extra)
    return _load(paths)


@functools.lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> CueLexicon:
    ref = resources.files("analysis") / "data" / "split_cues.yaml"
    with resources.as_file(ref) as shipped:
        merged = _read(shipped)
    for path in paths:
        for key, more in _read(path).items():
            merged.setdefault(key, [])
            merged[key].extend(p for p in more if p not in merged[key])
    vocab = nlp().vocab
    phrases = PhraseMatcher(vocab, attr="LOWER")
    matcher = Matcher(vocab)
    for key in (*KINDS, "ignore"):
        patterns = [p for cue in merged.get(key, []) for p in _patterns(cue)]
        plain: list[list[_TokenPattern]] = []
        regex: list[list[_TokenPattern]] = []
        for pattern in patterns:  # a "prefix*" word is a REGEX dict, not a plain string
            (plain if all(isinstance(t["LOWER"], str) for t in pattern) else regex).append(pattern)
        if plain:
            phrases.add(key, [Doc(vocab, words=[t["LOWER"] for t in p]) for p in plain])
        if regex:
            matcher.add(key, regex)
    before = frozenset(fold(c) for c in merged.get("before", []))
    return CueLexicon(phrases, matcher, before, (str(ref), *paths))


def find_cues(text: str, lexicon: CueLexicon) -> list[Cue]:
    """The cues of a sentence: longest first, none inside an 'ignore' phrase."""
    doc = nlp().make_doc(text)
    spans: list[Span] = []
    ignore: list[Span] = []
    for label, start, end in lexicon.matches(doc):
        span = doc[start:end]
        span.label_ = label
        (ignore if label == "ignore" else spans).append(span)
    spans = [s for s in spans if not any(s.start < i.end and i.start < s.end for i in ignore)]
    out = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        kind = span.label_
        if kind in {"agree", "pro", "con"} and _negated(doc, span.start) and not any(
            t.lower_ in _NEGATORS for t in span
        ):
            kind = {"agree": "disagree", "pro": "con", "con": "pro"}[kind]
        out.append(Cue(kind, span.start_char, span.end_char, span.text, fold(span.text) in lexicon.before))
    return out


def _negated(doc: Doc, start: int) -> bool:
    return any(t.lower_ in _NEGATORS for t in doc[max(0, start - 3):start])


# ----------------------------------------------------------------------------------------
# clauses


def _boundaries(text: str, cues: Sequence[Cue]) -> list[tuple[int, bool]]:
    """Where clauses start: contrast words, semicolons, ', with'."""
    quotes = quote_spans(text)
    cuts: list[tuple[int, bool]] = []
    for cue in cues:
        if cue.kind == "contrast" and not inside(cue.start, quotes) and cue.start > 0:
            cuts.append((cue.start, True))
    for m in re.finditer(r";|,\s+with\s", text):
        if not inside(m.start(), quotes):
            cuts.append((m.start() + 1, False))
    return sorted(set(cuts))


_TRAILING = re.compile(
    r",[\"'\u201d\u2019]?\s+([^,\"\u201c\u201d]{1,80}?)\s+(?:" + lexicon().reporting_pattern()
    + r")\b[^,]{0,60}\.?[\"\u201d]?\s*$"
)


def _trailing_speaker(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """'..., Maloney said.': a named actor attributing the whole sentence."""
    m = _TRAILING.search(text)
    if not m:
        return None
    who = m.group(1).lower().split()
    tail = text[m.end(1):].split(None, 1)[1] if len(text[m.end(1):].split(None, 1)) > 1 else ""
    if not who or who[0] in _STOP_OBJECT | {"and", "while", "but", "whereas"} or len(tail) > 40:
        return None  # "..., while X said the policy was ..." is a clause, not an attribution
    inner = [x for x in mentions if m.start(1) <= x.start < m.end(1)]
    return inner[0] if inner else None


def _speaker_mention(
    ref: SentenceRef, mentions: Sequence[Mention], speakers: Sequence[str]
) -> Mention | None:
    trailing = _trailing_speaker(ref.text, mentions)
    if trailing is not None:
        return trailing
    for speaker in speakers:
        key = fold(speaker)
        for m in mentions:
            if fold(m.text) in key or fold(m.name) in key or key in fold(m.name):
                return m
    return None


def make_clauses(
    ref: SentenceRef,
    cues: Sequence[Cue],
    mentions: Sequence[Mention],
    side_of: dict[str, str | None],
    *,
    speaker: Mention | None,
    inherited: tuple[str | None, str | None] = (None, None),
) -> list[Clause]:
    """Cut a sentence into clauses and find each clause's subject and sides."""
    text = ref.text
    quotes = quote_spans(text)
    if speaker is not None:
        cuts: list[tuple[int, bool]] = []  # a speaker's sentence stays one clause
    else:
        cuts = _boundaries(text, cues)
    starts = [(0, False), *cuts]
    clauses = []
    for i, (start, contrast) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        if end <= start:
            continue
        inner = [m for m in mentions if start <= m.start < end and not inside(m.start, quotes)]
        sides = tuple(dict.fromkeys(s for m in inner if (s := side_of.get(m.name)) is not None))
        subject = speaker if (speaker is not None and not cuts) else (inner[0] if inner else None)
        actor = subject.name if subject is not None else None
        side = side_of.get(subject.name) if subject is not None else None
        if subject is None and not inner and inherited[0] is not None and _pronoun_subject(text[start:end]):
            actor, side = inherited
            sides = (side,) if side else ()
        both_cue = any(c.kind == "both" and start <= c.start < end for c in cues)
        joint = both_cue or _joint_subject(text, inner, side_of)
        clauses.append(Clause(start, end, actor, side, sides, joint or len(sides) >= 2, joint, contrast))
    return clauses


_JOINT_REACH = 6  # words between a joint subject and its verb ("both parties back ...")


def _joint_before(
    text: str,
    clause: Clause,
    cues: Sequence[Cue],
    mentions: Sequence[Mention],
    side_of: dict[str, str | None],
    cue_start: int,
) -> bool:
    """Whether both sides are the subject of the cue at ``cue_start``.

    "Both sides ... want", "The U.S. and Britain are in broad agreement": the both-phrase
    or the pair of actors comes before the cue, at most a few words before, with no comma.
    """
    ends = [c.end for c in cues if c.kind == "both" and clause.start <= c.start < cue_start]
    if clause.joint:
        inner = [m for m in mentions if clause.start <= m.start < clause.end]
        if len(inner) >= 2 and _joint_subject(text, inner, side_of):
            ends.append(max(inner[0].end, inner[1].end))
    for end in ends:
        gap = text[end:cue_start]
        if "," not in gap and len(gap.split()) <= _JOINT_REACH:
            return True
    return False


def _joint_subject(text: str, inner: Sequence[Mention], side_of: dict[str, str | None]) -> bool:
    """Whether the clause opens with two actors of different sides joined by 'and'."""
    if len(inner) < 2:
        return False
    a, b = inner[0], inner[1]
    if a.start == b.start:  # one generic over two sides: "British and U.S. regulators"
        return side_of.get(a.name) != side_of.get(b.name)
    between = text[a.end:b.start].strip().lower()
    return between in {"and", "and the", ", and", "and its", "as well as"} and \
        side_of.get(a.name) is not None and side_of.get(b.name) is not None and \
        side_of.get(a.name) != side_of.get(b.name)


_PRONOUN = re.compile(r"\b(he|she|it|they)\s+(" + lexicon().reporting_pattern() + r")\b", re.I)


def _pronoun_subject(text: str) -> bool:
    return bool(_PRONOUN.search(text))


# ----------------------------------------------------------------------------------------
# claims


def _clean(text: str) -> str:
    text = ASIDES.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = text.strip(" ,;:—–-")
    for opening, closing in (("\u201c", "\u201d"), ("\u2018", "\u2019")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text.strip(" ,;:.")


def _object_after(text: str, start: int, end: int, *, need_prep: bool, direct: bool = False) -> tuple[int, int]:
    """The words a cue is about: after it, up to the end of the phrase.

    Agree/disagree cues name their topic through a preposition ("divided over X", "agree on
    X"), skipping time and place phrases ("clashed on Tuesday over X"); pro/con cues take
    what follows ("prefers X"). The object stops at a clause word, a comma (except before
    "known as" or "called"), or after ten words.
    """
    doc = nlp().make_doc(text[start:end])
    skip = _parenthetical_tokens(doc)
    i = 0
    if need_prep:
        found = None
        while i < len(doc) and i < 8:
            tok = doc[i]
            if tok.is_space:
                i += 1
                continue
            if tok.lower_ in _TOPIC_PREPS:
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if tok.lower_ in {"on", "in"} and nxt is not None and (
                    nxt.lower_ in _TIME_WORDS or nxt.like_num or (nxt.text[:1].isupper() and tok.lower_ == "in")
                ):
                    i += 2
                    continue
                found = i
                break
            if direct and i == _first_word(doc) and _takes_object(tok):
                found = i - 1  # a verb with a direct object: "harmonize rules", "align our frameworks"
                break
            if not (tok.lower_ in _BRIDGE or (tok.lower_.endswith("ly") and tok.is_alpha)):
                return (start, start)
            i += 1
        if found is None:
            return (start, start)
        i = found + 1
    words = 0
    last = None
    first = None
    k = i
    naming = False
    while k < len(doc):
        tok = doc[k]
        low = tok.lower_
        if k in skip or tok.is_space:
            k += 1
            continue
        if tok.text in {",", ";", ":", "?", "!"} or (tok.text == "." and k == len(doc) - 1):
            rest = doc[k + 1:k + 3].text.lower()
            if tok.text == "," and (rest.startswith("known as") or rest.startswith("called")):
                naming = True
                k += 1
                continue
            break
        if naming and low == "as":
            naming = False
            last = k
            k += 1
            continue
        if low in _STOP_OBJECT and first is not None:
            break
        if low in {"so"} and k + 1 < len(doc) and doc[k + 1].lower_ == "that":
            break
        if low == "and" and first is not None and k + 1 < len(doc) and doc[k + 1].lower_ in _AUX:
            break  # "... burdens companies AND HAS called for ...": a second verb, a second claim
        if first is None:
            first = k
        last = k
        if tok.is_alpha:
            words += 1
        if words >= _MAX_WORDS + 3:
            break
        k += 1
    if first is None or last is None:
        return (start, start)
    return (start + doc[first].idx, start + doc[last].idx + len(doc[last].text))


def _first_word(doc: Doc) -> int:
    return next((i for i, t in enumerate(doc) if not t.is_space), 0)


def _takes_object(tok: Token) -> bool:
    """Whether a word can open a direct object: a determiner or a plain noun-like word."""
    low = tok.lower_
    if low in {"the", "a", "an", "our", "their", "its", "his", "her", "these", "those", "this"}:
        return True
    return tok.is_alpha and tok.is_lower and low not in STOP_WORDS and not low.endswith(("ed", "ing", "ly"))


def _parenthetical_tokens(doc: Doc) -> set[int]:
    """Token indices inside dashes or brackets ("securities - blockchain-based ... - via")."""
    out: set[int] = set()
    marks = [i for i, t in enumerate(doc) if t.text in {"—", "–"} or (t.text == "-" and t.whitespace_ and i > 0
                                                                    and doc[i - 1].whitespace_)]
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        if b - a <= 30:
            out.update(range(a, b + 1))
    depth_start = None
    for i, t in enumerate(doc):
        if t.text == "(":
            depth_start = i
        elif t.text == ")" and depth_start is not None:
            out.update(range(depth_start, i + 1))
            depth_start = None
    return out


def _object_before(text: str, clause_start: int, cue_start: int, mentions: Sequence[Mention]) -> tuple[int, int]:
    """What an evaluative cue judges: "the FCA said SANDBOXES can be valuable"."""
    start = clause_start
    for m in mentions:
        if clause_start <= m.end <= cue_start:
            start = max(start, m.end)
    segment = text[start:cue_start]
    doc = nlp().make_doc(segment)
    keep_from = 0
    for i, tok in enumerate(doc):
        if tok.lower_ in REPORTING_VERBS or tok.lower_ in {"that", ","}:
            keep_from = i + 1
    if keep_from >= len(doc):
        return (cue_start, cue_start)
    s = start + doc[keep_from].idx
    return (s, cue_start)


def sentence_claims(
    ref: SentenceRef,
    mentions: Sequence[Mention],
    side_of: dict[str, str | None],
    lexicon: CueLexicon,
    *,
    speakers: Sequence[str] = (),
    inherited: tuple[str | None, str | None] = (None, None),
) -> tuple[list[Claim], list[Clause]]:
    """The claims one sentence makes, and its clauses (for the next sentence's pronouns)."""
    text = ref.text
    cues = find_cues(text, lexicon)
    speaker = _speaker_mention(ref, mentions, speakers)
    clauses = make_clauses(ref, cues, mentions, side_of, speaker=speaker, inherited=inherited)
    claims: list[Claim] = []
    mention_spans = [(m.start, m.end) for m in mentions]
    masked = tuple((c.start, c.end) for c in cues if c.kind in {"agree", "disagree", "pro", "con", "both"})

    def claim(kind: str, clause: Clause, cue_text: str, span: tuple[int, int], phrase: str,
              cue_start: int | None = None) -> Claim:
        joint = cue_start is not None and _joint_before(text, clause, cues, mentions, side_of, cue_start)
        if kind in {"pro", "con"} and joint:
            kind = "agree"  # both sides want (or fear) the same thing
        both = (clause.both and kind in {"agree", "disagree"}) or (kind == "agree" and joint)
        side = None if both else clause.side
        obj = text[span[0]:span[1]]
        return Claim(ref.article, ref.pos, ref.block, text, kind, side, both, clause.actor, cue_text,
                     _clean(phrase), _clean(obj), span[0], span[1], masked)

    for clause in clauses:
        inner = [c for c in cues
                 if clause.start <= c.start < clause.end and c.kind in {"agree", "disagree", "pro", "con"}]
        for cue in inner:
            if any(s <= cue.start < e for s, e in mention_spans):
                continue
            if _participle_of_noun(text, cue, [(c.start, c.end) for c in cues] + mention_spans):
                continue  # "companies SEEKING to access ...": the cue belongs to another noun
            if cue.kind in {"agree", "disagree"}:
                verb = cue.kind == "agree" and not cue.text.lower().endswith(("ment", "ments", "sus", "ground"))
                span = _object_after(text, cue.end, clause.end, need_prep=True, direct=verb)
                phrase = text[cue.start:span[1]] if span[1] > span[0] else cue.text
                claims.append(claim(cue.kind, clause, cue.text, span, phrase, cue.start))
            else:
                after = _object_after(text, cue.end, clause.end, need_prep=False)
                if cue.before and not _opens_object(text[cue.end:clause.end]):
                    span = _object_before(text, clause.start, cue.start, mentions)
                    phrase = text[span[0]:cue.end]
                else:
                    span = after
                    phrase = text[cue.start:span[1]] if span[1] > span[0] else cue.text
                if any(cl.object_start <= cue.start < cl.object_end and cl.kind in {"pro", "con", "agree"}
                       for cl in claims if cl.pos == ref.pos):
                    continue  # "pushing for a more CAUTIOUS approach": part of the first claim
                claims.append(claim(cue.kind, clause, cue.text, span, phrase, cue.start))
    # contrast between clauses of different sides: each clause states its side's view
    for prev, clause in itertools.pairwise(clauses):
        if clause.contrast and prev.side and clause.side and prev.side != clause.side:
            for c in (prev, clause):
                if not any(cl.pos == ref.pos and c.start <= cl.object_start < c.end and cl.side == c.side
                           for cl in claims):
                    span = _stated_span(text, c, mentions)
                    claims.append(claim("stated", c, "", span, text[span[0]:span[1]]))
            claims.append(Claim(ref.article, ref.pos, ref.block, text, "disagree", None, True, None,
                                "contrast", "", "", clause.start, clause.start))
    return claims, clauses


def _opens_object(text: str) -> bool:
    """Whether an evaluative cue is followed by what it judges ("needed ITS OWN RULES")."""
    doc = nlp().make_doc(text.strip())
    if not len(doc):
        return False
    first = doc[0]
    return first.lower_ in {"about", "of", "over", "that", "on"} or (
        _takes_object(first) and first.lower_ not in {"and", "or", "as"}
    )


_NOT_NOUN = frozenset({"is", "are", "was", "were", "be", "been", "being", "also", "still", "now", "and",
                       "not", "'s", "’s", "'re", "to", "already", "while", "but", "with", "by"})


def _participle_of_noun(text: str, cue: Cue, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether the cue's verb belongs to a plain noun just before it, not to the subject.

    "companies SEEKING to access ...", "a pledge that business groups WELCOMED": an -ing
    cue right after a plain noun, or any cue right after a plain plural noun. Words that
    are actors or cue phrases ("both parties back") do not count as plain.
    """
    head = text[:cue.start].rstrip()
    before = head.split()
    if not before:
        return False
    prev = before[-1]
    prev_start = len(head) - len(prev)
    if any(s <= prev_start < e for s, e in taken):
        return False
    if not (prev.isalpha() and prev.islower() and prev not in _NOT_NOUN and prev not in STOP_WORDS):
        return False
    return cue.text.lower().endswith("ing") or (prev.endswith("s") and not prev.endswith("ss"))


def _stated_span(text: str, clause: Clause, mentions: Sequence[Mention]) -> tuple[int, int]:
    """A clause's words after its subject: 'says its own safeguard measures ...'."""
    start = clause.start
    for m in mentions:
        if clause.start <= m.start < clause.end and m.name == clause.actor:
            start = m.end
            break
    segment = text[start:clause.end]
    lead = len(segment) - len(segment.lstrip(" ,"))
    words = segment.strip(" ,.").split()
    if not words:
        return (start, start)
    kept = " ".join(words[:_MAX_WORDS])
    s = start + lead
    return (s, s + len(kept))
