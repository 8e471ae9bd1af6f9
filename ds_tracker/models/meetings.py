"""A meeting and the records of its own that hang off it: sittings, attendances, sessions, groups."""
import enum
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..extensions import db
from ..status import MinutesStatus
from .base import SoftDeleted, Timestamps, UTCDateTime, Versioned, enum_column


class Meeting(Versioned, SoftDeleted, db.Model):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    title_ar: Mapped[str | None] = mapped_column(sa.String(300))
    summary: Mapped[str | None] = mapped_column(sa.Text)   # Markdown
    minutes: Mapped[str | None] = mapped_column(sa.Text)   # Markdown
    # Rendered and sanitised once, when the text is saved: a page view never runs the Markdown renderer.
    summary_html: Mapped[str | None] = mapped_column(sa.Text)
    minutes_html: Mapped[str | None] = mapped_column(sa.Text)
    minutes_status: Mapped[MinutesStatus] = enum_column(MinutesStatus, default=MinutesStatus.DRAFT)
    minutes_approved_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    minutes_approved_dt: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # First and last day of the sittings, kept by the services: lists sort and filter on them.
    starts_on: Mapped[date | None] = mapped_column(sa.Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(sa.Date)

    forum: Mapped["Forum"] = relationship()  # noqa: F821
    sittings: Mapped[list["Sitting"]] = relationship(
        back_populates="meeting", order_by="Sitting.date", cascade="all, delete-orphan")
    organisations: Mapped[list["MeetingOrganisation"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan")
    forum_parties: Mapped[list["MeetingForum"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan")
    attendances: Mapped[list["Attendance"]] = relationship(
        back_populates="meeting", order_by="Attendance.position_in_list",
        primaryjoin="and_(Attendance.meeting_id == Meeting.id, Attendance.deleted_dt.is_(None))", viewonly=True)
    sessions: Mapped[list["Session"]] = relationship(
        order_by="Session.position_in_list",
        primaryjoin="and_(Session.meeting_id == Meeting.id, Session.deleted_dt.is_(None))", viewonly=True)
    groups: Mapped[list["BreakoutGroup"]] = relationship(
        order_by="BreakoutGroup.position_in_list",
        primaryjoin="and_(BreakoutGroup.meeting_id == Meeting.id, BreakoutGroup.deleted_dt.is_(None))",
        viewonly=True)
    minutes_approved_by: Mapped["User | None"] = relationship(foreign_keys=[minutes_approved_by_id])  # noqa: F821
    updated_by: Mapped["User | None"] = relationship(foreign_keys="Meeting.updated_by_id")  # noqa: F821

    @validates("summary", "minutes")
    def _render(self, key, value):
        from ..text import render_markdown
        setattr(self, f"{key}_html", str(render_markdown(value)) if value else None)
        return value

    @property
    def minutes_approved(self) -> bool:
        return self.minutes_status is MinutesStatus.APPROVED

    @property
    def first_date(self) -> date | None:
        return self.starts_on

    def organisations_in(self, role: "MeetingRole") -> list:
        role = MeetingRole(role) if isinstance(role, str) else role
        return [mo.organisation for mo in self.organisations if mo.role is role]

    def parties_in(self, role: "MeetingRole") -> list:
        """Hosts, organisers or organisations present: organisations and forums (the RWG co-organises workshops), each with a .label."""
        role = MeetingRole(role) if isinstance(role, str) else role
        return self.organisations_in(role) + [mf.forum for mf in self.forum_parties if mf.role is role]

    def __repr__(self):
        return f"<Meeting {self.id} {self.title[:40]!r}>"


class Sitting(Timestamps, db.Model):
    """One day of a meeting: a two-round workshop in two cities has four."""

    __tablename__ = "sittings"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    date: Mapped[date] = mapped_column(sa.Date, index=True)
    city: Mapped[str | None] = mapped_column(sa.String(120))
    venue: Mapped[str | None] = mapped_column(sa.String(255))
    place_id: Mapped[int | None] = mapped_column(sa.ForeignKey("places.id"))
    start_time: Mapped[time | None] = mapped_column(sa.Time)   # Baghdad time; a day without times is all-day
    end_time: Mapped[time | None] = mapped_column(sa.Time)

    meeting: Mapped[Meeting] = relationship(back_populates="sittings")


class MeetingRole(enum.Enum):
    HOST = "host"
    ORGANISER = "organiser"
    PRESENT = "present"     # an organisation at the meeting, from a report that lists organisations, not people


class MeetingOrganisation(db.Model):
    __tablename__ = "meeting_organisations"

    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), primary_key=True)
    role: Mapped[MeetingRole] = enum_column(MeetingRole, primary_key=True)

    meeting: Mapped[Meeting] = relationship(back_populates="organisations")
    organisation: Mapped["Organisation"] = relationship()  # noqa: F821


class MeetingForum(db.Model):
    """A forum as host or organiser of a meeting (of another forum, or a workshop)."""
    __tablename__ = "meeting_forums"

    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), primary_key=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), primary_key=True, index=True)
    role: Mapped[MeetingRole] = enum_column(MeetingRole, primary_key=True)

    meeting: Mapped[Meeting] = relationship(back_populates="forum_parties")
    forum: Mapped["Forum"] = relationship()  # noqa: F821


class _MeetingPart(Timestamps, SoftDeleted):
    """A record of its own under a meeting: adding one never conflicts with an edit of the meeting."""

    position_in_list: Mapped[int] = mapped_column(default=0)


class Attendance(_MeetingPart, db.Model):
    __tablename__ = "attendances"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id"), index=True)
    position: Mapped[str | None] = mapped_column(sa.String(300))  # as stated at this meeting
    organisation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"), index=True)
    organisation_text: Mapped[str | None] = mapped_column(sa.String(300))  # as written in the report
    heading: Mapped[str | None] = mapped_column(sa.String(160))  # "Government", "UN/NGOs"...

    meeting: Mapped[Meeting] = relationship()
    person: Mapped["Person"] = relationship(lazy="joined")  # noqa: F821
    organisation: Mapped["Organisation | None"] = relationship(lazy="joined")  # noqa: F821

    @property
    def label(self) -> str:
        """Who attended: the trail's summary and the history name a participant by the person's name."""
        return self.person.name if self.person else ""


class Session(_MeetingPart, db.Model):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    presenter_id: Mapped[int | None] = mapped_column(sa.ForeignKey("people.id"))
    presenter_text: Mapped[str | None] = mapped_column(sa.String(300))
    summary: Mapped[str | None] = mapped_column(sa.Text)

    meeting: Mapped[Meeting] = relationship()
    presenter: Mapped["Person | None"] = relationship()  # noqa: F821


class AgendaItem(_MeetingPart, db.Model):
    """An agenda item; "Follow-up of previous actions" lists the forum's actions open when the meeting was made."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[str] = mapped_column(sa.String(20), default="item")   # "item" | "follow_up"
    action_ids: Mapped[list] = mapped_column(sa.JSON, default=list)    # the open actions at that moment

    meeting: Mapped[Meeting] = relationship()


class BreakoutGroup(_MeetingPart, db.Model):
    __tablename__ = "breakout_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(160))
    theme_id: Mapped[int | None] = mapped_column(sa.ForeignKey("themes.id"))
    theme_text: Mapped[str | None] = mapped_column(sa.String(200))
    challenges: Mapped[list] = mapped_column(sa.JSON, default=list)

    meeting: Mapped[Meeting] = relationship()
    theme: Mapped["Theme | None"] = relationship()  # noqa: F821
