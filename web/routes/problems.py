"""How an organisation hears about its components' problems: its editors choose, at once."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath
from sqlalchemy.orm import Session

from catalogue.accounts import NotPermittedError
from catalogue.models import Organisation, User
from catalogue.problems import KINDS, current_problems, preferences, set_preferences
from catalogue.queries import get_organisation
from catalogue.vocabulary import N_
from web.auth import (
    CurrentUser,
    forbidden,
    form_list,
    localised,
    page,
    provide_current_user,
    see_other,
    sign_in_redirect,
)
from web.deps import DbSession

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
PATH = "/organisations/{slug:str}/problem-settings"


def problems_context(
    session: Session, *, component_id: int | None = None, organisation_id: int | None = None
) -> dict[str, Any]:
    """What problems/_list.html needs: the unresolved problems and their messages."""
    found = current_problems(session, component_id=component_id, organisation_id=organisation_id)
    return {"found_problems": found, "problem_messages": KINDS}


def may_choose(user: User | None, organisation: Organisation) -> bool:
    """The organisation's own editors and the moderators choose; nobody else."""
    if user is None or not user.active:
        return False
    return user.is_admin or (user.is_editor and user.organisation_id == organisation.id)


def _refusal(request: Request, user: User | None, organisation: Organisation):
    if user is None:
        return sign_in_redirect(request)
    if not may_choose(user, organisation):
        return forbidden(
            request,
            NotPermittedError(N_("Only the organisation’s editors can change this")),
            user,
        )
    return None


@localised(get, PATH, name="problems:settings", sync_to_thread=True)
def settings_form(
    request: Request, db_session: DbSession, current_user: CurrentUser, slug: FromPath[str]
) -> Response:
    organisation = get_organisation(db_session, slug)
    refusal = _refusal(request, current_user, organisation)
    if refusal is not None:
        return refusal
    return page(
        request,
        "problems/settings.html",
        {
            "organisation": organisation,
            "choices": preferences(db_session, organisation.id),
            "saved": request.query_params.get("saved") == "1",
        },
        user=current_user,
    )


@localised(post, PATH, name="problems:save", sync_to_thread=True)
def save_settings(
    request: Request,
    db_session: DbSession,
    current_user: CurrentUser,
    slug: FromPath[str],
    data: FormData,
) -> Response:
    organisation = get_organisation(db_session, slug)
    refusal = _refusal(request, current_user, organisation)
    if refusal is not None:
        return refusal
    chosen = set(form_list(data, "hear"))
    set_preferences(
        db_session,
        organisation.id,
        emails="emails" in chosen,
        github_issues="github-issues" in chosen,
    )
    return see_other(request, f"/organisations/{organisation.slug}/problem-settings?saved=1")


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[*settings_form, *save_settings],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
