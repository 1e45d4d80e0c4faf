"""Similarity: where public bodies build the same thing, and what exists before you build."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from search.similarity.clusters import Cluster, ClusterMember, ClusterParams, build_clusters
from search.similarity.items import SimilarityItem, item_from_component, items_from_components
from search.similarity.pairs import Pair, SimilarityParams, find_pairs
from search.similarity.representation import VectorRepresentation
from search.similarity.vectors import DependencyModel, TextModel, fit_dependencies, fit_text

__all__ = [
    "Cluster",
    "ClusterMember",
    "ClusterParams",
    "ComponentRef",
    "Pair",
    "SimilarityItem",
    "SimilarityParams",
    "SimilarityResult",
    "analyse",
    "item_from_component",
    "items_from_components",
]


@dataclass(frozen=True)
class ComponentRef:
    """Enough about a component to show it in a pair without loading it."""

    id: int
    full_name: str
    organisation: str
    sector: str


@dataclass
class SimilarityResult:
    """Everything one run of similarity found, ready to store, serve and print."""

    computed_at: datetime
    item_count: int
    pairs: list[Pair]
    clusters: list[Cluster]
    components: dict[int, ComponentRef]
    _by_item: dict[int, list[Pair]] | None = field(default=None, repr=False, compare=False)

    def similar_to(self, item_id: int, limit: int = 10) -> list[tuple[ComponentRef, Pair]]:
        """Components in other organisations similar to this one, most similar first."""
        if self._by_item is None:
            index: dict[int, list[Pair]] = {}
            for pair in self.pairs:
                index.setdefault(pair.a, []).append(pair)
                index.setdefault(pair.b, []).append(pair)
            self._by_item = index
        found = self._by_item.get(item_id, [])[:limit]
        return [(self.components[p.b if p.a == item_id else p.a], p) for p in found]

    def cluster_of(self, item_id: int) -> Cluster | None:
        """The cluster holding this component, if any."""
        return next((c for c in self.clusters if any(m.id == item_id for m in c.members)), None)


def representation_of(
    text: TextModel, deps: DependencyModel, params: SimilarityParams
) -> VectorRepresentation:
    """What clusters compare members on: the vectors pairs are scored on, weighted alike."""
    return VectorRepresentation((text.vectors, deps.vectors), (1.0, params.dependency_weight))


def analyse(
    items: Sequence[SimilarityItem],
    params: SimilarityParams | None = None,
    cluster_params: ClusterParams | None = None,
    now: datetime | None = None,
) -> SimilarityResult:
    """Find similar pairs across organisations and group them into ranked clusters."""
    now = now or datetime.now(UTC)
    params = params or SimilarityParams()
    items = list(items)
    text = fit_text(items, params.workers)
    deps = fit_dependencies(items)
    pairs = find_pairs(items, text, deps, params)
    cluster_params = cluster_params or ClusterParams()
    representation = (
        representation_of(text, deps, params)
        if len(items) <= cluster_params.representation_limit
        else None
    )
    clusters = build_clusters(items, pairs, cluster_params, now, representation)
    referenced = {p.a for p in pairs} | {p.b for p in pairs}
    components = {
        item.id: ComponentRef(item.id, item.full_name, item.organisation, item.sector)
        for item in items
        if item.id in referenced
    }
    return SimilarityResult(
        computed_at=now,
        item_count=len(items),
        pairs=pairs,
        clusters=clusters,
        components=components,
    )
