"""The harvester end to end: PyGithub over real HTTP to the GitHub double, into SQLite."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from catalogue.db import make_sessionmaker
from catalogue.errors import ValidationError
from catalogue.models import AccountHarvestState, HarvestQueueItem, HttpCacheEntry
from ingest.github import README_MAX_CHARS, ClientOptions
from ingest.lock import HarvestLockedError
from tests.integration.harvest.helpers import FAST, detail_paths, run_harvest, small_org


def test_first_harvest_stores_listing_facts_details_and_dependencies(catalogue, github):
    catalogue.register("cyngor", "cyngor-gwynedd")
    github.add_account("cyngor-gwynedd")
    github.add_repo(
        "cyngor-gwynedd",
        "gwasanaeth",
        description="Gwasanaeth cyhoeddus",
        homepage="https://gwynedd.llyw.cymru",
        language="TypeScript",
        licence="MIT",
        topics=["wales", "cymraeg"],
        stars=7,
        forks=2,
        open_issues=3,
        files={
            "README.md": "# Gwasanaeth\n\nA service for Gwynedd.\n",
            "package.json": '{"dependencies": {"govuk-frontend": "^5"}}',
            "pyproject.toml": '[project]\ndependencies = ["Django>=4"]\n',
            "publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: gwasanaeth\n",
            "src/index.ts": "export {}\n",
        },
        languages={"TypeScript": 5000, "CSS": 100},
    )
    github.add_repo("cyngor-gwynedd", "empty")  # no files at all: GitHub says 'repository is empty'

    summary = run_harvest(catalogue, github)

    assert summary.status == "complete"
    assert (summary.total("seen"), summary.total("added"), summary.total("failed")) == (2, 2, 0)
    component = catalogue.components()["cyngor-gwynedd/gwasanaeth"]
    assert component.description == "Gwasanaeth cyhoeddus"
    assert component.homepage == "https://gwynedd.llyw.cymru"
    assert (component.stars, component.forks, component.open_issues) == (7, 2, 3)
    assert component.licence == "MIT"
    assert component.topics == ["cymraeg", "wales"]
    assert component.languages == {"TypeScript": 5000, "CSS": 100}
    assert "A service for Gwynedd." in component.readme_text
    assert "name: gwasanaeth" in component.publiccode_raw  # stored; validity is normalise's call
    assert {(d.ecosystem, d.name) for d in component.dependencies} == {
        ("npm", "govuk-frontend"),
        ("pypi", "django"),
    }
    assert set(component.files_sample) >= {"README.md", "package.json", "src"}
    assert component.pushed_at is not None and component.removed_at is None
    run = catalogue.runs()[-1]
    assert (run.status, run.seen, run.added, run.api_requests) == (
        "complete",
        2,
        2,
        summary.api_requests,
    )
    assert all(r.authorised for r in github.requests()), "GITHUB_TOKEN is sent with every request"


def test_first_harvest_stays_within_six_requests_per_repository(catalogue, github):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 12)
    summary = run_harvest(catalogue, github)
    assert summary.total("added") == 12
    assert len(github.requests()) / 12 <= 6
    assert len(github.requests()) == summary.api_requests


def test_repeat_harvest_of_unchanged_300_repositories_makes_three_conditional_requests(
    catalogue, github
):
    catalogue.register("big", "big-org")
    github.add_account("big-org")
    for i in range(300):  # light repositories: this test is about the repeat harvest
        github.add_repo("big-org", f"service-{i:03d}", files={"README.md": f"# {i}\n"})
    first = run_harvest(catalogue, github)
    assert first.total("added") == 300
    mark = len(github.requests())

    again = run_harvest(catalogue, github)

    repeat = github.requests(mark)
    assert again.total("unchanged") == 300 and again.total("changed") == 0
    assert len(repeat) <= 4
    assert all(r.conditional and r.status == 304 for r in repeat), repeat
    assert [r.query.get("page", "1") for r in repeat] == ["1", "2", "3"]
    assert detail_paths(repeat) == []
    assert again.not_modified == len(repeat)


def test_only_repositories_that_moved_are_fetched_again(catalogue, github):
    catalogue.register("org", "org-a")
    names = small_org(github, "org-a", 5)
    run_harvest(catalogue, github)
    github.update_repo(names[2], description="New words", stars=99)
    github.update_repo(names[3], push=False, stars=5)  # metadata only: updated_at moves
    mark = len(github.requests())

    summary = run_harvest(catalogue, github)

    fetched = {path.split("/")[3] for path in detail_paths(github.requests(mark))}
    assert fetched == {"repo-02", "repo-03"}
    assert (summary.total("changed"), summary.total("unchanged")) == (2, 3)
    # Unchanged files come back as 304s on the detail requests too.
    assert any(r.status == 304 for r in github.requests(mark) if r.path.startswith("/repos/"))
    components = catalogue.components()
    assert components[names[2]].description == "New words"
    assert components[names[2]].stars == 99 and components[names[3]].stars == 5


def test_a_repository_missing_from_a_complete_listing_is_removed_then_restored(catalogue, github):
    catalogue.register("org", "org-a")
    names = small_org(github, "org-a", 3)
    run_harvest(catalogue, github)
    gone = github.repo(names[1])
    github.delete_repo(names[1])

    removed = run_harvest(catalogue, github)

    assert removed.total("removed") == 1
    component = catalogue.components()[names[1]]
    assert component.removed_at is not None, "marked removed, never deleted"
    github.accounts["org-a"].repos[gone.name.lower()] = gone

    restored = run_harvest(catalogue, github)

    assert restored.total("restored") == 1
    assert catalogue.components()[names[1]].removed_at is None


def test_a_vanished_account_is_reported_and_other_organisations_carry_on(catalogue, github):
    catalogue.register("alpha", "alpha-org")
    catalogue.register("beta", "beta-org")
    small_org(github, "alpha-org", 2)
    small_org(github, "beta-org", 2)
    run_harvest(catalogue, github)
    github.delete_account("alpha-org")
    github.update_repo("beta-org/repo-00", description="still here")

    summary = run_harvest(catalogue, github)

    reports = {r.login: r for r in summary.accounts}
    assert reports["alpha-org"].status == "missing"
    assert "alpha-org" in reports["alpha-org"].message
    assert reports["beta-org"].status == "ok" and reports["beta-org"].changed == 1
    assert summary.status == "partial"
    components = catalogue.components()
    assert components["alpha-org/repo-00"].removed_at is None, "kept until someone decides"
    run = catalogue.runs()[-1]
    assert "alpha" in run.errors
    with make_sessionmaker(catalogue.engine)() as session:
        states = {s.status for s in session.scalars(select(AccountHarvestState))}
    assert states == {"ok", "missing"}


def test_server_errors_and_dropped_connections_are_retried(catalogue, github):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 2)
    github.fail(r"/repos/org-a/repo-00/readme", status=502, times=2)
    github.fail(r"/users/org-a/repos", status=503, times=1)
    github.drop(r"/repos/org-a/repo-01/languages", times=1)

    summary = run_harvest(catalogue, github)

    assert summary.total("added") == 2 and summary.total("failed") == 0
    assert summary.retries >= 4
    assert "Does thing 0." in catalogue.components()["org-a/repo-00"].readme_text


def test_a_repository_that_keeps_failing_keeps_its_last_good_record(catalogue, github):
    catalogue.register("org", "org-a")
    names = small_org(github, "org-a", 3)
    run_harvest(catalogue, github)
    github.update_repo(names[0], description="Newer")
    github.update_repo(names[1], description="Also newer")
    github.fail(r"/repos/org-a/repo-00/", status=500, times=100)

    summary = run_harvest(catalogue, github)

    assert summary.total("failed") == 1 and summary.total("changed") == 1
    components = catalogue.components()
    assert components[names[0]].description == "Repository 0", "last good record kept"
    assert components[names[1]].description == "Also newer"
    assert "org-a/repo-00" in catalogue.runs()[-1].errors["org"][0]
    github.faults.clear()
    assert run_harvest(catalogue, github).total("changed") == 1, "retried on the next run"


@pytest.mark.parametrize("status", [403, 429])
def test_secondary_rate_limits_are_honoured(catalogue, github, status):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 2)
    github.secondary_limit(r"/repos/org-a/repo-01/contents", retry_after=1, status=status)

    summary = run_harvest(catalogue, github)

    assert summary.total("added") == 2
    answers = [r.status for r in github.requests() if r.path == "/repos/org-a/repo-01/contents/"]
    assert answers == [status, 200]


def test_secondary_rate_limit_without_retry_after_waits_and_retries(catalogue, github):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 1)
    github.secondary_limit(r"/repos/org-a/repo-00/languages", retry_after=None, times=1)
    summary = run_harvest(catalogue, github)
    assert summary.total("added") == 1


@pytest.mark.parametrize("status", [403, 429])
def test_primary_rate_limit_waits_for_a_near_reset(catalogue, github, status):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 3)
    github.exhaust_rate_limit(after=4, reset_in=1, status=status)

    summary = run_harvest(catalogue, github)

    assert summary.status == "complete" and summary.total("added") == 3
    assert any(r.status == status for r in github.requests())


@pytest.mark.parametrize("status", [403, 429])
def test_primary_rate_limit_beyond_max_wait_stops_cleanly_and_the_next_run_resumes(
    catalogue, github, status
):
    for slug in ("aaa", "bbb", "ccc"):
        catalogue.register(slug, f"{slug}-org")
        small_org(github, f"{slug}-org", 3)
    # Enough for the first organisation (1 listing + 3 x 4 details) and a little of the second.
    github.exhaust_rate_limit(after=15, reset_in=3600, status=status)

    stopped = run_harvest(catalogue, github)

    assert stopped.status == "stopped"
    assert "rate limit" in stopped.stopped_reason
    statuses = {r.login: r.status for r in stopped.accounts}
    assert statuses == {"aaa-org": "ok", "bbb-org": "stopped", "ccc-org": "stopped"}
    run = catalogue.runs()[-1]
    assert run.status == "stopped"
    assert run.resume_state["pending"] == ["bbb-org", "ccc-org"]
    kept = set(catalogue.components())
    assert {"aaa-org/repo-00", "aaa-org/repo-01", "aaa-org/repo-02"} <= kept
    github.restore_rate_limit()
    mark = len(github.requests())

    resumed = run_harvest(catalogue, github)

    assert resumed.status == "complete" and resumed.resumed_from == run.id
    assert [r.login for r in resumed.accounts][:2] == ["bbb-org", "ccc-org"]
    assert len(catalogue.components()) == 9
    refetched = {p.split("/")[2] for p in detail_paths(github.requests(mark))}
    assert "aaa-org" not in refetched, "work done before the stop is not repeated"
    assert catalogue.runs()[-1].resume_state is None


def test_dry_run_shows_changes_and_writes_nothing(catalogue, github):
    catalogue.register("org", "org-a")
    names = small_org(github, "org-a", 3)
    run_harvest(catalogue, github)
    github.update_repo(names[0], description="Changed")
    github.delete_repo(names[1])
    github.add_repo("org-a", "brand-new", files={"README.md": "# New\n"})
    before = catalogue.components()
    runs_before = len(catalogue.runs())

    summary = run_harvest(catalogue, github, dry_run=True)

    changes = {(kind, name) for r in summary.accounts for kind, name in r.changes}
    assert changes == {
        ("changed", names[0]),
        ("removed", names[1]),
        ("added", "org-a/brand-new"),
    }
    after = catalogue.components()
    assert set(after) == set(before)
    assert after[names[0]].description == before[names[0]].description
    assert after[names[1]].removed_at is None
    assert len(catalogue.runs()) == runs_before


def test_two_harvests_never_run_at_once(catalogue, github):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 1)
    hold = github.hold(r"/users/org-a/repos")
    results = {}
    first = threading.Thread(target=lambda: results.setdefault("s", run_harvest(catalogue, github)))
    first.start()
    try:
        assert hold.reached.wait(10)
        with pytest.raises(HarvestLockedError, match="another harvest is already running"):
            run_harvest(catalogue, github)
    finally:
        hold.release()
        first.join(30)
    assert results["s"].status == "complete"
    assert run_harvest(catalogue, github).status == "complete", "the lock is released afterwards"


def test_a_queued_repository_is_fetched_even_when_unchanged(catalogue, github):
    catalogue.register("org", "org-a")
    names = small_org(github, "org-a", 2)
    run_harvest(catalogue, github)
    with make_sessionmaker(catalogue.engine).begin() as session:
        session.add(HarvestQueueItem(full_name=names[1], reason="webhook:push"))
        session.add(HarvestQueueItem(full_name="org-a/deleted-since", reason="webhook:push"))
    mark = len(github.requests())

    run_harvest(catalogue, github)

    fetched = {p.split("/")[3] for p in detail_paths(github.requests(mark))}
    assert fetched == {"repo-01"}
    with make_sessionmaker(catalogue.engine)() as session:
        assert all(item.done_at for item in session.scalars(select(HarvestQueueItem)))


def test_hostile_files_are_capped_or_refused(catalogue, github):
    catalogue.register("org", "org-a")
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    github.add_repo(
        "org-a",
        "hostile",
        language="Python",
        files={
            "README.md": "# Hi\x00 there\n" + "word " * 60_000,  # 300 kB: fetched, then cut
            "publiccode.yml": bomb,
            "package.json": '{"dependencies": {"x": "1"}, "pad": "' + "y" * 300_000 + '"}',
        },
        languages={"Python": 10},
    )
    summary = run_harvest(catalogue, github)
    assert summary.total("added") == 1
    component = catalogue.components()["org-a/hostile"]
    assert component.publiccode is None and component.publiccode_raw is None
    assert component.dependencies == [], "the oversized manifest was not fetched"
    assert "\x00" not in component.readme_text
    assert len(component.readme_text) <= README_MAX_CHARS
    fetched = detail_paths(github.requests())
    assert "/repos/org-a/hostile/contents/package.json" not in fetched


def test_conditional_request_cache_is_kept_in_the_database(catalogue, github):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 1)
    run_harvest(catalogue, github)
    with make_sessionmaker(catalogue.engine)() as session:
        urls = set(session.scalars(select(HttpCacheEntry.url)))
    assert any(
        url.endswith("/users/org-a/repos?per_page=100&sort=full_name&type=owner") for url in urls
    ), urls
    assert any(url.endswith("/repos/org-a/repo-00/readme") for url in urls)


def test_harvest_updates_the_search_index(catalogue, github):
    from search.backend import Query
    from search.factory import make_backend

    catalogue.register("org", "org-a")
    github.add_repo(
        "org-a",
        "lleferydd",
        description="Adnabod lleferydd Cymraeg",
        files={"README.md": "# Lleferydd\n"},
    )
    summary = run_harvest(catalogue, github, index=True)
    assert not summary.index_pending
    backend = make_backend(catalogue.settings)
    try:
        page = backend.search(Query(text="lleferydd"))
    finally:
        backend.close()
    assert page.total == 1


def test_a_slow_primary_reset_is_not_waited_for_when_max_wait_is_zero(catalogue, github):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 1)
    github.exhaust_rate_limit(after=0, reset_in=30)
    options = ClientOptions(**{**FAST.__dict__, "max_wait": 0})
    summary = run_harvest(catalogue, github, client=options)
    assert summary.status == "stopped"
    assert summary.accounts[0].status == "stopped"


def test_a_retry_after_longer_than_max_wait_stops_cleanly(catalogue, github):
    catalogue.register("org", "org-a")
    small_org(github, "org-a", 2)
    github.secondary_limit(r"/repos/org-a/repo-01/", retry_after=3600, times=1)
    summary = run_harvest(catalogue, github)
    assert summary.status == "stopped"
    assert summary.accounts[0].added == 1
    assert catalogue.runs()[-1].resume_state["pending"] == ["org-a"]


def test_an_unreachable_github_stops_the_run_after_a_few_accounts(catalogue, github):
    for slug in ("aaa", "bbb", "ccc", "ddd"):
        catalogue.register(slug, f"{slug}-org")
    github.stop()  # nothing listens on the port any more
    summary = run_harvest(catalogue, github)
    statuses = [r.status for r in summary.accounts]
    assert statuses == ["failed", "failed", "stopped", "stopped"]
    assert summary.status == "stopped" and "unreachable" in summary.stopped_reason
    assert catalogue.runs()[-1].resume_state["pending"] == ["ccc-org", "ddd-org"]


def test_an_unknown_org_filter_is_refused_before_anything_runs(catalogue, github):
    catalogue.register("org", "org-a")
    with pytest.raises(ValidationError, match="no registered organisation or account is called"):
        run_harvest(catalogue, github, only=("org-a", "not-registered"))
    assert catalogue.runs() == [] and github.requests() == []


def test_an_unexpected_error_in_one_organisation_does_not_stop_the_others(
    catalogue, github, monkeypatch
):
    import ingest.harvest

    catalogue.register("aaa", "aaa-org")
    catalogue.register("bbb", "bbb-org")
    small_org(github, "aaa-org", 1)
    small_org(github, "bbb-org", 1)
    real = ingest.harvest.mark_removed

    def broken_for_aaa(session, account, *args):
        if account.login == "aaa-org":
            raise RuntimeError("disk on fire")
        return real(session, account, *args)

    monkeypatch.setattr(ingest.harvest, "mark_removed", broken_for_aaa)
    summary = run_harvest(catalogue, github)
    statuses = {r.login: (r.status, r.message) for r in summary.accounts}
    assert statuses == {
        "aaa-org": ("failed", "RuntimeError: disk on fire"),
        "bbb-org": ("ok", None),
    }
    assert set(catalogue.components()) == {"bbb-org/repo-00"}
    assert catalogue.runs()[-1].status == "partial"
