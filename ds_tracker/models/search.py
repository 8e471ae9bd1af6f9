"""The search entries behind full-text search (see ds_tracker/search.py)."""
import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db


class SearchEntry(db.Model):
    __tablename__ = "search_entries"
    __table_args__ = (sa.UniqueConstraint("record_type", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(sa.String(20))   # "recommendation" | "action" | "document"
    record_id: Mapped[int] = mapped_column()
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forums.id"), index=True)  # none: a document
    body: Mapped[str] = mapped_column(sa.Text)                 # normalised (textnorm.normalise)
