"""Direct quotes and who said them, read from the dependency parse.

A quote is a quoted span (:mod:`analysis.text.spans`) of three words or more; shorter ones
are scare quotes ("so-called “sandbox”"). Its speaker is found in the sentences the quote
spans, outside any quotation:

- the subject of a reporting verb (``lexicon.yaml``) after the quote (``"...," said Ines
  Varga``; ``"...," the FCA said``) or, failing that, before it (``Varga said: "..."``);
  in the inverted form without a subject, the name right after the verb;
- the object of "according to";
- with the subject's apposition as the speaker's ``role`` ("Maria Lopez, the agency's head
  of compliance, said");
- "a spokesman for the Treasury" and "a Commerce Department spokesperson" speak for the
  organisation; "the firm" for the organisation the text last named;
- a pronoun ("he", "she", "it") stands for the last person (or organisation) the text named
  when that is unambiguous: the only one in reach whose title does not say otherwise, else
  the quote stays unnamed rather than guessed;
- a surname alone ("Varga") is the full name the text gave before ("Ines Varga");
- a quote with no attribution of its own that follows another in the same or the previous
  paragraph continues that speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.model import Article, Quote
from analysis.text.lexicon import Lexicon, lexicon
from analysis.text.spans import QuotedSpan, inside_any, quoted_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["MIN_QUOTE_WORDS", "attribute_quotes", "sentence_offsets"]

MIN_QUOTE_WORDS = 3
_SUBJECTS = ("nsubj", "nsubjpass")
_INVERTED = ("dobj", "attr", "npadvmod", "appos", "oprd")
_NAMED = ("PERSON", "ORG", "NORP", "GPE", "FAC")
_NAME_PARTS = ("compound", "flat", "amod", "nmod", "poss", "case")
_MAX_SPEAKER_WORDS = 8


@dataclass(frozen=True)
class _Seen:
    """A person or organisation named in the text at a position (paragraph, character)."""

    name: str
    kind: str  # "person" or "organisation"
    gender: str | None
    where: tuple[int, int]


def sentence_offsets(sentences: Sequence[str]) -> tuple[int, ...]:
    """Where each sentence starts in a paragraph that joins them with single spaces."""
    offsets, pos = [], 0
    for sentence in sentences:
        offsets.append(pos)
        pos += len(sentence) + 1
    return tuple(offsets)


def _sentence_at(offsets: Sequence[int], char: int) -> int:
    return max(k for k, off in enumerate(offsets) if off <= char)


class _Reader:
    """Reads one article's paragraphs in order, remembering who the text has named."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.seen: list[_Seen] = []
        self.previous_speaker: str | None = None
        self.genders: dict[str, str] = {}

    # -- names ---------------------------------------------------------------------------
    def full_name(self, name: str, kind: str) -> str:
        """A surname alone becomes the latest full name that ends with it."""
        if " " in name:
            return name
        for seen in reversed(self.seen):
            if seen.kind == kind and seen.name and seen.name != name and seen.name.split()[-1] == name:
                return seen.name
        return name

    def _title_gender(self, span: Span) -> str | None:
        start = span.start
        doc = span.doc
        while start > 0 and doc[start - 1].text.rstrip(".").casefold() in self.lex.titles:
            gender = self.lex.title_gender(doc[start - 1].text)
            if gender:
                return gender
            start -= 1
        return None

    def observe_unnamed(self, tokens: Sequence[Token], block: int, quotes: tuple[QuotedSpan, ...]) -> None:
        """Note speakers the text does not name ("A Dutch member of parliament said"): a
        pronoun after them stands for them, not for a person named earlier."""
        for token in tokens:
            if (token.dep_ in _SUBJECTS and token.pos_ == "NOUN" and not token.ent_type_
                    and token.head.lemma_.casefold() in self.lex.speech_lemmas
                    and token.lemma_.casefold() not in self.lex.organisation_nouns
                    and not inside_any(token.idx, quotes)):
                self.seen.append(_Seen("", "person", None, (block, token.idx)))

    def observe(self, ents: Sequence[Span], block: int, quotes: tuple[QuotedSpan, ...]) -> None:
        """Note every person and organisation of ``ents`` named outside the quotes."""
        for ent in ents:
            if inside_any(ent.start_char, quotes) or ent.label_ not in ("PERSON", "ORG"):
                continue
            kind = "person" if ent.label_ == "PERSON" else "organisation"
            name = self.full_name(_clean_name(ent.text, self.lex, person=kind == "person"), kind)
            if not name:
                continue
            gender = self._title_gender(ent) if kind == "person" else None
            if gender:
                self.genders.setdefault(name, gender)
            self.seen.append(_Seen(name, kind, gender, (block, ent.start_char)))

    # -- pronouns and nominals ----------------------------------------------------------
    def referent(self, kind: str, gender: str | None, where: tuple[int, int]) -> str | None:
        """The one person (or organisation) of ``gender`` a pronoun at ``where`` can mean.

        Looks back to the last paragraph that names a candidate and keeps every candidate it
        names before the pronoun: one name is the answer; several are resolved only when
        exactly one has a title of the pronoun's gender, else nothing is guessed.
        """
        before = sorted((s for s in self.seen if s.kind == kind and s.where < where), key=lambda s: s.where)
        if not before:
            return None
        compatible = [
            s for s in before if gender is None or self.genders.get(s.name) in (None, gender)
        ]
        if not compatible or not compatible[-1].name:
            return None  # nobody, or last a speaker the text does not name
        latest = compatible[-1].where[0]  # the last paragraph that names a candidate
        names = list(dict.fromkeys(s.name for s in compatible if s.where[0] == latest and s.name))
        if len(names) == 1:
            return names[0]
        titled = [n for n in names if gender is not None and self.genders.get(n) == gender]
        return titled[0] if len(titled) == 1 else None


def _clean_name(text: str, lex: Lexicon, *, person: bool) -> str:
    """A name without a leading "the", a possessive or surrounding punctuation; a person's
    also without the titles before it ("Dr. Ann Lee"), which an organisation keeps
    ("General Motors", "Justice Department")."""
    words = text.split()
    while words and (words[0].casefold() == "the" or person and len(words) > 1
                     and words[0].rstrip(".").casefold() in lex.titles):
        words = words[1:]
    if words and words[-1][-2:] in ("'s", "’s"):
        words[-1] = words[-1][:-2]
    name = " ".join(words).strip(" ,;:—–-'\"“”‘’")
    return name


def _entity(token: Token) -> Span | None:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in _NAMED:
            return ent
    return None


def _noun_phrase(token: Token) -> str:
    """The subject's own words: the head noun with its compounds and modifiers."""
    left = [c for c in token.lefts if c.dep_ in _NAME_PARTS]
    start = min([token.i, *(c.left_edge.i for c in left)])
    return token.doc[start : token.i + 1].text


def _title_before(entity: Span, head: Token, lex: Lexicon) -> str | None:
    """Words of the subject before the name: "Chinese foreign ministry spokesperson" Lin Jian."""
    doc = entity.doc
    lefts = [c for c in head.lefts if c.i < entity.start and c.dep_ in _NAME_PARTS]
    if not lefts:
        return None
    start = min(c.left_edge.i for c in lefts)
    while start < entity.start and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    words = [t for t in doc[start : entity.start] if t.text.rstrip(".").casefold() not in lex.courtesy_titles]
    text = " ".join(t.text for t in words).strip(" ,;:—–-")
    return text or None  # "Fed Chair" is a role; "Mr." alone is not


def _role(token: Token) -> str | None:
    """The subject's apposition ("the agency's head of compliance"), if it has one."""
    for child in token.rights:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            words = [t for t in child.subtree if not t.is_punct or t.text in ("'s", "’s")]
            if words:
                text = token.doc[words[0].i : words[-1].i + 1].text.strip(" ,;:—–-")
                return text or None
    return None


@dataclass(frozen=True)
class _Attribution:
    """What the parse says of who said a quote: a name, a role, or a word to resolve."""

    name: str | None = None
    role: str | None = None
    pronoun: str | None = None
    nominal: bool = False


def _from_subject(token: Token, lex: Lexicon) -> _Attribution | None:
    lower = token.lower_
    if lower in lex.pronouns:
        return _Attribution(pronoun=lower)
    entity = _entity(token)
    role = _role(token)
    if entity is not None:
        person = entity.label_ == "PERSON"
        return _Attribution(name=_clean_name(entity.text, lex, person=person),
                            role=role or _title_before(entity, token, lex))
    for appos in token.rights:  # "the company's chief executive, Tim Cook": the name is the speaker
        named = _entity(appos) if appos.dep_ == "appos" else None
        if named is not None and named.label_ in ("PERSON", "ORG"):
            return _Attribution(name=_clean_name(named.text, lex, person=named.label_ == "PERSON"),
                                role=_noun_phrase(token))
    if token.lemma_.casefold() in lex.spokesperson_nouns or lower in lex.spokesperson_nouns:
        for part in token.lefts:  # "a Commerce Department spokesperson"
            ent = _entity(part) if part.dep_ == "compound" else None
            if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
                return _Attribution(name=_clean_name(ent.text, lex, person=False), role=_noun_phrase(token))
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from", "with"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        ent = _entity(obj)
                        name = _clean_name(ent.text if ent is not None else _noun_phrase(obj), lex,
                                           person=ent is not None and ent.label_ == "PERSON")
                        return _Attribution(name=name, role=_noun_phrase(token))
    if token.lemma_.casefold() in lex.organisation_nouns and not any(
        t.ent_type_ in ("PERSON", "ORG") for t in token.subtree if t.i < token.i
    ) and any(c.dep_ == "det" or c.dep_ == "poss" and c.pos_ == "PRON" for c in token.lefts):
        # "the firm said", "the London-based company said", "its agency said": the
        # organisation named last ("the operators' association" names its own)
        return _Attribution(nominal=True)
    if token.pos_ in ("PROPN", "NOUN"):
        return _Attribution(name=_clean_name(_noun_phrase(token), lex, person=False), role=role)
    return None


def _subject_of(verb: Token, quotes: tuple[QuotedSpan, ...]) -> Token | None:
    """The verb's subject outside any quote, through "X smiled and said"; else, for an
    inverted attribution ("..., said Ines Varga"), the name right after the verb."""
    head = verb
    for _ in range(3):
        for child in head.children:
            if child.dep_ in _SUBJECTS and not inside_any(child.idx, quotes):
                return child
        if head.dep_ != "conj" or head.head.i == head.i:
            break
        head = head.head
    for child in verb.rights:
        if child.dep_ in _INVERTED and child.pos_ == "PROPN" and not inside_any(child.idx, quotes):
            return child
    return None


def _according_to(tokens: Sequence[Token], quotes: tuple[QuotedSpan, ...]) -> Token | None:
    for token in tokens:
        if token.lower_ == "according" and not inside_any(token.idx, quotes):
            for to in token.rights:
                if to.lower_ == "to":
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _governing(doc: Doc, span: QuotedSpan, verbs: Sequence[Token]) -> list[Token]:
    """The speech verbs the parse makes the quote depend on ("Johnson said: '...', but Brown
    said ...": Johnson's verb), nearest first."""
    ids = {v.i for v in verbs}
    found: list[Token] = []
    inner = doc.char_span(span.inner_start, span.inner_end, alignment_mode="expand")
    for token in inner or ():
        if span.inner_start <= token.head.idx < span.inner_end:
            continue  # climb only from a token of the quote whose head lies outside it
        node = token
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i in ids and node not in found:
                found.append(node)
                break
    return found


def _attribution(doc: Doc, span: QuotedSpan, region: tuple[int, int],
                 quotes: tuple[QuotedSpan, ...], lex: Lexicon) -> _Attribution | None:
    """Who the sentences around one quote say said it (see the module docstring)."""
    window = doc.char_span(region[0], region[1], alignment_mode="expand")
    tokens = [t for t in window or () if region[0] <= t.idx < region[1] and not inside_any(t.idx, quotes)]
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and (
        t.lemma_.casefold() in lex.speech_lemmas or t.lower_ in lex.speech_forms)]
    after = [v for v in verbs if v.idx >= span.end]
    before = [v for v in reversed(verbs) if v.idx < span.start]
    governing = _governing(doc, span, verbs)
    for verb in (*governing, *after, *before):
        subject = _subject_of(verb, quotes)
        if subject is not None:
            found = _from_subject(subject, lex)
            if found is not None:
                return found
    according = _according_to(tokens, quotes)
    if according is not None:
        return _from_subject(according, lex)
    return None


def _resolve(found: _Attribution, reader: _Reader, where: tuple[int, int]) -> str | None:
    lex = reader.lex
    if found.pronoun is not None:
        if found.pronoun in lex.male_pronouns:
            return reader.referent("person", "male", where)
        if found.pronoun in lex.female_pronouns:
            return reader.referent("person", "female", where)
        if found.pronoun in lex.organisation_pronouns:
            return reader.referent("organisation", None, where)
        return reader.previous_speaker if found.pronoun in lex.speaker_pronouns else None
    if found.nominal:
        return reader.referent("organisation", None, where)
    if found.name is None or len(found.name.split()) > _MAX_SPEAKER_WORDS or not any(
        c.isalpha() for c in found.name
    ):
        return None
    person = reader.full_name(found.name, "person")
    return person if person != found.name else reader.full_name(found.name, "organisation")


def attribute_quotes(article: Article, docs: Sequence[Doc]) -> tuple[Quote, ...]:
    """The article's direct quotes with their speakers, from the parse of its blocks.

    ``docs`` are the article's blocks parsed by the trained pipeline, one per block, in
    order (:func:`analysis.parse.parse_articles`).
    """
    if len(docs) != len(article.blocks):
        raise ValueError(f"{article.id}: {len(docs)} parsed blocks for {len(article.blocks)} blocks")
    lex = lexicon()
    reader = _Reader(lex)
    found_quotes: list[Quote] = []
    previous_paragraph_had_quote = False
    for index, (block, doc) in enumerate(zip(article.blocks, docs, strict=True)):
        if block.kind != "paragraph":
            continue
        every = quoted_spans(block.text)
        offsets = sentence_offsets(block.sentences)
        paragraph_has_quote = False
        seen_to = 0
        pending = sorted(
            (s for s in every if len(s.inner.split()) >= MIN_QUOTE_WORDS), key=lambda s: s.start
        )
        for span in pending:
            first = _sentence_at(offsets, span.start)
            last = _sentence_at(offsets, max(span.start, span.end - 1))
            region = (offsets[first], offsets[last] + len(block.sentences[last]))
            where = (index, span.start)
            seen_to = _observe(reader, doc, index, every, seen_to, max(seen_to, span.start))
            found = _attribution(doc, span, region, every, lex)
            role = found.role if found is not None else None
            if found is None:
                continuing = paragraph_has_quote or previous_paragraph_had_quote
                speaker = reader.previous_speaker if continuing else None
            else:
                speaker = _resolve(found, reader, where)
            text = span.inner.rstrip(",").rstrip()
            found_quotes.append(Quote(
                text=text, speaker=speaker, sentence=block.sentences[first], role=role, block=index,
                start=span.inner_start, end=span.inner_start + len(text),
            ))
            paragraph_has_quote = True
            if speaker:
                reader.previous_speaker = speaker
        _observe(reader, doc, index, every, seen_to, len(block.text) + 1)
        previous_paragraph_had_quote = paragraph_has_quote
    return tuple(found_quotes)


def _observe(reader: _Reader, doc: Doc, block: int, quotes: tuple[QuotedSpan, ...], begin: int, end: int) -> int:
    """Let the reader see the names of the paragraph from character ``begin`` to ``end``; the
    paragraph is read once, piece by piece, so the cost stays in proportion to its length."""
    reader.observe([e for e in doc.ents if begin <= e.start_char < end], block, quotes)
    window = doc.char_span(begin, min(end, len(doc.text)), alignment_mode="expand") if begin < len(doc.text) else None
    reader.observe_unnamed([t for t in window or () if begin <= t.idx < end], block, quotes)
    return end
