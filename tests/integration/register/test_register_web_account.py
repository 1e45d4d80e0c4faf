"""Signing in and out on the web: cookies, CSRF, throttling, sign-out everywhere, the secret key."""

import os
import stat

import pytest

from tests.conftest import make_settings
from tests.integration.register.factories import PASSWORD, make_organisation, make_user
from tests.integration.register.webtools import get_page, post_form, sign_in, token
from web.auth import SESSION_COOKIE, read_session, secret_key, session_value


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_the_sign_in_page_is_bilingual_and_carries_a_csrf_token(client, prefix):
    html = get_page(client, f"{prefix}/account/sign-in")
    assert token(html)
    assert f'action="{prefix}/account/sign-in"' in html
    assert "catalogue_csrf" in client.cookies


def test_signing_in_sets_a_hardened_session_cookie_and_goes_where_it_was_asked(client, store):
    make_user(store, "editor1@example.gov.wales", organisation=make_organisation(store))
    store.commit()
    response = sign_in(client, "editor1@example.gov.wales", PASSWORD, "/account")
    assert response.status_code == 303
    assert response.headers["location"] == "/account"
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE)
    )
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/" in cookie
    assert "Secure" not in cookie
    page = get_page(client, "/account")
    assert "editor1@example.gov.wales" in page


def test_cookies_are_secure_when_configured(tmp_path, web_engine, store):
    from litestar.testing import TestClient

    from tests.integration.register.factories import build_app

    make_user(store, "secure@example.gov.wales")
    store.commit()
    settings = make_settings(tmp_path, CATALOGUE_SECURE_COOKIES="1")
    with TestClient(
        app=build_app(settings, web_engine), base_url="https://testserver.local"
    ) as client:
        csrf_cookie = client.get("/account/sign-in").headers["set-cookie"]
        assert "Secure" in csrf_cookie
        assert "HttpOnly" in csrf_cookie
        response = sign_in(client, "secure@example.gov.wales", PASSWORD)
        assert response.status_code == 303
        assert "Secure" in response.headers["set-cookie"]


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"]
)
def test_sign_in_never_redirects_off_the_site(client, store, target):
    make_user(store, f"next{abs(hash(target))}@example.gov.wales")
    store.commit()
    response = sign_in(client, f"next{abs(hash(target))}@example.gov.wales", PASSWORD, target)
    assert response.status_code == 303
    assert response.headers["location"] == "/account"


def test_a_wrong_password_gets_an_error_summary_and_400(client, store):
    make_user(store, "wrongpw@example.gov.wales")
    store.commit()
    response = sign_in(client, "wrongpw@example.gov.wales", "not the password")
    assert response.status_code == 400
    assert "There is a problem" in response.text
    assert 'href="#email"' in response.text
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")


def test_five_failures_lock_sign_in_for_that_account(client, store):
    make_user(store, "locked@example.gov.wales")
    store.commit()
    statuses = [sign_in(client, "locked@example.gov.wales", "guess").status_code for _ in range(5)]
    assert statuses == [400, 400, 400, 400, 429]
    response = sign_in(client, "locked@example.gov.wales", PASSWORD)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "900"
    assert "15 minutes" in response.text


def test_five_failures_from_one_address_lock_it_for_every_account(client, store):
    make_user(store, "innocent@example.gov.wales")
    store.commit()
    for attempt in range(5):
        sign_in(client, f"spray{attempt}@example.gov.wales", "guess")
    assert sign_in(client, "innocent@example.gov.wales", PASSWORD).status_code == 429


def test_sign_out_everywhere_ends_sessions_on_other_devices(web_app, client, store):
    from litestar.testing import TestClient

    make_user(store, "everywhere@example.gov.wales", organisation=make_organisation(store))
    store.commit()
    assert sign_in(client, "everywhere@example.gov.wales", PASSWORD).status_code == 303
    with TestClient(app=web_app) as laptop:
        assert sign_in(laptop, "everywhere@example.gov.wales", PASSWORD).status_code == 303
        assert laptop.get("/account", follow_redirects=False).status_code == 200
        response = post_form(client, "/account", {}, action="/account/sign-out-everywhere")
        assert response.status_code == 303
        # The laptop's cookie is still signed, but its session version is now stale.
        assert laptop.get("/account", follow_redirects=False).status_code == 303
    assert (
        client.get("/account", follow_redirects=False)
        .headers["location"]
        .startswith("/account/sign-in?next=")
    )


def test_sign_out_clears_the_cookie(client, store):
    make_user(store, "signout@example.gov.wales")
    store.commit()
    sign_in(client, "signout@example.gov.wales", PASSWORD)
    response = post_form(client, "/account", {}, action="/account/sign-out")
    assert response.status_code == 303
    assert response.headers["location"] == "/account/signed-out"
    assert client.get("/account", follow_redirects=False).status_code == 303
    get_page(client, "/cy/account/signed-out")


def test_sign_out_ends_the_session_on_the_server_so_a_copied_cookie_stops_working(
    web_app, client, store
):
    from litestar.testing import TestClient

    make_user(store, "copied@example.gov.wales")
    store.commit()
    sign_in(client, "copied@example.gov.wales", PASSWORD)
    stolen = client.cookies[SESSION_COOKIE]
    with TestClient(app=web_app) as attacker:
        attacker.cookies.set(SESSION_COOKIE, stolen)
        assert attacker.get("/account", follow_redirects=False).status_code == 200
        assert post_form(client, "/account", {}, action="/account/sign-out").status_code == 303
        # Issue 13, finding 5: the copy no longer works once its owner signed out.
        assert attacker.get("/account", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    "path",
    [
        "/account/sign-in",
        "/account/sign-out",
        "/account/sign-out-everywhere",
        "/register",
        "/register/project",
        "/admin/registrations/1/decision",
        "/admin/projects/1/decision",
        "/admin/users/1/reset-link",
        "/account/reset/" + "A" * 43,
        "/components/1/annotate",
        "/components/1/used-by",
        "/used-by/1/confirm",
        "/used-by/1/withdraw",
        "/publiccode/check",
        "/publiccode/generate",
        "/publiccode/download",
        "/cy/register",
    ],
)
def test_every_form_refuses_a_missing_or_forged_csrf_token(client, path):
    client.get("/account/sign-in")  # the CSRF cookie is set
    missing = client.post(path, data={"email": "x"}, follow_redirects=False)
    forged = client.post(path, data={"_csrf_token": "0" * 128}, follow_redirects=False)
    assert missing.status_code == forged.status_code == 403
    assert "You cannot do that" in missing.text or "Ni allwch" in missing.text


def test_a_token_without_its_cookie_is_refused(web_app, client):
    from litestar.testing import TestClient

    stolen = token(client.get("/register").text)
    with TestClient(app=web_app) as other:
        response = other.post("/register", data={"_csrf_token": stolen}, follow_redirects=False)
    assert response.status_code == 403


def test_the_api_is_not_subject_to_csrf(client):
    assert client.post("/api/v1/anything", follow_redirects=False).status_code != 403


def test_session_cookies_cannot_be_forged_or_kept_forever(web_settings, store):
    user = make_user(store, "cookie@example.gov.wales")
    store.commit()
    value = session_value(web_settings, user, now=1_000_000)
    assert read_session(web_settings, value, now=1_000_100) == (user.id, user.session_version)
    assert read_session(web_settings, value, now=1_000_000 + 13 * 3600) is None
    body, signature = value.split(".")
    assert read_session(web_settings, body + "." + signature[::-1], now=1_000_100) is None
    other = make_settings(web_settings.data_dir.parent / "elsewhere")
    assert read_session(other, value, now=1_000_100) is None
    assert read_session(web_settings, "garbage", now=1_000_100) is None


def test_a_missing_secret_key_is_generated_once_with_owner_only_permissions(tmp_path):
    settings = make_settings(tmp_path / "var")
    key = secret_key(settings)
    path = tmp_path / "var" / "secret_key"
    assert len(key) >= 32
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert secret_key(make_settings(tmp_path / "var")) == key
    configured = make_settings(tmp_path / "other", CATALOGUE_SECRET_KEY="x" * 40)
    assert secret_key(configured) == "x" * 40
    assert not (tmp_path / "other" / "secret_key").exists()


def test_the_real_app_protects_these_forms_once_wired(tmp_path, web_engine):
    from litestar.exceptions import NoRouteMatchFoundException
    from litestar.testing import TestClient

    from search.embedded import EmbeddedSearchBackend
    from web.app import create_app

    app = create_app(
        make_settings(tmp_path), search_backend=EmbeddedSearchBackend(None), engine=web_engine
    )
    try:
        app.route_reverse("account:sign-in")
    except NoRouteMatchFoundException:
        pytest.skip("web.app does not mount the registration routers yet (see the wiring notes)")
    with TestClient(app=app) as client:
        page = get_page(client, "/account/sign-in")
        refused = client.post("/account/sign-in", data={"email": "a", "password": "b"})
        assert refused.status_code == 403
        accepted = client.post(
            "/account/sign-in", data={"_csrf_token": token(page), "email": "a@b.c", "password": "b"}
        )
        assert accepted.status_code == 400


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_the_account_page_lists_the_components_an_editor_may_annotate(client, store, prefix):
    from tests.integration.register.factories import make_component

    organisation = make_organisation(store, f"annotatable{len(prefix)}")
    mine = make_component(store, organisation, "our-thing")
    other = make_component(store, make_organisation(store), "their-thing")
    email = f"lister{len(prefix)}@example.gov.wales"
    make_user(store, email, organisation=organisation)
    store.commit()
    assert sign_in(client, email, PASSWORD).status_code == 303
    html = get_page(client, f"{prefix}/account")
    assert f'href="{prefix}/components/{mine.id}/annotate"' in html
    assert f"/components/{other.id}/annotate" not in html
    assert "/admin/messages" not in html


def test_a_moderators_account_page_links_to_the_outbox(client, store):
    make_user(store, "outbox-reader@example.gov.wales", is_admin=True)
    store.commit()
    sign_in(client, "outbox-reader@example.gov.wales", PASSWORD)
    html = get_page(client, "/account")
    assert 'href="/admin/messages"' in html
    assert 'href="/admin/users"' in html
