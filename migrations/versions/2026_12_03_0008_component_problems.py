"""Component problems: what is wrong with each component's metadata, since when, and who was told.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Each migration must work while the previous release still runs: add before you remove.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import catalogue.models.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "component_problems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("component_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("first_seen_at", catalogue.models.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", catalogue.models.types.UTCDateTime(), nullable=False),
        sa.Column("times_seen", sa.Integer(), nullable=False),
        sa.Column("resolved_at", catalogue.models.types.UTCDateTime(), nullable=True),
        sa.Column("notified_at", catalogue.models.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["component_id"],
            ["components.id"],
            name=op.f("fk_component_problems_component_id_components"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_component_problems")),
        sa.UniqueConstraint(
            "component_id",
            "fingerprint",
            name=op.f("uq_component_problems_component_id_fingerprint"),
        ),
    )
    with op.batch_alter_table("component_problems", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_component_problems_component_id"), ["component_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_component_problems_resolved_at"), ["resolved_at"], unique=False
        )
    op.create_table(
        "problem_preferences",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("emails", sa.Boolean(), nullable=False),
        sa.Column("github_issues", sa.Boolean(), nullable=False),
        sa.Column("updated_at", catalogue.models.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_problem_preferences_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_problem_preferences")),
    )
    op.create_table(
        "problem_issues",
        sa.Column("component_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("problems_hash", sa.String(length=64), nullable=True),
        sa.Column("closed_at", catalogue.models.types.UTCDateTime(), nullable=True),
        sa.Column("updated_at", catalogue.models.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["component_id"],
            ["components.id"],
            name=op.f("fk_problem_issues_component_id_components"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("component_id", name=op.f("pk_problem_issues")),
    )


def downgrade() -> None:
    op.drop_table("problem_issues")
    op.drop_table("problem_preferences")
    with op.batch_alter_table("component_problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_component_problems_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_component_problems_component_id"))
    op.drop_table("component_problems")
