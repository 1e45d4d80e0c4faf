"""`catalogue setup`: make a deployment ready to serve; running it again changes nothing."""

from __future__ import annotations

from rich.console import Console

from catalogue.db import session_scope
from catalogue.db_cli import db_upgrade
from catalogue.queries import count_components, count_organisations
from catalogue.settings import Settings
from ingest.snapshot_cli import load_snapshot_command
from search.cli import index_command, refresh_duplicates
from search.duplicates import stored_generation
from search.factory import make_backend

out = Console(soft_wrap=True)


def setup_command() -> None:
    """Migrate; load the bundled snapshot only into an empty database; build the index if stale.

    Each step checks before it acts, so the compose `setup` job (or a deploy script) can run
    every time: a second run finds nothing to do, and never overwrites harvested data with the
    snapshot.
    """
    db_upgrade("head")
    settings = Settings.from_env()
    with session_scope(settings) as session:
        empty = count_organisations(session) == 0
    if empty:
        load_snapshot_command(None, index=False)
    else:
        out.print("Snapshot: not loaded (the database already has organisations).")
    _index_if_stale(settings)
    with session_scope(settings) as session:
        analysed = stored_generation(session) is not None
    if analysed:
        out.print("Duplicated-effort analysis: already stored.")
    else:
        refresh_duplicates(settings)


def _index_if_stale(settings: Settings) -> None:
    """Rebuild the index unless it answers and holds every live component."""
    backend = make_backend(settings)
    try:
        ensure_ready = getattr(backend, "ensure_ready", None)
        if ensure_ready is not None:
            ensure_ready()  # Meilisearch: create the indexes, apply changed settings
        health = backend.health()
        with session_scope(settings) as session:
            live = count_components(session)
    finally:
        backend.close()
    if health.ok and health.documents == live:
        out.print(f"Search index: up to date ({live} components, {health.engine}).")
        return
    index_command()
