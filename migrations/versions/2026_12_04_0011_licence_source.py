"""Where a component's licence comes from: its licence file (the host's) or its README.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

Each migration must work while the previous release still runs: add before you remove. The new
column is nullable, so the previous release's inserts still work.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("components", schema=None) as batch_op:
        batch_op.add_column(sa.Column("licence_source", sa.String(length=20), nullable=True))
    # Until now every stored licence was the host's; the next harvest reads the READMEs.
    op.execute("UPDATE components SET licence_source = 'host' WHERE licence IS NOT NULL")


def downgrade() -> None:
    # The previous release knows only the host's licences: a README's must not pass for one.
    op.execute("UPDATE components SET licence = NULL WHERE licence_source <> 'host'")
    # A plain DROP COLUMN: in batch mode SQLite rebuilds `components`, and dropping the old table
    # deletes, by cascade, the used_by_claims, dependencies and reuse links that refer to it.
    op.drop_column("components", "licence_source")
