"""Command-line face of the web: `serve` (mounted by the `cli` package)."""

from __future__ import annotations

import dataclasses
import os
from typing import Annotated

import typer
from rich.console import Console

from catalogue.settings import Settings

app = typer.Typer()
out = Console(soft_wrap=True)


@app.command("serve")
def serve_command(
    host: Annotated[str | None, typer.Option(help="Address to listen on (CATALOGUE_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (CATALOGUE_PORT).")] = None,
) -> None:
    """Serve the catalogue web app."""
    import uvicorn

    from web.app import create_app
    from web.redaction import uvicorn_log_config

    config = Settings.from_env()
    host, port = host or config.host, port or config.port
    if not os.environ.get("CATALOGUE_BASE_URL") and host not in ("0.0.0.0", "::"):  # noqa: S104
        # Links and the Host check follow the address actually served (make demo PORT=…).
        config = dataclasses.replace(config, base_url=f"http://{host}:{port}")
    out.print(f"Serving the catalogue on http://{host}:{port} (Ctrl+C to stop)")
    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        log_level="info",
        # The access log would otherwise keep password reset links, token and all.
        log_config=uvicorn_log_config(),
        proxy_headers=False,
    )
