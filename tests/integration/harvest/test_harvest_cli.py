"""`orgs add/list/webhook-secret` and `harvest` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from catalogue.db import make_sessionmaker
from catalogue.errors import ValidationError
from catalogue.models import Organisation
from ingest.cli import EXIT_PARTIAL, EXIT_STOPPED, app
from tests.integration.harvest.helpers import small_org

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def cli(catalogue):
    env = {
        "CATALOGUE_DATA_DIR": str(catalogue.settings.data_dir),
        "GITHUB_TOKEN": "test-token-not-secret",
        "CATALOGUE_DATABASE_URL": "",
    }
    runner = CliRunner(env=env)
    return lambda *args: runner.invoke(app, list(args))


def test_orgs_add_registers_an_organisation_idempotently(cli):
    args = ["orgs", "add", "cyngor-gwynedd", "--name", "Gwynedd Council", "--name-cy",
            "Cyngor Gwynedd", "--sector", "local-government", "--github", "CyngorGwyneddDatblygu"]  # fmt: skip
    first, second = cli(*args), cli(*args, "--github", "gwynedd-two")
    assert first.exit_code == 0 and second.exit_code == 0, second.output
    listed = json.loads(cli("orgs", "list", "--json").stdout)
    assert listed == [
        {
            "slug": "cyngor-gwynedd",
            "name": "Gwynedd Council",
            "name_cy": "Cyngor Gwynedd",
            "sector": "local-government",
            "website": None,
            "verified": False,
            "builds_for": None,
            "webhook": False,
            "components": 0,
            "accounts": [
                {
                    "host": "github.com",
                    "login": login,
                    "status": None,
                    "message": None,
                    "last_complete_at": None,
                }
                for login in ("CyngorGwyneddDatblygu", "gwynedd-two")
            ],
        }
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sector", "space-agency", "--github", "ok-login"], "unknown sector"),
        (["--sector", "health", "--github", "bad_login!"], "not a valid GitHub login"),
    ],
)
def test_orgs_add_refuses_bad_input(cli, args, message):
    result = cli("orgs", "add", "some-org", "--name", "Some", *args)
    assert isinstance(result.exception, ValidationError)
    assert message in str(result.exception)


def test_orgs_add_says_which_body_a_supplier_builds_for(cli, catalogue):
    catalogue.register("dhcw", "dhcw-org")
    body = ["--name", "Atos (supplier)", "--sector", "supplier", "--github", "atos-digital"]
    added = cli("orgs", "add", "atos", *body, "--builds-for", "dhcw")
    assert added.exit_code == 0, added.output
    assert "building for dhcw" in added.stdout
    listed = {o["slug"]: o["builds_for"] for o in json.loads(cli("orgs", "list", "--json").stdout)}
    assert listed == {"atos": "dhcw", "dhcw": None}
    # '' builds for no one.
    assert cli("orgs", "add", "atos", *body, "--builds-for", "").exit_code == 0
    listed = {o["slug"]: o["builds_for"] for o in json.loads(cli("orgs", "list", "--json").stdout)}
    assert listed["atos"] is None
    for bad in ("nobody", "atos"):
        refused = cli("orgs", "add", "atos", *body, "--builds-for", bad)
        assert isinstance(refused.exception, ValidationError)
        assert "builds_for names no other organisation" in str(refused.exception)


def test_a_bad_value_gives_one_line_and_a_non_zero_exit(catalogue):
    env = {**os.environ, "CATALOGUE_DATA_DIR": str(catalogue.settings.data_dir)}
    command = [sys.executable, "-m", "ingest.cli", "orgs", "add", "x-org", "--name", "X",
               "--sector", "nowhere", "--github", "x"]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "unknown sector" in done.stderr and "Traceback" not in done.stderr


def test_webhook_secret_is_generated_stored_and_shown_once(cli, catalogue):
    catalogue.register("dhcw", "dhcw-org")
    result = cli("orgs", "webhook-secret", "dhcw")
    assert result.exit_code == 0
    shown = result.stdout.rsplit(" ", 1)[-1].strip()
    with make_sessionmaker(catalogue.engine)() as session:
        stored = session.scalar(select(Organisation.webhook_secret))
    assert stored == shown and len(shown) >= 32
    assert json.loads(cli("orgs", "list", "--json").stdout)[0]["webhook"] is True


def test_harvest_prints_a_summary_and_one_json_line_per_organisation(cli, catalogue, github):
    catalogue.register("aaa", "aaa-org")
    catalogue.register("bbb", "bbb-org")
    small_org(github, "aaa-org", 2)
    small_org(github, "bbb-org", 1)

    result = cli("harvest", "--api-url", github.api_url, "--request-interval", "0", "--no-index")

    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert [(x["organisation"], x["seen"], x["added"]) for x in lines] == [
        ("aaa", 2, 2),
        ("bbb", 1, 1),
    ]
    assert all(x["event"] == "harvest.organisation" and x["requests"] > 0 for x in lines)
    assert "Harvest complete" in result.stdout
    assert "3 seen, 3 added, 0 changed, 0 unchanged, 0 removed, 0 failed" in result.stdout
    assert "rate limit left: 4" in result.stdout
    assert "test-token-not-secret" not in result.output


def test_harvest_json_dry_run_and_org_filter(cli, catalogue, github):
    catalogue.register("aaa", "aaa-org")
    catalogue.register("bbb", "bbb-org")
    small_org(github, "aaa-org", 2)
    small_org(github, "bbb-org", 1)

    result = cli("harvest", "--api-url", github.api_url, "--request-interval", "0",
                 "--dry-run", "--json", "--org", "BBB-ORG")  # fmt: skip

    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["status"] == "dry-run" and summary["run_id"] is None
    assert summary["changes"]["added"] == ["bbb-org/repo-00"]
    assert catalogue.components() == {}


def test_harvest_exit_codes_say_partial_and_stopped(cli, catalogue, github):
    catalogue.register("gone", "gone-org")
    common = ["harvest", "--api-url", github.api_url, "--request-interval", "0", "--no-index"]
    partial = cli(*common)
    assert partial.exit_code == EXIT_PARTIAL
    assert "missing" in partial.stdout and "gone-org" in partial.stdout
    small_org(github, "gone-org", 1)
    github.exhaust_rate_limit(after=0, reset_in=3600)
    stopped = cli(*common, "--max-wait", "0")
    assert stopped.exit_code == EXIT_STOPPED
    assert "the next run resumes" in stopped.stdout


def test_harvest_refuses_a_malformed_api_url(cli):
    result = cli("harvest", "--api-url", "ftp://example.org")
    assert "--api-url must be an http" in str(result.exception)


def test_harvest_every_keeps_running_until_stopped(cli, catalogue, github, monkeypatch):
    import ingest.newcomers

    catalogue.register("aaa", "aaa-org")
    small_org(github, "aaa-org", 1)
    naps = []

    def wait(settings, options, seconds, stop=None):
        # Between runs the harvester waits, harvesting newly approved organisations meanwhile.
        naps.append(seconds)
        if len(naps) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(ingest.newcomers, "wait_harvesting_newcomers", wait)
    result = cli("harvest", "--api-url", github.api_url, "--request-interval", "0",
                 "--no-index", "--every", "3600")  # fmt: skip
    assert naps == [3600, 3600]
    assert result.stdout.count("Harvest complete") == 2
    assert [run.status for run in catalogue.runs()] == ["complete", "complete"]
