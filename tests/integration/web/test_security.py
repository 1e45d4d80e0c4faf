"""Security: headers on every response, harvested text never becomes markup, size limits, caching."""

import re
from html.parser import HTMLParser

import pytest
from litestar.testing import TestClient

from tests.conftest import make_settings
from tests.support.pages import check_page
from web.app import create_app
from web.templating import safe_readme, safe_snippet, safe_url

# Payloads from the usual XSS filter-evasion lists, each as it might arrive in README HTML.
XSS_CORPUS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<style>@import 'https://evil.example/x.css';</style>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<form action="https://evil.example"><button>go</button></form>',
    '<base href="https://evil.example/">',
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<p title="</p><script>alert(1)</script>">x</p>',
    "<!--<script>alert(1)</script>-->",
    '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
    "<input autofocus onfocus=alert(1)>",
]
DANGER = re.compile(
    r"<\s*(script|iframe|object|embed|style|base)\b|\son\w+\s*=|javascript:|vbscript:"
    r"|<img src=x|<svg[ /]onload|action=\"https://evil",
    re.IGNORECASE,
)
DANGER = re.compile(
    r"<\s*(script|iframe|object|embed|style|meta|form|base|svg|math|input|button|img)\b"
    r"|\son\w+\s*=|javascript:|vbscript:|data:text",
    re.IGNORECASE,
)


FORBIDDEN_TAGS = {"iframe", "object", "embed", "style", "base", "frame", "frameset", "applet"}


class MarkupAudit(HTMLParser):
    """Every element that could run script: what harvested text must never produce in a page."""

    def __init__(self, nonce: str) -> None:
        super().__init__(convert_charrefs=True)
        self.nonce = nonce
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not (attributes.get("src") or attributes.get("nonce") == self.nonce):
            self.problems.append(f"script {attributes}")
        if tag in FORBIDDEN_TAGS or (tag == "img" and attributes.get("src") == "x"):
            self.problems.append(tag)
        if tag == "form" and not (attributes.get("action") or "").startswith("/"):
            self.problems.append(f"form {attributes}")
        for name, value in attributes.items():
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}")
            if name in ("href", "src", "action") and re.match(
                r"\s*(javascript|vbscript|data):", value or "", re.I
            ):
                self.problems.append(f"{tag} {name}={value}")


@pytest.mark.parametrize("payload", XSS_CORPUS)
def test_readme_html_is_cleaned_again_at_the_edge(payload):
    assert not DANGER.search(str(safe_readme(payload))), payload
    assert not DANGER.search(str(safe_snippet(payload))), payload


def test_readme_keeps_safe_structure_and_places_headings_under_the_page():
    html = str(
        safe_readme(
            '<h1>Title</h1><p>Text <a href="https://ok.example">link</a></p><a href="https://x"> </a>'
        )
    )
    assert "<h3>Title</h3>" in html
    assert 'href="https://ok.example"' in html and 'rel="noopener noreferrer nofollow ugc"' in html
    assert '<a href="https://x"' not in html  # empty links have no name for screen readers


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/x", "https://example.org/x"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", ""),
        (" JAVASCRIPT:alert(1)", ""),
        ("data:text/html,x", ""),
        ("//evil.example", ""),
        (None, ""),
    ],
)
def test_only_web_addresses_become_links(url, safe):
    assert safe_url(url) == safe


@pytest.mark.parametrize("locale", ["en", "cy"])
def test_pages_of_hostile_data_render_it_as_text(hostile, locale):
    client, ids = hostile
    prefix = "/cy" if locale == "cy" else ""
    paths = [
        f"/components/{ids['hostile']}",
        f"/organisations/{ids['organisation']}",
        "/organisations",
        "/sectors",
        "/search?q=payload",
        "/search",
        "/",
    ]
    for path in paths:
        response = client.get(prefix + path if path != "/" else prefix or "/")
        assert response.status_code == 200, path
        check_page(response.text, locale)
        nonce = re.search(r"'nonce-([^']+)'", response.headers["content-security-policy"]).group(1)
        audit = MarkupAudit(nonce)
        audit.feed(response.text)
        assert not audit.problems, f"{path}: {audit.problems}"
        assert "&lt;script&gt;alert(" in response.text, path


def test_hostile_component_keeps_only_safe_links(hostile):
    client, ids = hostile
    html = client.get(f"/components/{ids['hostile']}").text
    assert 'href="https://example.org/ok"' in html
    assert 'href="https://evil.example' not in html
    assert "https://x.example" not in html


def test_security_headers_are_on_every_response(client):
    for path in ("/", "/search?q=x", "/api/v1/sectors", "/no/such/page", "/api/v1/nothing"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert response.headers["x-frame-options"] == "DENY"
        assert "strict-transport-security" not in response.headers
        if response.headers["content-type"].startswith("text/html"):
            nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
            scripts = re.findall(r"<script\b[^>]*>", response.text)
            assert all(f'nonce="{nonce}"' in tag or "src=" in tag for tag in scripts), scripts


def test_each_response_gets_a_fresh_nonce(client):
    first = client.get("/").headers["content-security-policy"]
    second = client.get("/").headers["content-security-policy"]
    assert first != second


def test_hsts_is_sent_when_configured(loaded_engine, loaded_backend, tmp_path):
    settings = make_settings(tmp_path, CATALOGUE_HSTS_SECONDS="31536000")
    app = create_app(settings, search_backend=loaded_backend, engine=loaded_engine)
    with TestClient(app=app) as hsts_client:
        header = hsts_client.get("/").headers["strict-transport-security"]
    assert header == "max-age=31536000; includeSubDomains"


def test_oversized_requests_are_refused(client):
    # Forms and the API take at most 1 MB; GitHub's webhook payloads may reach 25 MB.
    api = client.post("/api/v1/check", content=b'{"description": "' + b"x" * (1024 * 1024) + b'"}')
    assert api.status_code == 413
    signed = {"X-Hub-Signature-256": "sha256=" + "0" * 64}
    big_but_allowed = client.post(
        "/hooks/github", content=b"{" + b" " * (2 * 1024 * 1024) + b"}", headers=signed
    )
    assert big_but_allowed.status_code == 401  # read in full, then refused for its signature
    huge = b"{" + b" " * (25 * 1024 * 1024 + 1) + b"}"
    assert client.post("/hooks/github", content=huge, headers=signed).status_code == 413
    # Without a signature nothing is read at all.
    assert client.post("/hooks/github", content=huge).status_code == 401
    page = client.get("/search?q=" + "x" * 9000)
    assert page.status_code == 414
    # Issue 13, finding 7: people get a page, not JSON.
    assert page.headers["content-type"].startswith("text/html")
    assert client.get("/api/v1/search?q=" + "x" * 9000).status_code == 414


def test_static_assets_are_fingerprinted_and_cached_for_a_year(client):
    html = client.get("/").text
    css = re.search(r'href="(/static/[0-9a-f]{12}/main\.css)"', html).group(1)
    response = client.get(css, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["cache-control"]
    assert response.headers.get("content-encoding") == "gzip"


def test_error_pages_are_not_cached(client):
    assert client.get("/components/999999").headers["cache-control"] == "no-store"
    assert client.get("/api/v1/components/999999").headers["cache-control"] == "no-store"


def test_a_response_that_sets_a_cookie_is_never_publicly_cacheable(client):
    with client.__class__(app=client.app) as fresh:
        response = fresh.get("/help")  # a public page; a first visit gets the CSRF cookie
    assert "set-cookie" in response.headers
    assert response.headers["cache-control"] == "private, no-cache"
