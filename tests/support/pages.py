"""Checking every HTML page a test fetches: structure, language, ids, forms, labels, Welsh text."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from babel.messages.pofile import read_po

WELSH_PO = Path(__file__).resolve().parents[2] / "web/locales/cy/LC_MESSAGES/messages.po"
# English text GOV.UK Frontend's macros and template print unless they are given our own.
GOVUK_ENGLISH_DEFAULTS = (
    "Skip to main content",
    "Support links",
    "Crown copyright",
    "All content is available under",
    "Show or hide",
    "Previous page",
    "Next page",
    "There is a problem",
    "Pagination",
    "Navigation menu",
    "GOV.UK - The best place",
)
ACCESSIBLE_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")
VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.html_lang: str | None = None
        self.title = ""
        self._in_title = False
        self._skip = 0
        self.forms: list[dict] = []
        self.label_targets: list[str] = []
        self.links: list[dict] = []
        self.scripts: list[dict] = []
        self.text: list[str] = []
        # Text outside elements marked lang="en" (harvested English: data, not interface).
        self.interface_text: list[str] = []
        self._open: list[tuple[str, bool]] = []  # open elements, and whether each is English
        self.attribute_text: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self.mains = 0
        self.meta: dict[str, str] = {}
        self.tags: Counter[str] = Counter()

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags[tag] += 1
        if tag not in VOID_TAGS:
            self._open.append((tag, attributes.get("lang") == "en"))
        if "id" in attributes:
            self.ids.append(attributes["id"])
        self.attribute_text.extend(attributes[a] for a in ACCESSIBLE_ATTRIBUTES if a in attributes)
        if tag == "html":
            self.html_lang = attributes.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "form":
            self.forms.append(attributes)
        elif tag == "label" and attributes.get("for"):
            self.label_targets.append(attributes["for"])
        elif tag in ("a", "link"):
            self.links.append(attributes)
        elif tag == "script":
            self.scripts.append(attributes)
            self._skip += 1
        elif tag == "style":
            self._skip += 1
        elif tag == "main":
            self.mains += 1
        elif tag == "meta" and attributes.get("name"):
            self.meta[attributes["name"]] = attributes.get("content", "")
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append((tag, ""))

    def handle_endtag(self, tag):
        if any(name == tag for name, _ in self._open):
            while self._open and self._open.pop()[0] != tag:
                pass
        if tag == "title":
            self._in_title = False
        elif tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if not self._skip:
            self.text.append(data)
            if not any(english for _, english in self._open):
                self.interface_text.append(data)

    @property
    def visible_text(self) -> str:
        return " ".join(" ".join(self.text).split())

    @property
    def visible_interface_text(self) -> str:
        return " ".join(" ".join(self.interface_text).split())


@cache
def english_interface_text() -> tuple[str, ...]:
    """Longer English messages of our catalogue whose Welsh differs: none may show on a Welsh page."""
    with WELSH_PO.open("rb") as handle:
        catalogue = read_po(handle)
    messages = []
    for message in catalogue:
        if not message.id or isinstance(message.id, tuple):
            continue
        text = message.id.replace("%%", "%")
        if "<" in text or "%(" in text or len(text) < 20 or message.string == message.id:
            continue
        messages.append(text)
    return tuple(messages)


def check_page(html: str, locale: str) -> PageParser:
    """Assert the things every page must get right, and return what was parsed."""
    assert html.lstrip().lower().startswith("<!doctype html>")
    page = PageParser()
    page.feed(html)
    assert page.html_lang == locale, f"<html lang> is {page.html_lang!r}, expected {locale!r}"
    assert page.title.strip(), "page has no <title>"
    duplicates = [i for i, n in Counter(page.ids).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    for form in page.forms:
        assert form.get("action"), f"form without action: {form}"
        assert form.get("method", "get").lower() in ("get", "post"), f"odd form method: {form}"
    missing = set(page.label_targets) - set(page.ids)
    assert not missing, f"labels pointing at no element: {missing}"
    for script in page.scripts:
        assert script.get("src") or script.get("nonce"), "inline script without a CSP nonce"
    hreflangs = {link.get("hreflang") for link in page.links if link.get("rel") == "alternate"}
    assert {"en", "cy"} <= hreflangs, "missing hreflang alternates"
    assert page.mains == 1 and "main-content" in page.ids, "one <main id=main-content> expected"
    assert page.tags["h1"] == 1, f"expected one h1, found {page.tags['h1']}"
    assert any(link.get("href") == "#main-content" for link in page.links), "no skip link"
    for link in page.links:
        href = (link.get("href") or "").strip().lower()
        assert not href.startswith(("javascript:", "data:", "vbscript:")), f"unsafe link {href!r}"
    if locale == "cy":
        _check_welsh(page)
    return page


def _check_welsh(page: PageParser) -> None:
    """A Welsh page shows no interface text in English (harvested descriptions are data, not interface)."""
    shown = page.visible_interface_text + " " + " ".join(page.attribute_text) + " " + page.title
    shown += " " + page.meta.get("description", "")
    defaults = [text for text in GOVUK_ENGLISH_DEFAULTS if text in shown]
    assert not defaults, f"GOV.UK English defaults on a Welsh page: {defaults}"
    english = [text for text in english_interface_text() if text in shown]
    assert not english, f"untranslated interface text on a Welsh page: {english[:5]}"
