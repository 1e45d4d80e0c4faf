"""Atom feeds of components new to the catalogue, overall and per organisation."""

from __future__ import annotations

from datetime import UTC, datetime

from litestar import Request, Response, Router
from litestar.params import FromPath
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalogue.models import Component, Organisation
from catalogue.queries import get_organisation
from web.deps import DbSession
from web.routes.localised import localised_get
from web.templating import environment, page_context

FEED_SIZE = 50
FEED_CACHE = "public, max-age=900"


def new_components(
    session: Session, organisation: Organisation | None = None, limit: int = FEED_SIZE
) -> list[Component]:
    """The components most recently added to the catalogue, newest first."""
    query = (
        select(Component)
        .options(selectinload(Component.organisation))
        .where(Component.removed_at.is_(None))
        .order_by(Component.first_seen_at.desc(), Component.id.desc())
        .limit(limit)
    )
    if organisation is not None:
        query = query.where(Component.organisation_id == organisation.id)
    return list(session.scalars(query))


def _feed(
    request: Request, components: list[Component], organisation: Organisation | None
) -> Response:
    context = page_context(request)
    base = request.app.state.settings.base_url
    updated = max((c.first_seen_at for c in components), default=datetime(2026, 1, 1, tzinfo=UTC))
    xml = (
        environment(context["locale"])
        .get_template("feeds/new.xml")
        .render(
            **context,
            base=base,
            self_url=base + request.url.path,
            components=components,
            organisation=organisation,
            updated=updated,
        )
    )
    return Response(
        xml,
        media_type="application/atom+xml; charset=utf-8",
        headers={"Cache-Control": FEED_CACHE, "Content-Language": context["locale"]},
    )


@localised_get("/components/feed.atom", name="feeds:components", sync_to_thread=True)
def components_feed(request: Request, db_session: DbSession) -> Response:
    return _feed(request, new_components(db_session), None)


@localised_get(
    "/organisations/{slug:str}/feed.atom", name="feeds:organisation", sync_to_thread=True
)
def organisation_feed(request: Request, db_session: DbSession, slug: FromPath[str]) -> Response:
    organisation = get_organisation(db_session, slug)
    return _feed(request, new_components(db_session, organisation), organisation)


router = Router(
    path="", route_handlers=[*components_feed, *organisation_feed], include_in_schema=False
)
