"""Command-line faces of search: `index`, `search` and `duplicates` (mounted by the `cli` package)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from catalogue.errors import CatalogueError
from catalogue.settings import Settings

app = typer.Typer()
out = Console(soft_wrap=True)


def settings() -> Settings:
    return Settings.from_env()


def refresh_duplicates(config: Settings) -> None:
    """Recompute the duplicated-effort analysis and say what it found."""
    from catalogue.db import session_scope
    from search.duplicates import refresh

    with session_scope(config) as session:
        result = refresh(session)
    out.print(
        f"Duplicated-effort analysis: {len(result.clusters)} clusters, "
        f"{len(result.pairs)} similar pairs across organisations."
    )


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


def update_index(config: Settings, ids: list[int]) -> None:
    """Re-index (or drop) the given components and say how many."""
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
    from catalogue.db import make_engine, make_sessionmaker
    from search.duplicates import DuplicatesCache
    from search.similarity.store import cluster_to_dict

    config = settings()
    engine = make_engine(config.database_url)
    try:
        cache = DuplicatesCache(make_sessionmaker(engine))
        result = None if refresh else cache.result()
        if result is None:
            refresh_duplicates(config)
            result = cache.result()
    finally:
        engine.dispose()
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
            f"\n[bold]{number}. {escape(cluster.title or ', '.join(cluster.terms[:5]) or cluster.id)}[/bold] "
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
