"""Opt-in GitHub issues: one per repository about its problems, opened, updated, then closed."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from github import Auth, Github, GithubException
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import Component, ProblemIssue
from catalogue.models.types import utcnow
from catalogue.notices import Writer
from catalogue.problems import current_problems, preferences
from catalogue.problems.issue_text import (
    closing_body,
    issue_body,
    issue_title,
    problems_hash,
    stopped_body,
)
from catalogue.problems.record import past_grace

log = logging.getLogger(__name__)
USER_AGENT = "welsh-public-code-catalogue-issues"


class IssueError(Exception):
    """GitHub refused or failed an issue request; the message is short and safe to log."""


class Issues(Protocol):
    """Where issues are written (GitHub through PyGithub, in production and tests alike)."""

    def open(self, full_name: str, title: str, body: str) -> int:
        """Open an issue; return its number."""

    def edit(
        self, full_name: str, number: int, title: str, body: str, state: str, reason: str = ""
    ) -> None:
        """Change an issue's title and body and set it open or closed (with GitHub's reason)."""


class GitHubIssues:
    """Issues through PyGithub, with the token from CATALOGUE_GITHUB_ISSUES_TOKEN."""

    def __init__(self, api_url: str, token: str, timeout: int = 30) -> None:
        self._github = Github(
            base_url=api_url.rstrip("/"),
            auth=Auth.Token(token),
            timeout=timeout,
            user_agent=USER_AGENT,
            retry=None,
            lazy=True,
        )

    def open(self, full_name: str, title: str, body: str) -> int:
        repo = self._github.get_repo(full_name)
        return self._call(lambda: repo.create_issue(title=title, body=body)).number

    def edit(
        self, full_name: str, number: int, title: str, body: str, state: str, reason: str = ""
    ) -> None:
        issue = self._github.get_repo(full_name).get_issue(number)
        reason = reason or ("completed" if state == "closed" else "reopened")
        self._call(lambda: issue.edit(title=title, body=body, state=state, state_reason=reason))

    def close(self) -> None:
        self._github.close()

    @staticmethod
    def _call(action):
        try:
            return action()
        except GithubException as exc:
            message = exc.data.get("message") if isinstance(exc.data, dict) else None
            raise IssueError(f"GitHub answered {exc.status}: {str(message)[:200]}") from None
        except OSError as exc:  # connection refused, timeouts (requests' errors are OSErrors)
            raise IssueError(f"GitHub could not be reached ({type(exc).__name__})") from None


def sync_issues(
    session: Session,
    writer: Writer,
    issues: Issues,
    organisation_ids: Iterable[int],
    host: str = "github.com",
    now: datetime | None = None,
) -> dict[str, int]:
    """Bring each opted-in organisation's issues up to date, committing after each write."""
    now = now or utcnow()
    counts = {"opened": 0, "updated": 0, "closed": 0, "failed": 0}
    for organisation_id in sorted(set(organisation_ids)):
        if not preferences(session, organisation_id).github_issues:
            _close_unwanted(session, writer, issues, organisation_id, now, counts)
            continue
        components = session.scalars(
            select(Component)
            .where(
                Component.organisation_id == organisation_id,
                Component.host == host.lower(),
                Component.removed_at.is_(None),
                Component.archived.is_(False),
            )
            .order_by(Component.id)
        ).all()
        for component in components:
            try:
                outcome = _sync_one(session, writer, issues, component, now)
            except IssueError as exc:
                session.rollback()
                counts["failed"] += 1
                log.warning("issue for %s not written: %s", component.full_name, exc)
                continue
            if outcome:
                session.commit()  # an opened issue is never forgotten, so never opened twice
                counts[outcome] += 1
    return counts


def _close_unwanted(session, writer, issues: Issues, organisation_id: int, now, counts) -> None:
    """An organisation that stopped its issues has the ones still open closed, saying why."""
    rows = session.scalars(
        select(ProblemIssue)
        .join(Component, Component.id == ProblemIssue.component_id)
        .where(Component.organisation_id == organisation_id, ProblemIssue.closed_at.is_(None))
    ).all()
    for row in rows:
        component = session.get(Component, row.component_id)
        body = stopped_body(writer, component)
        try:
            issues.edit(
                component.full_name, row.number, issue_title(writer), body, "closed", "not_planned"
            )
        except IssueError as exc:
            session.rollback()
            counts["failed"] += 1
            log.warning("issue for %s not closed: %s", component.full_name, exc)
            continue
        row.problems_hash, row.closed_at = None, now
        session.commit()
        counts["closed"] += 1


def _sync_one(session, writer, issues: Issues, component: Component, now) -> str | None:
    problems = [
        p for p in current_problems(session, component_id=component.id) if past_grace(p, now)
    ]
    row = session.get(ProblemIssue, component.id)
    title = issue_title(writer)
    if problems:
        digest = problems_hash(problems)
        body = issue_body(writer, component, problems)
        if row is None:
            number = issues.open(component.full_name, title, body)
            session.add(
                ProblemIssue(component_id=component.id, number=number, problems_hash=digest)
            )
            return "opened"
        if row.closed_at is None and row.problems_hash == digest:
            return None
        issues.edit(component.full_name, row.number, title, body, "open")
        row.problems_hash, row.closed_at = digest, None
        return "updated"
    if row is None or row.closed_at is not None:
        return None
    issues.edit(component.full_name, row.number, title, closing_body(writer, component), "closed")
    row.problems_hash, row.closed_at = None, now
    return "closed"
