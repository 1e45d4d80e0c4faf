"""'Used by': the named organisation is asked, answers for itself only, or declares use unasked."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catalogue.models import Message, UsedByClaim
from catalogue.notices import Writer
from catalogue.used_by import name_users_from_publiccode
from catalogue.used_by_notices import ask_waiting_organisations
from tests.integration.register.factories import PASSWORD, make_organisation, make_user
from tests.integration.register.webtools import get_page, post_form, sign_in, token


@pytest.fixture
def world(store, two_orgs):
    """A owns the component; B, whose editor reads Welsh, uses it; a third body; a moderator."""
    tag = two_orgs["tag"]
    other = make_organisation(store, f"other-{tag}", name=f"Other {tag}")
    welsh_editor = two_orgs["editor_b"]
    welsh_editor.language = "cy"
    found = {
        "owner": two_orgs["org_a"],
        "user_org": two_orgs["org_b"],
        "other": other,
        "component": two_orgs["component_a"],
        "owner_editor": two_orgs["editor_a"],
        "user_editor": welsh_editor,
        "other_editor": make_user(store, f"oth-{tag}@example.gov.wales", organisation=other),
        "moderator": make_user(store, f"mod-{tag}@example.gov.wales", is_admin=True),
    }
    store.commit()
    return found


def _messages(store, address: str, kind: str) -> list[Message]:
    store.commit()
    return list(
        store.scalars(select(Message).where(Message.address == address, Message.kind == kind))
    )


def _claim(store, world) -> UsedByClaim | None:
    store.commit()
    store.expire_all()
    return store.scalar(
        select(UsedByClaim).where(
            UsedByClaim.component_id == world["component"].id,
            UsedByClaim.organisation_id == world["user_org"].id,
        )
    )


def _api_states(client, component_id: int) -> dict[str, str]:
    data = client.get(f"/api/v1/components/{component_id}").json()
    return {row["organisation"]: row["state"] for row in data["used_by_organisations"]}


def test_a_named_organisation_is_asked_in_its_editors_language_and_confirms(client, store, world):
    component, slug = world["component"], world["user_org"].slug
    sign_in(client, world["owner_editor"].email, PASSWORD)
    named = post_form(
        client,
        f"/components/{component.id}/annotate",
        {"organisation": slug},
        action=f"/components/{component.id}/used-by",
    )
    assert named.status_code == 303
    [asked] = _messages(store, world["user_editor"].email, "used_by.ask")
    assert asked.language == "cy"
    assert asked.subject == (
        f"A yw’r sefydliad {world['user_org'].name_cy} yn defnyddio’r gydran {component.name}?"
    )
    assert "/cy/account/used-by" in asked.body
    assert _api_states(client, component.id) == {slug: "pending"}
    assert "Waiting for them to confirm" in get_page(client, f"/components/{component.id}")

    client.cookies.clear()
    sign_in(client, world["user_editor"].email, PASSWORD)
    account = get_page(client, "/cy/account")
    assert "govuk-notification-banner" in account and "/cy/account/used-by" in account
    awaiting = get_page(client, "/cy/account/used-by")
    claim = _claim(store, world)
    assert f"/cy/used-by/{claim.id}/confirm" in awaiting
    assert f"/cy/used-by/{claim.id}/decline" in awaiting
    confirmed = client.post(
        f"/cy/used-by/{claim.id}/confirm",
        data={"_csrf_token": token(awaiting)},
        follow_redirects=False,
    )
    assert confirmed.status_code == 303
    assert _claim(store, world).state == "confirmed"
    assert _api_states(client, component.id) == {slug: "confirmed"}
    assert "Confirmed" in get_page(client, f"/components/{component.id}")


def test_nobody_answers_for_another_organisation(client, store, world):
    from catalogue.annotations import claim_used_by

    claim = claim_used_by(store, world["owner_editor"], world["component"], world["user_org"].slug)
    store.commit()
    for person in ("other_editor", "owner_editor", "moderator"):
        client.cookies.clear()
        sign_in(client, world[person].email, PASSWORD)
        html = get_page(client, "/account")
        for action in ("confirm", "decline"):
            refused = client.post(
                f"/used-by/{claim.id}/{action}",
                data={"_csrf_token": token(html)},
                follow_redirects=False,
            )
            assert refused.status_code == 403, (person, action)
        assert _claim(store, world).state == "pending", person
    client.cookies.clear()
    assert client.post(f"/used-by/{claim.id}/confirm", follow_redirects=False).status_code == 403
    assert _claim(store, world).state == "pending"


def test_a_declined_claim_leaves_the_page_and_the_api_and_is_not_asked_again(client, store, world):
    component = world["component"]
    component.publiccode = {"usedBy": [world["user_org"].name.lower()]}
    store.commit()
    [made] = name_users_from_publiccode(store)
    assert (made.source, made.state) == ("publiccode", "pending")
    store.commit()
    sign_in(client, world["user_editor"].email, PASSWORD)
    awaiting = get_page(client, "/account/used-by")
    assert "Named in its publiccode.yml" in awaiting
    declined = client.post(
        f"/used-by/{made.id}/decline", data={"_csrf_token": token(awaiting)}, follow_redirects=False
    )
    assert declined.status_code == 303
    assert _claim(store, world).state == "declined"
    assert _api_states(client, component.id) == {}
    assert "app-used-by" not in get_page(client, f"/components/{component.id}")  # no list
    assert name_users_from_publiccode(store) == []  # the harvest does not ask again
    assert "Nothing is waiting for you." in get_page(client, "/account/used-by")
    assert "govuk-notification-banner" not in get_page(client, "/account")


def test_publiccode_names_are_matched_once_and_asked_once(store, world):
    component = world["component"]
    component.publiccode = {
        "usedBy": [
            world["user_org"].name_cy,  # the Welsh name
            world["owner"].name,  # its own publisher is no user
            "A body nobody listed",
            {"not": "a name"},
        ]
    }
    store.commit()
    made = name_users_from_publiccode(store)
    assert [(c.organisation_id, c.named_as) for c in made] == [
        (world["user_org"].id, world["user_org"].name_cy)
    ]
    writer = Writer(base_url="https://catalogue.example", gettext=lambda locale, message: message)
    assert ask_waiting_organisations(store, writer) >= 1
    [asked] = _messages(store, world["user_editor"].email, "used_by.ask")
    assert "publiccode.yml" in asked.body
    assert ask_waiting_organisations(store, writer) == 0
    assert name_users_from_publiccode(store) == []


def test_an_organisation_declares_use_and_the_owner_is_told(client, store, world):
    component = world["component"]
    sign_in(client, world["user_editor"].email, PASSWORD)
    page = get_page(client, f"/components/{component.id}")
    assert f'action="/components/{component.id}/used-by/declare"' in page
    assert client.post(f"/components/{component.id}/used-by/declare").status_code == 403  # no CSRF
    declared = client.post(
        f"/components/{component.id}/used-by/declare",
        data={"_csrf_token": token(page)},
        follow_redirects=False,
    )
    assert declared.status_code == 303
    assert declared.headers["location"] == f"/components/{component.id}#used-by"
    assert _claim(store, world).state == "declared"
    assert _api_states(client, component.id) == {world["user_org"].slug: "declared"}
    after = get_page(client, f"/cy/components/{component.id}")
    assert "Datganwyd ganddyn nhw" in after
    assert f"/components/{component.id}/used-by/declare" not in after  # said once is enough
    [told] = _messages(store, world["owner_editor"].email, "used_by.declared")
    assert told.subject == (
        f"The organisation {world['user_org'].name} uses the component {component.name}"
    )
    # The owner's own editors cannot declare that they use their own component.
    client.cookies.clear()
    sign_in(client, world["owner_editor"].email, PASSWORD)
    own = get_page(client, f"/components/{component.id}")
    assert "/used-by/declare" not in own
    refused = client.post(
        f"/components/{component.id}/used-by/declare",
        data={"_csrf_token": token(own)},
        follow_redirects=False,
    )
    assert refused.status_code == 403
