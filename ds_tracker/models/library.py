"""The documents library: reports, plans' revisions, assessments and letters the architecture publishes, each
with its file (kept in the database, like scans) or its link, tagged and linked to the records it belongs to."""
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import SoftDeleted, Versioned


def _tags(right: str) -> sa.Table:
    return sa.Table(
        f"document_{right}s", db.metadata,
        sa.Column("document_id", sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(f"{right}_id", sa.ForeignKey(f"{right}s.id"), primary_key=True, index=True),
    )


document_forums = _tags("forum")
document_places = _tags("place")
document_themes = _tags("theme")

LANGUAGES = ("en", "ar", "ku", "other")
# What a document may be linked to, as (record_type, record_id); a register decision is a "decision" (its
# forum is the register's). The table needs no new column for a new kind.
LINKED_KINDS = ("meeting", "recommendation", "decision", "plan", "plan_revision")


class Document(Versioned, SoftDeleted, db.Model):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    title_ar: Mapped[str | None] = mapped_column(sa.String(300))
    publisher: Mapped[str | None] = mapped_column(sa.String(200))   # NRC, IOM DTM, the RWG...: as printed
    published_on: Mapped[date | None] = mapped_column(sa.Date, index=True)
    language: Mapped[str] = mapped_column(sa.String(8), default="en")
    summary: Mapped[str | None] = mapped_column(sa.Text)
    url: Mapped[str | None] = mapped_column(sa.String(500))
    file_id: Mapped[int | None] = mapped_column(sa.ForeignKey("stored_files.id"))
    # How much of the file's text search holds, or why none ("the file could not be read: ...")
    text_note: Mapped[str | None] = mapped_column(sa.String(300))
    # The same document in the other language; kept both ways by the service.
    counterpart_id: Mapped[int | None] = mapped_column(sa.ForeignKey("documents.id"))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    file: Mapped["StoredFile | None"] = relationship()  # noqa: F821
    counterpart: Mapped["Document | None"] = relationship(remote_side=[id])
    forums: Mapped[list["Forum"]] = relationship(secondary=document_forums, order_by="Forum.name")  # noqa: F821
    places: Mapped[list["Place"]] = relationship(secondary=document_places, order_by="Place.name")  # noqa: F821
    themes: Mapped[list["Theme"]] = relationship(secondary=document_themes, order_by="Theme.name")  # noqa: F821
    links: Mapped[list["DocumentLink"]] = relationship(back_populates="document", cascade="all, delete-orphan")
    updated_by: Mapped["User | None"] = relationship(foreign_keys="Document.updated_by_id")  # noqa: F821

    @property
    def label(self) -> str:
        return self.title

    def __repr__(self):
        return f"<Document {self.id} {self.title[:40]!r}>"


class DocumentLink(db.Model):
    """A document tied to a record, by (record_type, record_id). forum_id is the record's forum, kept so the
    read rule (a document tied to a confidential forum's record is as confidential as the record) is one SQL
    condition; a decision answering letters of several forums is tied to each of them."""
    __tablename__ = "document_links"
    __table_args__ = (sa.UniqueConstraint("document_id", "record_type", "record_id", "forum_id"),
                      sa.Index("ix_document_links_record", "record_type", "record_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    record_type: Mapped[str] = mapped_column(sa.String(30))
    record_id: Mapped[int] = mapped_column()
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forums.id"), index=True)

    document: Mapped[Document] = relationship(back_populates="links")
