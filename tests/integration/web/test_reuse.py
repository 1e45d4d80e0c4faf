"""Verified reuse on component pages, in the API and as the search filter 'reused'."""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.models import Component
from tests.support.pages import check_page


@pytest.fixture(scope="module")
def ids(loaded_engine):
    with Session(loaded_engine) as session:
        rows = session.execute(select(Component.full_name, Component.id))
        return dict(rows.all())


def test_a_provider_page_says_who_uses_it_and_how_to_install_it(client, ids):
    response = client.get(f"/components/{ids['ONSdigital/dp-healthcheck']}")
    assert response.status_code == 200
    page = response.text
    check_page(page, "en")
    assert "Used by 29 components (1 organisation)" in page
    assert f'href="/components/{ids["ONSdigital/dp-api-router"]}"' in page
    assert "go get github.com/ONSdigital/dp-healthcheck" in page
    assert 'href="https://pkg.go.dev/github.com/ONSdigital/dp-healthcheck"' in page


def test_a_dependent_page_in_welsh_counts_what_it_uses(client, ids):
    response = client.get(f"/cy/components/{ids['companieshouse/transaction-search-tool']}")
    assert response.status_code == 200
    check_page(response.text, "cy")
    assert "Cydrannau o’i sefydliad ei hun y mae’n eu defnyddio: 3" in response.text


def test_readme_install_lines_become_install_commands(client, ids):
    page = client.get(f"/components/{ids['welsh-revenue-authority/component-library']}").text
    assert "npm install @wra-gov/vue-components" in page
    assert 'href="https://www.npmjs.com/package/@wra-gov/vue-components"' in page
    # Installing a third-party tool in the README is not publishing it.
    assert "npm install vue<" not in page


def test_the_api_gives_both_directions_with_evidence(client, ids):
    body = client.get(f"/api/v1/components/{ids['companieshouse/kafka-models']}/reuse").json()
    assert body["used_by"]["components"] == 5
    assert body["used_by"]["other_organisations"] == 0
    link = body["used_by"]["links"][0]
    assert link["package"] == "uk.gov.companieshouse:kafka-models"
    assert link["evidence"] == "namespace"
    assert {p["install"] for p in body["packages"]} == {
        "<dependency><groupId>uk.gov.companieshouse</groupId>"
        "<artifactId>kafka-models</artifactId></dependency>"
    }
    user = client.get(
        f"/api/v1/components/{ids['companieshouse/email-producer-java']}/reuse"
    ).json()
    assert "companieshouse/kafka-models" in {
        e["component"]["full_name"] for e in user["uses"]["links"]
    }


def test_the_api_answers_404_for_an_unknown_component(client):
    assert client.get("/api/v1/components/999999/reuse").status_code == 404


def test_verified_reuse_is_the_reused_search_filter(client, ids):
    body = client.get("/api/v1/search", params={"q": "healthcheck", "reused": "yes"}).json()
    assert "ONSdigital/dp-healthcheck" in {hit["full_name"] for hit in body["hits"]}
    # A component that only uses others is not itself reused.
    body = client.get("/api/v1/search", params={"q": "email producer", "reused": "no"}).json()
    assert "companieshouse/email-producer-java" in {hit["full_name"] for hit in body["hits"]}
