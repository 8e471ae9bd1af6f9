"""A focal point changes what its organisation leads (status, notes, the due date with a reason) and notes
what it supports; the service refuses anything else, whatever the form sends."""
from datetime import date

import pytest

from ds_tracker.extensions import db
from ds_tracker.models import Action
from ds_tracker.services import PermissionDenied, ValidationFailed, actions
from ds_tracker.status import ActionStatus


@pytest.mark.parametrize("field,value", [("text", "Nothing to do"), ("supporters", []), ("owner", "mof"),
                                         ("focal_person", "participant")])
def test_the_service_refuses_a_focal_point_changing_what_the_forum_agreed(world, field, value):
    value = {"mof": world.mof, "participant": world.participant}.get(value, value) if isinstance(value, str) else value
    with pytest.raises(ValidationFailed) as e:
        actions.update_action(world.users["focal_momd"], world.action, {field: value}, version=world.action.version)
    assert "secretariat" in str(e.value.errors[field])


def test_moving_the_due_date_needs_a_reason_and_is_flagged(world):
    focal = world.users["focal_momd"]
    with pytest.raises(ValidationFailed) as e:
        actions.update_action(focal, world.action, {"due_on": date(2030, 1, 1)}, version=world.action.version)
    assert "reason" in e.value.errors
    actions.update_action(focal, world.action, {"due_on": date(2025, 6, 30)}, version=world.action.version,
                          reason="The lists are still being verified")
    assert world.action.due_on == date(2025, 6, 30) and world.action.due_moved_dt is not None
    actions.update_action(world.users["secretariat"], world.action, {"due_on": date(2025, 7, 15)},
                          version=world.action.version)
    assert world.action.due_moved_dt is None        # the forum's staff settle it


def test_a_supporter_only_adds_notes(world):
    unicef = world.users["focal_unicef"]
    actions.add_note(unicef, world.action, "UNICEF shared its caseload")
    with pytest.raises(PermissionDenied):
        actions.change_status(unicef, world.action, ActionStatus.IN_PROGRESS, version=world.action.version)
    with pytest.raises(PermissionDenied):
        actions.update_action(unicef, world.action, {"due_on": date(2025, 6, 1)}, version=world.action.version,
                              reason="x")


def test_a_hostile_form_is_refused_with_a_message_and_nothing_changes(client, world, login_as):
    login_as("focal_momd")
    response = client.post(f"/actions/{world.action.id}/edit", data={
        "version": world.action.version, "text": "Nothing to do", "owner": world.branch.id, "supporters": [],
        "due_on": "2030-01-01", "reason": "Because", "focal": ""})
    assert response.status_code == 422
    assert "Only the forum&#39;s secretariat and co-chairs can change this" in response.get_data(as_text=True)
    db.session.expire_all()
    action = db.session.get(Action, world.action.id)
    assert action.text == "Share the list of suspended files" and action.supporters == [world.unicef]
    assert action.due_on == date(2025, 4, 30)


def test_the_secretariat_and_dashboard_see_the_owner_moved_the_date(client, world, login_as):
    login_as("focal_momd")
    page = client.get(f"/actions/{world.action.id}/edit").get_data(as_text=True)
    assert 'name="text"' not in page and 'name="due_on"' in page
    response = client.post(f"/actions/{world.action.id}/edit", data={
        "version": world.action.version, "due_on": "2025-06-30", "reason": "Lists still being verified"})
    assert response.status_code == 302
    client.post("/logout")
    login_as("secretariat")
    for url in (f"/actions/{world.action.id}", f"/forums/{world.jcf.id}/dashboard"):
        page = client.get(url).get_data(as_text=True)
        assert "due date moved by the owner" in page and "Lists still being verified" in page, url
