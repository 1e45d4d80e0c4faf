"""The `catalogue` command: the composition root that wires settings, database, ingest, search, web."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from catalogue.errors import CatalogueError
from catalogue.publiccode.cli import app as publiccode_app
from catalogue.settings import Settings
from catalogue.users_cli import app as users_app
from ingest.cli import harvest_command, orgs_app

app = typer.Typer(
    help="The Welsh public code catalogue: load, harvest, index, search and serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(publiccode_app, name="publiccode")
app.add_typer(users_app, name="users")
app.add_typer(orgs_app, name="orgs")
app.command("harvest")(harvest_command)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def settings() -> Settings:
    return Settings.from_env()


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Upgrade the database schema (creating the database if needed)."""
    from catalogue.migrate import upgrade

    config = settings()
    upgrade(config.database_url, revision)
    out.print(f"Database upgraded to {revision}.")


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, or base.")],
) -> None:
    """Downgrade the database schema to a revision ('base' removes every table)."""
    from catalogue.migrate import downgrade

    downgrade(settings().database_url, revision)
    out.print(f"Database downgraded to {revision}.")


@app.command("load-snapshot")
def load_snapshot_command(
    path: Annotated[
        Path | None,
        typer.Argument(help="Snapshot directory (organisations.yaml + repositories.jsonl)."),
    ] = None,
    index: Annotated[bool, typer.Option(help="Re-index what changed afterwards.")] = True,
) -> None:
    """Upsert a snapshot (the bundled one by default); bad lines are reported and skipped."""
    from catalogue.db import session_scope
    from ingest.snapshot import BUNDLED_SNAPSHOT, load_snapshot

    config = settings()
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
    if index and report.changed_ids:
        _update_index(config, report.changed_ids)
    if report.changed_ids:
        _refresh_duplicates(config)


def _refresh_duplicates(config: Settings) -> None:
    from catalogue.db import session_scope
    from search.duplicates import refresh

    with session_scope(config) as session:
        result = refresh(config, session)
    out.print(
        f"Duplicated-effort analysis: {len(result.clusters)} clusters, "
        f"{len(result.pairs)} similar pairs across organisations."
    )


@app.command("export-snapshot")
def export_snapshot_command(
    path: Annotated[Path, typer.Argument(help="Directory to write the snapshot into.")],
) -> None:
    """Write every organisation and live component as a snapshot that load-snapshot reads back."""
    from catalogue.db import session_scope
    from ingest.snapshot import export_snapshot

    with session_scope(settings()) as session:
        organisations, components = export_snapshot(session, path)
    out.print(f"Wrote {organisations} organisations and {components} repositories to {path}.")


@app.command("index")
def index_command() -> None:
    """Rebuild the search index from the database (a fresh index swapped in at the end)."""
    from catalogue.db import session_scope
    from search.factory import make_backend
    from search.indexing import rebuild_index

    config = settings()
    backend = make_backend(config)
    try:
        with session_scope(config) as session:
            count = rebuild_index(session, backend)
    finally:
        backend.close()
    out.print(f"Indexed {count} components ({backend.name}).")


def _update_index(config: Settings, ids: list[int]) -> None:
    from catalogue.db import session_scope
    from search.factory import make_backend
    from search.indexing import update_index

    backend = make_backend(config)
    try:
        with session_scope(config) as session:
            indexed, deleted = update_index(session, backend, ids)
    finally:
        backend.close()
    out.print(f"Search index updated: {indexed} indexed, {deleted} removed.")


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help="What to look for, in English or Welsh.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    filters: Annotated[
        list[str] | None,
        typer.Option("--filter", "-f", help="FIELD=VALUE, e.g. sector=health (repeatable)."),
    ] = None,
    sort: Annotated[str, typer.Option(help="relevance, updated or name.")] = "relevance",
    page: Annotated[int, typer.Option(min=1, help="Page number.")] = 1,
    per_page: Annotated[int, typer.Option(min=1, max=100, help="Results per page.")] = 20,
) -> None:
    """Search the catalogue from the command line."""
    from catalogue.db import session_scope
    from search.backend import FILTER_FIELDS, SORTS, Query
    from search.factory import make_backend
    from search.results import results_json, run_search

    if sort not in SORTS:
        raise CatalogueError(f"--sort must be one of {', '.join(SORTS)}")
    grouped: dict[str, list[str]] = {}
    for item in filters or []:
        field, _, value = item.partition("=")
        if field not in FILTER_FIELDS or not value:
            raise CatalogueError(
                f"--filter takes FIELD=VALUE with FIELD one of {', '.join(FILTER_FIELDS)}"
            )
        grouped.setdefault(field, []).append(value)
    search_query = Query(
        text=query,
        filters={k: tuple(v) for k, v in grouped.items()},
        sort=sort,
        page=page,
        per_page=per_page,
    )
    config = settings()
    backend = make_backend(config)
    try:
        with session_scope(config) as session:
            payload = results_json(run_search(session, backend, search_query))
    finally:
        backend.close()
    if as_json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    out.print(f"{payload['total']} results for {query!r}", highlight=False)
    for hit in payload["hits"]:
        out.print(f"[bold]{hit['full_name']}[/bold]  ({hit['organisation_name']})", highlight=False)
        if hit["description"]:
            out.print(f"    {hit['description'][:160]}", highlight=False, markup=False)
    if payload["suggestion"]:
        out.print(f"Did you mean: {payload['suggestion']}?", highlight=False)


@app.command("duplicates")
def duplicates_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Recompute now instead of reading the stored result.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="How many clusters to print.")] = 50,
) -> None:
    """Print clusters of similar components in different organisations (duplicated effort)."""
    from search.duplicates import DuplicatesCache
    from search.similarity.store import cluster_to_dict

    config = settings()
    result = None if refresh else DuplicatesCache(config).result()
    if result is None:
        _refresh_duplicates(config)
        result = DuplicatesCache(config).result()
    clusters = result.clusters[:limit]
    if as_json:
        payload = {
            "computed_at": result.computed_at.isoformat(),
            "components": result.item_count,
            "clusters": [cluster_to_dict(c) for c in clusters],
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    out.print(
        f"{len(result.clusters)} clusters of similar work across organisations", highlight=False
    )
    for number, cluster in enumerate(clusters, start=1):
        out.print(
            f"\n[bold]{number}. {', '.join(cluster.terms[:5]) or cluster.id}[/bold] "
            f"(score {cluster.score:.2f}, {cluster.efforts} independent efforts, {cluster.kind})",
            highlight=False,
        )
        for member in cluster.members:
            out.print(
                f"   {member.full_name}  [{member.organisation}]", highlight=False, markup=False
            )
        if cluster.shared_dependencies:
            out.print(
                f"   shared dependencies: {', '.join(cluster.shared_dependencies)}",
                highlight=False,
                markup=False,
            )


@app.command("serve")
def serve_command(
    host: Annotated[str | None, typer.Option(help="Address to listen on (CATALOGUE_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (CATALOGUE_PORT).")] = None,
) -> None:
    """Serve the catalogue web app."""
    import uvicorn

    from web.app import create_app
    from web.redaction import uvicorn_log_config

    config = settings()
    host, port = host or config.host, port or config.port
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


@app.command("demo")
def demo_command(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port.")] = None,
) -> None:
    """Upgrade the database, load the bundled snapshot, rebuild the index and serve."""
    from search.duplicates import result_path

    db_upgrade("head")
    load_snapshot_command(None, index=False)
    index_command()
    if not result_path(settings()).exists():
        _refresh_duplicates(settings())  # a load that changed nothing does not recompute it
    serve_command(host, port)


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
