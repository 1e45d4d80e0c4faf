"""A harvest makes stars, forks and open issues known, a real 0 included; a snapshot cannot."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import Organisation
from catalogue.services import upsert_component
from ingest.normalise import normalise
from ingest.snapshot import raw_from_line
from tests.integration.harvest.helpers import detail_paths, run_harvest


def _load_line(catalogue, line: dict) -> None:
    """Store one snapshot line, as load-snapshot does."""
    with make_sessionmaker(catalogue.engine).begin() as session:
        organisation = session.scalar(select(Organisation).where(Organisation.slug == "cyngor"))
        upsert_component(session, normalise(raw_from_line(line)), organisation)


def test_a_harvest_makes_the_counts_of_a_snapshot_component_known(catalogue, github):
    catalogue.register("cyngor", "cyngor-gwynedd")
    repo = github.add_repo("cyngor-gwynedd", "offeryn", stars=0, forks=3, open_issues=1)
    _load_line(
        catalogue,
        {"full_name": repo.full_name, "html_url": f"https://github.com/{repo.full_name}"},
    )
    before = catalogue.components()[repo.full_name]
    assert before.counts_known is False and before.count("stars") is None

    summary = run_harvest(catalogue, github)

    assert summary.total("changed") == 1
    after = catalogue.components()[repo.full_name]
    assert after.counts_known is True
    assert (after.count("stars"), after.count("forks"), after.count("open_issues")) == (0, 3, 1)


def test_a_component_stored_without_counts_is_fetched_though_github_shows_no_change(
    catalogue, github
):
    # A snapshot line with GitHub's own dates but no counts: the dates alone would call it
    # unchanged and skip it, leaving its counts not known for good.
    catalogue.register("cyngor", "cyngor-gwynedd")
    repo = github.add_repo("cyngor-gwynedd", "offeryn", stars=12, forks=0, open_issues=0)
    _load_line(
        catalogue,
        {
            "full_name": repo.full_name,
            "html_url": f"https://github.com/{repo.full_name}",
            "pushed_at": repo.pushed_at.isoformat(),
            "updated_at": repo.updated_at.isoformat(),
        },
    )
    mark = len(github.requests())

    run_harvest(catalogue, github)

    assert detail_paths(github.requests(mark))
    after = catalogue.components()[repo.full_name]
    assert after.counts_known is True
    assert (after.stars, after.forks, after.open_issues) == (12, 0, 0)
