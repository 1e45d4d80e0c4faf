"""Reads from the catalogue; functions take the session first and never write."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, selectinload

from catalogue.errors import NotFoundError
from catalogue.models import Component, Organisation
from catalogue.models.organisation import name_in


def _component_options():
    return (
        # The body a supplier builds for is in every search document of its components.
        selectinload(Component.organisation).selectinload(Organisation.builds_for),
        selectinload(Component.dependencies),
        selectinload(Component.used_by_claims),
        selectinload(Component.used_by_links),
    )


T = TypeVar("T")

# Ids are 64-bit keys; larger numbers would overflow the database driver rather than miss.
MAX_ID = 2**63 - 1


def get_row(session: Session, model: type[T], row_id: int, what: str, options=()) -> T:
    """A row by id, or NotFoundError naming `what` (also for ids no row can have)."""
    found = session.get(model, row_id, options=options) if 1 <= row_id <= MAX_ID else None
    if found is None:
        raise NotFoundError(f"no {what} {row_id}")
    return found


def get_component(session: Session, component_id: int) -> Component:
    """A component by id, or NotFoundError (also for ids no row can have)."""
    return get_row(session, Component, component_id, "component with id", _component_options())


def get_component_by_name(session: Session, host: str, full_name: str) -> Component:
    component = session.scalar(
        select(Component)
        .options(*_component_options())
        .where(Component.host == host.lower(), Component.full_name_key == full_name.lower())
    )
    if component is None:
        raise NotFoundError(f"no component {host}/{full_name}")
    return component


def _summary_options():
    # What a list of results shows; the rest (READMEs, manifests) loads if something asks for it.
    return (
        selectinload(Component.organisation).selectinload(Organisation.builds_for),
        defer(Component.readme_source),
        defer(Component.readme_text),
        defer(Component.readme_html),
        defer(Component.manifests),
        defer(Component.publiccode),
        defer(Component.files_sample),
    )


def get_many(session: Session, ids: Sequence[int]) -> list[Component]:
    """Load components by id for a list of results, in the order given, skipping missing ids."""
    if not ids:
        return []
    rows = session.scalars(
        select(Component).options(*_summary_options()).where(Component.id.in_(list(ids)))
    )
    by_id = {c.id: c for c in rows}
    return [by_id[i] for i in ids if i in by_id]


def iter_components(session: Session, ids: Iterable[int] | None = None, batch: int = 500):
    """Yield live (not removed) components with organisation and dependencies, in id order."""
    query = (
        select(Component)
        .options(*_component_options())
        .where(Component.removed_at.is_(None))
        .order_by(Component.id)
    )
    if ids is not None:
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), batch):
            chunk = wanted[start : start + batch]
            yield from session.scalars(query.where(Component.id.in_(chunk)))
        return
    last = 0
    while True:
        rows = list(session.scalars(query.where(Component.id > last).limit(batch)))
        if not rows:
            return
        yield from rows
        last = rows[-1].id


def list_organisations(session: Session) -> list[Organisation]:
    return list(
        session.scalars(
            select(Organisation)
            .options(selectinload(Organisation.accounts))
            .order_by(Organisation.name)
        )
    )


def organisation_names(session: Session, locale: str) -> dict[str, str]:
    """Each organisation's name in the locale (Welsh falls back to English), by slug."""
    rows = session.execute(select(Organisation.slug, Organisation.name, Organisation.name_cy))
    return {slug: name_in(locale, name, name_cy) for slug, name, name_cy in rows}


def get_organisation(session: Session, slug: str) -> Organisation:
    organisation = session.scalar(
        select(Organisation)
        .options(selectinload(Organisation.accounts))
        .where(Organisation.slug == slug)
    )
    if organisation is None:
        raise NotFoundError(f"no organisation {slug!r}")
    return organisation


def component_counts(session: Session) -> dict[int, int]:
    """Organisation id -> number of live components."""
    rows = session.execute(
        select(Component.organisation_id, func.count())
        .where(Component.removed_at.is_(None))
        .group_by(Component.organisation_id)
    )
    return dict(rows.all())


def count_components(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Component).where(Component.removed_at.is_(None))
        )
        or 0
    )


def count_organisations(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Organisation)) or 0


def live_component_ids(session: Session, organisation_ids: Iterable[int]) -> list[int]:
    """The ids of these organisations' live (not removed) components, in id order."""
    return list(
        session.scalars(
            select(Component.id)
            .where(
                Component.organisation_id.in_(set(organisation_ids)),
                Component.removed_at.is_(None),
            )
            .order_by(Component.id)
        )
    )


def organisation_components(session: Session, organisation_id: int) -> list[Component]:
    """An organisation's live components, by name."""
    return list(
        session.scalars(
            select(Component)
            .options(selectinload(Component.organisation))
            .where(Component.organisation_id == organisation_id, Component.removed_at.is_(None))
            .order_by(Component.full_name_key)
        )
    )
