"""Field examples: request texts with a field value staff set (#set).

Revision ID: 0007_field_examples
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_field_examples"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "field_example",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("previous_value", sa.Text(), nullable=False),
        sa.Column("taught_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("field_example") as batch_op:
        batch_op.create_index("ix_field_example_ticket_id", ["ticket_id"], unique=False)


def downgrade() -> None:
    op.drop_table("field_example")
