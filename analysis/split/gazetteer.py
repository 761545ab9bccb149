"""The gazetteer: named actors, the groups they belong to, and how a side is resolved.

The data live in ``analysis/data/gazetteer.yaml`` (documented at its top) so that a teacher
can extend them without code; :func:`load_gazetteer` reads that file plus any files of the
user's, and :func:`side_of` decides which of the two sides (if any) a chain of groups leads
to: an actor's own groups first (Rachel Reeves: Labour, UK), then the groups those belong to
(France is in the EU). Roles listed in ``no_side_roles`` (news outlets) never take a side.

Every other country, and the blocs NATO, G7, ASEAN and the African Union, comes from
``analysis/data/countries.yaml`` (documented at its top): names, official names and ISO codes
from the pycountry package; adjectives, demonyms and capitals from the table. So any country
or bloc can be a side with no gazetteer entry. What the gazetteer files list wins: a country
they have is used as listed, and a word they give any group is never taken by the table.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from analysis import yamlfile
from analysis.errors import UserError

__all__ = [
    "Group",
    "Entry",
    "Gazetteer",
    "load_gazetteer",
    "resolve_sides",
    "side_of",
    "DEFAULT_GAZETTEER",
    "COUNTRIES",
]

DEFAULT_GAZETTEER = "gazetteer.yaml"
COUNTRIES = "countries.yaml"

_GROUP_KEYS = {"id", "kind", "label", "names", "adjectives", "capitals", "places", "member_of"}
_ENTRY_KEYS = {"name", "aliases", "context_aliases", "groups", "role"}
_SETTING_KEYS = {
    "no_side_roles",
    "person_roles",
    "generic_heads",
    "titles",
    "org_heads",
    "org_nouns",
}
_DEFAULT_PERSON_ROLES = (
    "official",
    "head of state",
    "head of government",
    "party leader",
    "lawmaker",
    "vice president",
    "person",
)


@dataclass(frozen=True)
class Group:
    """A country, bloc or party: anything a side can name."""

    id: str
    kind: str
    label: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    places: tuple[str, ...]
    member_of: tuple[str, ...]
    # ISO 3166-1 codes ("BR", "BRA"): a side may be named by them; never looked for in texts
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """A named actor: an organisation or a person."""

    name: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    groups: tuple[str, ...]
    role: str | None

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    """Groups, actors and the word lists the actor rules use."""

    groups: tuple[Group, ...]
    actors: tuple[Entry, ...]
    no_side_roles: tuple[str, ...]
    person_roles: tuple[str, ...]
    generic_heads: tuple[str, ...]
    titles: tuple[str, ...]
    org_heads: tuple[str, ...]
    org_nouns: tuple[str, ...]
    sources: tuple[str, ...] = ()

    @functools.cached_property
    def group_by_id(self) -> dict[str, Group]:
        return {g.id: g for g in self.groups}


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    """A list of non-empty strings (a single string is accepted as a list of one)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise UserError(f"{where}: '{key}' must be a list of words or names, got {value!r}")
    out = tuple(str(v).strip() for v in value if str(v).strip())
    return out


def _group(raw: Any, where: str) -> Group:
    if not isinstance(raw, dict) or "id" not in raw:
        raise UserError(f"{where}: each group needs at least an 'id' (for example id: US)")
    unknown = set(raw) - _GROUP_KEYS
    if unknown:
        raise UserError(
            f"{where}: group {raw['id']!r} has unknown keys {sorted(unknown)}; "
            f"use {sorted(_GROUP_KEYS)}"
        )
    gid = str(raw["id"]).strip()
    names = _strings(raw.get("names"), where, "names")
    return Group(
        id=gid,
        kind=str(raw.get("kind") or "group"),
        label=str(raw.get("label") or gid),
        names=names or (gid,),
        adjectives=_strings(raw.get("adjectives"), where, "adjectives"),
        capitals=_strings(raw.get("capitals"), where, "capitals"),
        places=_strings(raw.get("places"), where, "places"),
        member_of=_strings(raw.get("member_of"), where, "member_of"),
    )


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict) or not raw.get("name"):
        raise UserError(f"{where}: each actor needs a 'name' (for example name: Bank of England)")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise UserError(
            f"{where}: actor {raw['name']!r} has unknown keys {sorted(unknown)}; "
            f"use {sorted(_ENTRY_KEYS)}"
        )
    return Entry(
        name=str(raw["name"]).strip(),
        aliases=_strings(raw.get("aliases"), where, "aliases"),
        context_aliases=_strings(raw.get("context_aliases"), where, "context_aliases"),
        groups=_strings(raw.get("groups"), where, "groups"),
        role=str(raw["role"]).strip() if raw.get("role") else None,
    )


def _read_yaml(source: str | os.PathLike[str]) -> dict[str, Any]:
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(f"cannot read gazetteer file {str(path)!r}: {exc.strerror or exc}") from exc
    try:
        data = yamlfile.safe_load(text) or {}
    except yamlfile.YAMLError as exc:
        raise UserError(f"gazetteer file {str(path)!r} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise UserError(
            f"gazetteer file {str(path)!r} must be a mapping with 'groups', 'actors' and/or "
            "'settings'"
        )
    unknown = set(data) - {"groups", "actors", "settings"}
    if unknown:
        raise UserError(
            f"gazetteer file {str(path)!r} has unknown sections {sorted(unknown)}; "
            "use groups, actors, settings"
        )
    return data


def _merge(
    base: Mapping[str, Any], extra: Mapping[str, Any]
) -> tuple[list[Any], list[Any], dict[str, Any]]:
    """Add ``extra`` to ``base``: same-id groups and same-name actors are replaced."""
    groups = {str(g.get("id")): g for g in base.get("groups") or [] if isinstance(g, dict)}
    for g in extra.get("groups") or []:
        if isinstance(g, dict):
            groups[str(g.get("id"))] = g
    actors = {str(a.get("name")): a for a in base.get("actors") or [] if isinstance(a, dict)}
    for a in extra.get("actors") or []:
        if isinstance(a, dict):
            actors[str(a.get("name"))] = a
    settings = dict(base.get("settings") or {})
    for key, value in (extra.get("settings") or {}).items():
        if isinstance(value, list) and isinstance(settings.get(key), list):
            settings[key] = list(settings[key]) + [v for v in value if v not in settings[key]]
        else:
            settings[key] = value
    return list(groups.values()), list(actors.values()), settings


def _as_paths(extra: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None) -> tuple[str, ...]:
    if extra is None:
        return ()
    if isinstance(extra, (str, os.PathLike)):
        return (str(extra),)
    return tuple(str(p) for p in extra)


# ----------------------------------------------------------------------------------------
# The world's countries and blocs (analysis/data/countries.yaml + pycountry)


@dataclass(frozen=True)
class _Country:
    """One entry of the country table, with pycountry's names and codes."""

    code: str
    codes: tuple[str, ...]
    name: str
    names: tuple[str, ...]  # the table's
    iso_names: tuple[str, ...]  # pycountry's, used when made of words the gazetteer has
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    places: tuple[str, ...]
    place_of: str | None


@dataclass(frozen=True)
class _Bloc:
    id: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class _World:
    countries: tuple[_Country, ...]
    blocs: tuple[_Bloc, ...]
    never: frozenset[str]
    possessive_only: frozenset[str]


def _apostrophes(forms: Iterable[str]) -> tuple[str, ...]:
    """The forms with both apostrophes ("N'Djamena", "N’Djamena"), in order, once each."""
    out: dict[str, None] = {}
    for form in forms:
        out[form] = None
        if "'" in form or "’" in form:
            out[form.replace("’", "'")] = None
            out[form.replace("'", "’")] = None
    return tuple(out)


def _iso_names(record: Any) -> list[str]:
    """pycountry's common name, name and official name, as the news would write them.

    The inverted forms ("Korea, Republic of", "Holy See (Vatican City State)") are left out;
    "the State of Eritrea" is "State of Eritrea".
    """
    out = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(record, attr, None)
        if not value or "," in value or "(" in value:
            continue
        out.append(value[4:] if value.startswith("the ") else value)
    return out


@functools.lru_cache(maxsize=1)
def _world() -> _World:
    """The shipped country table joined with pycountry (read once per process)."""
    import pycountry  # only here: the table is read on the first load of a gazetteer

    ref = resources.files("analysis") / "data" / COUNTRIES
    data = yamlfile.safe_load(ref.read_text(encoding="utf-8"))
    countries = []
    # a name of the table is never one of pycountry's for another country ("Congo" is DR Congo)
    table = {str(n) for raw in data["countries"].values() for n in [raw.get("name"), *(raw.get("names") or [])] if n}
    for code, raw in data["countries"].items():
        record = pycountry.countries.get(alpha_2=code)
        iso = _iso_names(record) if record is not None else []
        own = {raw.get("name"), *(raw.get("names") or [])}
        iso = [n for n in iso if n in own or n not in table]
        name = str(raw.get("name") or (iso[0] if iso else code))
        names = tuple(dict.fromkeys([name, *_strings(raw.get("names"), COUNTRIES, "names")]))
        codes = (record.alpha_2, record.alpha_3) if record is not None else (code,)
        place_of = raw.get("place_of")
        countries.append(_Country(
            code=code,
            codes=codes,
            name=name,
            names=names,
            iso_names=tuple(n for n in dict.fromkeys(iso) if n not in names),
            adjectives=_strings(raw.get("adjectives"), COUNTRIES, "adjectives"),
            capitals=_strings(raw.get("capital"), COUNTRIES, "capital"),
            places=_strings(raw.get("places"), COUNTRIES, "places"),
            place_of=str(place_of) if place_of else None,
        ))
    blocs = tuple(
        _Bloc(
            id=str(raw["id"]),
            names=_strings(raw.get("names"), COUNTRIES, "names"),
            adjectives=_strings(raw.get("adjectives"), COUNTRIES, "adjectives"),
            members=_strings(raw.get("members"), COUNTRIES, "members"),
        )
        for raw in data["blocs"]
    )
    ambiguous = data.get("ambiguous") or {}
    return _World(
        countries=tuple(countries),
        blocs=blocs,
        never=frozenset(_apostrophes(_strings(ambiguous.get("never"), COUNTRIES, "never"))),
        possessive_only=frozenset(_strings(ambiguous.get("possessive_only"), COUNTRIES, "possessive_only")),
    )


def _forms(group: Group) -> tuple[str, ...]:
    return (*group.names, *group.adjectives, *group.capitals, *group.places)


def _words(forms: Iterable[str]) -> set[str]:
    return {w.strip(".,").casefold() for f in forms for w in f.split()}


def _add_world(groups: tuple[Group, ...], actors: tuple[Entry, ...]) -> tuple[tuple[Group, ...], tuple[Entry, ...]]:
    """The gazetteer's groups plus every country and bloc of the table it does not have.

    A country or bloc the gazetteer has (by id or name) keeps its entry and gains its ISO
    codes and its blocs; each of the others is a new group made of the words no group has
    taken (see the top of countries.yaml).
    """
    world = _world()
    taken: set[str] = set(_apostrophes(f for g in groups for f in _forms(g)))
    # the words the split already leaves out of topics (names, adjectives, capitals)
    known_words = _words(f for g in groups for f in (*g.names, *g.adjectives, *g.capitals))
    by_name: dict[str, str] = {}
    for g in groups:
        for n in (g.id, *g.names):
            by_name.setdefault(n, g.id)
    own: set[str] = set()  # the forms of the group being made: a name may be an adjective too

    def free(forms: Iterable[str]) -> tuple[str, ...]:
        kept = tuple(f for f in _apostrophes(forms) if (f in own or f not in taken) and f not in world.never)
        own.update(kept)
        taken.update(kept)
        return kept

    gid_of: dict[str, str] = {}  # country code or bloc id -> group id
    codes: dict[str, tuple[str, ...]] = {}
    blocs_of: dict[str, list[str]] = {}  # group id -> bloc ids
    places_of: dict[str, tuple[str, ...]] = {}  # group id -> its territories' names
    new: list[Group] = []
    for bloc in world.blocs:
        linked = next((by_name[n] for n in (bloc.id, *bloc.names) if n in by_name), None)
        gid_of[bloc.id] = linked or bloc.id
        if linked is None:
            own.clear()
            bloc_names = free(bloc.names)
            new.append(Group(id=bloc.id, kind="bloc", label=bloc.id, names=bloc_names or (bloc.id,),
                             adjectives=free(bloc.adjectives), capitals=(), places=(), member_of=()))
    for country in world.countries:
        if country.place_of is not None:
            continue
        linked = next((by_name[n] for n in (*country.names, *country.iso_names) if n in by_name), None)
        gid = gid_of[country.code] = linked or country.name
        codes[gid] = codes.get(gid, ()) + country.codes
        for bloc in world.blocs:
            if country.code in bloc.members:
                blocs_of.setdefault(gid, []).append(gid_of[bloc.id])
        if linked is not None:
            continue
        own.clear()
        words = known_words | _words((*country.names, *country.adjectives, *country.capitals))
        names = [*country.names, *(n for n in country.iso_names if _words([n]) <= words)]
        plain = free(n for n in names if n not in world.possessive_only)
        possessive = free(f"{n}’s" for n in names if n in world.possessive_only)
        adjectives = free(country.adjectives)
        new.append(Group(
            id=country.name,
            kind="country",
            label=adjectives[0] if adjectives else country.name,
            names=(*plain, *possessive) or (country.name,),
            adjectives=adjectives,
            capitals=tuple(c for c in free(country.capitals) if c not in plain),
            places=free(country.places),
            member_of=(),
        ))
    for country in world.countries:
        owner = gid_of.get(country.place_of or "")
        if owner is not None:
            own.clear()
            places_of[owner] = places_of.get(owner, ()) + free((*country.names, *country.iso_names, *country.places))

    def completed(g: Group) -> Group:
        member_of = g.member_of + tuple(b for b in dict.fromkeys(blocs_of.get(g.id, ())) if b not in g.member_of)
        more_codes = tuple(c for c in codes.get(g.id, ()) if c not in g.codes)
        places = g.places + places_of.get(g.id, ())
        if member_of == g.member_of and not more_codes and places == g.places:
            return g
        return dataclasses.replace(g, member_of=member_of, codes=g.codes + more_codes, places=places)

    # a named actor that is a bloc itself ("NATO", "G7") and lists no group is in the bloc
    bloc_by_name = {n: gid_of[b.id] for b in world.blocs for n in (b.id, *b.names)}
    actors = tuple(
        dataclasses.replace(a, groups=(bloc_by_name[a.name],)) if not a.groups and a.name in bloc_by_name else a
        for a in actors
    )
    return tuple(completed(g) for g in (*groups, *new)), actors


def load_gazetteer(
    extra: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
    *,
    base: str | os.PathLike[str] | None = None,
) -> Gazetteer:
    """The shipped gazetteer, extended by the user's files ``extra`` (YAML, same layout).

    ``base`` replaces the shipped file (used by tests and by the benchmark's rules-only run).
    """
    return _load(_as_paths(extra), str(base) if base is not None else None)


@functools.lru_cache(maxsize=16)
def _load(extra: tuple[str, ...], base: str | None) -> Gazetteer:
    if base is None:
        ref = resources.files("analysis") / "data" / DEFAULT_GAZETTEER
        with resources.as_file(ref) as shipped:
            data = _read_yaml(shipped)
        sources = [str(ref)]
    else:
        data = _read_yaml(base)
        sources = [base]
    merged_groups, merged_actors, settings = _merge(data, {})
    for path in extra:
        merged_groups, merged_actors, settings = _merge(
            {"groups": merged_groups, "actors": merged_actors, "settings": settings},
            _read_yaml(path),
        )
        sources.append(path)
    unknown_settings = set(settings) - _SETTING_KEYS
    if unknown_settings:
        raise UserError(
            f"gazetteer settings has unknown keys {sorted(unknown_settings)}; "
            f"use {sorted(_SETTING_KEYS)}"
        )
    where = " + ".join(sources)
    groups, actors = _add_world(
        tuple(_group(g, where) for g in merged_groups), tuple(_entry(a, where) for a in merged_actors)
    )
    ids = {g.id for g in groups}
    for entry in actors:
        missing = [g for g in entry.groups if g not in ids]
        if missing:
            raise UserError(
                f"{where}: actor {entry.name!r} names unknown groups {missing}; add them "
                "under 'groups' or correct the spelling"
            )
    for group in groups:
        missing = [g for g in group.member_of if g not in ids]
        if missing:
            raise UserError(f"{where}: group {group.id!r} is a member of unknown groups {missing}")

    def words(key: str, default: Sequence[str] = ()) -> tuple[str, ...]:
        return _strings(settings.get(key, list(default)), where, f"settings.{key}")

    return Gazetteer(
        groups=groups,
        actors=actors,
        no_side_roles=words("no_side_roles", ("media",)),
        person_roles=words("person_roles", _DEFAULT_PERSON_ROLES),
        generic_heads=words("generic_heads"),
        titles=words("titles"),
        org_heads=words("org_heads"),
        org_nouns=words("org_nouns"),
        sources=tuple(sources),
    )


def _fold(text: str) -> str:
    return " ".join(text.replace(".", "").casefold().split())


def _find_group(gazetteer: Gazetteer, side: str) -> Group | None:
    """The group a side names: by id, label, name or adjective, else by ISO code."""
    key = _fold(side)
    for group in gazetteer.groups:
        if key in {_fold(group.id), _fold(group.label), *map(_fold, group.names), *map(_fold, group.adjectives)}:
            return group
    return next((g for g in gazetteer.groups if key in map(_fold, g.codes)), None)


def _unknown_side(gazetteer: Gazetteer, side: str) -> str:
    """One sentence: the side nothing knows, what could be meant, and how to add it."""
    key = _fold(side)
    actor = next((e for e in gazetteer.actors if key in map(_fold, e.all_names)), None)
    if actor is not None:
        whose = f"of {actor.groups[0]}" if actor.groups else "on neither side"
        hint = f" ({side!r} is an actor {whose}, not a group of actors)"
    else:
        spelled = {_fold(n): n for g in gazetteer.groups for n in (g.id, *g.names, *g.adjectives)}
        close = difflib.get_close_matches(key, list(spelled), n=1, cutoff=0.8)
        hint = f" (did you mean {spelled[close[0]]!r}?)" if close else ""
    blocs = ", ".join(g.id for g in gazetteer.groups if g.kind == "bloc")
    parties = ", ".join(g.id for g in gazetteer.groups if g.kind == "party")
    kinds = "any country (Brazil, Brazilian or BRA)"
    kinds += f", a bloc ({blocs})" if blocs else ""
    kinds += f" or a party ({parties})" if parties else ""
    return (
        f"side {side!r} is not in the gazetteer{hint}; a side can be {kinds}; to add one, put a "
        f"group with id: {side} (its names, adjectives, capitals) in a gazetteer file of your "
        "own and pass it with --gazetteer FILE (gazetteer= in Python)"
    )


def resolve_sides(gazetteer: Gazetteer, sides: Sequence[str]) -> dict[str, str]:
    """Map each group id that is a side to the side's name as the user wrote it.

    A side matches a group by id, name or adjective, ignoring case and full stops ("u.s."
    is US), and failing that by a country's ISO code ("BRA"). A side the gazetteer does not
    know raises a ValueError that says how to add it.
    """
    resolved: dict[str, str] = {}
    for side in sides:
        match = _find_group(gazetteer, side)
        if match is None:
            raise UserError(_unknown_side(gazetteer, side))
        if match.id in resolved:
            raise UserError(f"sides {resolved[match.id]!r} and {side!r} name the same group")
        resolved[match.id] = side
    return resolved


def side_of(
    gazetteer: Gazetteer,
    groups: Sequence[str],
    side_ids: Mapping[str, str],
    *,
    role: str | None = None,
) -> str | None:
    """The side a chain of groups leads to, or None.

    Breadth first: the actor's own groups (most specific first), then the groups they are
    members of, and so on; the first group that is a side wins.
    """
    if role is not None and role in gazetteer.no_side_roles:
        return None
    seen: set[str] = set()
    frontier = list(groups)
    while frontier:
        for gid in frontier:
            if gid in side_ids:
                return side_ids[gid]
        seen.update(frontier)
        nxt: list[str] = []
        for gid in frontier:
            group = gazetteer.group_by_id.get(gid)
            if group is not None:
                nxt.extend(m for m in group.member_of if m not in seen and m not in nxt)
        frontier = nxt
    return None
