"""Plans (the DS Roadmap, area Plans of Action, workplans), their revisions and commitments; indicators of
measures. A measure is an Action whose parent is a commitment (models/actions.py), so it lives where actions
live: "What we owe", reminders, lists, exports."""
import enum
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import SoftDeleted, UTCDateTime, Versioned, enum_column, utcnow


class PlanKind(enum.Enum):
    ROADMAP = "roadmap"
    AREA_POA = "area_poa"
    WORKPLAN = "workplan"


PUBLISHED_KINDS = (PlanKind.ROADMAP, PlanKind.AREA_POA)   # published documents: read by every user with a role

# A measure supports itself with recommendations of any forum (key UN recommendations and good practices).
measure_recommendations = sa.Table(
    "measure_recommendations", db.metadata,
    sa.Column("action_id", sa.ForeignKey("actions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("recommendation_id", sa.ForeignKey("recommendations.id"), primary_key=True, index=True),
)


class Plan(Versioned, SoftDeleted, db.Model):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)   # the owning forum
    kind: Mapped[PlanKind] = enum_column(PlanKind, index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    title_ar: Mapped[str | None] = mapped_column(sa.String(300))
    summary: Mapped[str | None] = mapped_column(sa.Text)
    starts_on: Mapped[date | None] = mapped_column(sa.Date)
    ends_on: Mapped[date | None] = mapped_column(sa.Date)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    forum: Mapped["Forum"] = relationship()  # noqa: F821
    updated_by: Mapped["User | None"] = relationship(foreign_keys="Plan.updated_by_id")  # noqa: F821
    revisions: Mapped[list["PlanRevision"]] = relationship(
        back_populates="plan", order_by="PlanRevision.revised_on.desc(), PlanRevision.id.desc()")
    commitments: Mapped[list["Commitment"]] = relationship(
        back_populates="plan", order_by="Commitment.position, Commitment.id",
        primaryjoin="and_(Commitment.plan_id == Plan.id, Commitment.deleted_dt.is_(None))", viewonly=True)

    def __repr__(self):
        return f"<Plan {self.id} {self.kind.value}>"


class PlanRevision(db.Model):
    """A dated revision: a label and its documents (commitments are not copied per revision)."""

    __tablename__ = "plan_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(sa.ForeignKey("plans.id"), index=True)
    revised_on: Mapped[date] = mapped_column(sa.Date)
    label: Mapped[str] = mapped_column(sa.String(300))
    documents: Mapped[str | None] = mapped_column(sa.Text)   # one document a line: its name, language, where
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    plan: Mapped[Plan] = relationship(back_populates="revisions")

    @property
    def document_lines(self) -> list[str]:
        return [line.strip() for line in (self.documents or "").splitlines() if line.strip()]


class Commitment(Versioned, SoftDeleted, db.Model):
    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(sa.ForeignKey("plans.id"), index=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)   # the plan's, for scoping
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(sa.Text)
    text_ar: Mapped[str | None] = mapped_column(sa.Text)
    decision_id: Mapped[int | None] = mapped_column(sa.ForeignKey("decisions.id"), index=True)  # announced it
    timeframe: Mapped[str | None] = mapped_column(sa.String(200))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    plan: Mapped[Plan] = relationship(back_populates="commitments")
    decision: Mapped["Decision | None"] = relationship()  # noqa: F821
    updated_by: Mapped["User | None"] = relationship(foreign_keys="Commitment.updated_by_id")  # noqa: F821

    def __repr__(self):
        return f"<Commitment {self.id} of plan {self.plan_id}>"


class Indicator(Versioned, SoftDeleted, db.Model):
    """A number that shows a measure's progress (families departed, returned, grants paid), with a target."""

    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(sa.ForeignKey("actions.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    name_ar: Mapped[str | None] = mapped_column(sa.String(200))
    target: Mapped[Decimal | None] = mapped_column(sa.Numeric(14, 2))
    unit: Mapped[str | None] = mapped_column(sa.String(60))

    action: Mapped["Action"] = relationship()  # noqa: F821
    updated_by: Mapped["User | None"] = relationship(foreign_keys="Indicator.updated_by_id")  # noqa: F821
    values: Mapped[list["IndicatorValue"]] = relationship(
        back_populates="indicator", order_by="IndicatorValue.measured_on, IndicatorValue.id")

    @property
    def latest(self) -> "IndicatorValue | None":
        return self.values[-1] if self.values else None


class IndicatorValue(db.Model):
    """One reading: a value on a date, from a source. Appended, never overwritten (a correction is a new value)."""

    __tablename__ = "indicator_values"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(sa.ForeignKey("indicators.id"), index=True)
    measured_on: Mapped[date] = mapped_column(sa.Date, index=True)
    value: Mapped[Decimal] = mapped_column(sa.Numeric(14, 2))
    source: Mapped[str] = mapped_column(sa.String(300))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    indicator: Mapped[Indicator] = relationship(back_populates="values")
