"""Password reset on the real app, in English and Welsh: the moderator's link, the form, refusals."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from catalogue.models import AuditLog, PasswordReset, User
from catalogue.password_resets import issue_reset
from tests.integration.register.factories import PASSWORD, make_organisation, make_user
from tests.integration.register.webtools import get_page, post_form, sign_in, token
from tests.support.pages import check_page

NEW_PASSWORD = "a different long passphrase"
LANGUAGES = [("", "en"), ("/cy", "cy")]
LINK = re.compile(r'value="(https?://[^"]+/account/reset/[^"]+)"')


def link_for(store, email: str, **fields) -> str:
    """A fresh reset path for a new person, issued on the command line."""
    user = make_user(store, email, **fields)
    reset_token, _ = issue_reset(store, user, actor=None)
    store.commit()
    return f"/account/reset/{reset_token}"


def set_password(client, path: str, password: str, confirm: str | None = None):
    return post_form(
        client, path, {"password": password, "confirm": password if confirm is None else confirm}
    )


def forget_failures(engine) -> None:
    """Every test client comes from one address; this lets a test try more than four bad links."""
    from sqlalchemy import delete

    from catalogue.models import LoginThrottle

    with engine.begin() as connection:
        connection.execute(delete(LoginThrottle))


def main_text(html: str) -> str:
    """The page's main content, which must not differ between kinds of refused link."""
    return re.search(r"<main.*?</main>", html, re.S).group(0)


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_sign_in_links_to_how_to_get_a_reset_link(client, prefix, locale):
    sign_in_page = check_page(get_page(client, f"{prefix}/account/sign-in"), locale)
    assert f"{prefix}/account/forgotten-password" in [a.get("href") for a in sign_in_page.links]
    html = get_page(client, f"{prefix}/account/forgotten-password")
    assert ("moderator" if locale == "en" else "cymedrolwr") in html
    assert f'href="{prefix}/account/sign-in"' in html


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_a_person_sets_a_new_password_with_their_link(client, store, prefix, locale):
    email = f"forgetful-{locale}@example.gov.wales"
    path = prefix + link_for(store, email)
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-store"
    page = check_page(response.text, locale)
    assert page.forms[0]["action"] == path
    assert email in response.text
    assert 'autocomplete="new-password"' in response.text

    done = set_password(client, path, NEW_PASSWORD)
    assert done.status_code == 303
    assert done.headers["location"] == f"{prefix}/account/password-changed"
    assert done.headers["referrer-policy"] == "no-referrer"
    confirmation = get_page(client, f"{prefix}/account/password-changed")
    assert f'href="{prefix}/account/sign-in"' in confirmation

    assert client.get(path).status_code == 404, "a link works once"
    assert sign_in(client, email, PASSWORD).status_code == 400
    assert sign_in(client, email, NEW_PASSWORD).status_code == 303


def test_setting_a_password_signs_out_every_device(web_app, client, store):
    from litestar.testing import TestClient

    make_user(store, "stolen@example.gov.wales")
    store.commit()
    assert sign_in(client, "stolen@example.gov.wales", PASSWORD).status_code == 303
    user = store.scalar(select(User).where(User.email == "stolen@example.gov.wales"))
    reset_token, _ = issue_reset(store, user, actor=None)
    store.commit()
    with TestClient(app=web_app) as phone:
        assert set_password(phone, f"/account/reset/{reset_token}", NEW_PASSWORD).status_code == 303
    assert client.get("/account", follow_redirects=False).status_code == 303


def test_refused_links_all_get_the_same_page(client, store, web_engine):
    unknown = "/account/reset/" + "A" * 43
    used = link_for(store, "used@example.gov.wales")
    assert set_password(client, used, NEW_PASSWORD).status_code == 303
    replaced = link_for(store, "replaced@example.gov.wales")
    user = store.scalar(select(User).where(User.email == "replaced@example.gov.wales"))
    issue_reset(store, user, actor=None)
    expired = link_for(store, "expired@example.gov.wales")
    reset = store.scalars(select(PasswordReset).order_by(PasswordReset.id.desc())).first()
    reset.expires_at -= timedelta(hours=25)
    store.commit()
    csrf = token(client.get("/account/sign-in").text)
    pages = []
    for path in (unknown, used, replaced, expired, "/account/reset/not-a-token"):
        forget_failures(web_engine)
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["referrer-policy"] == "no-referrer"
        check_page(response.text, "en")
        pages.append(main_text(response.text))
        data = {"_csrf_token": csrf, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
        posted = client.post(path, data=data)
        assert posted.status_code == 404, path
        assert main_text(posted.text) == pages[0]
    assert len(set(pages)) == 1, "a refused link must not say why, nor whether the account exists"
    assert "This password reset link does not work" in pages[0]
    assert "@example.gov.wales" not in pages[0]
    welsh = client.get("/cy" + unknown)
    assert welsh.status_code == 404
    check_page(welsh.text, "cy")


@pytest.mark.parametrize(
    ("password", "confirm", "field", "message"),
    [
        ("", "", "password", "Enter a new password"),
        ("short", "short", "password", "at least 12 characters"),
        ("x" * 1025, "x" * 1025, "password", "1024 characters or fewer"),
        (NEW_PASSWORD, "", "confirm", "Enter the new password again"),
        (NEW_PASSWORD, NEW_PASSWORD + "!", "confirm", "The passwords do not match"),
    ],
)
def test_a_weak_or_mistyped_password_is_refused_and_the_link_kept(
    client, store, password, confirm, field, message
):
    path = link_for(store, f"weak{abs(hash((password, confirm)))}@example.gov.wales")
    response = set_password(client, path, password, confirm)
    assert response.status_code == 400
    check_page(response.text, "en")
    assert "There is a problem" in response.text
    assert f'href="#{field}"' in response.text
    assert message in response.text
    assert set_password(client, path, NEW_PASSWORD).status_code == 303


def test_a_welsh_refusal_is_in_welsh(client, store):
    path = "/cy" + link_for(store, "cymraeg@example.gov.wales")
    response = set_password(client, path, "byr", "byr")
    assert response.status_code == 400
    check_page(response.text, "cy")
    assert "Rhaid i’r cyfrinair fod yn 12 nod o leiaf" in response.text


def test_the_form_needs_its_csrf_token(client, store):
    path = link_for(store, "csrf@example.gov.wales")
    client.get(path)
    data = {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    assert client.post(path, data=data, follow_redirects=False).status_code == 403
    forged = {**data, "_csrf_token": "0" * 128}
    assert client.post(path, data=forged, follow_redirects=False).status_code == 403
    assert client.get(path).status_code == 200, "a refused form leaves the link usable"


def test_links_that_do_not_work_are_throttled_per_address(client):
    statuses = [client.get(f"/account/reset/guess{n:040d}").status_code for n in range(5)]
    assert statuses == [404, 404, 404, 404, 429]
    response = client.get("/cy/account/reset/" + "B" * 43)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "900"
    check_page(response.text, "cy")
    assert "15 munud" in response.text


@pytest.mark.parametrize(("prefix", "locale"), LANGUAGES)
def test_a_moderator_issues_a_link_from_the_list_of_people(client, store, prefix, locale):
    make_user(store, f"moderator-{locale}@example.gov.wales", is_admin=True)
    editor = make_user(
        store, f"editor-{locale}@example.gov.wales", organisation=make_organisation(store)
    )
    store.commit()
    assert sign_in(client, f"moderator-{locale}@example.gov.wales", PASSWORD).status_code == 303
    assert f'href="{prefix}/admin/users"' in get_page(client, f"{prefix}/admin")
    listing = get_page(client, f"{prefix}/admin/users")
    action = f"{prefix}/admin/users/{editor.id}/reset-link"
    assert f'action="{action}"' in listing
    assert editor.email in listing

    response = client.post(action, data={"_csrf_token": token(listing)})
    assert response.status_code == 200
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-store"
    check_page(response.text, locale)
    links = LINK.findall(response.text)
    assert [re.sub(r"/account/reset/.*", "", link) for link in links] == [
        "http://testserver.local",
        "http://testserver.local/cy",
    ]
    assert links[0].split("/")[-1] == links[1].split("/")[-1]

    audit = get_page(client, f"{prefix}/admin/audit")
    assert "user.reset_link" in audit
    assert links[0].split("/")[-1] not in audit
    # The moderator hands the link on; the person opens it in their own browser.
    path = links[1].removeprefix("http://testserver.local")
    post_form(client, "/account", {}, action="/account/sign-out")
    assert set_password(client, path, NEW_PASSWORD).status_code == 303
    assert sign_in(client, editor.email, NEW_PASSWORD).status_code == 303


def test_only_moderators_may_list_people_or_issue_links(client, store):
    editor = make_user(store, "not-a-moderator@example.gov.wales")
    store.commit()
    assert client.get("/admin/users", follow_redirects=False).status_code == 303
    sign_in(client, editor.email, PASSWORD)
    assert get_page(client, "/admin/users", status=403)
    refused = post_form(client, "/account", {}, action=f"/admin/users/{editor.id}/reset-link")
    assert refused.status_code == 403
    assert "Only catalogue moderators" in refused.text
    assert (
        store.scalars(select(PasswordReset).where(PasswordReset.user_id == editor.id)).all() == []
    )


def test_no_link_for_an_unknown_or_disabled_person(client, store):
    make_user(store, "moderator-x@example.gov.wales", is_admin=True)
    disabled = make_user(store, "disabled@example.gov.wales")
    disabled.active = False
    store.commit()
    sign_in(client, "moderator-x@example.gov.wales", PASSWORD)
    listing = get_page(client, "/admin/users")
    assert f"/admin/users/{disabled.id}/reset-link" not in listing
    unknown = client.post("/admin/users/999999/reset-link", data={"_csrf_token": token(listing)})
    assert unknown.status_code == 404
    refused = client.post(
        f"/admin/users/{disabled.id}/reset-link", data={"_csrf_token": token(listing)}
    )
    assert refused.status_code == 400
    check_page(refused.text, "en")
    assert f'href="#user-{disabled.id}"' in refused.text
    issued = store.scalars(
        select(AuditLog.target_id).where(AuditLog.action == "user.reset_link")
    ).all()
    assert str(disabled.id) not in issued
