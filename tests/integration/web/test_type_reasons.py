"""A component's type reason is shown in Welsh on Welsh pages, and in English on English ones."""

from markupsafe import escape
from sqlalchemy import select

from catalogue.classify import explain
from catalogue.db import make_sessionmaker
from catalogue.models import Component
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


def test_english_words_quoted_in_a_welsh_reason_are_marked_english():
    """'Mae’n disgrifio ei hun fel ‘this gem’' read the English words with Welsh sounds."""
    reason = "It describes itself as 'this gem'."
    welsh, language = type_reason(reason, "cy")
    assert language == "cy"
    assert welsh == 'Mae’n disgrifio ei hun fel ‘<span lang="en">this gem</span>’.'
    # Welsh words need no mark on a Welsh page; English pages show the stored sentence.
    welsh_words = "Its name, description or topics mention 'llyfrgell'."
    assert "<span" not in type_reason(welsh_words, "cy")[0]
    assert type_reason(reason, "en") == (escape(reason), "en")


def test_quoted_words_stay_escaped():
    welsh, _ = type_reason("It describes itself as '<b>a</b> tool for councils'.", "cy")
    assert "&lt;b&gt;a&lt;/b&gt; tool for councils</span>" in welsh and "<b>" not in welsh


def test_the_welsh_page_marks_the_quoted_words(client, loaded_engine):
    with make_sessionmaker(loaded_engine)() as session:
        component = session.scalars(
            select(Component).where(Component.component_type_reason.like("It describes itself%"))
        ).first()
    assert component is not None, "no reason quoting a description in the bundled data"
    value = explain(component.component_type_reason)[1]
    page = client.get(f"/cy/components/{component.id}").text
    assert f'‘<span lang="en">{escape(value)}</span>’' in page
