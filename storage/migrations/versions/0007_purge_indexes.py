"""Index ticket.linked_ticket_id: deleting a ticket checks that no ticket links to it, a full scan per row without it.

Revision ID: 0007_purge_indexes
Revises: 0007_field_examples (main's 0007; written for 0006, re-chain at merge)
"""

from alembic import op

revision = "0007_purge_indexes"
down_revision = "0007_field_examples"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ticket_linked_ticket_id", "ticket", ["linked_ticket_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ticket_linked_ticket_id", table_name="ticket")
