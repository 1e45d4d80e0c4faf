"""Groups of similar components spanning organisations, ranked by the duplicated effort they suggest."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from search.similarity.items import SimilarityItem
from search.similarity.pairs import Pair

ACTIVE_WINDOW = timedelta(days=365)
# How much a redundant effort counts, by how alive its most active member is.
ACTIVITY_WEIGHTS = {"active": 1.0, "stale": 0.6, "archived": 0.3}


@dataclass(frozen=True)
class ClusterParams:
    """How strong a link must be to join a cluster, and how big a cluster may grow."""

    threshold: float = 0.25
    max_size: int = 40  # larger groups are split by raising the threshold for them
    step: float = 0.05
    reason_terms: int = 8
    reason_dependencies: int = 6


@dataclass(frozen=True)
class ClusterMember:
    id: int
    full_name: str
    organisation: str
    sector: str
    effort: int  # members with the same number are copies of one another
    activity: str  # "active", "stale" or "archived"


@dataclass(frozen=True)
class Cluster:
    """Components in two or more organisations that look like the same piece of work."""

    id: str
    members: tuple[ClusterMember, ...]
    organisations: tuple[str, ...]
    sectors: tuple[str, ...]
    kind: str  # "rebuilds", "copies" or "mixed"
    efforts: int  # independent efforts: groups of copies count once
    score: float  # duplicated effort: higher means more work done more than once
    cohesion: float  # mean similarity of the links inside the cluster
    terms: tuple[str, ...]
    shared_dependencies: tuple[str, ...]

    @property
    def size(self) -> int:
        """How many components the cluster holds."""
        return len(self.members)


def activity(item: SimilarityItem, now: datetime) -> str:
    """'archived', 'active' (pushed in the last 12 months) or 'stale' (older or unknown)."""
    if item.archived:
        return "archived"
    pushed = item.pushed_at
    if pushed is not None:
        if pushed.tzinfo is None:
            pushed = pushed.replace(tzinfo=UTC)
        if now - pushed <= ACTIVE_WINDOW:
            return "active"
    return "stale"


def _components(n: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    graph = sp.coo_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _groups(
    n: int, rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, params: ClusterParams
) -> list[np.ndarray]:
    """Connected groups of nodes; a group over max_size is split again at a higher threshold."""
    groups: list[np.ndarray] = []
    # Each task: global node ids, its edges in local numbering, and the threshold to apply.
    tasks = [(np.arange(n), rows, cols, scores, params.threshold)]
    while tasks:
        nodes, local_rows, local_cols, local_scores, threshold = tasks.pop()
        strong = local_scores >= threshold
        local_rows, local_cols, local_scores = (
            local_rows[strong],
            local_cols[strong],
            local_scores[strong],
        )
        labels = _components(nodes.size, local_rows, local_cols)
        sizes = np.bincount(labels)
        members_of = np.split(np.argsort(labels, kind="stable"), np.cumsum(sizes)[:-1])
        edge_order = np.argsort(labels[local_rows], kind="stable")
        edge_bounds = np.r_[0, np.cumsum(np.bincount(labels[local_rows], minlength=sizes.size))]
        for label in np.flatnonzero(sizes >= 2).tolist():
            members = members_of[label]
            if sizes[label] <= params.max_size or threshold + params.step > 1.0:
                groups.append(nodes[members])
                continue
            # Too big to be one piece of work: split it at a higher threshold.
            renumber = np.full(nodes.size, -1, dtype=np.int64)
            renumber[members] = np.arange(members.size)
            inside = edge_order[edge_bounds[label] : edge_bounds[label + 1]]
            tasks.append(
                (
                    nodes[members],
                    renumber[local_rows[inside]],
                    renumber[local_cols[inside]],
                    local_scores[inside],
                    threshold + params.step,
                )
            )
    return groups


def _cluster_id(members: Sequence[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(members)).encode("utf-8"), usedforsecurity=False)
    return "dup-" + digest.hexdigest()[:12]


def build_clusters(
    items: Sequence[SimilarityItem],
    pairs: Sequence[Pair],
    params: ClusterParams | None = None,
    now: datetime | None = None,
) -> list[Cluster]:
    """Cluster the pairs; keep clusters spanning two or more organisations, most effort first."""
    params = params or ClusterParams()
    now = now or datetime.now(UTC)
    position = {item.id: k for k, item in enumerate(items)}
    linked = [p for p in pairs if p.a in position and p.b in position]
    if not linked:
        return []
    rows = np.array([position[p.a] for p in linked], dtype=np.int64)
    cols = np.array([position[p.b] for p in linked], dtype=np.int64)
    scores = np.array([p.score for p in linked], dtype=np.float64)
    groups = _groups(len(items), rows, cols, scores, params)
    member_of = np.full(len(items), -1, dtype=np.int64)
    for number, group in enumerate(groups):
        member_of[group] = number
    edges: list[list[Pair]] = [[] for _ in groups]
    for pair, i, j in zip(linked, rows.tolist(), cols.tolist(), strict=True):
        if member_of[i] >= 0 and member_of[i] == member_of[j]:
            edges[member_of[i]].append(pair)
    clusters = [
        _describe(items, group, group_edges, params, now)
        for group, group_edges in zip(groups, edges, strict=True)
    ]
    clusters = [c for c in clusters if len(c.organisations) >= 2]
    clusters.sort(key=lambda c: (-c.score, -len(c.organisations), -c.size, c.id))
    return clusters


def _describe(
    items: Sequence[SimilarityItem],
    group: np.ndarray,
    edges: list[Pair],
    params: ClusterParams,
    now: datetime,
) -> Cluster:
    nodes = group.tolist()
    parent = {items[node].id: items[node].id for node in nodes}

    def root(item_id: int) -> int:
        while parent[item_id] != item_id:
            parent[item_id] = parent[parent[item_id]]
            item_id = parent[item_id]
        return item_id

    # Copies joined by 'copy' links are one effort; union-find, as clusters are small.
    copies = 0
    for edge in edges:
        if edge.relation == "copy":
            copies += 1
            parent[root(edge.a)] = root(edge.b)
    effort_number: dict[int, int] = {}
    effort_weight: list[float] = []
    members = []
    for node in nodes:
        item = items[node]
        state = activity(item, now)
        effort = effort_number.setdefault(root(item.id), len(effort_number))
        if effort == len(effort_weight):
            effort_weight.append(0.0)
        effort_weight[effort] = max(effort_weight[effort], ACTIVITY_WEIGHTS[state])
        members.append(
            ClusterMember(item.id, item.full_name, item.organisation, item.sector, effort, state)
        )
    efforts = len(effort_weight)
    members.sort(key=lambda m: (m.organisation, m.full_name.lower()))
    organisations = tuple(sorted({m.organisation for m in members}))
    cohesion = sum(e.score for e in edges) / len(edges) if edges else 0.0
    # Every effort beyond the first is work done again, counted by how alive it is; each extra
    # organisation adds a little, so copies spread across bodies still rank above nothing.
    redundant = sum(effort_weight) - max(effort_weight)
    score = cohesion * (redundant + 0.25 * (len(organisations) - 1))
    if efforts == 1:
        kind = "copies"
    elif not copies:
        kind = "rebuilds"
    else:
        kind = "mixed"
    term_weight: Counter[str] = Counter()
    dependency_count: Counter[str] = Counter()
    for edge in edges:
        for rank, term in enumerate(edge.terms):
            term_weight[term] += edge.score / (rank + 1)
        dependency_count.update(edge.shared_dependencies)
    return Cluster(
        id=_cluster_id([m.full_name for m in members]),
        members=tuple(members),
        organisations=organisations,
        sectors=tuple(sorted({m.sector for m in members if m.sector})),
        kind=kind,
        efforts=efforts,
        score=round(score, 4),
        cohesion=round(cohesion, 4),
        terms=tuple(t for t, _ in term_weight.most_common(params.reason_terms)),
        shared_dependencies=tuple(
            d for d, _ in dependency_count.most_common(params.reason_dependencies)
        ),
    )
