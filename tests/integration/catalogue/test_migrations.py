"""Migrations upgrade and downgrade cleanly on SQLite and PostgreSQL, and match the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from catalogue.db import make_engine
from catalogue.migrate import downgrade, upgrade
from catalogue.models import Base


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
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
