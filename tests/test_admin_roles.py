"""Giving and ending roles: no default role, and an ended role stops at once."""
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Role, RoleAssignment
from ds_tracker.services import SYSTEM, accounts
from ds_tracker.services.core import principal_for
from conftest import login


def test_grant_with_only_an_organisation_makes_no_admin(client, world, login_as):
    login_as("admin")
    user = world.users["norole"]
    page = client.get(f"/admin/users/{user.id}").get_data(as_text=True)
    assert '<option selected value="admin">' not in page and "pick a role" in page
    response = client.post(f"/admin/users/{user.id}/roles", data={"role-organisation": world.momd.id,
                                                                   "role-forum": "", "role-starts_on": ""})
    assert response.status_code == 422
    assert "Pick the role to give." in response.get_data(as_text=True)
    assert db.session.scalars(sa.select(RoleAssignment).where(RoleAssignment.user_id == user.id)).all() == []


def test_the_service_refuses_an_admin_role_with_a_scope(world):
    import pytest
    from ds_tracker.services import ValidationFailed
    with pytest.raises(ValidationFailed) as e:
        accounts.add_role(SYSTEM, world.users["norole"], Role.ADMIN, organisation=world.momd)
    assert "role" in e.value.errors


def test_ending_a_role_takes_effect_at_once(client, world, login_as):
    secretariat = world.users["secretariat"]
    assignment = secretariat.roles[0]
    login_as("admin")
    response = client.post(f"/admin/roles/{assignment.id}/end", data={"end-ends_on": "", "end-reason": "Left"})
    assert response.status_code == 302
    db.session.expire_all()
    ended = db.session.get(RoleAssignment, assignment.id)
    assert ended.ended_dt is not None            # the moment, not only the day
    assert "ended" in client.get(f"/admin/users/{secretariat.id}").get_data(as_text=True)
    assert not principal_for(secretariat).is_staff_of(world.jcf.id)
    client.post("/logout")
    login(client, secretariat)
    assert client.get(f"/meetings/{world.meeting.id}/edit").status_code in (403, 404)
