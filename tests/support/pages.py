"""Checking every HTML page a test fetches: structure, language, ids, forms, labels."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.html_lang: str | None = None
        self.title = ""
        self._in_title = False
        self.forms: list[dict] = []
        self.label_targets: list[str] = []
        self.links: list[dict] = []
        self.scripts: list[dict] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
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

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        self.text.append(data)


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
    missing = set(page.label_targets) - set(page.ids)
    assert not missing, f"labels pointing at no element: {missing}"
    for script in page.scripts:
        assert script.get("src") or script.get("nonce"), "inline script without a CSP nonce"
    hreflangs = {link.get("hreflang") for link in page.links if link.get("rel") == "alternate"}
    assert {"en", "cy"} <= hreflangs, "missing hreflang alternates"
    return page
