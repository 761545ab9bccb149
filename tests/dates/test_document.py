"""Tagging and resolving whole documents: narrative dates, weeks, sentence splitting."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates.document import DateMention, Tagged, read_dates, resolve_tagged, split_sentences, tag_sentences

ANCHOR = date(2026, 3, 4)


def test_tag_sentences_keeps_sentence_index_and_tense():
    tagged = tag_sentences(["No dates here.", "The board met on Monday and will meet again in May."])
    assert all(isinstance(t, Tagged) for t in tagged)
    assert [(t.sentence_index, t.mention.text, t.tense) for t in tagged] == [
        (1, "Monday", "past"), (1, "May", "future")]


def test_resolve_tagged_against_an_anchor_and_none():
    tagged = tag_sentences(["He left yesterday."])
    (m,) = resolve_tagged(tagged, ANCHOR)
    assert isinstance(m, DateMention) and m.text == "yesterday"
    assert (m.resolved.value, m.resolved.start) == ("2026-03-03", date(2026, 3, 3))
    (u,) = resolve_tagged(tagged, None)
    assert u.resolved.value == "PAST_REF" and u.resolved.start is None


def test_the_next_day_follows_the_narrative_date():
    found = read_dates(["The panel met on Monday.", "The next day it voted."], ANCHOR)
    assert [(d.text, d.resolved.value) for d in found] == [("Monday", "2026-03-02"), ("The next day", "2026-03-03")]


def test_a_weekday_after_last_week_falls_in_that_week():
    found = read_dates(["Last week was busy.", "On Tuesday it rained."], ANCHOR)
    assert [d.resolved.value for d in found] == ["2026-W09", "2026-02-24"]
    later = read_dates(["Last week was busy.", "Nothing.", "On Tuesday it rained."], ANCHOR)
    assert later[-1].resolved.value == "2026-03-03"  # two sentences on: back to the anchor's week


def test_split_sentences_keeps_offsets_and_abbreviations():
    text = "Mr. Smith left. He came back on Jan. 5. Then\n\nmore."
    pieces = split_sentences(text)
    assert [s for _, s in pieces] == ["Mr. Smith left.", "He came back on Jan. 5.", "Then", "more."]
    assert all(text[o:o + len(s)] == s for o, s in pieces)
    assert split_sentences("   ") == ()


SENTENCES = st.sampled_from([
    "He left yesterday.", "She will arrive tomorrow.", "It happened two days ago.",
    "We meet next Tuesday.", "Talks collapsed last week.", "The deal was signed three weeks ago.",
])


@settings(max_examples=60, deadline=None)
@given(SENTENCES, st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31)))
def test_moving_the_anchor_a_week_moves_the_sentence_dates_a_week(sentence, anchor):
    week = timedelta(days=7)
    (a,) = read_dates([sentence], anchor)
    (b,) = read_dates([sentence], anchor + week)
    assert a.resolved.start is not None and b.resolved.start is not None
    assert b.resolved.start - a.resolved.start == week
    assert b.resolved.end is not None and a.resolved.end is not None
    assert b.resolved.end - a.resolved.end == week
