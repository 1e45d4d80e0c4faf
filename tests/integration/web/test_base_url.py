"""Issue 13, finding 4: absolute links come from CATALOGUE_BASE_URL; other Host headers are refused."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from catalogue.errors import ConfigError
from catalogue.settings import Settings
from tests.conftest import make_settings
from web.app import create_app

BASE = "https://cod.example.gov.wales"


@pytest.fixture(scope="module")
def client(loaded_engine, loaded_backend, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("base-url"), CATALOGUE_BASE_URL=BASE)
    app = create_app(settings, search_backend=loaded_backend, engine=loaded_engine)
    with TestClient(app=app, base_url=BASE) as client:
        yield client


@pytest.mark.parametrize(
    "path", ["/", "/search?q=data", "/components/feed.atom", "/account/sign-in"]
)
def test_a_request_for_another_host_is_refused(client, path):
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert "evil.example" not in response.text


def test_health_answers_whatever_the_host_so_probes_work(client):
    assert client.get("/health", headers={"Host": "10.0.0.7:8000"}).status_code == 200


def test_feeds_and_exports_link_to_the_configured_address(client):
    feed = client.get("/components/feed.atom")
    assert feed.status_code == 200
    assert f'href="{BASE}/' in feed.text
    assert "testserver" not in feed.text
    export = client.get("/insight/clusters.csv")
    if export.status_code == 200:  # only when the analysis has been run
        assert "testserver" not in export.text


@pytest.mark.parametrize(
    "value",
    ["https://x.example/path", "ftp://x.example", "https://x.example/?q=1", "http://0.0.0.0:8000"],
)
def test_a_base_url_that_is_not_just_an_address_is_refused(tmp_path, value):
    with pytest.raises(ConfigError, match="CATALOGUE_BASE_URL"):
        Settings.from_env({"CATALOGUE_DATA_DIR": str(tmp_path), "CATALOGUE_BASE_URL": value})


def test_the_base_url_defaults_to_the_served_address(tmp_path):
    settings = Settings.from_env({"CATALOGUE_DATA_DIR": str(tmp_path), "CATALOGUE_PORT": "8102"})
    assert settings.base_url == "http://127.0.0.1:8102"
