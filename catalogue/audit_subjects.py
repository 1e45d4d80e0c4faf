"""What audit log entries are about: the people, components and organisations they name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import AuditLog, Component, Organisation, User


@dataclass
class AuditSubjects:
    """Names for the records a page of audit entries points at, loaded in three queries."""

    users: dict[str, str] = field(default_factory=dict)
    components: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)


def _slugs(entry: AuditLog) -> set[str]:
    found = set()
    for snapshot in (entry.before, entry.after):
        if not isinstance(snapshot, dict):
            continue
        for part in (snapshot, snapshot.get("request"), snapshot.get("organisation")):
            if isinstance(part, dict) and isinstance(part.get("slug"), str):
                found.add(part["slug"])
            if isinstance(part, dict) and isinstance(part.get("organisation"), str):
                found.add(part["organisation"])
    return found


def load_subjects(session: Session, entries: Iterable[AuditLog]) -> AuditSubjects:
    """The current e-mail of each user, name of each component and each organisation named."""
    entries = list(entries)
    user_ids = {
        int(e.target_id) for e in entries if e.target_type == "user" and e.target_id.isdigit()
    }
    component_ids = {
        int(e.target_id) for e in entries if e.target_type == "component" and e.target_id.isdigit()
    }
    slugs = set().union(*(_slugs(e) for e in entries)) if entries else set()
    subjects = AuditSubjects()
    if user_ids:
        rows = session.execute(select(User.id, User.email).where(User.id.in_(user_ids)))
        subjects.users = {str(i): email for i, email in rows}
    if component_ids:
        rows = session.execute(
            select(Component.id, Component.full_name).where(Component.id.in_(component_ids))
        )
        subjects.components = {str(i): name for i, name in rows}
    if slugs:
        organisations = session.scalars(select(Organisation).where(Organisation.slug.in_(slugs)))
        subjects.organisations = {o.slug: o for o in organisations}
    return subjects
