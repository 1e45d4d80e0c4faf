"""Issues in the GitHub double: create, read, edit (close, reopen), shaped as the `issue` schema."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tests.github_double import payloads
from tests.github_double.payloads import FakeRepo, iso, node_id

# The account a token stands for when the double writes (GitHub: the token's owner).
AUTHOR = "catalogue-bot"
AUTHOR_ID = 999


@dataclass
class FakeIssue:
    """One issue on one repository of the double."""

    number: int
    id: int
    title: str
    body: str | None
    created_at: datetime
    updated_at: datetime
    state: str = "open"
    state_reason: str | None = None
    closed_at: datetime | None = None
    author: str = AUTHOR


def issue_payload(api: str, repo: FakeRepo, issue: FakeIssue) -> dict:
    """The `issue` schema, with the fields GitHub's answers carry."""
    repository = f"{api}/repos/{repo.full_name}"
    url = f"{repository}/issues/{issue.number}"
    return {
        "id": issue.id,
        "node_id": node_id("Issue", issue.id),
        "url": url,
        "repository_url": repository,
        "labels_url": f"{url}/labels{{/name}}",
        "comments_url": f"{url}/comments",
        "events_url": f"{url}/events",
        "html_url": f"{payloads.HTML_BASE}/{repo.full_name}/issues/{issue.number}",
        "number": issue.number,
        "state": issue.state,
        "title": issue.title,
        "body": issue.body,
        "user": payloads.simple_user(api, issue.author, "User", AUTHOR_ID),
        "labels": [],
        "assignee": None,
        "assignees": [],
        "milestone": None,
        "locked": False,
        "active_lock_reason": None,
        "comments": 0,
        "closed_at": iso(issue.closed_at) if issue.closed_at else None,
        "created_at": iso(issue.created_at),
        "updated_at": iso(issue.updated_at),
        "closed_by": None,
        "author_association": "NONE",
    } | ({"state_reason": issue.state_reason} if issue.state_reason else {})
    # GitHub sends "state_reason": null on issues never closed; the OpenAPI description's enum
    # leaves null out, so the double leaves the key out instead of failing every check.


def create(repo: FakeRepo, issues: list[FakeIssue], data: dict, next_id: int) -> FakeIssue:
    now = datetime.now(UTC)
    issue = FakeIssue(
        number=len(issues) + 1,
        id=next_id,
        title=str(data["title"]),
        body=data.get("body"),
        created_at=now,
        updated_at=now,
    )
    issues.append(issue)
    return issue


def edit(issue: FakeIssue, data: dict) -> FakeIssue:
    """PATCH: change what is given; closing records when, reopening forgets it."""
    now = datetime.now(UTC)
    if data.get("title") is not None:
        issue.title = str(data["title"])
    if "body" in data:
        issue.body = data["body"]
    state = data.get("state")
    if state in ("open", "closed") and state != issue.state:
        issue.state = state
        issue.closed_at = now if state == "closed" else None
        issue.state_reason = data.get("state_reason") or (
            "completed" if state == "closed" else "reopened"
        )
    issue.updated_at = now
    return issue
