"""Opted-in organisations get one GitHub issue per repository: opened, updated, then closed."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import Organisation
from catalogue.problems import set_preferences
from tests.github_double import InMemoryGitHub
from tests.github_double import openapi as github_openapi
from tests.integration.harvest.helpers import Catalogue, run_harvest

ISSUES_TOKEN = "issues-token-not-secret-4f1d"
INVALID = "publiccodeYmlVersion: '0.4'\nname: Casglu\n"
README = {"README.md": "# Casglu\n\nCollects bins.\n"}
LONG_EN = "Collects bins. " * 12
LONG_CY = "Casglu biniau. " * 12
WELSH = f"""publiccodeYmlVersion: '0.4'
name: Casglu
url: https://github.com/cyngor/casglu
platforms: [web]
developmentStatus: beta
softwareType: standalone/web
description:
  en:
    shortDescription: Collects bins
    longDescription: {LONG_EN}
    features: [bins]
  cy:
    shortDescription: Casglu biniau
    longDescription: {LONG_CY}
    features: [biniau]
legal:
  license: MIT
maintenance:
  type: internal
  contacts:
    - name: Tîm
localisation:
  localisationReady: true
  availableLanguages: [en, cy]
"""


@pytest.fixture
def github():
    """The double checking both what it answers and what it is sent against GitHub's description."""
    available = github_openapi.available()
    with InMemoryGitHub(
        prefix="/api/v3",
        validator=github_openapi.check_response if available else None,
        request_validator=github_openapi.check_request if available else None,
    ) as double:
        yield double
    assert not double.violations, double.violations[:5]


@pytest.fixture
def opted_in(catalogue, github) -> Catalogue:
    """An organisation that asked for issues, with the catalogue's issue token set."""
    github.add_repo(
        "cyngor",
        "casglu",
        description="Collects bins",
        licence="MIT",
        files={**README, "publiccode.yml": INVALID},
    )
    github.add_repo(
        "cyngor",
        "tidy",
        description="Tidy",
        licence="MIT",
        files={**README, "publiccode.yml": WELSH},
    )
    catalogue.register("cyngor", "cyngor")
    choose(catalogue, "cyngor", github_issues=True)
    return Catalogue(
        replace(catalogue.settings, github_issues_token=ISSUES_TOKEN), catalogue.engine
    )


def choose(catalogue, slug: str, github_issues: bool) -> None:
    with make_sessionmaker(catalogue.engine).begin() as session:
        organisation = session.scalar(select(Organisation).where(Organisation.slug == slug))
        set_preferences(session, organisation.id, emails=True, github_issues=github_issues)


def writes(github: InMemoryGitHub) -> list:
    return [r for r in github.log if r.method in ("POST", "PATCH")]


def test_one_issue_per_repository_with_problems_in_english_then_welsh(opted_in, github):
    run_harvest(opted_in, github)

    assert github.issues_of("cyngor/tidy") == [], "a repository without problems gets none"
    [issue] = github.issues_of("cyngor/casglu")
    assert issue.state == "open"
    assert issue.title == (
        "Problems with this repository’s metadata, found by the Welsh public code catalogue / "
        "Problemau gyda metadata’r ystorfa hon, a ganfuwyd gan Gatalog cod cyhoeddus Cymru"
    )
    english, welsh = issue.body.split("\n\n---\n\n")
    assert "The publiccode.yml is not valid" in english
    assert "publiccode.yml:1:1: error: url is required." in english
    assert "Found on " in english and "/components/" in english
    assert "Nid yw’r publiccode.yml yn ddilys" in welsh
    assert "Canfuwyd ar " in welsh and "/cy/components/" in welsh
    assert all(r.authorised for r in writes(github))


def test_a_second_harvest_with_nothing_changed_writes_nothing(opted_in, github):
    run_harvest(opted_in, github)
    before = len(writes(github))

    run_harvest(opted_in, github)

    assert len(writes(github)) == before == 1


def test_changed_problems_update_the_issue_and_fixed_ones_close_it(opted_in, github):
    run_harvest(opted_in, github)
    [issue] = github.issues_of("cyngor/casglu")
    first_body = issue.body

    github.update_repo(
        "cyngor/casglu", files={**README, "publiccode.yml": INVALID + "developmentStatus: x\n"}
    )
    run_harvest(opted_in, github)

    assert [i.number for i in github.issues_of("cyngor/casglu")] == [issue.number]
    assert issue.state == "open" and issue.body != first_body
    assert "publiccode.yml:3:1: error: developmentStatus" in issue.body
    patch = writes(github)[-1]
    assert patch.method == "PATCH" and patch.path.endswith(f"/issues/{issue.number}")

    github.update_repo("cyngor/casglu", files={**README, "publiccode.yml": WELSH})
    run_harvest(opted_in, github)

    assert issue.state == "closed" and issue.state_reason == "completed"
    assert "finds no more problems" in issue.body and "Diolch" in issue.body

    github.update_repo("cyngor/casglu", files={**README, "publiccode.yml": INVALID})
    run_harvest(opted_in, github)

    assert [i.number for i in github.issues_of("cyngor/casglu")] == [issue.number]
    assert issue.state == "open", "a problem back again reopens the same issue"


def test_an_organisation_that_stops_its_issues_has_the_open_ones_closed(opted_in, github):
    run_harvest(opted_in, github)
    [issue] = github.issues_of("cyngor/casglu")
    choose(opted_in, "cyngor", github_issues=False)

    run_harvest(opted_in, github)

    assert issue.state == "closed" and issue.state_reason == "not_planned"
    assert "asked the Welsh public code catalogue to stop these issues" in issue.body
    assert "Gofynnodd y sefydliad" in issue.body
    before = len(writes(github))
    run_harvest(opted_in, github)
    assert len(writes(github)) == before, "closed once, then left alone"


def test_organisations_that_did_not_opt_in_get_no_issues(opted_in, github):
    choose(opted_in, "cyngor", github_issues=False)

    run_harvest(opted_in, github)

    assert writes(github) == []


def test_a_repository_refusing_issues_does_not_stop_the_others(opted_in, github, caplog):
    github.add_repo("cyngor", "arall", description="Other", files={"publiccode.yml": INVALID})
    github.disable_issues("cyngor/arall")
    caplog.set_level(logging.INFO)

    summary = run_harvest(opted_in, github)

    assert summary.status == "complete"
    assert github.issues_of("cyngor/casglu")
    assert "issue for cyngor/arall not written: GitHub answered 410" in caplog.text
    assert ISSUES_TOKEN not in caplog.text

    github.issues_disabled.clear()
    run_harvest(opted_in, github)
    assert len(github.issues_of("cyngor/arall")) == 1, "tried again at the next harvest"


def test_without_a_token_no_issue_is_opened(catalogue, github):
    github.add_repo("cyngor", "casglu", files={"publiccode.yml": INVALID})
    catalogue.register("cyngor", "cyngor")
    choose(catalogue, "cyngor", github_issues=True)

    run_harvest(catalogue, github)

    assert writes(github) == []
