"""Points 4-6: recommendations, actions, submissions and decisions, through the pages."""
import io
from datetime import date

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, Decision, Recommendation, Submission, Theme
from ds_tracker.services import SYSTEM, escalation, recommendations, reference
from ds_tracker.status import EscalationLevel
from ds_tracker.models import LinkKind
from conftest import make_forum, make_meeting


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


def test_decision_form_shows_every_problem_beside_its_field_at_once(client, world, login_as):
    sub, rec = world.submission, world.rec
    login_as("secretariat")
    # a date nobody can read AND a rejected outcome without the body's words: both are said, in place
    r = client.post(f"/submissions/{sub.id}/decision", data={
        "dec-decided_on": "someday", "dec-idempotency_key": "dx", f"outcome-{rec.id}": "rejected"})
    html = r.get_data(as_text=True)
    assert r.status_code == 422
    assert 'id="dec-decided_on-error"' in html and "not a date we can read" in html
    assert f'id="outcome-{rec.id}-error"' in html and "needs the text" in html
    assert 'value="rejected" selected' in html                         # the input is kept
    # nothing picked at all: the outcomes' fieldset says so, beside it
    r = client.post(f"/submissions/{sub.id}/decision", data={"dec-decided_on": "2026/11/22", "dec-idempotency_key": "dy"})
    assert r.status_code == 422 and 'id="outcomes-error"' in r.get_data(as_text=True)


def test_scan_must_be_a_pdf_or_image(client, world, login_as):
    sub = world.submission
    sub.sent_on, sub.reference = None, None
    db.session.commit()
    login_as("co_chair")
    response = client.post(f"/submissions/{sub.id}/send", content_type="multipart/form-data", data={
        "send-sent_on": "2025-04-01", "send-reference": "X/1", "send-version": sub.version,
        "send-scan": (io.BytesIO(b"MZ..."), "virus.exe")})
    assert response.status_code == 422 and "PDF, PNG or JPEG" in response.get_data(as_text=True)


def test_a_decision_is_not_hidden_by_an_older_plan_which_is_flagged_redundant(client, world, login_as):
    """The import planned a submission to the Council carrying the recommendation; the Council then decided on it
    through another (sent) submission. The stage says decided, and the old plan says it is redundant."""
    rec = world.rec                                            # decided by the Council in `world`
    plan = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                        title="Planned at import", recommendations=[rec])
    db.session.commit()
    assert db.session.get(Recommendation, rec.id).escalation_state == "decided"
    login_as("secretariat")
    page = client.get(f"/submissions/{plan.id}").get_data(as_text=True)
    assert "redundant: already decided" in page and "Take out" in page
    out = client.post(f"/submissions/{plan.id}/take-out", data={"out-version": plan.version,
                                                               "out-recommendation": rec.id})
    assert out.status_code == 302
    db.session.expire_all()
    assert db.session.get(Submission, plan.id).recommendations == []
    # withdrawing needs a reason; then the plan is gone from lists and from the stage
    refused = client.post(f"/submissions/{plan.id}/withdraw", data={"wd-version": plan.version, "wd-reason": ""})
    assert refused.status_code == 422 and 'id="wd-reason-error"' in refused.get_data(as_text=True)
    db.session.expire_all()
    done = client.post(f"/submissions/{plan.id}/withdraw",
                       data={"wd-version": db.session.get(Submission, plan.id).version, "wd-reason": "Decided already"})
    assert done.status_code == 302
    assert client.get(f"/submissions/{plan.id}").status_code == 404
    # a sent submission cannot be withdrawn
    sent = client.post(f"/submissions/{world.submission.id}/withdraw",
                       data={"wd-version": world.submission.version, "wd-reason": "Oops"})
    assert sent.status_code == 422 and "part of the record" in sent.get_data(as_text=True)


def test_submissions_list_filters_by_forum_body_and_state_and_links_each(client, world, login_as):
    planned = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY,
                                           title="To the ministry", recommendations=[world.rec])
    db.session.commit()
    login_as("secretariat")
    everything = client.get("/submissions").get_data(as_text=True)
    assert "To the ministry" in everything and "Outcomes of the March JCF" in everything
    assert f"/submissions/{planned.id}" in everything
    decided = client.get("/submissions?state=decided").get_data(as_text=True)
    assert "Outcomes of the March JCF" in decided and "To the ministry" not in decided
    waiting = client.get("/submissions?state=awaiting_approval&level=ministry").get_data(as_text=True)
    assert "To the ministry" in waiting and "Outcomes of the March JCF" not in waiting
    assert client.get("/submissions?state=bogus").status_code == 400
    assert client.get("/submissions?level=moon").status_code == 400
    # the recommendation's timeline and the co-chair's dashboard link to it
    rec_page = client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    assert f'href="/submissions/{planned.id}"' in rec_page and f'href="/decisions/{world.decision.id}"' in rec_page
    client.post("/logout")
    login_as("co_chair")
    dash = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    assert "Awaiting your approval" in dash and f'href="/submissions/{planned.id}"' in dash
    assert world.meeting.title in dash                          # its minutes are written and not approved
    # a confidential forum's submissions stay out of an outsider's list
    dstf_sub = escalation.create_submission(SYSTEM, world.dstf, level=EscalationLevel.PM_OFFICE,
                                            title="Task force letter", recommendations=[world.dstf_rec])
    db.session.commit()
    assert "Task force letter" not in client.get("/submissions").get_data(as_text=True)
    assert dstf_sub.id


def test_submission_builder_keeps_ticks_pre_ticks_its_origin_and_defaults_the_body(client, world, login_as):
    second = recommendations.create_recommendation(SYSTEM, world.meeting, text="Fund demining in Sinjar")
    db.session.commit()
    login_as("secretariat")
    page = client.get(f"/forums/{world.jcf.id}/submissions/new?meeting={world.meeting.id}&rec={second.id}")
    html = page.get_data(as_text=True)
    assert f'value="{second.id}" checked' in html                       # opened from it: ticked
    assert '<option selected value="ministry">' in html                  # a JCF asks a ministry first
    # filter to words that hide the ticked one: it stays ticked, shown apart (htmx sends the ticks along)
    part = client.get(f"/forums/{world.jcf.id}/submissions/new?words=Resume&recommendations={second.id}",
                      headers={"HX-Request": "true"}).get_data(as_text=True)
    assert "Ticked earlier" in part and f'value="{second.id}" checked' in part
    # without JavaScript: "Filter" posts the whole form back, saves nothing, keeps ticks and typed title
    refined = client.post(f"/forums/{world.jcf.id}/submissions/new", data={
        "refine": "1", "words": "Resume", "title": "Kept title", "level": "ministry",
        "recommendations": [second.id], "idempotency_key": "k1"})
    body = refined.get_data(as_text=True)
    assert refined.status_code == 200 and 'value="Kept title"' in body and f'value="{second.id}" checked' in body
    assert "Press “Prepare the submission” to save it" in body          # Enter in a field says what happened
    assert db.session.scalar(sa.select(sa.func.count(Submission.id)).where(Submission.title == "Kept title")) == 0


def test_the_same_planned_letter_is_not_prepared_twice(client, world, login_as):
    """Back, then "Prepare" again on a page that cannot be cached (a new idempotency token): refused, with why."""
    second = recommendations.create_recommendation(SYSTEM, world.meeting, text="Fund demining in Sinjar")
    db.session.commit()
    login_as("secretariat")
    form = {"level": "ministry", "title": "To the ministry", "recommendations": [second.id]}
    assert client.post(f"/forums/{world.jcf.id}/submissions/new", data={**form, "idempotency_key": "t1"}).status_code == 302
    again = client.post(f"/forums/{world.jcf.id}/submissions/new", data={**form, "idempotency_key": "t2"})
    assert again.status_code == 422 and "already plans to send exactly these recommendations" in again.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Submission.id)).where(Submission.title == "To the ministry")) == 1
    other_body = client.post(f"/forums/{world.jcf.id}/submissions/new",
                             data={**form, "level": "pm_office", "idempotency_key": "t3"})
    assert other_body.status_code == 302                             # to another body: a different letter


def test_add_an_action_is_offered_only_to_who_may_open_its_form(client, world, login_as):
    """A co-chair reads every open forum's recommendations but adds actions to its own forum's only: the link
    is not offered where the form would answer "Not allowed"."""
    other = make_forum("JCF Anbar", "JCF-ANB")
    elsewhere = recommendations.create_recommendation(SYSTEM, make_meeting(other), text="Open a registration desk")
    db.session.commit()
    login_as("co_chair")
    link = 'href="/recommendations/{}/actions/new"'
    assert link.format(world.rec.id) in client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    page = client.get(f"/recommendations/{elsewhere.id}")
    assert page.status_code == 200 and link.format(elsewhere.id) not in page.get_data(as_text=True)
    assert client.get(f"/recommendations/{elsewhere.id}/actions/new").status_code == 403
    client.post("/logout")
    login_as("focal_momd")           # addressed (its branch): it may propose one
    assert link.format(world.rec.id) in client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)


def test_a_planned_submissions_body_is_corrected_and_a_change_needs_approval_again(client, world, login_as):
    """An import named the wrong body (or an unconfirmed one) on a planned submission: it could only be withdrawn.
    Before it is sent, staff change its body and title on its page; a letter approved for one body is approved
    again for another; a sent one cannot change."""
    from ds_tracker.models import Submission, TrailEntry
    from ds_tracker.services import SYSTEM, escalation
    from ds_tracker.status import EscalationLevel
    planned = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                           title="Letter to the council", recommendations=[world.rec])
    escalation.approve_submission(SYSTEM, planned, version=planned.version)
    db.session.commit()
    login_as("secretariat")
    page = client.get(f"/submissions/{planned.id}").get_data(as_text=True)
    assert "Change where it goes or its title" in page and "approval again" in page
    form = {"ed-csrf_token": "", "ed-version": planned.version, "ed-level": "ministry",
            "ed-addressee": world.momd.id, "ed-title": "Letter to MoMD on the return approvals"}
    response = client.post(f"/submissions/{planned.id}/edit", data=form, follow_redirects=True)
    assert "a co-chair approves it again" in response.get_data(as_text=True)
    db.session.expire_all()
    sub = db.session.get(Submission, planned.id)
    assert (sub.level, sub.addressee_id, sub.title) == (EscalationLevel.MINISTRY, world.momd.id,
                                                        "Letter to MoMD on the return approvals")
    assert sub.approved_dt is None
    entry = db.session.scalars(sa.select(TrailEntry).where(TrailEntry.record_type == "Submission",
                                                           TrailEntry.record_id == sub.id)
                               .order_by(TrailEntry.id.desc())).first()
    assert entry.changes["title"][1] == "Letter to MoMD on the return approvals" and "approved_dt" in entry.changes
    stale = client.post(f"/submissions/{planned.id}/edit", data={**form, "ed-title": "Another title"})
    assert stale.status_code == 409                                      # the version it was opened at is gone
    empty = client.post(f"/submissions/{planned.id}/edit", data={**form, "ed-version": sub.version, "ed-title": " "})
    assert empty.status_code == 422 and "Letter to MoMD" in db.session.get(Submission, planned.id).title
    sent = client.get(f"/submissions/{world.submission.id}").get_data(as_text=True)
    assert "Change where it goes or its title" not in sent
    refused = client.post(f"/submissions/{world.submission.id}/edit",
                          data={**form, "ed-version": world.submission.version})
    assert refused.status_code == 422 and db.session.get(Submission, world.submission.id).level is \
        EscalationLevel.COUNCIL_OF_MINISTERS
