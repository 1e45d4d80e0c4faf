"""The moderators' list of people who sign in, and issuing them password reset links."""

from __future__ import annotations

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.params import FromPath
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import User
from catalogue.password_resets import issue_reset, reset_link
from catalogue.queries import get_row
from catalogue.urls import InputError
from web.auth import CurrentUser, form_errors, localised, page, provide_current_user
from web.deps import DbSession
from web.i18n import LOCALES
from web.routes.admin import moderator_or_refusal


def _users_page(
    request: Request,
    session: Session,
    moderator: User,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    people = session.scalars(select(User).order_by(User.email_key)).all()
    context = {"people": people, "errors": errors or {}}
    return page(request, "admin/users.html", context, status_code=status, user=moderator)


@localised(get, "/admin/users", name="admin:users", sync_to_thread=True)
def users_list(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    return _users_page(request, db_session, moderator)


@localised(
    post,
    "/admin/users/{user_id:int}/reset-link",
    name="admin:user-reset-link",
    sync_to_thread=True,
)
def issue_reset_link(
    request: Request, db_session: DbSession, current_user: CurrentUser, user_id: FromPath[int]
) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    person = get_row(db_session, User, user_id, "user")
    try:
        token, reset = issue_reset(db_session, person, moderator)
    except InputError as exc:
        db_session.rollback()
        errors = form_errors(request, {f"user-{user_id}": exc})
        return _users_page(request, db_session, moderator, errors, 400)
    db_session.commit()
    base = str(request.base_url)
    # Shown once, never stored: a POST answered with a page, not a redirect to one.
    response = page(
        request,
        "admin/reset_link.html",
        {
            "person": person,
            "links": {code: reset_link(base, token, code) for code in LOCALES},
            "expires_at": reset.expires_at,
        },
        user=moderator,
    )
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[*users_list, *issue_reset_link],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
