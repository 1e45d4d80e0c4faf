"""GitHub REST response bodies shaped as GitHub's OpenAPI description requires them."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

HTML_BASE = "https://github.com"
EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass
class FakeRepo:
    """One repository held by the double: its listing facts and its files."""

    id: int
    owner: str
    name: str
    description: str | None = None
    homepage: str | None = None
    language: str | None = None
    licence: str | None = None  # SPDX id
    topics: list[str] = field(default_factory=list)
    stars: int = 0
    forks: int = 0
    open_issues: int = 0
    archived: bool = False
    fork: bool = False
    is_template: bool = False
    default_branch: str = "main"
    created_at: datetime = EPOCH
    pushed_at: datetime = EPOCH
    updated_at: datetime = EPOCH
    # path -> text; a path with '/' lives in a subdirectory
    files: dict[str, str] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"


def iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def node_id(kind: str, number: int) -> str:
    return base64.b64encode(f"{kind}{number}".encode()).decode()


def sha(text: str) -> str:
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def simple_user(api: str, login: str, kind: str, number: int) -> dict:
    """The `simple-user` schema (a repository's owner)."""
    user = f"{api}/users/{login}"
    return {
        "login": login,
        "id": number,
        "node_id": node_id("User", number),
        "avatar_url": f"https://avatars.githubusercontent.com/u/{number}?v=4",
        "gravatar_id": "",
        "url": user,
        "html_url": f"{HTML_BASE}/{login}",
        "followers_url": f"{user}/followers",
        "following_url": f"{user}/following{{/other_user}}",
        "gists_url": f"{user}/gists{{/gist_id}}",
        "starred_url": f"{user}/starred{{/owner}}{{/repo}}",
        "subscriptions_url": f"{user}/subscriptions",
        "organizations_url": f"{user}/orgs",
        "repos_url": f"{user}/repos",
        "events_url": f"{user}/events{{/privacy}}",
        "received_events_url": f"{user}/received_events",
        "type": kind,
        "user_view_type": "public",
        "site_admin": False,
    }


def public_user(api: str, login: str, kind: str, number: int, repos: int) -> dict:
    """The `public-user` schema (GET /users/{username})."""
    return {
        **simple_user(api, login, kind, number),
        "name": login,
        "company": None,
        "blog": "",
        "location": "Wales",
        "email": None,
        "hireable": None,
        "bio": None,
        "twitter_username": None,
        "public_repos": repos,
        "public_gists": 0,
        "followers": 0,
        "following": 0,
        "created_at": iso(EPOCH),
        "updated_at": iso(EPOCH),
    }


def minimal_repository(api: str, repo: FakeRepo, owner: dict) -> dict:
    """The `minimal-repository` schema, with every field GitHub's listings really carry."""
    url = f"{api}/repos/{repo.full_name}"
    html = f"{HTML_BASE}/{repo.full_name}"
    licence = None
    if repo.licence:
        key = repo.licence.lower()
        licence = {
            "key": key,
            "name": repo.licence,
            "spdx_id": repo.licence,
            "url": f"{api}/licenses/{key}",
            "node_id": node_id("License", len(key)),
        }
    return {
        "id": repo.id,
        "node_id": node_id("Repository", repo.id),
        "name": repo.name,
        "full_name": repo.full_name,
        "private": False,
        "owner": owner,
        "html_url": html,
        "description": repo.description,
        "fork": repo.fork,
        "url": url,
        "archive_url": f"{url}/{{archive_format}}{{/ref}}",
        "assignees_url": f"{url}/assignees{{/user}}",
        "blobs_url": f"{url}/git/blobs{{/sha}}",
        "branches_url": f"{url}/branches{{/branch}}",
        "collaborators_url": f"{url}/collaborators{{/collaborator}}",
        "comments_url": f"{url}/comments{{/number}}",
        "commits_url": f"{url}/commits{{/sha}}",
        "compare_url": f"{url}/compare/{{base}}...{{head}}",
        "contents_url": f"{url}/contents/{{+path}}",
        "contributors_url": f"{url}/contributors",
        "deployments_url": f"{url}/deployments",
        "downloads_url": f"{url}/downloads",
        "events_url": f"{url}/events",
        "forks_url": f"{url}/forks",
        "git_commits_url": f"{url}/git/commits{{/sha}}",
        "git_refs_url": f"{url}/git/refs{{/sha}}",
        "git_tags_url": f"{url}/git/tags{{/sha}}",
        "git_url": f"git://github.com/{repo.full_name}.git",
        "issue_comment_url": f"{url}/issues/comments{{/number}}",
        "issue_events_url": f"{url}/issues/events{{/number}}",
        "issues_url": f"{url}/issues{{/number}}",
        "keys_url": f"{url}/keys{{/key_id}}",
        "labels_url": f"{url}/labels{{/name}}",
        "languages_url": f"{url}/languages",
        "merges_url": f"{url}/merges",
        "milestones_url": f"{url}/milestones{{/number}}",
        "notifications_url": f"{url}/notifications{{?since,all,participating}}",
        "pulls_url": f"{url}/pulls{{/number}}",
        "releases_url": f"{url}/releases{{/id}}",
        "ssh_url": f"git@github.com:{repo.full_name}.git",
        "stargazers_url": f"{url}/stargazers",
        "statuses_url": f"{url}/statuses/{{sha}}",
        "subscribers_url": f"{url}/subscribers",
        "subscription_url": f"{url}/subscription",
        "tags_url": f"{url}/tags",
        "teams_url": f"{url}/teams",
        "trees_url": f"{url}/git/trees{{/sha}}",
        "clone_url": f"{html}.git",
        "mirror_url": None,
        "hooks_url": f"{url}/hooks",
        "svn_url": html,
        "homepage": repo.homepage,
        "language": repo.language,
        "forks_count": repo.forks,
        "stargazers_count": repo.stars,
        "watchers_count": repo.stars,
        "size": sum(len(t) for t in repo.files.values()) // 1024,
        "default_branch": repo.default_branch,
        "open_issues_count": repo.open_issues,
        "is_template": repo.is_template,
        "topics": list(repo.topics),
        "has_issues": True,
        "has_projects": True,
        "has_wiki": True,
        "has_pages": False,
        "has_downloads": True,
        "has_discussions": False,
        "archived": repo.archived,
        "disabled": False,
        "visibility": "public",
        "pushed_at": iso(repo.pushed_at),
        "created_at": iso(repo.created_at),
        "updated_at": iso(repo.updated_at),
        "license": licence,
        "forks": repo.forks,
        "open_issues": repo.open_issues,
        "watchers": repo.stars,
        "allow_forking": True,
        "web_commit_signoff_required": False,
    }


def _content_links(api: str, repo: FakeRepo, path: str, kind: str) -> dict:
    url = f"{api}/repos/{repo.full_name}/contents/{path}?ref={repo.default_branch}"
    blob = "tree" if kind == "dir" else "blob"
    html = f"{HTML_BASE}/{repo.full_name}/{blob}/{repo.default_branch}/{path}"
    git = f"{api}/repos/{repo.full_name}/git/{'trees' if kind == 'dir' else 'blobs'}/{sha(path)}"
    download = (
        None
        if kind == "dir"
        else f"https://raw.githubusercontent.com/{repo.full_name}/{repo.default_branch}/{path}"
    )
    return {
        "url": url,
        "git_url": git,
        "html_url": html,
        "download_url": download,
        "_links": {"self": url, "git": git, "html": html},
    }


def directory_entry(api: str, repo: FakeRepo, path: str, kind: str, size: int) -> dict:
    """One item of the `content-directory` schema."""
    return {
        "type": kind,
        "size": size,
        "name": path.rsplit("/", 1)[-1],
        "path": path,
        "sha": sha(path),
        **_content_links(api, repo, path, kind),
    }


def content_file(api: str, repo: FakeRepo, path: str, text: str) -> dict:
    """The `content-file` schema, base64 in 60-character lines as GitHub sends it."""
    encoded = base64.b64encode(text.encode()).decode()
    lines = "\n".join(encoded[i : i + 60] for i in range(0, len(encoded), 60))
    return {
        "type": "file",
        "encoding": "base64",
        "size": len(text.encode()),
        "name": path.rsplit("/", 1)[-1],
        "path": path,
        "content": lines + "\n",
        "sha": sha(text),
        **_content_links(api, repo, path, "file"),
    }


def basic_error(message: str, status: int, docs: str = "https://docs.github.com/rest") -> dict:
    """The `basic-error` schema."""
    return {"message": message, "documentation_url": docs, "status": str(status)}
