"""A harvest keeps every error it recorded, even when the failed work is rolled back."""

from __future__ import annotations

import ingest.harvest
from tests.integration.harvest.helpers import run_harvest, small_org


def test_a_surprise_in_one_repository_keeps_its_error_and_the_others(
    catalogue, github, monkeypatch
):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 3)
    github.fail(r"/repos/org-a/repo-00/", status=500, times=100)  # a GitHub error first
    real = ingest.harvest.normalise

    def surprising(raw):
        if raw.full_name.endswith("repo-01"):
            raise RuntimeError("unexpected shape")
        return real(raw)

    monkeypatch.setattr(ingest.harvest, "normalise", surprising)

    summary = run_harvest(catalogue, github)

    assert summary.total("failed") == 2 and summary.total("added") == 1
    errors = catalogue.runs()[-1].errors["org"]
    assert any("org-a/repo-00" in e for e in errors), errors
    assert any("org-a/repo-01: RuntimeError" in e for e in errors), errors


def test_an_accounts_surprise_keeps_the_errors_recorded_before_it(catalogue, github, monkeypatch):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 2)
    github.fail(r"/repos/org-a/repo-01/", status=500, times=100)
    monkeypatch.setattr(
        ingest.harvest._Harvest,
        "_touch_seen",
        lambda self, ids: (_ for _ in ()).throw(RuntimeError("bookkeeping broke")),
    )

    summary = run_harvest(catalogue, github)

    assert summary.status == "partial"
    errors = catalogue.runs()[-1].errors["org"]
    assert any("org-a/repo-01" in e for e in errors), errors
    assert any("bookkeeping broke" in e for e in errors), errors
