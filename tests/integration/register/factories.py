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
    """Litestar app of our routers plus the lead's dependencies, error handlers and middleware."""
    from litestar import Litestar
    from litestar.datastructures import State
    from litestar.di import Provide
    from litestar.exceptions import PermissionDeniedException

    from catalogue.accounts import NotPermittedError
    from catalogue.db import make_sessionmaker
    from web.auth import csrf_config, permission_denied
    from web.deps import provide_db_session, provide_locale
    from web.errors import EXCEPTION_HANDLERS
    from web.routes import account, admin, annotations, publiccode, register

    return Litestar(
        route_handlers=[
            account.router,
            register.router,
            admin.router,
            annotations.router,
            publiccode.router,
        ],
        dependencies={
            "db_session": Provide(provide_db_session),
            "locale": Provide(provide_locale, sync_to_thread=False),
        },
        state=State(
            {"settings": settings, "engine": engine, "sessionmaker": make_sessionmaker(engine)}
        ),
        exception_handlers={
            **EXCEPTION_HANDLERS,
            PermissionDeniedException: permission_denied,
            NotPermittedError: permission_denied,
        },
        csrf_config=csrf_config(settings),
        request_max_body_size=1024 * 1024,
        debug=False,
    )
