"""Requests to list an organisation or add a project, and the moderators' decisions on them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts import check_email, record_audit, require_moderator
from catalogue.errors import ValidationError
from catalogue.identifiers import IDENTIFIER_KINDS, check_identifier
from catalogue.models import Account, Organisation, ProjectRequest, RegistrationRequest, User
from catalogue.models.types import utcnow
from catalogue.models.users import APPROVED, PENDING, REJECTED
from catalogue.request_status import new_reference
from catalogue.services import find_component, set_builds_for, upsert_organisation
from catalogue.urls import (
    InputError,
    RepositoryRef,
    check_website,
    parse_account_url,
    parse_repository_url,
)
from catalogue.vocabulary import N_, SECTORS, SUPPLIER

MAX_ACCOUNTS = 20
MAX_NAME = 300
MAX_REASON = 1000
MAX_DECISION_REASON = 2000


class FormError(ValidationError):
    """A submitted form was refused; `problems` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, InputError]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{field}: {error}" for field, error in problems.items()))


class DecisionError(InputError):
    """A decision cannot be made as asked (already decided, or it would clash)."""


@dataclass
class OrganisationApplication:
    """What the 'Get your organisation listed' form asks for, as typed."""

    name: str = ""
    name_cy: str = ""
    sector: str = ""
    website: str = ""
    accounts: str = ""  # one URL a line
    contact_email: str = ""
    reason: str = ""
    identifier_kind: str = ""
    identifier: str = ""
    builds_for: str = ""  # slug of the listed public body a supplier builds for, if any


@dataclass
class ProjectApplication:
    """What the 'Add a project' form asks for, as typed."""

    organisation: str = ""  # slug of a listed organisation
    repository_url: str = ""
    contact_email: str = ""
    reason: str = ""


def submit_registration(
    session: Session,
    application: OrganisationApplication,
    hosts: tuple[str, ...],
    language: str = "en",
) -> RegistrationRequest:
    """Check a listing request field by field and store it as pending, with a reference."""
    problems: dict[str, InputError] = {}
    name = _text(problems, "name", application.name, MAX_NAME, N_("Enter the organisation’s name"))
    name_cy = _text(problems, "name_cy", application.name_cy, MAX_NAME, None)
    if application.sector not in SECTORS:
        problems["sector"] = InputError(N_("Choose the sector the organisation belongs to"))
    website = None
    if application.website.strip():
        website = _check(problems, "website", lambda: check_website(application.website))
    accounts = _accounts(session, problems, application.accounts, hosts)
    email = _check(problems, "contact_email", lambda: check_email(application.contact_email))
    reason = _text(
        problems,
        "reason",
        application.reason,
        MAX_REASON,
        N_("Tell us why the organisation should be listed"),
    )
    identifier_kind = identifier = None
    if application.identifier_kind not in ("", "none"):
        checked = _check(
            problems,
            "identifier",
            lambda: check_identifier(application.identifier_kind, application.identifier),
        )
        if checked:
            identifier_kind, identifier = checked
    builds_for = _client(session, problems, application.builds_for)
    if problems:
        raise FormError(problems)
    request = RegistrationRequest(
        name=name,
        name_cy=name_cy or None,
        sector=application.sector,
        website=website,
        accounts=[{"host": ref.host, "login": ref.login} for ref in accounts],
        identifier_kind=identifier_kind,
        identifier=identifier,
        builds_for=builds_for,
        contact_email=email,
        reason=reason,
        status=PENDING,
        reference=new_reference(),
        language="cy" if language == "cy" else "en",
        created_at=utcnow(),
    )
    session.add(request)
    session.flush()
    return request


def _client(session: Session, problems, slug: str) -> str | None:
    """The listed public body a supplier builds for, by slug; nothing chosen is no body. Another
    supplier is no such body."""
    slug = (slug or "").strip()
    if not slug or slug == "none":
        return None
    sector = session.scalar(select(Organisation.sector).where(Organisation.slug == slug))
    if sector is None or sector == SUPPLIER:
        problems["builds_for"] = InputError(
            N_("Choose the public body from the list, or ‘It builds for no other body’")
        )
        return None
    return slug


def _accounts(session: Session, problems, text: str, hosts: tuple[str, ...]) -> list:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        problems["accounts"] = InputError(N_("Enter the address of at least one account"))
        return []
    if len(lines) > MAX_ACCOUNTS:
        problems["accounts"] = InputError(
            N_("Enter %(max)s accounts or fewer; add more after the listing"), max=MAX_ACCOUNTS
        )
        return []
    refs: dict[tuple[str, str], Any] = {}
    try:
        for line in lines:
            ref = parse_account_url(line, hosts)
            refs.setdefault((ref.host, ref.login.lower()), ref)
        for (host, key), ref in refs.items():
            _refuse_listed_account(session, host, key, ref.url)
    except InputError as exc:
        problems["accounts"] = exc
    return list(refs.values())


def _refuse_listed_account(
    session: Session, host: str, login_key: str, url: str, request_id: int | None = None
) -> None:
    """Refuse an account already listed, or already waiting in another request."""
    listed = session.scalar(
        select(Account).where(Account.host == host, Account.login_key == login_key)
    )
    if listed is not None:
        raise InputError(
            N_("%(url)s is already listed, under %(organisation)s"),
            url=url,
            organisation=listed.organisation.name,
        )
    for request in session.scalars(
        select(RegistrationRequest).where(
            RegistrationRequest.status == PENDING, RegistrationRequest.id != (request_id or 0)
        )
    ):
        if any(a["host"] == host and a["login"].lower() == login_key for a in request.accounts):
            raise InputError(N_("A request to list %(url)s is already waiting for review"), url=url)


def submit_project(
    session: Session, application: ProjectApplication, hosts: tuple[str, ...]
) -> ProjectRequest:
    """Check an 'add a project' request and store it as pending."""
    problems: dict[str, InputError] = {}
    organisation = session.scalar(
        select(Organisation).where(Organisation.slug == (application.organisation or ""))
    )
    if organisation is None:
        problems["organisation"] = InputError(N_("Choose the organisation the project belongs to"))
    ref = _check(
        problems, "repository_url", lambda: parse_repository_url(application.repository_url, hosts)
    )
    if ref is not None:
        _check(problems, "repository_url", lambda: _refuse_known_repository(session, ref))
    email = _check(problems, "contact_email", lambda: check_email(application.contact_email))
    reason = _text(
        problems,
        "reason",
        application.reason,
        MAX_REASON,
        N_("Tell us what the project is and why it belongs here"),
    )
    if problems:
        raise FormError(problems)
    request = ProjectRequest(
        organisation=organisation,
        host=ref.host,
        full_name=ref.full_name,
        full_name_key=ref.full_name.lower(),
        contact_email=email,
        reason=reason,
        status=PENDING,
        created_at=utcnow(),
    )
    session.add(request)
    session.flush()
    return request


def _refuse_known_repository(session: Session, ref: RepositoryRef) -> None:
    if find_component(session, ref.host, ref.full_name) is not None:
        raise InputError(N_("%(url)s is already in the catalogue"), url=ref.url)
    account = session.scalar(
        select(Account).where(Account.host == ref.host, Account.login_key == ref.owner.lower())
    )
    if account is not None:
        raise InputError(
            N_("%(url)s is in %(account)s, which is already harvested for %(organisation)s"),
            url=ref.url,
            account=account.url,
            organisation=account.organisation.name,
        )
    earlier = session.scalar(
        select(ProjectRequest).where(
            ProjectRequest.host == ref.host,
            ProjectRequest.full_name_key == ref.full_name.lower(),
            ProjectRequest.status.in_((PENDING, APPROVED)),
        )
    )
    if earlier is not None:
        raise InputError(N_("Someone has already asked to add %(url)s"), url=ref.url)


def suggest_slug(name: str) -> str:
    """A slug for an organisation's name: 'Cyngor Sir Ynys Môn' -> 'cyngor-sir-ynys-mon'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:100].strip("-")
    return slug or "organisation"


def approve_registration(
    session: Session, request: RegistrationRequest, moderator: User, slug: str | None = None
) -> Organisation:
    """List the organisation and its accounts (they join the next harvest), and audit it."""
    require_moderator(moderator)
    _require_pending(request.status)
    slug = (slug or "").strip().lower() or suggest_slug(request.name)
    existing = session.scalar(select(Organisation).where(Organisation.slug == slug))
    before = {
        "request": registration_snapshot(request),
        "organisation": organisation_snapshot(existing),
    }
    if request.identifier:
        holder = session.scalar(
            select(Organisation).where(
                Organisation.identifier_kind == request.identifier_kind,
                Organisation.identifier == request.identifier,
            )
        )
        if holder is not None and holder is not existing:
            raise DecisionError(
                N_("%(identifier)s already identifies %(organisation)s"),
                identifier=request.identifier,
                organisation=holder.name,
            )
    _require_client(session, request.builds_for, slug)
    try:
        with session.begin_nested():
            organisation = upsert_organisation(
                session,
                slug,
                request.name,
                request.sector,
                name_cy=request.name_cy,
                website=request.website,
                evidence=f"Registration request {request.id}: {request.reason}",
                accounts=[(a["host"], a["login"]) for a in request.accounts],
            )
    except ValidationError as exc:
        raise DecisionError(
            N_("The organisation cannot be listed: %(problem)s"), problem=str(exc)
        ) from exc
    organisation.verified = True
    if request.identifier:
        organisation.identifier_kind = request.identifier_kind
        organisation.identifier = request.identifier
    if request.builds_for:
        set_builds_for(session, organisation, request.builds_for)
    _decide(request, moderator, APPROVED, None)
    request.organisation = organisation
    session.flush()
    after = {
        "request": registration_snapshot(request),
        "organisation": organisation_snapshot(organisation),
    }
    record_audit(
        session,
        moderator,
        "registration.approve",
        "registration_request",
        request.id,
        before,
        after,
    )
    return organisation


def reject_registration(
    session: Session, request: RegistrationRequest, moderator: User, reason: str
) -> None:
    """Refuse a listing request, saying why, and audit it."""
    _simple_decision(session, request, moderator, REJECTED, reason)


def approve_project(session: Session, request: ProjectRequest, moderator: User) -> None:
    """Accept a repository under its organisation (the harvester then takes it) and audit it."""
    _simple_decision(session, request, moderator, APPROVED, None)


def reject_project(session: Session, request: ProjectRequest, moderator: User, reason: str) -> None:
    """Refuse a project request, saying why, and audit it."""
    _simple_decision(session, request, moderator, REJECTED, reason)


def _simple_decision(session: Session, request, moderator: User, status: str, reason) -> None:
    """Decide a request that changes nothing else, keeping it before and after in the audit log."""
    require_moderator(moderator)
    _require_pending(request.status)
    if status == REJECTED:
        reason = _decision_reason(reason)
    project = isinstance(request, ProjectRequest)
    snapshot = project_snapshot if project else registration_snapshot
    before = {"request": snapshot(request)}
    _decide(request, moderator, status, reason)
    session.flush()
    after = {"request": snapshot(request)}
    action = f"{'project' if project else 'registration'}.{'approve' if status == APPROVED else 'reject'}"
    target = "project_request" if project else "registration_request"
    record_audit(session, moderator, action, target, request.id, before, after)


def approved_projects(session: Session, host: str = "github.com") -> list[ProjectRequest]:
    """Single repositories moderators accepted, each with the organisation it belongs to."""
    return list(
        session.scalars(
            select(ProjectRequest)
            .where(ProjectRequest.status == APPROVED, ProjectRequest.host == host.lower())
            .order_by(ProjectRequest.full_name_key)
        )
    )


def registration_clashes(session: Session, request: RegistrationRequest) -> list[InputError]:
    """What would stop approval now (accounts listed since the request was made)."""
    clashes = []
    for account in request.accounts:
        url = f"https://{account['host']}/{account['login']}"
        try:
            _refuse_listed_account(
                session, account["host"], account["login"].lower(), url, request.id
            )
        except InputError as exc:
            clashes.append(exc)
    return clashes


def registration_snapshot(request: RegistrationRequest) -> dict[str, Any]:
    return {
        "name": request.name,
        "name_cy": request.name_cy,
        "sector": request.sector,
        "website": request.website,
        "accounts": list(request.accounts),
        "identifier": _identifier(request.identifier_kind, request.identifier),
        "builds_for": request.builds_for,
        "status": request.status,
        "decision_reason": request.decision_reason,
    }


def project_snapshot(request: ProjectRequest) -> dict[str, Any]:
    return {
        "organisation": request.organisation.slug if request.organisation else None,
        "repository": request.repository_url,
        "status": request.status,
        "decision_reason": request.decision_reason,
    }


def organisation_snapshot(organisation: Organisation | None) -> dict[str, Any] | None:
    if organisation is None:
        return None
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "name_cy": organisation.name_cy,
        "sector": organisation.sector,
        "website": organisation.website,
        "verified": organisation.verified,
        "identifier": _identifier(organisation.identifier_kind, organisation.identifier),
        "accounts": sorted(f"{a.host}/{a.login}" for a in organisation.accounts),
        "builds_for": organisation.builds_for.slug if organisation.builds_for else None,
    }


def _require_client(session: Session, client: str | None, slug: str) -> None:
    """Refuse, before anything changes, to list a supplier for a body that has gone since the
    request, or as the body it says it builds for."""
    if not client:
        return
    if client == slug:
        raise DecisionError(
            N_("The organisation cannot be listed as %(slug)s: it says it builds for that body"),
            slug=slug,
        )
    if session.scalar(select(Organisation.id).where(Organisation.slug == client)) is None:
        raise DecisionError(
            N_("%(body)s, the body the request says it builds for, is no longer listed"),
            body=client,
        )


def _identifier(kind: str | None, value: str | None) -> str | None:
    return f"{kind}:{value}" if kind and value and kind in IDENTIFIER_KINDS else None


def _decide(request, moderator: User, status: str, reason: str | None) -> None:
    request.status = status
    request.decision_reason = reason
    request.decided_by = moderator
    request.decided_at = utcnow()


def _require_pending(status: str) -> None:
    if status != PENDING:
        raise DecisionError(N_("This request has already been decided"))


def _decision_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise FormError({"reason": InputError(N_("Enter the reason for rejecting the request"))})
    if len(reason) > MAX_DECISION_REASON:
        raise FormError(
            {
                "reason": InputError(
                    N_("The reason must be %(max)s characters or fewer"), max=MAX_DECISION_REASON
                )
            }
        )
    return reason


def _text(problems, field: str, value: str, limit: int, missing: str | None) -> str:
    value = (value or "").strip()
    if not value and missing is not None:
        problems[field] = InputError(missing)
    elif len(value) > limit:
        problems[field] = InputError(N_("This must be %(max)s characters or fewer"), max=limit)
    return value


def _check(problems, field: str, check):
    try:
        return check()
    except InputError as exc:
        problems.setdefault(field, exc)
        return None
