"""After a harvest: record each component's problems, then queue the organisations' digests."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import Component
from catalogue.models.types import utcnow
from catalogue.notices import Writer
from catalogue.problems import find_problems, record_problems
from catalogue.problems.digest import send_digests
from catalogue.settings import Settings
from catalogue.translations import gettext
from ingest.issues import GitHubIssues, sync_issues

log = logging.getLogger(__name__)
LinkChecker = Callable[[str], str | None]


@dataclass
class ProblemsReport:
    """What the problem step did: components assessed, problems new this run, digests queued."""

    assessed: int = 0
    new: int = 0
    digests: int = 0
    issues: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def writer(settings: Settings) -> Writer:
    """A message writer outside any request, with links to CATALOGUE_BASE_URL."""
    return Writer(base_url=settings.base_url, gettext=gettext)


def component_links(component: Component) -> list[str]:
    """The web addresses a component gives besides its repository: homepage, landingURL."""
    links = [component.homepage or ""]
    landing = (component.publiccode or {}).get("landingURL")
    if isinstance(landing, str):
        links.append(landing)
    return sorted({link.strip() for link in links if link.strip().startswith("https://")})


def record_organisations(
    session: Session,
    organisation_ids: Iterable[int],
    link_checker: LinkChecker | None = None,
    now: datetime | None = None,
) -> ProblemsReport:
    """Assess every listed component of these organisations and record what is wrong (no commit)."""
    now = now or utcnow()
    report = ProblemsReport()
    ids = sorted(set(organisation_ids))
    if not ids:
        return report
    components = session.scalars(
        select(Component)
        .where(Component.organisation_id.in_(ids), Component.removed_at.is_(None))
        .order_by(Component.id)
    ).all()
    for component in components:
        unreachable = {}
        if link_checker is not None and not component.archived:
            for url in component_links(component):
                reason = link_checker(url)
                if reason is not None:
                    unreachable[url] = reason
        report.new += len(
            record_problems(session, component.id, find_problems(component, unreachable), now)
        )
        report.assessed += 1
    return report


def after_harvest(
    session: Session,
    settings: Settings,
    organisation_ids: Iterable[int],
    link_checker: LinkChecker | None = None,
    now: datetime | None = None,
    api_url: str | None = None,
    host: str = "github.com",
) -> ProblemsReport:
    """Record problems, queue digests, keep opted-in GitHub issues; a failure is logged, not raised."""
    now = now or utcnow()
    ids = sorted(set(organisation_ids))
    report = ProblemsReport()
    try:
        report = record_organisations(session, ids, link_checker, now)
        session.commit()
    except Exception as exc:  # problems are advice: the harvest itself has already succeeded
        session.rollback()
        log.exception("recording metadata problems failed")
        report.errors.append(f"recording problems: {type(exc).__name__}")
        return report
    try:
        report.digests = len(send_digests(session, writer(settings), ids, now))
        session.commit()
    except Exception as exc:
        session.rollback()
        log.exception("queueing problem digests failed")
        report.errors.append(f"digests: {type(exc).__name__}")
    if settings.github_issues_token:
        opener = GitHubIssues(api_url or settings.github_api_url, settings.github_issues_token)
        try:
            report.issues = sync_issues(session, writer(settings), opener, ids, host, now)
        except Exception as exc:
            session.rollback()
            log.exception("keeping problem issues failed")
            report.errors.append(f"issues: {type(exc).__name__}")
        finally:
            opener.close()
    return report
