"""Editors annotate their own organisation's components; 'used by' claims and confirmations."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts import NotPermittedError
from catalogue.annotations import (
    MATURITY,
    annotate,
    can_annotate,
    claim_used_by,
    claims_awaiting,
    claims_for,
    confirm_claim,
    get_annotation,
    withdraw_claim,
)
from catalogue.errors import NotFoundError
from catalogue.models import Component, Organisation, UsedByClaim, User
from catalogue.queries import get_row
from catalogue.registration import FormError
from catalogue.urls import InputError
from catalogue.used_by import STATE_LABELS, declare_use, decline_claim, public_claims
from catalogue.used_by_notices import ask_using_organisation, tell_owner_of_declaration
from catalogue.vocabulary import N_
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
from web.mail import writer
from web.reindexing import reindex_after_commit

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]


# Confirmed use is a search filter ('reused'): the index is told after the commit.
USED_BY_CHANGE = "a used-by change"


def annotation_context(session: Session, user: User | None, component: Component) -> dict:
    """What the component page needs to show annotations (for annotations/_summary.html)."""
    used_by = public_claims(session, component.id)
    editor_elsewhere = (
        user is not None and user.is_editor and user.organisation_id != component.organisation_id
    )
    own = [c for c in used_by if user is not None and c.organisation_id == user.organisation_id]
    return {
        "annotation": get_annotation(session, component.id),
        "used_by": used_by,
        "can_annotate": can_annotate(user, component),
        # An editor of another organisation may say that theirs uses it (unless it already did).
        "can_declare": editor_elsewhere and not any(c.verified for c in own),
        "USED_BY_STATES": STATE_LABELS,
        "MATURITY": MATURITY,
    }


def _component(session: Session, component_id: FromPath[int]) -> Component:
    component = session.get(Component, component_id)
    if component is None or component.removed_at is not None:
        raise NotFoundError(f"no component {component_id}")
    return component


def _editor_page(request, session, user, component, errors=None, values=None, status=200):
    annotation = get_annotation(session, component.id)
    if values is None:
        values = {
            "reuse_notes": (annotation.reuse_notes or "") if annotation else "",
            "contact": (annotation.contact or "") if annotation else "",
            "maturity": (annotation.maturity or "") if annotation else "",
            "organisation": "",
        }
    others = session.scalars(
        select(Organisation).where(Organisation.id != component.organisation_id)
    ).all()
    locale = "cy" if request.url.path.startswith("/cy/") else "en"
    return page(
        request,
        "annotations/edit.html",
        {
            "component": component,
            "values": values,
            "errors": errors or {},
            "claims": claims_for(session, component.id),
            "organisations": sorted(
                ((o.slug, o.display_name(locale)) for o in others), key=lambda c: c[1].lower()
            ),
            "MATURITY": MATURITY,
            "USED_BY_STATES": STATE_LABELS,
            "saved": request.query_params.get("saved") == "1",
        },
        status_code=status,
        user=user,
    )


def _refusal(request: Request, user: User | None, component: Component) -> Response | None:
    """Sign-in or 403 for anyone who may not annotate this component; None for its editors."""
    if user is None:
        return sign_in_redirect(request)
    if not can_annotate(user, component):
        return forbidden(
            request,
            NotPermittedError(N_("You can only annotate your own organisation’s components")),
            user,
        )
    return None


@localised(
    get, "/components/{component_id:int}/annotate", name="annotations:edit", sync_to_thread=True
)
def edit_form(
    request: Request, db_session: DbSession, current_user: CurrentUser, component_id: FromPath[int]
) -> Response:
    component = _component(db_session, component_id)
    refusal = _refusal(request, current_user, component)
    if refusal is not None:
        return refusal
    return _editor_page(request, db_session, current_user, component)


@localised(
    post, "/components/{component_id:int}/annotate", name="annotations:save", sync_to_thread=True
)
def save(
    request: Request,
    db_session: DbSession,
    current_user: CurrentUser,
    component_id: FromPath[int],
    data: FormData,
) -> Response:
    component = _component(db_session, component_id)
    refusal = _refusal(request, current_user, component)
    if refusal is not None:
        return refusal
    values = form_values(data, 5000)
    try:
        annotate(
            db_session,
            current_user,
            component,
            values.get("reuse_notes", ""),
            values.get("contact", ""),
            values.get("maturity", ""),
        )
    except FormError as exc:
        db_session.rollback()
        values.setdefault("organisation", "")
        errors = form_errors(request, exc.problems)
        return _editor_page(request, db_session, current_user, component, errors, values, 400)
    return see_other(request, f"/components/{component_id}/annotate?saved=1")


@localised(
    post, "/components/{component_id:int}/used-by", name="annotations:claim", sync_to_thread=True
)
def claim(
    request: Request,
    db_session: DbSession,
    current_user: CurrentUser,
    component_id: FromPath[int],
    data: FormData,
) -> Response:
    component = _component(db_session, component_id)
    refusal = _refusal(request, current_user, component)
    if refusal is not None:
        return refusal
    values = form_values(data, 200)
    try:
        made = claim_used_by(db_session, current_user, component, values.get("organisation", ""))
    except FormError as exc:
        db_session.rollback()
        errors = form_errors(request, exc.problems)
        return _editor_page(request, db_session, current_user, component, errors, None, 400)
    # Only the named organisation can say whether it is true: ask its editors.
    ask_using_organisation(db_session, writer(request), made)
    return see_other(request, f"/components/{component_id}/annotate")


@localised(
    post,
    "/components/{component_id:int}/used-by/declare",
    name="annotations:declare",
    sync_to_thread=True,
)
def declare(
    request: Request, db_session: DbSession, current_user: CurrentUser, component_id: FromPath[int]
) -> Response:
    if current_user is None:
        return sign_in_redirect(request)
    component = _component(db_session, component_id)
    try:
        claim_made = declare_use(db_session, current_user, component)
    except NotPermittedError as exc:
        return forbidden(request, exc, current_user)
    tell_owner_of_declaration(db_session, writer(request), claim_made)
    reindex_after_commit(request, [component.id], USED_BY_CHANGE)
    return see_other(request, f"/components/{component_id}#used-by")


def _claim(session: Session, claim_id: int) -> UsedByClaim:
    return get_row(session, UsedByClaim, claim_id, "claim")


def _answer_claim(
    request: Request,
    db_session: DbSession,
    current_user: CurrentUser,
    claim_id: int,
    answer: Callable[[Session, User, UsedByClaim], object],
) -> Response:
    """Confirm or decline a claim for the person's own organisation, then re-index the component."""
    if current_user is None:
        return sign_in_redirect(request)
    found = _claim(db_session, claim_id)
    try:
        answer(db_session, current_user, found)
    except NotPermittedError as exc:
        return forbidden(request, exc, current_user)
    reindex_after_commit(request, [found.component_id], USED_BY_CHANGE)
    return see_other(request, "/account/used-by")


def _confirm_once(session: Session, user: User, claim: UsedByClaim) -> None:
    # Already confirmed (say, by a colleague a moment ago): nothing left to do.
    with suppress(InputError):
        confirm_claim(session, user, claim)


@localised(post, "/used-by/{claim_id:int}/confirm", name="annotations:confirm", sync_to_thread=True)
def confirm(
    request: Request, db_session: DbSession, current_user: CurrentUser, claim_id: FromPath[int]
) -> Response:
    return _answer_claim(request, db_session, current_user, claim_id, _confirm_once)


@localised(post, "/used-by/{claim_id:int}/decline", name="annotations:decline", sync_to_thread=True)
def decline(
    request: Request, db_session: DbSession, current_user: CurrentUser, claim_id: FromPath[int]
) -> Response:
    return _answer_claim(request, db_session, current_user, claim_id, decline_claim)


@localised(
    post, "/used-by/{claim_id:int}/withdraw", name="annotations:withdraw", sync_to_thread=True
)
def withdraw(
    request: Request, db_session: DbSession, current_user: CurrentUser, claim_id: FromPath[int]
) -> Response:
    if current_user is None:
        return sign_in_redirect(request)
    found = _claim(db_session, claim_id)
    component_id, owner_id = found.component_id, found.component.organisation_id
    try:
        withdraw_claim(db_session, current_user, found)
    except NotPermittedError as exc:
        return forbidden(request, exc, current_user)
    reindex_after_commit(request, [component_id], USED_BY_CHANGE)
    if current_user.organisation_id == owner_id:
        return see_other(request, f"/components/{component_id}/annotate")
    return see_other(request, "/account/used-by")


@localised(get, "/account/used-by", name="annotations:awaiting", sync_to_thread=True)
def awaiting(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    if current_user is None:
        return sign_in_redirect(request)
    claims = (
        claims_awaiting(db_session, current_user.organisation_id) if current_user.is_editor else []
    )
    return page(request, "annotations/awaiting.html", {"claims": claims}, user=current_user)


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[
        *edit_form,
        *save,
        *claim,
        *declare,
        *confirm,
        *decline,
        *withdraw,
        *awaiting,
    ],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
