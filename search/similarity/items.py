"""The facts about a component that similarity looks at, decoupled from the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class SimilarityItem:
    """One component as similarity sees it: its text, dependencies and a little metadata."""

    id: int
    full_name: str
    organisation: str
    sector: str = ""
    name: str = ""
    description: str = ""
    description_cy: str = ""
    topics: tuple[str, ...] = ()
    readme: str = ""
    # (ecosystem, package name) pairs, as the normaliser records them.
    dependencies: tuple[tuple[str, str], ...] = ()
    categories: tuple[str, ...] = ()
    component_type: str = "other"
    fork: bool = False
    primary_language: str = ""
    pushed_at: datetime | None = None
    archived: bool = False


def _categories(publiccode: dict | None) -> tuple[str, ...]:
    categories = (publiccode or {}).get("categories") or []
    if not isinstance(categories, list):
        return ()
    return tuple(sorted({str(c).strip().lower() for c in categories if str(c).strip()}))


def item_from_component(component: Any) -> SimilarityItem:
    """Map a catalogue Component (organisation and dependencies loaded) to a SimilarityItem."""
    organisation = component.organisation
    return SimilarityItem(
        id=component.id,
        full_name=component.full_name,
        organisation=organisation.slug,
        sector=organisation.sector or "",
        name=component.name or "",
        description=component.description or "",
        description_cy=component.description_cy or "",
        topics=tuple(str(t) for t in component.topics or ()),
        readme=component.readme_text or "",
        dependencies=tuple(sorted({(d.ecosystem, d.name) for d in component.dependencies or ()})),
        categories=_categories(component.publiccode),
        component_type=component.component_type or "other",
        fork=bool(component.fork),
        primary_language=component.primary_language or "",
        pushed_at=component.pushed_at,
        archived=bool(component.archived),
    )


def items_from_components(components: Iterable[Any]) -> list[SimilarityItem]:
    """Map Component rows to SimilarityItems, leaving out components removed from their host."""
    return [item_from_component(c) for c in components if getattr(c, "removed_at", None) is None]
