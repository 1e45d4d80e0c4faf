"""Settings come from the environment with documented defaults and clear errors."""

from pathlib import Path

import pytest

from catalogue.errors import ConfigError
from catalogue.settings import Settings


def test_defaults_keep_all_state_under_var():
    settings = Settings.from_env({})
    assert settings.data_dir == Path("var")
    assert settings.database_url == "sqlite:///var/catalogue.sqlite"
    assert settings.search_url is None
    assert settings.embedded_search_path == Path("var/search.sqlite")
    assert settings.github_api_url == "https://api.github.com"


def test_data_dir_moves_the_database_and_index():
    settings = Settings.from_env({"CATALOGUE_DATA_DIR": "/tmp/x"})
    assert settings.database_url == "sqlite:////tmp/x/catalogue.sqlite"
    assert settings.embedded_search_path == Path("/tmp/x/search.sqlite")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CATALOGUE_DATABASE_URL": "mysql://x"}, "CATALOGUE_DATABASE_URL"),
        ({"CATALOGUE_SEARCH_URL": "ftp://meili"}, "CATALOGUE_SEARCH_URL"),
        ({"GITHUB_API_URL": "not a url"}, "GITHUB_API_URL"),
        ({"CATALOGUE_PORT": "eighty"}, "CATALOGUE_PORT"),
        ({"CATALOGUE_PORT": "70000"}, "CATALOGUE_PORT"),
        ({"CATALOGUE_SECURE_COOKIES": "maybe"}, "CATALOGUE_SECURE_COOKIES"),
        ({"CATALOGUE_CONTACT_EMAIL": "not an address"}, "CATALOGUE_CONTACT_EMAIL"),
        ({"CATALOGUE_CONTACT_EMAIL": 'x"@y.cymru'}, "CATALOGUE_CONTACT_EMAIL"),
    ],
)
def test_bad_values_name_the_variable(env, message):
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


def test_secrets_stay_out_of_repr():
    settings = Settings.from_env({"GITHUB_TOKEN": "ghp_secret", "MEILI_MASTER_KEY": "meili-secret"})
    assert "ghp_secret" not in repr(settings)
    assert "meili-secret" not in repr(settings)


def test_every_setting_is_documented():
    docs = (Path(__file__).resolve().parents[3] / "docs" / "configuration.md").read_text()
    for name in (
        "CATALOGUE_DATA_DIR",
        "CATALOGUE_DATABASE_URL",
        "CATALOGUE_SEARCH_URL",
        "CATALOGUE_SEARCH_INDEX",
        "MEILI_MASTER_KEY",
        "GITHUB_TOKEN",
        "GITHUB_API_URL",
        "CATALOGUE_HOST",
        "CATALOGUE_PORT",
        "CATALOGUE_SECRET_KEY",
        "CATALOGUE_SECURE_COOKIES",
        "CATALOGUE_HSTS_SECONDS",
        "CATALOGUE_CONTACT_EMAIL",
    ):
        assert f"`{name}`" in docs, name


def test_the_contact_address_is_optional_and_trimmed():
    assert Settings.from_env({}).contact_email is None
    assert Settings.from_env({"CATALOGUE_CONTACT_EMAIL": " "}).contact_email is None
    given = Settings.from_env({"CATALOGUE_CONTACT_EMAIL": " cod@llyw.cymru "})
    assert given.contact_email == "cod@llyw.cymru"
