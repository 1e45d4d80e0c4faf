"""The moderators' area: review listing and project requests, decide, and read the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts import NotPermittedError, list_audit, require_moderator
from catalogue.audit_subjects import load_subjects
from catalogue.identifiers import IDENTIFIER_KINDS, identifier_url
from catalogue.models import Organisation, ProjectRequest, RegistrationRequest, User
from catalogue.models.users import APPROVED, PENDING
from catalogue.notices import registration_decided
from catalogue.queries import get_row, live_component_ids
from catalogue.registration import (
    FormError,
    approve_project,
    approve_registration,
    registration_clashes,
    reject_project,
    reject_registration,
    suggest_slug,
)
from catalogue.request_status import start_review
from catalogue.urls import InputError
from catalogue.vocabulary import N_
from web.audit_sentences import describe
from web.auth import (
    CurrentUser,
    forbidden,
    form_errors,
    form_values,
    localised,
    page,
    provide_current_user,
    see_other,
    sign_in_redirect,
)
from web.deps import DbSession
from web.i18n import locale_from_path
from web.mail import writer
from web.reindexing import reindex_after_commit

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
AUDIT_PAGE_SIZE = 50


def moderator_or_refusal(request: Request, user: User | None) -> User | Response:
    """The moderator, or the response to send instead (sign in, or 403)."""
    if user is None:
        return sign_in_redirect(request)
    try:
        return require_moderator(user)
    except NotPermittedError as exc:
        return forbidden(request, exc, user)


@localised(get, "/admin", name="admin:index", sync_to_thread=True)
def admin_index(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    registrations = db_session.scalars(
        select(RegistrationRequest).order_by(RegistrationRequest.created_at.desc()).limit(200)
    ).all()
    projects = db_session.scalars(
        select(ProjectRequest).order_by(ProjectRequest.created_at.desc()).limit(200)
    ).all()
    return page(
        request,
        "admin/index.html",
        {
            "pending_registrations": [r for r in registrations if r.status == PENDING],
            "pending_projects": [p for p in projects if p.status == PENDING],
            "decided_registrations": [r for r in registrations if r.status != PENDING][:20],
            "decided_projects": [p for p in projects if p.status != PENDING][:20],
        },
        user=moderator,
    )


def _registration(session: Session, request_id: int) -> RegistrationRequest:
    return get_row(session, RegistrationRequest, request_id, "registration request")


def _registration_page(request, session, found, moderator, errors=None, slug=None, status=200):
    slug = slug if slug is not None else suggest_slug(found.name)
    existing = session.scalar(select(Organisation).where(Organisation.slug == slug))
    return page(
        request,
        "admin/registration.html",
        {
            "item": found,
            "errors": errors or {},
            "slug": slug,
            "existing": existing,
            # The listed body a supplier says it builds for (None when it names none, or one
            # no longer listed: the page says so, and approval is refused).
            "client": session.scalar(
                select(Organisation).where(Organisation.slug == found.builds_for)
            )
            if found.builds_for
            else None,
            "clashes": form_errors(request, dict(enumerate(registration_clashes(session, found))))
            if found.status == PENDING
            else {},
            "identifier_kinds": IDENTIFIER_KINDS,
            "identifier_link": identifier_url(found.identifier_kind, found.identifier),
        },
        status_code=status,
        user=moderator,
    )


@localised(
    get, "/admin/registrations/{request_id:int}", name="admin:registration", sync_to_thread=True
)
def registration_detail(
    request: Request, db_session: DbSession, current_user: CurrentUser, request_id: FromPath[int]
) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    found = _registration(db_session, request_id)
    if found.review_started_at is None and found.status == PENDING:
        # The applicant's status page now says "in review".
        start_review(db_session, found, moderator)
    return _registration_page(request, db_session, found, moderator)


def _decide(session: Session, values: dict, approve, reject) -> dict | None:
    """Run the moderator's approve or reject; on a refusal roll back and return its problems."""
    try:
        if values.get("decision") == "approve":
            approve()
        elif values.get("decision") == "reject":
            reject()
        else:
            raise FormError({"decision": InputError(N_("Choose whether to approve or reject"))})
    except (FormError, InputError) as exc:
        session.rollback()
        return exc.problems if isinstance(exc, FormError) else {"decision": exc}
    return None


@localised(
    post,
    "/admin/registrations/{request_id:int}/decision",
    name="admin:registration-decision",
    sync_to_thread=True,
)
def registration_decision(
    request: Request,
    db_session: DbSession,
    current_user: CurrentUser,
    request_id: FromPath[int],
    data: FormData,
) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    found = _registration(db_session, request_id)
    values = form_values(data)
    problems = _decide(
        db_session,
        values,
        approve=lambda: approve_registration(db_session, found, moderator, values.get("slug", "")),
        reject=lambda: reject_registration(db_session, found, moderator, values.get("reason", "")),
    )
    if problems:
        return _registration_page(
            request,
            db_session,
            _registration(db_session, request_id),
            moderator,
            form_errors(request, problems),
            values.get("slug"),
            400,
        )
    registration_decided(db_session, writer(request), found)
    if found.status == APPROVED and found.builds_for and found.organisation is not None:
        # An organisation listed before, with code, now names the body it builds for in its
        # components' search documents (a new one has none until its first harvest).
        work = live_component_ids(db_session, [found.organisation.id])
        if work:
            reindex_after_commit(request, work, "a registration")
    return see_other(request, f"/admin/registrations/{request_id}")


def _project(session: Session, request_id: int) -> ProjectRequest:
    return get_row(session, ProjectRequest, request_id, "project request")


@localised(get, "/admin/projects/{request_id:int}", name="admin:project", sync_to_thread=True)
def project_detail(
    request: Request, db_session: DbSession, current_user: CurrentUser, request_id: FromPath[int]
) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    found = _project(db_session, request_id)
    return page(request, "admin/project.html", {"item": found, "errors": {}}, user=moderator)


@localised(
    post,
    "/admin/projects/{request_id:int}/decision",
    name="admin:project-decision",
    sync_to_thread=True,
)
def project_decision(
    request: Request,
    db_session: DbSession,
    current_user: CurrentUser,
    request_id: FromPath[int],
    data: FormData,
) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    found = _project(db_session, request_id)
    values = form_values(data)
    problems = _decide(
        db_session,
        values,
        approve=lambda: approve_project(db_session, found, moderator),
        reject=lambda: reject_project(db_session, found, moderator, values.get("reason", "")),
    )
    if problems:
        return page(
            request,
            "admin/project.html",
            {"item": _project(db_session, request_id), "errors": form_errors(request, problems)},
            status_code=400,
            user=moderator,
        )
    return see_other(request, f"/admin/projects/{request_id}")


@localised(get, "/admin/audit", name="admin:audit", sync_to_thread=True)
def audit_log(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    raw = request.query_params.get("page", "1")
    number = int(raw) if raw.isdigit() and 0 < len(raw) < 7 and int(raw) > 0 else 1
    entries, total = list_audit(db_session, number, AUDIT_PAGE_SIZE)
    pages = max(1, -(-total // AUDIT_PAGE_SIZE))
    subjects = load_subjects(db_session, entries)
    locale = locale_from_path(request.url.path)
    rows = [(entry, describe(entry, subjects, locale)) for entry in entries]
    return page(
        request,
        "admin/audit.html",
        {"rows": rows, "total": total, "page_number": number, "pages": pages},
        user=moderator,
    )


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[
        *admin_index,
        *registration_detail,
        *registration_decision,
        *project_detail,
        *project_decision,
        *audit_log,
    ],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
