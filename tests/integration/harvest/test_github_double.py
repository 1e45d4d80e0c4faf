"""The double answers as GitHub does: every body checked against GitHub's OpenAPI description."""

from __future__ import annotations

import pytest
import requests

from tests.github_double import InMemoryGitHub
from tests.github_double import openapi as github_openapi
from tests.github_double.data import load_snapshot
from tests.integration.harvest.helpers import run_harvest


@pytest.fixture(scope="module")
def description_installed():
    if not github_openapi.available():
        pytest.fail(f"GitHub's OpenAPI description is missing; run: {github_openapi.INSTALL_HINT}")


def test_the_check_rejects_what_github_would_never_send(description_installed):
    assert github_openapi.check_response("/users/{username}/repos", 200, [{"name": "x"}])
    assert github_openapi.check_response("/repos/{owner}/{repo}/languages", 200, {"Go": "big"})
    assert not github_openapi.check_response("/repos/{owner}/{repo}/languages", 200, {"Go": 10})


def test_harvesting_real_snapshot_data_gets_only_valid_answers(description_installed, catalogue):
    double = InMemoryGitHub(validator=github_openapi.check_response).start()
    try:
        logins = load_snapshot(double, limit=60)
        for login in logins:
            catalogue.register(login.lower(), login)
        double.fail(r"/readme$", status=502, times=1)
        double.secondary_limit(r"/languages$", retry_after=0, times=1)
        summary = run_harvest(catalogue, double)
        # A second pass answers with 304s, which have no body to check.
        run_harvest(catalogue, double)
        session = requests.Session()
        assert session.get(f"{double.api_url}/users/{logins[0]}").status_code == 200
        assert session.get(f"{double.api_url}/users/nobody-here/repos").status_code == 404
        assert session.get(f"{double.api_url}/repos/{logins[0]}/nope/readme").status_code == 404
        session.close()
    finally:
        double.stop()
    assert summary.total("added") == 60 and summary.total("failed") == 0
    statuses = {r.status for r in double.requests()}
    assert {200, 304, 404, 403, 502} <= statuses
    assert double.violations == []
