"""Files kept in the database (scans of letters, uploaded report originals): a backup holds them, and
every app host serves the same bytes. Written only by the service that saves the record owning them."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, deferred, mapped_column

from ..extensions import db
from .base import UTCDateTime, utcnow


class StoredFile(db.Model):
    __tablename__ = "stored_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(sa.String(255))       # as uploaded, made safe
    content_type: Mapped[str] = mapped_column(sa.String(100))   # from the content's signature, not the name
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(sa.String(64))
    data: Mapped[bytes] = deferred(mapped_column(sa.LargeBinary, nullable=False))  # read in chunks when served
    created_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    @property
    def label(self) -> str:
        return self.filename
