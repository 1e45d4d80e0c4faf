"""The team's contact address, when configured, appears where people need to reach the team."""

import pytest
from litestar.testing import TestClient

from tests.conftest import make_settings
from tests.support.pages import check_page
from web.app import create_app

ADDRESS = "catalog-cod@llyw.cymru"
PAGES = ["/accessibility", "/account/forgotten-password"]


@pytest.fixture(scope="module")
def contact_client(loaded_engine, loaded_backend, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("contact"), CATALOGUE_CONTACT_EMAIL=ADDRESS)
    app = create_app(settings, search_backend=loaded_backend, engine=loaded_engine)
    with TestClient(app=app) as client:
        yield client


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("locale", ["en", "cy"])
def test_pages_link_to_the_configured_address(contact_client, path, locale):
    response = contact_client.get(("/cy" if locale == "cy" else "") + path)
    assert response.status_code == 200
    assert f'<a class="govuk-link" href="mailto:{ADDRESS}">{ADDRESS}</a>' in response.text
    check_page(response.text, locale)


@pytest.mark.parametrize("path", PAGES)
def test_without_an_address_no_mail_link_is_shown(client, path):
    assert "mailto:" not in client.get(path).text
