"""The public body a supplier or prototyping account builds for.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

Each migration must work while the previous release still runs: add before you remove. The new
column is nullable, so the previous release's inserts still work (as 'builds for no one').

A plain ADD COLUMN, not batch_alter_table: on SQLite a batch operation rebuilds `organisations`,
and dropping the old table deletes, by cascade, every account and component that refers to it.
SQLite takes the foreign key inline (it cannot add a constraint to a table); PostgreSQL adds it
by the name the models' naming convention gives. Both drop the column in place on downgrade
(SQLite 3.35 and later).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_organisations_builds_for_id_organisations"
INDEX = "ix_organisations_builds_for_id"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Named inline, so the constraint reads back as the models name it.
        op.execute(
            "ALTER TABLE organisations ADD COLUMN builds_for_id INTEGER "
            f"CONSTRAINT {FOREIGN_KEY} REFERENCES organisations (id) ON DELETE SET NULL"
        )
    else:
        op.add_column("organisations", sa.Column("builds_for_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            FOREIGN_KEY,
            "organisations",
            "organisations",
            ["builds_for_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index(INDEX, "organisations", ["builds_for_id"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="organisations")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(FOREIGN_KEY, "organisations", type_="foreignkey")
    op.drop_column("organisations", "builds_for_id")
