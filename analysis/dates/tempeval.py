"""TempEval-3 Task A: read TimeML files, run our tagger, score it.

Scoring follows the definitions of the TempEval-3 task (UzZaman et al. 2013) as written up
in ``shared/benchmarks/tempeval3/README.md``:

* system and gold TIMEX3s are paired one to one, in document order, where their character
  spans overlap (a close stand-in for the official token alignment); the DCT is not scored;
* a *relaxed* match is such a pair, a *strict* match one whose extents are the same string;
* precision = matches / system timexes, recall = matches / gold timexes, summed over all
  documents first (micro averages); F1 as usual;
* ``type`` and ``value`` are compared as exact strings on relaxed matches; their accuracy is
  correct / relaxed matches, and "type F1" / "value F1" = accuracy x relaxed F1.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from analysis.dates.clauses import read_with_parse
from analysis.dates.document import resolve_tagged, split_sentences, tag_sentences
from analysis.english import trained_english

__all__ = ["Timex", "TmlDocument", "Scores", "read_tml", "tag_document", "align", "score",
           "evaluate"]


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 in a document: character span, extent text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TmlDocument:
    """One TimeML file: its name, creation date, plain text and gold TIMEX3s."""

    name: str
    dct: date
    text: str
    gold: tuple[Timex, ...]


@dataclass(frozen=True)
class Scores:
    """Counts and the TempEval-3 Task A figures (percentages)."""

    gold: int
    system: int
    relaxed: int
    strict: int
    type_correct: int
    value_correct: int

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _prf(self, matches: int) -> tuple[float, float, float]:
        p = matches / self.system if self.system else 0.0
        r = matches / self.gold if self.gold else 0.0
        return 100 * p, 100 * r, 100 * self._f1(p, r)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed)

    @property
    def type_f1(self) -> float:
        acc = self.type_correct / self.relaxed if self.relaxed else 0.0
        return acc * self.relaxed_prf[2]

    @property
    def value_f1(self) -> float:
        acc = self.value_correct / self.relaxed if self.relaxed else 0.0
        return acc * self.relaxed_prf[2]

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(getattr(self, f) + getattr(other, f) for f in (
            "gold", "system", "relaxed", "strict", "type_correct", "value_correct")))


def read_tml(path: str | Path) -> TmlDocument:
    """Parse one ``.tml`` file: the DCT and the TIMEX3s inside ``<TEXT>``."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    if dct_el is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3> element; is this a TimeML file?")
    dct = date.fromisoformat(dct_el.get("value", "")[:10])
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    gold: list[Timex] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        start = length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if el.tag == "TIMEX3":
            extent = "".join(parts)[start:length]
            gold.append(Timex(start, length, extent, el.get("type", ""), el.get("value", "")))

    walk(text_el)
    text = "".join(parts)
    gold.sort(key=lambda t: (t.start, t.end))
    return TmlDocument(Path(path).stem, dct, text, tuple(gold))


def tag_document(text: str, dct: date, *, parse: bool = True) -> tuple[Timex, ...]:
    """Our TIMEX3s for a plain text whose creation date is ``dct``.

    With ``parse`` (as in the briefing), each sentence is parsed by the trained pipeline, so
    that names are not read as dates and each tense comes from the verb a date attaches to.
    """
    pieces = split_sentences(text)
    sentences = [s for _, s in pieces]
    tagged = tag_sentences(sentences)
    if parse:
        nlp = trained_english()
        tagged = read_with_parse(tagged, [doc[:] for doc in nlp.pipe(sentences)])
    found = resolve_tagged(tagged, dct)
    out = []
    for dm in found:
        offset = pieces[dm.sentence_index][0]
        start, end = offset + dm.mention.start, offset + dm.mention.end
        out.append(Timex(start, end, text[start:end], dm.resolved.type, dm.resolved.value))
    return tuple(out)


def align(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping gold and system timexes, in document order."""
    pairs = []
    j = 0
    used: set[int] = set()
    for g in gold:
        while j < len(system) and system[j].end <= g.start:
            j += 1
        k = j
        while k < len(system) and system[k].start < g.end:
            if k not in used and system[k].end > g.start:
                used.add(k)
                pairs.append((g, system[k]))
                break
            k += 1
    return pairs


def score(gold: Sequence[Timex], system: Sequence[Timex]) -> Scores:
    """Task A counts for one document."""
    pairs = align(gold, system)
    return Scores(
        gold=len(gold),
        system=len(system),
        relaxed=len(pairs),
        strict=sum(1 for g, s in pairs if (g.start, g.end) == (s.start, s.end)),
        type_correct=sum(1 for g, s in pairs if g.type == s.type),
        value_correct=sum(1 for g, s in pairs if g.value == s.value),
    )


def evaluate(
    paths: Iterable[str | Path], *, parse: bool = True
) -> tuple[Scores, list[tuple[TmlDocument, Scores]]]:
    """Tag and score every file; the micro-averaged total and each document's counts."""
    total = Scores(0, 0, 0, 0, 0, 0)
    per_doc = []
    for path in sorted(Path(p) for p in paths):
        doc = read_tml(path)
        s = score(doc.gold, tag_document(doc.text, doc.dct, parse=parse))
        per_doc.append((doc, s))
        total = total + s
    return total, per_doc
