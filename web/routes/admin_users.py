"""The moderators' list of people who sign in: inviting people, and password reset links."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.invitations import invite_user
from catalogue.models import Organisation, User
from catalogue.notices import invitation, password_reset
from catalogue.password_resets import issue_reset, reset_link
from catalogue.queries import get_row
from catalogue.urls import InputError
from catalogue.vocabulary import N_
from web.auth import (
    CurrentUser,
    form_errors,
    form_values,
    localised,
    page,
    provide_current_user,
    see_other,
)
from web.deps import DbSession
from web.i18n import LOCALES
from web.mail import sends_mail, writer
from web.routes.admin import moderator_or_refusal

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
ROLES = ("editor", "moderator")


def _users_page(
    request: Request,
    session: Session,
    moderator: User,
    errors: dict[str, str] | None = None,
    status: int = 200,
    values: dict[str, str] | None = None,
) -> Response:
    people = session.scalars(select(User).order_by(User.email_key)).all()
    organisations = session.scalars(select(Organisation)).all()
    locale = "cy" if request.url.path.startswith("/cy/") else "en"
    raw = request.query_params.get("done", "")
    done = session.get(User, int(raw)) if raw.isdigit() and len(raw) < 12 else None
    context = {
        "people": people,
        "errors": errors or {},
        "values": values or {"role": "editor", "language": locale},
        "organisations": sorted(
            ((o.slug, o.display_name(locale)) for o in organisations), key=lambda c: c[1].lower()
        ),
        "done": done,
        "done_kind": request.query_params.get("kind", ""),
        "sends_mail": sends_mail(request),
    }
    return page(request, "admin/users.html", context, status_code=status, user=moderator)


@localised(get, "/admin/users", name="admin:users", sync_to_thread=True)
def users_list(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    return _users_page(request, db_session, moderator)


def _invitation_problems(session: Session, values: dict[str, str]) -> dict[str, InputError]:
    problems: dict[str, InputError] = {}
    if values.get("role") not in ROLES:
        problems["role"] = InputError(N_("Choose what the person may do"))
    elif values["role"] == "editor":
        slug = values.get("organisation", "")
        if not session.scalar(select(Organisation.id).where(Organisation.slug == slug)):
            problems["organisation"] = InputError(N_("Choose the organisation they edit for"))
    return problems


@localised(post, "/admin/users/invite", name="admin:user-invite", sync_to_thread=True)
def invite(
    request: Request, db_session: DbSession, current_user: CurrentUser, data: FormData
) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    values = form_values(data, 400)
    problems = _invitation_problems(db_session, values)
    person = None
    if not problems:
        organisation = None
        if values["role"] == "editor":
            organisation = db_session.scalar(
                select(Organisation).where(Organisation.slug == values["organisation"])
            )
        try:
            person, token = invite_user(
                db_session,
                values.get("email", ""),
                moderator,
                is_admin=values["role"] == "moderator",
                organisation=organisation,
                language=values.get("language", "en"),
            )
        except InputError as exc:
            db_session.rollback()
            problems["email"] = exc
    if problems:
        errors = form_errors(request, problems)
        return _users_page(request, db_session, moderator, errors, 400, values)
    invitation(db_session, writer(request), person, token)
    return see_other(request, f"/admin/users?done={person.id}&kind=invite")


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
    if sends_mail(request):
        # The link goes to the person's own address; the moderator never sees it.
        password_reset(db_session, writer(request), person, token)
        return see_other(request, f"/admin/users?done={person.id}&kind=reset")
    base = request.app.state.settings.base_url
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
    route_handlers=[*users_list, *invite, *issue_reset_link],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
