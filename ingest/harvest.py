"""The harvest pipeline: lock, record a run, list each account, fetch what moved, upsert, index."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from catalogue.db import make_engine, make_sessionmaker
from catalogue.errors import ValidationError
from catalogue.models import (
    Account,
    AccountHarvestState,
    Component,
    HarvestQueueItem,
    HarvestRun,
    Organisation,
)
from catalogue.models.types import utcnow
from catalogue.registration import approved_projects
from catalogue.services import finish_harvest_run, mark_removed, start_harvest_run, upsert_component
from catalogue.settings import Settings
from ingest.github import (
    AccountNotFoundError,
    GitHubClient,
    GitHubError,
    GitHubUnavailableError,
    RateLimitExhaustedError,
)
from ingest.harvest_report import (
    AccountReport,
    HarvestOptions,
    HarvestProgress,
    HarvestSummary,
    NullProgress,
)
from ingest.housekeeping import prune_bookkeeping
from ingest.http_cache import DatabaseHttpCache
from ingest.links import LinkChecker
from ingest.lock import harvest_lock
from ingest.normalise import normalise
from ingest.problems import after_harvest
from ingest.records import RawRepository, Rejection

log = logging.getLogger(__name__)
SOURCE = "github"
MAX_ERRORS_PER_ORGANISATION = 50
UNREACHABLE_STOP = 3  # accounts in a row GitHub could not be reached for before the run stops


@dataclass
class _Known:
    """What the database says about a component, kept as plain values across rollbacks."""

    id: int
    pushed_at: datetime | None
    updated_at: datetime | None
    removed: bool
    organisation_id: int
    counts_known: bool


def harvest(
    settings: Settings,
    options: HarvestOptions | None = None,
    progress: HarvestProgress | None = None,
    engine: Engine | None = None,
) -> HarvestSummary:
    """Harvest every registered account (or those in options.only); one run at a time."""
    options = options or HarvestOptions()
    own_engine = engine is None
    engine = engine or make_engine(settings.database_url)
    try:
        with harvest_lock(settings), make_sessionmaker(engine)() as session:
            return _Harvest(settings, options, progress or NullProgress(), session).run()
    finally:
        if own_engine:
            engine.dispose()


class _Harvest:
    def __init__(self, settings, options: HarvestOptions, progress, session: Session):
        self.settings = settings
        self.options = options
        self.progress = progress
        self.session = session
        self.cache = DatabaseHttpCache(session)
        self.run_row: HarvestRun | None = None
        self.to_index: set[int] = set()
        # Errors are kept here too, so a rollback of the failed work does not take them with it.
        self.errors: dict[str, list[str]] = {}
        self.stale_index_runs: list[int] = []
        self.backend = None
        self.index_failed = False
        self.only: set[str] = {name.lower() for name in options.only}
        # Why the run stopped early (rate limit, or GitHub unreachable for several accounts).
        self.stopped: GitHubError | None = None
        self.unreachable = 0

    # --- the run -----------------------------------------------------------------------------

    def run(self) -> HarvestSummary:
        resumed_from, resume_order = self._recover()
        organisations = self._organisations(resume_order)
        if not self.options.dry_run:
            self.run_row = start_harvest_run(self.session, SOURCE)
            self.session.commit()
        queued = self._queued()
        api_url = self.options.api_url or self.settings.github_api_url
        token = self.settings.github_token
        reports: list[AccountReport] = []
        with GitHubClient(api_url, token, self.cache, self.options.client) as self.client:
            plan = [(o, self._accounts(o)) for o in organisations]
            pending = [a.login for _, accounts in plan for a in accounts]
            for organisation, accounts in plan:
                if not accounts:
                    continue
                self.progress.organisation_started(organisation.slug, len(accounts))
                done = []
                for account in accounts:
                    if self.stopped is not None:
                        done.append(AccountReport(organisation.slug, account.login, "stopped"))
                        continue
                    self._save_resume_point(pending)
                    done.append(self._guarded_account(organisation, account, queued))
                    if self.stopped is None:
                        pending.remove(account.login)
                reports += done
                self.progress.organisation_finished(organisation.slug, done)
            if self.stopped is None:
                reports += self._projects(organisations)
            self._refresh_reuse()
            self._index(final=True)
            summary = self._finish(reports, resumed_from, pending)
        self._problems(organisations, reports)
        return summary

    def _finish(self, reports, resumed_from, pending) -> HarvestSummary:
        stats, stopped = self.client.stats, self.stopped
        status = "complete"
        if stopped is not None:
            status = "stopped"
        elif any(r.status != "ok" for r in reports):
            status = "partial"  # an account failed or no longer exists
        summary = HarvestSummary(
            run_id=self.run_row.id if self.run_row else None,
            status="dry-run" if self.options.dry_run else status,
            accounts=reports,
            api_requests=stats.total,
            not_modified=stats.not_modified,
            retries=stats.retries,
            rate_remaining=stats.rate_remaining,
            rate_reset=stats.rate_reset,
            resumed_from=resumed_from,
            stopped_reason=str(stopped) if stopped else None,
            index_pending=self.index_failed,
            dry_run=self.options.dry_run,
        )
        if self.options.dry_run:
            self.session.rollback()
            return summary
        run = self.run_row
        for name in ("seen", "changed", "unchanged", "removed", "failed"):
            setattr(run, name, summary.total(name))
        run.added = summary.total("added") + summary.total("restored")
        run.api_requests = stats.total
        run.index_pending = self.index_failed
        run.resume_state = (
            {
                "pending": pending,
                "reason": str(stopped),
                "reset_at": _iso(getattr(stopped, "reset_at", None)),
            }
            if stopped
            else None
        )
        finish_harvest_run(self.session, run, status)
        if status == "complete" and not self.options.only:
            prune_bookkeeping(self.session)  # a whole run has touched every cache entry in use
        self.session.commit()
        return summary

    # --- one account -------------------------------------------------------------------------

    def _guarded_account(self, organisation, account, queued) -> AccountReport:
        try:
            return self._account(organisation, account, queued)
        except Exception as exc:  # one account's surprise must not stop the other organisations
            log.exception("harvesting account %s failed", account.login)
            self._rollback()
            report = AccountReport(organisation.slug, account.login)
            return self._account_failed(report, account, "failed", f"{type(exc).__name__}: {exc}")

    def _account(self, organisation, account: Account, queued: dict[str, int]) -> AccountReport:
        report = AccountReport(organisation.slug, account.login)
        before = self.client.stats.total
        try:
            listed = self.client.list_repositories(account.login)
        except RateLimitExhaustedError as exc:
            return self._stopped(report, exc)
        except AccountNotFoundError as exc:
            return self._account_failed(report, account, "missing", str(exc))
        except GitHubUnavailableError as exc:
            self.unreachable += 1
            if self.unreachable >= UNREACHABLE_STOP:
                # Every account would fail the same way; stop and resume here next time.
                return self._stopped(report, exc)
            return self._account_failed(report, account, "failed", str(exc))
        except GitHubError as exc:
            return self._account_failed(report, account, "failed", str(exc))
        self.unreachable = 0
        self.progress.repositories_listed(organisation.slug, account.login, len(listed))
        report.seen = len(listed)
        known = self._known(account)
        removed = mark_removed(self.session, account, [r.full_name for r in listed], utcnow())
        report.removed = len(removed)
        report.changes += [("removed", name) for name in self._names(removed)]
        self.to_index.update(removed)
        self._forget_vanished(account, listed, queued)
        self._checkpoint()
        unchanged = []
        for raw in listed:
            key = raw.full_name.lower()
            before_repo = known.get(key)
            if _unmoved(before_repo, raw, organisation.id) and key not in queued:
                unchanged.append(before_repo.id)
                report.unchanged += 1
                self.progress.repository_done(organisation.slug, raw.full_name, "unchanged")
                continue
            try:
                outcome = self._repository(organisation, raw, queued.get(key))
            except RateLimitExhaustedError as exc:
                self._touch_seen(unchanged)
                self._checkpoint()
                return self._stopped(report, exc)
            except GitHubError as exc:
                outcome = "failed"
                self._error(organisation.slug, f"{raw.full_name}: {exc}")
            except Exception as exc:  # one repository's surprise must not sink the account
                log.exception("harvesting %s failed", raw.full_name)
                outcome = "failed"
                self._rollback()
                self._error(organisation.slug, f"{raw.full_name}: {type(exc).__name__}")
            setattr(report, outcome, getattr(report, outcome) + 1)
            if outcome not in ("unchanged", "failed"):
                report.changes.append((outcome, raw.full_name))
            self.progress.repository_done(organisation.slug, raw.full_name, outcome)
        self._touch_seen(unchanged)
        self._set_state(account, "ok", None, complete=True)
        report.requests = self.client.stats.total - before
        self._checkpoint()
        self._index()
        return report

    def _repository(self, organisation, raw: RawRepository, queue_id: int | None) -> str:
        detailed = self.client.fetch_details(raw)
        detailed.organisation = organisation.slug
        record = normalise(detailed)
        if isinstance(record, Rejection):
            self._error(organisation.slug, f"{record.full_name}: {record.reason}")
            return "failed"
        # No savepoint: each repository starts from a checkpoint, so a rollback loses only it
        # (and pysqlite's RELEASE SAVEPOINT would commit, which a dry run must never do).
        component, outcome = upsert_component(self.session, record, organisation, utcnow())
        if outcome != "unchanged":
            self.to_index.add(component.id)
        if queue_id is not None:
            self.session.execute(
                update(HarvestQueueItem)
                .where(HarvestQueueItem.id == queue_id)
                .values(done_at=utcnow())
            )
        self._checkpoint()
        return outcome

    def _projects(self, organisations: list[Organisation]) -> list[AccountReport]:
        """Single repositories moderators approved ('Add a project'), kept in other accounts."""
        chosen = {o.id: o for o in organisations}
        registered = {
            a.login_key for o in organisations for a in o.accounts if a.host == self.options.host
        }
        reports = []
        for project in approved_projects(self.session, self.options.host):
            organisation = chosen.get(project.organisation_id)
            owner = project.full_name.split("/", 1)[0].lower()
            if organisation is None or owner in registered:
                continue  # not asked for this run, or harvested with its account already
            if self.stopped is not None:
                break
            self.progress.organisation_started(organisation.slug, 1)
            report = self._project(organisation, project.full_name)
            reports.append(report)
            self.progress.organisation_finished(organisation.slug, [report])
        return reports

    def _project(self, organisation: Organisation, full_name: str) -> AccountReport:
        report = AccountReport(organisation.slug, full_name)
        before = self.client.stats.total
        owner = full_name.split("/", 1)[0]
        try:
            # The owner's listing has the repository's facts; no single-repository request needed.
            listed = self.client.list_repositories(owner)
        except RateLimitExhaustedError as exc:
            return self._stopped(report, exc)
        except GitHubError as exc:
            report.status, report.message = "failed", str(exc)
            self._error(organisation.slug, f"{full_name}: {exc}")
            return report
        raw = next((r for r in listed if r.full_name.lower() == full_name.lower()), None)
        if raw is None:
            report.status, report.message = "missing", f"{full_name} is not a public repository"
            self._error(organisation.slug, report.message)
            return report
        report.seen = 1
        known = self._known_repository(raw.host, raw.full_name)
        if _unmoved(known, raw, organisation.id):
            outcome = "unchanged"
            report.unchanged = 1
            self._touch_seen([known.id])
        else:
            try:
                outcome = self._repository(organisation, raw, None)
            except RateLimitExhaustedError as exc:
                return self._stopped(report, exc)
            except GitHubError as exc:
                outcome = "failed"
                self._error(organisation.slug, f"{full_name}: {exc}")
            setattr(report, outcome, getattr(report, outcome) + 1)
            if outcome not in ("unchanged", "failed"):
                report.changes.append((outcome, raw.full_name))
        self.progress.repository_done(organisation.slug, raw.full_name, outcome)
        report.requests = self.client.stats.total - before
        self._checkpoint()
        return report

    def _known_repository(self, host: str, full_name: str) -> _Known | None:
        row = self.session.execute(
            select(
                Component.id,
                Component.pushed_at,
                Component.updated_at,
                Component.removed_at,
                Component.organisation_id,
                Component.counts_known,
            ).where(Component.host == host.lower(), Component.full_name_key == full_name.lower())
        ).first()
        if row is None:
            return None
        cid, pushed, updated, removed, org, counts_known = row
        return _Known(cid, pushed, updated, removed is not None, org, counts_known)

    def _stopped(self, report: AccountReport, exc: GitHubError) -> AccountReport:
        report.status, report.message = "stopped", str(exc)
        self.stopped = exc
        return report

    def _account_failed(self, report, account, status: str, message: str) -> AccountReport:
        report.status, report.message = status, message
        self._rollback()
        self._error(report.organisation, message)
        self._set_state(account, status, message, complete=False)
        self._checkpoint()
        return report

    # --- database helpers --------------------------------------------------------------------

    def _checkpoint(self) -> None:
        """Commit the work so far (a dry run forgets it instead); a SIGKILL loses at most this."""
        if self.options.dry_run:
            self.cache.pending.clear()
            self.session.rollback()
            return
        if self.to_index and self.run_row is not None:
            # Set before the changes commit, cleared once indexed: a killed run leaves a marker.
            self.run_row.index_pending = True
        self.cache.write()
        self.session.commit()

    def _recover(self) -> tuple[int | None, list[str]]:
        """Close runs a crash left 'running' (we hold the lock) and find where to resume."""
        self.session.execute(
            update(HarvestRun)
            .where(HarvestRun.source == SOURCE, HarvestRun.status == "running")
            .values(status="interrupted", finished_at=utcnow())
        )
        if not self.options.dry_run:
            self.session.commit()
        last = self.session.scalar(
            select(HarvestRun)
            .where(HarvestRun.source == SOURCE, HarvestRun.status != "running")
            .order_by(HarvestRun.id.desc())
            .limit(1)
        )
        pending_index = self.session.scalars(
            select(HarvestRun).where(HarvestRun.index_pending.is_(True))
        ).all()
        if pending_index:
            since = min(run.started_at for run in pending_index)
            self.to_index.update(
                self.session.scalars(
                    select(Component.id).where(
                        (Component.record_updated_at >= since) | (Component.removed_at >= since)
                    )
                )
            )
            self.stale_index_runs = [run.id for run in pending_index]
        state = (last.resume_state or {}) if last else {}
        if last and last.status in ("stopped", "interrupted") and state.get("pending"):
            return last.id, [str(login).lower() for login in state["pending"]]
        return None, []

    def _save_resume_point(self, pending: list[str]) -> None:
        if self.run_row is not None and not self.options.dry_run:
            self.run_row.resume_state = {"pending": pending}
            self._checkpoint()

    def _organisations(self, pending: list[str]) -> list[Organisation]:
        organisations = self.session.scalars(
            select(Organisation)
            .options(selectinload(Organisation.accounts))
            .order_by(Organisation.slug)
        ).all()
        only = self.only
        known = {o.slug for o in organisations} | {
            a.login_key for o in organisations for a in o.accounts
        }
        unknown = sorted(only - known)
        if unknown:
            raise ValidationError(
                f"no registered organisation or account is called {', '.join(unknown)}; "
                "see `catalogue orgs list`"
            )
        chosen = [
            o
            for o in organisations
            if not only or o.slug in only or any(a.login_key in only for a in o.accounts)
        ]
        # Resume where the last run stopped: its pending accounts' organisations go first.
        rank = {login: i for i, login in enumerate(pending)}
        big = len(rank)
        return sorted(
            chosen, key=lambda o: min((rank.get(a.login_key, big) for a in o.accounts), default=big)
        )

    def _accounts(self, organisation: Organisation) -> list[Account]:
        host = self.options.host.lower()
        chosen = [a for a in organisation.accounts if a.host == host]
        if self.only and organisation.slug not in self.only:
            chosen = [a for a in chosen if a.login_key in self.only]
        return chosen

    def _queued(self) -> dict[str, int]:
        """Repositories a webhook (or a person) asked to re-harvest: full name key -> queue id."""
        rows = self.session.execute(
            select(HarvestQueueItem.full_name, HarvestQueueItem.id).where(
                HarvestQueueItem.done_at.is_(None),
                HarvestQueueItem.host == self.options.host.lower(),
            )
        )
        return {name.lower(): queue_id for name, queue_id in rows}

    def _known(self, account: Account) -> dict[str, _Known]:
        rows = self.session.execute(
            select(
                Component.full_name_key,
                Component.id,
                Component.pushed_at,
                Component.updated_at,
                Component.removed_at,
                Component.organisation_id,
                Component.counts_known,
            ).where(
                Component.host == account.host,
                func.lower(Component.owner) == account.login_key,
            )
        )
        return {
            key: _Known(cid, pushed, updated, removed is not None, org, counts_known)
            for key, cid, pushed, updated, removed, org, counts_known in rows
        }

    def _forget_vanished(self, account: Account, listed, queued: dict[str, int]) -> None:
        """Queued repositories missing from the account's complete listing have nothing to do."""
        names = {raw.full_name.lower() for raw in listed}
        owner = f"{account.login_key}/"
        gone = [i for key, i in queued.items() if key.startswith(owner) and key not in names]
        if gone:
            self.session.execute(
                update(HarvestQueueItem)
                .where(HarvestQueueItem.id.in_(gone))
                .values(done_at=utcnow())
            )

    def _names(self, ids: list[int]) -> list[str]:
        if not ids:
            return []
        return list(self.session.scalars(select(Component.full_name).where(Component.id.in_(ids))))

    def _touch_seen(self, ids: list[int]) -> None:
        now = utcnow()
        for start in range(0, len(ids), 500):
            # Seen again but not changed: keep record_updated_at, which marks real changes.
            self.session.execute(
                update(Component)
                .where(Component.id.in_(ids[start : start + 500]))
                .values(last_seen_at=now, record_updated_at=Component.record_updated_at)
            )

    def _set_state(self, account: Account, status: str, message: str | None, complete: bool):
        state = self.session.scalar(
            select(AccountHarvestState).where(AccountHarvestState.account_id == account.id)
        )
        if state is None:
            state = AccountHarvestState(account_id=account.id)
            self.session.add(state)
        state.status, state.message = status, (message or "")[:2000] or None
        if complete:
            state.last_complete_at = utcnow()

    def _error(self, slug: str, message: str) -> None:
        log.warning("%s: %s", slug, message)
        if self.run_row is None:
            return
        entries = self.errors.setdefault(slug, [])
        if len(entries) < MAX_ERRORS_PER_ORGANISATION:
            entries.append(message[:500])
        self.run_row.errors = {name: list(found) for name, found in self.errors.items()}

    def _rollback(self) -> None:
        """Undo the failed work since the last checkpoint, but keep every error recorded."""
        self.session.rollback()
        if self.run_row is not None and self.errors:
            self.run_row.errors = {name: list(found) for name, found in self.errors.items()}

    def _refresh_reuse(self) -> None:
        """Recompute verified reuse once the repositories are in; reindex whose reuse changed."""
        if self.options.dry_run:
            return
        from catalogue.reuse import refresh_reuse_links
        from catalogue.used_by import name_users_from_publiccode
        from catalogue.used_by_notices import ask_waiting_organisations
        from ingest.problems import writer

        changed = refresh_reuse_links(self.session)
        # Organisations a publiccode.yml names in usedBy are asked to confirm, each editor in
        # their own language; until one does, the claim shows as waiting.
        named = name_users_from_publiccode(self.session)
        if named:
            ask_waiting_organisations(self.session, writer(self.settings))
        if changed or named:
            self.to_index.update(changed)
            self._checkpoint()

    def _problems(self, organisations: list[Organisation], reports: list[AccountReport]) -> None:
        """Record what is wrong with the harvested organisations' components; tell their editors."""
        if self.options.dry_run:
            return
        harvested = {r.organisation for r in reports if r.status == "ok"}
        ids = [o.id for o in organisations if o.slug in harvested]
        checker = self.options.link_checker
        if checker is None and self.options.check_links:
            checker = LinkChecker()  # a new one each run: its answers are cached for the run
        try:
            report = after_harvest(
                self.session,
                self.settings,
                ids,
                checker,
                api_url=self.options.api_url,
                host=self.options.host,
            )
        finally:
            if isinstance(checker, LinkChecker):
                checker.close()
        log.info(
            "metadata problems: %s components assessed, %s new, %s digests queued, issues %s",
            report.assessed,
            report.new,
            report.digests,
            report.issues,
        )

    # --- search ------------------------------------------------------------------------------

    def _index(self, final: bool = False) -> None:
        """Tell the search index what changed, after the commit; on failure a rebuild catches up."""
        if self.options.dry_run or not self.options.index:
            return
        if self.to_index:
            from search.indexing import update_index

            try:
                if self.backend is None:
                    from search.factory import make_backend

                    self.backend = make_backend(self.settings)
                update_index(self.session, self.backend, sorted(self.to_index))
            except Exception as exc:  # the database is the source of truth; the index catches up
                log.warning("search index not updated (%s: %s)", type(exc).__name__, exc)
                self.index_failed = True
            else:
                self.index_failed = False
                self.to_index.clear()
                if self.stale_index_runs:
                    self.session.execute(
                        update(HarvestRun)
                        .where(HarvestRun.id.in_(self.stale_index_runs))
                        .values(index_pending=False)
                    )
                    self.stale_index_runs = []
                if self.run_row is not None:
                    self.run_row.index_pending = False
                self.session.commit()
        if final and self.backend is not None:
            self.backend.close()


def _unmoved(known: _Known | None, raw: RawRepository, organisation_id: int) -> bool:
    """True when nothing GitHub tracks has moved since the stored record (no detail requests)."""
    return (
        known is not None
        and not known.removed
        and known.organisation_id == organisation_id
        # Stored without stars, forks and open issues (loaded before any harvest): fetch once.
        and known.counts_known
        and raw.pushed_at is not None
        and raw.updated_at is not None
        and known.pushed_at == raw.pushed_at
        and known.updated_at == raw.updated_at
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
