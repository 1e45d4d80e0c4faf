"""Federation out: each component's publiccode.yml and the catalogue as DCAT-AP RDF for other catalogues."""

from __future__ import annotations

from collections.abc import Iterator

from litestar import Request, Response, Router, get
from litestar.datastructures import State
from litestar.params import FromPath
from litestar.response import Stream
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalogue.dcat import (
    TITLE,
    catalogue_graph,
    component_graph,
    jsonld_chunks,
    turtle_chunks,
)
from catalogue.models import Component
from catalogue.publiccode.from_component import component_publiccode
from catalogue.queries import get_component
from web.deps import DbSession
from web.negotiation import PRODUCES, unknown_format

EXPORT_CACHE = "public, max-age=3600"
BATCH = 100
FORMATS = {
    "/export/catalogue.ttl": "text/turtle",
    "/export/catalogue.jsonld": "application/ld+json",
}


@get(
    "/components/{component_id:int}/publiccode.yml",
    name="federation:publiccode",
    sync_to_thread=True,
    opt={PRODUCES: ("text/yaml", "application/yaml")},
)
def publiccode_file(db_session: DbSession, component_id: FromPath[int]) -> Response:
    """The component's own publiccode.yml, or one generated from the catalogue (and marked so)."""
    component = get_component(db_session, component_id)
    text, generated = component_publiccode(component)
    return Response(
        text,
        media_type="text/yaml",
        headers={
            "Cache-Control": "public, max-age=300",
            "Content-Disposition": 'inline; filename="publiccode.yml"',
            "X-Publiccode-Source": "generated" if generated else "repository",
        },
    )


def _live_ids(db_session: DbSession) -> list[int]:
    return list(
        db_session.scalars(
            select(Component.id).where(Component.removed_at.is_(None)).order_by(Component.id)
        )
    )


def _component_graphs(state: State, site: str, ids: list[int]) -> Iterator:
    """Graphs of the components, loaded a batch at a time in a session of the stream's own."""
    with state.sessionmaker() as session:
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            components = session.scalars(
                select(Component)
                .where(Component.id.in_(batch))
                .options(selectinload(Component.organisation))
                .order_by(Component.id)
            )
            for component in components:
                yield component_graph(site, component)
            session.expunge_all()


def _export(request: Request, state: State, db_session: DbSession, turtle: bool) -> Stream:
    site = state.settings.base_url  # never the Host header: the export is cached
    ids = _live_ids(db_session)
    head = catalogue_graph(site, TITLE["en"], ids)
    chunks = (turtle_chunks if turtle else jsonld_chunks)(head, _component_graphs(state, site, ids))
    name = "catalogue.ttl" if turtle else "catalogue.jsonld"
    return Stream(
        chunks,
        media_type=FORMATS[f"/export/{name}"],
        headers={
            "Cache-Control": EXPORT_CACHE,
            "Content-Disposition": f'inline; filename="welsh-public-code-{name}"',
        },
    )


@get(
    "/export/catalogue.ttl",
    name="federation:turtle",
    sync_to_thread=True,
    opt={PRODUCES: ("text/turtle",)},
)
def export_turtle(request: Request, state: State, db_session: DbSession) -> Stream:
    """The whole catalogue as DCAT-AP / ADMS-AP in Turtle, streamed."""
    return _export(request, state, db_session, turtle=True)


@get(
    "/export/catalogue.jsonld",
    name="federation:jsonld",
    sync_to_thread=True,
    opt={PRODUCES: ("application/ld+json", "application/json")},
)
def export_jsonld(request: Request, state: State, db_session: DbSession) -> Stream:
    """The whole catalogue as DCAT-AP / ADMS-AP in JSON-LD, streamed."""
    return _export(request, state, db_session, turtle=False)


@get("/export/{name:str}", name="federation:unknown", sync_to_thread=False)
def export_unknown(name: FromPath[str]) -> None:
    """Any other export name asks for a format we do not make: 406, naming those we do."""
    raise unknown_format(FORMATS)


router = Router(
    path="",
    route_handlers=[publiccode_file, export_turtle, export_jsonld, export_unknown],
    include_in_schema=False,
)
