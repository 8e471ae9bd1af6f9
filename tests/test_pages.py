"""Behaviour a user notices on the bare record pages and admin pages."""
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, ActionNote, Forum, Organisation, RoleAssignment, TrailEntry
from ds_tracker.services import meetings
from ds_tracker.status import ActionStatus


def test_stale_meeting_edit_is_refused_naming_who_and_keeps_the_input(client, world, login_as):
    login_as("secretariat")
    opened = world.meeting.version
    meetings.update_meeting(world.users["co_chair"], world.meeting, {"title": "Chair's title"}, version=opened)
    db.session.commit()
    response = client.post(f"/meetings/{world.meeting.id}/edit",
                           data={"title": "My title", "summary": "My long summary", "version": opened})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "<bdi>Chris Chair</bdi> changed this record" in page
    assert "My long summary" in page and 'value="My title"' in page


def test_meeting_edit_after_approval_asks_for_a_reason_beside_the_field(client, world, login_as):
    meetings.approve_minutes(world.users["co_chair"], world.meeting, version=world.meeting.version)
    db.session.commit()
    login_as("secretariat")
    response = client.post(f"/meetings/{world.meeting.id}/edit",
                           data={"title": "New title", "minutes": "Changed", "version": world.meeting.version})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="reason-error"' in page and "say why" in page
    assert 'value="New title"' in page


def test_action_status_changes_in_place_with_htmx(client, world, login_as):
    login_as("focal_momd")
    response = client.post(f"/actions/{world.action.id}/status", headers={"HX-Request": "true"},
                           data={"status": "blocked", "note": "", "version": world.action.version})
    fragment = response.get_data(as_text=True)
    assert response.status_code == 422
    assert fragment.lstrip().startswith('<div id="action-status"')   # only the fragment, no page around it
    assert "required for this change" in fragment or "Say why" in fragment
    response = client.post(f"/actions/{world.action.id}/status", headers={"HX-Request": "true"},
                           data={"status": "blocked", "note": "No access to the files", "version": world.action.version})
    assert response.status_code == 200 and "<html" not in response.get_data(as_text=True)
    assert db.session.get(Action, world.action.id).status is ActionStatus.BLOCKED


def test_action_status_without_javascript_redirects_back(client, world, login_as):
    login_as("focal_momd")
    response = client.post(f"/actions/{world.action.id}/status",
                           data={"status": "in_progress", "note": "", "version": world.action.version})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/actions/{world.action.id}")
    page = client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    assert "in progress" in page and "Mona MoMD" in page   # the trail shows who


def test_progress_note_added_in_place(client, world, login_as):
    login_as("focal_unicef")
    response = client.post(f"/actions/{world.action.id}/notes", headers={"HX-Request": "true"},
                           data={"body": "Called the branch", "idempotency_key": "in-place"})
    fragment = response.get_data(as_text=True)
    assert response.status_code == 200 and fragment.lstrip().startswith('<section id="notes">')
    assert "Called the branch" in fragment and "Umar UNICEF" in fragment
    empty = client.post(f"/actions/{world.action.id}/notes", headers={"HX-Request": "true"},
                        data={"body": "", "idempotency_key": "x"})
    assert empty.status_code == 422 and "This field is required" in empty.get_data(as_text=True)


def test_progress_note_posted_twice_is_saved_once(client, world, login_as):
    login_as("focal_unicef")
    form = {"body": "Visited the branch", "idempotency_key": "9c1d4b1e0f6a4a8b9e2c3d4f5a6b7c8d"}
    assert client.post(f"/actions/{world.action.id}/notes", data=form).status_code == 302
    assert client.post(f"/actions/{world.action.id}/notes", data=form).status_code == 302
    assert db.session.scalar(sa.select(sa.func.count(ActionNote.id)).where(ActionNote.body == "Visited the branch")) == 1


def test_bad_date_on_new_action_is_explained_and_input_kept(client, world, login_as):
    login_as("focal_momd")
    response = client.post(f"/recommendations/{world.rec.id}/actions/new",
                           data={"text": "List the files", "owner": world.branch.id, "due_on": "31/13/2025",
                                 "idempotency_key": "k1"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "not a real date" in page and "List the files" in page
    ok = client.post(f"/recommendations/{world.rec.id}/actions/new",
                     data={"text": "List the files", "owner": world.branch.id, "due_on": "٣١ آب ٢٠٢٥",
                           "idempotency_key": "k2"})
    assert ok.status_code == 302
    created = db.session.scalar(sa.select(Action).where(Action.text == "List the files"))
    assert str(created.due_on) == "2025-08-31"


def test_admin_creates_an_organisation_and_sees_a_clash(client, world, login_as):
    login_as("admin")
    response = client.post("/admin/organisations/new", data={
        "name": "Ministry of Planning", "acronym": "MoP", "aliases": "MOP\nMinistry of Planning of Iraq",
        "type": "government", "parent": "", "is_active": "y"})
    assert response.status_code == 302
    org = db.session.scalar(sa.select(Organisation).where(Organisation.name == "Ministry of Planning"))
    assert org.aliases == ["Ministry of Planning of Iraq", "MOP"]
    clash = client.post("/admin/organisations/new", data={"name": "Ministry of Planning", "type": "government"})
    assert clash.status_code == 422 and "already used" in clash.get_data(as_text=True)


def test_organisations_are_unique_by_name_and_acronym_ignoring_case(client, world, login_as):
    login_as("admin")
    rwg = client.post("/admin/organisations/new", data={"name": "Returns Working Group", "acronym": "RWG",
                                                        "type": "other"})
    assert rwg.status_code == 302
    for data in ({"name": "returns working group", "acronym": "", "type": "other"},
                 {"name": "Another group", "acronym": "rwg", "type": "other"}):
        clash = client.post("/admin/organisations/new", data=data)
        assert clash.status_code == 422 and "already used" in clash.get_data(as_text=True)
    count = db.session.scalar(sa.select(sa.func.count()).where(sa.func.lower(Organisation.acronym) == "rwg"))
    assert count == 1


def test_a_forums_usual_date_is_chosen_in_words_and_checked(client, world, login_as):
    login_as("admin")
    base = {"name": world.jcf.name, "code": world.jcf.code, "kind": world.jcf.kind.value, "is_active": "y"}
    half = client.post(f"/admin/forums/{world.jcf.id}/edit", data={**base, "recurrence": "monthly",
                                                                   "recurrence_day": "TU"})
    assert half.status_code == 422 and "Say which one" in half.get_data(as_text=True)
    assert db.session.get(Forum, world.jcf.id).recurrence is None          # nothing saved with "Saved."
    done = client.post(f"/admin/forums/{world.jcf.id}/edit", data={**base, "recurrence": "monthly",
                                                                   "recurrence_which": "-1", "recurrence_day": "TU"})
    assert done.status_code == 302
    db.session.expire_all()
    assert db.session.get(Forum, world.jcf.id).recurrence == "FREQ=MONTHLY;BYDAY=-1TU"
    page = client.get(f"/admin/forums/{world.jcf.id}/edit").get_data(as_text=True)
    assert '<option selected value="-1">' in page and '<option selected value="TU">' in page
    # the dashboard now knows the next meeting: the last Tuesday of a month
    dash = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    assert "Next meeting, by the forum&#39;s usual date:" in dash or "Next meeting, by the forum's usual date:" in dash


def test_admin_cannot_make_an_organisation_its_own_ancestor(client, world, login_as):
    login_as("admin")
    response = client.post(f"/admin/organisations/{world.momd.id}/edit", data={
        "name": world.momd.name, "type": "government", "parent": world.branch.id})
    assert response.status_code == 422 and "cannot sit under itself" in response.get_data(as_text=True)


def test_admin_grants_and_ends_roles(client, world, login_as):
    login_as("admin")
    user = world.users["norole"]
    response = client.post(f"/admin/users/{user.id}/roles", data={
        "role-role": "secretariat", "role-forum": "", "role-organisation": "", "role-starts_on": ""})
    assert response.status_code == 422 and "pick one" in response.get_data(as_text=True)
    response = client.post(f"/admin/users/{user.id}/roles", data={
        "role-role": "secretariat", "role-forum": world.jcf.id, "role-starts_on": "2025-01-01"})
    assert response.status_code == 302
    assignment = db.session.scalar(sa.select(RoleAssignment).where(RoleAssignment.user_id == user.id))
    client.post(f"/admin/roles/{assignment.id}/end", data={"end-ends_on": "2025-12-31", "end-reason": "Rotation"})
    db.session.expire_all()
    assert str(db.session.get(RoleAssignment, assignment.id).ends_on) == "2025-12-31"
    entry = db.session.scalars(sa.select(TrailEntry).where(TrailEntry.record_type == "RoleAssignment")
                               .order_by(TrailEntry.id.desc())).first()
    assert entry.reason == "Rotation" and entry.changes["ends_on"] == [None, "2025-12-31"]


def test_admin_trail_filters(client, world, login_as):
    login_as("admin")
    page = client.get("/admin/trail?type=Decision").get_data(as_text=True)
    assert "24/112" in page or "Council of Ministers" in page
    assert "Resume return approvals" not in page


def test_record_page_shows_history_and_escalation(client, world, login_as):
    login_as("secretariat")
    page = client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    assert "decided by Council of Ministers (endorsed)" in page
    assert "JCF/2025/17" in page
    assert "History" in page and "JCF-NIN-2025-03-R01" in page


def test_reference_redirects_to_the_recommendation(client, world, login_as):
    login_as("co_chair")
    response = client.get("/r/jcf-nin-2025-03-r01")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/recommendations/{world.rec.id}")
