"""What each user sees on the pages: confidential forums, and focal points' narrow view."""
from datetime import date

from ds_tracker.extensions import db
from ds_tracker.services import SYSTEM, actions, recommendations


def test_confidential_forum_pages_are_for_members_and_admins(client, world, login_as):
    login_as("secretariat")   # staff of JCF Ninewa, not a DSTF member: hidden records answer like missing ones
    assert client.get(f"/forums/{world.dstf.id}").status_code == 404
    assert client.get(f"/meetings/{world.dstf_meeting.id}").status_code == 404
    assert client.get(f"/recommendations/{world.dstf_rec.id}").status_code == 404
    client.post("/logout")
    login_as("dstf_member")
    page = client.get(f"/meetings/{world.dstf_meeting.id}")
    assert page.status_code == 200 and "Confidential approach to donors" in page.get_data(as_text=True)


def test_confidential_forum_is_for_members_even_when_it_addresses_a_focal_point(client, world, login_as):
    """The decided rule (docs/decisions.md): a confidential forum's records are read by its members only, even
    what is addressed to a non-member's organisation; hidden answers like missing."""
    login_as("focal_unicef")
    assert client.get(f"/recommendations/{world.dstf_rec.id}").status_code == 404
    assert client.get(f"/meetings/{world.dstf_meeting.id}").status_code == 404
    assert client.get(f"/r/{world.dstf_rec.reference}").status_code == client.get("/r/NOPE-1").status_code == 404
    assert world.dstf_rec.reference not in client.get("/recommendations").get_data(as_text=True)
    client.post("/logout")
    login_as("dstf_member")
    page = client.get(f"/recommendations/{world.dstf_rec.id}").get_data(as_text=True)
    assert "DSTF closed session" in page and f"/meetings/{world.dstf_meeting.id}" in page


def test_meeting_page_lists_only_recommendations_a_focal_point_may_read(client, world, login_as):
    recommendations.create_recommendation(SYSTEM, world.meeting, text="Budget line for demining",
                                          addressees=[world.mof])
    db.session.commit()
    login_as("focal_momd")
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert "Resume return approvals for Sinjar" in page
    assert "Budget line for demining" not in page
    assert "Ali Jahankeer" in page   # participants of an open forum's meeting are visible


def test_focal_point_action_lists_on_meeting_page_are_scoped(client, world, login_as):
    actions.create_action(SYSTEM, text="Finance to allocate the budget", owner=world.mof, meeting=world.meeting,
                          due_on=date(2025, 9, 1))
    actions.create_action(SYSTEM, text="Branch to reopen the office", owner=world.branch, meeting=world.meeting)
    db.session.commit()
    login_as("focal_momd")
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert "Branch to reopen the office" in page
    assert "Finance to allocate the budget" not in page


def test_people_pages_are_not_for_focal_points(client, world, login_as):
    login_as("focal_unicef")
    assert client.get(f"/people/{world.participant.id}").status_code == 404
    # their own person page is theirs to see
    own = world.users["focal_unicef"].person
    assert client.get(f"/people/{own.id}").status_code == 200
