"""'Get your organisation listed' and 'Add a project': public forms that make pending requests."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.addresses import confirm_address
from catalogue.identifiers import IDENTIFIER_KINDS
from catalogue.models import Organisation, ProjectRequest
from catalogue.models.organisation import name_in
from catalogue.notices import registration_received, tell_moderators_of_request
from catalogue.registration import (
    FormError,
    OrganisationApplication,
    ProjectApplication,
    submit_project,
    submit_registration,
)
from catalogue.request_status import find_by_reference, progress
from catalogue.urls import allowed_hosts
from catalogue.vocabulary import SUPPLIER
from search.similarity.check import MAX_CHARS, CheckInputError
from web.auth import (
    CurrentUser,
    form_errors,
    form_values,
    localised,
    page,
    provide_current_user,
    receipt,
    receipt_matches,
    see_other,
)
from web.deps import DbSession
from web.i18n import locale_from_path
from web.mail import writer
from web.routes.check import run_check

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]

PROJECT_RECEIPT = "project-receipt"


@localised(get, "/register", name="register:organisation", sync_to_thread=True)
def organisation_form(
    request: Request, db_session: DbSession, current_user: CurrentUser
) -> Response:
    return _organisation_page(request, db_session, OrganisationApplication(), {}, current_user)


@localised(post, "/register", name="register:organisation-submit", sync_to_thread=True)
def organisation_submit(
    request: Request, db_session: DbSession, data: FormData, current_user: CurrentUser
) -> Response:
    values = form_values(data)
    application = OrganisationApplication(
        **{f.name: values.get(f.name, "") for f in fields(OrganisationApplication)}
    )
    hosts = allowed_hosts(request.app.state.settings)
    try:
        found = submit_registration(
            db_session, application, hosts, locale_from_path(request.url.path)
        )
    except FormError as exc:
        errors = form_errors(request, exc.problems)
        return _organisation_page(request, db_session, application, errors, current_user, 400)
    registration_received(db_session, writer(request), found)
    tell_moderators_of_request(db_session, writer(request), found)
    return see_other(request, f"/register/status/{found.reference}?received=1")


def _organisation_page(request, session: Session, application, errors, user, status=200):
    return page(
        request,
        "register/organisation.html",
        {
            "values": asdict(application),
            "errors": errors,
            # The listed public bodies a supplier may build for (no other supplier).
            "organisations": _organisation_choices(request, session, public_only=True),
            "identifier_kinds": IDENTIFIER_KINDS,
            "hosts": allowed_hosts(request.app.state.settings),
        },
        status_code=status,
        user=user,
    )


@localised(get, "/register/received", name="register:received", sync_to_thread=True)
def organisation_received(request: Request) -> Response:
    return page(request, "register/received.html")


@localised(get, "/register/status/{reference:str}", name="register:status", sync_to_thread=True)
def organisation_status(
    request: Request, db_session: DbSession, current_user: CurrentUser, reference: FromPath[str]
) -> Response:
    """Where a listing request has got to, for whoever holds its reference."""
    found = find_by_reference(db_session, reference)
    if found is None:
        return page(request, "register/status_unknown.html", status_code=404, user=current_user)
    return page(
        request,
        "register/status.html",
        {
            "item": found,
            "progress": progress(found),
            "just_received": request.query_params.get("received") == "1",
        },
        user=current_user,
    )


def _private(response: Response) -> Response:
    # The address holds a token: browsers must not pass it on.
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@localised(get, "/confirm-email/{token:str}", name="register:confirm-email", sync_to_thread=False)
def confirm_email_form(request: Request, token: FromPath[str]) -> Response:
    """A button, not a GET that confirms: mail scanners follow links without anyone reading them."""
    return _private(page(request, "register/confirm_email.html", {"token": token[:100]}))


@localised(
    post, "/confirm-email/{token:str}", name="register:confirm-email-submit", sync_to_thread=True
)
def confirm_email_submit(request: Request, db_session: DbSession, token: FromPath[str]) -> Response:
    confirmed = confirm_address(db_session, token)
    if confirmed is None:
        return _private(page(request, "register/confirm_email_refused.html", status_code=404))
    return _private(page(request, "register/email_confirmed.html"))


@localised(get, "/register/project", name="register:project", sync_to_thread=True)
def project_form(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    application = ProjectApplication(
        organisation=request.query_params.get("organisation", "")[:100]
    )
    return _project_page(request, db_session, application, {}, current_user)


@localised(post, "/register/project", name="register:project-submit", sync_to_thread=True)
def project_submit(
    request: Request, db_session: DbSession, data: FormData, current_user: CurrentUser
) -> Response:
    values = form_values(data)
    application = ProjectApplication(
        **{f.name: values.get(f.name, "") for f in fields(ProjectApplication)}
    )
    try:
        project = submit_project(db_session, application, allowed_hosts(request.app.state.settings))
    except FormError as exc:
        errors = form_errors(request, exc.problems)
        return _project_page(request, db_session, application, errors, current_user, 400)
    # The id is sequential: the receipt makes the link work for the person who submitted it only.
    token = receipt(request.app.state.settings, PROJECT_RECEIPT, project.id)
    return see_other(request, f"/register/project/received?request={project.id}&receipt={token}")


def _organisation_choices(
    request: Request, session: Session, public_only: bool = False
) -> list[tuple[str, str]]:
    """Every listed organisation (or every public body) as (slug, name in the page's language),
    in alphabetical order."""
    locale = locale_from_path(request.url.path)
    query = select(Organisation.slug, Organisation.name, Organisation.name_cy)
    if public_only:
        query = query.where(Organisation.sector != SUPPLIER)
    rows = session.execute(query)
    return sorted(
        ((slug, name_in(locale, name, name_cy)) for slug, name, name_cy in rows),
        key=lambda choice: choice[1].lower(),
    )


def _project_page(request, session: Session, application, errors, user, status=200) -> Response:
    return page(
        request,
        "register/project.html",
        {
            "values": asdict(application),
            "errors": errors,
            "organisations": _organisation_choices(request, session),
            "hosts": allowed_hosts(request.app.state.settings),
        },
        status_code=status,
        user=user,
    )


@localised(get, "/register/project/received", name="register:project-received", sync_to_thread=True)
def project_received(request: Request, db_session: DbSession) -> Response:
    """What happens next, and (check before you build) what other bodies have that is alike."""
    return page(
        request,
        "register/project_received.html",
        {"similar": _similar_to_request(request, db_session)},
    )


def _similar_to_request(request: Request, session: Session) -> list:
    raw = request.query_params.get("request") or ""
    token = request.query_params.get("receipt") or ""
    if not (raw.isdigit() and len(raw) < 12) or not receipt_matches(
        request.app.state.settings, PROJECT_RECEIPT, int(raw), token
    ):
        return []  # someone else's request, or a guessed number: show nothing of it
    project = session.get(ProjectRequest, int(raw))
    if project is None:
        return []
    name = project.full_name.split("/", 1)[-1].replace("-", " ").replace("_", " ")
    try:
        results, _ = run_check(
            request,
            session,
            f"{name}. {project.reason}"[:MAX_CHARS],
            limit=5,
            exclude_organisation=project.organisation.slug,
        )
        return results
    except CheckInputError:
        return []


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[
        *organisation_form,
        *organisation_submit,
        *organisation_received,
        *organisation_status,
        *confirm_email_form,
        *confirm_email_submit,
        *project_form,
        *project_submit,
        *project_received,
    ],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
