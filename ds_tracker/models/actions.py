"""Actions: concrete tasks owned by one organisation, and their progress notes."""
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..status import ActionStatus, is_overdue
from .base import SoftDeleted, UTCDateTime, Versioned, enum_column, utcnow

action_supporters = sa.Table(
    "action_supporters", db.metadata,
    sa.Column("action_id", sa.ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("organisation_id", sa.ForeignKey("organisations.id"), primary_key=True, index=True),
)


class Action(Versioned, SoftDeleted, db.Model):
    __tablename__ = "actions"
    __table_args__ = (
        sa.CheckConstraint("recommendation_id IS NOT NULL OR meeting_id IS NOT NULL OR decision_id IS NOT NULL "
                           "OR commitment_id IS NOT NULL", name="has_origin"),
        # A measure's one parent is its commitment (its decisions and recommendations are links, not parents).
        sa.CheckConstraint("commitment_id IS NULL OR (recommendation_id IS NULL AND meeting_id IS NULL "
                           "AND decision_id IS NULL)", name="measure_has_one_parent"),
        sa.Index("ix_actions_owner_status_due", "owner_id", "status", "due_on"),
        sa.Index("ix_actions_due_on_id", "due_on", "id"),
        sa.Index("ix_actions_status_forum", "status", "forum_id", "deleted_dt"),  # covers the list's count
        # Covers "What we owe"'s exact count of what an organisation leads (live actions only).
        sa.Index("ix_actions_owed", "owner_id", "status", "forum_id", "commitment_id",
                 sqlite_where=sa.text("deleted_dt IS NULL"), postgresql_where=sa.text("deleted_dt IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(sa.Text)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"))  # the lead organisation
    focal_person_id: Mapped[int | None] = mapped_column(sa.ForeignKey("people.id"), index=True)
    due_on: Mapped[date | None] = mapped_column(sa.Date)
    status: Mapped[ActionStatus] = enum_column(ActionStatus, default=ActionStatus.OPEN, index=True)
    # Where it comes from: a recommendation, a meeting's action point, or a decision.
    recommendation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("recommendations.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decisions.id"))
    # A measure of a plan: an action whose parent is a government commitment (models/plans.py).
    commitment_id: Mapped[int | None] = mapped_column(sa.ForeignKey("commitments.id"), index=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)  # derived from the origin
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # Set when the lead organisation's focal point moved the due date (with its reason), so the secretariat
    # and the dashboard see it; cleared when the forum's staff set the date themselves.
    due_moved_dt: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_moved_reason: Mapped[str | None] = mapped_column(sa.Text)

    owner: Mapped["Organisation"] = relationship()  # noqa: F821
    supporters: Mapped[list["Organisation"]] = relationship(secondary=action_supporters)  # noqa: F821
    focal_person: Mapped["Person | None"] = relationship()  # noqa: F821
    recommendation: Mapped["Recommendation | None"] = relationship()  # noqa: F821
    meeting: Mapped["Meeting | None"] = relationship()  # noqa: F821
    decision: Mapped["Decision | None"] = relationship()  # noqa: F821
    commitment: Mapped["Commitment | None"] = relationship()  # noqa: F821
    supported_by: Mapped[list["Recommendation"]] = relationship(  # noqa: F821
        secondary="measure_recommendations", order_by="Recommendation.reference")
    indicators: Mapped[list["Indicator"]] = relationship(  # noqa: F821
        primaryjoin="and_(Indicator.action_id == Action.id, Indicator.deleted_dt.is_(None))", viewonly=True,
        order_by="Indicator.id")
    forum: Mapped["Forum"] = relationship()  # noqa: F821
    notes: Mapped[list["ActionNote"]] = relationship(
        back_populates="action", order_by="ActionNote.created_dt.desc()")
    updated_by: Mapped["User | None"] = relationship(foreign_keys="Action.updated_by_id")  # noqa: F821

    @property
    def is_overdue(self) -> bool:
        return is_overdue(self.due_on, self.status)

    @property
    def is_measure(self) -> bool:
        return self.commitment_id is not None

    @property
    def source_meeting(self):
        return self.meeting or (self.recommendation.meeting if self.recommendation else None)

    def __repr__(self):
        return f"<Action {self.id} {self.status.value}>"


class ActionNote(db.Model):
    """A progress note; a status change carries its reason here too."""

    __tablename__ = "action_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(sa.ForeignKey("actions.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(sa.Text)
    status_from: Mapped[ActionStatus | None] = enum_column(ActionStatus, nullable=True)
    status_to: Mapped[ActionStatus | None] = enum_column(ActionStatus, nullable=True)
    created_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    action: Mapped[Action] = relationship(back_populates="notes")
    author: Mapped["User | None"] = relationship()  # noqa: F821
