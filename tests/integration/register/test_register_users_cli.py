"""`catalogue users create|list|sign-out-everywhere`, run against a real database."""

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from catalogue.db import make_engine, make_sessionmaker
from catalogue.migrate import upgrade
from catalogue.models import AuditLog, User
from catalogue.users_cli import app
from tests.integration.register.factories import PASSWORD, make_organisation


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    upgrade(url)
    monkeypatch.setenv("CATALOGUE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CATALOGUE_DATABASE_URL", url)
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as session:
        make_organisation(session, "cli-org")
    yield make_sessionmaker(engine)
    engine.dispose()


def test_create_reads_the_password_from_stdin(database):
    result = CliRunner().invoke(
        app,
        ["create", "Editor@Example.gov.wales", "--organisation", "cli-org", "--password-stdin"],
        input=PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.output
    assert "editor of cli-org" in result.output
    with database() as session:
        user = session.scalar(select(User))
        assert user.email == "Editor@Example.gov.wales"
        assert user.is_editor
        assert not user.is_admin
        assert PASSWORD not in user.password_hash


def test_create_prompts_twice_and_hides_the_password(database):
    result = CliRunner().invoke(
        app, ["create", "mod@example.gov.wales", "--admin"], input=f"{PASSWORD}\n{PASSWORD}\n"
    )
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    assert result.output.count("Password") == 1
    assert "Repeat for confirmation" in result.output
    with database() as session:
        assert session.scalar(select(User)).is_admin


def test_mismatched_passwords_are_asked_again(database):
    result = CliRunner().invoke(
        app,
        ["create", "m@example.gov.wales"],
        input=f"{PASSWORD}\nsomething else\n{PASSWORD}\n{PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    assert "do not match" in result.output


@pytest.mark.parametrize(
    ("arguments", "password", "message"),
    [
        (["create", "a@example.gov.wales", "--password-stdin"], "short", "at least 12 characters"),
        (["create", "not-an-email", "--password-stdin"], PASSWORD, "correct format"),
        (
            ["create", "a@example.gov.wales", "--organisation", "nope", "--password-stdin"],
            PASSWORD,
            "no organisation",
        ),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_1(database, arguments, password, message):
    result = CliRunner().invoke(app, arguments, input=password + "\n")
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    with database() as session:
        assert session.scalar(select(User)) is None


def test_list_and_sign_out_everywhere(database):
    runner = CliRunner()
    runner.invoke(
        app,
        ["create", "x@example.gov.wales", "--organisation", "cli-org", "--password-stdin"],
        input=PASSWORD,
    )
    listed = runner.invoke(app, ["list"])
    assert any(
        "x@example.gov.wales" in line and "editor of cli-org" in line
        for line in listed.output.splitlines()
    )
    result = runner.invoke(app, ["sign-out-everywhere", "X@example.gov.wales"])
    assert result.exit_code == 0, result.output
    with database() as session:
        assert session.scalar(select(User)).session_version == 2
        entry = session.scalar(
            select(AuditLog).where(AuditLog.action == "user.sign_out_everywhere")
        )
        assert entry.actor == "command line"
    assert runner.invoke(app, ["sign-out-everywhere", "nobody@example.gov.wales"]).exit_code == 1


def test_reset_link_prints_only_a_working_link(database):
    from catalogue.models import PasswordReset
    from catalogue.password_resets import find_reset, hash_token

    runner = CliRunner()
    runner.invoke(app, ["create", "lost@example.gov.wales", "--password-stdin"], input=PASSWORD)
    base = ["reset-link", "Lost@example.gov.wales", "--base-url"]
    first = runner.invoke(app, [*base, "https://catalogue.example.gov.wales/"])
    assert first.exit_code == 0, first.output
    link = first.stdout.strip()
    assert link.startswith("https://catalogue.example.gov.wales/account/reset/")
    assert "\n" not in link
    assert first.stdout.count("\n") == 1
    assert "until" in first.stderr
    welsh = runner.invoke(app, [*base, "https://catalogue.example.gov.wales", "--welsh"])
    assert welsh.stdout.startswith("https://catalogue.example.gov.wales/cy/account/reset/")
    first_token, welsh_token = link.rsplit("/", 1)[1], welsh.stdout.strip().rsplit("/", 1)[1]
    with database() as session:
        assert find_reset(session, first_token) is None, "the newer link replaced it"
        reset = find_reset(session, welsh_token)
        assert reset.created_by_id is None
        assert session.scalars(
            select(PasswordReset.token_hash).order_by(PasswordReset.id)
        ).all() == [
            hash_token(first_token),
            hash_token(welsh_token),
        ]
        entry = session.scalars(
            select(AuditLog).where(AuditLog.action == "user.reset_link")
        ).first()
        assert entry.actor == "command line"
        assert first_token not in str(entry.after)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["reset-link", "nobody@example.gov.wales", "--base-url", "https://x.example"],
            "no account",
        ),
        (["reset-link", "x@example.gov.wales", "--base-url", "ftp://x.example"], "--base-url"),
        (["reset-link", "x@example.gov.wales"], "--base-url"),
    ],
)
def test_reset_link_refusals_are_one_clear_line(database, arguments, message):
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code != 0
    assert message in result.output
    assert "/account/reset/" not in result.output
    assert "Traceback" not in result.output
