"""User-supplied URLs: only https addresses of accounts or repositories on allow-listed hosts."""

import pytest

from catalogue.urls import (
    MAX_URL_LENGTH,
    AccountRef,
    InputError,
    RepositoryRef,
    allowed_hosts,
    check_website,
    parse_account_url,
    parse_code_url,
    parse_repository_url,
)
from tests.conftest import make_settings

HOSTS = ("github.com", "git.example.gov.wales")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/dhcw-digital", AccountRef("github.com", "dhcw-digital")),
        ("https://github.com/dhcw-digital/", AccountRef("github.com", "dhcw-digital")),
        ("  https://GitHub.com/Welsh-Gov  ", AccountRef("github.com", "Welsh-Gov")),
        ("https://github.com/orgs/techiaith/repositories", AccountRef("github.com", "techiaith")),
        (
            "https://github.com/techiaith/marian-nmt",
            RepositoryRef("github.com", "techiaith", "marian-nmt"),
        ),
        ("https://github.com/techiaith/repo.git", RepositoryRef("github.com", "techiaith", "repo")),
        ("https://github.com/a/b.c_d-e", RepositoryRef("github.com", "a", "b.c_d-e")),
        (
            "https://git.example.gov.wales/team/app",
            RepositoryRef("git.example.gov.wales", "team", "app"),
        ),
        ("https://github.com:443/owner", AccountRef("github.com", "owner")),
    ],
)
def test_accepted_addresses_name_an_account_or_a_repository(url, expected):
    assert parse_code_url(url, HOSTS) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "Enter an address"),
        ("http://github.com/owner", "starts with https://"),
        ("github.com/owner", "starts with https://"),
        ("file:///etc/passwd", "starts with https://"),
        ("data:text/html,<script>alert(1)</script>", "starts with https://"),
        ("javascript:alert(1)", "starts with https://"),
        ("ssh://git@github.com/owner/repo", "starts with https://"),
        ("https://gitlab.com/owner/repo", "Only addresses on github.com"),
        ("https://github.com.evil.example/owner", "Only addresses on github.com"),
        ("https://evilgithub.com/owner", "Only addresses on github.com"),
        ("https://127.0.0.1/owner", "not an IP address"),
        ("https://[::1]/owner", "not an IP address"),
        ("https://2130706433/owner", "not an IP address"),
        ("https://0x7f.1/owner", "not an IP address"),
        ("https://localhost/owner", "not one on a local network"),
        ("https://printer.local/owner", "not one on a local network"),
        ("https://user:secret@github.com/owner", "user name or password"),
        ("https://token@github.com/owner", "user name or password"),
        ("https://github.com@evil.example/owner", "user name or password"),
        ("https://github.com:8443/owner", "must not name a port"),
        ("https://github.com/owner repo", "spaces"),
        ("https://github.com\\@evil.example/", "backslashes"),
        ("https://github.com/owner?tab=repositories", "after ‘?’ or ‘#’"),
        ("https://github.com/owner#readme", "after ‘?’ or ‘#’"),
        ("https://github.com/", "address of an account or repository"),
        ("https://github.com/settings", "not a github.com account name"),
        ("https://github.com/-bad-", "not a github.com account name"),
        ("https://github.com/owner/repo/tree/main", "repository itself"),
        ("https://github.com/owner/..", "not a repository name"),
        ("https://gíthub.com/owner", "not a valid host name"),
        ("https://" + "a" * MAX_URL_LENGTH, "characters or fewer"),
    ],
)
def test_refused_addresses_say_why(url, message):
    with pytest.raises(InputError) as caught:
        parse_code_url(url, HOSTS)
    assert message in str(caught.value)


def test_an_account_field_refuses_a_repository_and_the_other_way_round():
    with pytest.raises(InputError, match="is a repository"):
        parse_account_url("https://github.com/owner/repo", HOSTS)
    with pytest.raises(InputError, match="is an account"):
        parse_repository_url("https://github.com/owner", HOSTS)


def test_messages_are_msgids_with_parameters():
    with pytest.raises(InputError) as caught:
        parse_code_url("https://gitlab.com/x", ("github.com",))
    assert caught.value.message == "Only addresses on %(hosts)s are accepted"
    assert caught.value.params == {"hosts": "github.com"}


def test_the_enterprise_host_comes_from_the_api_url(tmp_path):
    assert allowed_hosts(make_settings(tmp_path)) == ("github.com",)
    enterprise = make_settings(tmp_path, GITHUB_API_URL="https://git.example.gov.wales/api/v3")
    assert allowed_hosts(enterprise) == ("github.com", "git.example.gov.wales")
    assert allowed_hosts(None) == ("github.com",)


def test_websites_may_be_any_public_https_host_but_nothing_else():
    assert check_website("https://www.gov.wales") == "https://www.gov.wales/"
    assert (
        check_website("https://bipbc.nhs.wales/about?lang=en")
        == "https://bipbc.nhs.wales/about?lang=en"
    )
    for bad in (
        "http://www.gov.wales",
        "https://10.0.0.1/",
        "https://localhost",
        "https://a:b@gov.wales",
    ):
        with pytest.raises(InputError):
            check_website(bad)
