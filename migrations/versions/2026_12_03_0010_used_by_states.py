"""'Used by' states: where a claim came from, and a using organisation's "we do not use it".

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Each migration must work while the previous release still runs: add before you remove. The new
columns have server defaults or are nullable, so the previous release's inserts still work.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import catalogue.models.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("used_by_claims", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=20), server_default="owner", nullable=False)
        )
        batch_op.add_column(sa.Column("named_as", sa.String(length=300), nullable=True))
        batch_op.add_column(
            sa.Column("declined_at", catalogue.models.types.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("declined_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("asked_at", catalogue.models.types.UTCDateTime(), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_used_by_claims_declined_by_id_users"),
            "users",
            ["declined_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # Claims made before this release were each put to the using organisation on its account page.
    op.execute("UPDATE used_by_claims SET asked_at = claimed_at")


def downgrade() -> None:
    with op.batch_alter_table("used_by_claims", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_used_by_claims_declined_by_id_users"), type_="foreignkey"
        )
        batch_op.drop_column("asked_at")
        batch_op.drop_column("declined_by_id")
        batch_op.drop_column("declined_at")
        batch_op.drop_column("named_as")
        batch_op.drop_column("source")
