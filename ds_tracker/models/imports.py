"""A report being turned into a meeting: stored as a draft (not a meeting) until the reviewer saves it."""
import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Timestamps, UTCDateTime, enum_column


class DraftStatus(enum.Enum):
    OPEN = "open"
    SAVED = "saved"
    DISCARDED = "discarded"


class ReportDraft(Timestamps, db.Model):
    __tablename__ = "report_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forums.id"))
    status: Mapped[DraftStatus] = enum_column(DraftStatus, default=DraftStatus.OPEN, index=True)
    title: Mapped[str | None] = mapped_column(sa.String(300))
    source_text: Mapped[str] = mapped_column(sa.Text)            # the text the draft was made from
    source_filename: Mapped[str | None] = mapped_column(sa.String(255))
    source_path: Mapped[str | None] = mapped_column(sa.String(300))   # legacy: a file under uploads/ not yet moved
    source_file_id: Mapped[int | None] = mapped_column(sa.ForeignKey("stored_files.id"))  # the uploaded original
    data: Mapped[dict] = mapped_column(sa.JSON)                   # the draft (import-format.md) and the review
    version: Mapped[int] = mapped_column(default=1)
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meetings.id"))
    saved_dt: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped["User"] = relationship()  # noqa: F821
    forum: Mapped["Forum | None"] = relationship()  # noqa: F821
    meeting: Mapped["Meeting | None"] = relationship()  # noqa: F821
    source_file: Mapped["StoredFile | None"] = relationship()  # noqa: F821

    __mapper_args__ = {"version_id_col": version}


class TemplateRule(Timestamps, db.Model):
    """One thing a forum's reviewers taught the importer about the forum's report template (importer/template.py):
    a heading -> the section it opens, a table header -> its columns' fields, a row's cue -> the row's kind."""
    __tablename__ = "template_rules"
    __table_args__ = (sa.UniqueConstraint("forum_id", "kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(20))      # heading | columns | row
    key: Mapped[str] = mapped_column(sa.String(400))      # the heading's words, the header's signature, the cue
    value: Mapped[dict | str] = mapped_column(sa.JSON)    # section kind; {column index: field}; {"from", "to"}
    draft_id: Mapped[int | None] = mapped_column(sa.ForeignKey("report_drafts.id"))   # the draft it was learnt on

    forum: Mapped["Forum"] = relationship()  # noqa: F821
