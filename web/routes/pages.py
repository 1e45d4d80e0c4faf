"""Pages of fixed text: about, help, the API guide, accessibility statement and privacy notice."""

from __future__ import annotations

from litestar import Request, Response, Router

from web.routes.localised import localised_get
from web.templating import render

# Content pages change only with a release, so they may be cached for longer than data pages.
CONTENT_CACHE = "public, max-age=3600"


def _page(template: str) -> object:
    def handler(request: Request) -> Response:
        return render(request, template, cache_control=CONTENT_CACHE)

    return handler


about = localised_get("/about", name="pages:about", sync_to_thread=False)(_page("pages/about.html"))
help_page = localised_get("/help", name="pages:help", sync_to_thread=False)(
    _page("pages/help.html")
)
api_help = localised_get("/help/api", name="pages:api", sync_to_thread=False)(
    _page("pages/api.html")
)
accessibility = localised_get("/accessibility", name="pages:accessibility", sync_to_thread=False)(
    _page("pages/accessibility.html")
)
privacy = localised_get("/privacy", name="pages:privacy", sync_to_thread=False)(
    _page("pages/privacy.html")
)

router = Router(
    path="",
    route_handlers=[*about, *help_page, *api_help, *accessibility, *privacy],
    include_in_schema=False,
)
