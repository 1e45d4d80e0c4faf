"""`catalogue db …`: upgrade and downgrade the database schema (mounted by the `cli` package)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from catalogue.settings import Settings

app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
out = Console(soft_wrap=True)


@app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Upgrade the database schema (creating the database if needed)."""
    from catalogue.migrate import upgrade

    upgrade(Settings.from_env().database_url, revision)
    out.print(f"Database upgraded to {revision}.")


@app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, or base.")],
) -> None:
    """Downgrade the database schema to a revision ('base' removes every table)."""
    from catalogue.migrate import downgrade

    downgrade(Settings.from_env().database_url, revision)
    out.print(f"Database downgraded to {revision}.")
