"""What reminders were sent, so `send-reminders` is idempotent and an admin can see who was told what."""
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import UTCDateTime, utcnow


class ReminderLog(db.Model):
    __tablename__ = "reminder_log"
    __table_args__ = (sa.UniqueConstraint("email", "kind", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(255))
    kind: Mapped[str] = mapped_column(sa.String(20))        # "due" (daily) | "digest" (weekly, per forum)
    period: Mapped[str] = mapped_column(sa.String(40))      # "2025-06-03" or "2025-W23:JCF-NIN": one per period
    sent_on: Mapped[date] = mapped_column(sa.Date)
    sent_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    subject: Mapped[str] = mapped_column(sa.String(300))
    action_ids: Mapped[list] = mapped_column(sa.JSON, default=list)
    # A row is first a claim ("claimed"), committed before the message goes out, then "sent" or "failed";
    # a failed (or long-abandoned) claim is taken again by the next run. The unique key makes two
    # concurrent runs claim each (address, kind, period) once.
    state: Mapped[str] = mapped_column(sa.String(10), default="sent", server_default="sent")
