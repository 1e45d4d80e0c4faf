"""When the search engine is down, people get a clear page, the API a 503, and nothing crashes."""

import pytest
from litestar.testing import TestClient

from search.backend import Health, SearchUnavailableError
from tests.conftest import make_settings
from tests.support.pages import check_page
from web.app import create_app


class DownSearchBackend:
    """A search engine that does not answer, as Meilisearch does when it is down."""

    name = "down"

    def search(self, query):
        raise SearchUnavailableError("connection refused")

    def health(self):
        return Health(ok=False, engine="meilisearch", detail="connection refused")

    def close(self):
        pass


@pytest.fixture(scope="module")
def down_client(loaded_engine, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("down"))
    app = create_app(settings, search_backend=DownSearchBackend(), engine=loaded_engine)
    with TestClient(app=app) as client:
        yield client


@pytest.mark.parametrize(("path", "locale"), [("/search?q=bin", "en"), ("/cy/search?q=bin", "cy")])
def test_the_search_page_says_search_is_unavailable(down_client, path, locale):
    response = down_client.get(path)
    assert response.status_code == 503
    assert response.headers["retry-after"]
    check_page(response.text, locale)


def test_the_api_answers_503_json_with_retry_after(down_client):
    response = down_client.get("/api/v1/search", params={"q": "bin"})
    assert response.status_code == 503
    assert response.headers["retry-after"]
    assert response.json()["error"]["status"] == 503


def test_health_names_the_dependency_that_is_down(down_client):
    response = down_client.get("/health")
    assert response.status_code == 503
    payload = response.json()
    assert payload["database"]["ok"] is True
    assert payload["search"]["ok"] is False


def test_pages_that_do_not_search_still_work(down_client):
    assert down_client.get("/components/1").status_code == 200
    assert down_client.get("/about").status_code == 200
