"""`load-snapshot` and `export-snapshot`: the bundled data in and out (mounted with ingest's CLI)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from catalogue.settings import Settings

app = typer.Typer()
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


@app.command("load-snapshot")
def load_snapshot_command(
    path: Annotated[
        Path | None,
        typer.Argument(help="Snapshot directory (organisations.yaml + repositories.jsonl)."),
    ] = None,
    index: Annotated[bool, typer.Option(help="Re-index what changed afterwards.")] = True,
) -> None:
    """Upsert a snapshot (the bundled one by default); bad lines are reported and skipped."""
    from sqlalchemy import select

    from catalogue.db import session_scope
    from catalogue.models import Organisation
    from ingest.problems import record_organisations
    from ingest.snapshot import BUNDLED_SNAPSHOT, load_snapshot
    from search.cli import refresh_duplicates, update_index

    config = Settings.from_env()
    path = path or BUNDLED_SNAPSHOT
    with session_scope(config) as session:
        report = load_snapshot(session, path)
    for line, message in report.problems:
        err.print(f"[yellow]line {line}: {message}[/yellow]", highlight=False)
    out.print(
        f"Loaded {path}: {report.organisations} organisations, {report.seen} repositories "
        f"({report.added} added, {report.changed} changed, {report.unchanged} unchanged), "
        f"{len(report.problems)} skipped."
    )
    with session_scope(config) as session:
        # The pages list problems from the start; a snapshot is no harvest, so no e-mail goes.
        found = record_organisations(session, session.scalars(select(Organisation.id)).all())
    out.print(f"Metadata problems: {found.assessed} components checked, {found.new} new problems.")
    if index and report.changed_ids:
        update_index(config, report.changed_ids)
    if report.changed_ids:
        refresh_duplicates(config)


@app.command("export-snapshot")
def export_snapshot_command(
    path: Annotated[Path, typer.Argument(help="Directory to write the snapshot into.")],
) -> None:
    """Write every organisation and live component as a snapshot that load-snapshot reads back."""
    from catalogue.db import session_scope
    from ingest.snapshot import export_snapshot

    with session_scope(Settings.from_env()) as session:
        organisations, components = export_snapshot(session, path)
    out.print(f"Wrote {organisations} organisations and {components} repositories to {path}.")
