"""The co-chair in a browser (issue 10 #6, #17 and the journey): the dashboard's approvals queue, minutes approved
after reading them and confirming, a submission approved for sending, the printed pack with its links."""
from ds_tracker.extensions import db
from ds_tracker.models import Meeting, Submission
from conftest import log_in


def test_co_chair_journey_dashboard_approvals_and_pack(browser, server, world):
    from ds_tracker.services import SYSTEM, escalation
    from ds_tracker.status import EscalationLevel
    world.meeting.minutes = "The forum met.\n\nAgreed to resume return approvals."
    plan = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, meeting=world.meeting,
                                        title="Letter to the Ministry on Sinjar returns", recommendations=[world.rec])
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "chair@test.org")
    assert page.url.endswith(f"/forums/{world.jcf.id}/dashboard")       # a co-chair lands on the dashboard
    queue = page.inner_text("section.queue")
    assert "Awaiting your approval" in queue and "Monthly meeting" in queue and "Letter to the Ministry" in queue
    # #17: the minutes are shown before they are approved, and approving asks for confirmation
    page.click("section.queue a:has-text('Monthly meeting')")
    page.wait_for_url(f"**/meetings/{world.meeting.id}/approve")
    assert "Agreed to resume return approvals." in page.inner_text("#minutes-to-approve")
    db.session.expire_all()
    assert not db.session.get(Meeting, world.meeting.id).minutes_approved
    page.click("text=Yes, approve these minutes")
    page.wait_for_url(f"**/meetings/{world.meeting.id}")
    assert "Minutes approved." in page.inner_text("main")
    # back on the dashboard the minutes have left the queue; the submission is approved from it
    page.goto(f"{server}/forums/{world.jcf.id}/dashboard")
    assert "Monthly meeting" not in page.inner_text("section.queue")
    page.click("section.queue a:has-text('Letter to the Ministry')")
    page.wait_for_url(f"**/submissions/{plan.id}")
    assert world.rec.reference in page.inner_text("main")                # what is being approved is on the page
    page.click("text=Approve for sending")
    page.wait_for_url(f"**/submissions/{plan.id}")
    db.session.expire_all()
    assert db.session.get(Submission, plan.id).approved_dt is not None
    page.goto(f"{server}/forums/{world.jcf.id}/dashboard")
    assert page.locator("section.queue").count() == 0                   # nothing left awaiting this co-chair
    assert "Letter to the Ministry" in page.inner_text("section[aria-labelledby=send-h]")
    # the printed pack: the open action, and the decision it links to (#6)
    page.click("text=Meeting pack")
    page.wait_for_url(f"**/forums/{world.jcf.id}/pack")
    assert "Share the list of suspended files" in page.inner_text("table.actions")
    page.click(f"a[href='/decisions/{world.decision.id}']")
    page.wait_for_url(f"**/decisions/{world.decision.id}")
    assert "24/112" in page.inner_text("main") and world.rec.reference in page.inner_text("main")
    page.close()


def test_submissions_are_found_again_by_forum_body_and_state(browser, server, world):
    """#6: the submissions list filters in place (htmx) and in the URL; every submission links its page."""
    from ds_tracker.services import SYSTEM, escalation
    from ds_tracker.status import EscalationLevel
    escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY,
                                 title="Plan to the Ministry", recommendations=[world.rec])
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "chair@test.org")
    page.goto(f"{server}/submissions")
    listed = page.inner_text("#results")
    assert "Plan to the Ministry" in listed and "Outcomes of the March JCF" in listed
    assert "Durable Solutions Task Force" not in listed
    page.select_option("select[name=level]", "council_of_ministers")
    page.wait_for_selector("#results:not(:has-text('Plan to the Ministry'))")
    assert "level=council_of_ministers" in page.url
    page.select_option("select[name=state]", "planned")
    page.wait_for_selector("#results:not(:has-text('Outcomes of the March JCF'))")
    page.select_option("select[name=level]", "")
    page.wait_for_selector("#results a:has-text('Plan to the Ministry')")
    page.click("#results a:has-text('Plan to the Ministry')")
    page.wait_for_url("**/submissions/*")
    assert "Plan to the Ministry" in page.inner_text("h1")
    page.close()
