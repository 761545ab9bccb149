"""Topics: group the claims of all articles into the questions they are about.

Two claims are about the same topic when

1. they sit in the same paragraph (a paragraph makes one point), or their sentences are
   versions of one another (most of the shorter one's words are in the longer one);
2. they share a *distinctive* word (one in at most 15% of the sentences, or at most five
   in a short text: "sandbox" links, "crypto" in a crypto story does not) and are at most four paragraphs apart in
   one article; or they share two distinctive words wherever they are;
3. but a claim that both sides agree meets a claim of another kind only on two
   distinctive words, so that an agreement is not swallowed by a nearby dispute (two
   agreements sharing one distinctive word are one agreement, even across articles);
4. a sentence whose claims have no words of their own ("The disagreement is the latest
   strain", "Berlin is sceptical.") continues the claim of the paragraph before it (else
   of the one after it).

Words are compared by spelling-neutral stems, and a split compound is joined when the
joined form occurs ("stable coins" = "stablecoins").

A topic is named by the words of its clearest claim: an agree/disagree cue's topic
("divided over HOW TO TEST ...") when there is one, else the claim whose words are most
shared with the topic's other sentences (of two words or more where there is one; the
shortest, then the earliest, on a tie).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from analysis.split.actors import Mention
from analysis.split.stance import ASIDES, Claim
from analysis.split.text import REPORTING_VERBS, STOP_WORDS, fold, nlp, stem

__all__ = ["Topic", "Vocabulary", "group_claims", "build_vocabulary", "phrase_key", "sentence_key"]

# Words too general to say what a topic is (beyond spaCy's stop words).
GENERAL_WORDS = frozenset(
    """based new way ways part year years time times week weeks month months day days people
    percent number lot kind thing things use using used able make makes made making need
    needs needed step steps move moves plan plans issue issues matter point points term
    terms level levels area areas today yesterday tomorrow possible called known
    including emerged emerge emerges became become becomes remain remains remained continue
    continued continues seen""".split()
) | REPORTING_VERBS
LINK_SHARE = 0.15  # a linking word appears in fewer than this share of sentences
MIN_LINK_DF = 5  # in a short text, a word in up to this many sentences still links
NEAR_PARAGRAPHS = 4  # claims this many paragraphs apart in one article are "near"
_CONTAIN = 0.8  # a sentence is a version of another when this share of its words is there


@dataclass(frozen=True)
class Topic:
    """The claims about one question, and a name for it."""

    label: str
    claims: tuple[Claim, ...]
    terms: tuple[str, ...]  # its distinctive words (stems), most shared first


@dataclass(frozen=True)
class Vocabulary:
    """Sentence frequencies of stems over the articles' body sentences."""

    df: dict[str, int]
    sentences: int
    compounds: frozenset[str]  # lower-case single words ("stablecoins")
    excluded: frozenset[str]  # stems never used as topic words (country words, cues)

    def linking(self, term: str) -> bool:
        limit = max(MIN_LINK_DF, math.ceil(LINK_SHARE * self.sentences))
        return 0 < self.df.get(term, 0) <= limit

    def weight(self, term: str) -> float:
        return math.log((1 + self.sentences) / (1 + self.df.get(term, 0))) + 1.0


def _terms_of(text: str, vocab_words: frozenset[str] | None = None) -> list[str]:
    """Content stems of ``text``, with split compounds joined."""
    tokens = [t for t in nlp().make_doc(text) if t.is_alpha]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        low = tokens[i].lower_
        if vocab_words is not None and i + 1 < len(tokens):
            joined = low + tokens[i + 1].lower_
            if joined in vocab_words:
                out.append(stem(joined))
                i += 2
                continue
        if low not in STOP_WORDS and low not in REPORTING_VERBS and low not in GENERAL_WORDS and len(low) > 1:
            out.append(stem(low))
        i += 1
    return out


def sentence_key(text: str) -> str:
    """A spelling- and punctuation-neutral key for a sentence."""
    return " ".join(_terms_of(text))


def build_vocabulary(sentences: Iterable[str], excluded_words: Iterable[str]) -> Vocabulary:
    """Count in how many distinct sentences each stem appears."""
    unique = {sentence_key(s): s for s in sentences}
    words = frozenset(t.lower_ for s in unique.values() for t in nlp().make_doc(s) if t.is_alpha)
    df: Counter[str] = Counter()
    for s in unique.values():
        df.update(set(_terms_of(s, words)))
    excluded = frozenset(stem(w) for phrase in excluded_words for w in fold(phrase).split())
    return Vocabulary(dict(df), len(unique), words, excluded)


def claim_terms(claim: Claim, mentions: Sequence[Mention], vocab: Vocabulary) -> list[str]:
    """The stems a claim is about: its object's words, minus actors, cue words, asides, sides.

    ``mentions`` are the actor mentions of the claim's sentence.
    """
    raw = claim.sentence[claim.object_start:claim.object_end]
    skip = [(m.start, m.end) for m in mentions] + list(claim.masked)
    skip += [(claim.object_start + m.start(), claim.object_start + m.end()) for m in ASIDES.finditer(raw)]
    kept = []
    for tok in nlp().make_doc(raw):
        pos = claim.object_start + tok.idx
        if not any(s <= pos < e for s, e in skip):
            kept.append(tok.text_with_ws)
    terms = _terms_of("".join(kept), vocab.compounds)
    return [t for t in dict.fromkeys(terms) if t not in vocab.excluded]


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _contains(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether two sentences' word sets make them versions of one another."""
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(small) >= 4 and len(small & big) / len(small) >= _CONTAIN


def _version_roots(texts: Sequence[str]) -> list[int]:
    """For each sentence, the first sentence it is a version of (itself if none).

    Only pairs that share at least four words are compared (an inverted index), so this
    stays fast on many articles.
    """
    sets = [frozenset(_terms_of(t)) for t in texts]
    postings: dict[str, list[int]] = {}
    for i, ts in enumerate(sets):
        for t in ts:
            postings.setdefault(t, []).append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for ids in postings.values():
        if len(ids) > 200:
            continue  # a word in that many sentences says nothing about versions
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[(ids[x], ids[y])] += 1
    union = _Union(len(texts))
    for (i, j), k in sorted(shared.items()):
        if k >= 4 and _contains(sets[i], sets[j]):
            union.join(i, j)
    return [union.find(i) for i in range(len(texts))]


def _is_agreement(claim: Claim) -> bool:
    return claim.kind == "agree" and claim.both


def _linked(a: Claim, b: Claim, ta: Sequence[str], tb: Sequence[str], vocab: Vocabulary) -> bool:
    """Whether two claims of different paragraphs share enough distinctive words (rules 2, 3)."""
    shared = [t for t in set(ta) & set(tb) if vocab.linking(t)]
    if not shared:
        return False
    if _is_agreement(a) != _is_agreement(b):
        return len(shared) >= 2  # agreement meets the rest only on two distinctive words
    if _is_agreement(a) and _is_agreement(b):
        return True  # two agreements on a distinctive word: the same agreement
    near = a.article == b.article and abs(a.block - b.block) <= NEAR_PARAGRAPHS
    return near or len(shared) >= 2


def group_claims(
    claims: Sequence[Claim], mentions: Sequence[Mention], vocab: Vocabulary
) -> list[Topic]:
    """Cluster the claims into topics, in order of first appearance."""
    n = len(claims)
    by_sentence: dict[tuple[str, int], list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault((m.article, m.pos), []).append(m)
    terms = [claim_terms(c, by_sentence.get((c.article, c.pos), []), vocab) for c in claims]
    union = _Union(n)
    # rule 1: one paragraph; versions of one sentence
    texts = list(dict.fromkeys(c.sentence for c in claims))
    roots = dict(zip(texts, _version_roots(texts), strict=True))
    first: dict[tuple[object, ...], int] = {}
    for i, c in enumerate(claims):
        for key in (("paragraph", c.article, c.block), ("sentence", roots[c.sentence])):
            if key in first:
                union.join(first[key], i)
            else:
                first[key] = i
    # rules 2 and 3: distinctive words in common (only claims that share one are compared)
    postings: dict[str, list[int]] = {}
    for i, ts in enumerate(terms):
        for t in ts:
            if vocab.linking(t):
                postings.setdefault(t, []).append(i)
    pairs = sorted({(ids[x], ids[y]) for ids in postings.values()
                    for x in range(len(ids)) for y in range(x + 1, len(ids))})
    for i, j in pairs:
        if union.find(i) != union.find(j) and _linked(claims[i], claims[j], terms[i], terms[j], vocab):
            union.join(i, j)
    # rule 4: a sentence whose claims have no words of their own continues the paragraph
    # before it (else the one after it)
    worded = {(c.article, c.pos) for c, ts in zip(claims, terms, strict=True) if ts}
    by_article: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_article.setdefault(c.article, []).append(i)
    for i, c in enumerate(claims):
        if (c.article, c.pos) in worded:
            continue
        near = [j for j in by_article[c.article] if 0 < abs(claims[j].block - c.block) <= 1]
        if near:
            before = [j for j in near if claims[j].block < c.block]
            union.join(i, before[-1] if before else near[0])
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(union.find(i), []).append(i)
    topics = []
    for members in groups.values():
        members.sort(key=lambda i: (claims[i].article, claims[i].pos, claims[i].object_start))
        # count each word once per sentence, and versions of a sentence as one sentence
        per_sentence: dict[int, set[str]] = {}
        for i in members:
            per_sentence.setdefault(roots[claims[i].sentence], set()).update(terms[i])
        group_terms = Counter(t for ts in per_sentence.values() for t in ts)
        shared = sorted(
            (t for t, k in group_terms.items() if k >= 2 or len(per_sentence) == 1),
            key=lambda t: (-group_terms[t] * vocab.weight(t), t),
        )
        label = _label([claims[i] for i in members], [terms[i] for i in members], set(shared), vocab)
        topics.append(Topic(label, tuple(claims[i] for i in members), tuple(shared)))
    topics.sort(key=lambda t: (t.claims[0].article, t.claims[0].pos, t.claims[0].object_start))
    return topics


def _label(
    claims: Sequence[Claim], terms: Sequence[list[str]], shared: set[str], vocab: Vocabulary
) -> str:
    """The clearest words for the topic (see the module docstring)."""
    def score(i: int) -> float:
        # the weights of the distinctive words it shares with the rest of the topic
        return sum(vocab.weight(t) for t in terms[i] if t in shared)

    candidates = [i for i, c in enumerate(claims) if c.object and terms[i]]
    candidates = [i for i in candidates if len(terms[i]) >= 2] or candidates  # "crypto" says little
    issue = [i for i in candidates if claims[i].kind in {"agree", "disagree"} and score(i) > 0]
    pool = issue or candidates
    if not pool:
        return "(unnamed topic)"
    top = max(score(i) for i in pool)
    best = min(
        (i for i in pool if score(i) >= top - 1e-9),
        key=lambda i: (len(claims[i].object.split()), claims[i].article, claims[i].pos, i),
    )
    return _tidy(claims[best].object)


def _tidy(text: str) -> str:
    text = balance_quotes(text)
    words = text.split()
    while words and words[0].lower() in {"on", "over", "about", "of", "for", "to", "with", "in", "between", "that"}:
        words.pop(0)
    while words and words[-1].lower().strip(",.;:") in STOP_WORDS:
        words.pop()
    out = " ".join(words[:12]).strip(" ,.;:")
    return out or "(unnamed topic)"


def phrase_key(text: str, vocab: Vocabulary) -> list[str]:
    """Spelling-neutral stems of a phrase, split compounds joined ("stable coins")."""
    return _terms_of(text, vocab.compounds)


def balance_quotes(text: str) -> str:
    """Drop quotation marks left open or closed alone by cutting a phrase."""
    for opening, closing in (("\u201c", "\u201d"), ("\u2018", "\u2019")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return re.sub(r"\s+", " ", text).strip(" ,.;:")
