"""A component page gets a developer started: clone commands, links, whom to ask, how to reuse."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import Annotation, Component
from tests.support.pages import check_page


def _find(loaded_engine, wanted) -> int:
    with make_sessionmaker(loaded_engine)() as session:
        for component in session.scalars(select(Component).order_by(Component.id)):
            if wanted(component):
                return component.id
    raise AssertionError("no such component in the bundled data")


def _has(component: Component, name: str) -> bool:
    return name.lower() in {str(f).lower() for f in component.files_sample or []}


@pytest.fixture(scope="module")
def with_security(loaded_engine) -> int:
    return _find(
        loaded_engine,
        lambda c: _has(c, "SECURITY.md") and _has(c, "CONTRIBUTING.md") and not c.archived,
    )


def section(html: str, start: str, end: str) -> str:
    return html[html.index(f'id="{start}"') : html.index(f'id="{end}"')]


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_clone_commands_are_text_with_buttons_that_wait_for_javascript(
    client, with_security, prefix
):
    html = client.get(f"{prefix}/components/{with_security}").text
    check_page(html, "cy" if prefix else "en")
    start = section(html, "get-started", "contact")
    https = re.search(
        r'<code id="clone-https">git clone (https://github\.com/\S+\.git)</code>', start
    )
    ssh = re.search(r'<code id="clone-ssh">git clone (git@github\.com:\S+\.git)</code>', start)
    assert https and ssh
    repository = https.group(1).removesuffix(".git")
    # Without JavaScript the buttons stay hidden: the text is there to select.
    assert start.count('data-app-copy="clone-') == 2
    assert all(" hidden>" in b for b in re.findall(r"<button[^>]*data-app-copy[^>]*>", start))
    for place in ("issues", "pulls", "releases"):
        assert f'href="{repository}/{place}"' in start


def test_contacts_come_in_order_and_security_has_its_own_advice(client, with_security):
    html = client.get(f"/components/{with_security}").text
    contacts = section(html, "contact", "reuse")
    order = [
        contacts.index("The organisation that publishes it"),
        contacts.index("Its guide for contributors (CONTRIBUTING.md)"),
        contacts.index("Its security policy"),
        contacts.index("Open an issue in the repository"),
    ]
    assert order == sorted(order)
    assert "How to report a vulnerability" in contacts
    assert re.search(r'href="https://github\.com/[^"]+/security/policy"', contacts)
    assert re.search(r'href="https://github\.com/[^"]+/blob/[^"]+/SECURITY\.md"', contacts)


def test_publiccode_maintainers_and_editors_contact_come_first(hostile):
    client, ids = hostile
    html = client.get(f"/components/{ids['hostile']}").text
    contacts = section(html, "contact", "reuse")
    assert "<script>" not in contacts  # harvested names are escaped
    assert contacts.index("maintainer named in its publiccode.yml") < contacts.index(
        "The organisation that publishes it"
    )


def test_editors_contact_is_listed_after_publiccode_and_before_the_organisation(
    client, loaded_engine
):
    component_id = _find(loaded_engine, lambda c: not c.publiccode)
    with make_sessionmaker(loaded_engine).begin() as session:
        session.add(
            Annotation(component_id=component_id, contact="Tîm Digidol, digidol@example.cymru")
        )
    try:
        html = client.get(f"/cy/components/{component_id}").text
        check_page(html, "cy")
        contacts = section(html, "contact", "reuse")
        assert contacts.index("Tîm Digidol") < contacts.index("Y sefydliad sy’n ei chyhoeddi")
    finally:
        with make_sessionmaker(loaded_engine).begin() as session:
            session.execute(
                Annotation.__table__.delete().where(Annotation.component_id == component_id)
            )


def test_reuse_section_names_dependencies_and_steps_from_the_readme(client, loaded_engine):
    component_id = _find(
        loaded_engine,
        lambda c: c.dependencies and c.readme_html and "<h2>Install" in c.readme_html,
    )
    html = client.get(f"/components/{component_id}").text
    reuse = section(html, "reuse", "languages" if 'id="languages"' in html else "dependencies")
    assert "What it depends on" in reuse and 'href="#dependencies"' in reuse
    assert "Is it maintained?" in reuse
    steps = reuse[reuse.index("Steps to adopt it") :]
    assert re.search(r"<li[^>]*>Install", steps)
