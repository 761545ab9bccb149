"""Actors: gazetteer names and the rules for what the gazetteer lacks."""

from __future__ import annotations

import pytest
from support import make_article

from analysis.split import analyse_split


def actors(paragraphs, sides=("US", "UK"), **kw):
    result = analyse_split([make_article("a1", paragraphs, **kw)], sides)
    return {a.name: a for a in result.actors}


def test_coordinated_demonyms_make_one_generic_actor_per_country():
    found = actors(["British and U.S. regulators are divided over the plan."])
    assert found["UK regulators"].side == "UK"
    assert found["US regulators"].side == "US"


@pytest.mark.parametrize(
    "sentence, name, side",
    [
        ("Several U.S. technology companies have lobbied for a delay.", "US technology companies", "US"),
        ("Britain's financial watchdog said it would look again.", "UK financial watchdog", "UK"),
        ("A Dutch member of the European Parliament said so.", "Dutch member of the European Parliament", "EU"),
        ("China's commerce ministry condemned the move.", "Chinese commerce ministry", None),
    ],
)
def test_generic_actors_take_the_side_of_their_country_word(sentence, name, side):
    found = actors([sentence], sides=("EU", "US") if "Dutch" in sentence else ("US", "UK"))
    assert found[name].side == side


def test_capitals_are_actors_only_when_they_act():
    found = actors(["Brussels says the law is needed.", "Officials met at a summit in Washington."],
                   sides=("EU", "US"))
    assert found["Brussels"].side == "EU"
    assert "Washington" not in found


def test_country_names_as_modifiers_are_not_actors():
    found = actors(["The U.S. tariffs were imposed last week.", "The U.S. has eased its rules."])
    assert found["United States"].mentions == 1


def test_unknown_people_and_firms_get_sides_from_their_apposition():
    found = actors([
        "\u201cThis is big,\u201d Jane Roe, CEO of Quillfex, a Chicago-based firm, told reporters.",
        "Roe said the plan would work.",
        "Analysts at Brightwater, a Manchester-based think tank, disagreed.",
    ])
    assert found["Quillfex"].side == "US"
    assert found["Jane Roe"].side == "US"
    assert found["Jane Roe"].mentions == 2  # the surname later in the article
    assert found["Brightwater"].side == "UK"


def test_a_title_gives_an_unknown_person_a_side_and_is_not_an_actor_itself():
    found = actors(["German Finance Minister Hans Beispiel said no."], sides=("France", "Germany"))
    assert found["Hans Beispiel"].side == "Germany"
    assert "German finance minister" not in {n.casefold() for n in found}


def test_ambiguous_names_follow_the_dateline():
    london = actors(["The Treasury said it would respond."], dateline="LONDON, June 3")
    washington = actors(["The Treasury said it would respond."], dateline="WASHINGTON, June 3")
    assert london["HM Treasury"].side == "UK"
    assert washington["US Treasury"].side == "US"


def test_party_sides():
    found = actors(["The Conservatives want to restore the regime, while Labour says no."],
                   sides=("Labour", "Conservatives"))
    assert found["Conservative Party"].side == "Conservatives"
    assert found["Labour Party"].side == "Labour"


def test_actors_are_listed_in_order_of_first_mention_with_their_articles():
    a = make_article("a1", ["The SEC and the FCA met."])
    b = make_article("a2", ["The FCA said little."])
    result = analyse_split([a, b], ("US", "UK"))
    assert [x.name for x in result.actors] == ["SEC", "FCA"]
    fca = result.actors[1]
    assert fca.articles == ("a1", "a2") and fca.mentions == 2


def test_a_surname_after_a_title_or_beside_a_reporting_verb_is_a_person_when_the_parse_says_so():
    from analysis.split.actors import actor_finder, find_mentions
    from analysis.split.gazetteer import load_gazetteer

    article = make_article("a", ["President Clinton says he is committed to a possible strike.",
                                 "Crowds gathered in Barreiro on Sunday."])
    finder = actor_finder(load_gazetteer())
    names = {m.name for m in find_mentions(article, finder, persons=frozenset({"clinton", "barreiro"}))}
    assert "Clinton" in names
    assert "Barreiro" not in names  # a place the small pipeline may call a person: no title, no verb
    assert "Clinton" not in {m.name for m in find_mentions(article, finder)}  # not without the parse


def test_a_surname_alone_is_the_one_person_of_the_story_with_that_surname():
    from analysis.split.actors import Mention, merge_people

    def person(name: str, kind: str = "person", role: str | None = "person") -> Mention:
        return Mention("a", 0, 0, len(name), name, name, (), role, kind)

    merged = merge_people([person("Bill Clinton"), person("Clinton"), person("Bush"),
                           person("George Bush"), person("Laura Bush")])
    assert [m.name for m in merged] == ["Bill Clinton", "Bill Clinton", "Bush", "George Bush", "Laura Bush"]
    official = person("Jerome Powell", kind="gazetteer", role="official")
    assert merge_people([official, person("Powell")], person_roles=("official",))[1].name == "Jerome Powell"
    assert merge_people([official, person("Powell")])[1].name == "Powell"


def test_a_multiword_title_is_no_organisation_glued_to_a_name():
    from analysis.split.actors import actor_finder, find_mentions
    from analysis.split.gazetteer import load_gazetteer

    article = make_article("a", ["Secretary of State Madeleine Albright said talks had failed."])
    names = {m.name for m in find_mentions(article, actor_finder(load_gazetteer()))}
    assert names == {"Madeleine Albright"}
