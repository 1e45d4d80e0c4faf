"""Metadata health checks and the reuse-readiness rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from catalogue.publiccode.health import FAIL, NEEDS_WORK, NOT_READY, OK, READY, WARN, assess

NOW = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
VALID = (Path(__file__).parent / "data" / "valid" / "minimal_bilingual.yml").read_text()
FILES = ["README.md", "CONTRIBUTING.md", "LICENSE", "src/app.py"]


def _statuses(health) -> dict[str, str]:
    return {c.name: c.status for c in health.checks}


def test_a_well_kept_repository_is_ready():
    health = assess(
        publiccode_raw=VALID,
        licence="EUPL-1.2",
        files=FILES,
        description="Bin days",
        pushed_at=NOW - dt.timedelta(days=30),
        now=NOW,
    )
    assert health.readiness == READY
    assert set(_statuses(health).values()) == {OK}
    assert health.problems == ()


def test_a_missing_publiccode_file_needs_work():
    health = assess(licence="MIT", files=FILES, description="x", pushed_at=NOW, now=NOW)
    assert health.readiness == NEEDS_WORK
    (problem,) = health.problems
    assert (problem.name, problem.status, problem.key) == (
        "publiccode",
        WARN,
        "health.publiccode.missing",
    )


def test_an_invalid_publiccode_file_lists_its_messages():
    broken = VALID.replace("license: EUPL-1.2", "license: Unknown")
    health = assess(publiccode_raw=broken, licence="MIT", files=FILES, pushed_at=NOW, now=NOW)
    check = next(c for c in health.checks if c.name == "publiccode")
    assert (check.status, check.key) == (WARN, "health.publiccode.invalid")
    assert len(check.details) == 1
    assert "legal.license" in check.details[0]
    assert health.readiness == NEEDS_WORK


def test_no_licence_or_readme_is_not_ready():
    health = assess(files=["src/app.py"], description="x", pushed_at=NOW, now=NOW)
    statuses = _statuses(health)
    assert statuses["licence"] == FAIL
    assert statuses["readme"] == FAIL
    assert health.readiness == NOT_READY
    assert [c.status for c in health.problems][:2] == [FAIL, FAIL]


def test_a_licence_declared_in_publiccode_counts():
    health = assess(publiccode_raw=VALID, licence=None, files=FILES, pushed_at=NOW, now=NOW)
    check = next(c for c in health.checks if c.name == "licence")
    assert (check.status, check.key) == (OK, "health.licence.declared")


def test_an_unidentified_licence_file_warns():
    health = assess(licence="NOASSERTION", files=FILES, pushed_at=NOW, now=NOW)
    assert _statuses(health)["licence"] == WARN


def test_a_licence_stated_only_in_the_readme_counts_but_asks_for_a_licence_file():
    files = [f for f in FILES if not f.upper().startswith("LICEN")]
    health = assess(licence="MIT", licence_source="readme", files=files, pushed_at=NOW, now=NOW)
    check = next(c for c in health.checks if c.name == "licence")
    assert (check.status, check.key) == (WARN, "health.licence.stated")
    assert health.readiness != NOT_READY


def test_a_licence_file_the_host_did_not_recognise_is_not_no_licence():
    for licence, source in (("MIT", "readme"), (None, None)):
        health = assess(licence=licence, licence_source=source, files=["LICENSE.md"], now=NOW)
        check = next(c for c in health.checks if c.name == "licence")
        assert (check.status, check.key) == (WARN, "health.licence.unrecognised")


def test_activity_and_archiving():
    stale = assess(licence="MIT", files=FILES, pushed_at=NOW - dt.timedelta(days=400), now=NOW)
    assert _statuses(stale)["activity"] == WARN
    naive = assess(licence="MIT", files=FILES, pushed_at=dt.datetime(2025, 5, 1), now=NOW)
    assert _statuses(naive)["activity"] == OK
    archived = assess(licence="MIT", files=FILES, pushed_at=NOW, archived=True, now=NOW)
    assert _statuses(archived)["activity"] == FAIL
    assert archived.readiness == NOT_READY


def test_readme_and_contributing_guides_are_found_in_usual_places():
    health = assess(licence="MIT", files=["docs/README_CY.md", ".github/CONTRIBUTING.md"], now=NOW)
    assert _statuses(health)["readme"] == OK
    assert _statuses(health)["contributing"] == OK
    readme_text = assess(licence="MIT", readme="# Bins", now=NOW)
    assert _statuses(readme_text)["readme"] == OK
    assert _statuses(readme_text)["contributing"] == WARN


def test_every_check_has_a_key_and_an_english_sentence():
    health = assess(now=NOW)
    assert [c.name for c in health.checks] == [
        "publiccode",
        "licence",
        "readme",
        "contributing",
        "description",
        "activity",
    ]
    for check in health.checks:
        assert check.key.startswith(f"health.{check.name}.")
        assert check.text.endswith(".")
