"""A component with no date of its last change is of unknown activity, not "not updated"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import Component
from tests.support.pages import check_page

NOT_UPDATED = {"en": "Not updated in 12 months", "cy": "Heb ei diweddaru ers 12 mis"}
UNKNOWN = {"en": "Last change unknown", "cy": "Newid diwethaf yn anhysbys"}
MAINTAINED = {
    "en": "We do not know when it last changed",
    "cy": "Nid ydym yn gwybod pryd y newidiodd ddiwethaf",
}


@pytest.fixture(scope="module")
def undated(loaded_engine) -> list[int]:
    """The live components of the bundled data whose code host gave no push date."""
    with make_sessionmaker(loaded_engine)() as session:
        query = select(Component.id).where(
            Component.pushed_at.is_(None), Component.archived.is_(False)
        )
        return list(session.scalars(query.order_by(Component.id)))


def test_the_bundled_data_has_components_with_no_push_date(undated):
    assert len(undated) >= 40  # dvla/simple-symbolize, Public-Health-Wales/phwcookiecutter...


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_the_page_says_the_last_change_is_unknown_not_that_it_is_old(client, undated, locale):
    prefix = "/cy" if locale == "cy" else ""
    html = client.get(f"{prefix}/components/{undated[0]}").text
    check_page(html, locale)
    assert UNKNOWN[locale] in html and MAINTAINED[locale] in html
    assert NOT_UPDATED[locale] not in html


def test_the_api_and_search_filter_know_unknown_activity(client, undated):
    assert client.get(f"/api/v1/components/{undated[0]}").json()["activity"] == "unknown"
    found = client.get("/api/v1/search", params={"activity": "unknown", "per_page": 100}).json()
    assert sorted(hit["id"] for hit in found["hits"]) == undated
    assert found["facets"]["activity"]["unknown"] == len(undated)


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_the_search_page_labels_the_unknown_filter(client, undated, locale):
    prefix = "/cy" if locale == "cy" else ""
    html = client.get(f"{prefix}/search", params={"activity": "unknown"}).text
    check_page(html, locale)
    assert 'id="f-activity-unknown"' in html and UNKNOWN[locale] in html
    hits = html.split('id="search-results"', 1)[1].split('class="app-search-hit"')[1:]
    assert len(hits) == 20 and all(UNKNOWN[locale] in hit for hit in hits)
    assert not any(NOT_UPDATED[locale] in hit for hit in hits)
