"""Recommendations, and how they travel upward: submissions to higher bodies and their decisions."""
import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..message import LocalName, Message, N_
from ..status import (EscalationLevel, Outcome, RecommendationStatus, SubmissionFact, escalation_chain,
                      escalation_stage)
from .base import SoftDeleted, Timestamps, UTCDateTime, Versioned, enum_column, utcnow


def _link_table(name, left, right):
    return sa.Table(
        name, db.metadata,
        sa.Column(f"{left}_id", sa.ForeignKey(f"{left}s.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(f"{right}_id", sa.ForeignKey(f"{right}s.id"), primary_key=True),
        # From the other side, in the left's id order: "the newest recommendations of this theme / addressed
        # to this organisation" reads one index range instead of gathering and sorting every link.
        sa.Index(f"ix_{name}_{right}_id", f"{right}_id", f"{left}_id"),
    )


recommendation_themes = _link_table("recommendation_themes", "recommendation", "theme")
recommendation_places = _link_table("recommendation_places", "recommendation", "place")
recommendation_addressees = _link_table("recommendation_addressees", "recommendation", "organisation")
submission_recommendations = _link_table("submission_recommendations", "submission", "recommendation")
decision_submissions = _link_table("decision_submissions", "decision", "submission")
# What a decision answers or creates, besides the outcomes of the submissions it answers.
decision_recommendations = _link_table("decision_recommendations", "decision", "recommendation")
decision_measures = sa.Table(
    "decision_measures", db.metadata,
    sa.Column("decision_id", sa.ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("action_id", sa.ForeignKey("actions.id"), primary_key=True, index=True),
)


class Recommendation(Versioned, SoftDeleted, db.Model):
    __tablename__ = "recommendations"
    # The list's sort orders read these in order: a stage newest first, a meeting's recommendations by id.
    __table_args__ = (sa.Index("ix_recommendations_escalation_state", "escalation_state", "id"),
                      sa.Index("ix_recommendations_meeting_id", "meeting_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(sa.String(40), unique=True)  # cited in letters; never changes
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"))
    group_id: Mapped[int | None] = mapped_column(sa.ForeignKey("breakout_groups.id"))
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)  # the meeting's, for scoping
    text: Mapped[str] = mapped_column(sa.Text)
    text_ar: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[RecommendationStatus] = enum_column(
        RecommendationStatus, default=RecommendationStatus.PROPOSED, index=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # The escalation stage's state and level, recomputed from submissions and decisions by the services
    # (services.escalation.refresh) so lists can filter on it; never set by hand.
    escalation_state: Mapped[str] = mapped_column(sa.String(20), default="not_escalated")
    escalation_level: Mapped[str | None] = mapped_column(sa.String(32))
    # A co-chair's flag: chase this one at the next meeting (shown in the meeting pack)
    chase_flagged_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    chase_flagged_dt: Mapped[datetime | None] = mapped_column(UTCDateTime)

    meeting: Mapped["Meeting"] = relationship()  # noqa: F821
    group: Mapped["BreakoutGroup | None"] = relationship()  # noqa: F821
    forum: Mapped["Forum"] = relationship()  # noqa: F821
    themes: Mapped[list["Theme"]] = relationship(secondary=recommendation_themes)  # noqa: F821
    places: Mapped[list["Place"]] = relationship(secondary=recommendation_places)  # noqa: F821
    addressees: Mapped[list["Organisation"]] = relationship(secondary=recommendation_addressees)  # noqa: F821
    submissions: Mapped[list["Submission"]] = relationship(
        secondary=submission_recommendations, back_populates="recommendations")
    updated_by: Mapped["User | None"] = relationship(foreign_keys="Recommendation.updated_by_id")  # noqa: F821

    def submission_facts(self) -> list[SubmissionFact]:
        facts = []
        for sub in self.submissions:
            if sub.deleted_dt is not None:      # withdrawn: never sent, no longer a step
                continue
            decided = next(((d, o) for d in sub.decisions for o in d.outcomes
                            if o.recommendation_id == self.id), None)
            facts.append(SubmissionFact(
                submission_id=sub.id, level=sub.level, body=sub.body_name,
                sent_on=sub.sent_on if sub.is_sent else None, reference=sub.reference,
                decided_on=decided[0].decided_on if decided else None,
                decision_number=decided[0].number if decided else None,
                outcome=decided[1].outcome if decided else None))
        return facts

    @property
    def escalation(self):
        return escalation_stage(self.submission_facts())

    @property
    def escalation_chain(self):
        return escalation_chain(self.submission_facts())

    def __repr__(self):
        return f"<Recommendation {self.reference}>"


class LinkKind(enum.Enum):
    REAFFIRMS = "reaffirms"
    DUPLICATES = "duplicates"
    CARRIED_OVER_FROM = "carried_over_from"


class RecommendationLink(Timestamps, db.Model):
    __tablename__ = "recommendation_links"
    __table_args__ = (sa.UniqueConstraint("from_id", "to_id", "kind"),
                      sa.CheckConstraint("from_id <> to_id", name="not_self"))

    id: Mapped[int] = mapped_column(primary_key=True)
    from_id: Mapped[int] = mapped_column(sa.ForeignKey("recommendations.id"), index=True)
    to_id: Mapped[int] = mapped_column(sa.ForeignKey("recommendations.id"), index=True)
    kind: Mapped[LinkKind] = enum_column(LinkKind)

    source: Mapped[Recommendation] = relationship(foreign_keys=[from_id])
    target: Mapped[Recommendation] = relationship(foreign_keys=[to_id])


LEVEL_LABELS = {
    EscalationLevel.GOVERNORATE: N_("Governorate office"),
    EscalationLevel.MINISTRY: N_("Ministry"),
    EscalationLevel.PM_OFFICE: N_("Prime Minister's Office"),
    EscalationLevel.SUPREME_COMMITTEE: N_("Supreme Committee"),
    EscalationLevel.COUNCIL_OF_MINISTERS: N_("Council of Ministers"),
}


def issuer_name(organisation, level):
    """An organisation's name in the reader's language when rendered, else the level ("Council of Ministers")."""
    if organisation is not None:
        return LocalName(organisation.name, organisation.name_ar)
    return Message(LEVEL_LABELS[level])


class Submission(Versioned, SoftDeleted, db.Model):
    """A document one forum sends to a higher body: planned until it has a date and a reference."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("forums.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meetings.id"))
    level: Mapped[EscalationLevel] = enum_column(EscalationLevel)
    addressee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"))  # the ministry, office...
    title: Mapped[str] = mapped_column(sa.String(300))
    sent_on: Mapped[date | None] = mapped_column(sa.Date)
    reference: Mapped[str | None] = mapped_column(sa.String(120))
    scan_path: Mapped[str | None] = mapped_column(sa.String(300))  # relative to instance/uploads
    scan_name: Mapped[str | None] = mapped_column(sa.String(255))  # the file name as uploaded
    scan_file_id: Mapped[int | None] = mapped_column(sa.ForeignKey("stored_files.id"))  # the scan itself
    approved_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    approved_dt: Mapped[datetime | None] = mapped_column(UTCDateTime)

    forum: Mapped["Forum"] = relationship()  # noqa: F821
    meeting: Mapped["Meeting | None"] = relationship()  # noqa: F821
    addressee: Mapped["Organisation | None"] = relationship()  # noqa: F821
    scan_file: Mapped["StoredFile | None"] = relationship()  # noqa: F821
    approved_by: Mapped["User | None"] = relationship(foreign_keys=[approved_by_id])  # noqa: F821
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary=submission_recommendations, back_populates="submissions", order_by=Recommendation.reference)
    decisions: Mapped[list["Decision"]] = relationship(secondary=decision_submissions, back_populates="submissions")

    @property
    def is_sent(self) -> bool:
        return self.sent_on is not None and bool(self.reference)

    @property
    def state(self) -> str:
        return "sent" if self.is_sent else "planned"

    @property
    def progress(self) -> str:
        """Where it is on its road: awaiting_approval, approved, sent, decided (the submissions list's states)."""
        if self.decisions:
            return "decided"
        if self.is_sent:
            return "sent"
        return "approved" if self.approved_dt else "awaiting_approval"

    @property
    def body_label(self) -> str:
        return self.addressee.name if self.addressee else str(Message(LEVEL_LABELS[self.level]))

    @property
    def body_name(self):
        """The body addressed, rendered in the reader's language (pages; the trail keeps body_label)."""
        return issuer_name(self.addressee, self.level)

    def __repr__(self):
        return f"<Submission {self.id} {self.state} to {self.level.value}>"


class Decision(Timestamps, SoftDeleted, db.Model):
    """A higher body's decision: an answer to one or more submissions (an outcome per recommendation), or a
    decision of its own (the Council of Ministers closing camps) recorded by a forum in the decisions register.
    Its deadline is changed only by amendments, each dated with its source."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[EscalationLevel] = enum_column(EscalationLevel)
    body_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"))
    number: Mapped[str | None] = mapped_column(sa.String(80))
    decided_on: Mapped[date] = mapped_column(sa.Date)
    text: Mapped[str | None] = mapped_column(sa.Text)
    text_ar: Mapped[str | None] = mapped_column(sa.Text)
    title: Mapped[str | None] = mapped_column(sa.String(300))
    deadline_on: Mapped[date | None] = mapped_column(sa.Date)   # as first decided; amendments move it
    # The forum that recorded it in the register (a decision answering no submission belongs to it).
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forums.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    body: Mapped["Organisation | None"] = relationship()  # noqa: F821
    forum: Mapped["Forum | None"] = relationship()  # noqa: F821
    submissions: Mapped[list[Submission]] = relationship(secondary=decision_submissions, back_populates="decisions")
    outcomes: Mapped[list["DecisionOutcome"]] = relationship(back_populates="decision", cascade="all, delete-orphan")
    amendments: Mapped[list["DecisionAmendment"]] = relationship(
        back_populates="decision", order_by="DecisionAmendment.amended_on, DecisionAmendment.id")
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary=decision_recommendations, order_by=Recommendation.reference)
    measures: Mapped[list["Action"]] = relationship(secondary=decision_measures)  # noqa: F821

    @property
    def body_label(self) -> str:
        return self.body.name if self.body else str(Message(LEVEL_LABELS[self.level]))

    @property
    def body_name(self):
        """The body that decided, rendered in the reader's language (pages; the trail keeps body_label)."""
        return issuer_name(self.body, self.level)

    @property
    def current_deadline(self) -> date | None:
        """The deadline in force: the last amendment that moved it, else the one first decided."""
        moved = [a.deadline_on for a in self.amendments if a.deadline_on]
        return moved[-1] if moved else self.deadline_on


class DecisionAmendment(db.Model):
    """A later change to a decision (a postponement): its own date and source, kept in the history."""

    __tablename__ = "decision_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(sa.ForeignKey("decisions.id"), index=True)
    amended_on: Mapped[date] = mapped_column(sa.Date, index=True)
    deadline_on: Mapped[date | None] = mapped_column(sa.Date)   # the new deadline, if it moves one
    text: Mapped[str] = mapped_column(sa.Text)
    text_ar: Mapped[str | None] = mapped_column(sa.Text)
    source: Mapped[str] = mapped_column(sa.String(300))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    decision: Mapped[Decision] = relationship(back_populates="amendments")


class DecisionOutcome(db.Model):
    __tablename__ = "decision_outcomes"
    __table_args__ = (sa.UniqueConstraint("decision_id", "recommendation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(sa.ForeignKey("decisions.id"), index=True)
    recommendation_id: Mapped[int] = mapped_column(sa.ForeignKey("recommendations.id"), index=True)
    outcome: Mapped[Outcome] = enum_column(Outcome)
    note: Mapped[str | None] = mapped_column(sa.Text)  # required for rejected and deferred

    decision: Mapped[Decision] = relationship(back_populates="outcomes")
    recommendation: Mapped[Recommendation] = relationship()
