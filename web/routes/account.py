"""Signing in and out, signing out everywhere, and the signed-in person's own page."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.params import Body

from catalogue.accounts import (
    LockedError,
    SignInError,
    begin_attempt,
    finish_sign_in,
    sign_in_keys,
    sign_out,
    sign_out_everywhere,
)
from catalogue.annotations import claims_awaiting
from catalogue.queries import organisation_components
from catalogue.vocabulary import N_
from web.auth import (
    CurrentUser,
    client_address,
    expired_session_cookie,
    form_values,
    localised,
    page,
    provide_current_user,
    safe_next,
    see_other,
    session_cookie,
    sign_in_redirect,
    translate,
)
from web.deps import DbSession
from web.i18n import locale_from_path
from web.unit_of_work import separate_transaction

MAX_FIELD = 1024
FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]


@localised(get, "/account/sign-in", name="account:sign-in", sync_to_thread=True)
def sign_in_form(request: Request, current_user: CurrentUser) -> Response:
    next_path = safe_next(request.query_params.get("next"), locale_from_path(request.url.path))
    return page(
        request,
        "account/sign_in.html",
        {"errors": {}, "email": "", "next_path": next_path},
        user=current_user,
    )


@localised(post, "/account/sign-in", name="account:sign-in-submit", sync_to_thread=True)
def sign_in(request: Request, db_session: DbSession, data: FormData) -> Response:
    form = form_values(data, MAX_FIELD)
    email, password = form.get("email", "").strip(), form.get("password", "")
    next_path = safe_next(form.get("next"), locale_from_path(request.url.path))
    errors: dict[str, str] = {}
    if not email:
        errors["email"] = translate(request, N_("Enter your email address"))
    if not password:
        errors["password"] = translate(request, N_("Enter your password"))
    status = 400
    if not errors:
        try:
            # Counted as a failure, and committed, before the password is checked: the count
            # outlives this refused (rolled back) request, and concurrent guesses see it.
            with separate_transaction(request) as attempt:
                throttles = begin_attempt(attempt, sign_in_keys(email, client_address(request)))
            user = finish_sign_in(db_session, throttles, email, password)
        except LockedError:
            status = 429
            errors["email"] = translate(
                request,
                N_("Too many failed attempts. Wait 15 minutes, then try again."),
            )
        except SignInError:
            errors["email"] = translate(request, N_("The email address or password is not right"))
        else:
            settings = request.app.state.settings
            return see_other(request, next_path, cookies=[session_cookie(settings, user)])
    response = page(
        request,
        "account/sign_in.html",
        {"errors": errors, "email": email[:320], "next_path": next_path},
        status_code=status,
    )
    if status == 429:
        response.headers["Retry-After"] = "900"
    return response


@localised(post, "/account/sign-out", name="account:sign-out", sync_to_thread=True)
def sign_out_handler(
    request: Request, db_session: DbSession, current_user: CurrentUser
) -> Response:
    settings = request.app.state.settings
    if current_user is not None:
        # Expiring the cookie in this browser is not enough: a copy of it must stop working.
        sign_out(db_session, current_user)
    return see_other(request, "/account/signed-out", cookies=[expired_session_cookie(settings)])


@localised(
    post, "/account/sign-out-everywhere", name="account:sign-out-everywhere", sync_to_thread=True
)
def sign_out_everywhere_handler(
    request: Request, db_session: DbSession, current_user: CurrentUser
) -> Response:
    settings = request.app.state.settings
    if current_user is not None:
        sign_out_everywhere(db_session, current_user, current_user)
    return see_other(request, "/account/signed-out", cookies=[expired_session_cookie(settings)])


@localised(get, "/account/signed-out", name="account:signed-out", sync_to_thread=True)
def signed_out(request: Request) -> Response:
    return page(request, "account/signed_out.html")


@localised(get, "/account", name="account:index", sync_to_thread=True)
def account_page(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    if current_user is None:
        return sign_in_redirect(request)
    editor = current_user.is_editor
    awaiting = claims_awaiting(db_session, current_user.organisation_id) if editor else []
    # The components this person may annotate: their organisation's live ones.
    components = organisation_components(db_session, current_user.organisation_id) if editor else []
    context = {"awaiting": awaiting, "components": components}
    return page(request, "account/index.html", context, user=current_user)


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[
        *sign_in_form,
        *sign_in,
        *sign_out_handler,
        *sign_out_everywhere_handler,
        *signed_out,
        *account_page,
    ],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
