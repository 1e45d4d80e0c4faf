"""Organisations and sectors: the indexes and each organisation's own page."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from litestar import Request, Response, Router
from litestar.params import FromPath

from catalogue.first_harvest import first_harvest_progress
from catalogue.models import Component, ComponentProblem, Organisation
from catalogue.queries import (
    component_counts,
    get_organisation,
    list_organisations,
    organisation_components,
)
from catalogue.vocabulary import COMPONENT_TYPES, SECTORS
from search.backend import Query
from search.results import run_search
from web.deps import DbSession, Search
from web.health import health_view
from web.i18n import locale_from_path
from web.routes.localised import localised_get
from web.routes.problems import problems_context
from web.templating import render

LATEST = 10


def sector_groups(organisations: list[Organisation], counts: dict[int, int]) -> list[dict]:
    """Sectors in vocabulary order, each with its organisations and component total."""
    groups = []
    for slug in SECTORS:
        members = [o for o in organisations if o.sector == slug]
        if members:
            groups.append(
                {
                    "slug": slug,
                    "organisations": members,
                    "components": sum(counts.get(o.id, 0) for o in members),
                }
            )
    return groups


def problem_rows(
    components: list[Component], found: list[ComponentProblem]
) -> list[dict[str, Any]]:
    """Each component with something to fix: its recorded problems, then what its health flags."""
    recorded = defaultdict(list)
    for problem in found:
        recorded[problem.component_id].append(problem)
    rows = []
    for component in components:
        health = health_view(component)
        problems = recorded[component.id]
        # A problem's kind starts with the name of the check it comes from (catalogue.problems).
        covered = {problem.kind.split(".")[0] for problem in problems}
        advice = [check for check in health["problems"] if check["name"] not in covered]
        if problems or advice:
            rows.append(
                {"component": component, "health": health, "problems": problems, "advice": advice}
            )
    return rows


@localised_get("/organisations", name="organisations:index", sync_to_thread=True)
def organisations_index(request: Request, db_session: DbSession) -> Response:
    locale = locale_from_path(request.url.path)
    organisations = sorted(
        list_organisations(db_session), key=lambda o: o.display_name(locale).lower()
    )
    return render(
        request,
        "organisations/index.html",
        {"organisations": organisations, "counts": component_counts(db_session)},
    )


@localised_get("/sectors", name="sectors:index", sync_to_thread=True)
def sectors_index(request: Request, db_session: DbSession) -> Response:
    locale = locale_from_path(request.url.path)
    organisations = sorted(
        list_organisations(db_session), key=lambda o: o.display_name(locale).lower()
    )
    counts = component_counts(db_session)
    return render(
        request,
        "sectors/index.html",
        {"sectors": sector_groups(organisations, counts), "counts": counts},
    )


@localised_get("/organisations/{slug:str}", name="organisations:detail", sync_to_thread=True)
def organisation_detail(
    request: Request, db_session: DbSession, search_backend: Search, slug: FromPath[str]
) -> Response:
    locale = locale_from_path(request.url.path)
    organisation = get_organisation(db_session, slug)
    # builds_for and suppliers load lazily, one query each however many suppliers there are (the
    # page shows only their names, columns of the rows loaded), so nothing here grows per supplier.
    suppliers = sorted(organisation.suppliers, key=lambda o: o.display_name(locale).lower())
    latest = run_search(
        db_session,
        search_backend,
        Query(filters={"organisation": (organisation.slug,)}, sort="updated", per_page=LATEST),
    )
    facets = latest.page.facets
    languages = sorted(
        ((name, count) for name, count in facets.get("language", {}).items() if count and name),
        key=lambda item: (-item[1], item[0].lower()),
    )
    types = [(t, facets["type"][t]) for t in COMPONENT_TYPES if facets.get("type", {}).get(t)]
    found = problems_context(db_session, organisation_id=organisation.id)
    rows = problem_rows(
        organisation_components(db_session, organisation.id), found["found_problems"]
    )
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "builds_for": organisation.builds_for,
            "suppliers": suppliers,
            "latest": latest,
            "total": latest.page.total,
            "languages": languages,
            "types": types,
            "first_harvest": first_harvest_progress(db_session, organisation),
            **found,
            "problem_rows": rows,
        },
    )


router = Router(
    path="",
    route_handlers=[*organisations_index, *sectors_index, *organisation_detail],
    include_in_schema=False,
)
