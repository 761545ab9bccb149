"""Who the articles name, and on which side each one stands.

Every sentence of every block is read with spaCy's blank English tokenizer. A
``PhraseMatcher`` finds the gazetteer's names and word lists (actors, country and party
names and adjectives, capitals, places, generic heads such as "regulators", titles such as
"Secretary"); these are merged into single tokens, and a ``Matcher`` then applies the rules
for what the gazetteer lacks:

* generic actors: a country, bloc or party word before a head noun ("British regulators",
  "U.S. technology companies", "Britain's financial watchdog", "a Dutch member of the
  European Parliament"), named with the group's label ("UK regulators");
* countries used as actors ("The U.S. has eased ...") and capitals used for governments
  ("Brussels says ...", but not "a summit in Brussels");
* people: a capitalised name after a title ("Treasury Secretary Scott Bessent"), before an
  apposition with a title ("Mike Maloney, CEO of Incyt"), next to a reporting verb, or
  named as a quote's speaker; later in the same article the surname alone ("Maloney said");
* organisations: capitalised names with an organisation word ("Institute for Fiscal
  Studies"), in an apposition ("Bitpace, a London-based fintech"), or after "CEO of".

A rule actor's side comes from the words around it: the title's country or party ("UK
finance minister"), the apposition's place ("New York-based") or the organisation the
person leads. The gazetteer decides which side a group is on (:func:`side_of`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Token

from analysis.model import Article
from analysis.split.gazetteer import Entry, Gazetteer
from analysis.split.text import REPORTING_VERBS, STOP_WORDS, fold, nlp, stem

__all__ = [
    "SentenceRef",
    "Mention",
    "ActorFinder",
    "article_sentences",
    "actor_finder",
    "find_mentions",
    "merge_variants",
    "merge_people",
]

_FLAGS = ("actor", "ctx", "gname", "gadj", "gcap", "gplace", "head", "title", "orghead", "orgnoun")
_PRIORITY = {"actor": 0, "ctx": 1, "gname": 2, "gadj": 2, "gcap": 2, "gplace": 2,
             "head": 3, "title": 3, "orghead": 4, "orgnoun": 4}
_LOCATIVE = frozenset(
    "in at into across throughout within inside outside near to from around via toward "
    "towards visit visits visited visiting travel travelled traveled arrive arrived "
    "return returned flew fly based".split()
)
_SPEECH = REPORTING_VERBS
_FUNCTION = frozenset(STOP_WORDS | {"'s", "’s", "has", "have", "had", "is", "are", "was", "were"})
_VERBISH = re.compile(r"^[a-z]+(ed|ing)$")
# Words that, right after a country or party name, show the name is the subject of a verb
# ("The Conservatives want ...", "China says ...") rather than a modifier ("U.S. tariffs").
_VERBS = frozenset(
    """want wants say says argue argues insist insists plan plans hope hopes fear fears back
    backs support supports oppose opposes reject rejects refuse refuses urge urges seek seeks
    warn warns agree agrees disagree disagrees prefer prefers believe believes demand demands
    propose proposes accuse accuses blame blames deny denies threaten threatens continue
    continues remain remains need needs must can could should would will may might cannot
    also already still now has have had is are was were does do did intends intend aims aim
    expects expect favours favors claims claim sees see calls call""".split()
)
_CONNECT = frozenset({"of", "for", "and", "the", "on", "&", "de", "du", "des", "la", "le", "von", "van", "der"})
_DET = frozenset({"a", "an", "the", "one", "another"})
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_ROLE_OF = frozenset({"of", "at", "for"})
_STUDY = frozenset({"analysts", "analyst", "economists", "economist", "strategists", "researchers"})


@dataclass(frozen=True)
class SentenceRef:
    """One sentence of one article, with where it sits."""

    article: str
    pos: int  # order within the article (all blocks)
    block: int  # index of its block
    kind: str  # the block's kind: headline, key_point, subhead, paragraph
    text: str


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in one sentence (character offsets into the sentence)."""

    article: str
    pos: int
    start: int
    end: int
    text: str
    name: str
    groups: tuple[str, ...]
    role: str | None
    kind: str  # gazetteer, generic, group (a country, bloc or party), capital, person, organisation


def article_sentences(article: Article) -> list[SentenceRef]:
    """Every sentence of the article, headline and key points included, in order."""
    out: list[SentenceRef] = []
    for b, block in enumerate(article.blocks):
        for sentence in block.sentences or (block.text,):
            if sentence.strip():
                out.append(SentenceRef(article.id, len(out), b, block.kind, sentence))
    return out


def _set_extensions() -> None:
    for flag in _FLAGS:
        if not Token.has_extension(f"sp_{flag}"):
            Token.set_extension(f"sp_{flag}", default=False)
    for name in ("sp_payload",):
        if not Token.has_extension(name):
            Token.set_extension(name, default=None)
    if not Token.has_extension("sp_plain"):
        Token.set_extension("sp_plain", default=True)


def _undot(text: str) -> str:
    """'U.S.' -> 'US' in names we make ourselves."""
    return re.sub(r"\b((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)


def _variants(alias: str, short_names: dict[str, list[str]]) -> set[str]:
    """An alias and its spellings with the other short forms of a country ("U.S."/"US")."""
    out = {alias}
    if alias.startswith("the "):
        out.add("The " + alias[4:])
    for token, others in short_names.items():
        if re.search(rf"(?<![\w.]){re.escape(token)}(?![\w])", alias):
            for other in others:
                out.add(re.sub(rf"(?<![\w.]){re.escape(token)}(?![\w])", other, alias))
    if "’" in alias or "'" in alias:
        out |= {v.replace("’", "'") for v in out} | {v.replace("'", "’") for v in out}
    return out


class ActorFinder:
    """The gazetteer compiled into spaCy matchers; finds the mentions in articles."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        _set_extensions()
        self.gaz = gazetteer
        self.nlp = nlp()
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.by_fold: dict[str, int] = {}
        short: dict[str, list[str]] = {}
        for group in gazetteer.groups:
            abbrevs = [n for n in (*group.names, *group.adjectives) if n.replace(".", "").isupper() and len(n) <= 6]
            for a in abbrevs:
                short[a] = sorted({b for b in abbrevs if b != a})
        for i, entry in enumerate(gazetteer.actors):
            names: set[str] = set()
            for alias in entry.all_names:
                names |= _variants(alias, short)
            for alias in sorted(names):
                self.by_fold.setdefault(fold(alias), i)
            self._add(f"actor|{i}", names)
            ctx: set[str] = set()
            for alias in entry.context_aliases:
                ctx |= _variants(alias, short)
            self._add(f"ctx|{i}", ctx)
        for group in gazetteer.groups:
            self._add(f"gname|{group.id}", {v for n in group.names for v in _variants(n, {})})
            self._add(f"gadj|{group.id}", set(group.adjectives))
            self._add(f"gcap|{group.id}", set(group.capitals))
            self._add(f"gplace|{group.id}", set(group.places))
        self._add("head|", set(gazetteer.generic_heads))
        self._add("title|", set(gazetteer.titles))
        self._add("orghead|", set(gazetteer.org_heads))
        self._add("orgnoun|", set(gazetteer.org_nouns))
        self.matcher = Matcher(self.nlp.vocab)
        self._add_rules()

    # -- compilation -------------------------------------------------------------------
    def _add(self, label: str, phrases: set[str]) -> None:
        docs = [self.nlp.make_doc(p) for p in sorted(phrases) if p.strip()]
        if docs:
            self.phrases.add(label, docs)

    def _add_rules(self) -> None:
        # token patterns as spaCy's Matcher takes them (dicts of attributes to values)
        gadj: dict[str, Any] = {"_": {"sp_gadj": True}}
        gname: dict[str, Any] = {"_": {"sp_gname": True}}
        head: dict[str, Any] = {"_": {"sp_head": True}}
        mod: dict[str, Any] = {"IS_ALPHA": True, "IS_LOWER": True, "_": {"sp_plain": True},
                               "LOWER": {"NOT_IN": sorted(STOP_WORDS)}}
        conj: dict[str, Any] = {"LOWER": {"IN": ["and", "or", ","]}}
        andor: dict[str, Any] = {"LOWER": {"IN": ["and", "or"]}}
        poss: dict[str, Any] = {"ORTH": {"IN": ["'s", "’s"]}}
        mods = dict(mod, OP="{,3}")
        tail = [andor, dict(mod, OP="{,2}"), head]
        self.matcher.add(
            "GENERIC",
            [
                [gadj, mods, head],
                [gadj, mods, head, *tail],
                [gadj, conj, gadj, mods, head],
                [gadj, conj, gadj, mods, head, *tail],
                [gname, poss, mods, head],
                [gname, poss, mods, head, *tail],
            ],
            greedy="LONGEST",
        )
        name_tok = {"IS_TITLE": True, "IS_ALPHA": True, "_": {"sp_plain": True},
                    "LOWER": {"NOT_IN": sorted(STOP_WORDS | _MONTHS)}}
        particle = {"LOWER": {"IN": ["von", "van", "der", "de", "da", "di", "bin", "al", "le", "la"]}}
        self.matcher.add(
            "NAME",
            [[name_tok, name_tok], [name_tok, name_tok, name_tok],
             [name_tok, particle, name_tok], [name_tok, particle, particle, name_tok]],
            greedy="LONGEST",
        )

    # -- per sentence ------------------------------------------------------------------
    def units(self, text: str) -> Doc:
        """The sentence with gazetteer words merged into single, flagged tokens."""
        doc = self.nlp.make_doc(text)
        found: dict[tuple[int, int], set[str]] = {}
        for match_id, start, end in self.phrases(doc):
            found.setdefault((start, end), set()).add(self.nlp.vocab.strings[match_id])

        def rank(span: tuple[int, int]) -> tuple[int, int, int]:
            best = min(_PRIORITY[label.split("|", 1)[0]] for label in found[span])
            return (-(span[1] - span[0]), best, span[0])

        taken: list[tuple[int, int]] = []
        for span in sorted(found, key=rank):
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            taken.append(span)
        taken.sort()
        with doc.retokenize() as retok:
            for s, e in taken:
                if e - s > 1:
                    retok.merge(doc[s:e])
        # after merging, map old spans to new token indices by character offset
        by_char = {tok.idx: tok for tok in doc}
        old = self.nlp.make_doc(text)
        for s, e in taken:
            tok = by_char[old[s].idx]
            payload: dict[str, str] = {}
            for label in sorted(found[(s, e)]):
                kind, value = label.split("|", 1)
                tok._.set(f"sp_{kind}", True)
                payload.setdefault(kind, value)
            tok._.sp_payload = payload
            tok._.sp_plain = False
        return doc

    def rules(self, doc: Doc) -> list[tuple[str, int, int]]:
        """The rule matches ("GENERIC", "NAME") in a merged sentence, as (label, start, end).

        Computed once per sentence and kept on the doc: both passes over an article ask.
        """
        cached = doc.user_data.get("sp_rules")
        if cached is None:
            cached = [(self.nlp.vocab.strings[m], s, e) for m, s, e in self.matcher(doc)]
            doc.user_data["sp_rules"] = cached
        return cached

    def entry(self, index: str | int) -> Entry:
        return self.gaz.actors[int(index)]


@functools.lru_cache(maxsize=8)
def actor_finder(gazetteer: Gazetteer) -> ActorFinder:
    """One compiled finder per gazetteer (compiling takes a moment)."""
    return ActorFinder(gazetteer)


# ----------------------------------------------------------------------------------------
# Rules over a merged sentence


@dataclass
class _Candidate:
    start: int  # token indices in the merged doc
    end: int
    name: str
    groups: tuple[str, ...]
    role: str | None
    kind: str
    rank: int  # lower wins overlaps


def _payload(tok: Token) -> dict[str, str]:
    return tok._.sp_payload or {}


def _is_cap_word(tok: Token) -> bool:
    text = tok.text
    return bool(text) and tok._.sp_plain and any(c.isupper() for c in text) and text[0].isalpha() \
        and tok.lower_ not in STOP_WORDS and tok.lower_ not in _MONTHS


def _group_of(tok: Token, finder: ActorFinder, home: str | None) -> tuple[str, ...]:
    """The groups a flagged token names (a country word, or an actor's groups)."""
    p = _payload(tok)
    for kind in ("gadj", "gname", "gcap", "gplace"):
        if kind in p:
            return (p[kind],)
    if "actor" in p:
        return finder.entry(p["actor"]).groups
    if "ctx" in p:
        entry = _context_entry(tok, finder, home)
        return entry.groups if entry else ()
    return ()


def _context_entry(tok: Token, finder: ActorFinder, home: str | None) -> Entry | None:
    """Resolve an ambiguous name ("the Treasury") by the article's home country."""
    if home is None:
        return None
    text = tok.text
    for entry in finder.gaz.actors:
        if home in entry.groups and any(text in (a, "The " + a[4:]) for a in entry.context_aliases):
            return entry
    return None


def _generic_candidates(doc: Doc, finder: ActorFinder) -> list[_Candidate]:
    """'British and U.S. regulators' -> UK regulators, US regulators."""
    out: list[_Candidate] = []
    heads = set(finder.gaz.generic_heads)
    for label, start, end in finder.rules(doc):
        if label != "GENERIC":
            continue
        span = doc[start:end]
        groups: list[str] = []
        i = 0
        while i < len(span) and (span[i]._.sp_gadj or span[i]._.sp_gname or span[i].lower_ in {"and", "or", ","}
                                 or span[i].text in {"'s", "’s"}):
            if span[i]._.sp_gadj or span[i]._.sp_gname:
                p = _payload(span[i])
                gid = p.get("gadj") or p.get("gname")
                if gid is not None:  # a flagged token always has its payload
                    groups.append(gid)
            i += 1
        # split the rest into head phrases joined by and/or
        phrases: list[list[str]] = [[]]
        for tok in span[i:]:
            if tok.lower_ in {"and", "or"} and phrases[-1] and phrases[-1][-1] in heads:
                phrases.append([])
                continue
            phrases[-1].append(tok.text)
        for gid in dict.fromkeys(groups):
            label = finder.gaz.group_by_id[gid].label
            for words in phrases:
                if not words:
                    continue
                rest = " ".join(words)
                rest = rest[0].lower() + rest[1:] if rest[:1].isupper() and not rest.split()[0].isupper() else rest
                name = f"{label} {rest}"
                out.append(_Candidate(start, end, name, (gid,), None, "generic", 3))
    return out


def _name_spans(doc: Doc, finder: ActorFinder) -> list[tuple[int, int]]:
    spans = [(s, e) for label, s, e in finder.rules(doc) if label == "NAME"]
    return sorted(set(spans))


def _single_names(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """One-word names the rules cannot tell from other capitalised words: a surname the
    pipeline reads as a person and the sentence treats as one, after a title or beside a
    reporting verb ("President Clinton", "Clinton said"). The small pipeline also reads some
    places and clubs as people, so its word alone is not enough."""
    spans = []
    for i, tok in enumerate(doc):
        if not _is_cap_word(tok) or fold(tok.text) not in persons:
            continue
        before = doc[i - 1] if i else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (before is not None and _is_cap_word(before)) or (after is not None and _is_cap_word(after)):
            continue  # part of a longer name: the rules' NAME spans cover it
        titled = before is not None and bool(before._.sp_title)
        speaking = any(t is not None and t.lower_ in _SPEECH for t in (before, after))
        if titled or speaking:
            spans.append((i, i + 1))
    return spans


def _title_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """The title phrase ending just before ``start`` ("UK finance minister"), if any."""
    j = start - 1
    if j < 0 or not doc[j]._.sp_title:
        return None
    k = j
    while k - 1 >= 0:
        prev = doc[k - 1]
        if prev.is_punct or prev.lower_ in _DET:
            break
        if prev._.sp_plain and not (prev.is_lower or _is_cap_word(prev)):
            break
        if prev._.sp_plain and prev.lower_ in STOP_WORDS:
            break
        if prev.text in {"'s", "’s"}:
            k -= 1
            continue
        k -= 1
    return (k, j + 1)


def _apposition(doc: Doc, end: int, *, limit: int = 12) -> tuple[int, int] | None:
    """The apposition after ``end``: ', a New York-based firm' or ', CEO of Incyt'."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1
    while k < len(doc) and k - end <= limit and doc[k].text not in {",", ".", ";", ":", "(", ")", "—", "–"} \
            and doc[k].text not in {"\u201c", "\u201d", '"'}:
        k += 1
    if k == end + 1:
        return None
    return (end + 1, k)


def _groups_in(doc: Doc, start: int, end: int, finder: ActorFinder, home: str | None,
               known: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """The first groups named in tokens start..end (a place, a country word, an actor)."""
    for k in range(start, end):
        if k in known and known[k]:
            return known[k]
        groups = _group_of(doc[k], finder, home)
        if groups:
            return groups
    return ()


def _org_run(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (with of/for/and inside) in start..end."""
    runs: list[tuple[int, int]] = []
    k = start
    while k < end:
        if _is_cap_word(doc[k]) or (doc[k]._.sp_orghead and doc[k].text[:1].isupper()):
            s = k
            e = k + 1
            m = k + 1
            while m < end:
                tok = doc[m]
                if _is_cap_word(tok) or (tok._.sp_orghead and tok.text[:1].isupper()):
                    e = m + 1
                    m += 1
                elif tok.lower_ in _CONNECT and tok._.sp_plain:
                    m += 1
                else:
                    break
            runs.append((s, e))
            k = e
        else:
            k += 1
    return runs


def sentence_candidates(
    doc: Doc,
    finder: ActorFinder,
    *,
    home: str | None,
    speakers: Sequence[str] = (),
    people: dict[str, tuple[tuple[str, ...], str | None]] | None = None,
    persons: frozenset[str] = frozenset(),
) -> list[_Candidate]:
    """Every candidate actor in one merged sentence, before overlaps are resolved.

    ``persons`` are the folded names the trained pipeline reads as people in the article
    (PERSON entities): a capitalised name among them is a person even with no title or
    reporting verb beside it.
    """
    people = {} if people is None else people
    cands: list[_Candidate] = []
    suppressed: set[int] = set()
    known: dict[int, tuple[str, ...]] = {}
    gaz = finder.gaz

    # 1. gazetteer actors (and ambiguous names resolved by the article's home country)
    for i, tok in enumerate(doc):
        p = _payload(tok)
        if "actor" in p:
            entry = finder.entry(p["actor"])
            cands.append(_Candidate(i, i + 1, entry.name, entry.groups, entry.role, "gazetteer", 0))
            known[i] = entry.groups
        elif "ctx" in p:
            context = _context_entry(tok, finder, home)
            if context is not None:
                cands.append(_Candidate(i, i + 1, context.name, context.groups, context.role, "gazetteer", 0))
                known[i] = context.groups

    # 2. generic actors; a generic name that is in the gazetteer is that actor
    for c in _generic_candidates(doc, finder):
        idx = finder.by_fold.get(fold(c.name))
        if idx is not None:
            entry = finder.entry(idx)
            c = _Candidate(c.start, c.end, entry.name, entry.groups, entry.role, "gazetteer", 1)
        cands.append(c)
        for k in range(c.start, c.end):
            known.setdefault(k, c.groups)

    # 3. organisations: capitalised names with an organisation word, appositions, "CEO of X"
    orgs: list[_Candidate] = []
    for s, e in _org_run(doc, 0, len(doc)):
        if any(fold(doc[k:e].text) in persons for k in range(s, e - 1)):
            continue  # the run ends in a person's name the parse knows ("State Madeleine Albright")
        tokens = doc[s:e]
        appos = _apposition(doc, e)
        has_head = any(t._.sp_orghead for t in tokens) and (e - s) >= 2
        appos_org = False
        if appos is not None:
            words = doc[appos[0]:appos[1]]
            first = words[0].lower_ if len(words) else ""
            if first in _DET | {"which", "whose", "whom", "that"} or words[0].text in {"Europe", "Britain"} \
                    or any(t._.sp_gname for t in words[:1]):
                appos_org = any(t._.sp_orgnoun for t in words) and not any(t._.sp_title for t in words[:3])
        role_of = s >= 2 and doc[s - 1].lower_ in _ROLE_OF and (doc[s - 2]._.sp_title or doc[s - 2].lower_ in _STUDY)
        if not (has_head or appos_org or role_of):
            continue
        if (e - s) == 1 and doc[s].i == 0 and not appos_org and not role_of:
            continue
        start = s
        groups: tuple[str, ...] = ()
        if s >= 1 and (doc[s - 1]._.sp_gadj or doc[s - 1]._.sp_gname):
            start = s - 1
            groups = _group_of(doc[s - 1], finder, home)
        if not groups:
            groups = _groups_in(doc, s, e, finder, home, {})
        if not groups and appos is not None and appos_org:
            groups = _groups_in(doc, appos[0], appos[1], finder, home, known)
        name = _undot(doc[start:e].text)
        if fold(name) in finder.by_fold:
            entry = finder.entry(finder.by_fold[fold(name)])
            orgs.append(_Candidate(start, e, entry.name, entry.groups, entry.role, "gazetteer", 0))
        else:
            orgs.append(_Candidate(start, e, name, groups, "organisation", "organisation", 2))
        if appos is not None and appos_org:
            suppressed.update(range(appos[0], appos[1]))
    cands.extend(orgs)
    for c in orgs:
        for k in range(c.start, c.end):
            known[k] = c.groups

    # 4. people
    speaker_names = {fold(s) for s in speakers}
    for s, e in _name_spans(doc, finder) + _single_names(doc, persons):
        name = doc[s:e].text
        title = _title_before(doc, s)
        appos = _apposition(doc, e)
        appos_title = appos is not None and any(t._.sp_title for t in doc[appos[0]:appos[1]][:4])
        speech = (e < len(doc) and doc[e].lower_ in _SPEECH) or (s >= 1 and doc[s - 1].lower_ in _SPEECH)
        spoken = fold(name) in speaker_names or any(sp.endswith(fold(name)) for sp in speaker_names)
        known_person = fold(name) in people
        parsed_person = fold(name) in persons
        if not (title or appos_title or speech or spoken or known_person or parsed_person):
            continue
        if any(c.start <= s < c.end or c.start < e <= c.end for c in orgs):
            continue
        groups = ()
        if title is not None:
            groups = _groups_in(doc, title[0], title[1], finder, home, known)
            suppressed.update(range(title[0], title[1]))
        if not groups and appos_title and appos is not None:
            groups = _groups_in(doc, appos[0], appos[1], finder, home, known)
            suppressed.update(range(appos[0], appos[1]))
        if not groups and known_person:
            groups = people[fold(name)][0]
        cands.append(_Candidate(s, e, name, groups, "person", "person", 1))

    # a gazetteer person after a title: the title is no separate actor, and gives nothing new
    for c in list(cands):
        if c.kind == "gazetteer" and c.role in gaz.person_roles:
            title = _title_before(doc, c.start)
            if title is not None:
                suppressed.update(range(title[0], title[1]))
        if c.kind == "gazetteer":
            appos = _apposition(doc, c.end)
            if appos is not None and len(doc[appos[0]:appos[1]]) and doc[appos[0]].lower_ in _DET:
                suppressed.update(range(appos[0], appos[1]))

    # 5. countries as actors and capitals standing for governments
    for i, tok in enumerate(doc):
        p = _payload(tok)
        if "actor" in p or "ctx" in p:
            continue
        prev = doc[i - 1] if i >= 1 else None
        prev2 = doc[i - 2] if i >= 2 else None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if prev is not None and prev.lower_ == "the" and prev2 is not None:
            prev = prev2
        located = prev is not None and prev.lower_ in _LOCATIVE
        hyphen = (nxt is not None and nxt.text in {"-", "–", "/"}) or (i >= 1 and doc[i - 1].text in {"-", "–", "/"})
        if "gname" in p:
            plural = tok.text.endswith("s") and not tok.text.endswith(("ss", "us")) and not tok.text.isupper()
            modifier = nxt is not None and nxt.is_alpha and nxt._.sp_plain and nxt.is_lower and not plural \
                and nxt.lower_ not in _FUNCTION and not _VERBISH.match(nxt.lower_) \
                and nxt.lower_ not in _SPEECH and nxt.lower_ not in _VERBS
            if modifier or hyphen or located or (nxt is not None and (nxt._.sp_orghead or _is_cap_word(nxt))):
                continue
            group = gaz.group_by_id[p["gname"]]
            cands.append(_Candidate(i, i + 1, group.names[0], (group.id,), group.kind, "group", 4))
        elif "gcap" in p:
            det = prev is not None and prev.lower_ in {"a", "an"}
            if located or hyphen or det or (nxt is not None and (_is_cap_word(nxt) or nxt._.sp_orgnoun)):
                continue
            cands.append(_Candidate(i, i + 1, tok.text, (p["gcap"],), "capital", "capital", 4))

    # words inside a title or an apposition describe another actor: they are no mention
    return [c for c in cands if not (c.kind in {"generic", "group", "capital", "gazetteer"}
                                     and any(k in suppressed for k in range(c.start, c.end)))]


def resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then the most reliable kind; no two mentions share a token."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (c.rank > 1, -(c.end - c.start), c.rank, c.start, c.name)):
        # coordinated generics share one span: "British and U.S. regulators"
        same = [o for o in chosen if (o.start, o.end, o.kind) == (c.start, c.end, "generic")]
        if c.kind == "generic" and same:
            if all(o.name != c.name for o in same):
                chosen.append(c)
            continue
        if any(c.start < o.end and o.start < c.end for o in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, c.name))


_DATELINE_PLACE = re.compile(r"^\s*([A-Za-zÀ-ÿ .'-]+?)(?:/|,|\s+\(|$)")


def home_group(article: Article, docs: Sequence[Doc], finder: ActorFinder) -> str | None:
    """The article's home country: the dateline's place, else the most-named group."""
    if article.dateline:
        m = _DATELINE_PLACE.match(article.dateline)
        if m:
            place = m.group(1).strip().title()
            for g in finder.gaz.groups:
                if place in g.capitals or place in g.places or place in g.names:
                    return g.id
    counts: Counter[str] = Counter()
    for doc in docs:
        for tok in doc:
            p = _payload(tok)
            for kind in ("gname", "gadj", "gcap", "gplace"):
                if kind in p:
                    counts[p[kind]] += 1
            if "actor" in p:
                for gid in finder.entry(p["actor"]).groups[:1]:
                    counts[gid] += 1
    if not counts:
        return None
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _speaker_names(article: Article) -> list[str]:
    return sorted({q.speaker for q in article.quotes if q.speaker})


def find_mentions(article: Article, finder: ActorFinder, *, persons: frozenset[str] = frozenset()) -> list[Mention]:
    """Every actor mention in the article, in reading order.

    ``persons``: the folded names of the people the parse finds in the article (PERSON
    entities, see :func:`sentence_candidates`).
    """
    refs = article_sentences(article)
    docs = [finder.units(r.text) for r in refs]
    home = home_group(article, docs, finder)
    speakers = _speaker_names(article)

    # pass 1: full names
    per_sentence = [resolve_overlaps(sentence_candidates(d, finder, home=home, speakers=speakers, persons=persons))
                    for d in docs]
    people: dict[str, tuple[tuple[str, ...], str | None]] = {}
    for cands in per_sentence:
        for c in cands:
            if c.kind == "person" or (c.kind == "gazetteer" and c.role in finder.gaz.person_roles):
                key = fold(c.name)
                if key not in people or (not people[key][0] and c.groups):
                    people[key] = (c.groups, c.name)
    # pass 2: with the people known, again (names seen once are recognised everywhere)
    per_sentence = [resolve_overlaps(sentence_candidates(d, finder, home=home, speakers=speakers, people=people,
                                                         persons=persons))
                    for d in docs]
    surnames = _surnames(people)
    mentions: list[Mention] = []
    for ref, doc, cands in zip(refs, docs, per_sentence, strict=True):
        taken = [(c.start, c.end) for c in cands]
        extra = []
        for i, tok in enumerate(doc):
            if not tok._.sp_plain or any(s <= i < e for s, e in taken):
                continue
            hit = surnames.get(tok.text)
            if hit is not None:
                groups, name = hit
                extra.append(_Candidate(i, i + 1, name, groups, "person", "person", 1))
        for c in sorted([*cands, *extra], key=lambda c: c.start):
            span = doc[c.start:c.end]
            if c.kind == "person" and fold(c.name) in people:
                groups, canonical = people[fold(c.name)]
                c = _Candidate(c.start, c.end, canonical or c.name, c.groups or groups, c.role, c.kind, c.rank)
            mentions.append(Mention(
                article=article.id, pos=ref.pos, start=span.start_char, end=span.end_char,
                text=span.text, name=c.name, groups=c.groups, role=c.role, kind=c.kind,
            ))
    return mentions


def _surnames(people: dict[str, tuple[tuple[str, ...], str | None]]) -> dict[str, tuple[tuple[str, ...], str]]:
    """Surname -> (groups, full name) for surnames that belong to one person only."""
    seen: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for groups, name in (people[k] for k in sorted(people)):
        if not name or len(name.split()) < 2:
            continue
        last = name.split()[-1]
        if last in {"III", "II", "IV", "Jr", "Jr.", "Sr"}:
            continue
        seen.setdefault(last, []).append((groups, name))
    return {k: v[0] for k, v in seen.items() if len({n for _, n in v}) == 1}


def merge_variants(mentions: Sequence[Mention]) -> list[Mention]:
    """Give generic actors that differ only in number one name ("US counterpart(s)").

    The first form met (in the order given) names them all.
    """
    first: dict[str, str] = {}
    out = []
    for m in mentions:
        if m.kind != "generic":
            out.append(m)
            continue
        key = " ".join(stem(w) for w in m.name.split())
        name = first.setdefault(key, m.name)
        out.append(m if name == m.name else dataclasses.replace(m, name=name))
    return out


def merge_people(mentions: Sequence[Mention], *, person_roles: Sequence[str] = ()) -> list[Mention]:
    """A person named by surname alone ("Clinton", "Maloney") is the one person of the story
    whose full name ends with it ("Bill Clinton"), in whichever article that was given; with
    two such people (two Bushes) the surname stays on its own. Gazetteer actors whose role is
    one of ``person_roles`` count as people."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        words = m.name.split()
        is_person = m.kind == "person" or m.kind == "gazetteer" and m.role in person_roles
        if is_person and len(words) > 1:
            full.setdefault(fold(words[-1]), set()).add(m.name)
    out = []
    for m in mentions:
        names = full.get(fold(m.name), set()) if m.kind == "person" and " " not in m.name else set()
        out.append(dataclasses.replace(m, name=next(iter(names))) if len(names) == 1 else m)
    return out
