"""The gazetteer: loading, extending, and resolving sides."""

from __future__ import annotations

import pytest

from analysis.split.gazetteer import load_gazetteer, resolve_sides, side_of


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_shipped_gazetteer_covers_us_uk_eu_institutions(gaz):
    names = {e.name for e in gaz.actors}
    for name in ["SEC", "FCA", "Bank of England", "US Treasury", "HM Treasury", "Federal Reserve",
                 "European Commission", "European Central Bank", "Rachel Reeves", "Scott Bessent",
                 "Donald Trump", "King Charles III", "Coinbase", "London Stock Exchange", "Reuters"]:
        assert name in names, name
    fca = next(e for e in gaz.actors if e.name == "FCA")
    assert "Financial Conduct Authority" in fca.aliases


def test_sides_resolve_by_id_name_or_adjective(gaz):
    assert resolve_sides(gaz, ["US", "UK"]) == {"US": "US", "UK": "UK"}
    assert resolve_sides(gaz, ["u.s.", "Britain"]) == {"US": "u.s.", "UK": "Britain"}
    assert resolve_sides(gaz, ["Labour", "Tories"]) == {"Labour": "Labour", "Conservatives": "Tories"}


def test_unknown_side_says_how_to_add_it(gaz):
    with pytest.raises(ValueError, match="--gazetteer FILE"):
        resolve_sides(gaz, ["US", "Narnia"])


def test_member_of_a_bloc_takes_the_bloc_side_only_when_its_country_is_not_a_side(gaz):
    eu_us = resolve_sides(gaz, ["EU", "US"])
    fr_de = resolve_sides(gaz, ["France", "Germany"])
    assert side_of(gaz, ("France",), eu_us) == "EU"
    assert side_of(gaz, ("France",), fr_de) == "France"
    assert side_of(gaz, ("EU",), fr_de) is None  # von der Leyen is on neither side
    assert side_of(gaz, ("Labour", "UK"), resolve_sides(gaz, ["US", "UK"])) == "UK"


def test_media_are_on_neither_side(gaz):
    sides = resolve_sides(gaz, ["US", "UK"])
    reuters = next(e for e in gaz.actors if e.name == "Reuters")
    assert side_of(gaz, reuters.groups, sides, role=reuters.role) is None


def test_a_user_file_extends_and_replaces(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "groups:\n"
        "  - {id: Atlantis, names: [Atlantis], adjectives: [Atlantean], capitals: [Poseidonia]}\n"
        "actors:\n"
        "  - {name: Atlantis Monetary Board, aliases: [AMB], groups: [Atlantis], role: central bank}\n"
        "  - {name: Reuters, groups: [UK], role: wire service}\n",
        encoding="utf-8",
    )
    gaz = load_gazetteer(extra)
    assert any(e.name == "Atlantis Monetary Board" for e in gaz.actors)
    assert resolve_sides(gaz, ["Atlantis", "US"])
    reuters = [e for e in gaz.actors if e.name == "Reuters"]
    assert len(reuters) == 1 and reuters[0].role == "wire service"


@pytest.mark.parametrize(
    "text, message",
    [
        ("actors:\n  - {name: X, groups: [Nowhere]}\n", "unknown groups"),
        ("actors:\n  - {name: X, colour: red}\n", "unknown keys"),
        ("people: []\n", "unknown sections"),
        ("actors: [\n", "not valid YAML"),
    ],
)
def test_bad_user_files_get_clear_errors(tmp_path, text, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_gazetteer(bad)


# ---- any country or bloc as a side (analysis/data/countries.yaml + pycountry) ----

from importlib import resources  # noqa: E402

import yaml  # noqa: E402
from support import make_article  # noqa: E402

from analysis.split import analyse_split  # noqa: E402
from analysis.split.text import fold, stem  # noqa: E402

COUNTRIES = yaml.safe_load((resources.files("analysis") / "data" / "countries.yaml").read_text(encoding="utf-8"))
CURATED = yaml.safe_load((resources.files("analysis") / "data" / "gazetteer.yaml").read_text(encoding="utf-8"))


def found(paragraphs, sides):
    """The actors of one article: name -> (side, groups, how it was found)."""
    result = analyse_split([make_article("a1", paragraphs)], sides)
    return {a.name: (a.side, a.groups, a.kind) for a in result.actors}


@pytest.mark.parametrize(
    "sides",
    [("Brazil", "Argentina"), ("India", "Pakistan"), ("Kenya", "Ethiopia"), ("Canada", "Mexico"),
     ("Iraq", "US"), ("Serbia", "Kosovo"), ("NATO", "Russia"), ("ASEAN", "China"), ("African Union", "EU")],
)
def test_any_country_or_bloc_is_a_side(gaz, sides):
    assert resolve_sides(gaz, sides) == {s: s for s in sides}


def test_a_country_side_may_be_named_by_adjective_or_iso_code(gaz):
    assert resolve_sides(gaz, ["Brazilian", "ARG"]) == {"Brazil": "Brazilian", "Argentina": "ARG"}
    assert resolve_sides(gaz, ["ke", "eth"]) == {"Kenya": "ke", "Ethiopia": "eth"}
    assert resolve_sides(gaz, ["GB", "USA"]) == {"UK": "GB", "US": "USA"}  # the curated groups, by code
    # a name wins over a code: "AU" is the African Union, not Australia (AU, AUS)
    assert resolve_sides(gaz, ["AU", "Congo"]) == {"African Union": "AU", "DR Congo": "Congo"}


@pytest.mark.parametrize(
    "sides, paragraphs, expected",
    [
        (("Brazil", "Argentina"),
         ["Brazilian Foreign Minister Mauro Vieira said the talks would continue.",
          "Argentina's finance minister said the deal was fair.",
          "Brasília says the tariffs are unfair."],
         {"Mauro Vieira": ("Brazil", "person"), "Argentine finance minister": ("Argentina", "generic"),
          "Brasília": ("Brazil", "capital")}),
        (("India", "Pakistan"),
         ["Islamabad says the border must stay closed.", "Indian diplomats said New Delhi would not agree.",
          "Pakistan has rejected the offer."],
         {"Islamabad": ("Pakistan", "capital"), "Indian diplomats": ("India", "generic"),
          "New Delhi": ("India", "capital"), "Pakistan": ("Pakistan", "group")}),
        (("Kenya", "Ethiopia"),
         ["Nairobi wants the dam studied first.", "Ethiopian officials said Addis Ababa would go ahead.",
          "Kenya's energy ministry disagreed."],
         {"Nairobi": ("Kenya", "capital"), "Ethiopian officials": ("Ethiopia", "generic"),
          "Addis Ababa": ("Ethiopia", "capital"), "Kenyan energy ministry": ("Kenya", "generic")}),
        (("Canada", "Mexico"),
         ["Ottawa says the tariffs must go.", "Mexican negotiators said Mexico City would wait."],
         {"Ottawa": ("Canada", "capital"), "Mexican negotiators": ("Mexico", "generic"),
          "Mexico City": ("Mexico", "capital")}),
        (("Jordan", "Israel"),
         ["Jordan's foreign minister Ayman Safadi said the border would stay open.",
          "Jordanian officials agreed.", "Amman says the deal is fair."],
         {"Ayman Safadi": ("Jordan", "person"), "Jordanian officials": ("Jordan", "generic"),
          "Amman": ("Jordan", "capital")}),
    ],
)
def test_adjectives_names_and_capitals_find_the_sides_actors(sides, paragraphs, expected):
    actors = found(paragraphs, sides)
    assert {name: (side, kind) for name, (side, _, kind) in actors.items()} == expected


def test_a_blocs_members_take_its_side_and_the_un_takes_none():
    actors = found(["French officials said NATO would respond.", "Austrian diplomats said the talks would go on.",
                    "Moscow says the drills are a provocation.", "The UN said it was concerned."], ("NATO", "Russia"))
    assert actors["French officials"][0] == "NATO"  # France is in NATO (and the EU)
    assert actors["NATO"][0] == "NATO"  # the named actor is the bloc itself
    assert actors["Austrian diplomats"][0] is None  # Austria is not in NATO
    assert actors["Moscow"][0] == "Russia"
    assert actors["United Nations"][0] is None
    assert found(["AU officials said the ceasefire held.", "Sudanese officials agreed."], ("African Union", "EU")) == {
        "African Union officials": ("African Union", ("African Union",), "generic"),
        "Sudanese officials": ("African Union", ("Sudan",), "generic"),
    }


def test_ambiguous_words_do_not_become_actors():
    actors = found([
        "Victoria said the shop would close early.",
        "Male workers said the pay gap was growing.",
        "Jordan Bardella said the party would win.",
        "Georgia's governor said the vote was fair.",
        "Chad Smith said he liked the song.",
        "Kingston said the lease was signed.",
        "Santiago said he would stay.",
        "Lima beans are cheap this year.",
        "Guinea pigs and turkey sandwiches were sold.",
    ], ("US", "UK"))
    assert actors == {"Jordan Bardella": (None, (), "person"), "Chad Smith": (None, (), "person")}


def test_the_ambiguous_lists_are_short_and_kept_out_of_the_matcher(gaz):
    never = COUNTRIES["ambiguous"]["never"]
    possessive = COUNTRIES["ambiguous"]["possessive_only"]
    assert len(never) + len(possessive) <= 30
    words = {f for g in gaz.groups for f in (*g.names, *g.adjectives, *g.capitals, *g.places)}
    assert not words & {*never, *possessive, "Male", "Victoria", "Jordan", "Chad", "Georgia"}
    jordan = next(g for g in gaz.groups if g.id == "Jordan")
    assert "Jordan's" in jordan.names and "Jordan’s" in jordan.names and jordan.names[0] == "Kingdom of Jordan"


def test_an_unknown_side_names_itself_and_how_to_add_it(gaz):
    with pytest.raises(ValueError) as raised:
        resolve_sides(gaz, ["US", "Brazill"])
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("side 'Brazill' is not in the gazetteer (did you mean 'Brazil'?)")
    assert "id: Brazill" in message and "--gazetteer FILE" in message
    with pytest.raises(ValueError, match=r"'UN' is an actor on neither side, not a group"):
        resolve_sides(gaz, ["US", "UN"])
    with pytest.raises(ValueError, match=r"'SEC' is an actor of US, not a group"):
        resolve_sides(gaz, ["UK", "SEC"])
    assert len(str(pytest.raises(ValueError, resolve_sides, gaz, ["US", "Narnia"]).value)) < 600


def test_the_curated_gazetteer_still_wins(gaz):
    curated = [g["id"] for g in CURATED["groups"]]
    assert [g.id for g in gaz.groups[:len(curated)]] == curated  # first, in their order
    by_id = gaz.group_by_id
    for raw in CURATED["groups"]:
        group = by_id[raw["id"]]
        for key in ("names", "adjectives", "capitals"):
            assert list(getattr(group, key)) == (raw.get(key) or ([raw["id"]] if key == "names" else [])), (raw["id"], key)
        assert list(group.places[:len(raw.get("places") or [])]) == (raw.get("places") or [])
        assert list(group.member_of[:len(raw.get("member_of") or [])]) == (raw.get("member_of") or [])
    assert "Brussels" in by_id["EU"].capitals and not by_id["Belgium"].capitals
    assert "Hong Kong" in by_id["China"].places and "Hong Kong" not in by_id  # a place, as curated
    assert by_id["Brazil"].codes == ("BR", "BRA") and by_id["UK"].codes == ("GB", "GBR")
    assert by_id["France"].member_of == ("EU", "NATO", "G7")


def test_a_users_group_wins_over_the_table(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("groups:\n  - {id: Peach State, names: [Georgia], capitals: [Atlanta]}\n", encoding="utf-8")
    gaz = load_gazetteer(extra)
    assert gaz.group_by_id["Peach State"].names == ("Georgia",)
    assert not any("Georgia" in g.names for g in gaz.groups if g.id != "Peach State")


def test_the_country_table_is_complete_and_unambiguous(gaz):
    import pycountry

    table = COUNTRIES["countries"]
    assert len(table) == 198  # 193 UN members, the Holy See, Palestine; Taiwan, Kosovo, Hong Kong
    iso = {c.alpha_2 for c in pycountry.countries}
    assert set(table) - iso == {"XK"}
    for bloc in COUNTRIES["blocs"]:
        assert set(bloc["members"]) <= set(table), bloc["id"]
    assert {len(b["members"]) for b in COUNTRIES["blocs"]} == {32, 7, 11, 54}
    countries = [g for g in gaz.groups if g.kind == "country"]
    assert len(countries) == 197  # every entry but Hong Kong, a place of China
    owner: dict[str, str] = {}
    for group in gaz.groups:
        for form in set(group.names) | set(group.adjectives) | set(group.capitals) | set(group.places):
            assert owner.setdefault(form, group.id) == group.id, (form, owner[form], group.id)
    assert all(g.codes for g in countries)
    assert all(not g.member_of or g.kind != "country" or set(g.member_of) <= set(gaz.group_by_id) for g in gaz.groups)


# Words the split's topics are made of that no country or bloc may take out of them (the
# split leaves the words of every group's names, adjectives and capitals out of its topics).
TOPIC_WORDS = ["air", "port", "east", "group", "treaty", "independent", "association", "nations",
               "territories", "organization", "male", "rock", "federal", "socialist", "islamic",
               "commonwealth", "plurinational", "sultanate", "principle", "eastern", "cooperation"]


def test_countries_take_no_ordinary_topic_words(gaz):
    def stems(groups):
        return {stem(w) for g in groups for phrase in (*g["names"], *g["adjectives"], *g["capitals"])
                for w in fold(phrase).split()}

    curated = stems({"names": g.get("names") or [g["id"]], "adjectives": g.get("adjectives") or [],
                     "capitals": g.get("capitals") or []} for g in CURATED["groups"])
    now = stems({"names": g.names, "adjectives": g.adjectives, "capitals": g.capitals} for g in gaz.groups)
    assert not (now - curated) & {stem(w) for w in TOPIC_WORDS}


def test_loading_is_cached():
    assert load_gazetteer() is load_gazetteer()
