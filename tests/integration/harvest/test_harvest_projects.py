"""Approved 'Add a project' requests: single repositories in other accounts join the harvest."""

from __future__ import annotations

from catalogue.accounts import create_user
from catalogue.db import make_sessionmaker
from catalogue.models import Component
from catalogue.registration import ProjectApplication, approve_project, submit_project
from tests.integration.harvest.helpers import run_harvest


def _approve(catalogue, organisation_slug: str, full_name: str) -> None:
    with make_sessionmaker(catalogue.engine).begin() as session:
        moderator = create_user(session, "mod@example.gov.wales", "a long test password 1", True)
        request = submit_project(
            session,
            ProjectApplication(
                organisation=organisation_slug,
                repository_url=f"https://github.com/{full_name}",
                contact_email="team@example.gov.wales",
                reason="Built for us by a supplier.",
            ),
            ("github.com",),
        )
        approve_project(session, request, moderator)


def test_an_approved_project_in_a_suppliers_account_is_harvested_under_its_organisation(
    catalogue, github
):
    catalogue.register("cyngor", "cyngor-gwynedd")
    github.add_account("cyngor-gwynedd")
    github.add_account("supplier-ltd")
    github.add_repo("supplier-ltd", "bin-collections", description="Bin collection days")
    github.add_repo("supplier-ltd", "unrelated", description="Someone else's work")
    _approve(catalogue, "cyngor", "supplier-ltd/bin-collections")

    first = run_harvest(catalogue, github)
    components = catalogue.components()
    assert "supplier-ltd/bin-collections" in components
    assert "supplier-ltd/unrelated" not in components
    with make_sessionmaker(catalogue.engine)() as session:
        component = session.get(Component, components["supplier-ltd/bin-collections"].id)
        assert component.organisation.slug == "cyngor"
    assert first.total("added") == 1

    again = run_harvest(catalogue, github)
    assert again.total("unchanged") == 1
    assert again.total("added") == again.total("changed") == 0


def test_an_approved_project_that_has_gone_is_reported(catalogue, github):
    catalogue.register("cyngor", "cyngor-gwynedd")
    github.add_account("cyngor-gwynedd")
    github.add_account("supplier-ltd")
    github.add_repo("supplier-ltd", "bin-collections")
    _approve(catalogue, "cyngor", "supplier-ltd/bin-collections")
    github.accounts["supplier-ltd"].repos.clear()

    summary = run_harvest(catalogue, github)
    assert [r.status for r in summary.accounts if "/" in r.login] == ["missing"]
    assert "supplier-ltd/bin-collections" not in catalogue.components()
