"""Single-value checks: URLs, URIs, e-mail, dates, countries, oEmbed, text length."""

from __future__ import annotations

import pytest

from catalogue.publiccode import checks


@pytest.mark.parametrize(
    ("value", "url", "http"),
    [
        ("https://github.com/example/repo.git", True, True),
        ("http://example.org", True, True),
        ("git://example.org/repo", True, False),
        ("mailto:someone@example.org", True, False),
        ("foobar", False, False),
        ("???", False, False),
        ("https://", False, False),
        ("https://exa mple.org", False, False),
        ("https://example.org:80a/", False, False),
        ("git@github.com:example/repo.git", False, False),
        ("https://example.org/%zz", False, False),
        ("", False, False),
    ],
)
def test_urls(value, url, http):
    assert checks.is_url(value) is url
    assert checks.is_http_url(value) is http


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("https://www.gov.wales", True),
        ("urn:example:council", True),
        ("urn:x-italian-pa:c_h501", True),
        ("urn:x-italian-pa:no_such_pa", False),
        ("urn:urn:x", False),
        ("1", False),
        ("pcm", False),
        ("mailto:a@b.org", False),
        ("/relative", False),
    ],
)
def test_organisation_uris(value, valid):
    assert checks.is_uri(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("sian.jones@example.gov.wales", True),
        ("o'brien+bins@cyngor.cymru", True),
        ("sian.jones", False),
        ("sian@localhost", False),
        ("a@@b.org", False),
        ("a b@c.org", False),
    ],
)
def test_emails(value, valid):
    assert checks.is_email(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2024-2-1", False),
        ("31/03/2027", False),
        ("2024-01-01T00:00:00Z", False),
    ],
)
def test_dates(value, valid):
    assert checks.is_date(value) is valid


def test_country_codes_are_upper_or_lower_case_iso_3166():
    assert checks.is_country_code("GB")
    assert checks.is_country_code("gb")
    assert not checks.is_country_code("Gb")
    assert not checks.is_country_code("UK")


def test_media_types():
    assert checks.is_mime_type("text/csv")
    assert checks.is_mime_type("application/vnd.ms-excel")
    assert not checks.is_mime_type("csv")


def test_videos_must_be_on_an_oembed_provider():
    assert checks.is_oembed_video("https://www.youtube.com/watch?v=abc")
    assert checks.is_oembed_video("https://youtu.be/abc")
    assert checks.is_oembed_video("https://vimeo.com/123")
    assert not checks.is_oembed_video("https://google.com")
    assert not checks.is_oembed_video("ABC")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Casgliadau", 10),
        ("ŵ", 1),
        ("w\u0302", 1),
        ("👦👦", 2),
        ("👩\u200d👩\u200d👧", 1),
        ("🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f", 1),
        ("🇬🇧🇫🇷", 2),
        ("베스핀", 3),
        ("\u1100\u1161\u11a8", 1),
        ("a\r\nb", 3),
    ],
)
def test_graphemes_are_counted_as_people_see_them(text, count):
    assert checks.count_graphemes(text) == count


def test_path_extensions():
    assert checks.url_path_extension("img/Logo.PNG") == ".png"
    assert checks.url_path_extension("https://x.org/logo.svg?raw=1") == ".svg"
    assert checks.url_path_extension("LICENSE") == ""
