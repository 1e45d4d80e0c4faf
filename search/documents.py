"""The one place a search document is shaped from a component."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from catalogue.models import Component, Organisation
from catalogue.models.organisation import name_in
from catalogue.publiccode.health import component_health
from catalogue.welsh import works_in_welsh
from search.aliases import organisation_aliases
from search.definitions import load_definitions
from search.facts import dependency_words, module_words, split_facts, split_name

README_LIMIT = 8000
ACTIVE_WINDOW = timedelta(days=365)


def activity(component: Component, now: datetime | None = None) -> str:
    """'archived', 'active' (pushed in the last 12 months), 'stale' (pushed before) or 'unknown'.

    Without a push date nothing says the code is old: calling it stale contradicted the page's
    "Last change: Unknown".
    """
    if component.archived:
        return "archived"
    if component.pushed_at is None:
        return "unknown"
    now = now or datetime.now(UTC)
    if now - component.pushed_at <= ACTIVE_WINDOW:
        return "active"
    return "stale"


def _timestamp(value: datetime | None) -> int:
    return int(value.timestamp()) if value else 0


def is_reused(component: Component) -> bool:
    """Evidence of reuse: publiccode.yml names users, another organisation confirmed its use, or
    another component's manifest names a package this one publishes (catalogue.reuse)."""
    if component.used_by_links:
        return True
    used_by = (component.publiccode or {}).get("usedBy")
    if isinstance(used_by, list) and any(str(u).strip() for u in used_by):
        return True
    return any(claim.verified for claim in component.used_by_claims)


def _client(client: Organisation | None) -> dict[str, Any]:
    """The names and aliases of the body a component's organisation builds for ('' and [] when
    it builds for none), searched beside the organisation's own."""
    if client is None:
        return {"client_name": "", "client_name_cy": "", "client_aliases": []}
    return {
        "client_name": client.name,
        "client_name_cy": client.name_cy or "",
        "client_aliases": organisation_aliases(client.name, client.name_cy, client.website),
    }


def component_document(component: Component, now: datetime | None = None) -> dict[str, Any]:
    """Shape a component (with its organisation loaded) into a search document."""
    organisation = component.organisation
    publiccode = component.publiccode or {}
    keywords = list(publiccode.get("categories") or [])
    for description in (publiccode.get("description") or {}).values():
        if isinstance(description, dict):
            keywords.extend(str(k) for k in description.get("features") or [])
    made_of, also_holds = split_facts(
        component.languages, component.files_sample, component.manifests
    )
    return {
        "id": component.id,
        "full_name": component.full_name,
        "name": component.name,
        "name_text": split_name(component.name),
        "owner": component.owner,
        "description": component.description or "",
        "description_cy": component.description_cy or "",
        "topics": list(component.topics or []),
        "keywords": keywords,
        "facts": made_of,
        # What it uses: the kinds of files and languages it also holds, then its packages.
        "dependencies": [
            *also_holds,
            *module_words(component.manifests, component.name),
            *dependency_words(component.manifests),
        ],
        "readme": (component.readme_text or "")[:README_LIMIT],
        "glosses": load_definitions().glosses(
            [
                split_name(component.name),
                component.description or "",
                component.description_cy or "",
                *(component.topics or []),
            ]
        ),
        "organisation": organisation.slug,
        "organisation_name": organisation.name,
        "organisation_name_cy": name_in("cy", organisation.name, organisation.name_cy),
        "organisation_aliases": organisation_aliases(
            organisation.name, organisation.name_cy, organisation.website
        ),
        # The public body a supplier builds for: a question naming it finds its suppliers' work.
        **_client(organisation.builds_for),
        "sector": organisation.sector,
        "language": component.primary_language or "",
        "licence": component.licence or "",
        "type": component.component_type,
        "activity": activity(component, now),
        "publiccode": "yes" if component.publiccode else "no",
        "welsh": "yes"
        if works_in_welsh(
            component.publiccode,
            component.files_sample or [],
            component.readme_text,
            component.description,
            name=component.name,
        )
        else "no",
        "topic": list(component.topics or []),
        "readiness": component_health(component, now).readiness,
        "reused": "yes" if is_reused(component) else "no",
        "archived": bool(component.archived),
        "pushed_at": _timestamp(component.pushed_at),
        "updated": _timestamp(component.updated_at or component.pushed_at),
        "first_seen": _timestamp(component.first_seen_at),
    }
