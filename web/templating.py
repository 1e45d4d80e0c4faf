"""Jinja environments (one per language) with GOV.UK Frontend macros, and page rendering."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import nh3
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from jinja2 import (
    ChainableUndefined,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    select_autoescape,
)
from litestar import Request, Response
from markupsafe import Markup

from catalogue.allowed_html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from catalogue.identifiers import IDENTIFIER_KINDS
from catalogue.models.organisation import name_in
from catalogue.vocabulary import ACTIVITY, COMPONENT_TYPES, READINESS, SECTORS
from search.documents import activity
from web.i18n import (
    LANGUAGE_NAMES,
    LOCALES,
    locale_from_path,
    localise,
    strip_locale,
    translations,
    with_query,
)
from web.security import csp_nonce
from web.sessions import csrf_token, signed_in
from web.snippets import gloss_in, safe_snippet, text_lang
from web.type_reasons import type_reason

WEB = Path(__file__).resolve().parent
STATIC = WEB / "static"
PAGE_CACHE = "public, max-age=300"


class LoudUndefined(ChainableUndefined):
    """Undefined values may be tested (GOV.UK macros test optional params) but never printed.

    StrictUndefined would also fail on `{% if params.classes %}` inside govuk-frontend-jinja's
    macros; printing is where a misspelt variable does harm, so that is where this fails.
    """

    __slots__ = ()

    def __str__(self) -> str:
        self._fail_with_undefined_error()
        return ""  # pragma: no cover - the line above raises

    __html__ = __str__


@cache
def static_build() -> str:
    """The fingerprint directory of the built assets (web/static/manifest.json)."""
    manifest = STATIC / "manifest.json"
    if not manifest.exists():
        raise RuntimeError("web/static is not built: run `make assets` (make demo does it)")
    return json.loads(manifest.read_text())["build"]


def static_url(name: str) -> str:
    """The fingerprinted URL of a built asset."""
    return f"/static/{static_build()}/{name}"


def _date(value: datetime | None, locale: str, format: str = "medium") -> str:
    # British English dates (26 Nov 2026), not Babel's plain 'en' (US order).
    babel_locale = "en_GB" if locale == "en" else locale
    return format_date(value, format=format, locale=babel_locale) if value else ""


def contact_link(email: str) -> Markup:
    """A mailto link to the team's address (an email address checked by Settings)."""
    return Markup('<a class="govuk-link" href="mailto:{0}">{0}</a>').format(email)


def _number(value: float | None, locale: str) -> str:
    """A number as the locale writes it; whole numbers directly (English and Welsh both group
    thousands with commas), the rest through Babel."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return format_decimal(value or 0, locale=locale)


_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EMPTY_LINK = re.compile(r"<a\b[^>]*>\s*</a>")
_HEADING = re.compile(r"<(/?)h([1-6])>")


def safe_readme(html: str | None) -> Markup:
    """README HTML cleaned again at the edge, with headings placed under the page's own.

    Ingest already sanitises it; cleaning again means a row written by an older or buggy
    ingest cannot put script into a page. Empty links (badges whose images were dropped) would
    be links without a name for screen readers, so they go.
    """
    if not html:
        return Markup("")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow ugc",
        strip_comments=True,
    )
    cleaned = _EMPTY_LINK.sub("", cleaned)
    # The README sits under an h2 on the page, so its h1 becomes an h3 (capped at h6).
    cleaned = _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + 2)}>", cleaned)
    return Markup(cleaned)  # noqa: S704 - cleaned by nh3 just above


def safe_url(value: str | None) -> str:
    """A harvested URL fit for href: http(s) only, so javascript: and data: URLs never become links."""
    text = (value or "").strip()
    return text if urlsplit(text).scheme in ("http", "https") else ""


def id_safe(value: object) -> str:
    """A stable, unique HTML id fragment for any value ('C#' -> 'c-2f0a1b')."""
    text = str(value)
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"
    if slug == text:
        return slug
    return f"{slug}-{hashlib.blake2s(text.encode(), digest_size=3).hexdigest()}"


@cache
def environment(locale: str) -> Environment:
    """The Jinja environment for one language, its gettext bound to that language's catalogue."""
    env = Environment(
        loader=ChoiceLoader(
            [
                FileSystemLoader(WEB / "templates"),
                PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
            ]
        ),
        autoescape=select_autoescape(["html", "xml"]),
        undefined=LoudUndefined,
        extensions=["jinja2.ext.i18n", "jinja2.ext.do"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(locale), newstyle=True)
    env.globals.update(
        static_url=static_url,
        locale=locale,
        SECTORS=SECTORS,
        COMPONENT_TYPES=COMPONENT_TYPES,
        ACTIVITY=ACTIVITY,
        READINESS=READINESS,
        IDENTIFIER_KINDS=IDENTIFIER_KINDS,
        LANGUAGE_NAMES=LANGUAGE_NAMES,
        activity_of=activity,
        text_lang=text_lang,
        # A definition beside a result, in the page's language: (text, its language).
        gloss_in=lambda snippet, question="": gloss_in(snippet, locale, question),
        contact_link=contact_link,
        type_reason=lambda reason: type_reason(reason, locale),
        # An organisation's name as the page's language gives it ("Atos (cyflenwr)").
        organisation_name=lambda name, name_cy: name_in(locale, name, name_cy),
    )
    env.filters["date"] = lambda value, format="medium": _date(value, locale, format)
    env.filters["number"] = lambda value: _number(value, locale)
    env.filters["percent"] = lambda value: format_percent(
        (value or 0) / 100, format="#,##0.0%", locale=locale
    )
    env.filters["readme"] = safe_readme
    env.filters["snippet"] = safe_snippet
    env.filters["id_safe"] = id_safe
    env.filters["safe_url"] = safe_url
    # XML 1.0 forbids most control characters, which harvested text may hold.
    env.filters["xml"] = lambda value: _XML_INVALID.sub("", str(value or ""))
    env.filters["isoformat"] = lambda value: value.isoformat() if value else ""
    return env


def page_context(request: Request) -> dict[str, Any]:
    """What every page needs: language, the same page in the other language, the CSP nonce."""
    locale = locale_from_path(request.url.path)
    other = "cy" if locale == "en" else "en"
    # The raw query string keeps the order people (and our links) wrote the parameters in.
    query = parse_qsl(
        request.scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
    )
    neutral = strip_locale(request.url.path)
    return {
        "locale": locale,
        "other_locale": other,
        "switch_url": with_query(localise(neutral, other), query),
        "alternates": {code: with_query(localise(neutral, code), query) for code in LOCALES},
        "current_path": request.url.path,
        "neutral_path": neutral,
        "url": lambda path, params=None: with_query(localise(path, locale), params),
        "csp_nonce": csp_nonce(request.scope),
        "contact_email": request.app.state.settings.contact_email,
        # The header's account links and its sign-out form (web/templates/_account_bar.html).
        "person": signed_in(request),
        "header_csrf_token": csrf_token(request),
    }


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
    cache_control: str = PAGE_CACHE,
) -> Response:
    """Render a template in the request's language into an HTML response."""
    values = page_context(request)
    values.update(context or {})
    html = environment(values["locale"]).get_template(template).render(values)
    return Response(
        content=html,
        status_code=status_code,
        media_type="text/html",
        headers={
            "Content-Language": values["locale"],
            "Cache-Control": cache_control if status_code < 400 else "no-store",
        },
    )
