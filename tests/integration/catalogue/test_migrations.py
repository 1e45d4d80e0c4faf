"""Migrations upgrade and downgrade cleanly on SQLite and PostgreSQL, and match the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from catalogue.db import make_engine
from catalogue.migrate import downgrade, upgrade
from catalogue.models import Base

# A component row's values, for raw INSERTs at a revision the models may not match.
_COMPONENT = {
    "host": "github.com",
    "owner": "o1",
    "languages": "{}",
    "topics": "[]",
    "stars": 0,
    "forks": 0,
    "open_issues": 0,
    "archived": False,
    "fork": False,
    "template": False,
    "files_sample": "[]",
    "manifests": "{}",
    "component_type": "other",
    "first_seen_at": "2026-12-01",
    "last_seen_at": "2026-12-01",
    "record_updated_at": "2026-12-01",
}


def _insert_organisations(connection, *slugs: str) -> dict[str, int]:
    """Verified health organisations with these slugs; their ids by slug."""
    for slug in slugs:
        connection.execute(
            text(
                "INSERT INTO organisations (slug, name, sector, verified, created_at, updated_at) "
                "VALUES (:slug, :slug, 'health', true, '2026-12-01', '2026-12-01')"
            ),
            {"slug": slug},
        )
    return dict(connection.execute(text("SELECT slug, id FROM organisations")).all())


def _insert_component(connection, organisation_id: int, name: str, **columns) -> None:
    """A component 'o1/<name>' with every column the schema needs, and these besides."""
    values = {
        **_COMPONENT,
        "full_name": f"o1/{name}",
        "full_name_key": f"o1/{name}",
        "organisation_id": organisation_id,
        "name": name,
        "repository_url": f"https://github.com/o1/{name}",
        **columns,
    }
    connection.execute(
        text(
            f"INSERT INTO components ({', '.join(values)}) "
            f"VALUES ({', '.join(':' + column for column in values)})"
        ),
        values,
    )


def test_upgrade_downgrade_upgrade_round_trips(empty_database_url):
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    tables = set(inspect(engine).get_table_names())
    assert {
        "organisations",
        "accounts",
        "components",
        "dependencies",
        "harvest_runs",
        "users",
        "password_resets",
    } <= tables
    downgrade(empty_database_url, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(empty_database_url)
    assert set(inspect(engine).get_table_names()) == tables
    engine.dispose()


def test_models_and_migrations_agree(empty_database_url):
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = _without_inline_foreign_keys(compare_metadata(context, Base.metadata))
        if engine.dialect.name == "sqlite":
            # What SQLite itself holds for the foreign key 0013 added inline.
            found = connection.exec_driver_sql("PRAGMA foreign_key_list(organisations)").all()
            assert [(row[2], row[3], row[4], row[6]) for row in found] == [
                ("organisations", "builds_for_id", "id", "SET NULL")
            ]
    engine.dispose()
    assert differences == []


def _without_inline_foreign_keys(differences: list) -> list:
    """The differences, less SQLite's reading of a foreign key added with its column (0013):
    SQLAlchemy reads a constraint's name and ON DELETE only where the table declares it apart
    from the column, so such a key reads back unnamed and without them (checked by PRAGMA)."""
    removed = {
        (tuple(c.name for c in d[1].columns), d[1].referred_table.name)
        for d in differences
        if d[0] == "remove_fk" and d[1].name is None and d[1].ondelete is None
    }

    def inline(d) -> bool:
        key = (tuple(c.name for c in d[1].columns), d[1].referred_table.name)
        return d[0] in ("remove_fk", "add_fk") and key in removed

    return [d for d in differences if not inline(d)]


def test_webhook_body_digests_move_into_a_column_and_back(empty_database_url):
    # 0007: digests were rows of their own ("body:<sha256>"); they become a column of a delivery.
    upgrade(empty_database_url, "0006")
    engine = make_engine(empty_database_url)
    insert = text(
        "INSERT INTO webhook_deliveries (delivery_id, event, received_at) "
        "VALUES (:id, :event, '2026-12-01 10:00:00')"
    )
    with engine.begin() as connection:
        connection.execute(insert, {"id": "delivery-1", "event": "push"})
        connection.execute(insert, {"id": "body:" + "a" * 64, "event": "digest"})
    upgrade(empty_database_url)
    with engine.begin() as connection:
        rows = connection.execute(text("SELECT delivery_id FROM webhook_deliveries")).all()
        assert [row.delivery_id for row in rows] == ["delivery-1"]
        connection.execute(
            text("UPDATE webhook_deliveries SET body_digest = :digest"), {"digest": "b" * 64}
        )
    downgrade(empty_database_url, "0006")
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT delivery_id FROM webhook_deliveries")).all()
    engine.dispose()
    assert sorted(row.delivery_id for row in rows) == ["body:" + "b" * 64, "delivery-1"]


def test_used_by_claims_made_before_0010_count_as_asked_and_come_from_the_owner(
    empty_database_url,
):
    upgrade(empty_database_url, "0009")
    engine = make_engine(empty_database_url)
    with engine.begin() as connection:
        ids = _insert_organisations(connection, "o1", "o2")
        _insert_component(connection, ids["o1"], "a")
        component = connection.execute(text("SELECT id FROM components")).scalar_one()
        connection.execute(
            text(
                "INSERT INTO used_by_claims (component_id, organisation_id, claimed_at) "
                "VALUES (:c, :o2, '2026-12-01 09:00:00')"
            ),
            {"c": component, "o2": ids["o2"]},
        )
    upgrade(empty_database_url)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT source, asked_at, declined_at FROM used_by_claims")
        ).one()
    engine.dispose()
    assert row.source == "owner" and row.asked_at is not None and row.declined_at is None


def test_licences_stored_before_0011_are_the_hosts_and_readme_ones_go_on_downgrade(
    empty_database_url,
):
    upgrade(empty_database_url, "0010")
    engine = make_engine(empty_database_url)
    with engine.begin() as connection:
        organisation = _insert_organisations(connection, "o1")["o1"]
        for name, licence in (("a", "MIT"), ("b", None)):
            _insert_component(connection, organisation, name, licence=licence)
    upgrade(empty_database_url)
    select_all = text("SELECT name, licence, licence_source FROM components ORDER BY name")
    with engine.begin() as connection:
        assert [tuple(r) for r in connection.execute(select_all)] == [
            ("a", "MIT", "host"),
            ("b", None, None),
        ]
        connection.execute(
            text(
                "UPDATE components SET licence = 'ISC', licence_source = 'readme' WHERE name = 'b'"
            )
        )
    downgrade(empty_database_url, "0010")
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, licence FROM components ORDER BY name")).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [("a", "MIT"), ("b", None)]


def test_0012_marks_harvested_counts_known_and_keeps_what_refers_to_components(
    empty_database_url,
):
    # 0012 adds counts_known with a plain ADD COLUMN: a batch rebuild of `components` on SQLite
    # would delete, by cascade, the used_by_claims and dependencies that refer to its rows.
    upgrade(empty_database_url, "0011")
    engine = make_engine(empty_database_url)
    with engine.begin() as connection:
        ids = _insert_organisations(connection, "o1", "o2")
        # snapshot: no dates from GitHub, zeros; harvested: GitHub's updated_at, a real zero;
        # counted: a count above zero, however it came.
        for name, updated_at, stars in (
            ("snapshot", None, 0),
            ("harvested", "2026-11-30 12:00:00", 0),
            ("counted", None, 4),
        ):
            _insert_component(connection, ids["o1"], name, stars=stars, updated_at=updated_at)
        components = dict(connection.execute(text("SELECT name, id FROM components")).all())
        for component in components.values():
            connection.execute(
                text(
                    "INSERT INTO used_by_claims (component_id, organisation_id, claimed_at) "
                    "VALUES (:c, :o2, '2026-12-01 09:00:00')"
                ),
                {"c": component, "o2": ids["o2"]},
            )
            connection.execute(
                text(
                    "INSERT INTO dependencies (component_id, ecosystem, name) "
                    "VALUES (:c, 'npm', 'x')"
                ),
                {"c": component},
            )

    def referring_rows() -> tuple[int, int]:
        with engine.connect() as connection:
            return tuple(
                connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("used_by_claims", "dependencies")
            )

    upgrade(empty_database_url)
    with engine.connect() as connection:
        known = dict(connection.execute(text("SELECT name, counts_known FROM components")).all())
    assert {name: bool(value) for name, value in known.items()} == {
        "snapshot": False,
        "harvested": True,
        "counted": True,
    }
    assert referring_rows() == (3, 3)

    downgrade(empty_database_url, "0011")
    columns = {c["name"] for c in inspect(engine).get_columns("components")}
    assert "counts_known" not in columns and {"stars", "forks", "open_issues"} <= columns
    assert referring_rows() == (3, 3)

    upgrade(empty_database_url)  # and back up again, as a rolled-back release would
    with engine.begin() as connection:
        # The previous release's inserts name no counts_known: the server default says 'not known'.
        _insert_component(connection, ids["o1"], "new")
        new = connection.execute(
            text("SELECT counts_known FROM components WHERE name = 'new'")
        ).scalar_one()
    assert not new
    assert referring_rows() == (3, 3)
    # Down past 0011 too: its downgrade drops a column of `components` in place as well.
    downgrade(empty_database_url, "0010")
    assert "licence_source" not in {c["name"] for c in inspect(engine).get_columns("components")}
    assert referring_rows() == (3, 3)
    engine.dispose()


def test_0013_adds_builds_for_in_place_and_a_removed_body_leaves_its_suppliers(
    empty_database_url,
):
    # A plain ADD COLUMN: a batch rebuild of `organisations` on SQLite would delete, by cascade,
    # the components of every organisation. Removing a body its supplier builds for leaves the
    # supplier, building for no one.
    upgrade(empty_database_url, "0012")
    engine = make_engine(empty_database_url)
    with engine.begin() as connection:
        ids = _insert_organisations(connection, "body", "supplier", "other")
        _insert_component(connection, ids["supplier"], "work")
    upgrade(empty_database_url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE organisations SET builds_for_id = :body WHERE slug = 'supplier'"),
            {"body": ids["body"]},
        )
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM organisations WHERE slug = 'body'"))
        builds_for = connection.execute(
            text("SELECT builds_for_id FROM organisations WHERE slug = 'supplier'")
        ).scalar_one()
        components = connection.execute(text("SELECT count(*) FROM components")).scalar_one()
    assert (builds_for, components) == (None, 1)

    downgrade(empty_database_url, "0012")
    columns = {c["name"] for c in inspect(engine).get_columns("organisations")}
    with engine.connect() as connection:
        components = connection.execute(text("SELECT count(*) FROM components")).scalar_one()
    engine.dispose()
    assert "builds_for_id" not in columns and components == 1
