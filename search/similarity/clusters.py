"""Groups of similar components spanning organisations, ranked by the duplicated effort they suggest."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import linkage
from scipy.sparse.csgraph import connected_components

from search.similarity.concepts import CONCEPTS
from search.similarity.items import SimilarityItem
from search.similarity.language import (
    bigrams,
    compound_forms_of,
    identifier_counts,
    surface_forms_of,
    term_sequence,
    without_boilerplate,
)
from search.similarity.pairs import Pair
from search.similarity.titles import cluster_title
from search.similarity.tokens import README_CHARS, clean_readme

ACTIVE_WINDOW = timedelta(days=365)
# How much a redundant effort counts, by how alive its most active member is.
# No push date says nothing either way: it weighs as much as an old push, as it did before it
# had a value of its own.
ACTIVITY_WEIGHTS = {"active": 1.0, "stale": 0.6, "unknown": 0.6, "archived": 0.3}
_CONCEPT_LABELS = frozenset(label for label, _ in CONCEPTS.values())


@dataclass(frozen=True)
class ClusterParams:
    """How strong a link must be to join a cluster, and how big a cluster may grow.

    Links at or over `threshold` make connected groups; inside each group, average linkage
    joins members only while the mean similarity between two parts (a missing link counts 0)
    is at least `average`. Single links alone chain: A like B, B like C, and A nothing like C.
    """

    threshold: float = 0.3
    average: float = 0.15
    max_size: int = 40  # larger groups are split by raising the threshold for them
    linkage_limit: int = 2000  # groups larger than this are split by threshold before linkage
    # Comparing every two members on the vectors costs a few ms a group: above this many
    # components, average linkage reads the found pairs only (a missing link counts 0).
    representation_limit: int = 20_000
    step: float = 0.05
    reason_terms: int = 8
    reason_dependencies: int = 6
    member_terms: int = 4


@dataclass(frozen=True)
class ClusterMember:
    id: int
    full_name: str
    organisation: str
    sector: str
    effort: int  # members with the same number are copies of one another
    activity: str  # "active", "stale", "unknown" or "archived"
    # Why it belongs: the member it is most like, and what the two share.
    like: int | None = None
    like_score: float = 0.0
    reason_terms: tuple[str, ...] = ()
    reason_dependencies: tuple[str, ...] = ()


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
    terms: tuple[str, ...]  # shared terms, strongest first: concept labels and words
    shared_dependencies: tuple[str, ...]
    # A plain title in each language (titles.py); title_words are shared words it ends with.
    title: str = ""
    title_cy: str = ""
    title_concept: str | None = None
    title_words: tuple[str, ...] = ()
    # The shared words people are shown: terms as the members wrote them in their own text (not
    # a generator's or a licence's), without concept labels, which are categories rather than
    # words (the title names the main one). None in results stored before it was added.
    words: tuple[str, ...] | None = None

    @property
    def size(self) -> int:
        """How many components the cluster holds."""
        return len(self.members)


def activity(item: SimilarityItem, now: datetime) -> str:
    """'archived', 'active' (pushed in the last 12 months), 'stale' (pushed before) or 'unknown'.

    The same values as the search documents' activity (search.documents.activity).
    """
    if item.archived:
        return "archived"
    pushed = item.pushed_at
    if pushed is None:
        return "unknown"
    if pushed.tzinfo is None:
        pushed = pushed.replace(tzinfo=UTC)
    return "active" if now - pushed <= ACTIVE_WINDOW else "stale"


class Representation(Protocol):
    """What the components mean as vectors: similarity of every pair among some of them."""

    def similarity(self, nodes: np.ndarray) -> np.ndarray:
        """A dense square matrix of similarities in [0, 1] between the items at `nodes`."""
        ...


def _components(n: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    graph = sp.coo_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _average_linkage(
    n: int,
    rows: np.ndarray,
    cols: np.ndarray,
    scores: np.ndarray,
    floor: float,
    similarity: np.ndarray | None = None,
) -> list[np.ndarray]:
    """Parts of one connected group joined by average linkage while the mean link is >= floor.

    `similarity` is every pair's similarity in the shared representation; the found links'
    scores count where they are higher. Without it a missing link counts 0, so a chain of
    single links does not hold together either way.
    """
    if n <= 2:
        return [np.arange(n)]
    if similarity is None:
        similarity = np.zeros((n, n), dtype=np.float64)
    else:
        similarity = np.array(similarity, dtype=np.float64)
    np.maximum.at(similarity, (rows, cols), scores)
    similarity = np.maximum(similarity, similarity.T)
    distance = 1.0 - np.clip(similarity, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    condensed = distance[np.triu_indices(n, k=1)]
    tree = linkage(condensed, method="average")
    # Average linkage merges in order of distance, so the parts at the floor are the merges
    # made below 1 - floor (done here: fcluster's checks cost more than the cut on small trees).
    parent = list(range(2 * n - 1))
    for step, (left, right, distance, _) in enumerate(tree.tolist()):
        if distance > 1.0 - floor:
            break
        parent[int(left)] = parent[int(right)] = n + step
    labels = np.empty(n, dtype=np.int64)
    for node in range(n):
        top = node
        while parent[top] != top:
            top = parent[top]
        labels[node] = top
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    return [part for part in np.split(order, bounds) if part.size >= 2]


def _whole(
    n: int, rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, params: ClusterParams
) -> bool:
    """True when average linkage would keep the group whole anyway: a pair, or every pair
    linked at the floor or more (and small enough to keep)."""
    if n <= 2:
        return True
    if n > params.max_size or scores.size < n * (n - 1) // 2:
        return False
    linked = np.unique(np.minimum(rows, cols) * n + np.maximum(rows, cols))
    return linked.size == n * (n - 1) // 2 and bool(scores.min() >= params.average)


def _local_edges(
    members: np.ndarray, nodes: int, rows: np.ndarray, cols: np.ndarray, inside: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    renumber = np.full(nodes, -1, dtype=np.int64)
    renumber[members] = np.arange(members.size)
    return renumber[rows[inside]], renumber[cols[inside]]


def _groups(
    n: int,
    rows: np.ndarray,
    cols: np.ndarray,
    scores: np.ndarray,
    params: ClusterParams,
    representation: Representation | None = None,
) -> list[np.ndarray]:
    """Groups of nodes: connected at the threshold, then parted by average linkage; a group
    over linkage_limit, or a part over max_size, is split again at a higher threshold."""
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
        can_split = threshold + params.step <= 1.0
        for label in np.flatnonzero(sizes >= 2).tolist():
            members = members_of[label]
            inside = edge_order[edge_bounds[label] : edge_bounds[label + 1]]
            if sizes[label] > params.linkage_limit and can_split:
                # Too big to compare every pair: split it at a higher threshold first.
                sub_rows, sub_cols = _local_edges(
                    members, nodes.size, local_rows, local_cols, inside
                )
                tasks.append(
                    (
                        nodes[members],
                        sub_rows,
                        sub_cols,
                        local_scores[inside],
                        threshold + params.step,
                    )
                )
                continue
            sub_rows, sub_cols = _local_edges(members, nodes.size, local_rows, local_cols, inside)
            sub_scores = local_scores[inside]
            if _whole(members.size, sub_rows, sub_cols, sub_scores, params):
                groups.append(nodes[members])  # every pair linked well enough: nothing to part
                continue
            dense = representation.similarity(nodes[members]) if representation else None
            for part in _average_linkage(
                members.size, sub_rows, sub_cols, sub_scores, params.average, dense
            ):
                if part.size <= params.max_size or not can_split:
                    groups.append(nodes[members[part]])
                    continue
                # Too big to be one piece of work: split it at a higher threshold.
                keep = np.isin(sub_rows, part) & np.isin(sub_cols, part)
                part_rows, part_cols = _local_edges(
                    part, members.size, sub_rows, sub_cols, np.flatnonzero(keep)
                )
                tasks.append(
                    (
                        nodes[members[part]],
                        part_rows,
                        part_cols,
                        sub_scores[keep],
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
    representation: Representation | None = None,
) -> list[Cluster]:
    """Cluster the pairs; keep clusters spanning two or more organisations, most effort first.

    With a representation, average linkage compares every two members, not only found pairs."""
    params = params or ClusterParams()
    now = now or datetime.now(UTC)
    position = {item.id: k for k, item in enumerate(items)}
    linked = [p for p in pairs if p.a in position and p.b in position]
    if not linked:
        return []
    rows = np.array([position[p.a] for p in linked], dtype=np.int64)
    cols = np.array([position[p.b] for p in linked], dtype=np.int64)
    scores = np.array([p.score for p in linked], dtype=np.float64)
    groups = _groups(len(items), rows, cols, scores, params, representation)
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


class _Wording:
    """How the members write the terms they share, and which terms name or describe members
    of two or more organisations."""

    def __init__(self, members: list[SimilarityItem], terms: set[str]) -> None:
        words = {w for t in terms if t not in _CONCEPT_LABELS for w in t.split()}
        # The members' own text: what a generator or a licence wrote is no word they share.
        descriptions = [without_boilerplate(m.description) for m in members]
        texts = [
            text
            for m, description in zip(members, descriptions, strict=True)
            for text in (
                m.name,
                description,
                *m.topics,
                clean_readme(without_boilerplate(m.readme[: 2 * README_CHARS])),
            )
            if text
        ]
        counts = identifier_counts(texts)
        self.forms = surface_forms_of(counts, words)
        self.compounds = compound_forms_of(counts, [t for t in terms if " " in t])
        holders: dict[str, set[str]] = {}
        for member, description in zip(members, descriptions, strict=True):
            for text in (member.name, description):
                sequence = term_sequence(text)
                for term in [t for t in sequence if t] + bigrams(sequence):
                    holders.setdefault(term, set()).add(member.organisation)
        self.common = {t for t, organisations in holders.items() if len(organisations) >= 2}

    def shown(self, term: str) -> str:
        """A term as people read it: a concept's label, else the words as members wrote them."""
        if term in _CONCEPT_LABELS:
            return term
        if term in self.compounds:
            return self.compounds[term]
        return " ".join(self.forms.get(word, word) for word in term.split())

    def all_shown(self, terms: Sequence[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.shown(t) for t in terms))

    def seen(self, terms: Sequence[str]) -> tuple[str, ...]:
        """The terms whose every word the members wrote (concept labels are no words)."""
        return tuple(
            self.shown(t)
            for t in terms
            if t not in _CONCEPT_LABELS and all(w in self.forms for w in t.split())
        )


def _describe(
    items: Sequence[SimilarityItem],
    group: np.ndarray,
    edges: list[Pair],
    params: ClusterParams,
    now: datetime,
) -> Cluster:
    nodes = group.tolist()
    parent = {items[node].id: items[node].id for node in nodes}
    wording = _Wording([items[node] for node in nodes], {t for e in edges for t in e.terms})

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
    strongest: dict[int, Pair] = {}
    for edge in edges:
        for end in (edge.a, edge.b):
            if end not in strongest or edge.score > strongest[end].score:
                strongest[end] = edge
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
        link = strongest.get(item.id)
        members.append(
            ClusterMember(
                item.id,
                item.full_name,
                item.organisation,
                item.sector,
                effort,
                state,
                like=(link.b if link.a == item.id else link.a) if link else None,
                like_score=round(link.score, 4) if link else 0.0,
                reason_terms=wording.all_shown(link.terms[: params.member_terms]) if link else (),
                reason_dependencies=link.shared_dependencies[: params.member_terms] if link else (),
            )
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
    strongest = [t for t, _ in term_weight.most_common(params.reason_terms)]
    terms = wording.all_shown(strongest)
    words = tuple(dict.fromkeys(wording.seen(strongest)))
    types = Counter(items[node].component_type or "other" for node in nodes)
    usual_type = min(types, key=lambda t: (-types[t], t))
    # The title's concept, else its words, from what the members share and wrote themselves.
    concepts = tuple(t for t in terms if t in _CONCEPT_LABELS)
    common = {wording.shown(t) for t in wording.common}
    title = cluster_title(concepts + words, usual_type, common=common)
    return Cluster(
        id=_cluster_id([m.full_name for m in members]),
        members=tuple(members),
        organisations=organisations,
        sectors=tuple(sorted({m.sector for m in members if m.sector})),
        kind=kind,
        efforts=efforts,
        score=round(score, 4),
        cohesion=round(cohesion, 4),
        terms=terms,
        shared_dependencies=tuple(
            d for d, _ in dependency_count.most_common(params.reason_dependencies)
        ),
        title=title.en,
        title_cy=title.cy,
        title_concept=title.concept,
        title_words=title.words,
        words=words,
    )
