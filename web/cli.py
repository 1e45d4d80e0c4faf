"""Command-line face of the web: `serve` (mounted by the `cli` package)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
from typing import Annotated

import typer
from rich.console import Console

from catalogue.settings import Settings

app = typer.Typer()
out = Console(soft_wrap=True)
# After SIGTERM, requests in progress get this long to finish before the workers stop.
GRACEFUL_SHUTDOWN_SECONDS = 30


def _prepare_worker_metrics(config: Settings) -> None:
    """Give prometheus-client's multiprocess mode a fresh directory, before it is imported."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        directory = config.data_dir / "metrics"
        shutil.rmtree(directory, ignore_errors=True)  # figures of workers that no longer run
        directory.mkdir(parents=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory.resolve())


def _exit_zero_on_sigterm() -> None:
    """SIGTERM ends `serve` with status 0, as a stop asked for, not a crash, should.

    Uvicorn shuts down gracefully on SIGTERM, then raises the signal again with the handlers it
    found; with the default one the process would die of it (status -15, 143 from a shell).
    """

    def stopped(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stopped)


# glibc gives each thread that allocates its own memory arena, and keeps what an arena once held.
# A worker loads each new search index generation in a background thread while the old one serves,
# so with the default (8 per core) a worker's memory grew by about a tenth across two rebuilds
# under load (tests/integration/production/test_topology.py); two arenas kept it nearer 7% (4%
# alone on a slower machine, up to 18% beside other work on its two cores, all of it at the
# first rebuild: a second grew it by nothing).
WORKER_MALLOC_ARENAS = "2"


def _bound_worker_arenas() -> None:
    """Spawned workers start with a bounded number of glibc arenas, unless the operator set one
    (MALLOC_ARENA_MAX is read when a process starts, so it cannot apply to this one)."""
    os.environ.setdefault("MALLOC_ARENA_MAX", WORKER_MALLOC_ARENAS)


@app.command("serve")
def serve_command(
    host: Annotated[str | None, typer.Option(help="Address to listen on (CATALOGUE_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (CATALOGUE_PORT).")] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, max=64, help="Web worker processes (CATALOGUE_WORKERS)."),
    ] = None,
) -> None:
    """Serve the catalogue web app (SIGTERM lets requests in progress finish first)."""
    config = Settings.from_env()
    host, port = host or config.host, port or config.port
    workers = workers or config.workers
    if workers > 1:
        _prepare_worker_metrics(config)
        _bound_worker_arenas()
    import uvicorn

    from web.app import create_app
    from web.auth import secret_key
    from web.redaction import uvicorn_log_config

    if not os.environ.get("CATALOGUE_BASE_URL") and host not in ("0.0.0.0", "::"):  # noqa: S104
        # Links and the Host check follow the address actually served (make demo PORT=…).
        config = dataclasses.replace(config, base_url=f"http://{host}:{port}")
        if workers > 1:  # each worker reads the environment
            os.environ["CATALOGUE_BASE_URL"] = config.base_url
    secret_key(config)  # refuse to start (one clear line) before any worker does
    _exit_zero_on_sigterm()
    out.print(
        f"Serving the catalogue on http://{host}:{port} with {workers} worker(s) (Ctrl+C to stop)"
    )
    uvicorn.run(
        # Several workers each build their own app from the environment (uvicorn spawns them).
        "web.app:app_from_env" if workers > 1 else create_app(config),
        factory=workers > 1,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
        # The access log would otherwise keep password reset links, token and all.
        log_config=uvicorn_log_config(),
        proxy_headers=False,  # the app itself believes only CATALOGUE_TRUSTED_PROXIES
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )
