"""What counts as a problem with a component's metadata, and what makes two problems the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from catalogue.models import Component, ComponentProblem
from catalogue.problems import Found, find_problems
from catalogue.problems.record import GRACE, is_due

VALID_LOOKING = {
    "description": "Collects bins",
    "licence": "MIT",
    "readme_text": "Collects bins.",
    "files_sample": ["README.md"],
}


def component(**fields) -> Component:
    return Component(full_name="cyngor/casglu", name="casglu", **{**VALID_LOOKING, **fields})


def kinds(found: list[Found]) -> list[str]:
    return [f.kind for f in found]


def test_a_component_without_licence_readme_or_welsh_has_those_problems():
    found = find_problems(component(licence=None, readme_text=None, files_sample=[]))
    assert kinds(found) == ["licence.missing", "readme.missing", "description_cy.missing"]


def test_a_licence_stated_only_in_the_readme_asks_the_owners_for_a_licence_file():
    found = find_problems(component(licence_source="readme", description_cy="Casglu biniau"))
    assert kinds(found) == ["licence.file_missing"]


def test_a_welsh_description_in_publiccode_yml_counts():
    welsh = {"description": {"cy": {"shortDescription": "Casglu biniau"}}}
    assert find_problems(component(publiccode=welsh)) == []
    assert find_problems(component(description_cy="Casglu biniau")) == []


def test_an_invalid_publiccode_yml_brings_its_messages_with_their_lines():
    raw = "publiccodeYmlVersion: '0.4'\nname: Casglu\ndevelopmentStatus: sideways\n"
    invalid = next(f for f in find_problems(component(publiccode_raw=raw)) if f.details)
    assert invalid.kind == "publiccode.invalid"
    assert any(
        d.startswith("publiccode.yml:3:1: error: developmentStatus") for d in invalid.details
    )


def test_archived_components_are_not_nagged():
    assert find_problems(component(licence=None, archived=True)) == []


def test_the_same_problem_has_the_same_fingerprint_and_a_changed_one_another():
    one = Found("publiccode.invalid", ("publiccode.yml:3:1: error: x",))
    assert (
        one.fingerprint
        == Found("publiccode.invalid", ("publiccode.yml:3:1: error: x",)).fingerprint
    )
    assert (
        one.fingerprint
        != Found("publiccode.invalid", ("publiccode.yml:4:1: error: x",)).fingerprint
    )
    assert one.fingerprint != Found("licence.missing").fingerprint


def test_unreachable_addresses_wait_for_a_second_harvest_or_the_grace_period():
    now = datetime(2026, 12, 3, 8, tzinfo=UTC)
    down = ComponentProblem(kind="url.unreachable", times_seen=1, first_seen_at=now)
    assert not is_due(down, now)
    assert is_due(down, now + GRACE)
    down.times_seen = 2
    assert is_due(down, now)
    told = ComponentProblem(
        kind="licence.missing", times_seen=1, first_seen_at=now, notified_at=now
    )
    assert not is_due(told, now + timedelta(days=30))
    assert is_due(ComponentProblem(kind="licence.missing", times_seen=1, first_seen_at=now), now)
