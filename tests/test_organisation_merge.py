"""Issue 12: an organisation first met in a report is confirmed, or merged into the known one it is."""
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import (Action, Attendance, Meeting, MeetingOrganisation, Organisation, RoleAssignment,
                               TrailEntry, action_supporters)
from ds_tracker.services import SYSTEM, actions, meetings
from ds_tracker.models import Role


def _unconfirmed(name="Ministry of Migration & Displacement", acronym="MOMD-Iraq"):
    org = Organisation(name=name, acronym=acronym, is_confirmed=False, aliases=["Migration Ministry"])
    db.session.add(org)
    db.session.flush()
    return org


def test_merging_moves_every_reference_and_keeps_the_name_as_an_alias(client, world, login_as):
    stray = _unconfirmed()
    attendance = meetings.add_attendance(SYSTEM, world.meeting, person=world.participant, position="Adviser",
                                         organisation=stray)
    owned = actions.create_action(SYSTEM, text="Send the list of families", owner=stray, meeting=world.meeting,
                                  supporters=[world.unicef])
    supported = actions.create_action(SYSTEM, text="Open the office", owner=world.unicef, meeting=world.meeting,
                                      supporters=[stray, world.momd])    # supported by both: one row remains
    hosted = meetings.create_meeting(SYSTEM, world.jcf, title="Hosted meeting", hosts=[stray],
                                     sittings=[{"date": world.meeting.sittings[0].date, "city": "Mosul"}])
    role = RoleAssignment(user=world.users["norole"], role=Role.FOCAL_POINT, organisation=stray,
                          starts_on=world.meeting.sittings[0].date)
    db.session.add(role)
    db.session.commit()
    stray_id = stray.id

    login_as("admin")
    page = client.get(f"/admin/organisations/{stray_id}/edit").get_data(as_text=True)
    assert "Merge into the chosen organisation" in page and "Confirm this organisation" in page
    answer = client.post(f"/admin/organisations/{stray_id}/merge", data={"merge-target": world.momd.id})
    assert answer.status_code == 302
    db.session.expire_all()
    assert db.session.get(Organisation, stray_id) is None
    momd = db.session.get(Organisation, world.momd.id)
    assert {"Ministry of Migration & Displacement", "MOMD-Iraq", "Migration Ministry"} <= set(momd.aliases)
    assert db.session.get(Attendance, attendance.id).organisation_id == momd.id
    assert db.session.get(Action, owned.id).owner_id == momd.id
    assert sorted(db.session.scalars(sa.select(action_supporters.c.organisation_id)
                                     .where(action_supporters.c.action_id == supported.id))) == [momd.id]
    assert db.session.scalar(sa.select(MeetingOrganisation.organisation_id)
                             .where(MeetingOrganisation.meeting_id == hosted.id)) == momd.id
    assert db.session.get(RoleAssignment, role.id).organisation_id == momd.id
    trail = db.session.scalars(sa.select(TrailEntry).where(TrailEntry.record_type == "Organisation")
                               .order_by(TrailEntry.id.desc()).limit(2)).all()
    assert {t.record_id for t in trail} == {momd.id, stray_id}
    merged = next(t for t in trail if t.record_id == momd.id)
    assert merged.changes["merged"] == ["Ministry of Migration & Displacement", None]
    assert merged.changes["attendances.organisation_id"] == [None, 1]
    # the next report spelling it that way is read as the known one
    from ds_tracker.services.imports import reference_from_db
    assert reference_from_db().organisation("MOMD-Iraq") == momd.name


def test_a_confirmed_organisation_is_not_merged_and_nothing_moves(client, world, login_as):
    login_as("admin")
    answer = client.post(f"/admin/organisations/{world.unicef.id}/merge", data={"merge-target": world.momd.id})
    assert answer.status_code == 422
    assert "Only an unconfirmed organisation is merged" in answer.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Organisation, world.unicef.id) is not None
    missing = client.post(f"/admin/organisations/{_unconfirmed().id}/merge", data={"merge-target": ""})
    db.session.commit()
    assert missing.status_code == 422


def test_confirming_an_organisation_first_met_in_a_report(client, world, login_as):
    stray = _unconfirmed("Bright Future Foundation", "BFF")
    db.session.commit()
    login_as("admin")
    assert client.post(f"/admin/organisations/{stray.id}/confirm").status_code == 302
    db.session.expire_all()
    assert db.session.get(Organisation, stray.id).is_confirmed is True
    assert "Confirm this organisation" not in client.get(f"/admin/organisations/{stray.id}/edit").get_data(as_text=True)
    assert client.post(f"/admin/organisations/{stray.id}/confirm").status_code == 422    # already confirmed
    client.post("/logout")
    login_as("secretariat")
    assert client.post(f"/admin/organisations/{stray.id}/confirm").status_code in (403, 404)
