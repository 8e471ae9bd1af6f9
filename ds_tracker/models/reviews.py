"""A quarterly review draft: what the record said for a period and a set of forums, as the secretariat edited it."""
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import SoftDeleted, Versioned


class ReviewDraft(Versioned, SoftDeleted, db.Model):
    __tablename__ = "review_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    language: Mapped[str] = mapped_column(sa.String(2))             # "en" | "ar": the draft is written in one
    period_start: Mapped[date] = mapped_column(sa.Date)
    period_end: Mapped[date] = mapped_column(sa.Date)
    forum_ids: Mapped[list] = mapped_column(sa.JSON, default=list)   # [] = every forum the author reads
    # [{"key": "meetings_held", "heading": "...", "text": "- line\n- line"}] in the order shown
    sections: Mapped[list] = mapped_column(sa.JSON, default=list)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)

    created_by: Mapped["User | None"] = relationship(foreign_keys=[created_by_id])  # noqa: F821
    updated_by: Mapped["User | None"] = relationship(foreign_keys="ReviewDraft.updated_by_id")  # noqa: F821

    @property
    def label(self) -> str:
        return self.title
