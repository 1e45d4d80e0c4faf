"""What the catalogue tells people by e-mail, written in their language and put in the outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.addresses import is_verified, issue_verification
from catalogue.models import Message, RegistrationRequest, User
from catalogue.models.users import APPROVED
from catalogue.outbox import Draft, queue
from catalogue.vocabulary import N_

# (locale, msgid) -> the translated msgid; the web's gettext catalogues, passed in.
Gettext = Callable[[str, str], str]


@dataclass(frozen=True)
class Writer:
    """Writes messages: the catalogue's public address and its translations."""

    base_url: str
    gettext: Gettext

    def text(self, locale: str, message: str, **values: Any) -> str:
        text = self.gettext(locale, message)
        return text % values if values else text

    def link(self, path: str, locale: str) -> str:
        return self.base_url.rstrip("/") + (f"/cy{path}" if locale == "cy" else path)

    def body(self, locale: str, *paragraphs: tuple) -> str:
        """Paragraphs of (msgid, values), each translated, then the signature."""
        parts = [self.text(locale, message, **values) for message, values in paragraphs]
        parts.append(self.text(locale, N_("Welsh public code catalogue")))
        return "\n\n".join(parts)


def queue_for_each(
    session: Session,
    people: Iterable[User],
    write: Callable[[str], tuple[str, str]],
    *,
    kind: str,
    topic: str,
    now: datetime | None = None,
) -> list[Message]:
    """One message to each person: write(locale) gives its subject and body in their language."""
    messages = []
    for person in people:
        locale = person.language or "en"
        subject, body = write(locale)
        messages.append(
            queue(
                session,
                Draft(
                    address=person.email,
                    language=locale,
                    kind=kind,
                    subject=subject,
                    body=body,
                    topic=topic,
                ),
                now,
            )
        )
    return messages


def status_path(request: RegistrationRequest) -> str:
    return f"/register/status/{request.reference}"


def registration_received(
    session: Session, writer: Writer, request: RegistrationRequest
) -> Message:
    """The applicant's confirmation: the reference, the status page, a link to confirm the address."""
    locale = request.language
    values = {"name": request.name, "reference": request.reference}
    paragraphs: list[tuple] = [
        (
            N_("We have received the request to list %(name)s in the Welsh public code catalogue."),
            values,
        ),
        (
            N_("Its reference is %(reference)s. See where it has got to at any time:\n%(url)s"),
            {**values, "url": writer.link(status_path(request), locale)},
        ),
    ]
    sensitive = False
    if not is_verified(session, request.contact_email):
        token = issue_verification(session, request.contact_email)
        sensitive = True
        paragraphs.append(
            (
                N_(
                    "To hear from us when a moderator decides, confirm within a week that this "
                    "is your e-mail address:\n%(url)s"
                ),
                {"url": writer.link(f"/confirm-email/{token}", locale)},
            )
        )
    paragraphs.append((N_("If you did not ask for this, you can ignore this e-mail."), {}))
    return queue(
        session,
        Draft(
            address=request.contact_email,
            language=locale,
            kind="registration.received",
            subject=writer.text(
                locale, N_("Your request to list %(name)s (%(reference)s)"), **values
            ),
            body=writer.body(locale, *paragraphs),
            topic=f"registration:{request.id}",
            sensitive=sensitive,
            needs_verified_address=False,
        ),
    )


def tell_moderators_of_request(
    session: Session, writer: Writer, request: RegistrationRequest
) -> list[Message]:
    """One message to each active moderator about a new listing request."""
    moderators = session.scalars(
        select(User).where(User.is_admin.is_(True), User.active.is_(True)).order_by(User.id)
    ).all()
    values = {"name": request.name, "reference": request.reference}

    def write(locale: str) -> tuple[str, str]:
        subject = writer.text(locale, N_("New request to list %(name)s (%(reference)s)"), **values)
        body = writer.body(
            locale,
            (N_("Someone has asked to list %(name)s in the catalogue."), values),
            (
                N_("Review the request:\n%(url)s"),
                {"url": writer.link(f"/admin/registrations/{request.id}", locale)},
            ),
        )
        return subject, body

    return queue_for_each(
        session, moderators, write, kind="registration.new", topic=f"registration:{request.id}"
    )


def registration_decided(session: Session, writer: Writer, request: RegistrationRequest) -> Message:
    """Tell the applicant of the moderator's decision, in the language they asked in."""
    locale = request.language
    values = {"name": request.name, "reference": request.reference}
    status_url = writer.link(status_path(request), locale)
    if request.status == APPROVED:
        subject = N_("%(name)s is now listed (%(reference)s)")
        organisation = request.organisation
        paragraphs = [
            (
                N_("Your request (reference %(reference)s) was approved: %(name)s is now listed."),
                values,
            ),
            (
                N_(
                    "We are collecting its public code now; its page fills up within the hour:\n%(url)s"
                ),
                {"url": writer.link(f"/organisations/{organisation.slug}", locale)},
            ),
        ]
    else:
        subject = N_("Your request to list %(name)s was not approved (%(reference)s)")
        paragraphs = [
            (N_("Your request (reference %(reference)s) was not approved."), values),
            (N_("The moderator’s reason:\n%(reason)s"), {"reason": request.decision_reason}),
            (N_("You can see the request and its decision at:\n%(url)s"), {"url": status_url}),
        ]
    return queue(
        session,
        Draft(
            address=request.contact_email,
            language=locale,
            kind=f"registration.{request.status}",
            subject=writer.text(locale, subject, **values),
            body=writer.body(locale, *paragraphs),
            topic=f"registration:{request.id}",
        ),
    )


def invitation(session: Session, writer: Writer, user: User, token: str) -> Message:
    """The invited person's link to choose a password, in the language the moderator chose."""
    locale = user.language or "en"
    if user.organisation is not None:
        role = (
            N_("You are invited to edit what the catalogue says about the organisation %(name)s."),
            {"name": user.organisation.display_name(locale)},
        )
    else:
        role = (N_("You are invited to be a moderator of the catalogue."), {})
    return queue(
        session,
        Draft(
            address=user.email,
            language=locale,
            kind="user.invite",
            subject=writer.text(locale, N_("Your invitation to the Welsh public code catalogue")),
            body=writer.body(
                locale,
                role,
                (
                    N_(
                        "Choose your password with this link. It works once, within a week:\n%(url)s"
                    ),
                    {"url": writer.link(f"/account/reset/{token}", locale)},
                ),
                (
                    N_("Then sign in with this e-mail address at:\n%(url)s"),
                    {"url": writer.link("/account/sign-in", locale)},
                ),
                (N_("If you did not expect this, you can ignore this e-mail."), {}),
            ),
            topic=f"user:{user.id}",
            sensitive=True,
            needs_verified_address=False,
        ),
    )


def password_reset(session: Session, writer: Writer, user: User, token: str) -> Message:
    """A link a moderator made for someone to choose a new password."""
    locale = user.language or "en"
    return queue(
        session,
        Draft(
            address=user.email,
            language=locale,
            kind="user.reset",
            subject=writer.text(
                locale, N_("Choose a new password for the Welsh public code catalogue")
            ),
            body=writer.body(
                locale,
                (
                    N_(
                        "A moderator has made you a link to choose a new password. It works once, "
                        "within a day:\n%(url)s"
                    ),
                    {"url": writer.link(f"/account/reset/{token}", locale)},
                ),
                (N_("If you did not expect this, you can ignore this e-mail."), {}),
            ),
            topic=f"user:{user.id}",
            sensitive=True,
            needs_verified_address=False,
        ),
    )
