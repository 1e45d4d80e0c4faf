"""Fixed vocabularies: sectors and component types, with their English names for gettext."""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark a string for translation without translating it here."""
    return message


# The sector of suppliers and prototyping accounts, which build for public bodies.
SUPPLIER = "supplier"

SECTORS: dict[str, str] = {
    "central-government": N_("Central government"),
    "local-government": N_("Local government"),
    "health": N_("Health and care"),
    "legislature": N_("Legislature"),
    "education": N_("Education"),
    "arms-length-body": N_("Arm’s-length bodies"),
    "uk-body-in-wales": N_("UK bodies in Wales"),
    "emergency-services": N_("Emergency services"),
    "culture-heritage": N_("Culture and heritage"),
    "supplier": N_("Suppliers"),
}

COMPONENT_TYPES: dict[str, str] = {
    "library": N_("Library"),
    "application": N_("Application"),
    "design-system": N_("Design system or component library"),
    "infrastructure": N_("Infrastructure as code"),
    "data": N_("Data and analysis"),
    "documentation": N_("Documentation"),
    "other": N_("Other"),
}

ACTIVITY: dict[str, str] = {
    "active": N_("Active in the last 12 months"),
    "stale": N_("Not updated in 12 months"),
    "archived": N_("Archived"),
    "unknown": N_("Last change unknown"),
}

READINESS: dict[str, str] = {
    "ready": N_("Ready to reuse"),
    "needs-work": N_("Needs work"),
    "not-ready": N_("Not ready to reuse"),
}
