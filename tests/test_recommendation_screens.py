"""Points 4-6: recommendations, actions, submissions and decisions, through the pages."""
import io
from datetime import date

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, Decision, Recommendation, Submission, Theme
from ds_tracker.services import SYSTEM, recommendations, reference
from ds_tracker.models import LinkKind


def test_add_recommendation_with_themes_places_addressees(client, world, login_as):
    theme = reference.create(SYSTEM, Theme, name="Compensation")
    db.session.commit()
    login_as("secretariat")
    form = client.get(f"/meetings/{world.meeting.id}/recommendations/new").get_data(as_text=True)
    assert "data-picker" in form and "Group One" in form
    response = client.post(f"/meetings/{world.meeting.id}/recommendations/new", data={
        "text": "Speed up compensation payments in Sinjar", "text_ar": "تسريع صرف التعويضات في سنجار",
        "group": world.group.id, "themes": [theme.id], "places": [world.place.id], "addressees": [world.mof.id],
        "idempotency_key": "r1", "then": "another"})
    assert response.status_code == 302 and f"group={world.group.id}" in response.headers["Location"]
    rec = db.session.scalar(sa.select(Recommendation).where(Recommendation.text.like("Speed up%")))
    assert rec.reference == "JCF-NIN-2025-03-R02"
    assert [t.name for t in rec.themes] == ["Compensation"] and rec.addressees == [world.mof]
    assert rec.group_id == world.group.id


def test_recommendation_page_shows_everything(client, world, login_as):
    other = recommendations.create_recommendation(SYSTEM, world.meeting, text="Earlier version",
                                                  text_ar="نسخة سابقة")
    recommendations.link(SYSTEM, world.rec, other, LinkKind.REAFFIRMS)
    world.rec.text_ar = "استئناف موافقات العودة إلى سنجار"
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    for expected in ("Resume return approvals for Sinjar", "استئناف موافقات العودة", 'lang="ar" dir="rtl"',
                     "Monthly meeting", "Share the list of suspended files",      # origin and actions
                     "Escalation timeline", "JCF/2025/17", "24/112", "endorsed",  # submission and decision
                     "reaffirms", other.reference, "History"):
        assert expected in page, expected


def test_edit_recommendation_keeps_reference_and_refuses_stale(client, world, login_as):
    login_as("secretariat")
    version = world.rec.version
    ok = client.post(f"/recommendations/{world.rec.id}/edit", data={
        "text": "Resume return approvals for Sinjar and Ba'aj", "version": version, "addressees": [world.branch.id]})
    assert ok.status_code == 302
    stale = client.post(f"/recommendations/{world.rec.id}/edit", data={"text": "Old copy", "version": version})
    assert stale.status_code == 409 and "Old copy" in stale.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Recommendation, world.rec.id).reference == "JCF-NIN-2025-03-R01"


def test_add_action_point_to_a_meeting_with_supporters_and_focal_point(client, world, login_as):
    login_as("secretariat")
    response = client.post(f"/meetings/{world.meeting.id}/actions/new", data={
        "text": "Circulate the contact list", "owner": world.unicef.id, "supporters": [world.momd.id],
        "focal": f"Ali Jahankeer (#{world.participant.id})", "due_on": "15/04/2025", "idempotency_key": "ap1"})
    assert response.status_code == 302
    action = db.session.scalar(sa.select(Action).where(Action.text == "Circulate the contact list"))
    assert (action.meeting_id, action.owner_id, action.due_on) == (world.meeting.id, world.unicef.id, date(2025, 4, 15))
    assert action.supporters == [world.momd] and action.focal_person_id == world.participant.id


def test_focal_point_edits_its_action(client, world, login_as):
    login_as("focal_momd")
    response = client.post(f"/actions/{world.action.id}/edit", data={
        "text": world.action.text, "owner": world.branch.id, "due_on": "2025-06-30", "version": world.action.version,
        "reason": "The lists are being verified"})
    assert response.status_code == 302
    assert db.session.get(Action, world.action.id).due_on == date(2025, 6, 30)


def test_submit_several_recommendations_then_record_the_decision(client, world, login_as):
    second = recommendations.create_recommendation(SYSTEM, world.meeting, text="Fund demining in Sinjar")
    third = recommendations.create_recommendation(SYSTEM, world.meeting, text="Open a civil status office")
    db.session.commit()
    login_as("secretariat")
    listing = client.get(f"/forums/{world.jcf.id}/submissions/new?words=demining",
                         headers={"HX-Request": "true"}).get_data(as_text=True)
    assert second.reference in listing and third.reference not in listing   # the filtered list to pick from
    created = client.post(f"/forums/{world.jcf.id}/submissions/new", data={
        "level": "council_of_ministers", "title": "Outcomes to the Council of Ministers",
        "recommendations": [second.id, third.id], "idempotency_key": "sub1"})
    assert created.status_code == 302
    sub = db.session.scalar(sa.select(Submission).where(Submission.title == "Outcomes to the Council of Ministers"))
    assert {r.id for r in sub.recommendations} == {second.id, third.id}
    assert db.session.get(Recommendation, second.id).escalation_state == "planned"
    # a secretariat cannot send what no co-chair approved
    refused = client.post(f"/submissions/{sub.id}/send", data={"send-sent_on": "2025-04-01", "send-reference": "CoM/1",
                                                               "send-version": sub.version})
    assert refused.status_code == 422 and "co-chair must approve" in refused.get_data(as_text=True)
    client.post("/logout")
    login_as("co_chair")
    client.post(f"/submissions/{sub.id}/approve", data={"version": sub.version})
    db.session.expire_all()
    sent = client.post(f"/submissions/{sub.id}/send", content_type="multipart/form-data", data={
        "send-sent_on": "1 April 2025", "send-reference": "CoM/2025/88", "send-version": sub.version,
        "send-scan": (io.BytesIO(b"%PDF-1.4 letter"), "letter.pdf")})
    assert sent.status_code == 302
    db.session.expire_all()
    assert db.session.get(Recommendation, second.id).escalation.label == \
        "waiting on Council of Ministers since 2025-04-01"
    with client.get(f"/submissions/{sub.id}/scan") as scan:
        assert scan.status_code == 200 and scan.data == b"%PDF-1.4 letter"
        assert "letter.pdf" in scan.headers["Content-Disposition"]
    missing_text = client.post(f"/submissions/{sub.id}/decision", data={
        "dec-decided_on": "2025-05-20", "dec-number": "115", "dec-idempotency_key": "d1",
        f"outcome-{second.id}": "endorsed", f"outcome-{third.id}": "deferred"})
    assert missing_text.status_code == 422 and "needs the text" in missing_text.get_data(as_text=True)
    decided = client.post(f"/submissions/{sub.id}/decision", data={
        "dec-decided_on": "2025-05-20", "dec-number": "115", "dec-idempotency_key": "d2",
        f"outcome-{second.id}": "endorsed", f"outcome-{third.id}": "deferred", f"note-{third.id}": "Next budget year"})
    assert decided.status_code == 302
    db.session.expire_all()
    assert db.session.get(Recommendation, second.id).escalation_state == "decided"
    assert db.session.get(Recommendation, third.id).escalation.label == "decided by Council of Ministers (deferred)"
    assert db.session.scalar(sa.select(sa.func.count(Decision.id))) == 2


def test_scan_must_be_a_pdf_or_image(client, world, login_as):
    sub = world.submission
    sub.sent_on, sub.reference = None, None
    db.session.commit()
    login_as("co_chair")
    response = client.post(f"/submissions/{sub.id}/send", content_type="multipart/form-data", data={
        "send-sent_on": "2025-04-01", "send-reference": "X/1", "send-version": sub.version,
        "send-scan": (io.BytesIO(b"MZ..."), "virus.exe")})
    assert response.status_code == 422 and "PDF, PNG or JPEG" in response.get_data(as_text=True)
