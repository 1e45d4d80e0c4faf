"""The public body a supplier asking to be listed says it builds for.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

Each migration must work while the previous release still runs: add before you remove. The new
column is nullable, so the previous release's requests still insert (as 'builds for no body').
It holds the body's slug, not a foreign key: a plain ADD COLUMN on both databases (no SQLite
table rebuild), and a request stays readable after the body it names is removed. Approval turns
it into Organisation.builds_for, checking that the body is still listed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "registration_requests", sa.Column("builds_for", sa.String(length=100), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("registration_requests", "builds_for")
