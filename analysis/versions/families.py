"""Version families: articles joined by version or duplicate relations, as one tree each.

A wire story picked up by fifty outlets is fifty versions of one text. Instead of every
pair, each family (a connected component of the duplicate/version pairs) gets its original
(the root) and a tree in which every copy hangs from the member it most likely derives
from, so that a chain of rewrites (wire -> national paper -> blog) shows as a chain.

* The **root** is the member the pairwise verdicts name as a copy least often, then as
  the original most often, then the earliest dated, then one with a dateline, then by id.
* Each **edge** parent -> copy is scored by containment both ways: the share of the
  parent's word trigrams found in the copy plus the share of the copy's found in the
  parent (a copy holds most of what it was made from and is mostly made of it; it holds
  less of its grandparent, which lacks what the parent added), then an earlier date of the
  parent, then the copy keeping the parent's dateline. The first share alone penalises a
  parent for the sentences it added, and on ``benchmarks/versions_families.py`` named the
  true parent of only 88-97% of copies, against 99% for the sum. An edge
  against the pair's own verdict (the pair names the copy as the original) is used only
  when nothing else connects the copy.
* The tree is the **maximum spanning arborescence** of those scores from the root
  (Chu-Liu/Edmonds): each copy takes its best parent, and a cycle of choices is broken
  where that loses least. Ties go to the smaller id, so the same input gives the same tree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["PairLink", "Member", "Tree", "components", "choose_root", "edge_score", "family_tree", "arborescence"]

_TIER = 10**7  # an edge the pair's verdict allows always beats one against it
_CONTAINMENT_SCALE = 10_000  # containment is rounded to four decimals


@dataclass(frozen=True)
class PairLink:
    """One duplicate or version pair as the tree needs it (``a`` < ``b``)."""

    a: str
    b: str
    a_in_b: float
    b_in_a: float
    original: str | None


@dataclass(frozen=True)
class Member:
    """What the tree needs of one article: its date (ISO, trusted only) and dateline."""

    id: str
    published: str | None
    dateline: str | None


@dataclass(frozen=True)
class Tree:
    """A family's root and each copy's parent, with the edges in depth-first order."""

    root: str
    members: tuple[str, ...]
    edges: tuple[tuple[str, str], ...]  # (parent, copy), depth first from the root, children by id


def components(ids: Sequence[str], links: Sequence[PairLink]) -> list[tuple[str, ...]]:
    """Connected components of two or more articles, each sorted by id, in order of first id."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for i in sorted(ids):
        groups.setdefault(find(i), []).append(i)
    return sorted((tuple(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def choose_root(members: Sequence[str], links: Sequence[PairLink], info: Mapping[str, Member]) -> str:
    """The family's original: named a copy least, the original most, earliest, with a dateline, by id."""
    losses = dict.fromkeys(members, 0)
    wins = dict.fromkeys(members, 0)
    for link in links:
        if link.original is not None:
            copy = link.b if link.original == link.a else link.a
            wins[link.original] += 1
            losses[copy] += 1
    return min(
        members,
        key=lambda m: (losses[m], -wins[m], info[m].published or "9999-99-99", info[m].dateline is None, m),
    )


def edge_score(link: PairLink, parent: str, info: Mapping[str, Member]) -> int:
    """The integer score of ``parent`` -> the other article of ``link`` (higher is likelier)."""
    copy = link.b if parent == link.a else link.a
    held = link.a_in_b if parent == link.a else link.b_in_a  # share of the parent found in the copy
    made_of = link.b_in_a if parent == link.a else link.a_in_b  # share of the copy found in the parent
    p, c = info[parent], info[copy]
    earlier = bool(p.published and c.published and p.published < c.published)
    kept = bool(p.dateline and c.dateline and p.dateline == c.dateline)
    allowed = link.original != copy
    shares = round(held * _CONTAINMENT_SCALE) + round(made_of * _CONTAINMENT_SCALE)
    return _TIER * allowed + shares * 4 + 2 * earlier + kept


def arborescence(nodes: Sequence[str], root: str, weights: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Chu-Liu/Edmonds: the parent of every node but ``root`` maximising the total weight.

    ``weights`` maps (parent, child) to an integer score. Every node must be reachable from
    ``root``; ties go to the smaller parent id.
    """
    incoming: dict[str, list[tuple[int, str]]] = {v: [] for v in nodes}
    for (u, v), w in weights.items():
        if v != root and u != v and v in incoming and u in incoming:
            incoming[v].append((w, u))
    best: dict[str, str] = {}
    for v in sorted(nodes):
        if v == root:
            continue
        if not incoming[v]:
            raise ValueError(f"{v} cannot be reached from {root}")
        best[v] = min(incoming[v], key=lambda wu: (-wu[0], wu[1]))[1]
    cycle = _find_cycle(best)
    if not cycle:
        return best
    in_cycle = set(cycle)
    merged = "\x00" + "|".join(sorted(cycle))  # a name no article id can have
    new_weights: dict[tuple[str, str], int] = {}
    origin: dict[tuple[str, str], tuple[str, str]] = {}
    for (u, v), w in sorted(weights.items()):
        if u == v or v == root:
            continue
        if v in in_cycle and u not in in_cycle:
            key, score = (u, merged), w - weights[(best[v], v)]
        elif u in in_cycle and v not in in_cycle:
            key, score = (merged, v), w
        elif u not in in_cycle and v not in in_cycle:
            key, score = (u, v), w
        else:
            continue
        if key not in new_weights or score > new_weights[key]:
            new_weights[key], origin[key] = score, (u, v)
    rest = [n for n in nodes if n not in in_cycle] + [merged]
    contracted = arborescence(rest, root, new_weights)
    parents: dict[str, str] = {}
    for child, parent in contracted.items():
        u, v = origin[(parent, child)]
        parents[v] = u
    for v in cycle:
        parents.setdefault(v, best[v])
    return parents


def _find_cycle(best: Mapping[str, str]) -> list[str]:
    """One cycle of the parent choices (the one met first from the smallest id), or []."""
    done: set[str] = set()
    for start in sorted(best):
        path: list[str] = []
        seen: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in best and node not in done and node not in seen:
            seen[node] = len(path)
            path.append(node)
            node = best[node]
        if node is not None and node in seen:
            return path[seen[node]:]
        done.update(path)
    return []


def family_tree(members: Sequence[str], links: Sequence[PairLink], info: Mapping[str, Member]) -> Tree:
    """The root and tree of one family (``links`` are its duplicate and version pairs)."""
    root = choose_root(members, links, info)
    weights: dict[tuple[str, str], int] = {}
    for link in links:
        weights[(link.a, link.b)] = edge_score(link, link.a, info)
        weights[(link.b, link.a)] = edge_score(link, link.b, info)
    parents = arborescence(list(members), root, weights)
    children: dict[str, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    ordered = _depth_first(root, children)
    return Tree(root, tuple(sorted(members)), tuple((parents[c], c) for c in ordered[1:]))


def _depth_first(root: str, children: Mapping[str, list[str]]) -> list[str]:
    out: list[str] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(sorted(children.get(node, ()), reverse=True))
    return out
