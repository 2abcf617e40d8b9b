"""Availability: probe results, daily roll-ups, maintenance windows, outages told to staff; the heartbeat goes.

Revision ID: 0007_availability
Revises: 0007_purge_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_availability"
down_revision = "0007_purge_indexes"  # re-chained after merging main, which already had it
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "probe_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("up", sa.Boolean(), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("stretch_seconds", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("probe_result") as batch_op:
        batch_op.create_index("ix_probe_result_service_at", ["service", "at"], unique=False)
    op.create_table(
        "availability_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=100), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("observed_seconds", sa.Float(), nullable=False),
        sa.Column("up_seconds", sa.Float(), nullable=False),
        sa.Column("down_seconds", sa.Float(), nullable=False),
        sa.Column("maintenance_seconds", sa.Float(), nullable=False),
        sa.Column("probes", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("service", "day", name="uq_availability_day"),
    )
    with op.batch_alter_table("availability_day") as batch_op:
        batch_op.create_index("ix_availability_day_day", ["day"], unique=False)
    op.create_table(
        "maintenance_window",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=100), nullable=False),
        sa.Column("start_at", sa.DateTime(), nullable=False),
        sa.Column("end_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("maintenance_window") as batch_op:
        batch_op.create_index("ix_maintenance_window_service", ["service"], unique=False)
    op.create_table(
        "service_outage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=100), nullable=False),
        sa.Column("down_since", sa.DateTime(), nullable=False),
        sa.Column("alerted_at", sa.DateTime(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("alert_message_id", sa.String(), nullable=False),
        sa.Column("recovered_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_outage") as batch_op:
        batch_op.create_index("ix_service_outage_service", ["service"], unique=False)
        batch_op.create_index("ix_service_outage_recovered_at", ["recovered_at"], unique=False)
    # The daemon's own heartbeat measured nothing about the services; probes replace it.
    op.drop_table("uptime")


def downgrade() -> None:
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
    op.drop_table("service_outage")
    op.drop_table("maintenance_window")
    op.drop_table("availability_day")
    op.drop_table("probe_result")
