"""An approved organisation is harvested at once, and its page says so until it is."""

from __future__ import annotations

from litestar.testing import TestClient

from catalogue.db import make_sessionmaker
from catalogue.first_harvest import awaiting_first_harvest
from catalogue.registration import (
    OrganisationApplication,
    approve_registration,
    submit_registration,
)
from ingest.harvest_report import HarvestOptions
from ingest.newcomers import harvest_newcomers
from tests.integration.harvest.helpers import FAST, run_harvest, small_org
from tests.integration.register.factories import build_app, make_user


def approve(catalogue, login: str) -> None:
    with make_sessionmaker(catalogue.engine).begin() as session:
        moderator = make_user(session, is_admin=True)
        request = submit_registration(
            session,
            OrganisationApplication(
                name="Cyngor Newydd",
                sector="local-government",
                accounts=f"https://github.com/{login}",
                contact_email="digidol@example.gov.wales",
                reason="We publish code.",
            ),
            ("github.com",),
        )
        approve_registration(session, request, moderator, "cyngor-newydd")


def test_an_approved_organisation_is_harvested_between_full_runs(catalogue, github):
    catalogue.register("old-hand", "old-hand")
    small_org(github, "old-hand", 2)
    run_harvest(catalogue, github)
    small_org(github, "cyngor-newydd-gh", 3)
    approve(catalogue, "cyngor-newydd-gh")
    with make_sessionmaker(catalogue.engine)() as session:
        assert awaiting_first_harvest(session) == ["cyngor-newydd"]

    app = build_app(catalogue.settings, catalogue.engine)
    with TestClient(app=app, base_url=catalogue.settings.base_url) as client:
        for prefix in ("", "/cy"):
            page = client.get(f"{prefix}/organisations/cyngor-newydd").text
            assert 'id="first-harvest"' in page

        options = HarvestOptions(api_url=github.api_url, client=FAST, index=False)
        tried: set[str] = set()
        summary = harvest_newcomers(catalogue.settings, options, tried, engine=catalogue.engine)
        assert summary is not None
        assert tried == {"cyngor-newydd"}
        names = {c.full_name for c in catalogue.components().values()}
        assert {f"cyngor-newydd-gh/repo-0{i}" for i in range(3)} <= names
        assert client.get("/organisations/cyngor-newydd").text.count('id="first-harvest"') == 0

    with make_sessionmaker(catalogue.engine)() as session:
        assert awaiting_first_harvest(session) == []
    assert harvest_newcomers(catalogue.settings, options, set(), engine=catalogue.engine) is None


def test_a_newcomer_is_tried_once_per_wait_even_when_its_account_is_gone(catalogue, github):
    approve(catalogue, "no-such-account")
    options = HarvestOptions(api_url=github.api_url, client=FAST, index=False)
    tried: set[str] = set()
    harvest_newcomers(catalogue.settings, options, tried, engine=catalogue.engine)
    assert harvest_newcomers(catalogue.settings, options, tried, engine=catalogue.engine) is None
