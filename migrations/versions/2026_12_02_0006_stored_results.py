"""Stored results: the duplicated-work analysis moves from a file in the data dir to the database.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

Each migration must work while the previous release still runs: add before you remove.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import catalogue.models.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stored_results",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("generation", sa.String(length=32), nullable=False),
        sa.Column("computed_at", catalogue.models.types.UTCDateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_stored_results")),
    )


def downgrade() -> None:
    op.drop_table("stored_results")
