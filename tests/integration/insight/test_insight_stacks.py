"""Shared third-party dependencies across bodies: who uses a package, and two bodies' overlap."""

import pytest
from litestar.testing import TestClient

from tests.integration.insight.conftest import build_insight_app
from tests.support.pages import check_page
from web.routes import insight_stacks


@pytest.fixture(scope="module")
def stacks_client(analysed_settings, loaded_engine, loaded_backend):
    app = build_insight_app(analysed_settings, loaded_engine, loaded_backend)
    app.register(insight_stacks.router)
    with TestClient(app=app) as client:
        yield client


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_who_uses_a_framework_across_bodies(stacks_client, locale):
    prefix = "/cy" if locale == "cy" else ""
    response = stacks_client.get(f"{prefix}/insight/stacks", params={"package": "React"})
    assert response.status_code == 200
    page = response.text
    check_page(page, locale)
    assert "companieshouse/ch-account-ui" in page
    assert "dvla/lab-gen-ui" in page


def test_the_overlap_of_two_stacks_is_a_figure_with_its_list(stacks_client):
    page = stacks_client.get(
        "/insight/stacks", params={"a": "companies-house", "b": "office-for-national-statistics"}
    ).text
    assert "Overlap between the two stacks" in page
    assert "Shared: " in page and "% of the packages either uses" in page
    assert "github.com/stretchr/testify" in page


def test_an_unknown_organisation_is_a_400(stacks_client):
    response = stacks_client.get("/insight/stacks", params={"a": "nowhere"})
    assert response.status_code == 400


def test_the_welsh_choice_of_organisations_gives_a_listing_suffix_in_welsh(stacks_client):
    page = stacks_client.get("/cy/insight/stacks").text
    assert "Astun Technology (cyflenwr)" in page and "(supplier)" not in page
