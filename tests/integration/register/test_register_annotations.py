"""Editors annotate only their own organisation's components; used-by claims need the user's yes."""

import pytest
from sqlalchemy import select

from catalogue.accounts import NotPermittedError
from catalogue.annotations import (
    annotate,
    can_annotate,
    claim_used_by,
    claims_awaiting,
    claims_for,
    confirm_claim,
    get_annotation,
    withdraw_claim,
)
from catalogue.models import AuditLog
from catalogue.registration import FormError
from catalogue.urls import InputError
from tests.integration.register.factories import make_component, make_organisation, make_user


@pytest.fixture
def world(db_session):
    org_a = make_organisation(db_session, "org-a", name="Org A")
    org_b = make_organisation(db_session, "org-b", name="Org B")
    org_c = make_organisation(db_session, "org-c", name="Org C")
    return {
        "org_a": org_a,
        "org_b": org_b,
        "org_c": org_c,
        "component_a": make_component(db_session, org_a, "tool-a"),
        "component_b": make_component(db_session, org_b, "tool-b"),
        "editor_a": make_user(db_session, "a@example.gov.wales", organisation=org_a),
        "editor_b": make_user(db_session, "b@example.gov.wales", organisation=org_b),
        "editor_c": make_user(db_session, "c@example.gov.wales", organisation=org_c),
        "admin": make_user(db_session, "mod@example.gov.wales", is_admin=True),
    }


def test_an_editor_annotates_their_own_component_with_an_audit_trail(db_session, world):
    annotate(
        db_session,
        world["editor_a"],
        world["component_a"],
        "Fork it freely",
        "team@a.example",
        "beta",
    )
    annotation = get_annotation(db_session, world["component_a"].id)
    assert (annotation.reuse_notes, annotation.contact, annotation.maturity) == (
        "Fork it freely",
        "team@a.example",
        "beta",
    )
    annotate(db_session, world["editor_a"], world["component_a"], "Ask first", "", "stable")
    entries = db_session.scalars(
        select(AuditLog).where(AuditLog.action == "annotation.update").order_by(AuditLog.id)
    ).all()
    assert entries[0].before is None
    assert entries[1].before == {
        "reuse_notes": "Fork it freely",
        "contact": "team@a.example",
        "maturity": "beta",
    }
    assert entries[1].after == {"reuse_notes": "Ask first", "contact": None, "maturity": "stable"}


@pytest.mark.parametrize("who", ["editor_b", "admin", None])
def test_nobody_else_can_annotate_a_component(db_session, world, who):
    user = world[who] if who else None
    assert not can_annotate(user, world["component_a"])
    with pytest.raises(NotPermittedError):
        annotate(db_session, user, world["component_a"], "Hijacked", "", "obsolete")
    assert get_annotation(db_session, world["component_a"].id) is None


def test_an_editor_of_org_a_cannot_annotate_org_bs_component(db_session, world):
    with pytest.raises(NotPermittedError, match="your own organisation"):
        annotate(db_session, world["editor_a"], world["component_b"], "Mine now", "", "")


def test_a_disabled_editor_loses_their_rights(db_session, world):
    world["editor_a"].active = False
    with pytest.raises(NotPermittedError):
        annotate(db_session, world["editor_a"], world["component_a"], "x", "", "")


def test_annotation_values_are_checked(db_session, world):
    with pytest.raises(FormError) as caught:
        annotate(
            db_session, world["editor_a"], world["component_a"], "x" * 4001, "y" * 301, "legendary"
        )
    assert set(caught.value.problems) == {"reuse_notes", "contact", "maturity"}


def test_a_used_by_claim_is_verified_only_when_the_user_confirms_it(db_session, world):
    claim = claim_used_by(db_session, world["editor_a"], world["component_a"], "org-b")
    assert not claim.verified
    assert claims_awaiting(db_session, world["org_b"].id) == [claim]
    confirm_claim(db_session, world["editor_b"], claim)
    assert claim.verified
    assert claims_awaiting(db_session, world["org_b"].id) == []
    assert [c.organisation.slug for c in claims_for(db_session, world["component_a"].id)] == [
        "org-b"
    ]
    actions = db_session.scalars(
        select(AuditLog.action).where(AuditLog.target_type == "used_by_claim")
    ).all()
    assert actions == ["used_by.claim", "used_by.confirm"]
    with pytest.raises(InputError, match="already been confirmed"):
        confirm_claim(db_session, world["editor_b"], claim)


@pytest.mark.parametrize("who", ["editor_a", "editor_c", "admin", None])
def test_nobody_but_the_using_organisation_can_confirm(db_session, world, who):
    claim = claim_used_by(db_session, world["editor_a"], world["component_a"], "org-b")
    with pytest.raises(NotPermittedError, match="Only editors of Org B"):
        confirm_claim(db_session, world[who] if who else None, claim)
    assert not claim.verified


def test_claims_on_another_organisations_component_are_refused(db_session, world):
    with pytest.raises(NotPermittedError):
        claim_used_by(db_session, world["editor_b"], world["component_a"], "org-b")
    with pytest.raises(NotPermittedError):
        claim_used_by(db_session, world["editor_c"], world["component_a"], "org-b")


def test_claims_must_name_another_real_organisation_once(db_session, world):
    for slug, message in [("org-a", "owns it"), ("no-such-org", "Choose the organisation")]:
        with pytest.raises(FormError) as caught:
            claim_used_by(db_session, world["editor_a"], world["component_a"], slug)
        assert message in str(caught.value.problems["organisation"])
    claim_used_by(db_session, world["editor_a"], world["component_a"], "org-c")
    with pytest.raises(FormError, match="already listed"):
        claim_used_by(db_session, world["editor_a"], world["component_a"], "org-c")


def test_either_side_may_withdraw_a_claim_but_nobody_else(db_session, world):
    claim = claim_used_by(db_session, world["editor_a"], world["component_a"], "org-b")
    for outsider in (world["editor_c"], world["admin"], None):
        with pytest.raises(NotPermittedError):
            withdraw_claim(db_session, outsider, claim)
    withdraw_claim(db_session, world["editor_b"], claim)
    assert claims_for(db_session, world["component_a"].id) == []
    entry = db_session.scalars(select(AuditLog).where(AuditLog.action == "used_by.withdraw")).one()
    assert entry.before["organisation"] == "org-b"
    assert entry.after is None
