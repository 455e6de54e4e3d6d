"""PostgreSQL: the database itself refuses double bookings (exclusion constraints).

On SQLite the booking service's check inside one BEGIN IMMEDIATE transaction is enough, because
SQLite has one writer at a time. On PostgreSQL several desks write at once, so a practitioner's
or a room's overlapping appointments are refused by the database too (DESIGN.md "Scale").
Bookings made with "book anyway" (override_by_id set) and cancelled or no-show ones are exempt.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ACTIVE = "status IN ('booked', 'arrived', 'completed') AND override_by_id IS NULL"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(
        "ALTER TABLE appointment ADD CONSTRAINT ex_appointment_practitioner_overlap "
        "EXCLUDE USING gist (practitioner_id WITH =, "
        "tstzrange(starts_at, ends_at, '[)') WITH &&) "
        f"WHERE ({_ACTIVE})"
    )
    op.execute(
        "ALTER TABLE appointment ADD CONSTRAINT ex_appointment_room_overlap "
        "EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
        f"WHERE (room_id IS NOT NULL AND {_ACTIVE})"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE appointment DROP CONSTRAINT IF EXISTS ex_appointment_room_overlap")
    op.execute(
        "ALTER TABLE appointment DROP CONSTRAINT IF EXISTS ex_appointment_practitioner_overlap")
