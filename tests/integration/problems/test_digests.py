"""After each harvest an organisation's editors hear once of new problems, in their language."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.models import ComponentProblem, Message, Organisation
from catalogue.models.messages import QUEUED, SUPPRESSED
from catalogue.outbox import deliver_due
from catalogue.problems import set_preferences
from catalogue.transports import SmtpTransport
from tests.conftest import make_settings
from tests.integration.harvest.helpers import run_harvest
from tests.integration.problems.helpers import add_editor

# Version and name only: publiccode.yml's other required keys are missing, each with its line.
INVALID = "publiccodeYmlVersion: '0.4'\nname: Casglu\n"
INVALID_AGAIN = INVALID + "developmentStatus: sideways\n"
DOWN = "https://down.example.cymru/casglu"


def digests(catalogue) -> list[Message]:
    with make_sessionmaker(catalogue.engine)() as session:
        return list(
            session.scalars(
                select(Message).where(Message.kind == "problems.digest").order_by(Message.id)
            )
        )


def problems(catalogue) -> list[ComponentProblem]:
    with make_sessionmaker(catalogue.engine)() as session:
        return list(session.scalars(select(ComponentProblem).order_by(ComponentProblem.id)))


def council(catalogue, github, **repo) -> None:
    """An organisation with one repository whose publiccode.yml is broken, and two editors."""
    fields = {
        "description": "Collects bins",
        "licence": "MIT",
        "files": {"README.md": "# Casglu\n\nCollects bins.\n", "publiccode.yml": INVALID},
    }
    github.add_repo("cyngor-sir", "casglu", **{**fields, **repo})
    catalogue.register("cyngor-sir", "cyngor-sir")
    add_editor(catalogue, "cyngor-sir", "editor@cyngor.gov.wales", "en")
    add_editor(catalogue, "cyngor-sir", "golygydd@cyngor.llyw.cymru", "cy")


def smtp_settings(catalogue, smtp):
    return make_settings(
        catalogue.settings.data_dir, CATALOGUE_SMTP_URL=smtp.url, CATALOGUE_MAIL_FROM="c@x.cymru"
    )


def by_address(messages: list[Message]) -> dict[str, Message]:
    return {m.address: m for m in messages}


def test_two_harvests_send_one_digest_to_each_editor_in_their_language(catalogue, github, smtp):
    council(catalogue, github)

    run_harvest(catalogue, github)
    run_harvest(catalogue, github)

    sent = by_address(digests(catalogue))
    assert sorted(sent) == ["editor@cyngor.gov.wales", "golygydd@cyngor.llyw.cymru"]
    english, welsh = sent["editor@cyngor.gov.wales"], sent["golygydd@cyngor.llyw.cymru"]
    assert english.subject == "New problems with your components’ metadata: Cyngor-Sir"
    assert "cyngor-sir/casglu" in english.body
    assert "The publiccode.yml is not valid" in english.body
    assert "publiccode.yml:1:1: error: url is required." in english.body
    assert "/organisations/cyngor-sir/problem-settings" in english.body
    assert "There is no description in Welsh" in english.body
    assert welsh.language == "cy"
    assert welsh.subject == "Problemau newydd ym metadata eich cydrannau: Cyngor-Sir"
    assert "Nid yw’r publiccode.yml yn ddilys" in welsh.body
    assert "/cy/components/" in welsh.body and "/cy/organisations/cyngor-sir" in welsh.body
    assert all(p.times_seen == 2 and p.notified_at is not None for p in problems(catalogue))

    # Delivered over a real SMTP connection, as any other e-mail.
    settings = smtp_settings(catalogue, smtp)
    sessions = make_sessionmaker(catalogue.engine)
    assert deliver_due(sessions, SmtpTransport(settings)) == 2
    received = smtp.wait_for(2)
    assert {m["To"] for m in received} == set(sent)


def test_a_changed_problem_is_sent_again_and_only_it(catalogue, github):
    council(catalogue, github)
    run_harvest(catalogue, github)
    first = problems(catalogue)

    github.update_repo(
        "cyngor-sir/casglu", files={"README.md": "# C\n", "publiccode.yml": INVALID_AGAIN}
    )
    run_harvest(catalogue, github)

    later = by_address(digests(catalogue)[2:])
    assert sorted(later) == ["editor@cyngor.gov.wales", "golygydd@cyngor.llyw.cymru"]
    body = later["editor@cyngor.gov.wales"].body
    assert "The publiccode.yml is not valid" in body
    assert "publiccode.yml:3:1: error: developmentStatus must be one of" in body, (
        "the new message, with its line"
    )
    assert "There is no description in Welsh" not in body, "unchanged problems are not resent"
    rows = problems(catalogue)
    old = next(
        p for p in rows if p.id == next(f.id for f in first if f.kind == "publiccode.invalid")
    )
    assert old.resolved_at is not None, "the old wording of the problem is gone"
    welsh = next(p for p in rows if p.kind == "description_cy.missing")
    assert welsh.first_seen_at == next(f for f in first if f.kind == welsh.kind).first_seen_at


def test_fixed_problems_are_resolved_and_nothing_is_sent(catalogue, github):
    council(catalogue, github)
    run_harvest(catalogue, github)

    github.update_repo("cyngor-sir/casglu", files={"README.md": "# C\n"})
    run_harvest(catalogue, github)

    assert len(digests(catalogue)) == 2, "no digest when nothing is new"
    invalid = next(p for p in problems(catalogue) if p.kind == "publiccode.invalid")
    assert invalid.resolved_at is not None


def test_an_organisation_that_opts_out_hears_nothing(catalogue, github):
    council(catalogue, github)
    with make_sessionmaker(catalogue.engine).begin() as session:
        organisation = session.scalar(select(Organisation).where(Organisation.slug == "cyngor-sir"))
        set_preferences(session, organisation.id, emails=False, github_issues=False)

    run_harvest(catalogue, github)

    assert digests(catalogue) == []
    assert problems(catalogue), "problems are still recorded and shown"


def test_opting_out_holds_a_digest_not_yet_sent(catalogue, github, smtp):
    council(catalogue, github)
    run_harvest(catalogue, github)
    assert {m.status for m in digests(catalogue)} == {QUEUED}

    with make_sessionmaker(catalogue.engine).begin() as session:
        organisation = session.scalar(select(Organisation).where(Organisation.slug == "cyngor-sir"))
        set_preferences(session, organisation.id, emails=False, github_issues=False)

    settings = smtp_settings(catalogue, smtp)
    assert deliver_due(make_sessionmaker(catalogue.engine), SmtpTransport(settings)) == 0
    assert {m.status for m in digests(catalogue)} == {SUPPRESSED}
    assert smtp.received == []


def test_an_unreachable_address_waits_for_a_second_harvest(catalogue, github):
    council(catalogue, github, homepage=DOWN)
    checked = []

    def down(url: str) -> str | None:
        checked.append(url)
        return "connection refused" if url == DOWN else None

    run_harvest(catalogue, github, link_checker=down)
    assert checked == [DOWN]
    assert all(DOWN not in m.body for m in digests(catalogue)), "it may be down for an hour"

    run_harvest(catalogue, github, link_checker=down)

    later = digests(catalogue)[2:]
    assert len(later) == 2
    assert all(DOWN in m.body for m in later)
    assert all("The publiccode.yml is not valid" not in m.body for m in later)


def test_an_address_down_once_is_never_sent(catalogue, github):
    council(catalogue, github, homepage=DOWN)
    run_harvest(catalogue, github, link_checker=lambda url: "timed out")
    run_harvest(catalogue, github, link_checker=lambda url: None)

    assert all(DOWN not in m.body for m in digests(catalogue))
    unreachable = next(p for p in problems(catalogue) if p.kind == "url.unreachable")
    assert unreachable.resolved_at is not None and unreachable.notified_at is None


def test_an_organisation_without_editors_keeps_its_news_for_the_first_one(catalogue, github):
    github.add_repo("cyngor-sir", "casglu", files={"publiccode.yml": INVALID})
    catalogue.register("cyngor-sir", "cyngor-sir")
    run_harvest(catalogue, github)
    assert digests(catalogue) == []

    add_editor(catalogue, "cyngor-sir", "editor@cyngor.gov.wales")
    run_harvest(catalogue, github)

    assert [m.address for m in digests(catalogue)] == ["editor@cyngor.gov.wales"]
