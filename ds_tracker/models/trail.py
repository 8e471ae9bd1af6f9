"""The trail: an append-only record of every write. The app never updates or deletes a row here."""
import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, enum_column, utcnow


class Operation(enum.Enum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    STATUS = "status"


class TrailEntry(db.Model):
    __tablename__ = "trail_entries"
    __table_args__ = (sa.Index("ix_trail_record", "record_type", "record_id", "at_dt"),
                      sa.Index("ix_trail_parent", "parent_type", "parent_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    at_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)  # None: the system/CLI
    record_type: Mapped[str] = mapped_column(sa.String(40))
    record_id: Mapped[int] = mapped_column()
    operation: Mapped[Operation] = enum_column(Operation)
    changes: Mapped[dict] = mapped_column(sa.JSON, default=dict)  # {field: [old, new]}
    reason: Mapped[str | None] = mapped_column(sa.Text)
    summary: Mapped[str | None] = mapped_column(sa.String(300))  # the record's label at the time
    # The record this one belongs to (an attendance's meeting), so a meeting's history shows its parts.
    parent_type: Mapped[str | None] = mapped_column(sa.String(40))
    parent_id: Mapped[int | None] = mapped_column()

    user: Mapped["User | None"] = relationship()  # noqa: F821

    def __repr__(self):
        return f"<TrailEntry {self.operation.value} {self.record_type}#{self.record_id}>"


class IdempotencyKey(db.Model):
    """A create form's one-time token: the same form posted twice creates one record."""

    __tablename__ = "idempotency_keys"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    record_type: Mapped[str] = mapped_column(sa.String(40))
    record_id: Mapped[int] = mapped_column()
    created_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
