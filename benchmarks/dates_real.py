"""Dates on real news: briefing's findings against hand labels of multi-article stories.

The set (tests/data/dates/real/) holds stories that run across several TimeBank articles
(outlets and days of the 1989-91 and 1998 news), one folder each, one article of each left
without its date line. For every story the script runs ``build_findings([folder])`` as
``briefing findings`` does and prints, per story and in total:

* date phrases: of the hand-labelled DATE and TIME phrases, how many the findings' ``dates``
  of that article hold (an entry whose ``text`` matches the phrase: equal, or one inside the
  other as whole words, case-insensitive, each entry used once) -- found/labelled -- and how
  many of those carry the labelled ``value`` (or one of the values the label accepts) --
  right/labelled;
* events: of the events that two or more articles date, how many the findings join, i.e.
  one ``events`` entry holds the labelled claims of at least two of its articles;
* conflicts: conflicts found that are true (the conflict's claims hold the labelled phrases
  of two articles of a labelled conflict; with how many have the labelled kind), false
  conflicts (every other one) and true conflicts missed;
* the undated article's inferred date: ``published``, ``published_range`` and
  ``published_basis`` of its article entry against the true date; right when the true date
  lies in the range (or equals ``published`` when there is no range).

Usage::

    python benchmarks/dates_real.py               # every story
    python benchmarks/dates_real.py -v            # also list every miss
    python benchmarks/dates_real.py --story gulf-crisis-1990

Labels: tests/data/dates/real/labels.yaml, written by hand before the library was run on
these articles (its header says what is labelled and which values are accepted).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.findings import build_findings  # noqa: E402

LABELS = ROOT / "tests" / "data" / "dates" / "real" / "labels.yaml"


@dataclass
class Score:
    """Counts for one story (or a sum of stories)."""

    phrases: int = 0
    found: int = 0
    right: int = 0
    events: int = 0
    linked: int = 0
    found_conflicts: int = 0
    true_conflicts: int = 0  # found conflicts that match a labelled one
    kind_right: int = 0  # of those, with the labelled kind
    labelled_conflicts: int = 0
    missed_conflicts: int = 0
    undated: int = 0
    undated_right: int = 0
    undated_dated: int = 0  # undated articles given a `published` day at all
    days_off: int = 0  # summed |published - true| over those
    misses: list[str] = field(default_factory=list)

    @property
    def false_conflicts(self) -> int:
        return self.found_conflicts - self.true_conflicts

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)


def _fold(text: str) -> str:
    return " ".join(text.replace("``", '"').replace("''", '"').split()).casefold()


def texts_match(label: str, found: str) -> bool:
    """Equal, or one inside the other as whole words (case and spacing ignored)."""
    a, b = _fold(label), _fold(found)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", long) is not None


def accepted(label: dict[str, Any]) -> list[str]:
    """The values a label accepts, canonical first."""
    value = label["value"]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def score_dates(article: str, labels: Sequence[dict[str, Any]], found: Sequence[dict[str, Any]]) -> Score:
    """Match each labelled phrase of one article to one entry of the findings' ``dates``."""
    s = Score()
    used: set[int] = set()
    for label in labels:
        s.phrases += 1
        values = accepted(label)
        candidates = [i for i, d in enumerate(found) if i not in used and texts_match(label["text"], d["text"])]
        if not candidates:
            s.misses.append(f"date not found: {article}: {label['text']!r} = {values[0]}")
            continue
        pick = next((i for i in candidates if found[i]["value"] in values), candidates[0])
        used.add(pick)
        s.found += 1
        if found[pick]["value"] in values:
            s.right += 1
        else:
            s.misses.append(
                f"date value: {article}: {label['text']!r}: got {found[pick]['value']} "
                f"({found[pick]['text']!r}), want {' or '.join(values)}"
            )
    return s


def _holds(claims: Sequence[dict[str, Any]], want: dict[str, Any]) -> bool:
    return any(c["article"] == want["article"] and texts_match(want["text"], c["text"]) for c in claims)


def score_events(labels: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]]) -> Score:
    """A labelled event is linked when one findings event holds its claims from two articles."""
    s = Score()
    for label in labels:
        s.events += 1
        best = 0
        for event in events:
            articles = {w["article"] for w in label["claims"] if _holds(event["claims"], w)}
            best = max(best, len(articles))
        if best >= 2:
            s.linked += 1
        else:
            s.misses.append(
                f"event not linked: {label['label']} "
                f"({', '.join(w['article'] + ' ' + repr(w['text']) for w in label['claims'])})"
            )
    return s


def _conflict_matches(conflict: dict[str, Any], label: dict[str, Any]) -> bool:
    articles = {w["article"] for w in label["claims"] if _holds(conflict["claims"], w)}
    return len(articles) >= 2


def score_conflicts(labels: Sequence[dict[str, Any]], conflicts: Sequence[dict[str, Any]]) -> Score:
    """True conflicts found, false conflicts, labelled conflicts missed."""
    s = Score()
    s.labelled_conflicts = len(labels)
    s.found_conflicts = len(conflicts)
    hit: set[int] = set()
    for conflict in conflicts:
        match = next((n for n, label in enumerate(labels) if _conflict_matches(conflict, label)), None)
        claims = "; ".join(f"{c['article']} {c['text']!r} = {c['value']}" for c in conflict["claims"])
        if match is None:
            s.misses.append(f"false conflict ({conflict['kind']}): {conflict['event']}: {claims}")
            continue
        hit.add(match)
        s.true_conflicts += 1
        if conflict["kind"] == labels[match]["kind"]:
            s.kind_right += 1
        else:
            s.misses.append(
                f"conflict kind: {labels[match]['event']}: got {conflict['kind']}, want {labels[match]['kind']}"
            )
    for n, label in enumerate(labels):
        if n not in hit:
            s.missed_conflicts += 1
            claims = "; ".join(f"{w['article']} {w['text']!r}" for w in label["claims"])
            s.misses.append(f"conflict missed ({label['kind']}): {label['event']}: {claims}")
    return s


def undated_verdict(entry: dict[str, Any] | None, true: str) -> tuple[bool, int | None, str]:
    """(right, days between `published` and the true date or None, a line saying what was inferred)."""
    if entry is None:
        return False, None, "article not in the findings"
    published, span, basis = entry.get("published"), entry.get("published_range"), entry.get("published_basis")
    if span:
        right = span[0] <= true <= span[1]
    else:
        right = published == true
    days = abs((date.fromisoformat(published) - date.fromisoformat(true)).days) if published else None
    shown = f"{published or 'none'}" + (f" [{span[0]}..{span[1]}]" if span else "") + f" ({basis})"
    return right, days, shown


def score_story(name: str, story: dict[str, Any]) -> tuple[Score, str]:
    """Run the findings on one story folder and score them; also the undated article's line."""
    findings = build_findings([ROOT / story["folder"]]).to_dict()
    s = Score()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for d in findings["dates"]:
        by_article.setdefault(d["article"], []).append(d)
    for article, labels in story["articles"].items():
        s.add(score_dates(article, labels["dates"], by_article.get(article, [])))
    s.add(score_events(story.get("events") or [], findings["events"]))
    s.add(score_conflicts(story.get("conflicts") or [], findings["conflicts"]))
    entries = {a["id"]: a for a in findings["articles"]}
    line = ""
    for article, labels in story["articles"].items():
        true = labels.get("true_published")
        if not true:
            continue
        right, days, shown = undated_verdict(entries.get(article), str(true))
        s.undated += 1
        s.undated_right += right
        if days is not None:
            s.undated_dated += 1
            s.days_off += days
        line = f"undated {article}: {shown}, true {true}: {'right' if right else 'WRONG'}"
        if not right:
            s.misses.append(f"undated {article}: inferred {shown}, true {true}")
    return s, line


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    —"


def report(name: str, s: Score) -> str:
    return (
        f"{name:26s} phrases found {s.found:3d}/{s.phrases:<3d} {_pct(s.found, s.phrases)}  "
        f"right {s.right:3d}/{s.phrases:<3d} {_pct(s.right, s.phrases)}  "
        f"events linked {s.linked}/{s.events}  "
        f"conflicts true {s.true_conflicts} (kind right {s.kind_right}) false {s.false_conflicts} "
        f"missed {s.missed_conflicts}/{s.labelled_conflicts}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--story", action="append", help="score only this story (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    labels = yaml.safe_load(args.labels.read_text(encoding="utf-8"))
    stories = {k: v for k, v in labels["stories"].items() if not args.story or k in args.story}
    if not stories:
        raise SystemExit(f"no such story; the stories are {sorted(labels['stories'])}")
    articles = sum(len(s["articles"]) for s in stories.values())
    print(f"dates on real news ({len(stories)} stories, {articles} articles; labels {args.labels.name})")
    total = Score()
    began = time.perf_counter()
    for name, story in stories.items():
        s, undated = score_story(name, story)
        total.add(s)
        print(report(f"  {name}", s))
        if undated:
            print(f"  {'':26s} {undated}")
        if args.verbose:
            for miss in s.misses:
                print(f"      {miss}")
    print(report("TOTAL", total))
    mean = f"{total.days_off / total.undated_dated:.1f}" if total.undated_dated else "—"
    print(
        f"{'':26s} undated articles dated right {total.undated_right}/{total.undated} "
        f"(a day given for {total.undated_dated}, mean {mean} days off)"
    )
    print(f"({time.perf_counter() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
