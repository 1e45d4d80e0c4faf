"""Writes to the catalogue: organisations, accounts, components, harvest runs. Never commits."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.errors import ValidationError
from catalogue.models import Account, Component, Dependency, HarvestRun, Organisation
from catalogue.models.types import utcnow
from catalogue.records import ComponentRecord
from catalogue.vocabulary import SECTORS

UpsertResult = Literal["added", "changed", "unchanged", "restored"]
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
HOST = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$")

# Fields copied from a record onto a component; the content hash covers exactly these.
_COMPONENT_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(ComponentRecord)
    if f.name not in ("organisation", "dependencies")
)


def check_sector(sector: str) -> str:
    if sector not in SECTORS:
        raise ValidationError(f"unknown sector {sector!r}; choose one of: {', '.join(SECTORS)}")
    return sector


def check_login(login: str) -> str:
    if not LOGIN.match(login or ""):
        raise ValidationError(
            f"{login!r} is not a valid GitHub login (letters, digits and single hyphens, at most 39)"
        )
    return login


def upsert_organisation(
    session: Session,
    slug: str,
    name: str,
    sector: str,
    name_cy: str | None = None,
    website: str | None = None,
    evidence: str | None = None,
    accounts: Iterable[tuple[str, str]] = (),
) -> Organisation:
    """Create or update an organisation and add any accounts it lacks (idempotent)."""
    if not SLUG.match(slug or ""):
        raise ValidationError(f"{slug!r} is not a valid slug (lower-case words joined by hyphens)")
    if not (name or "").strip():
        raise ValidationError("an organisation needs a name")
    check_sector(sector)
    organisation = session.scalar(select(Organisation).where(Organisation.slug == slug))
    if organisation is None:
        organisation = Organisation(slug=slug, name=name.strip(), sector=sector)
        session.add(organisation)
    organisation.name = name.strip()
    organisation.sector = sector
    if name_cy is not None:
        organisation.name_cy = name_cy.strip() or None
    if website is not None:
        organisation.website = website.strip() or None
    if evidence is not None:
        organisation.evidence = evidence.strip()[:4000] or None
    for host, login in accounts:
        add_account(session, organisation, host, login)
    session.flush()
    return organisation


def set_builds_for(session: Session, organisation: Organisation, client_slug: str | None) -> bool:
    """Say which public body a supplier builds for (None: no body); True when that changed, as
    its components' search documents then name another body. The body must be another
    organisation the catalogue holds."""
    client = None
    if client_slug:
        client = session.scalar(select(Organisation).where(Organisation.slug == client_slug))
        if client is None or client is organisation:
            raise ValidationError(f"builds_for names no other organisation ({client_slug!r})")
    if organisation.builds_for is client:
        return False
    organisation.builds_for = client
    session.flush()
    return True


def add_account(session: Session, organisation: Organisation, host: str, login: str) -> Account:
    """Attach a code-hosting account; an account already held by another organisation is refused."""
    host = host.lower().strip()
    if not HOST.match(host):
        raise ValidationError(f"{host!r} is not a valid host name")
    check_login(login)
    existing = session.scalar(
        select(Account).where(Account.host == host, Account.login_key == login.lower())
    )
    if existing is not None:
        if (
            existing.organisation_id != organisation.id
            and existing.organisation is not organisation
        ):
            raise ValidationError(f"{host}/{login} already belongs to {existing.organisation.slug}")
        existing.login = login
        return existing
    account = Account(host=host, login=login, login_key=login.lower())
    organisation.accounts.append(account)
    return account


def content_hash(record: ComponentRecord) -> str:
    """A digest of every stored field, to tell a changed repository from an unchanged one."""
    payload = {name: getattr(record, name) for name in _COMPONENT_FIELDS}
    payload["dependencies"] = [dataclasses.astuple(d) for d in record.dependencies]
    encoded = json.dumps(payload, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


def find_component(session: Session, host: str, full_name: str) -> Component | None:
    return session.scalar(
        select(Component).where(
            Component.host == host.lower(), Component.full_name_key == full_name.lower()
        )
    )


def upsert_component(
    session: Session,
    record: ComponentRecord,
    organisation: Organisation,
    now: datetime | None = None,
    touch_seen: bool = True,
) -> tuple[Component, UpsertResult]:
    """Insert or update a component from its record; says whether it was added, changed or not."""
    now = now or utcnow()
    digest = content_hash(record)
    component = find_component(session, record.host, record.full_name)
    if component is None:
        component = Component(
            full_name_key=record.full_name.lower(),
            organisation=organisation,
            first_seen_at=now,
            last_seen_at=now,
        )
        _apply(component, record, digest)
        session.add(component)
        session.flush()
        return component, "added"
    result: UpsertResult
    if component.removed_at is not None:
        component.removed_at = None
        result = "restored"
    elif component.content_hash == digest and component.organisation_id == organisation.id:
        result = "unchanged"
    else:
        result = "changed"
    if result != "unchanged":
        component.organisation = organisation
        _apply(component, record, digest)
    if touch_seen:
        component.last_seen_at = now
    session.flush()
    return component, result


def _apply(component: Component, record: ComponentRecord, digest: str) -> None:
    for name in _COMPONENT_FIELDS:
        setattr(component, name, getattr(record, name))
    component.full_name_key = record.full_name.lower()
    component.content_hash = digest
    wanted = {(d.ecosystem, d.name): d for d in record.dependencies}
    for dependency in list(component.dependencies):
        if (dependency.ecosystem, dependency.name) not in wanted:
            component.dependencies.remove(dependency)
    have = {(d.ecosystem, d.name): d for d in component.dependencies}
    for key, dep in wanted.items():
        if key in have:
            have[key].manifest = dep.manifest
        else:
            component.dependencies.append(
                Dependency(ecosystem=dep.ecosystem, name=dep.name, manifest=dep.manifest)
            )


def mark_removed(
    session: Session, account: Account, seen_full_names: Iterable[str], now: datetime | None = None
) -> list[int]:
    """Mark the account's components missing from a complete listing as removed (never deleted)."""
    now = now or utcnow()
    seen = {name.lower() for name in seen_full_names}
    removed = []
    rows = session.scalars(
        select(Component).where(
            Component.host == account.host,
            Component.owner.ilike(account.login),
            Component.removed_at.is_(None),
        )
    )
    for component in rows:
        if component.full_name_key not in seen:
            component.removed_at = now
            removed.append(component.id)
    session.flush()
    return removed


def start_harvest_run(session: Session, source: str) -> HarvestRun:
    run = HarvestRun(
        source=source[:200], status="running", started_at=utcnow(), errors={}, resume_state=None
    )
    session.add(run)
    session.flush()
    return run


def finish_harvest_run(session: Session, run: HarvestRun, status: str = "complete") -> HarvestRun:
    run.status = status
    run.finished_at = utcnow()
    session.flush()
    return run
