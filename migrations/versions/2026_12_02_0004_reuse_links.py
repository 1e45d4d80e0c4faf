"""Reuse links: which component's manifest names a package another component publishes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Each migration must work while the previous release still runs: add before you remove.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reuse_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dependent_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("ecosystem", sa.String(length=40), nullable=False),
        sa.Column("package", sa.String(length=300), nullable=False),
        sa.Column("manifest", sa.String(length=300), nullable=True),
        sa.Column("evidence", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["dependent_id"],
            ["components.id"],
            name=op.f("fk_reuse_links_dependent_id_components"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["components.id"],
            name=op.f("fk_reuse_links_provider_id_components"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reuse_links")),
        sa.UniqueConstraint(
            "dependent_id",
            "provider_id",
            "ecosystem",
            "package",
            name=op.f("uq_reuse_links_dependent_id_provider_id_ecosystem_package"),
        ),
    )
    with op.batch_alter_table("reuse_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reuse_links_dependent_id"), ["dependent_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reuse_links_provider_id"), ["provider_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reuse_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reuse_links_provider_id"))
        batch_op.drop_index(batch_op.f("ix_reuse_links_dependent_id"))

    op.drop_table("reuse_links")
