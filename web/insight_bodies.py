"""The dashboard's view of bodies: one organisation's reuse ("my organisation") and where sectors
publish little or no code."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.models import Component, Organisation
from catalogue.models.organisation import name_in
from catalogue.reuse import organisation_reuse
from catalogue.vocabulary import SECTORS

# A sector with fewer live components than this is said to publish little code.
LITTLE_CODE = 10


def find_organisation(session: Session, slug: str | None) -> Organisation | None:
    """The organisation with this slug, or None."""
    if not slug:
        return None
    return session.scalar(select(Organisation).where(Organisation.slug == slug[:100]))


def organisation_choices(session: Session, locale: str) -> list[tuple[str, str]]:
    """(slug, name in the locale) of organisations that publish components, by name."""
    rows = session.execute(
        select(Organisation.slug, Organisation.name, Organisation.name_cy)
        .join(Component, Component.organisation_id == Organisation.id)
        .where(Component.removed_at.is_(None))
        .group_by(Organisation.slug, Organisation.name, Organisation.name_cy)
    )
    named = [(slug, name_in(locale, name, cy)) for slug, name, cy in rows]
    return sorted(named, key=lambda row: row[1].lower())


def my_organisation(
    session: Session, organisation: Organisation, views: list[dict], names: dict[str, str]
) -> dict[str, Any]:
    """What we duplicate (our clusters), what others could reuse from us, and what we reuse."""
    reuse = organisation_reuse(session, organisation.id)
    ours = [v for v in views if organisation.slug in v["cluster"].organisations]
    adoptable = [
        v["adopt"]
        for v in ours
        if v["adopt"] is not None and v["adopt"].organisation == organisation.slug
    ]
    return {
        "organisation": organisation,
        "duplicate": ours,
        "provided": reuse.provided,
        "adoptable": adoptable,
        "used": [(i, n, names.get(s, s), count) for i, n, s, count in reuse.used],
    }


def little_code(session: Session, locale: str) -> list[dict[str, Any]]:
    """Sectors with few components: how many, who publishes them and which bodies publish none."""
    rows = session.execute(
        select(
            Organisation.sector,
            Organisation.name,
            Organisation.name_cy,
            func.count(Component.id),
        )
        .outerjoin(
            Component,
            (Component.organisation_id == Organisation.id) & Component.removed_at.is_(None),
        )
        .group_by(Organisation.id, Organisation.sector, Organisation.name, Organisation.name_cy)
    ).all()
    sectors: dict[str, dict[str, Any]] = {
        slug: {"sector": slug, "components": 0, "publishing": [], "none": []} for slug in SECTORS
    }
    for sector, name, name_cy, count in rows:
        entry = sectors.setdefault(
            sector, {"sector": sector, "components": 0, "publishing": [], "none": []}
        )
        shown = name_in(locale, name, name_cy)
        entry["components"] += count
        (entry["publishing"] if count else entry["none"]).append(shown)
    return [
        entry for entry in sectors.values() if entry["components"] < LITTLE_CODE or entry["none"]
    ]
