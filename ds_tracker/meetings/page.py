"""What the meeting page shows, read once per request. A workshop lists 60 participants and 50 recommendations:
each sub-list reads the columns its rows show (participants as plain rows, not ORM objects), which is most
of what the page costs, and only what the user may read (access/)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, load_only, selectinload

from .. import access
from ..extensions import db
from ..queries import Named
from ..models import (Action, AgendaItem, Attendance, BreakoutGroup, Meeting, MeetingForum, MeetingOrganisation,
                      Organisation, Person, Recommendation, ReportDraft, Submission)


@dataclass(frozen=True, slots=True)
class Participant:
    """One row of the participants table: the person, as listed at this meeting."""
    id: int
    person_id: int
    name: str
    position: str | None
    organisation: str | None      # the known organisation's label, else the text the report gave
    heading: str | None


class RecommendationLine(NamedTuple):
    """A recommendation as the meeting page lists it (a workshop agrees fifty)."""
    id: int
    reference: str
    text: str | None
    text_ar: str | None
    status: object
    escalation_state: object
    group: Named | None


def participants(meeting_id: int) -> list[Participant]:
    org_name, acronym = Organisation.name, Organisation.acronym
    rows = db.session.execute(
        sa.select(Attendance.id, Attendance.person_id, Person.name, Attendance.position, org_name, acronym,
                  Attendance.organisation_text, Attendance.heading)
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Organisation, Organisation.id == Attendance.organisation_id)
        .where(Attendance.meeting_id == meeting_id, Attendance.deleted_dt.is_(None))
        .order_by(Attendance.position_in_list, Attendance.id))
    return [Participant(id_, person_id, name, position,
                        Organisation.label_of(org, acr) if org else organisation_text, heading)
            for id_, person_id, name, position, org, acr, organisation_text, heading in rows]


# The meeting's own parts. Its days, hosts and organisers are a few rows each: joined to the meeting in the query
# that loads it. Sessions and groups can be dozens, each read by its own query rather than multiplied into that one.
PAGE_PARTS = (selectinload(Meeting.sessions), selectinload(Meeting.groups).joinedload(BreakoutGroup.theme),
              joinedload(Meeting.sittings), joinedload(Meeting.organisations).joinedload(MeetingOrganisation.organisation),
              joinedload(Meeting.forum_parties).joinedload(MeetingForum.forum), joinedload(Meeting.forum))


def meeting_parts(meeting_: Meeting, who, loaded: bool = False) -> dict:
    """The meeting's sub-lists, each by one query; its own parts too unless it was `loaded` with PAGE_PARTS."""
    if not loaded:
        db.session.execute(sa.select(Meeting).where(Meeting.id == meeting_.id).options(*PAGE_PARTS)).unique().all()
    people = participants(meeting_.id)
    R = Recommendation
    recs = [RecommendationLine(*row[:6], group=Named(row[6]) if row[6] else None) for row in db.session.execute(
        sa.select(R.id, R.reference, R.text, R.text_ar, R.status, R.escalation_state, BreakoutGroup.name)
        .outerjoin(BreakoutGroup, BreakoutGroup.id == R.group_id)
        .where(R.meeting_id == meeting_.id, access.recommendation(who, dense=True)).order_by(R.reference))]
    actions = db.session.scalars(
        sa.select(Action).where(Action.meeting_id == meeting_.id, access.action(who, dense=True))
        .options(load_only(Action.text, Action.status, Action.due_on, Action.owner_id),
                 joinedload(Action.owner).load_only(Organisation.name, Organisation.acronym))
        .order_by(Action.due_on, Action.id)).all()
    report = db.session.scalar(sa.select(ReportDraft.id).where(ReportDraft.meeting_id == meeting_.id).limit(1))
    agenda = db.session.scalars(sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting_.id,
                                                            AgendaItem.deleted_dt.is_(None))
                                .order_by(AgendaItem.position_in_list)).all()
    linked_people = set(db.session.scalars(sa.select(Person.id).where(
        Person.id.in_([p.person_id for p in people] or [-1]), access.person(who))))
    submissions = db.session.scalars(sa.select(Submission).where(   # letters planned or sent from this meeting
        Submission.meeting_id == meeting_.id, access.submission(who)).order_by(Submission.id)).all()
    from ..followup.data import follow_up_summary
    return dict(participants=people, recommendations=recs, actions=actions, report_id=report,
                linked_people=linked_people, submissions=submissions,
                agenda=[(item, follow_up_summary(who, item.action_ids)) for item in agenda])
