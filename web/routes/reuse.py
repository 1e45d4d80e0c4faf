"""Verified reuse on component pages and in the API: who uses a component, what it uses, its packages."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Response, Router, get
from litestar.params import PathParameter
from sqlalchemy.orm import Session

from catalogue.models import Component
from catalogue.queries import get_component
from catalogue.reuse import ComponentReuse, ReuseEntry, component_publications, component_reuse
from catalogue.reuse.names import match_key
from catalogue.reuse.registries import PackageLink, package_link
from web.deps import DbSession
from web.routes.api import API_CACHE, PREFIX, _errors

# Evidence that a publication exists without any dependent naming it.
_SELF_EVIDENT = ("go-module", "install-line")


def published_packages(
    session: Session, component: Component, reuse: ComponentReuse
) -> list[PackageLink]:
    """Packages the component publishes, as found: install lines, go.mod, and names its users declare."""
    found: dict[tuple[str, str], PackageLink] = {}
    for item in component_publications(session, component):
        if item.evidence in _SELF_EVIDENT:
            link = package_link(item.ecosystem, item.name, item.evidence)
            if link:
                found.setdefault((item.ecosystem, match_key(item.ecosystem, item.name)), link)
    for entry in reuse.used_by:
        link = package_link(entry.ecosystem, entry.package, "dependents")
        if link:
            found.setdefault((entry.ecosystem, match_key(entry.ecosystem, entry.package)), link)
    return list(found.values())


def reuse_context(session: Session, component: Component) -> dict[str, Any]:
    """What components/_reuse.html needs."""
    reuse = component_reuse(session, component)
    return {"reuse": reuse, "packages": published_packages(session, component, reuse)}


def _entry_json(entry: ReuseEntry) -> dict[str, Any]:
    return {
        "component": {
            "id": entry.component_id,
            "full_name": entry.full_name,
            "organisation": entry.organisation,
            "same_organisation": entry.same_organisation,
            "links": {
                "self": f"{PREFIX}/components/{entry.component_id}",
                "html": f"/components/{entry.component_id}",
            },
        },
        "ecosystem": entry.ecosystem,
        "package": entry.package,
        "manifest": entry.manifest,
        "evidence": entry.evidence,
    }


@get(
    "/components/{component_id:int}/reuse",
    name="api:reuse",
    sync_to_thread=True,
    summary="Verified reuse: who uses this component and whose components it uses",
    responses=_errors(404, 429),
)
def api_reuse(
    db_session: DbSession,
    component_id: Annotated[int, PathParameter(description="The component's id.")],
) -> Response:
    """Reuse proven by manifests: another component declares a package this one publishes.

    `evidence` says how we know the provider publishes the package: `go-module` (a Go module's path
    is its repository's address), `install-line` (the provider's README installs it by that name),
    `namespace` (named after the repository in the body's npm scope, Maven group or NuGet prefix) or
    `org-prefix` (an unscoped name that carries the body's prefix).
    """
    component = get_component(db_session, component_id)
    reuse = component_reuse(db_session, component)
    body = {
        "id": component.id,
        "full_name": component.full_name,
        "used_by": {
            "components": reuse.used_by_components,
            "organisations": reuse.used_by_organisations,
            "other_organisations": reuse.used_by_other_organisations,
            "links": [_entry_json(e) for e in reuse.used_by],
        },
        "uses": {
            "components": reuse.uses_components,
            "of_other_organisations": reuse.uses_other_components,
            "links": [_entry_json(e) for e in reuse.uses],
        },
        "packages": [
            {
                "ecosystem": p.ecosystem,
                "name": p.name,
                "registry": p.registry,
                "url": p.url,
                "install": p.command,
                "evidence": p.evidence,
            }
            for p in published_packages(db_session, component, reuse)
        ],
    }
    return Response(body, headers={"Cache-Control": API_CACHE})


api_router = Router(path=PREFIX, route_handlers=[api_reuse], tags=["catalogue"])
