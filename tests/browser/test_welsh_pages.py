"""Welsh pages read end to end in a browser hold no English but names and code (issue 18).

Each Welsh page's text as a reader meets it (visible text, text for screen readers, labels, titles
and the page title), minus what is marked lang="en", code, addresses and the names of
organisations and components, must hold neither an English message of the catalogue nor an
English function word. Set CATALOGUE_SCREENS to a directory to keep a screenshot of each page.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.browser.conftest import component_with_readme
from tests.integration.register.factories import PASSWORD

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "web/locales/cy/LC_MESSAGES/messages.po"
SCREENS = os.environ.get("CATALOGUE_SCREENS")

# The text a Welsh reader meets: text nodes and the labels read aloud, leaving out subtrees marked
# as another language, code, and anything not rendered at all (display: none). Text hidden only
# visually (govuk-visually-hidden) is read by screen readers, so it counts.
PAGE_TEXT = """() => {
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "PRE", "KBD", "SAMP", "svg"]);
  // Harvested text is data, shown as its owners wrote it: READMEs and what is quoted from them.
  const HARVESTED = ".app-readme, .app-snippet__text";
  const ATTRIBUTES = ["aria-label", "title", "alt", "placeholder", "aria-description"];
  const parts = [document.title];
  const walk = (element) => {
    if (SKIP.has(element.tagName) || element.matches(HARVESTED)) return;
    const lang = element.getAttribute("lang");
    if (lang && !lang.startsWith("cy")) return;
    const style = getComputedStyle(element);
    if (style.display === "none") return;
    for (const name of ATTRIBUTES) {
      if (element.hasAttribute(name)) parts.push("\\n" + element.getAttribute(name) + "\\n");
    }
    if (element.tagName === "INPUT" && ["submit", "button"].includes(element.type)) {
      parts.push("\\n" + element.value + "\\n");
    }
    const block = !style.display.startsWith("inline") || element.tagName === "BR";
    if (block) parts.push("\\n");
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child);
    }
    if (block) parts.push("\\n");
  };
  walk(document.body);
  return parts.join("");
}"""

# English words that no Welsh sentence uses: one of them left on a Welsh page is English text.
ENGLISH_WORDS = frozenset(
    "the and of to for with your this that you are from not has have will was were "
    "by it its on or be been which what when where who how there their they our we".split()
)
_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\S+|\b[\w.-]+/[\w./-]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>")


@cache
def english_phrases() -> tuple[frozenset[str], frozenset[str]]:
    """(phrases, single words) of English messages whose Welsh differs, as they would show."""
    with PO.open("rb") as f:
        catalogue = read_po(f, locale="cy")
    welsh_words: set[str] = set()
    english: list[str] = []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            welsh_words |= {w.lower() for w in _WORD.findall(string or "")}
        english += [i for i in ids if i not in strings]
    phrases, words = set(), set()
    for text in english:
        for chunk in _PLACEHOLDER.split(text):
            chunk = " ".join(chunk.split()).strip(" .,:;()“”‘’'\"")
            found = _WORD.findall(chunk)
            if len(found) >= 2:
                phrases.add(chunk)
            elif len(found) == 1 and len(chunk) >= 4 and chunk.lower() not in welsh_words:
                words.add(chunk)
    return frozenset(phrases), frozenset(words)


def english_on_page(text: str, names: list[str]) -> list[str]:
    """The English left in a Welsh page's text once names and addresses are taken out."""
    for name in names:
        text = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", " ", text)
    text = _ADDRESS.sub(" ", text)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    flat = "\n".join(lines)
    phrases, words = english_phrases()
    found = [f"message: {p!r}" for p in sorted(phrases) if p in flat]
    for line in lines:
        tokens = _WORD.findall(line)
        if {t for t in tokens if t in words} or {t.lower() for t in tokens} & ENGLISH_WORDS:
            found.append(f"line: {line!r}")
    return found


@pytest.fixture(scope="module")
def facts(loaded_engine):
    """Which component, organisation and reset link to visit, and the names a page may show."""
    from sqlalchemy import select

    from catalogue.accounts import create_user
    from catalogue.db import make_sessionmaker
    from catalogue.models import Component, Organisation
    from catalogue.models.organisation import name_in
    from catalogue.password_resets import issue_reset

    with make_sessionmaker(loaded_engine)() as session:
        component = component_with_readme(session)
        in_welsh = session.scalars(
            select(Component).where(Component.description_cy.is_not(None)).order_by(Component.id)
        ).first()
        # Names, and harvested descriptions: data, shown as their owners wrote them.
        names = set()
        # Organisations as Welsh pages must name them: in Welsh where they have a Welsh name.
        for organisation in session.scalars(select(Organisation)):
            names.add(name_in("cy", organisation.name, organisation.name_cy))
        for c in session.scalars(select(Component)):
            names |= {c.full_name, c.name, c.owner, c.primary_language or ""}
            names |= {c.description or "", c.description_cy or "", *(c.topics or [])}
        user = create_user(session, "welsh-pages@example.gov.wales", PASSWORD)
        token, _ = issue_reset(session, user, actor=None)
        create_user(session, "welsh-reader@example.gov.wales", PASSWORD)
        session.commit()
        return {
            "component": component.id,
            "welsh_component": in_welsh.id,
            "organisation": component.organisation.slug,
            "reset_token": token,
            # Longest first, so that a full name goes before the name inside it.
            "names": sorted((n for n in names if n), key=len, reverse=True),
        }


PAGES = {
    "search": "/cy/search?q=lleferydd",
    "search-filtered": "/cy/search?q=data&sector=health&sort=name",
    "search-no-results": "/cy/search?q=zzzqqqxxx",
    "component": "/cy/components/{component}",
    "component-in-welsh": "/cy/components/{welsh_component}",
    "organisation": "/cy/organisations/{organisation}",
    "check": "/cy/check",
    "register": "/cy/register",
    "register-project": "/cy/register/project",
    "sign-in": "/cy/account/sign-in",
    "forgotten-password": "/cy/account/forgotten-password",
    "reset-form": "/cy/account/reset/{reset_token}",
    "password-changed": "/cy/account/password-changed",
}


# On the server whose duplicated-work analysis has run, so that clusters show.
INSIGHT_PAGES = {
    "insight": "/cy/insight",
    "insight-my-organisation": "/cy/insight?organisation=companies-house",
    "insight-sector": "/cy/insight?sector=local-government",
    "insight-report": "/cy/insight/report",
    "insight-stacks": "/cy/insight/stacks?package=react&a=companies-house&b=dvla",
}


def submit(page, field: str) -> None:
    """Send the form that holds this field (not the header's search form)."""
    page.locator(f"form:has({field}) button:not([type=button])").last.click()
    page.wait_for_load_state()


def sign_in(page, email: str, password: str) -> None:
    page.goto("/cy/account/sign-in")
    page.fill("#email", email)
    page.fill("#password", password)
    submit(page, "#password")


def assert_welsh(page, name: str, facts: dict) -> None:
    found = read(page, name, facts)
    assert not found, "\n".join(found)


def read(page, name: str, facts: dict) -> list[str]:
    """Screenshot the page (when asked to) and return the English found on it."""
    assert page.locator("html").get_attribute("lang") == "cy"
    text = page.evaluate(PAGE_TEXT)
    if SCREENS:
        Path(SCREENS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENS) / f"{name}.png"), full_page=True, timeout=120_000)
        (Path(SCREENS) / f"{name}.txt").write_text(text, encoding="utf-8")
    return english_on_page(text, facts["names"])


@pytest.mark.parametrize("name", list(PAGES))
def test_a_welsh_page_holds_no_english(page, facts, name):
    response = page.goto(PAGES[name].format(**facts))
    assert response.status == 200
    assert_welsh(page, name, facts)


@pytest.mark.parametrize("name", list(INSIGHT_PAGES))
def test_a_welsh_insight_page_holds_no_english(analysed_page, facts, name):
    response = analysed_page.goto(INSIGHT_PAGES[name])
    assert response.status == 200
    assert analysed_page.locator(".app-cluster").count() or name != "insight"
    assert_welsh(analysed_page, name, facts)


def test_the_welsh_check_answer_holds_no_english(page, facts):
    page.goto("/cy/check")
    page.fill("#description", "Offer adnabod lleferydd Cymraeg ar gyfer apiau symudol")
    submit(page, "#description")
    assert page.locator(".app-search-hit").count() > 0
    assert_welsh(page, "check-answer", facts)


def test_welsh_form_errors_hold_no_english(page, facts):
    page.goto("/cy/register")
    submit(page, "#name")
    assert page.locator(".govuk-error-summary").count() == 1
    assert_welsh(page, "register-errors", facts)
    sign_in(page, "welsh-reader@example.gov.wales", "not the password")
    assert_welsh(page, "sign-in-errors", facts)


def test_the_welsh_account_pages_hold_no_english(page, facts):
    sign_in(page, "welsh-reader@example.gov.wales", PASSWORD)
    page.goto("/cy/account")
    assert_welsh(page, "account", facts)
    page.locator("form[action$='/sign-out'] button").first.click()
    page.wait_for_load_state()
    assert_welsh(page, "signed-out", facts)


def test_english_on_a_welsh_page_is_found():
    """The check can fail: English messages, function words and unmarked text are caught."""
    assert english_on_page("Chwilio\nSkip to main content", [])
    assert english_on_page("Canlyniadau\nA library for the NHS", [])
    assert english_on_page("Dewislen\nMenu", [])
    assert not english_on_page("Chwilio am god\nCyngor Gwynedd", ["Cyngor Gwynedd"])
    assert not english_on_page(
        "Gan Office for National Statistics", ["Office for National Statistics"]
    )
    assert not english_on_page("Gweler https://github.com/techiaith/the-thing", [])
