"""The briefing's opening: three headline findings in plain language.

Written from the findings object alone (the contract's keys), so it says the same as the JSON
and the sections. Each finding links to the section that shows the evidence, and says
plainly what the articles do not let us conclude. Works for any set of articles: one
article, unrelated ones, no dates, no sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from analysis.labels import READER_NAMES, article_labels

__all__ = ["Headline", "headline_findings", "summary_html", "SECTION_PAGES"]

#: The report page of each section, relative to the summary page.
SECTION_PAGES = {
    "split": "04-split.html",
    "versions": "02-versions.html",
    "dates": "03-dates.html",
    "articles": "01-articles.html",
}


@dataclass(frozen=True)
class Headline:
    """One headline finding: a title, a few plain sentences, and the section to read next."""

    key: str
    title: str
    sentences: tuple[str, ...]
    section: str
    cannot_conclude: str | None = None


def _name(findings: dict[str, Any], article_id: str) -> str:
    """An article as a reader knows it ("Reuters, 4 Mar 2026"), as on every other page."""
    if findings.get(READER_NAMES):  # already renamed by analysis.labels.with_short_ids
        return article_id
    return article_labels(findings["articles"]).get(article_id, article_id)


def _bare(quote: str) -> str:
    """A quoted span without its own quote marks and trailing comma."""
    return quote.strip().strip("\"“”‘’").rstrip(",").strip("\"“”‘’").strip()


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _between(first: object, last: object) -> str:
    """A date range as a reader says it: "on 4 March 2026", "between 22 and 28 September 2025"."""
    try:
        start, end = date.fromisoformat(str(first)[:10]), date.fromisoformat(str(last)[:10])
    except ValueError:
        return "at a date we cannot tell"

    def day(d: date, *, month: bool = True, year: bool = True) -> str:
        return f"{d.day}" + (f" {d:%B}" if month else "") + (f" {d.year}" if year else "")

    if start == end:
        return f"on {day(start)}"
    same_month = (start.year, start.month) == (end.year, end.month)
    return f"between {day(start, month=not same_month, year=start.year != end.year)} and {day(end)}"


def _position(side: str, phrases: str, actors: Sequence[str], *, again: bool = False) -> str:
    """A side's position in a sentence, its own words quoted: "the US side's position (SEC) as
    “concern about using a sandbox” and “weighing …”". ``phrases`` is the contract's
    ``by_side`` text ("SEC: concern about …; weighing …"), whose "holder: " prefixes become
    the names in brackets."""
    holders: list[str] = []
    words: list[str] = []
    for item in (part.strip() for part in phrases.split("; ")):
        holder = next((x for x in sorted(actors, key=len, reverse=True) if item.startswith(f"{x}: ")), None)
        if holder is not None:
            item = item[len(holder) + 2:]
            if holder not in holders:
                holders.append(holder)
        if item:
            words.append(f"“{item.strip().rstrip('.;,')}”")
    who = f" ({_join(holders)})" if holders else ""
    whose = f"the {side} side's{who}" if again else f"the {side} side's position{who}"
    return f"{whose} as {_join(words)}" if words else f"no position for the {side} side"


def _split(findings: dict[str, Any]) -> Headline:
    sides = findings["sides"]
    a, b = sides[0], sides[1]
    positions = findings.get("positions") or []
    disagree = [p for p in positions if p["stance"] == "disagree"]
    agree = [p for p in positions if p["stance"] == "agree"]
    sentences: list[str] = []
    for p in disagree[:3]:
        pa, pb = p["by_side"].get(a), p["by_side"].get(b)
        if pa and pb:
            held = p.get("actors_by_side") or {}
            first = _position(a, pa, held.get(a, ()))
            second = _position(b, pb, held.get(b, ()), again=True)
            sentences.append(f"On {p['topic']}, the articles give {first}, and {second}.")
        else:
            sentences.append(f"{a} and {b} disagree on {p['topic']}.")
    if agree:
        sentences.append(f"They agree on {_join([p['topic'] for p in agree[:4]])}.")
    cannot = None
    if not positions:
        actors = findings.get("actors") or []
        on_sides = {x["side"] for x in actors if x.get("side")}
        if not actors:
            cannot = f"The articles name no one we could place on the {a} or {b} side."
        elif len(on_sides) < 2:
            cannot = (f"The articles name actors on {_join(sorted(on_sides)) or 'neither side'} only, "
                      f"so they cannot show where {a} and {b} stand against each other.")
        else:
            cannot = (f"The articles name actors on both sides but give no topic on which both "
                      f"{a} and {b} state a position, so we cannot say where they agree or disagree.")
    title = (f"Where {a} and {b} split: {len(disagree)} disagreement{'s' if len(disagree) != 1 else ''}, "
             f"{len(agree)} agreement{'s' if len(agree) != 1 else ''}")
    return Headline("split", title, tuple(sentences), SECTION_PAGES["split"], cannot)


def _versions(findings: dict[str, Any]) -> Headline:
    pairs = findings.get("pairs") or []
    copies = [p for p in pairs if p["relation"] in ("version", "duplicate")]
    sentences: list[str] = []
    for p in copies[:3]:
        original = p.get("original")
        if original:
            copy = p["b"] if original == p["a"] else p["a"]
            # the share of the original found in the copy, as the versions page states it
            share = p["a_in_b"] if original == p["a"] else p["b_in_a"]
            sentence = f"{_name(findings, copy)} copies {share:.0%} of {_name(findings, original)}"
            evidence = p.get("original_evidence") or []
            if evidence:
                sentence += f"; {original} is the original: {evidence[0].rstrip('.')}"
            sentences.append(sentence + ".")
        else:
            sentences.append(f"{p['a']} and {p['b']} are {p['relation']}s of one text; "
                             "which came first cannot be told.")
    quote_changes = [q for q in findings.get("quote_changes") or [] if q["kind"] == "wording"]
    for q in quote_changes[:2]:
        who = f" by {q['speaker']}" if q.get("speaker") else ""
        sentences.append(f"A quote{who} was reworded: “{_bare(q['from_text'])}” became “{_bare(q['to_text'])}”.")
    kinds: dict[str, int] = {}
    for c in findings.get("changes") or []:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    changed = {k: n for k, n in kinds.items() if k != "unchanged"}
    if changed:
        parts = [f"{n} {k}" for k, n in sorted(changed.items(), key=lambda kv: (-kv[1], kv[0]))]
        sentences.append(f"Sentence by sentence: {_join(parts)}.")
    cannot = None
    n = len(findings["articles"])
    if n < 2:
        cannot = "With fewer than two articles there is nothing to compare."
    elif not copies:
        related = sum(1 for p in pairs if p["relation"] == "related")
        cannot = (f"No article copies another: {related} pair{'s are' if related != 1 else ' is'} "
                  "on the same story in independent words, the rest unrelated.")
    title = (f"{len(copies)} article{'s' if len(copies) != 1 else ''} copied from another"
             if copies else "No article copies another")
    if len(copies) == 1:
        title = "One article is a version of another"
    return Headline("versions", title, tuple(sentences), SECTION_PAGES["versions"], cannot)


def _dates(findings: dict[str, Any]) -> Headline:
    conflicts = findings.get("conflicts") or []
    events = findings.get("events") or []
    sentences = [c["explanation"] for c in conflicts[:3]]
    inferred = [a for a in findings["articles"] if a.get("published_basis") == "inferred"]
    for a in inferred[:2]:
        rng = a.get("published_range")
        when = _between(rng[0], rng[1]) if rng else _between(a.get("published"), a.get("published"))
        sentences.append(f"{_name(findings, a['id'])} carries no date; from its text it was published {when}.")
    cannot = None
    if not conflicts:
        if not events:
            cannot = "The articles give no dated claims about the same event, so there is nothing to compare."
        else:
            cannot = "Where the articles date the same event, their dates are compatible."
    undated = [a["id"] for a in findings["articles"] if a.get("published_basis") == "unknown"]
    if undated:
        note = f"The publication date of {_join(undated)} is unknown, so claims there cannot be placed in time."
        cannot = f"{cannot} {note}" if cannot else note
    if conflicts:
        kinds = sorted({c["kind"] for c in conflicts})
        title = f"{len(conflicts)} date conflict{'s' if len(conflicts) != 1 else ''} ({_join(kinds)})"
    else:
        title = "No conflicting dates"
    return Headline("dates", title, tuple(sentences), SECTION_PAGES["dates"], cannot)


def headline_findings(findings: dict[str, Any]) -> list[Headline]:
    """The three headline findings: the split, the versions, the dates, in that order."""
    return [_split(findings), _versions(findings), _dates(findings)]


def summary_html(headlines: Sequence[Headline], *, base: str = "", heading: str = "h2") -> str:
    """The headline findings as HTML, every piece of text escaped, each linking to its section
    (``base`` is put before the section page, e.g. ``"reader/"`` from the index)."""
    from analysis.report import escape

    parts = []
    for number, h in enumerate(headlines, start=1):
        body = "".join(f"<li>{escape(s)}</li>" for s in h.sentences)
        body = f"<ul>{body}</ul>" if body else ""
        cannot = (f"<p><strong>What we cannot conclude:</strong> {escape(h.cannot_conclude)}</p>"
                  if h.cannot_conclude else "")
        parts.append(
            f"<section class='headline-finding'><{heading} id='finding-{h.key}'>{number}. {escape(h.title)}"
            f"</{heading}>{body}{cannot}<p><a href='{escape(base + h.section)}'>"
            f"Read the evidence in the {escape(h.key)} section</a></p></section>"
        )
    return "".join(parts)
