"""The JSON API, version 1: search, components, organisations and sectors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from litestar import Request, Response, Router, get
from litestar.openapi import ResponseSpec
from litestar.params import PathParameter, QueryParameter

from catalogue.errors import NotFoundError
from catalogue.models import Component, Organisation
from catalogue.queries import component_counts, get_component, get_organisation, list_organisations
from catalogue.vocabulary import SECTORS
from catalogue.welsh import welsh_evidence
from search.backend import MAX_PER_PAGE, MAX_QUERY_LENGTH, Query
from search.results import component_summary, organisation_ref, results_json, run_search
from web.deps import DbSession, Search
from web.i18n import gettext_for, with_query
from web.search_params import MAX_PAGE, query_from_request, query_params

API_CACHE = "public, max-age=60"
PREFIX = "/api/v1"


@dataclass
class ErrorDetail:
    status: int
    message: str


@dataclass
class ErrorBody:
    """Every API error has this shape."""

    error: ErrorDetail


def _errors(*statuses: int) -> dict[int, ResponseSpec]:
    descriptions = {
        400: "A parameter is not valid; the message says which and why.",
        404: "There is nothing at this address.",
        429: "Too many requests from this address; wait for Retry-After seconds.",
        503: "Search is unavailable for a moment; try again after Retry-After seconds.",
    }
    return {
        status: ResponseSpec(data_container=ErrorBody, description=descriptions[status])
        for status in statuses
    }


def _json(data: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    return Response(data, headers={"Cache-Control": API_CACHE, **(headers or {})})


def _filter(name: str, what: str) -> Any:
    return QueryParameter(
        name=name,
        required=False,
        description=f"Only components {what}; repeat it to accept any of several values.",
        max_length=200,
    )


def _sector_names(slug: str) -> dict[str, str]:
    english = SECTORS.get(slug, slug)
    return {"en": english, "cy": gettext_for("cy", english)}


@get(
    "/search",
    name="api:search",
    sync_to_thread=True,
    summary="Search components",
    description="The same search as the search page, with facet counts and links to other pages.",
    responses=_errors(400, 429, 503),
)
def api_search(
    request: Request,
    db_session: DbSession,
    search_backend: Search,
    q: Annotated[
        str | None,
        QueryParameter(
            description="Words to search for, in English or Welsh.", max_length=MAX_QUERY_LENGTH
        ),
    ] = None,
    sort: Annotated[
        Literal["relevance", "updated", "name"] | None,
        QueryParameter(description="Order of results."),
    ] = None,
    page: Annotated[
        int | None, QueryParameter(ge=1, le=MAX_PAGE, description="Page number.")
    ] = None,
    per_page: Annotated[
        int | None,
        QueryParameter(ge=1, le=MAX_PER_PAGE, description="Results per page (default 20)."),
    ] = None,
    organisation: Annotated[
        list[str] | None, _filter("organisation", "from these organisations (slugs)")
    ] = None,
    sector: Annotated[
        list[str] | None, _filter("sector", "from organisations in these sectors")
    ] = None,
    language: Annotated[
        list[str] | None, _filter("language", "mainly in these programming languages")
    ] = None,
    licence: Annotated[
        list[str] | None, _filter("licence", "under these licences (SPDX ids)")
    ] = None,
    component_type: Annotated[list[str] | None, _filter("type", "of these types")] = None,
    activity: Annotated[
        list[str] | None,
        _filter("activity", "that are active, stale, archived or unknown (no date of last change)"),
    ] = None,
    publiccode: Annotated[
        list[str] | None, _filter("publiccode", "with (yes) or without (no) publiccode.yml")
    ] = None,
    welsh: Annotated[
        list[str] | None, _filter("welsh", "that work in Welsh (yes) or not (no)")
    ] = None,
    topic: Annotated[list[str] | None, _filter("topic", "with these topics")] = None,
) -> Response:
    """The parameters are declared for the OpenAPI document; one parser reads them, as for the page."""
    query = query_from_request(request)
    results = run_search(db_session, search_backend, query)
    if query.page > 1 and query.page > results.page.pages:
        # One rule for the page and the API: past the last page is 404, not an empty 200.
        raise NotFoundError(f"there is no page {query.page} of these results")
    links = search_links(query, results.page.pages)
    body = {**results_json(results, request.app.state.settings.base_url + "/"), "links": links}
    link_header = ", ".join(f'<{href}>; rel="{rel}"' for rel, href in links.items())
    return _json(body, {"Link": link_header})


def search_links(query: Query, pages: int) -> dict[str, str]:
    """self, first, last, and next/prev where they exist, as paths with query strings."""

    def link(number: int) -> str:
        return with_query(f"{PREFIX}/search", query_params(query, page=str(number)))

    links = {"self": link(query.page), "first": link(1), "last": link(pages)}
    if query.page < pages:
        links["next"] = link(query.page + 1)
    if query.page > 1:
        links["prev"] = link(min(query.page - 1, pages))
    return links


@get(
    "/components/{component_id:int}",
    name="api:component",
    sync_to_thread=True,
    summary="One component",
    responses=_errors(404, 429),
)
def api_component(
    request: Request,
    db_session: DbSession,
    component_id: Annotated[int, PathParameter(description="The component's id.")],
) -> Response:
    """Everything the catalogue knows about one component."""
    component = get_component(db_session, component_id)
    iso = lambda value: value.isoformat() if value else None  # noqa: E731
    return _json(
        {
            **component_summary(component),
            "url": f"{request.app.state.settings.base_url}/components/{component.id}",
            "languages": component.languages,
            "forks": component.count("forks"),
            "open_issues": component.count("open_issues"),
            "created_at": iso(component.created_at),
            "updated_at": iso(component.updated_at),
            "fork": component.fork,
            "template": component.template,
            "default_branch": component.default_branch,
            "type_reason": component.component_type_reason,
            "dependencies": [
                {"ecosystem": d.ecosystem, "name": d.name} for d in component.dependencies
            ],
            "publiccode": component.publiccode,
            "used_by_organisations": used_by_json(component),
            **welsh_json(component),
            "readme_text": component.readme_text,
            "first_seen_at": iso(component.first_seen_at),
            "last_seen_at": iso(component.last_seen_at),
            "removed_at": iso(component.removed_at),
            "links": {
                "self": f"{PREFIX}/components/{component.id}",
                "html": f"/components/{component.id}",
                "html_cy": f"/cy/components/{component.id}",
                "organisation": f"{PREFIX}/organisations/{component.organisation.slug}",
            },
        }
    )


def used_by_json(component: Component) -> list[dict[str, Any]]:
    """Organisations said to use the component, with the state of each claim (declined left out)."""
    claims = sorted(
        (c for c in component.used_by_claims if c.declined_at is None),
        key=lambda c: (not c.verified, c.organisation.slug),
    )
    return [
        {
            "organisation": claim.organisation.slug,
            "organisation_name": claim.organisation.name,
            "organisation_name_cy": claim.organisation.name_cy,
            "state": claim.state,
            "source": claim.source,
            "confirmed_at": claim.confirmed_at.isoformat() if claim.confirmed_at else None,
        }
        for claim in claims
    ]


def welsh_json(component: Component) -> dict[str, Any]:
    """Whether the component works in Welsh, on the evidence the search filter `welsh` and the
    component page use, and any Welsh documentation (which alone does not make it work in Welsh)."""
    support, documentation = welsh_evidence(
        component.publiccode,
        component.files_sample or [],
        component.readme_text,
        component.description,
        name=component.name,
    )
    evidence = support + documentation if support else []
    return {
        "works_in_welsh": bool(support),
        "welsh_evidence": [{"kind": kind, "detail": detail} for kind, detail in evidence],
        "welsh_documentation": [{"kind": kind, "detail": detail} for kind, detail in documentation],
    }


def organisation_json(organisation: Organisation, count: int) -> dict[str, Any]:
    """An organisation as the API shows it (never its webhook secret)."""
    slug = organisation.slug
    return {
        "slug": slug,
        "name": organisation.name,
        "name_cy": organisation.name_cy,
        "sector": organisation.sector,
        "sector_name": _sector_names(organisation.sector),
        "website": organisation.website,
        "verified": organisation.verified,
        # Every organisation is loaded for the list, so this finds its client without a query.
        "builds_for": organisation_ref(organisation.builds_for),
        "accounts": [
            {"host": a.host, "login": a.login, "url": a.url} for a in organisation.accounts
        ],
        "component_count": count,
        "links": {
            "self": f"{PREFIX}/organisations/{slug}",
            "html": f"/organisations/{slug}",
            "html_cy": f"/cy/organisations/{slug}",
            "components": f"{PREFIX}/search?organisation={slug}",
            "feed": f"/organisations/{slug}/feed.atom",
        },
    }


@get(
    "/organisations",
    name="api:organisations",
    sync_to_thread=True,
    summary="Every organisation",
    responses=_errors(429),
)
def api_organisations(db_session: DbSession) -> Response:
    """Every organisation, with its accounts and number of live components."""
    counts = component_counts(db_session)
    organisations = list_organisations(db_session)
    return _json(
        {
            "total": len(organisations),
            "organisations": [organisation_json(o, counts.get(o.id, 0)) for o in organisations],
        }
    )


@get(
    "/organisations/{slug:str}",
    name="api:organisation",
    sync_to_thread=True,
    summary="One organisation",
    responses=_errors(404, 429, 503),
)
def api_organisation(
    db_session: DbSession,
    search_backend: Search,
    slug: Annotated[str, PathParameter(description="The organisation's slug.", max_length=100)],
) -> Response:
    """One organisation, with the suppliers that build for it and its components counted by
    language, type, licence and activity."""
    organisation = get_organisation(db_session, slug)
    page = search_backend.search(Query(filters={"organisation": (organisation.slug,)}, per_page=1))
    counts = {
        field: page.facets.get(field, {}) for field in ("language", "type", "licence", "activity")
    }
    # In alphabetical order, as on the page: SQL's order puts "freshEHR" after "Work In Progress".
    ordered = sorted(organisation.suppliers, key=lambda supplier: supplier.name.lower())
    suppliers = [organisation_ref(supplier) for supplier in ordered]
    return _json(
        {**organisation_json(organisation, page.total), "suppliers": suppliers, "counts": counts}
    )


@get(
    "/sectors",
    name="api:sectors",
    sync_to_thread=True,
    summary="The sectors",
    responses=_errors(429),
)
def api_sectors(db_session: DbSession) -> Response:
    """The fixed list of sectors, with names in both languages and how much each holds."""
    counts = component_counts(db_session)
    organisations = list_organisations(db_session)
    sectors = []
    for slug in SECTORS:
        members = [o for o in organisations if o.sector == slug]
        sectors.append(
            {
                "slug": slug,
                "name": _sector_names(slug),
                "organisation_count": len(members),
                "component_count": sum(counts.get(o.id, 0) for o in members),
                "links": {
                    "components": f"{PREFIX}/search?sector={slug}",
                    "html": f"/sectors#{slug}",
                },
            }
        )
    return _json({"sectors": sectors})


router = Router(
    path=PREFIX,
    route_handlers=[api_search, api_component, api_organisations, api_organisation, api_sectors],
    tags=["catalogue"],
)
