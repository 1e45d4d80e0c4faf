"""Listing requests and project requests: checks, duplicates, moderation and its audit log."""

import pytest
from sqlalchemy import select

from catalogue.accounts import NotPermittedError
from catalogue.models import Account, AuditLog, Organisation
from catalogue.registration import (
    DecisionError,
    FormError,
    OrganisationApplication,
    ProjectApplication,
    approve_project,
    approve_registration,
    approved_projects,
    registration_clashes,
    reject_project,
    reject_registration,
    submit_project,
    submit_registration,
    suggest_slug,
)
from tests.integration.register.factories import make_component, make_organisation, make_user

HOSTS = ("github.com",)


def application(**changes) -> OrganisationApplication:
    values = {
        "name": "Cyngor Sir Ynys Môn",
        "name_cy": "Cyngor Sir Ynys Môn",
        "sector": "local-government",
        "website": "https://www.anglesey.gov.wales",
        "accounts": "https://github.com/ynys-mon-test\nhttps://github.com/Ynys-Mon-Test/\n",
        "contact_email": "digital@example.gov.wales",
        "reason": "We publish our planning tools.",
        "identifier_kind": "gss",
        "identifier": "w06000001",
    }
    values.update(changes)
    return OrganisationApplication(**values)


def test_a_request_is_stored_pending_with_its_accounts_checked(db_session):
    request = submit_registration(db_session, application(), HOSTS)
    assert request.status == "pending"
    assert request.accounts == [{"host": "github.com", "login": "ynys-mon-test"}]
    assert (request.identifier_kind, request.identifier) == ("gss", "W06000001")
    assert request.website == "https://www.anglesey.gov.wales/"


def test_every_problem_is_reported_against_its_field(db_session):
    with pytest.raises(FormError) as caught:
        submit_registration(
            db_session,
            OrganisationApplication(
                website="http://insecure.example",
                accounts="https://gitlab.com/someone",
                contact_email="not-an-email",
                identifier_kind="ods",
                identifier="??",
            ),
            HOSTS,
        )
    assert set(caught.value.problems) == {
        "name",
        "sector",
        "website",
        "accounts",
        "contact_email",
        "reason",
        "identifier",
    }
    assert "github.com" in str(caught.value.problems["accounts"])


def test_an_account_already_listed_is_a_duplicate(db_session):
    make_organisation(
        db_session, "listed-org", name="Listed Org", accounts=[("github.com", "Already-Here")]
    )
    with pytest.raises(FormError) as caught:
        submit_registration(
            db_session, application(accounts="https://github.com/already-here"), HOSTS
        )
    assert "already listed, under Listed Org" in str(caught.value.problems["accounts"])


def test_an_account_waiting_in_another_request_is_a_duplicate(db_session):
    submit_registration(db_session, application(accounts="https://github.com/waiting-acct"), HOSTS)
    with pytest.raises(FormError) as caught:
        submit_registration(
            db_session, application(accounts="https://github.com/WAITING-ACCT"), HOSTS
        )
    assert "already waiting for review" in str(caught.value.problems["accounts"])


def test_approval_lists_the_organisation_and_its_accounts_and_is_audited(db_session):
    moderator = make_user(db_session, is_admin=True)
    request = submit_registration(
        db_session, application(accounts="https://github.com/approve-me"), HOSTS
    )
    organisation = approve_registration(db_session, request, moderator)
    assert organisation.slug == "cyngor-sir-ynys-mon"
    assert organisation.verified
    assert (organisation.identifier_kind, organisation.identifier) == ("gss", "W06000001")
    assert [a.login for a in organisation.accounts] == ["approve-me"]
    assert request.status == "approved"
    assert request.decided_by is moderator
    entry = db_session.scalars(
        select(AuditLog).where(AuditLog.action == "registration.approve")
    ).one()
    assert entry.actor == moderator.email
    assert entry.target_id == str(request.id)
    assert entry.before["request"]["status"] == "pending"
    assert entry.before["organisation"] is None
    assert entry.after["request"]["status"] == "approved"
    assert entry.after["organisation"]["accounts"] == ["github.com/approve-me"]


def test_approving_into_an_existing_organisation_records_it_before_and_after(db_session):
    moderator = make_user(db_session, is_admin=True)
    existing = make_organisation(db_session, "existing-body", accounts=[("github.com", "old-acct")])
    request = submit_registration(
        db_session, application(accounts="https://github.com/new-acct"), HOSTS
    )
    approve_registration(db_session, request, moderator, slug="existing-body")
    assert sorted(a.login for a in existing.accounts) == ["new-acct", "old-acct"]
    entry = db_session.scalars(
        select(AuditLog).where(AuditLog.action == "registration.approve")
    ).one()
    assert entry.before["organisation"]["accounts"] == ["github.com/old-acct"]
    assert entry.after["organisation"]["accounts"] == ["github.com/new-acct", "github.com/old-acct"]


def test_an_account_listed_since_the_request_blocks_approval_without_half_changes(db_session):
    moderator = make_user(db_session, is_admin=True)
    request = submit_registration(
        db_session,
        application(accounts="https://github.com/free-acct\nhttps://github.com/taken-later"),
        HOSTS,
    )
    make_organisation(db_session, "quick-org", accounts=[("github.com", "taken-later")])
    assert len(registration_clashes(db_session, request)) == 1
    with pytest.raises(DecisionError, match="already belongs to quick-org"):
        approve_registration(db_session, request, moderator)
    assert request.status == "pending"
    assert db_session.scalar(select(Account).where(Account.login_key == "free-acct")) is None
    assert (
        db_session.scalar(select(Organisation).where(Organisation.slug == "cyngor-sir-ynys-mon"))
        is None
    )


def test_rejection_needs_a_reason_and_is_audited(db_session):
    moderator = make_user(db_session, is_admin=True)
    request = submit_registration(
        db_session, application(accounts="https://github.com/rejected-acct"), HOSTS
    )
    with pytest.raises(FormError):
        reject_registration(db_session, request, moderator, "   ")
    reject_registration(db_session, request, moderator, "Not a Welsh public body")
    assert request.status == "rejected"
    assert request.decision_reason == "Not a Welsh public body"
    entry = db_session.scalars(
        select(AuditLog).where(AuditLog.action == "registration.reject")
    ).one()
    assert entry.after["request"]["decision_reason"] == "Not a Welsh public body"
    with pytest.raises(DecisionError, match="already been decided"):
        approve_registration(db_session, request, moderator)


def test_only_moderators_can_decide(db_session):
    organisation = make_organisation(db_session)
    editor = make_user(db_session, organisation=organisation)
    request = submit_registration(
        db_session, application(accounts="https://github.com/mod-only"), HOSTS
    )
    for decide in (
        lambda who: approve_registration(db_session, request, who),
        lambda who: reject_registration(db_session, request, who, "no"),
    ):
        for who in (editor, None):
            with pytest.raises(NotPermittedError):
                decide(who)
    assert request.status == "pending"
    assert not db_session.scalars(
        select(AuditLog).where(AuditLog.action.like("registration.%"))
    ).all()


def test_a_project_is_one_repository_under_a_listed_organisation(db_session):
    organisation = make_organisation(db_session, "project-owner")
    moderator = make_user(db_session, is_admin=True)
    request = submit_project(
        db_session,
        ProjectApplication(
            "project-owner",
            "https://github.com/supplier-co/council-app",
            "a@example.gov.wales",
            "Built for us",
        ),
        HOSTS,
    )
    assert (request.host, request.full_name) == ("github.com", "supplier-co/council-app")
    approve_project(db_session, request, moderator)
    assert [p.full_name for p in approved_projects(db_session)] == ["supplier-co/council-app"]
    assert approved_projects(db_session)[0].organisation is organisation
    with pytest.raises(FormError) as again:
        submit_project(
            db_session,
            ProjectApplication(
                "project-owner",
                "https://github.com/Supplier-Co/Council-App",
                "a@example.gov.wales",
                "again",
            ),
            HOSTS,
        )
    assert "already asked" in str(again.value.problems["repository_url"])


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://github.com/harvested-acct/anything", "already harvested"),
        ("https://github.com/project-home/existing-one", "already in the catalogue"),
        ("https://github.com/harvested-acct", "is an account"),
        ("https://example.com/a/b", "Only addresses on github.com"),
    ],
)
def test_project_duplicates_and_bad_addresses_are_refused(db_session, url, message):
    home = make_organisation(
        db_session, "project-home", accounts=[("github.com", "harvested-acct")]
    )
    make_component(db_session, home, "existing-one")
    with pytest.raises(FormError) as caught:
        submit_project(
            db_session, ProjectApplication("project-home", url, "a@example.gov.wales", "why"), HOSTS
        )
    assert message in str(caught.value.problems["repository_url"])


def test_a_project_must_name_a_listed_organisation_and_rejection_is_audited(db_session):
    with pytest.raises(FormError) as caught:
        submit_project(
            db_session,
            ProjectApplication("no-such-org", "https://github.com/a/b", "a@example.gov.wales", "x"),
            HOSTS,
        )
    assert "organisation" in caught.value.problems
    make_organisation(db_session, "real-org")
    request = submit_project(
        db_session,
        ProjectApplication("real-org", "https://github.com/a/b", "a@example.gov.wales", "x"),
        HOSTS,
    )
    moderator = make_user(db_session, is_admin=True)
    reject_project(db_session, request, moderator, "Personal experiment")
    entry = db_session.scalars(select(AuditLog).where(AuditLog.action == "project.reject")).one()
    assert entry.before["request"]["status"] == "pending"
    assert entry.after["request"] == {
        "organisation": "real-org",
        "repository": "https://github.com/a/b",
        "status": "rejected",
        "decision_reason": "Personal experiment",
    }


def test_slugs_are_suggested_from_names():
    assert suggest_slug("Cyngor Sir Ynys Môn") == "cyngor-sir-ynys-mon"
    assert suggest_slug("Ŵyr & Ŷd: Ltd.") == "wyr-yd-ltd"
    assert suggest_slug("!!!") == "organisation"


def test_a_supplier_names_a_listed_body_it_builds_for(db_session):
    make_organisation(db_session, "client-body", name="Client Body", sector="health")
    request = submit_registration(
        db_session,
        application(
            sector="supplier", accounts="https://github.com/a-supplier", builds_for="client-body"
        ),
        HOSTS,
    )
    assert request.builds_for == "client-body"
    with pytest.raises(FormError) as caught:
        submit_registration(
            db_session,
            application(accounts="https://github.com/other-supplier", builds_for="nobody-here"),
            HOSTS,
        )
    assert set(caught.value.problems) == {"builds_for"}
    make_organisation(db_session, "other-supplier", name="Other Supplier", sector="supplier")
    with pytest.raises(FormError) as caught:
        submit_registration(
            db_session,
            application(accounts="https://github.com/third-supplier", builds_for="other-supplier"),
            HOSTS,
        )
    assert set(caught.value.problems) == {"builds_for"}  # a supplier is no public body
    chose_none = submit_registration(
        db_session, application(accounts="https://github.com/no-client", builds_for="none"), HOSTS
    )
    assert chose_none.builds_for is None


def test_approving_a_supplier_sets_the_body_it_builds_for(db_session):
    moderator = make_user(db_session, is_admin=True)
    client = make_organisation(db_session, "client-body-2", name="Client Body", sector="health")
    request = submit_registration(
        db_session,
        application(accounts="https://github.com/supplier-2", builds_for="client-body-2"),
        HOSTS,
    )
    supplier = approve_registration(db_session, request, moderator, slug="supplier-2")
    assert supplier.builds_for is client
    entry = db_session.scalars(
        select(AuditLog).where(AuditLog.action == "registration.approve")
    ).one()
    assert entry.before["request"]["builds_for"] == "client-body-2"
    assert entry.after["organisation"]["builds_for"] == "client-body-2"


def test_a_supplier_is_not_listed_for_a_body_gone_since_nor_as_that_body(db_session):
    moderator = make_user(db_session, is_admin=True)
    client = make_organisation(db_session, "client-body-3", name="Client Body", sector="health")
    request = submit_registration(
        db_session,
        application(accounts="https://github.com/supplier-3", builds_for="client-body-3"),
        HOSTS,
    )
    with pytest.raises(DecisionError, match="it says it builds for that body"):
        approve_registration(db_session, request, moderator, slug="client-body-3")
    assert client.accounts == []
    db_session.delete(client)
    db_session.flush()
    with pytest.raises(DecisionError, match="client-body-3, the body the request says it builds"):
        approve_registration(db_session, request, moderator, slug="supplier-3")
    assert request.status == "pending"
    assert db_session.scalar(select(Account).where(Account.login_key == "supplier-3")) is None
    assert db_session.scalar(select(Organisation).where(Organisation.slug == "supplier-3")) is None
