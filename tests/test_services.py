"""The write path: permission, validation, one flush, the trail, optimistic locking, idempotency."""
from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, ActionNote, Meeting, Operation, Recommendation, TrailEntry
from ds_tracker.services import PermissionDenied, StaleRecord, ValidationFailed
from ds_tracker.services import actions, escalation, meetings, recommendations
from ds_tracker.services.history import history, value_on
from ds_tracker.status import ActionStatus, EscalationLevel, RecommendationStatus
from conftest import make_meeting


def trail_for(record):
    return db.session.scalars(sa.select(TrailEntry).where(
        TrailEntry.record_type == type(record).__name__, TrailEntry.record_id == record.id)
        .order_by(TrailEntry.id)).all()


def test_every_status_change_is_in_the_trail_with_who_from_to_and_why(world):
    focal = world.users["focal_momd"]
    actions.change_status(focal, world.action, ActionStatus.BLOCKED, version=world.action.version,
                          note="Waiting for the security clearance list")
    db.session.commit()
    entry = trail_for(world.action)[-1]
    assert entry.operation is Operation.STATUS
    assert entry.user_id == focal.id
    assert entry.changes == {"status": ["open", "blocked"]}
    assert entry.reason == "Waiting for the security clearance list"
    assert entry.at_dt.tzinfo is not None
    note = world.action.notes[0]
    assert (note.status_from, note.status_to, note.body) == (ActionStatus.OPEN, ActionStatus.BLOCKED,
                                                              "Waiting for the security clearance list")


@pytest.mark.parametrize("status", [ActionStatus.BLOCKED, ActionStatus.CANCELLED])
def test_blocking_or_cancelling_needs_a_reason(world, status):
    with pytest.raises(ValidationFailed) as e:
        actions.change_status(world.users["secretariat"], world.action, status, version=world.action.version, note=" ")
    assert "note" in e.value.errors
    db.session.rollback()
    assert db.session.get(Action, world.action.id).status is ActionStatus.OPEN


def test_dropping_a_recommendation_needs_a_reason(world):
    sec = world.users["secretariat"]
    with pytest.raises(ValidationFailed) as e:
        recommendations.change_status(sec, world.rec, RecommendationStatus.DROPPED, version=world.rec.version)
    assert "reason" in e.value.errors
    db.session.rollback()
    recommendations.change_status(sec, world.rec, RecommendationStatus.DROPPED, version=world.rec.version,
                                  reason="Superseded by the national plan")
    db.session.commit()
    assert trail_for(world.rec)[-1].reason == "Superseded by the national plan"


def test_illegal_transition_is_refused_with_a_message(world):
    with pytest.raises(ValidationFailed) as e:
        recommendations.change_status(world.users["secretariat"], world.rec, RecommendationStatus.IMPLEMENTED,
                                      version=world.rec.version)
    assert "cannot go from proposed to implemented" in e.value.errors["status"]


def test_a_stale_save_is_refused_naming_who_changed_it(world):
    sec, chair = world.users["secretariat"], world.users["co_chair"]
    opened_version = world.meeting.version
    meetings.update_meeting(chair, world.meeting, {"title": "March JCF (corrected)"}, version=opened_version)
    db.session.commit()
    with pytest.raises(StaleRecord) as e:
        meetings.update_meeting(sec, world.meeting, {"title": "March JCF"}, version=opened_version)
    assert "Chris Chair" in e.value.message
    db.session.rollback()
    assert db.session.get(Meeting, world.meeting.id).title == "March JCF (corrected)"


def test_concurrent_flush_cannot_overwrite_silently(app, world):
    """Two sessions load the same action; the slower UPDATE hits the version check in SQL."""
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.exc import StaleDataError
    with Session(db.engine) as other:
        theirs = other.get(Action, world.action.id)
        mine = db.session.get(Action, world.action.id)
        theirs.text = "Their text"
        other.commit()
        mine.text = "My text"
        with pytest.raises(StaleDataError):
            db.session.flush()
    db.session.rollback()


def test_parts_of_a_meeting_do_not_conflict_with_editing_it(world):
    from ds_tracker.models import Person
    sec, chair = world.users["secretariat"], world.users["co_chair"]
    version = world.meeting.version
    person = Person(name="Kareem Al-Nouri")
    db.session.add(person)
    meetings.add_attendance(sec, world.meeting, person=person, position="Deputy Minister")
    db.session.commit()
    meetings.update_meeting(chair, world.meeting, {"title": "Renamed"}, version=version)  # no StaleRecord
    db.session.commit()
    assert len(world.meeting.attendances) == 2


def test_after_approval_changes_need_a_reason_and_keep_it(world):
    chair, sec = world.users["co_chair"], world.users["secretariat"]
    meetings.approve_minutes(chair, world.meeting, version=world.meeting.version)
    db.session.commit()
    assert world.meeting.minutes_approved_by_id == chair.id
    with pytest.raises(ValidationFailed) as e:
        meetings.update_meeting(sec, world.meeting, {"minutes": "Edited"}, version=world.meeting.version)
    assert "reason" in e.value.errors
    db.session.rollback()
    with pytest.raises(ValidationFailed):
        meetings.remove_attendance(sec, world.attendance)
    db.session.rollback()
    meetings.update_meeting(sec, world.meeting, {"minutes": "Edited"}, version=world.meeting.version,
                            reason="Typo in the governor's name")
    db.session.commit()
    assert trail_for(world.meeting)[-1].reason == "Typo in the governor's name"


def test_only_co_chairs_approve_minutes(world):
    with pytest.raises(PermissionDenied):
        meetings.approve_minutes(world.users["secretariat"], world.meeting, version=world.meeting.version)


def test_a_retried_create_does_not_duplicate(world):
    focal = world.users["focal_unicef"]
    key = "f0e1d2c3b4a5968778695a4b3c2d1e0f"
    first = actions.add_note(focal, world.action, "Met the branch director", idempotency_key=key)
    db.session.commit()
    second = actions.add_note(focal, world.action, "Met the branch director", idempotency_key=key)
    db.session.commit()
    assert first.id == second.id
    assert db.session.scalar(sa.select(sa.func.count(ActionNote.id)).where(ActionNote.action_id == world.action.id)) == 1
    # another user's token is not reused as theirs
    other = actions.add_note(world.users["focal_momd"], world.action, "Ours", idempotency_key="another-key")
    assert other.id != first.id


def test_a_failed_write_leaves_nothing_half_written(world):
    before = db.session.scalar(sa.select(sa.func.count(TrailEntry.id)))
    with pytest.raises(ValidationFailed):
        escalation.record_decision(
            world.users["secretariat"], submissions=[world.submission], level=EscalationLevel.COUNCIL_OF_MINISTERS,
            decided_on=date(2025, 7, 1), outcomes={world.rec: ("rejected", "")})
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(TrailEntry.id))) == before


def test_references_are_stable_and_numbered_per_forum_and_month(world):
    sec = world.users["secretariat"]
    assert world.rec.reference == "JCF-NIN-2025-03-R01"
    second = recommendations.create_recommendation(sec, world.meeting, text="Second")
    other_meeting = make_meeting(world.jcf, title="Extra March meeting", day=date(2025, 3, 27))
    third = recommendations.create_recommendation(sec, other_meeting, text="Third")
    db.session.commit()
    assert (second.reference, third.reference) == ("JCF-NIN-2025-03-R02", "JCF-NIN-2025-03-R03")
    meetings.set_sittings(sec, world.meeting, [{"date": date(2025, 4, 2)}], version=world.meeting.version)
    db.session.commit()
    assert db.session.get(Recommendation, world.rec.id).reference == "JCF-NIN-2025-03-R01"


def test_escalation_stage_is_derived_from_submissions_and_decisions(world):
    assert world.rec.escalation.label == "decided by Council of Ministers (endorsed)"
    rec2 = recommendations.create_recommendation(world.users["secretariat"], world.meeting, text="Fund demining")
    sub = escalation.create_submission(world.users["secretariat"], world.jcf, level=EscalationLevel.MINISTRY,
                                       title="Letter to the Ministry of Finance", recommendations=[rec2],
                                       addressee=world.mof)
    db.session.commit()
    assert rec2.escalation.label == "planned to Ministry of Finance"
    with pytest.raises(ValidationFailed) as e:   # a secretariat cannot send what no co-chair approved
        escalation.mark_sent(world.users["secretariat"], sub, sent_on=date(2025, 4, 1), reference="X/1",
                             version=sub.version)
    assert "co-chair must approve" in e.value.errors[""]
    db.session.rollback()
    escalation.approve_submission(world.users["co_chair"], sub, version=sub.version)
    escalation.mark_sent(world.users["secretariat"], sub, sent_on=date(2025, 4, 1), reference="X/1",
                         version=sub.version)
    db.session.commit()
    db.session.expire_all()
    assert rec2.escalation.label == "waiting on Ministry of Finance since 2025-04-01"


def test_rejected_and_deferred_outcomes_need_the_text(world):
    rec2 = recommendations.create_recommendation(world.users["secretariat"], world.meeting, text="Open Al-Awja")
    sub = escalation.create_submission(world.users["secretariat"], world.jcf, level=EscalationLevel.PM_OFFICE,
                                       title="To the PMO", recommendations=[rec2])
    escalation.approve_submission(world.users["co_chair"], sub, version=sub.version)
    escalation.mark_sent(world.users["co_chair"], sub, sent_on=date(2025, 4, 1), reference="PMO/9", version=sub.version)
    with pytest.raises(ValidationFailed) as e:
        escalation.record_decision(world.users["secretariat"], submissions=[sub], level=EscalationLevel.PM_OFFICE,
                                   decided_on=date(2025, 5, 1), outcomes={rec2: ("deferred", None)})
    assert f"outcome-{rec2.id}" in e.value.errors


def test_status_on_a_past_date_comes_from_the_trail(world):
    sec = world.users["secretariat"]
    recommendations.change_status(sec, world.rec, RecommendationStatus.AGREED, version=world.rec.version)
    db.session.commit()
    agreed_at = trail_for(world.rec)[-1].at_dt
    recommendations.change_status(sec, world.rec, RecommendationStatus.IN_IMPLEMENTATION, version=world.rec.version)
    db.session.commit()
    created_at = trail_for(world.rec)[0].at_dt
    assert value_on("Recommendation", world.rec.id, "status", created_at - timedelta(seconds=1)) is None
    assert value_on("Recommendation", world.rec.id, "status", created_at) == "proposed"
    assert value_on("Recommendation", world.rec.id, "status", agreed_at) == "agreed"
    assert value_on("Recommendation", world.rec.id, "status", datetime.now(timezone.utc)) == "in_implementation"


def test_history_shows_the_meeting_and_its_parts_newest_first(world):
    entries = history(world.meeting)
    assert {"Attendance", "Session", "BreakoutGroup"} <= {e.record_type for e in entries}
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    assert entries[-1].record_type == "Meeting" and entries[-1].operation is Operation.CREATE


def test_focal_point_cannot_add_actions_for_another_organisation(world):
    with pytest.raises(PermissionDenied):
        actions.create_action(world.users["focal_momd"], text="UNICEF will fund", owner=world.unicef,
                              recommendation=world.rec)
    db.session.rollback()
    mine = actions.create_action(world.users["focal_momd"], text="The branch will list the files", owner=world.branch,
                                 recommendation=world.rec)
    assert mine.forum_id == world.jcf.id


def test_action_needs_a_lead_organisation(world):
    with pytest.raises(ValidationFailed) as e:
        actions.create_action(world.users["secretariat"], text="Someone should", owner=None, meeting=world.meeting)
    assert "owner" in e.value.errors


def test_trail_rows_are_never_updated_by_the_app(world):
    """The services only ever add TrailEntry rows: count before/after a burst of writes, ids only grow."""
    ids_before = set(db.session.scalars(sa.select(TrailEntry.id)))
    snapshot = {e.id: (e.changes, e.reason) for e in db.session.scalars(sa.select(TrailEntry))}
    sec = world.users["secretariat"]
    recommendations.update_recommendation(sec, world.rec, {"text": "Resume approvals"}, version=world.rec.version)
    actions.update_action(sec, world.action, {"due_on": date(2025, 5, 31)}, version=world.action.version)
    db.session.commit()
    db.session.expire_all()
    after = {e.id: (e.changes, e.reason) for e in db.session.scalars(sa.select(TrailEntry))}
    assert ids_before < set(after)
    assert all(after[i] == snapshot[i] for i in ids_before)
