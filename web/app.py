"""The Litestar application factory."""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from litestar import Litestar
from litestar.config.allowed_hosts import AllowedHostsConfig
from litestar.config.compression import CompressionConfig
from litestar.datastructures import CacheControlHeader, State
from litestar.di import Provide
from litestar.exceptions import PermissionDeniedException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin
from litestar.openapi.spec import Tag
from litestar.static_files import create_static_files_router
from sqlalchemy.engine import Engine

from catalogue.accounts import NotPermittedError
from catalogue.db import make_engine, make_sessionmaker
from catalogue.settings import Settings
from search.backend import SearchBackend, SearchError
from web.admission import Admission
from web.auth import csrf_config, permission_denied
from web.compression import ClosingCompressionMiddleware
from web.deps import provide_locale, provide_search_backend
from web.errors import EXCEPTION_HANDLERS
from web.head import answer_head
from web.mail import start_sender, stop_sender
from web.mcp_server import CatalogueMcp
from web.metrics import TimedSearchBackend, metrics, request_timer
from web.negotiation import acceptable
from web.rate_limit import SharedRateLimit
from web.routes import ROUTERS
from web.routes.api_docs import ApiReferencePlugin
from web.security import MAX_BODY_BYTES, forwarded_client, request_guard, security_headers
from web.templating import STATIC
from web.unit_of_work import provide_db_session, unit_of_work

log = logging.getLogger(__name__)

# Requests a minute from one address to /api/v1: generous for people and scripts, not for floods.
API_RATE_LIMIT = 600


LOOPBACK = {"127.0.0.1", "localhost", "[::1]"}


def allowed_hosts(settings: Settings) -> AllowedHostsConfig:
    """Only the Host of CATALOGUE_BASE_URL (with or without its port); /health for probes."""
    parts = urlsplit(settings.base_url)
    names = {parts.hostname or ""}
    if names & LOOPBACK:
        names |= LOOPBACK  # one machine: any of its names will do
    suffix = f":{parts.port}" if parts.port else ""
    hosts = names | {f"{name}{suffix}" for name in names}
    return AllowedHostsConfig(
        allowed_hosts=sorted(h for h in hosts if h), exclude=["^/health$"], www_redirect=False
    )


def _warm(backend: SearchBackend) -> None:
    try:
        backend.warm()
    except SearchError as exc:  # searches report it to visitors; /health names it
        log.warning("search: could not load the index at start: %s", exc)
    except Exception:  # a warm-up that fails must not take the app down: searches load it later
        log.exception("search: loading the index at start failed")


def app_from_env() -> Litestar:
    """The app built from the environment: what each `catalogue serve --workers N` worker runs."""
    return create_app(Settings.from_env())


def create_app(
    settings: Settings,
    search_backend: SearchBackend | None = None,
    engine: Engine | None = None,
    api_rate_limit: int | None = None,
) -> Litestar:
    """Build the web app; tests pass their own engine and search backend."""
    # What the app makes it closes; what a caller (a test) passes in, the caller closes.
    owned_engine = engine is None
    owned_backend = search_backend is None
    engine = engine or make_engine(settings.database_url, pool_size=settings.web_threads)
    # Twice as many requests as threads: part of each (reading, compressing and sending) runs on
    # the event loop, and a thread left idle meanwhile is throughput lost.
    admission = Admission(
        2 * settings.web_threads, settings.web_queue, float(settings.web_queue_seconds)
    )
    if search_backend is None:
        from search.factory import make_backend

        search_backend = make_backend(settings)
    search_backend = TimedSearchBackend(search_backend)
    static = create_static_files_router(
        path="/static",
        directories=[STATIC],
        name="static",
        # Asset URLs carry a content fingerprint, so browsers may keep them for a year.
        cache_control=CacheControlHeader(max_age=31_536_000, public=True),
        include_in_schema=False,
    )
    rate_limit = SharedRateLimit(api_rate_limit or settings.api_rate_limit, engine)

    async def on_startup(app: Litestar) -> None:
        # Litestar runs sync handlers on the loop's default executor; size it with the pool.
        asyncio.get_running_loop().set_default_executor(
            ThreadPoolExecutor(settings.web_threads, thread_name_prefix="request")
        )
        if owned_backend:  # load the index now, in the background, so no visitor waits for it
            warmer = threading.Thread(
                target=_warm, args=(app.state.search_backend,), name="search-warm", daemon=True
            )
            app.state.search_warmer = warmer
            warmer.start()
        start_sender(app)

    def on_shutdown(app: Litestar) -> None:
        stop_sender(app)
        rate_limit.close()
        if owned_backend:
            warmer = getattr(app.state, "search_warmer", None)
            if warmer is not None:
                warmer.join(timeout=30)  # let it finish before its connections are closed
            app.state.search_backend.close()
        if owned_engine:
            app.state.engine.dispose()

    mcp = CatalogueMcp()
    app = Litestar(
        route_handlers=[*ROUTERS, static, metrics, mcp.endpoint],
        lifespan=[mcp.lifespan],
        dependencies={
            # Not a generator: its clean-up would wait for a worker thread (see unit_of_work).
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
                "search_backend": search_backend,
            }
        ),
        exception_handlers={
            **EXCEPTION_HANDLERS,
            PermissionDeniedException: permission_denied,
            NotPermittedError: permission_denied,
        },
        guards=[acceptable],
        csrf_config=csrf_config(settings),
        allowed_hosts=allowed_hosts(settings),
        middleware=[
            forwarded_client(settings.trusted_proxies),
            request_timer,
            request_guard,
            rate_limit.middleware,
            unit_of_work,
        ],
        before_send=[security_headers(settings.hsts_seconds)],
        compression_config=CompressionConfig(
            backend="gzip",
            minimum_size=500,
            gzip_compress_level=6,
            middleware_class=ClosingCompressionMiddleware,
        ),
        openapi_config=OpenAPIConfig(
            title="Welsh public code catalogue API",
            version="1.0.0",
            description=(
                "JSON API of the Welsh public code catalogue: search the public code of Welsh "
                "public bodies; read components, organisations, sectors and clusters of "
                "duplicated work; and check a description of what you are about to build against "
                "what exists (the only POST, which stores nothing). No key is needed; requests "
                "from one address are rate limited (429 with Retry-After)."
            ),
            path="/api/docs",
            # Litestar's UI plugins load scripts from CDNs, which our CSP forbids: /api/docs
            # itself is our own page, with Swagger UI from our static files.
            render_plugins=[ApiReferencePlugin(), JsonRenderPlugin(), YamlRenderPlugin()],
            tags=[Tag(name="catalogue", description="Components, organisations and sectors")],
            use_handler_docstrings=True,
        ),
        request_max_body_size=MAX_BODY_BYTES,
        on_startup=[on_startup],
        on_shutdown=[on_shutdown],
        debug=False,
    )
    app.asgi_handler = answer_head(app.asgi_handler)
    # Outermost, before routing and every middleware: under overload most requests are turned
    # away, and the cheaper that is, the more of the machine is left for the ones admitted.
    app.asgi_handler = admission.middleware(app.asgi_handler)
    app.state.admission = admission
    return app
