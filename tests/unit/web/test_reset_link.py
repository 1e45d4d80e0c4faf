"""The catalogue builds reset links without the web; they must be the web's reset page addresses."""

import pytest

from catalogue.password_resets import reset_link
from web.i18n import LOCALES, localise


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("base", ["https://catalogue.example.gov.wales", "http://127.0.0.1:8101/"])
def test_reset_link_is_the_localised_reset_page(base, locale):
    token = "a" * 43
    assert reset_link(base, token, locale) == base.rstrip("/") + localise(
        f"/account/reset/{token}", locale
    )
