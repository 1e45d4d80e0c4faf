"""Verified reuse: what each component publishes and which components' manifests name it."""

from catalogue.reuse.store import (
    ComponentReuse,
    OrganisationReuse,
    ProviderReuse,
    ReuseEntry,
    ReuseTotals,
    component_publications,
    component_reuse,
    organisation_reuse,
    provider_reuse,
    refresh_reuse_links,
    reuse_totals,
    reused_ids,
    used_by_counts,
)

__all__ = [
    "ComponentReuse",
    "OrganisationReuse",
    "ProviderReuse",
    "ReuseEntry",
    "ReuseTotals",
    "component_publications",
    "component_reuse",
    "organisation_reuse",
    "provider_reuse",
    "refresh_reuse_links",
    "reuse_totals",
    "reused_ids",
    "used_by_counts",
]
