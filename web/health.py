"""Metadata health for people: each check's message in the page's language, with its values."""

from __future__ import annotations

from typing import Any

from catalogue.models import Component
from catalogue.vocabulary import N_, READINESS
from search.documents import component_health

# English message ids for catalogue.publiccode.health keys; the templates translate them.
HEALTH_MESSAGES = {
    "health.publiccode.missing": N_(
        "There is no publiccode.yml: add one so the catalogue can describe the software in "
        "English and Welsh."
    ),
    "health.publiccode.invalid": N_(
        "The publiccode.yml is not valid (problems: %(count)s): fix the messages listed."
    ),
    "health.publiccode.valid": N_("The publiccode.yml is valid."),
    "health.licence.ok": N_("The code is licensed under %(licence)s."),
    "health.licence.declared": N_("publiccode.yml declares the licence %(licence)s."),
    "health.licence.stated": N_(
        "Only the README or description states the licence (%(licence)s): add a LICENSE file so "
        "that people and tools can find it."
    ),
    "health.licence.unrecognised": N_(
        "The licence file is not a recognised open source licence: use a standard licence text "
        "so it can be identified."
    ),
    "health.licence.missing": N_(
        "There is no licence, so nobody may legally reuse the code: add a LICENSE file."
    ),
    "health.readme.ok": N_("There is a README."),
    "health.readme.missing": N_(
        "There is no README: add one that says what the software does and how to run it."
    ),
    "health.contributing.ok": N_("There is a contributing guide."),
    "health.contributing.missing": N_(
        "There is no contributing guide: add CONTRIBUTING.md so others know how to help."
    ),
    "health.description.ok": N_("There is a description."),
    "health.description.missing": N_(
        "There is no description: add one to the repository or to publiccode.yml."
    ),
    "health.activity.archived": N_("The repository is archived, so it will get no fixes."),
    "health.activity.unknown": N_("When the code last changed is unknown."),
    "health.activity.stale": N_("Nothing has been pushed since %(date)s, over 12 months ago."),
    "health.activity.recent": N_("The code has changed in the last 12 months."),
}
CHECK_NAMES = {
    "publiccode": N_("publiccode.yml"),
    "licence": N_("Licence"),
    "readme": N_("README"),
    "contributing": N_("Contributing guide"),
    "description": N_("Description"),
    "activity": N_("Recent activity"),
}
STATUS = {"ok": N_("Done"), "warn": N_("To improve"), "fail": N_("Blocks reuse")}


def _declared_licence(publiccode: dict | None) -> str:
    legal = (publiccode or {}).get("legal")
    value = legal.get("license") if isinstance(legal, dict) else None
    return value if isinstance(value, str) else ""


def health_view(component: Component) -> dict[str, Any]:
    """The component's readiness and its checks, each with a message id and the values it needs."""
    health = component_health(component)
    values = {
        "licence": component.licence or _declared_licence(component.publiccode),
        "date": component.pushed_at.date().isoformat() if component.pushed_at else "",
    }
    checks = []
    for check in health.checks:
        params = dict(values)
        params["count"] = len(check.details)
        if check.key == "health.licence.declared":
            params["licence"] = _declared_licence(component.publiccode)
        checks.append(
            {
                "name": check.name,
                "label": CHECK_NAMES[check.name],
                "status": check.status,
                "status_label": STATUS[check.status],
                "message": HEALTH_MESSAGES[check.key],
                "params": params,
                "details": list(check.details)[:50],
            }
        )
    problems = [c for c in checks if c["status"] != "ok"]
    return {
        "readiness": health.readiness,
        "readiness_label": READINESS[health.readiness],
        "checks": checks,
        "problems": problems,
    }
