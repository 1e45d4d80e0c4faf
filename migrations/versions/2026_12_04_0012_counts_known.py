"""Whether a component's stars, forks and open issues are known, or only zeros in their columns.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

Each migration must work while the previous release still runs: add before you remove. The new
column has a server default, so the previous release's inserts still work (as 'not known').

A plain ADD COLUMN, not batch_alter_table: on SQLite a batch operation rebuilds `components`, and
dropping the old table deletes, by cascade, the rows that refer to it (used_by_claims,
dependencies, reuse_links). SQLite (3.35 and later) and PostgreSQL both add and drop a column in
place. The count columns themselves stay NOT NULL for the same reason.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

components = sa.table(
    "components",
    sa.column("counts_known", sa.Boolean()),
    sa.column("updated_at"),
    sa.column("stars", sa.Integer()),
    sa.column("forks", sa.Integer()),
    sa.column("open_issues", sa.Integer()),
)


def upgrade() -> None:
    op.add_column(
        "components",
        sa.Column("counts_known", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    # A harvest stored GitHub's counts; it also stores GitHub's updated_at, which the bundled
    # snapshot never has. Counts above 0 came from somewhere that knew them too. Any other row
    # stays 'not known' until the next harvest fetches it.
    op.execute(
        components.update()
        .where(
            sa.or_(
                components.c.updated_at.is_not(None),
                components.c.stars > 0,
                components.c.forks > 0,
                components.c.open_issues > 0,
            )
        )
        .values(counts_known=True)
    )


def downgrade() -> None:
    # The previous release shows the stored zeros as counts, as it always did.
    op.drop_column("components", "counts_known")
