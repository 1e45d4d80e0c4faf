"""Webhook deliveries keep their body's digest in a column of their own.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

The digests that refuse a signed body replayed under a new delivery id were stored as extra rows
("body:<sha256>", event "digest") among the deliveries. They move to a unique column of each
delivery's row. The old digest rows cannot be matched to their deliveries, so they are dropped:
a body received before this upgrade and replayed under a new id within the 30-day window would
only queue its repository for one more harvest, as any replay after the pruning would.
Each migration must work while the previous release still runs: the column may be null.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "DELETE FROM webhook_deliveries WHERE event = 'digest' AND delivery_id LIKE 'body:%'"
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_digest", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_webhook_deliveries_body_digest"), ["body_digest"]
        )


def downgrade() -> None:
    # Back to the previous release's form, so it still refuses the bodies already received.
    op.execute(
        "INSERT INTO webhook_deliveries (delivery_id, event, received_at) "
        "SELECT 'body:' || body_digest, 'digest', received_at FROM webhook_deliveries "
        "WHERE body_digest IS NOT NULL"
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_webhook_deliveries_body_digest"), type_="unique")
        batch_op.drop_column("body_digest")
