"""Pure: what is wrong with a component's metadata, each problem with a stable fingerprint."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from catalogue.models import Component
from catalogue.publiccode.health import component_health
from catalogue.vocabulary import N_

# Each kind of problem and the sentence (a msgid) that tells the owners what to do.
KINDS: dict[str, str] = {
    "publiccode.invalid": N_("The publiccode.yml is not valid: fix the messages listed."),
    "licence.missing": N_(
        "There is no licence, so nobody may legally reuse the code: add a LICENSE file."
    ),
    "licence.file_missing": N_(
        "Only the README or description states the licence: add a LICENSE file so that people "
        "and tools can find it."
    ),
    "licence.unrecognised": N_(
        "The licence file is not a recognised open source licence: use a standard licence text "
        "so it can be identified."
    ),
    "readme.missing": N_(
        "There is no README: add one that says what the software does and how to run it."
    ),
    "description.missing": N_(
        "There is no description: add one to the repository or to publiccode.yml."
    ),
    "description_cy.missing": N_(
        "There is no description in Welsh: add one under description: cy: in publiccode.yml."
    ),
    "url.unreachable": N_("A web address it gives could not be reached: check it or remove it."),
}
# Problems that may fix themselves (a web server down for an hour): told only once seen twice.
TEMPORARY = frozenset({"url.unreachable"})
# catalogue.publiccode.health keys that are problems here (the others are advice, not faults).
_FROM_HEALTH = {
    "health.publiccode.invalid": "publiccode.invalid",
    "health.licence.missing": "licence.missing",
    "health.licence.stated": "licence.file_missing",
    "health.licence.unrecognised": "licence.unrecognised",
    "health.readme.missing": "readme.missing",
    "health.description.missing": "description.missing",
}
MAX_DETAILS = 50


@dataclass(frozen=True)
class Found:
    """A problem found now: its kind, what exactly is wrong, and what identifies it."""

    kind: str
    details: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the kind and details, as publiccode-issueopener hashes its messages."""
        text = json.dumps([self.kind, list(self.details)], ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_problems(
    component: Component, unreachable: Mapping[str, str] | None = None
) -> list[Found]:
    """The component's problems, from what the harvest stored (and links found unreachable)."""
    if component.archived or component.removed_at is not None:
        return []  # nobody is asked to fix what is archived or gone
    health = component_health(component)
    found = [
        Found(_FROM_HEALTH[check.key], tuple(check.details[:MAX_DETAILS]))
        for check in health.checks
        if check.key in _FROM_HEALTH
    ]
    if not _has_welsh_description(component):
        found.append(Found("description_cy.missing"))
    for url in sorted(unreachable or {}):
        found.append(Found("url.unreachable", (url,)))
    return found


def _has_welsh_description(component: Component) -> bool:
    if (component.description_cy or "").strip():
        return True
    descriptions = (component.publiccode or {}).get("description")
    if not isinstance(descriptions, dict):
        return False
    welsh = descriptions.get("cy") or descriptions.get("cy-GB")
    return isinstance(welsh, dict) and any(str(v).strip() for v in welsh.values())
