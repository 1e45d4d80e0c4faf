"""A component's own page: everything the catalogue knows about one repository."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from litestar import Request, Response, Router
from litestar.params import FromPath

from catalogue.licences import licence_kind
from catalogue.publiccode.health import has_licence_file
from catalogue.queries import get_component
from catalogue.welsh import welsh_evidence
from web.auth import current_user
from web.deps import DbSession
from web.get_started import get_started
from web.health import health_view
from web.routes.annotations import annotation_context
from web.routes.insight import similar_context
from web.routes.localised import localised_get
from web.routes.problems import problems_context
from web.routes.reuse import reuse_context
from web.templating import render

# Colours for the language bar: GOV.UK palette colours that differ in hue and lightness.
BAR_COLOURS = ("#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#f47738", "#28a197", "#b58840")
BAR_PARTS = len(BAR_COLOURS) - 1
DEPENDENCIES_SHOWN = 40
PUBLICCODE_STATUSES = ("concept", "development", "beta", "stable", "obsolete")


def language_shares(languages: dict[str, int] | None) -> list[dict[str, Any]]:
    """Each language's share of the files, largest first; the tail is folded into 'Other'."""
    counts = {
        str(name): count
        for name, count in (languages or {}).items()
        if isinstance(count, int | float) and count > 0
    }
    total = sum(counts.values())
    if not total:
        return []
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))
    shares, offset = [], 0.0
    for index, (name, count) in enumerate(ranked):
        share = 100 * count / total
        colour = BAR_COLOURS[min(index, BAR_PARTS)]
        shares.append(
            {
                "name": name,
                "count": count,
                "share": share,
                "offset": offset,
                "colour": colour,
                "in_bar": index < BAR_PARTS,
            }
        )
        offset += share
    return shares


def _text(value: Any, limit: int = 300) -> str:
    """Harvested YAML can hold anything: show scalars and lists of scalars as text, else nothing."""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
    elif not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return str(value).strip()[:limit]


def _get(mapping: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)
    return mapping


def publiccode_facts(publiccode: dict | None) -> dict[str, Any]:
    """The publiccode.yml fields the page shows, as plain text (blank when absent or malformed)."""
    data = publiccode if isinstance(publiccode, dict) else {}
    contacts = []
    for contact in _get(data, "maintenance", "contacts") or []:
        if isinstance(contact, dict) and _text(contact.get("name")):
            email = _text(contact.get("email"), 200)
            contacts.append(
                {"name": _text(contact.get("name"), 200), "email": email if "@" in email else ""}
            )
    status = _text(data.get("developmentStatus"), 40).lower()
    return {
        "present": bool(data),
        "name": _text(data.get("name")),
        "version": _text(data.get("softwareVersion"), 60),
        "release_date": _text(data.get("releaseDate"), 40),
        "status": status if status in PUBLICCODE_STATUSES else "",
        "software_type": _text(data.get("softwareType"), 60),
        "platforms": _text(data.get("platforms")),
        "categories": _text(data.get("categories")),
        "maintenance": _text(_get(data, "maintenance", "type"), 60),
        "contacts": contacts[:5],
        "copyright_owner": _text(_get(data, "legal", "mainCopyrightOwner")),
        "languages": _text(_get(data, "localisation", "availableLanguages")),
        "used_by": _text(data.get("usedBy")),
        "url": _text(data.get("url"), 500),
    }


def dependency_groups(dependencies) -> list[tuple[str, list]]:
    """Dependencies grouped by ecosystem (they arrive sorted by ecosystem, then name)."""
    return [
        (ecosystem, list(items))
        for ecosystem, items in groupby(dependencies, lambda d: d.ecosystem)
    ]


@localised_get("/components/{component_id:int}", name="components:detail", sync_to_thread=True)
def component_detail(
    request: Request, db_session: DbSession, component_id: FromPath[int]
) -> Response:
    component = get_component(db_session, component_id)
    user = current_user(request, db_session)
    publiccode = publiccode_facts(component.publiccode)
    annotations = annotation_context(db_session, user, component)
    editors = annotations["annotation"].contact if annotations["annotation"] else None
    support, documentation = welsh_evidence(
        component.publiccode,
        component.files_sample or [],
        component.readme_text,
        component.description,
        name=component.name,
    )
    return render(
        request,
        "components/detail.html",
        {
            "component": component,
            "licence_kind": licence_kind(component.licence),
            "licence_file": has_licence_file(component.files_sample or []),
            "languages": language_shares(component.languages),
            "dependency_groups": dependency_groups(component.dependencies),
            "dependencies_shown": DEPENDENCIES_SHOWN,
            "publiccode": publiccode,
            "start": get_started(component, publiccode["contacts"], editors),
            "health": health_view(component),
            "welsh_evidence": support + documentation if support else [],
            "welsh_documentation": documentation,
            **annotations,
            **problems_context(db_session, component_id=component.id),
            **similar_context(request, component.id, db_session),
            **reuse_context(db_session, component),
        },
    )


router = Router(path="", route_handlers=[*component_detail], include_in_schema=False)
