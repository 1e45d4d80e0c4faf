"""Helpers for harvest tests: a catalogue handle, a fast harvest against the double, sample orgs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Engine

from catalogue.db import make_sessionmaker
from catalogue.models import Component, HarvestRun
from catalogue.services import upsert_organisation
from catalogue.settings import Settings
from ingest.github import ClientOptions
from ingest.harvest import harvest
from ingest.harvest_report import HarvestOptions, HarvestSummary
from tests.github_double import InMemoryGitHub

# Fast but real: no pacing, tiny backoffs; rate-limit waits still happen for real where tested.
FAST = ClientOptions(
    max_wait=10, retries=4, backoff=0.01, secondary_wait=0.2, seconds_between_requests=0, timeout=10
)


@dataclass
class Catalogue:
    """A fresh catalogue database and the settings that point at it."""

    settings: Settings
    engine: Engine

    def register(self, slug: str, *logins: str, sector: str = "health") -> None:
        with make_sessionmaker(self.engine).begin() as session:
            upsert_organisation(
                session, slug, slug.title(), sector, accounts=[("github.com", x) for x in logins]
            )

    def components(self) -> dict[str, Component]:
        with make_sessionmaker(self.engine)() as session:
            rows = session.scalars(select(Component)).all()
            for row in rows:
                _ = row.dependencies  # load before the session closes
            return {row.full_name: row for row in rows}

    def runs(self) -> list[HarvestRun]:
        with make_sessionmaker(self.engine)() as session:
            return list(session.scalars(select(HarvestRun).order_by(HarvestRun.id)))


def run_harvest(
    catalogue: Catalogue, github: InMemoryGitHub, client: ClientOptions = FAST, **options
) -> HarvestSummary:
    """Harvest against the double with fast client options (index off unless asked)."""
    options.setdefault("index", False)
    return harvest(
        catalogue.settings,
        HarvestOptions(api_url=github.api_url, client=client, **options),
        engine=catalogue.engine,
    )


def detail_paths(records) -> list[str]:
    """Requests that fetched a repository's details (not listings)."""
    return [r.path for r in records if r.path.startswith("/repos/")]


def small_org(github: InMemoryGitHub, login: str, count: int, **extra) -> list[str]:
    """An organisation of `count` repositories with a README and a requirements.txt each."""
    github.add_account(login)
    names = []
    for i in range(count):
        repo = github.add_repo(
            login,
            f"repo-{i:02d}",
            description=f"Repository {i}",
            language="Python",
            licence="MIT",
            topics=["wales"],
            files={
                "README.md": f"# Repo {i}\n\nDoes thing {i}.\n",
                "requirements.txt": "django>=4\nrequests\n",
            },
            languages={"Python": 1000 + i},
            **extra,
        )
        names.append(repo.full_name)
    return names
