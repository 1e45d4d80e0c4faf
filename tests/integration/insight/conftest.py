"""An app of the insight and check routers over the bundled data, with and without an analysis."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import PermissionDeniedException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin
from litestar.static_files import create_static_files_router
from litestar.testing import TestClient

from catalogue.db import make_sessionmaker
from tests.conftest import make_settings
from web.auth import csrf_config, permission_denied
from web.deps import provide_locale, provide_search_backend
from web.errors import EXCEPTION_HANDLERS
from web.routes import api, check, components, insight, insight_exports
from web.security import MAX_BODY_BYTES
from web.templating import STATIC
from web.unit_of_work import provide_db_session, unit_of_work


def build_insight_app(settings, engine, backend) -> Litestar:
    """Our routers plus the ones they sit beside, with create_app's dependencies and handlers.

    create_app takes no extra routers and the CSRF middleware is not wired into it yet, so the
    app is built as the registration tests build theirs.
    """
    return Litestar(
        route_handlers=[
            insight.router,
            insight.api_router,
            insight_exports.router,
            check.router,
            check.api_router,
            components.router,
            api.router,
            create_static_files_router(path="/static", directories=[STATIC], name="static"),
        ],
        dependencies={
            "db_session": Provide(provide_db_session, sync_to_thread=False),
            "search_backend": Provide(provide_search_backend, sync_to_thread=False),
            "locale": Provide(provide_locale, sync_to_thread=False),
        },
        state=State(
            {
                "settings": settings,
                "engine": engine,
                "sessionmaker": make_sessionmaker(engine),
                "write_sessionmaker": make_sessionmaker(engine, writes=True),
                "search_backend": backend,
            }
        ),
        exception_handlers={**EXCEPTION_HANDLERS, PermissionDeniedException: permission_denied},
        csrf_config=csrf_config(settings),
        middleware=[unit_of_work],
        openapi_config=OpenAPIConfig(
            title="insight test",
            version="1.0.0",
            path="/api/docs",
            render_plugins=[JsonRenderPlugin()],
            use_handler_docstrings=True,
        ),
        request_max_body_size=MAX_BODY_BYTES,
        debug=False,
    )


@pytest.fixture(scope="session")
def analysed_settings(tmp_path_factory):
    """Settings for the app over the analysed database (the analysis lives in the database)."""
    return make_settings(tmp_path_factory.mktemp("insight-var"))


@pytest.fixture(scope="session")
def analysis(analysed_engine):
    from search.duplicates import DuplicatesCache

    return DuplicatesCache(make_sessionmaker(analysed_engine)).result()


@pytest.fixture(scope="module")
def client(analysed_settings, analysed_engine, loaded_backend):
    app = build_insight_app(analysed_settings, analysed_engine, loaded_backend)
    with TestClient(app=app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def bare_client(loaded_engine, loaded_backend, tmp_path_factory):
    """A client whose database has no analysis yet."""
    settings = make_settings(tmp_path_factory.mktemp("insight-bare"))
    app = build_insight_app(settings, loaded_engine, loaded_backend)
    with TestClient(app=app) as test_client:
        yield test_client
