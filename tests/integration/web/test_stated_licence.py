"""A licence stated only in a README shows as that, in English and Welsh, not as no licence."""

from __future__ import annotations

import html

import pytest
from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import Component
from tests.support.pages import check_page

EXPECTED = {
    "en": (
        "The README says the licence is MIT.",
        "No LICENSE file was found.",
        "Only the README or description states the licence (MIT): add a LICENSE file so that "
        "people and tools can find it.",
    ),
    "cy": (
        "Mae’r README yn dweud mai MIT yw’r drwydded.",
        "Ni chanfuwyd ffeil LICENSE.",
        "Dim ond y README neu’r disgrifiad sy’n nodi’r drwydded (MIT): ychwanegwch ffeil LICENSE "
        "er mwyn i bobl ac offer allu dod o hyd iddi.",
    ),
}


@pytest.fixture(scope="module")
def symbolize(loaded_engine) -> Component:
    """dvla/simple-symbolize: no licence file the host recognised, 'MIT' in its README."""
    with make_sessionmaker(loaded_engine)() as session:
        component = session.scalar(
            select(Component).where(Component.full_name == "dvla/simple-symbolize")
        )
        session.expunge(component)
    return component


def test_the_bundled_readme_licence_is_stored_with_its_source(symbolize):
    assert (symbolize.licence, symbolize.licence_source) == ("MIT", "readme")


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_the_component_page_says_where_the_licence_is_stated(client, symbolize, locale):
    prefix = "/cy" if locale == "cy" else ""
    page = client.get(f"{prefix}/components/{symbolize.id}")
    assert page.status_code == 200
    check_page(page.text, locale)
    text = " ".join(html.unescape(page.text).split())
    for sentence in EXPECTED[locale]:
        assert sentence in text
    assert "No licence found" not in text and "Dim trwydded wedi’i chanfod" not in text


def test_a_readme_licence_is_a_licence_for_reuse_readiness(client, symbolize):
    text = " ".join(html.unescape(client.get(f"/components/{symbolize.id}").text).split())
    health = text[text.index("Metadata health") :]
    assert "There is no licence, so nobody may legally reuse the code" not in health
    assert "Not ready to reuse" not in health[: health.index("What the catalogue checks")]


@pytest.mark.parametrize(
    ("prefix", "words"), [("", "MIT (according to the README)"), ("/cy", "MIT (yn ôl y README)")]
)
def test_search_results_say_the_licence_is_the_readmes_word(client, prefix, words):
    page = client.get(f"{prefix}/search", params={"q": "simple-symbolize"})
    check_page(page.text, "cy" if prefix else "en")
    assert words in html.unescape(page.text)
