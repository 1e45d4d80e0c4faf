"""Remember each component's problems: first seen, last seen, resolved, told; and who hears."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from catalogue.models import Component, ComponentProblem, Message, ProblemPreferences
from catalogue.models.messages import QUEUED, SUPPRESSED, UNVERIFIED
from catalogue.models.types import utcnow
from catalogue.problems.detect import TEMPORARY, Found

# A problem that may be temporary is told once seen on two harvests in a row, or after this long.
GRACE = timedelta(hours=24)


def digest_topic(organisation_id: int) -> str:
    """The outbox topic of an organisation's problem digests."""
    return f"problems:{organisation_id}"


def record_problems(
    session: Session, component_id: int, found: Iterable[Found], now: datetime | None = None
) -> list[ComponentProblem]:
    """Record what one harvest found: seen again, new, back again or gone. Returns new ones."""
    now = now or utcnow()
    rows = {
        row.fingerprint: row
        for row in session.scalars(
            select(ComponentProblem).where(ComponentProblem.component_id == component_id)
        )
    }
    new = []
    current = {f.fingerprint: f for f in found}
    for fingerprint, problem in current.items():
        row = rows.get(fingerprint)
        if row is None:
            row = ComponentProblem(
                component_id=component_id,
                kind=problem.kind,
                fingerprint=fingerprint,
                details=list(problem.details),
                first_seen_at=now,
                last_seen_at=now,
                times_seen=1,
            )
            session.add(row)
            new.append(row)
        elif row.resolved_at is not None:
            # Fixed, then broken again in the same way: a new occurrence, told again.
            row.resolved_at, row.notified_at = None, None
            row.first_seen_at, row.last_seen_at, row.times_seen = now, now, 1
            new.append(row)
        else:
            row.last_seen_at = now
            row.times_seen += 1
    for fingerprint, row in rows.items():
        if fingerprint not in current and row.resolved_at is None:
            row.resolved_at = now
    session.flush()
    return new


def current_problems(
    session: Session,
    *,
    component_id: int | None = None,
    organisation_id: int | None = None,
) -> list[ComponentProblem]:
    """Unresolved problems of one component or of an organisation's components, oldest first."""
    statement = (
        select(ComponentProblem)
        .join(Component, Component.id == ComponentProblem.component_id)
        .options(joinedload(ComponentProblem.component))
        .where(ComponentProblem.resolved_at.is_(None), Component.removed_at.is_(None))
        .order_by(Component.name, Component.id, ComponentProblem.first_seen_at, ComponentProblem.id)
    )
    if component_id is not None:
        statement = statement.where(ComponentProblem.component_id == component_id)
    if organisation_id is not None:
        statement = statement.where(Component.organisation_id == organisation_id)
    return list(session.scalars(statement))


def past_grace(problem: ComponentProblem, now: datetime) -> bool:
    """Whether a problem is sure enough to tell anyone: a temporary one seen twice or for a day."""
    if problem.kind not in TEMPORARY:
        return True
    return problem.times_seen >= 2 or now - problem.first_seen_at >= GRACE


def is_due(problem: ComponentProblem, now: datetime) -> bool:
    """Whether a problem may be told now: new to the owners and past any grace period."""
    if problem.notified_at is not None or problem.resolved_at is not None:
        return False
    return past_grace(problem, now)


def due_problems(
    session: Session, organisation_id: int, now: datetime | None = None
) -> list[ComponentProblem]:
    """An organisation's problems nobody has been told of yet, past their grace period."""
    now = now or utcnow()
    return [p for p in current_problems(session, organisation_id=organisation_id) if is_due(p, now)]


def preferences(session: Session, organisation_id: int) -> ProblemPreferences:
    """The organisation's choices, or the defaults (e-mails on, GitHub issues off)."""
    row = session.get(ProblemPreferences, organisation_id)
    return row or ProblemPreferences(
        organisation_id=organisation_id, emails=True, github_issues=False
    )


def set_preferences(
    session: Session, organisation_id: int, *, emails: bool, github_issues: bool
) -> ProblemPreferences:
    """Save the organisation's choices; stopping e-mails also holds digests not yet sent."""
    row = session.get(ProblemPreferences, organisation_id)
    if row is None:
        row = ProblemPreferences(organisation_id=organisation_id)
        session.add(row)
    row.emails, row.github_issues = emails, github_issues
    if not emails:
        session.execute(
            update(Message)
            .where(
                Message.topic == digest_topic(organisation_id),
                Message.status.in_((QUEUED, UNVERIFIED)),
            )
            .values(
                status=SUPPRESSED,
                next_attempt_at=None,
                last_error="the organisation stopped these e-mails",
            )
        )
    session.flush()
    return row
