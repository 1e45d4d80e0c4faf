"""One e-mail per organisation after a harvest: its components' new problems, in each editor's language."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import ComponentProblem, Message, Organisation, User
from catalogue.models.types import utcnow
from catalogue.models.users import EDITOR
from catalogue.notices import Writer, queue_for_each
from catalogue.problems.detect import KINDS
from catalogue.problems.record import digest_topic, due_problems, preferences
from catalogue.vocabulary import N_


def send_digests(
    session: Session, writer: Writer, organisation_ids: Iterable[int], now: datetime | None = None
) -> list[Message]:
    """Queue each organisation's digest of problems not told yet; nothing new, no e-mail."""
    now = now or utcnow()
    messages: list[Message] = []
    for organisation_id in organisation_ids:
        messages += _digest(session, writer, organisation_id, now)
    return messages


def _digest(session: Session, writer: Writer, organisation_id: int, now) -> list[Message]:
    due = due_problems(session, organisation_id, now)
    if not due:
        return []
    if not preferences(session, organisation_id).emails:
        _told(due, now)  # they chose not to hear: opting back in does not bring back old news
        return []
    editors = session.scalars(
        select(User)
        .where(
            User.organisation_id == organisation_id,
            User.role == EDITOR,
            User.active.is_(True),
        )
        .order_by(User.id)
    ).all()
    if not editors:
        return []  # kept for the first editor to hear of
    organisation = session.get(Organisation, organisation_id)

    def write(locale: str) -> tuple[str, str]:
        subject = writer.text(
            locale,
            N_("New problems with your components’ metadata: %(organisation)s"),
            organisation=organisation.display_name(locale),
        )
        return subject, digest_body(writer, locale, organisation, due)

    messages = queue_for_each(
        session,
        editors,
        write,
        kind="problems.digest",
        topic=digest_topic(organisation_id),
        now=now,
    )
    _told(due, now)
    return messages


def _told(problems: list[ComponentProblem], now: datetime) -> None:
    for problem in problems:
        problem.notified_at = now


def digest_body(
    writer: Writer, locale: str, organisation: Organisation, problems: list[ComponentProblem]
) -> str:
    """The digest's text: each component, its new problems and their details, then the links."""
    name = organisation.display_name(locale)
    parts = [
        writer.text(
            locale,
            N_(
                "The catalogue’s last harvest found new problems with what these components of "
                "the organisation %(organisation)s say about themselves."
            ),
            organisation=name,
        )
    ]
    for component, found in groupby(problems, key=lambda p: p.component):
        lines = [component.full_name, writer.link(f"/components/{component.id}", locale)]
        for problem in found:
            lines.append("- " + writer.text(locale, KINDS[problem.kind]))
            lines += [f"  {detail}" for detail in problem.details]
        parts.append("\n".join(lines))
    parts += [
        writer.text(
            locale,
            N_("Each problem is sent once, until it changes. See them all:\n%(url)s"),
            url=writer.link(f"/organisations/{organisation.slug}#problems-found", locale),
        ),
        writer.text(
            locale,
            N_("An editor of the organisation can stop these e-mails here:\n%(url)s"),
            url=writer.link(f"/organisations/{organisation.slug}/problem-settings", locale),
        ),
        writer.text(locale, N_("Welsh public code catalogue")),
    ]
    return "\n\n".join(parts)
