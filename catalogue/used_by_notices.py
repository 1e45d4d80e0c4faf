"""What the catalogue tells organisations about 'used by', in each editor's language."""

from __future__ import annotations

from sqlalchemy.orm import Session

from catalogue.models import Message, UsedByClaim
from catalogue.models.component import PUBLICCODE
from catalogue.models.types import utcnow
from catalogue.notices import Writer, queue_for_each
from catalogue.used_by import claims_to_ask, editors_of
from catalogue.vocabulary import N_


def ask_using_organisation(session: Session, writer: Writer, claim: UsedByClaim) -> list[Message]:
    """Ask each editor of the named organisation to confirm or decline that it uses the component."""
    if claim.source == PUBLICCODE:
        said = N_(
            "The publiccode.yml of the component %(component)s, published by the "
            "organisation %(owner)s, names your organisation, %(organisation)s, as a user."
        )
    else:
        said = N_(
            "The organisation %(owner)s says that your organisation, %(organisation)s, "
            "uses the component %(component)s."
        )

    def write(locale: str) -> tuple[str, str]:
        values = {
            "organisation": claim.organisation.display_name(locale),
            "owner": claim.component.organisation.display_name(locale),
            "component": claim.component.name,
        }
        subject = writer.text(
            locale,
            N_("Does the organisation %(organisation)s use the component %(component)s?"),
            **values,
        )
        body = writer.body(
            locale,
            (said, values),
            (
                N_(
                    "It shows as not confirmed until you answer. Confirm it, or say "
                    "that you do not use it:\n%(url)s"
                ),
                {"url": writer.link("/account/used-by", locale)},
            ),
        )
        return subject, body

    messages = queue_for_each(
        session,
        editors_of(session, claim.organisation_id),
        write,
        kind="used_by.ask",
        topic=f"used_by:{claim.id}",
    )
    claim.asked_at = utcnow()
    session.flush()
    return messages


def tell_owner_of_declaration(
    session: Session, writer: Writer, claim: UsedByClaim
) -> list[Message]:
    """Tell each editor of the owning organisation that another organisation uses its component."""
    component = claim.component

    def write(locale: str) -> tuple[str, str]:
        values = {
            "organisation": claim.organisation.display_name(locale),
            "component": component.name,
        }
        subject = writer.text(
            locale,
            N_("The organisation %(organisation)s uses the component %(component)s"),
            **values,
        )
        body = writer.body(
            locale,
            (
                N_(
                    "The organisation %(organisation)s says that it uses your "
                    "component %(component)s."
                ),
                values,
            ),
            (
                N_("It now shows on the component’s page:\n%(url)s"),
                {"url": writer.link(f"/components/{component.id}", locale)},
            ),
        )
        return subject, body

    return queue_for_each(
        session,
        editors_of(session, component.organisation_id),
        write,
        kind="used_by.declared",
        topic=f"used_by:{claim.id}",
    )


def ask_waiting_organisations(session: Session, writer: Writer) -> int:
    """Ask about every claim nobody has been asked about yet; how many claims were put."""
    waiting = claims_to_ask(session)
    for claim in waiting:
        ask_using_organisation(session, writer, claim)
    return len(waiting)
