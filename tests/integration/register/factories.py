"""Factories for the registration tests: organisations, components, people, a web app."""

from __future__ import annotations

import itertools

from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from catalogue import accounts
from catalogue.models import Component, Organisation, User
from catalogue.services import upsert_organisation

PASSWORD = "correct horse battery staple"
# Real argon2id, cheap parameters: the tests check behaviour, not hashing cost.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
_serial = itertools.count(1)


def make_organisation(session: Session, slug: str | None = None, **fields) -> Organisation:
    slug = slug or f"org-{next(_serial)}"
    return upsert_organisation(
        session,
        slug,
        fields.pop("name", slug.replace("-", " ").title()),
        fields.pop("sector", "local-government"),
        **fields,
    )


def make_component(
    session: Session, organisation: Organisation, name: str | None = None
) -> Component:
    name = name or f"component-{next(_serial)}"
    full_name = f"{organisation.slug}/{name}"
    component = Component(
        host="github.com",
        full_name=full_name,
        full_name_key=full_name.lower(),
        owner=organisation.slug,
        organisation=organisation,
        name=name,
        repository_url=f"https://github.com/{full_name}",
    )
    session.add(component)
    session.flush()
    return component


def make_user(
    session: Session,
    email: str | None = None,
    organisation: Organisation | None = None,
    is_admin: bool = False,
) -> User:
    email = email or f"person{next(_serial)}@example.gov.wales"
    return accounts.create_user(
        session, email, PASSWORD, is_admin=is_admin, organisation=organisation
    )


def build_app(settings, engine):
    """The real web app over the test database, with an in-memory search index."""
    from search.embedded import EmbeddedSearchBackend
    from web.app import create_app

    return create_app(settings, search_backend=EmbeddedSearchBackend(None), engine=engine)
