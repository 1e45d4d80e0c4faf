"""Command-line faces of ingest: `orgs add/list/webhook-secret` and `harvest` (mounted by `cli`)."""

from __future__ import annotations

import json
import secrets
import sys
from datetime import UTC, datetime
from typing import Annotated, TextIO
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from catalogue.errors import CatalogueError
from catalogue.settings import Settings
from ingest.harvest_report import AccountReport, HarvestOptions, HarvestSummary, names
from ingest.stopping import HarvestStop, StoppingProgress, StopRequested

orgs_app = typer.Typer(help="Register and list organisations and their GitHub accounts.")
# Soft wrap: summary lines stay whole in logs and pipes, whatever the terminal width.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

# Exit codes: 1 when an account failed or vanished, 75 (EX_TEMPFAIL) when the rate limit stopped
# the run early; the next run resumes where it stopped.
EXIT_PARTIAL = 1
EXIT_STOPPED = 75


def _settings() -> Settings:
    return Settings.from_env()


@orgs_app.command("add")
def orgs_add(
    slug: Annotated[str, typer.Argument(help="Short lower-case id, e.g. welsh-government.")],
    name: Annotated[str, typer.Option("--name", help="English name.")],
    sector: Annotated[str, typer.Option("--sector", help="Sector slug, e.g. health.")],
    github: Annotated[
        list[str] | None, typer.Option("--github", help="GitHub login (repeatable).")
    ] = None,
    name_cy: Annotated[str | None, typer.Option("--name-cy", help="Welsh name.")] = None,
    website: Annotated[str | None, typer.Option("--website", help="Website URL.")] = None,
    builds_for: Annotated[
        str | None,
        typer.Option(
            "--builds-for",
            help="Slug of the public body a supplier builds for ('' for none); its components "
            "are then found by that body's names too.",
        ),
    ] = None,
) -> None:
    """Register an organisation and its GitHub accounts (running it again updates it)."""
    from catalogue.db import session_scope
    from catalogue.queries import live_component_ids
    from catalogue.services import set_builds_for, upsert_organisation
    from search.cli import update_index

    logins = github or []
    config = _settings()
    work: list[int] = []
    with session_scope(config) as session:
        organisation = upsert_organisation(
            session,
            slug,
            name,
            sector,
            name_cy=name_cy,
            website=website,
            accounts=[("github.com", login) for login in logins],
        )
        if builds_for is not None and set_builds_for(session, organisation, builds_for or None):
            work = live_component_ids(session, [organisation.id])
        accounts = ", ".join(a.login for a in organisation.accounts) or "no accounts"
        client = organisation.builds_for.slug if organisation.builds_for else None
    builds = f", building for {client}" if client else ""
    out.print(f"Registered {slug} ({accounts}{builds}).", highlight=False)
    if work:
        # Their search documents name the body they are built for.
        update_index(config, work)


@orgs_app.command("list")
def orgs_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List registered organisations, their accounts and how their last harvest went."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import selectinload

    from catalogue.db import session_scope
    from catalogue.models import AccountHarvestState, Component, Organisation

    with session_scope(_settings()) as session:
        organisations = session.scalars(
            select(Organisation)
            .options(selectinload(Organisation.accounts))
            .order_by(Organisation.slug)
        ).all()
        states = {s.account_id: s for s in session.scalars(select(AccountHarvestState))}
        counts = dict(
            session.execute(
                select(Component.organisation_id, func.count())
                .where(Component.removed_at.is_(None))
                .group_by(Component.organisation_id)
            ).all()
        )
        rows = [_organisation_json(o, states, counts.get(o.id, 0)) for o in organisations]
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    for row in rows:
        accounts = ", ".join(
            f"{a['login']}{'' if a['status'] in ('ok', None) else ' [' + a['status'] + ']'}"
            for a in row["accounts"]
        )
        out.print(
            f"[bold]{row['slug']}[/bold]  {row['name']}  ({row['sector']}, "
            f"{row['components']} components)  {accounts}",
            highlight=False,
        )
    if not rows:
        out.print("No organisations registered yet: use `catalogue orgs add`.")


def _organisation_json(organisation, states, components: int) -> dict:
    accounts = []
    for account in organisation.accounts:
        state = states.get(account.id)
        complete = state.last_complete_at if state else None
        accounts.append(
            {
                "host": account.host,
                "login": account.login,
                "status": state.status if state else None,
                "message": state.message if state else None,
                "last_complete_at": complete.isoformat() if complete else None,
            }
        )
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "name_cy": organisation.name_cy,
        "sector": organisation.sector,
        "website": organisation.website,
        "verified": organisation.verified,
        "builds_for": organisation.builds_for.slug if organisation.builds_for else None,
        "webhook": organisation.webhook_secret is not None,
        "components": components,
        "accounts": accounts,
    }


@orgs_app.command("webhook-secret")
def orgs_webhook_secret(
    slug: Annotated[str, typer.Argument(help="The organisation's slug.")],
    from_stdin: Annotated[
        bool, typer.Option("--stdin", help="Read the secret from standard input.")
    ] = False,
) -> None:
    """Set the secret that signs this organisation's GitHub webhooks (a new random one by default)."""
    from sqlalchemy import select

    from catalogue.db import session_scope
    from catalogue.models import Organisation

    secret = sys.stdin.readline().strip() if from_stdin else secrets.token_urlsafe(32)
    if len(secret) < 16 or len(secret) > 200:
        raise CatalogueError("a webhook secret must be 16 to 200 characters long")
    with session_scope(_settings()) as session:
        organisation = session.scalar(select(Organisation).where(Organisation.slug == slug))
        if organisation is None:
            raise CatalogueError(f"no organisation {slug!r}; see `catalogue orgs list`")
        organisation.webhook_secret = secret
    if from_stdin:
        out.print(f"Webhook secret for {slug} updated.")
    else:
        # Shown once, for pasting into GitHub's webhook settings; never logged.
        out.print(f"Webhook secret for {slug} (shown once): {secret}", highlight=False)


def harvest_command(
    org: Annotated[
        list[str] | None,
        typer.Option("--org", help="Only this account login or organisation slug (repeatable)."),
    ] = None,
    api_url: Annotated[
        str | None,
        typer.Option(help="GitHub API URL, e.g. https://ghe.example/api/v3 (GITHUB_API_URL)."),
    ] = None,
    host: Annotated[
        str,
        typer.Option(help="Code host of the accounts to harvest (GitHub Enterprise: its host)."),
    ] = "github.com",
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    max_wait: Annotated[
        float,
        typer.Option(min=0, help="Longest wait (seconds) for a rate limit before stopping."),
    ] = 900.0,
    retries: Annotated[int, typer.Option(min=0, max=20, help="Retries per request.")] = 5,
    request_interval: Annotated[
        float, typer.Option(min=0, help="Seconds between requests (GitHub asks for serial pacing).")
    ] = 0.25,
    index: Annotated[bool, typer.Option(help="Re-index what changed afterwards.")] = True,
    check_links: Annotated[
        bool,
        typer.Option(help="Check that components' public web addresses can be reached."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    every: Annotated[
        float | None,
        typer.Option(min=1, help="Keep running, harvesting again every N seconds (scheduling)."),
    ] = None,
) -> None:
    """Harvest public repositories of registered accounts (token from GITHUB_TOKEN only)."""
    from ingest.github import ClientOptions

    settings = _settings()
    if api_url and not (
        urlsplit(api_url).scheme in ("http", "https") and urlsplit(api_url).hostname
    ):
        raise CatalogueError(f"--api-url must be an http:// or https:// URL, got {api_url!r}")
    options = HarvestOptions(
        only=tuple(org or ()),
        host=host.lower(),
        api_url=api_url.rstrip("/") if api_url else None,
        dry_run=dry_run,
        index=index,
        check_links=check_links,
        client=ClientOptions(
            max_wait=max_wait, retries=retries, seconds_between_requests=request_interval
        ),
    )
    if every is None:
        # A single run stopped by SIGTERM ends at a repository boundary with EX_TEMPFAIL (75):
        # what it committed is kept and the next run resumes the rest.
        try:
            with HarvestStop() as stop:
                code = _harvest_once(settings, options, as_json, stop)
        except StopRequested:
            err.print("harvest stopped (the next run resumes any work left)", highlight=False)
            raise typer.Exit(EXIT_STOPPED) from None
        raise typer.Exit(code)
    try:
        with HarvestStop() as stop:
            _harvest_every(settings, options, as_json, every, stop)
    except StopRequested:
        pass  # abandoned at a safe point: the session rolled back, the lock is released
    err.print("harvester stopped (the next run resumes any work left)", highlight=False)


def _harvest_every(
    settings: Settings, options: HarvestOptions, as_json: bool, every: float, stop: HarvestStop
) -> None:
    from ingest.newcomers import wait_harvesting_newcomers

    while not stop.requested.is_set():
        try:
            _harvest_once(settings, options, as_json, stop)
        except CatalogueError as exc:  # locked, or a bad value: report and try next time
            err.print(f"[red]error:[/red] {exc}", highlight=False)
        if stop.requested.is_set():
            break
        err.print(f"next harvest in {every:.0f} seconds", highlight=False)
        # Newly approved organisations are harvested within seconds, not at the next full run.
        wait_harvesting_newcomers(settings, options, every, stop)


def _harvest_once(
    settings: Settings, options: HarvestOptions, as_json: bool, stop: HarvestStop | None = None
) -> int:
    from ingest.harvest import harvest

    with _progress_for(sys.stderr) as progress:
        watched = StoppingProgress(progress, stop) if stop is not None else progress
        summary = harvest(settings, options, watched)
    if as_json:
        sys.stdout.write(json.dumps(summary_json(summary), ensure_ascii=False, indent=2) + "\n")
    else:
        print_summary(summary, out)
    changed = sum(summary.total(name) for name in ("added", "changed", "removed", "restored"))
    if changed and not summary.dry_run:
        from catalogue.db import session_scope
        from search.duplicates import refresh

        # Similarity looks across every component, so any change means a fresh analysis.
        with session_scope(settings) as session:
            refresh(session)
    if summary.status == "stopped":
        return EXIT_STOPPED
    if summary.status == "partial":
        return EXIT_PARTIAL
    return 0


# --- progress --------------------------------------------------------------------------------


class LogProgress:
    """One structured (JSON) line per organisation, for logs and cron mail."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def __enter__(self) -> LogProgress:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def organisation_started(self, slug: str, accounts: int) -> None:
        pass

    def repositories_listed(self, slug: str, login: str, count: int) -> None:
        pass

    def repository_done(self, slug: str, full_name: str, outcome: str) -> None:
        pass

    def organisation_finished(self, slug: str, reports: list[AccountReport]) -> None:
        line = {
            "event": "harvest.organisation",
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "organisation": slug,
            "accounts": {r.login: r.status for r in reports},
            **{key: sum(getattr(r, key) for r in reports) for key in _COUNTS},
            "requests": sum(r.requests for r in reports),
        }
        messages = [f"{r.login}: {r.message}" for r in reports if r.message]
        if messages:
            line["messages"] = messages
        self.stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.stream.flush()


class BarProgress(LogProgress):
    """A rich progress bar per organisation, for people at a terminal."""

    def __init__(self, stream: TextIO):
        super().__init__(stream)
        self.bars = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=stream),
            transient=False,
        )
        self.tasks: dict[str, int] = {}

    def __enter__(self) -> BarProgress:
        self.bars.start()
        return self

    def __exit__(self, *exc) -> None:
        self.bars.stop()

    def organisation_started(self, slug: str, accounts: int) -> None:
        self.tasks[slug] = self.bars.add_task(slug, total=None)

    def repositories_listed(self, slug: str, login: str, count: int) -> None:
        task = self.tasks[slug]
        total = self.bars.tasks[task].total or 0
        self.bars.update(task, total=total + count)

    def repository_done(self, slug: str, full_name: str, outcome: str) -> None:
        self.bars.advance(self.tasks[slug])

    def organisation_finished(self, slug: str, reports: list[AccountReport]) -> None:
        task = self.tasks[slug]
        if self.bars.tasks[task].total is None:
            self.bars.update(task, total=0)
        problems = [r for r in reports if r.status != "ok"]
        if problems:
            status = ", ".join(f"{r.login} {r.status}" for r in problems)
            self.bars.update(task, description=f"{slug} [yellow]({status})[/yellow]")


def _progress_for(stream: TextIO) -> LogProgress:
    return BarProgress(stream) if stream.isatty() else LogProgress(stream)


# --- summary ---------------------------------------------------------------------------------

_COUNTS = ("seen", "added", "changed", "unchanged", "removed", "failed")


def summary_json(summary: HarvestSummary) -> dict:
    """The summary as plain data (for --json and for logs)."""
    return {
        "run_id": summary.run_id,
        "status": summary.status,
        "dry_run": summary.dry_run,
        "organisations": summary.organisations,
        **{key: summary.total(key) for key in (*_COUNTS, "restored")},
        "api_requests": summary.api_requests,
        "not_modified": summary.not_modified,
        "retries": summary.retries,
        "rate_limit_remaining": summary.rate_remaining,
        "rate_limit_reset": summary.rate_reset.isoformat() if summary.rate_reset else None,
        "resumed_from": summary.resumed_from,
        "stopped": summary.stopped_reason,
        "index_pending": summary.index_pending,
        "accounts": [
            {
                "organisation": r.organisation,
                "login": r.login,
                "status": r.status,
                "message": r.message,
                "requests": r.requests,
                **{key: getattr(r, key) for key in (*_COUNTS, "restored")},
            }
            for r in summary.accounts
        ],
        "changes": {
            outcome: names(summary.accounts, outcome)
            for outcome in ("added", "changed", "restored", "removed")
        },
    }


def print_summary(summary: HarvestSummary, console: Console) -> None:
    """Print the end-of-harvest summary people read."""
    title = "Dry run (nothing written)" if summary.dry_run else f"Harvest {summary.status}"
    if summary.run_id:
        title += f" (run {summary.run_id})"
    if summary.resumed_from:
        title += f", resumed from run {summary.resumed_from}"
    console.print(
        f"[bold]{title}[/bold]: {summary.organisations} organisations, "
        f"{len(summary.accounts)} accounts",
        highlight=False,
    )
    counts = ", ".join(f"{summary.total(key)} {key}" for key in _COUNTS)
    restored = summary.total("restored")
    console.print(
        f"  repositories: {counts}" + (f" ({restored} restored)" if restored else ""),
        highlight=False,
    )
    rate = "unknown" if summary.rate_remaining is None else str(summary.rate_remaining)
    if summary.rate_reset is not None:
        rate += f" (resets {summary.rate_reset.strftime('%H:%M UTC')})"
    console.print(
        f"  API requests: {summary.api_requests} ({summary.not_modified} answered "
        f"304 Not Modified, {summary.retries} retries); rate limit left: {rate}",
        highlight=False,
    )
    for report in summary.accounts:
        if report.status != "ok" and report.message:
            console.print(
                f"  [yellow]{report.status}[/yellow] {report.organisation}/{report.login}: "
                f"{report.message}",
                highlight=False,
            )
    if summary.stopped_reason:
        console.print(
            f"  [yellow]stopped early[/yellow]: {summary.stopped_reason}; "
            "the next run resumes where this one stopped",
            highlight=False,
        )
    if summary.index_pending:
        console.print("  search index not updated; run `catalogue index` to catch up")
    if summary.dry_run:
        for outcome in ("added", "changed", "restored", "removed"):
            for full_name in names(summary.accounts, outcome):
                console.print(f"  would be {outcome}: {full_name}", highlight=False)


# A standalone app, so `python -m ingest.cli` works before (and besides) `cli` mounts us.
app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
app.add_typer(orgs_app, name="orgs")
app.command("harvest")(harvest_command)


if __name__ == "__main__":
    try:
        app()
    except CatalogueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)
