"""The `catalogue` command: the composition root that mounts each layer's commands.

Each layer owns its Typer app (`catalogue.db_cli`, `catalogue.users_cli`, `catalogue.publiccode.cli`,
`ingest.cli`, `ingest.snapshot_cli`, `search.cli`, `web.cli`); only this package imports them all.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer
from rich.console import Console

from catalogue.db_cli import app as db_app
from catalogue.db_cli import db_upgrade
from catalogue.errors import CatalogueError
from catalogue.publiccode.cli import app as publiccode_app
from catalogue.settings import Settings
from catalogue.users_cli import app as users_app
from cli.setup import setup_command
from ingest.cli import harvest_command, orgs_app
from ingest.snapshot_cli import app as snapshot_app
from ingest.snapshot_cli import load_snapshot_command
from search.cli import app as search_app
from search.cli import index_command, refresh_duplicates
from web.cli import app as web_app
from web.cli import serve_command

app = typer.Typer(
    help="The Welsh public code catalogue: load, harvest, index, search and serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("harvest")(harvest_command)
app.add_typer(snapshot_app)
app.add_typer(search_app)
app.add_typer(web_app)
composition_app = typer.Typer()  # commands that string the layers together
app.add_typer(composition_app)
composition_app.command("setup")(setup_command)
err = Console(stderr=True, soft_wrap=True)


@composition_app.command("demo")
def demo_command(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port.")] = None,
) -> None:
    """Upgrade the database, load the bundled snapshot, rebuild the index and serve."""
    from catalogue.db import session_scope
    from search.duplicates import stored_generation

    db_upgrade("head")
    load_snapshot_command(None, index=False)
    index_command()
    settings = Settings.from_env()
    with session_scope(settings) as session:
        analysed = stored_generation(session) is not None
    if not analysed:
        refresh_duplicates(settings)  # a load that changed nothing does not recompute it
    serve_command(host, port)


app.add_typer(db_app, name="db")
app.add_typer(publiccode_app, name="publiccode")
app.add_typer(users_app, name="users")
app.add_typer(orgs_app, name="orgs")


def main() -> None:
    """Entry point: run the CLI, turning known errors into one clear line and a non-zero exit."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except CatalogueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)
    except Exception as exc:
        # Outside failures (database or search unreachable) get one line, not a traceback.
        from sqlalchemy.exc import OperationalError

        from search.backend import SearchError

        if not isinstance(exc, OperationalError | SearchError):
            raise
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        err.print(f"[red]error:[/red] {type(exc).__name__}: {reason}", highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
