"""Forgotten passwords: what to do, and the one-time link a moderator sends to set a new one."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath
from sqlalchemy.orm import Session

from catalogue.accounts import (
    MAX_PASSWORD_LENGTH,
    MIN_PASSWORD_LENGTH,
    LockedError,
    begin_attempt,
    check_password,
)
from catalogue.models import PasswordReset
from catalogue.password_resets import ResetLinkError, complete_reset, finish_open, reset_keys
from catalogue.urls import InputError
from catalogue.vocabulary import N_
from web.auth import (
    client_address,
    expired_session_cookie,
    form_values,
    localised,
    page,
    see_other,
    translate,
)
from web.deps import DbSession
from web.unit_of_work import separate_transaction

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
RETRY_AFTER = "900"


def _private(response: Response) -> Response:
    # The address holds the token: browsers must not pass it on, even to our own assets.
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@localised(
    get, "/account/forgotten-password", name="account:forgotten-password", sync_to_thread=False
)
def forgotten_password(request: Request) -> Response:
    return page(request, "account/forgotten_password.html")


def _open(request: Request, session: Session, token: FromPath[str]) -> PasswordReset | Response:
    """The reset the link opens, or the page saying it does not work (or to wait)."""
    try:
        # The attempt is counted and committed first, so the count survives a refusal.
        with separate_transaction(request) as attempt:
            throttles = begin_attempt(attempt, reset_keys(client_address(request)))
        return finish_open(session, throttles, token)
    except LockedError:
        response = page(request, "account/reset_refused.html", {"locked": True}, 429)
        response.headers["Retry-After"] = RETRY_AFTER
    except ResetLinkError:
        response = page(request, "account/reset_refused.html", {"locked": False}, 404)
    return _private(response)


def _form(request: Request, reset: PasswordReset, errors: dict[str, str], status: int = 200):
    context = {"errors": errors, "email": reset.user.email, "min_length": MIN_PASSWORD_LENGTH}
    return _private(page(request, "account/reset.html", context, status))


@localised(get, "/account/reset/{token:str}", name="account:reset", sync_to_thread=True)
def reset_form(request: Request, db_session: DbSession, token: FromPath[str]) -> Response:
    reset = _open(request, db_session, token)
    if isinstance(reset, Response):
        return reset
    return _form(request, reset, {})


def _problems(request: Request, password: str, confirm: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not password:
        errors["password"] = translate(request, N_("Enter a new password"))
    else:
        try:
            check_password(password)
        except InputError as exc:
            errors["password"] = translate(request, exc.message, exc.params)
    if not confirm:
        errors["confirm"] = translate(request, N_("Enter the new password again"))
    elif password and confirm != password:
        errors["confirm"] = translate(request, N_("The passwords do not match"))
    return errors


@localised(post, "/account/reset/{token:str}", name="account:reset-submit", sync_to_thread=True)
def reset_submit(
    request: Request, db_session: DbSession, token: FromPath[str], data: FormData
) -> Response:
    reset = _open(request, db_session, token)
    if isinstance(reset, Response):
        return reset
    # One character over the limit, so an overlong password is refused rather than cut short.
    form = form_values(data, MAX_PASSWORD_LENGTH + 1)
    password, confirm = form.get("password", ""), form.get("confirm", "")
    errors = _problems(request, password, confirm)
    if errors:
        return _form(request, reset, errors, 400)
    try:
        complete_reset(db_session, reset, password)
    except ResetLinkError:
        # Another submission of the same link got there first.
        return _private(page(request, "account/reset_refused.html", {"locked": False}, 404))
    settings = request.app.state.settings
    cookies = [expired_session_cookie(settings)]
    return _private(see_other(request, "/account/password-changed", cookies=cookies))


@localised(get, "/account/password-changed", name="account:password-changed", sync_to_thread=False)
def password_changed(request: Request) -> Response:
    return page(request, "account/password_changed.html")


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[*forgotten_password, *reset_form, *reset_submit, *password_changed],
)
