"""Indexed recipient of automatic replies, so the per-address loop cap is one index lookup.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message") as batch_op:
        batch_op.add_column(sa.Column("auto_recipient", sa.String(length=320), nullable=True))
        batch_op.create_index("ix_message_auto_recipient", ["auto_recipient", "received_at"], unique=False)
    op.execute("UPDATE message SET auto_recipient = to_addrs WHERE direction = 'out' AND kind = 'ack'")


def downgrade() -> None:
    with op.batch_alter_table("message") as batch_op:
        batch_op.drop_index("ix_message_auto_recipient")
        batch_op.drop_column("auto_recipient")
