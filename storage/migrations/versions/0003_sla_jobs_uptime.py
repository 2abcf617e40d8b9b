"""SLA: stored response minutes (wall and working), reminder/escalation marks; job runs; uptime.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch_op:
        batch_op.add_column(sa.Column("response_minutes_wall", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("response_minutes_working", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("reminded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(), nullable=True))
    op.create_table(
        "job_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("last_success_at", sa.DateTime(), nullable=False),
        sa.Column("last_key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "uptime",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("uptime") as batch_op:
        batch_op.create_index("ix_uptime_started_at", ["started_at"], unique=False)
        batch_op.create_index("ix_uptime_last_seen_at", ["last_seen_at"], unique=False)


def downgrade() -> None:
    op.drop_table("uptime")
    op.drop_table("job_run")
    with op.batch_alter_table("ticket") as batch_op:
        for column in ("escalated_at", "reminded_at", "response_minutes_working", "response_minutes_wall"):
            batch_op.drop_column(column)
