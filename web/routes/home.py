"""The home page: search box, counts, ways in by sector and type, recently updated components."""

from __future__ import annotations

from litestar import Request, Response, Router
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalogue.models import Component
from catalogue.queries import count_components, count_organisations
from catalogue.vocabulary import COMPONENT_TYPES, SECTORS
from search.backend import Query
from web.deps import DbSession, Search
from web.routes.localised import localised_get
from web.templating import render

RECENT = 6


def vocabulary_counts(facet: dict[str, int], vocabulary: dict[str, str]) -> list[tuple[str, int]]:
    """(slug, count) for each vocabulary entry that has components, in the vocabulary's order."""
    return [(slug, facet[slug]) for slug in vocabulary if facet.get(slug)]


@localised_get("/", name="home", sync_to_thread=True)
def home(request: Request, db_session: DbSession, search_backend: Search) -> Response:
    recent = db_session.scalars(
        select(Component)
        .options(selectinload(Component.organisation))
        .where(Component.removed_at.is_(None), Component.pushed_at.is_not(None))
        .order_by(Component.pushed_at.desc(), Component.id)
        .limit(RECENT)
    ).all()
    # One empty query gives every sector's and type's count, as the search filters will show them.
    facets = search_backend.search(Query(per_page=1)).facets
    return render(
        request,
        "home.html",
        {
            "component_count": count_components(db_session),
            "organisation_count": count_organisations(db_session),
            "recent": recent,
            "sectors": vocabulary_counts(facets.get("sector", {}), SECTORS),
            "types": vocabulary_counts(facets.get("type", {}), COMPONENT_TYPES),
        },
    )


router = Router(path="", route_handlers=[*home], include_in_schema=False)
