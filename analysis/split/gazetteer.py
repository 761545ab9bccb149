"""The gazetteer: named actors, the groups they belong to, and how a side is resolved.

The data live in ``analysis/data/gazetteer.yaml`` (documented at its top) so that a teacher
can extend them without code; :func:`load_gazetteer` reads that file plus any files of the
user's, and :func:`side_of` decides which of the two sides (if any) a chain of groups leads
to: an actor's own groups first (Rachel Reeves: Labour, UK), then the groups those belong to
(France is in the EU). Roles listed in ``no_side_roles`` (news outlets) never take a side.
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
    groups = tuple(_group(g, where) for g in merged_groups)
    ids = {g.id for g in groups}
    actors = tuple(_entry(a, where) for a in merged_actors)
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


def resolve_sides(gazetteer: Gazetteer, sides: Sequence[str]) -> dict[str, str]:
    """Map each group id that is a side to the side's name as the user wrote it.

    A side matches a group by id, name or adjective, ignoring case and full stops ("u.s."
    is US). A side the gazetteer does not know raises a ValueError that says how to add it.
    """
    resolved: dict[str, str] = {}
    for side in sides:
        key = _fold(side)
        match = next(
            (
                g
                for g in gazetteer.groups
                if key in {_fold(g.id), _fold(g.label), *map(_fold, g.names), *map(_fold, g.adjectives)}
            ),
            None,
        )
        if match is None:
            known = ", ".join(g.id for g in gazetteer.groups)
            raise UserError(
                f"side {side!r} is not in the gazetteer. Use one of: {known}; or add a group "
                f"with id: {side} (its names, adjectives, capitals) to a gazetteer file of your "
                "own and pass it with --gazetteer FILE (gazetteer= in Python)"
            )
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
