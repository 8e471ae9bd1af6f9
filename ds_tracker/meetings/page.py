"""What the meeting page shows, read once per request. A workshop lists 60 participants and 50 recommendations:
each sub-list reads the columns its rows show (participants as plain rows, not ORM objects), which is most
of what the page costs, and only what the user may read (access/)."""
from __future__ import annotations

import functools

from dataclasses import dataclass
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import aliased, joinedload, load_only, selectinload

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
    organisation: Named | None    # the known organisation (its name in either language), else the report's text
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


def participants(meeting_id: int, who) -> tuple[list[Participant], set[int]]:
    """The participants, and which of their people the user may open (access.person, asked on the same rows;
    the attendances listed under another name, so that the condition's own look-ups of attendances stay its own)."""
    rows = db.session.execute(access.statement("meeting's participants", who, lambda: _participants_query(who)),
                              {"meeting_id": meeting_id}).all()
    people = [Participant(id_, person_id, name, position,
                          Named(org, acr, org_ar) if org else Named(organisation_text) if organisation_text else None,
                          heading)
              for id_, person_id, name, position, org, acr, org_ar, organisation_text, heading, _linked in rows]
    return people, {row[1] for row in rows if row[-1]}


def _participants_query(who):
    A = aliased(Attendance)
    return (sa.select(A.id, A.person_id, Person.name, A.position, Organisation.name, Organisation.acronym,
                      Organisation.name_ar, A.organisation_text, A.heading, access.person(who).label("linked"))
            .join(Person, Person.id == A.person_id)
            .outerjoin(Organisation, Organisation.id == A.organisation_id)
            .where(A.meeting_id == sa.bindparam("meeting_id"), A.deleted_dt.is_(None))
            .order_by(A.position_in_list, A.id))


def _recommendations_query(who):
    R = Recommendation
    return (sa.select(R.id, R.reference, R.text, R.text_ar, R.status, R.escalation_state, BreakoutGroup.name)
            .outerjoin(BreakoutGroup, BreakoutGroup.id == R.group_id)
            .where(R.meeting_id == sa.bindparam("meeting_id"), access.recommendation(who, dense=True))
            .order_by(R.reference))


def _actions_query(who):
    return (sa.select(Action).where(Action.meeting_id == sa.bindparam("meeting_id"), access.action(who, dense=True))
            .options(load_only(Action.text, Action.status, Action.due_on, Action.owner_id),
                     joinedload(Action.owner).load_only(Organisation.name, Organisation.acronym))
            .order_by(Action.due_on, Action.id))


def same_day_meetings(who, forum_id: int, days, exclude_id: int | None = None) -> list:
    """Meetings of the forum, among those the reader may read, that sit on one of `days` (other than
    `exclude_id`): most often a second record of one meeting, shown with a link to check."""
    days = [d for d in days if d]
    if not days or not forum_id:
        return []
    from ..models import Sitting
    return db.session.execute(sa.select(Meeting.id, Meeting.title, Meeting.title_ar, Meeting.starts_on).where(
        Meeting.forum_id == forum_id, Meeting.deleted_dt.is_(None), Meeting.id != (exclude_id or 0),
        sa.exists().where(Sitting.meeting_id == Meeting.id, Sitting.date.in_(days)), access.meeting(who))
        .order_by(Meeting.starts_on, Meeting.id).limit(5)).all()


def _present(meeting_id: int):
    """Which of the meeting's seldom-filled parts exist (and its report's id), in one query: the page reads only
    those. Most meetings have no agenda of follow-up items, no letter and no document of the library."""
    return db.session.execute(_present_query(), {"meeting_id": meeting_id}).one()


@functools.lru_cache(maxsize=1)
def _present_query():
    """Built once (every meeting page runs it); the meeting's id its bound parameter."""
    from ..models import DocumentLink
    meeting_id = sa.bindparam("meeting_id")
    return sa.select(
        sa.select(ReportDraft.id).where(ReportDraft.meeting_id == meeting_id).limit(1).scalar_subquery()
        .label("report_id"),
        sa.exists().where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_dt.is_(None)).label("agenda"),
        sa.exists().where(Submission.meeting_id == meeting_id).label("submissions"),
        sa.exists().where(DocumentLink.record_type == "meeting", DocumentLink.record_id == meeting_id)
        .label("documents"))


# The meeting's own parts. Its days, hosts and organisers are a few rows each: joined to the meeting in the query
# that loads it. Sessions and groups can be dozens, each read by its own query rather than multiplied into that one.
PAGE_PARTS = (selectinload(Meeting.sessions), selectinload(Meeting.groups).joinedload(BreakoutGroup.theme),
              joinedload(Meeting.sittings), joinedload(Meeting.organisations).joinedload(MeetingOrganisation.organisation),
              joinedload(Meeting.forum_parties).joinedload(MeetingForum.forum), joinedload(Meeting.forum))


def meeting_parts(meeting_: Meeting, who, loaded: bool = False) -> dict:
    """The meeting's sub-lists, each by one query; its own parts too unless it was `loaded` with PAGE_PARTS."""
    if not loaded:
        db.session.execute(sa.select(Meeting).where(Meeting.id == meeting_.id).options(*PAGE_PARTS)).unique().all()
    people, linked_people = participants(meeting_.id, who)
    has = _present(meeting_.id)
    on = {"meeting_id": meeting_.id}
    recs = [RecommendationLine(*row[:6], group=Named(row[6]) if row[6] else None) for row in db.session.execute(
        access.statement("meeting's recommendations", who, lambda: _recommendations_query(who)), on)]
    actions = db.session.scalars(access.statement("meeting's actions", who, lambda: _actions_query(who)), on).all()
    agenda = db.session.scalars(sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting_.id,
                                                            AgendaItem.deleted_dt.is_(None))
                                .order_by(AgendaItem.position_in_list)).all() if has.agenda else []
    submissions = db.session.scalars(sa.select(Submission).where(   # letters planned or sent from this meeting
        Submission.meeting_id == meeting_.id, access.submission(who)).order_by(Submission.id)).all() \
        if has.submissions else []
    from ..followup.data import follow_up_summary
    from ..library.listing import linked_documents
    return dict(participants=people, recommendations=recs, actions=actions, report_id=has.report_id,
                linked_people=linked_people, submissions=submissions,
                documents=linked_documents(who, "meeting", meeting_.id) if has.documents else [],
                agenda=[(item, follow_up_summary(who, item.action_ids)) for item in agenda])
