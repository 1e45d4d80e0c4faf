"""Helpers for driving the registration pages: CSRF tokens, signing in, checked pages."""

from __future__ import annotations

import re

from tests.support.pages import check_page

TOKEN = re.compile(r'name="_csrf_token" value="([^"]+)"')


def token(html: str) -> str:
    found = TOKEN.search(html)
    assert found, "page has no CSRF token field"
    return found.group(1)


def get_page(client, path: str, status: int = 200) -> str:
    """GET a page, check its status and structure, and return its HTML."""
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code, response.text[:500])
    check_page(response.text, "cy" if path.startswith("/cy") else "en")
    return response.text


def post_form(client, form_path: str, data: dict, action: str | None = None, **kwargs):
    """Fetch the form page for its CSRF token, then POST the data (without following redirects)."""
    html = client.get(form_path).text
    return client.post(
        action or form_path,
        data={"_csrf_token": token(html), **data},
        follow_redirects=False,
        **kwargs,
    )


def sign_in(client, email: str, password: str, next_path: str | None = None):
    data = {"email": email, "password": password}
    if next_path:
        data["next"] = next_path
    return post_form(client, "/account/sign-in", data)
