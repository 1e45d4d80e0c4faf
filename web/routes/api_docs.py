"""The interactive API reference at /api/docs and /cy/api/docs: Swagger UI from our own files.

Litestar's own renderers load their scripts from CDNs with inline start-up code, which our CSP
forbids, so the page is one of ours: the site's layout, a list of operations rendered on the
server (the reference without JavaScript), and Swagger UI drawn over it by a script of ours.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, Router
from litestar.openapi.plugins import OpenAPIRenderPlugin

from web.i18n import locale_from_path, translations
from web.routes.localised import localised_get
from web.templating import environment, page_context, render

METHODS = ("get", "head", "post", "put", "patch", "delete")
TEMPLATE = "api/reference.html"


def _text(value: str, locale: str) -> dict[str, str]:
    """API text in the page's language where the catalogue has it translated, else English."""
    catalogue = translations(locale)
    translated = catalogue.gettext(value) if value else ""
    if translated == value and value.endswith("."):  # docstrings end in a full stop, our texts not
        bare = catalogue.gettext(value[:-1])
        translated = bare + "." if bare != value[:-1] else value
    return {"text": translated, "lang": "en" if translated == value else locale}


def operations(schema: dict[str, Any], locale: str) -> list[dict[str, Any]]:
    """Every operation of an OpenAPI document, in path order, with what a reader needs."""
    listed = []
    for path, item in sorted(schema.get("paths", {}).items()):
        for method in METHODS:
            operation = item.get(method)
            if not operation:
                continue
            listed.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": _text(operation.get("summary", ""), locale),
                    "description": _text(operation.get("description", ""), locale),
                    "parameters": [
                        {
                            "name": p.get("name", ""),
                            "where": p.get("in", ""),
                            "required": bool(p.get("required")),
                            "description": _text(p.get("description", ""), locale),
                        }
                        for p in operation.get("parameters", [])
                    ],
                    "has_body": "requestBody" in operation,
                    "statuses": sorted(operation.get("responses", {})),
                }
            )
    return listed


def _context(request: Request) -> dict[str, Any]:
    schema = request.app.openapi_schema.to_schema()
    return {"operations": operations(schema, locale_from_path(request.url.path))}


class ApiReferencePlugin(OpenAPIRenderPlugin):
    """Serves the English reference at the root of Litestar's OpenAPI router (/api/docs)."""

    def __init__(self) -> None:
        super().__init__(path="/")

    def render(self, request: Request, openapi_schema: dict[str, Any]) -> bytes:
        values = page_context(request)
        values["operations"] = operations(openapi_schema, values["locale"])
        return environment(values["locale"]).get_template(TEMPLATE).render(values).encode()


def _welsh_only(handlers: list) -> list:
    # The English path belongs to Litestar's OpenAPI router (ApiReferencePlugin above).
    return [h for h in handlers if h.paths == {"/cy/api/docs"}]


@localised_get("/api/docs", name="api:reference", sync_to_thread=True)
def api_reference(request: Request) -> Response:
    return render(request, TEMPLATE, _context(request))


router = Router(path="", route_handlers=_welsh_only(api_reference), include_in_schema=False)
