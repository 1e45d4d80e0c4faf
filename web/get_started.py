"""What a developer needs to start with a component: clone addresses, contacts, steps to adopt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote, urlsplit

from catalogue.models import Component

# Hosts whose repositories have /issues, /pulls, /releases and git@host:owner/name.git, as GitHub.
GITHUB_LIKE = {"github.com"}
# Root files (as harvested in files_sample) naming who looks after a repository, by kind.
COMMUNITY_FILES = {
    "contributing": re.compile(r"^contributing(\.(md|rst|txt|adoc))?$", re.IGNORECASE),
    "codeowners": re.compile(r"^codeowners$", re.IGNORECASE),
    "security": re.compile(r"^security(\.(md|rst|txt|adoc))?$", re.IGNORECASE),
}
# README headings that tell someone how to start: the first few become the steps to adopt.
ADOPTION_HEADING = re.compile(
    r"\b(install|installation|getting started|get started|quick ?start|set ?up|setup|usage|"
    r"how to use|using|run|running|deploy|deployment|build|building|configuration|configure|"
    r"requirements|prerequisites|contribut\w*|gosod|dechrau|defnydd|defnyddio|rhedeg|cyfrannu)\b",
    re.IGNORECASE,
)
STEPS_SHOWN = 6


@dataclass
class Contact:
    """One place to ask about the component, in the order people should try them."""

    source: str  # publiccode, organisation, editors, codeowners, contributing, security, issues
    name: str = ""
    email: str = ""
    href: str = ""


@dataclass
class GetStarted:
    clone_https: str = ""
    clone_ssh: str = ""
    issues: str = ""
    pulls: str = ""
    releases: str = ""
    contacts: list[Contact] = field(default_factory=list)
    security_policy: str = ""
    contributing: str = ""
    steps: list[str] = field(default_factory=list)


class _Headings(HTMLParser):
    """The text of h1–h4 headings in README HTML (already sanitised), in order."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self._depth = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("h1", "h2", "h3", "h4"):
            self._depth += 1
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3", "h4") and self._depth:
            self._depth -= 1
            text = " ".join("".join(self._text).split())
            if text:
                self.headings.append(text[:120])

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._text.append(data)


def readme_headings(html: str | None) -> list[str]:
    """Every heading of a README, as plain text."""
    parser = _Headings()
    parser.feed(html or "")
    return parser.headings


def adoption_steps(html: str | None) -> list[str]:
    """README headings that say how to install, run or contribute, first few only."""
    steps: list[str] = []
    for heading in readme_headings(html):
        if ADOPTION_HEADING.search(heading) and heading not in steps:
            steps.append(heading)
    return steps[:STEPS_SHOWN]


def _repository(component: Component) -> str:
    url = (component.repository_url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.netloc.lower() != component.host.lower():
        return ""  # never build links from a URL that is not the https page of its own host
    return url


def _community_file(component: Component, kind: str) -> str:
    for name in component.files_sample or []:
        if isinstance(name, str) and COMMUNITY_FILES[kind].match(name):
            return name
    return ""


def _blob(repository: str, component: Component, name: str) -> str:
    branch = quote(component.default_branch or "HEAD", safe="")
    return f"{repository}/blob/{branch}/{quote(name)}"


def get_started(
    component: Component, publiccode_contacts: list[dict], editors_contact: str | None
) -> GetStarted:
    """Clone addresses, links and contacts for a component, from what the catalogue holds."""
    repository = _repository(component)
    facts = GetStarted()
    github = component.host.lower() in GITHUB_LIKE and bool(repository)
    if github:
        facts.clone_https = f"{repository}.git"
        facts.clone_ssh = f"git@{component.host}:{component.full_name}.git"
        facts.issues = f"{repository}/issues"
        facts.pulls = f"{repository}/pulls"
        facts.releases = f"{repository}/releases"
    for contact in publiccode_contacts:
        facts.contacts.append(Contact("publiccode", name=contact["name"], email=contact["email"]))
    if editors_contact:
        facts.contacts.append(Contact("editors", name=editors_contact.strip()[:300]))
    facts.contacts.append(Contact("organisation"))
    if github:
        for kind in ("codeowners", "contributing", "security"):
            name = _community_file(component, kind)
            if name:
                href = _blob(repository, component, name)
                facts.contacts.append(Contact(kind, name=name, href=href))
                if kind == "security":
                    facts.security_policy = f"{repository}/security/policy"
                elif kind == "contributing":
                    facts.contributing = href
        if not component.archived:
            facts.contacts.append(Contact("issues", href=facts.issues))
    facts.steps = adoption_steps(component.readme_html)
    return facts
