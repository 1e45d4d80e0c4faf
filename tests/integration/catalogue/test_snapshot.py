"""Loading the bundled snapshot: idempotent, round-trips through export, reports bad lines."""

import json
import shutil

import pytest
import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.db import make_engine
from catalogue.errors import ValidationError
from catalogue.first_harvest import first_harvest_progress
from catalogue.migrate import upgrade
from catalogue.models import Component, Dependency, Organisation
from catalogue.queries import iter_components
from catalogue.services import add_account
from ingest.snapshot import BUNDLED_SNAPSHOT, export_snapshot, load_snapshot
from search.documents import component_document


def _state(session):
    components = session.scalars(select(Component).order_by(Component.full_name_key)).all()
    return [
        (
            c.full_name,
            c.organisation.slug,
            c.description,
            c.licence,
            c.component_type,
            c.content_hash,
            sorted((d.ecosystem, d.name) for d in c.dependencies),
            c.first_seen_at,
            c.last_seen_at,
        )
        for c in components
    ]


def test_bundled_snapshot_loads_every_repository(db_session):
    report = load_snapshot(db_session, BUNDLED_SNAPSHOT)
    assert report.problems == []
    assert report.organisations == 29
    assert report.seen == report.added == 445
    assert db_session.scalar(select(func.count()).select_from(Component)) == 445
    assert db_session.scalar(select(func.count()).select_from(Organisation)) == 29
    assert db_session.scalar(select(func.count()).select_from(Dependency)) > 100


def test_a_repository_with_no_description_is_indexed_by_what_its_projects_are_called(db_session):
    load_snapshot(db_session, BUNDLED_SNAPSHOT)
    services = db_session.scalars(
        select(Component.id).where(Component.full_name == "intellectual-property-office/Services")
    )
    (component,) = iter_components(db_session, services)
    assert not component.description and not component.readme_text
    assert {"ipo image converter", "ipo image resizer"} <= set(
        component_document(component)["dependencies"]
    )


def test_loading_twice_leaves_the_same_database(db_session):
    load_snapshot(db_session, BUNDLED_SNAPSHOT)
    before = _state(db_session)
    report = load_snapshot(db_session, BUNDLED_SNAPSHOT)
    assert (report.added, report.changed, report.unchanged) == (0, 0, 445)
    assert _state(db_session) == before


def test_export_then_load_round_trips(db_session, tmp_path):
    load_snapshot(db_session, BUNDLED_SNAPSHOT)
    before = _state(db_session)
    export_snapshot(db_session, tmp_path / "out")
    report = load_snapshot(db_session, tmp_path / "out")
    assert report.problems == []
    assert report.unchanged == 445, "an exported snapshot must reload without changes"
    assert _state(db_session) == before
    export_snapshot(db_session, tmp_path / "again")
    first = (tmp_path / "out" / "repositories.jsonl").read_text()
    assert (tmp_path / "again" / "repositories.jsonl").read_text() == first


def test_suppliers_build_for_the_bodies_the_file_names_and_changes_reindex_their_work(
    db_session, tmp_path
):
    load_snapshot(db_session, BUNDLED_SNAPSHOT)
    astun = db_session.scalar(select(Organisation).where(Organisation.slug == "astun-technology"))
    assert astun.builds_for.slug == "natural-resources-wales"
    nrw = astun.builds_for
    assert {s.slug for s in nrw.suppliers} == {"astun-technology", "epimorphics"}

    # Their work is searched for by the body's names and aliases too; the body's own is not.
    def work_of(organisation):
        ids = select(Component.id).where(Component.organisation_id == organisation.id)
        return list(iter_components(db_session, db_session.scalars(ids)))

    (work,) = work_of(astun)
    document = component_document(work)
    assert (document["client_name"], document["client_name_cy"]) == (
        "Natural Resources Wales",
        "Cyfoeth Naturiol Cymru",
    )
    assert "nrw" in document["client_aliases"]
    (own,) = work_of(nrw)
    assert component_document(own)["client_name"] == ""
    # Exported and loaded again, nothing moves; the export says whom each supplier builds for.
    export_snapshot(db_session, tmp_path / "out")
    exported = (tmp_path / "out" / "organisations.yaml").read_text()
    assert "builds_for: natural-resources-wales" in exported
    assert load_snapshot(db_session, tmp_path / "out").changed_ids == []
    # A file that no longer says so: the supplier builds for no one, and its work is indexed again.
    entries = yaml.safe_load(exported)
    for entry in entries:
        if entry["slug"] == "astun-technology":
            del entry["builds_for"]
    (tmp_path / "out" / "organisations.yaml").write_text(yaml.safe_dump(entries))
    report = load_snapshot(db_session, tmp_path / "out")
    db_session.refresh(astun)
    assert astun.builds_for is None
    work = db_session.scalars(select(Component.id).where(Component.organisation_id == astun.id))
    assert sorted(work) == report.changed_ids != []


def test_no_page_says_a_body_loaded_from_a_snapshot_is_waiting_for_its_first_harvest(db_session):
    # The demo loads the snapshot and harvests nothing: its accounts' repositories are listed.
    load_snapshot(db_session, BUNDLED_SNAPSHOT)
    organisations = db_session.scalars(select(Organisation)).all()
    assert [o.slug for o in organisations if first_harvest_progress(db_session, o)] == []
    # An account with nothing in the catalogue and never harvested is still waiting.
    nrw = next(o for o in organisations if o.slug == "natural-resources-wales")
    add_account(db_session, nrw, "github.com", "nrw-new-account")
    assert first_harvest_progress(db_session, nrw) == (1, 2)


def test_a_supplier_building_for_no_organisation_of_the_file_is_refused(db_session, tmp_path):
    snapshot = tmp_path / "bad"
    snapshot.mkdir()
    entries = yaml.safe_load((BUNDLED_SNAPSHOT / "organisations.yaml").read_text())
    entries[-1]["builds_for"] = "nobody"
    (snapshot / "organisations.yaml").write_text(yaml.safe_dump(entries))
    shutil.copy(BUNDLED_SNAPSHOT / "repositories.jsonl", snapshot / "repositories.jsonl")
    with pytest.raises(ValidationError, match=f"entry {len(entries)}: builds_for .*'nobody'"):
        load_snapshot(db_session, snapshot)


def test_malformed_lines_are_reported_with_their_numbers_and_skipped(db_session, tmp_path):
    snapshot = tmp_path / "bad"
    snapshot.mkdir()
    shutil.copy(BUNDLED_SNAPSHOT / "organisations.yaml", snapshot / "organisations.yaml")
    lines = (BUNDLED_SNAPSHOT / "repositories.jsonl").read_text().splitlines()[:5]
    lines.insert(1, "{not json")
    lines.insert(
        3,
        json.dumps(
            {"full_name": "x/y", "organisation": "nobody", "html_url": "https://github.com/x/y"}
        ),
    )
    lines.insert(4, json.dumps({"full_name": "only-a-name"}))
    lines.insert(5, "[1, 2]")
    (snapshot / "repositories.jsonl").write_text("\n".join(lines) + "\n")
    report = load_snapshot(db_session, snapshot)
    assert [line for line, _ in report.problems] == [2, 4, 5, 6]
    assert "not valid JSON" in report.problems[0][1]
    assert "unknown organisation 'nobody'" in report.problems[1][1]
    assert "missing organisation, html_url" in report.problems[2][1]
    assert report.seen == 5


def test_a_rolled_back_transaction_undoes_its_savepoints(empty_database_url):
    """pysqlite would otherwise commit on RELEASE SAVEPOINT (see catalogue/db.py)."""
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    with Session(engine) as session:
        with session.begin_nested():
            session.add(Organisation(slug="savepoint-check", name="x", sector="health"))
        session.rollback()
    with Session(engine) as session:
        assert session.scalar(select(Organisation.slug)) is None
    engine.dispose()
