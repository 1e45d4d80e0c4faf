"""A component's type reason is shown in Welsh on Welsh pages, and in English on English ones."""

from markupsafe import escape

from catalogue.classify import explain
from web.i18n import translations
from web.type_reasons import type_reason


def test_welsh_component_pages_give_the_reason_in_welsh(client):
    hit = client.get("/api/v1/search", params={"q": "speech"}).json()["hits"][0]
    reason = client.get(f"/api/v1/components/{hit['id']}").json()["type_reason"]
    assert explain(reason) is not None
    welsh, language = type_reason(reason, "cy")
    assert language == "cy" and welsh != reason
    page = client.get(f"/cy/components/{hit['id']}").text
    assert str(escape(welsh)) in page
    assert str(escape(reason)) not in page
    assert str(escape(reason)) in client.get(f"/components/{hit['id']}").text


def test_unknown_wording_stays_english_and_is_marked_so():
    assert type_reason("Some wording from an older release.", "cy") == (
        "Some wording from an older release.",
        "en",
    )
    assert type_reason(None, "cy") == ("", "en")


def test_every_reason_template_is_translated():
    from catalogue.classify import CONTENT_PHRASES, REASONS

    catalogue = translations("cy")
    for message in (*REASONS, *CONTENT_PHRASES):
        assert catalogue.gettext(message) != message, message
