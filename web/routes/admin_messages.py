"""The moderators' outbox: every message the catalogue wrote, whether and how it went."""

from __future__ import annotations

from litestar import Request, Response, Router, get
from litestar.di import Provide

from catalogue.outbox import count_by_status, list_messages
from web.auth import CurrentUser, localised, page, provide_current_user
from web.deps import DbSession
from web.routes.admin import moderator_or_refusal


@localised(get, "/admin/messages", name="admin:messages", sync_to_thread=True)
def outbox(request: Request, db_session: DbSession, current_user: CurrentUser) -> Response:
    moderator = moderator_or_refusal(request, current_user)
    if isinstance(moderator, Response):
        return moderator
    settings = request.app.state.settings
    transport = "notify" if settings.notify_api_key else "smtp" if settings.smtp_url else None
    response = page(
        request,
        "admin/messages.html",
        {
            "messages": list_messages(db_session),
            "counts": count_by_status(db_session),
            "transport": transport,
        },
        user=moderator,
    )
    # Waiting messages may hold one-time links.
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[*outbox],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
