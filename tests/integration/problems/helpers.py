"""Helpers for problem tests: editors of an organisation."""

from __future__ import annotations

from catalogue.addresses import mark_verified
from catalogue.db import make_sessionmaker
from catalogue.models import Organisation, User
from catalogue.models.users import EDITOR


def add_editor(catalogue, slug: str, email: str, language: str = "en", verified=True) -> None:
    """An active editor of the organisation, whose address is confirmed unless told otherwise."""
    with make_sessionmaker(catalogue.engine).begin() as session:
        organisation = session.query(Organisation).filter_by(slug=slug).one()
        session.add(
            User(
                email=email,
                email_key=email.lower(),
                password_hash="not-a-real-hash",
                organisation_id=organisation.id,
                role=EDITOR,
                language=language,
            )
        )
        if verified:
            mark_verified(session, email)
