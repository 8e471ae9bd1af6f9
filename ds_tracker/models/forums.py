"""Forums (the standing bodies that meet) and the public record of who co-chaired them."""
import enum
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Timestamps, enum_column


class ForumKind(enum.Enum):
    DSTF = "DSTF"
    RWG = "RWG"
    DSTWG = "DSTWG"
    DSTWG_SUBGROUP = "DSTWG sub-group"
    JCF = "JCF"
    ABC = "ABC"
    WORKSHOP = "workshop"


class Forum(Timestamps, db.Model):
    __tablename__ = "forums"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(160), unique=True)
    name_ar: Mapped[str | None] = mapped_column(sa.String(160))
    code: Mapped[str] = mapped_column(sa.String(16), unique=True)  # prefix of recommendation references
    kind: Mapped[ForumKind] = enum_column(ForumKind)
    governorate_id: Mapped[int | None] = mapped_column(sa.ForeignKey("places.id"))
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forums.id"))  # DSTWG sub-groups
    confidential: Mapped[bool] = mapped_column(default=False)  # discussions for members only (DSTF)
    # When the forum usually meets, as an iCalendar RRULE ("FREQ=MONTHLY;BYDAY=-1TU": last Tuesday)
    recurrence: Mapped[str | None] = mapped_column(sa.String(120))
    is_active: Mapped[bool] = mapped_column(default=True)

    governorate: Mapped["Place | None"] = relationship()  # noqa: F821
    parent: Mapped["Forum | None"] = relationship(remote_side=[id])
    co_chairs: Mapped[list["ForumCoChair"]] = relationship(
        back_populates="forum", order_by="ForumCoChair.starts_on.desc()")

    @property
    def label(self) -> str:   # as organisations have one: a forum can host or organise a meeting
        return self.name

    def co_chairs_on(self, on: date) -> list["ForumCoChair"]:
        return [c for c in self.co_chairs if c.starts_on <= on and (c.ends_on is None or on <= c.ends_on)]

    def __repr__(self):
        return f"<Forum {self.code}>"


class CoChairSide(enum.Enum):
    GOVERNMENT = "government"
    AID = "aid"


class ForumCoChair(Timestamps, db.Model):
    """Who chaired, and when: the public record, distinct from the roles that grant permissions."""

    __tablename__ = "forum_co_chairs"

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)
    side: Mapped[CoChairSide] = enum_column(CoChairSide)
    organisation_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"))
    person_id: Mapped[int | None] = mapped_column(sa.ForeignKey("people.id"))
    starts_on: Mapped[date] = mapped_column(sa.Date)
    ends_on: Mapped[date | None] = mapped_column(sa.Date)
    note: Mapped[str | None] = mapped_column(sa.String(255))  # e.g. "interim"

    forum: Mapped[Forum] = relationship(back_populates="co_chairs")
    organisation: Mapped["Organisation"] = relationship()  # noqa: F821
    person: Mapped["Person | None"] = relationship()  # noqa: F821
