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
