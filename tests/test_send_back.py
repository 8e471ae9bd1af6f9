"""A co-chair sends minutes, or a planned letter, back to the secretariat with a comment instead of approving."""
import re

from ds_tracker.extensions import db
from ds_tracker.models import Meeting, Submission
from ds_tracker.services import SYSTEM, escalation, meetings, recommendations
from ds_tracker.status import EscalationLevel
from conftest import login



def test_co_chair_sends_minutes_back_and_the_secretariat_sees_why(app, client, world, login_as):
    login_as("co_chair")
    approve = client.get(f"/meetings/{world.meeting.id}/approve").get_data(as_text=True)
    assert "Send back to the secretariat" in approve
    version = db.session.get(Meeting, world.meeting.id).version
    empty = client.post(f"/meetings/{world.meeting.id}/send-back", data={"back-version": version, "back-comment": " "})
    assert empty.status_code == 422 and "Say what the secretariat should complete or change." in empty.get_data(as_text=True)
    sent = client.post(f"/meetings/{world.meeting.id}/send-back",
                       data={"back-version": version, "back-comment": "The discussion is missing, please complete."})
    assert sent.status_code == 302
    meeting = db.session.get(Meeting, world.meeting.id)
    assert not meeting.minutes_approved and meeting.version == version   # still draft; the secretariat's tab not stale
    client.post("/logout")
    login(client, world.users["secretariat"])
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert "Sent back to the secretariat by" in page and "The discussion is missing, please complete." in page
    work = client.get("/work").get_data(as_text=True)
    assert "The discussion is missing, please complete." in work and "sent back" in work
    # the minutes changed: the comment has been answered, it goes from the page and the list
    meetings.update_meeting(world.users["secretariat"], meeting, {"minutes": "The forum met and discussed returns."},
                            version=meeting.version)
    db.session.commit()
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert 'id="sent-back"' not in page and "Sent back to the secretariat by" not in page
    assert "The discussion is missing" not in client.get("/work").get_data(as_text=True)
    assert "sent back to the secretariat" in page and "The discussion is missing" in page   # the page's history keeps it


def test_a_focal_point_sees_no_send_back_comment_and_may_not_send_back(client, world, login_as):
    login_as("focal_momd")
    version = db.session.get(Meeting, world.meeting.id).version
    assert client.post(f"/meetings/{world.meeting.id}/send-back",
                       data={"back-version": version, "back-comment": "No"}).status_code == 403


def test_co_chair_sends_a_planned_letter_back(client, world, login_as):
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Letter to the Governor",
                                       recommendations=[world.rec])
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "Approve for sending" in page and "Send back to the secretariat" in page
    answer = client.post(f"/submissions/{sub.id}/send-back",
                         data={"back-version": sub.version, "back-comment": "Address it to the Governor's office."})
    assert answer.status_code == 302
    assert db.session.get(Submission, sub.id).approved_dt is None
    client.post("/logout")
    login(client, world.users["secretariat"])
    assert "Address it to the Governor&#39;s office." in client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "Address it to the Governor&#39;s office." in client.get("/work").get_data(as_text=True)
    client.post("/logout")
    login(client, world.users["co_chair"])
    sub = db.session.get(Submission, sub.id)
    escalation.approve_submission(world.users["co_chair"], sub, version=sub.version, anyway=True)
    db.session.commit()
    assert 'id="sent-back"' not in client.get(f"/submissions/{sub.id}").get_data(as_text=True)


def test_a_stale_button_press_says_nothing_was_done_not_changes_kept(client, world, login_as):
    """Tab 1 shows the letter; tab 2 approves it; "Approve for sending" in tab 1 typed nothing to keep."""
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Letter two",
                                       recommendations=[world.rec])
    db.session.commit()
    login_as("co_chair")
    opened_on = sub.version
    escalation.approve_submission(world.users["co_chair"], sub, version=sub.version)   # tab 2
    db.session.commit()
    page = client.post(f"/submissions/{sub.id}/approve", data={"version": opened_on},
                       follow_redirects=True).get_data(as_text=True)
    assert "nothing was done. The page now shows it as it is" in page
    assert "kept below" not in page and "while you were editing it" not in page
    # a form with words typed still keeps them
    sub2 = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, title="Letter three",
                                        recommendations=[world.rec])
    db.session.commit()
    stale = sub2.version
    escalation.update_submission(SYSTEM, sub2, title="Letter three (b)", level=EscalationLevel.MINISTRY,
                                 version=sub2.version)
    db.session.commit()
    answer = client.post(f"/submissions/{sub2.id}/send-back", data={"back-version": stale, "back-comment": "Shorter."})
    text = answer.get_data(as_text=True)
    assert answer.status_code == 409 and "kept below" in text and "Shorter." in text


def test_a_late_status_tap_on_owe_with_no_note_says_nothing_was_done(client, world, login_as):
    from ds_tracker.services import actions
    from ds_tracker.status import ActionStatus
    login_as("focal_momd")
    shown = world.action.version
    actions.change_status(world.users["co_chair"], world.action, ActionStatus.IN_PROGRESS, version=shown)
    db.session.commit()
    html = client.post(f"/owe/{world.action.id}?v={shown}", headers={"HX-Request": "true"},
                       data={"s": "done", "n": ""}).get_data(as_text=True)
    assert "nothing was done" in html and "kept below" not in html


def _queue(client, world) -> str:
    """The co-chair's "Awaiting your approval" section on the forum's dashboard ("" when there is none)."""
    html = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    found = re.search(r'<section class="queue".*?</section>', html, re.S)
    return found.group(0) if found else ""


def test_sent_back_minutes_leave_the_co_chairs_queue_until_the_secretariat_changes_them(client, world, login_as):
    meeting = db.session.get(Meeting, world.meeting.id)
    meetings.update_meeting(world.users["secretariat"], meeting, {"minutes": "First draft."}, version=meeting.version)
    db.session.commit()
    login_as("co_chair")
    assert world.meeting.title in _queue(client, world)
    client.post(f"/meetings/{meeting.id}/send-back",
                data={"back-version": meeting.version, "back-comment": "Add who attended."})
    assert world.meeting.title not in _queue(client, world)
    board = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    assert "Sent back to the secretariat" in board and "Add who attended." in board
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert "It is back with the secretariat" in page and "Add who attended." in page
    assert "Approve them anyway, unchanged" in page and 'class="button" href="/meetings/%d/approve"' % meeting.id not in page
    approve = client.get(f"/meetings/{meeting.id}/approve").get_data(as_text=True)
    assert approve.index("Approve them anyway, unchanged") < approve.index("Yes, approve these minutes")
    # the secretariat changes the minutes: back in the queue, the approve page says what happened since
    meeting = db.session.get(Meeting, meeting.id)
    meetings.update_meeting(world.users["secretariat"], meeting, {"minutes": "Second draft, with attendance."},
                            version=meeting.version)
    db.session.commit()
    assert world.meeting.title in _queue(client, world)
    approve = client.get(f"/meetings/{meeting.id}/approve").get_data(as_text=True)
    assert "Add who attended." in approve and "after your comment" in approve
    assert world.users["secretariat"].name in approve and "Approve them anyway" not in approve


def test_a_sent_back_letter_is_with_the_secretariat_until_changed(client, world, login_as):
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Letter to review",
                                       recommendations=[world.rec])
    db.session.commit()
    login_as("co_chair")
    assert "Letter to review" in _queue(client, world)
    client.post(f"/submissions/{sub.id}/send-back", data={"back-version": sub.version, "back-comment": "Shorten it."})
    assert "Letter to review" not in _queue(client, world)
    page = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "waiting for a co-chair&#39;s approval" not in page and "sent back to the secretariat" in page
    assert "It is back with the secretariat" in page and "Shorten it." in page
    assert page.index("Approve it anyway, unchanged") < page.index("Approve for sending")
    work = client.get("/work").get_data(as_text=True)
    waiting = re.search(r'id="h-approve".*?</section>', work, re.S).group(0)
    assert "Letter to review" not in waiting and "Submissions sent back to the secretariat" in work
    row = re.search(r'<li class="row">(?:(?!</li>).)*Letter to review.*?</li>',
                    client.get("/submissions").get_data(as_text=True), re.S).group(0)
    assert "sent back to the secretariat" in row and "waiting for a co-chair" not in row
    sub = db.session.get(Submission, sub.id)
    escalation.update_submission(world.users["secretariat"], sub, title="Letter to review (short)",
                                 level=EscalationLevel.GOVERNORATE, version=sub.version)
    db.session.commit()
    assert "Letter to review (short)" in _queue(client, world)
    page = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "waiting for a co-chair&#39;s approval" in page and "Approve it anyway" not in page
    assert "Shorten it." in page and "after your comment" in page and world.users["secretariat"].name in page


def test_a_letter_waiting_for_approval_says_when_its_minutes_are_not_approved(client, world, login_as):
    """A second stranger approved a letter while its meeting's minutes were still sent back, unapproved."""
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Letter",
                                       meeting=world.meeting, recommendations=[world.rec])
    world.meeting.minutes = "The forum met."
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "The minutes of the meeting this letter comes from are not approved yet" in page
    meetings.approve_minutes(world.users["co_chair"], world.meeting, version=world.meeting.version)
    db.session.commit()
    page = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "are not approved yet" not in page and "Approve for sending" in page


def test_the_state_filter_counts_a_sent_back_letter_with_the_secretariat_not_as_waiting(client, world, login_as):
    back = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Letter sent back",
                                        recommendations=[world.rec])
    other = recommendations.create_recommendation(SYSTEM, world.meeting, text="Open a second returns desk")
    escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Letter still waiting",
                                 recommendations=[other])
    db.session.commit()
    login_as("co_chair")
    client.post(f"/submissions/{back.id}/send-back", data={"back-version": back.version, "back-comment": "Redo."})

    def listed(state):
        page = client.get(f"/submissions?state={state}").get_data(as_text=True)
        return {t for t in ("Letter sent back", "Letter still waiting") if t in page}
    assert listed("awaiting_approval") == {"Letter still waiting"}
    assert listed("sent_back") == {"Letter sent back"}
    assert listed("planned") == {"Letter sent back", "Letter still waiting"}
    assert 'value="sent_back" selected' in client.get("/submissions?state=sent_back").get_data(as_text=True)
    # changed by the secretariat: waiting for the co-chair again
    sub = db.session.get(Submission, back.id)
    escalation.update_submission(world.users["secretariat"], sub, title="Letter sent back, redone",
                                 level=EscalationLevel.GOVERNORATE, version=sub.version)
    db.session.commit()
    assert listed("awaiting_approval") == {"Letter sent back", "Letter still waiting"}
    assert listed("sent_back") == set()


def test_an_approval_from_a_page_opened_before_the_send_back_does_not_wipe_it(client, world, login_as):
    """A stranger's second tab: sent back in one tab, "Approve for sending" in the other, older one approved the
    letter and the comment vanished. It is refused, the comment shown; "approve anyway" from the page as it is
    now still approves. The same for minutes."""
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.GOVERNORATE, title="Two tabs letter",
                                       recommendations=[world.rec])
    db.session.commit()
    login_as("co_chair")
    old_tab = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert 'name="anyway"' not in old_tab
    client.post(f"/submissions/{sub.id}/send-back", data={"back-version": sub.version, "back-comment": "Add figures."})
    client.post(f"/submissions/{sub.id}/approve", data={"version": sub.version})
    assert db.session.get(Submission, sub.id).approved_dt is None
    page = client.get(f"/submissions/{sub.id}").get_data(as_text=True)
    assert "it was not approved" in page and "Add figures." in page and 'name="anyway" value="1"' in page
    client.post(f"/submissions/{sub.id}/approve", data={"version": sub.version, "anyway": "1"})
    assert db.session.get(Submission, sub.id).approved_dt is not None

    meeting = db.session.get(Meeting, world.meeting.id)
    client.post(f"/meetings/{meeting.id}/send-back", data={"back-version": meeting.version, "back-comment": "Redo."})
    stale = client.post(f"/meetings/{meeting.id}/approve", data={"version": meeting.version})
    assert stale.status_code == 422 and "it was not approved" in stale.get_data(as_text=True)
    assert not db.session.get(Meeting, meeting.id).minutes_approved
    assert 'name="anyway" value="1"' in stale.get_data(as_text=True)
    client.post(f"/meetings/{meeting.id}/approve", data={"version": meeting.version, "anyway": "1"})
    assert db.session.get(Meeting, meeting.id).minutes_approved
