"""Catalogue rows become similarity items (no database needed: transient ORM objects)."""

from datetime import UTC, datetime

from catalogue.models import Component, Dependency, Organisation
from search.similarity import items_from_components


def _component(**fields):
    organisation = Organisation(
        slug="welsh-government", name="Welsh Government", sector="central-government"
    )
    component = Component(
        id=fields.pop("id", 1),
        full_name="govwales/component-library",
        name="component-library",
        description="GOV.WALES components",
        description_cy="Cydrannau GOV.WALES",
        topics=["design-system"],
        readme_text="# Components",
        publiccode={"categories": ["Design-System", "content-management"]},
        component_type="design-system",
        fork=False,
        archived=False,
        primary_language="TypeScript",
        pushed_at=datetime(2026, 10, 1, tzinfo=UTC),
        **fields,
    )
    component.organisation = organisation
    component.dependencies = [
        Dependency(ecosystem="npm", name="react"),
        Dependency(ecosystem="npm", name="govuk-frontend"),
    ]
    return component


def test_components_map_to_items_with_organisation_and_dependencies():
    (item,) = items_from_components([_component()])
    assert item.id == 1 and item.organisation == "welsh-government"
    assert item.sector == "central-government"
    assert item.description_cy == "Cydrannau GOV.WALES"
    assert item.topics == ("design-system",)
    assert item.dependencies == (("npm", "govuk-frontend"), ("npm", "react"))
    assert item.categories == ("content-management", "design-system")
    assert item.component_type == "design-system"
    assert item.readme == "# Components"


def test_components_gone_from_their_host_are_left_out():
    removed = _component(id=2, removed_at=datetime(2026, 11, 1, tzinfo=UTC))
    assert [i.id for i in items_from_components([_component(), removed])] == [1]


def test_missing_optional_fields_become_empty_values():
    component = _component(id=3)
    component.description = None
    component.readme_text = None
    component.publiccode = None
    component.topics = None
    (item,) = items_from_components([component])
    assert item.description == "" and item.readme == "" and item.categories == ()
