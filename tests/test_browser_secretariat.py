"""The secretariat in a browser (issue 10 #7, #8, #10, #11, #13 and the journey): a report pasted, reviewed and saved
as a meeting, then a submission built from it; the draft's person questions answered from the row."""
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Attendance, Person, ReportDraft, Submission
from conftest import log_in

REPORT = """JCF Ninewa monthly meeting
Date: 14 April 2025
Location: Governorate hall, Mosul

ATTENDANCE
1. Ali Jahankir – Director General, MoMD
2. Layla Rasheed – Protection Officer, UNICEF

RECOMMENDATIONS
- Open a civil documentation office in Sinjar.
- Fund the rehabilitation of schools in Baaj.

ACTION POINTS
#\tAction\tResponsible\tDeadline
1\tShare the list of families\tMoMD\t30 April 2025
"""


def _draft(page):
    return db.session.get(ReportDraft, int(page.url.split("/imports/")[1].split("?")[0].split("#")[0]))


def test_secretariat_journey_report_to_meeting_to_submission(browser, server, world):
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    assert page.url.endswith("/work")                                   # #15: lands on its work
    page.goto(f"{server}/imports/new")
    # #10: the forum is chosen on the upload form, among the forums this user may write to
    assert page.input_value("#forum") == str(world.jcf.id)
    assert "Durable Solutions Task Force" not in page.inner_text("#forum")
    page.fill("textarea[name=text]", REPORT)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/imports/*")
    page.evaluate("window.notReloaded = true")
    # C2: "Ali Jahankir" of the ministry Ali Jahankeer came for is proposed as him, already picked; the reviewer
    # can make him a new person, and pick him again
    row = page.locator("#participants li.draft-item", has_text="Ali Jahankir")
    assert "Same person as Ali Jahankeer" in row.inner_text()
    row.locator("button[name=person_id][value=new]").click()
    page.wait_for_selector("#participants li.draft-item:has-text('Ali Jahankir') :text('not one of those already known')")
    row = page.locator("#participants li.draft-item", has_text="Ali Jahankir")
    row.locator(f"button[name=person_id][value='{world.participant.id}']").click()
    page.wait_for_selector("#participants li.draft-item:has-text('Ali Jahankir') button[value=new]")
    assert "Same person as Ali Jahankeer" in page.locator("#participants li.draft-item", has_text="Ali Jahankir").inner_text()
    assert page.evaluate("window.notReloaded") is True                  # answered in place
    # #11: add a row of any kind, change a row's kind
    page.click("#sessions .add-row summary")
    page.fill("#sessions .add-row input[name=title]", "Statement by the Governor of Ninewa")
    page.click("#sessions .add-row button[type=submit]")
    page.wait_for_selector("#sessions li.draft-item:has-text('Statement by the Governor of Ninewa')")
    action = page.locator("#actions li.draft-item", has_text="Share the list of families")
    action.locator("select[name=to]").select_option("recommendations")
    action.locator("button:has-text('Change kind')").click()
    page.wait_for_selector("#recommendations li.draft-item:has-text('Share the list of families')")
    assert "None found." in page.inner_text("#actions")
    # #10: a refused save keeps the draft and explains (a forged choice of a forum this user may not write to)
    page.evaluate(f"""() => {{ const s = document.querySelector('main form.stack select[name=forum]');
        s.add(new Option('DSTF', '{world.dstf.id}')); s.value = '{world.dstf.id}'; }}""")
    page.click("text=Save the meeting")
    page.wait_for_selector("main .error")                      # swapped in place: the address stays the review's
    assert "/imports/" in page.url and "/save" not in page.url
    assert "Share the list of families" in page.inner_text("#recommendations")      # the draft, as corrected
    page.select_option("main form.stack select[name=forum]", str(world.jcf.id))
    page.click("text=Save the meeting")
    page.wait_for_url("**/meetings/*")
    assert "Meeting saved from the report" in page.inner_text("main")
    assert "Ali Jahankeer" in page.inner_text("#participants") and "Ali Jahankir" not in page.inner_text("#participants")
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Person).where(Person.name == "Ali Jahankir")) == 0
    # #8: from a recommendation, "Submit upward": pre-ticked, to the next body up, ticks kept across filters
    page.locator("#recommendations li.row", has_text="Open a civil documentation office").locator("a.row-title").click()
    page.click("text=Submit upward")
    page.wait_for_url("**/submissions/new**")
    assert page.input_value("#level") == "ministry"                     # a JCF's next body up, not the governorate
    ticked = page.eval_on_selector_all("#candidates input:checked", "xs => xs.map(x => x.closest('label').innerText)")
    assert len(ticked) == 1 and "Open a civil documentation office" in ticked[0]
    page.fill("input[name=words]", "Baaj")
    page.wait_for_selector("#candidates :text('Ticked earlier, outside these filters')")
    page.locator("#candidates label", has_text="Fund the rehabilitation of schools").locator("input").check()
    page.fill("#title", "April JCF: documentation and schools")
    page.click("text=Prepare the submission")
    page.wait_for_url("**/submissions/*")
    carried = page.inner_text("main")
    assert "Open a civil documentation office" in carried and "Fund the rehabilitation of schools" in carried
    assert "Share the list of families" not in carried
    # #6: found again in the submissions list, by state
    page.goto(f"{server}/submissions?state=awaiting_approval")
    assert "April JCF: documentation and schools" in page.inner_text("#results")
    assert "Outcomes of the March JCF" not in page.inner_text("#results")
    page.select_option("select[name=state]", "decided")
    page.wait_for_selector("#results:not(:has-text('April JCF'))")
    assert "Outcomes of the March JCF" in page.inner_text("#results") and "state=decided" in page.url
    page.close()


def test_a_close_name_is_settled_from_the_draft_row_without_javascript(browser, server, world):
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text=REPORT)
    db.session.commit()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{draft.id}")
    row = page.locator("#participants li.draft-item", has_text="Ali Jahankir")
    row.locator("button[value=new]").click()                            # accept the proposal: a new person
    page.wait_for_load_state()
    row = page.locator("#participants li.draft-item", has_text="Ali Jahankir")
    assert "A new person, not one of those already known" in row.inner_text()
    row.locator(f"button[name=person_id][value='{world.participant.id}']").click()   # no: it is Ali Jahankeer
    page.wait_for_load_state()
    assert "Same person as Ali Jahankeer" in page.locator("#participants li.draft-item", has_text="Ali Jahankir").inner_text()
    db.session.expire_all()
    assert db.session.get(ReportDraft, draft.id).data["participants"][0]["person_id"] == world.participant.id
    context.close()


def test_discarding_a_draft_asks_first(browser, server, world):
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{world.draft.id}")
    page.click("a.discard")
    assert "Discard the draft?" in page.inner_text("h1") and "2 participants" in page.inner_text("main")
    page.click("text=Keep it and go back")
    page.wait_for_url(f"**/imports/{world.draft.id}")
    page.click("a.discard")
    page.click("text=Discard it")
    page.wait_for_url("**/imports/")
    assert "Draft discarded." in page.inner_text("main")
    db.session.expire_all()
    assert db.session.get(ReportDraft, world.draft.id).status.value == "discarded"
    page.close()


def test_a_planned_submission_to_a_body_that_decided_is_flagged_and_trimmed(browser, server, world):
    """#7: the stage is the furthest step (decided); a plan to the body that decided is redundant for it."""
    from ds_tracker.services import SYSTEM, escalation, recommendations
    from ds_tracker.status import EscalationLevel
    other = recommendations.create_recommendation(SYSTEM, world.meeting, text="Open a second civil affairs office")
    plan = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                        title="Second letter to the Council", recommendations=[world.rec, other])
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/recommendations/{world.rec.id}")
    assert "decided" in page.inner_text("main").lower()                 # a later plan does not hide the decision
    assert page.locator(f"a[href='/submissions/{plan.id}']").count() and \
        page.locator(f"a[href='/decisions/{world.decision.id}']").count()          # #6: linked from the recommendation
    page.click(f"a[href='/submissions/{plan.id}']")
    redundant = page.locator("ul.rows li.row", has_text=world.rec.reference)
    assert "redundant: already decided" in redundant.inner_text()
    assert "redundant" not in page.locator("ul.rows li.row", has_text="second civil affairs").inner_text()
    redundant.locator("button:has-text('Take out')").click()
    page.wait_for_load_state()
    assert "taken out of this submission" in page.inner_text("main")
    db.session.expire_all()
    assert [r.id for r in db.session.get(Submission, plan.id).recommendations] == [other.id]
    page.close()


def test_new_action_suggests_focal_people_with_what_tells_them_apart_and_asks_before_a_namesake(browser, server, world):
    """#13: the type-ahead shows position, organisation and last meeting; a close new name is asked about first."""
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/recommendations/{world.rec.id}/actions/new")
    page.fill("#text", "Send the list of suspended files")
    page.select_option("#owner", str(world.branch.id))
    page.type("#focal", "Jahan")
    page.wait_for_selector("#people-options option", state="attached")
    option = page.eval_on_selector("#people-options option", "o => [o.value, o.textContent]")
    assert option[0] == f"Ali Jahankeer (#{world.participant.id})"
    assert "Director General" in option[1] and "MoMD" in option[1] and "Monthly meeting" in option[1]
    page.fill("#focal", "Ali Jahankir")
    page.click("main form button[type=submit]")
    page.wait_for_selector("#focal-error, .field .error")
    assert "looks like someone already known" in page.inner_text("main")
    assert page.input_value("#focal") == "Ali Jahankir"                 # what was typed is kept
    page.check("#new_person")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/actions/*")
    assert "Action added." in page.inner_text("main") and "Ali Jahankir" in page.inner_text("main")
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Person).where(Person.name == "Ali Jahankir")) == 1
    page.close()


def test_the_reviewer_unticks_what_a_planned_submission_from_the_report_does_not_carry(browser, server, world):
    """#7: a report's planned submission carries every recommendation, pre-ticked; one untick leaves one out."""
    from ds_tracker.models import Meeting
    from ds_tracker.services import imports
    from test_imports import REPORT_WITH_ESCALATION
    draft = imports.create_draft(world.users["secretariat"], text=REPORT_WITH_ESCALATION)
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{draft.id}")
    boxes = page.locator("fieldset.carries input[type=checkbox]")
    assert boxes.count() == 2 and all(boxes.nth(i).is_checked() for i in range(2))
    page.locator("fieldset.carries label", has_text="Resume return approvals").locator("input").uncheck()
    page.check("input[name=same_day_ok]")
    page.click("text=Save the meeting")
    page.wait_for_url("**/meetings/*")
    meeting = db.session.scalars(sa.select(Meeting).order_by(Meeting.id.desc())).first()
    sub = db.session.scalar(sa.select(Submission).where(Submission.meeting_id == meeting.id))
    assert [r.text for r in sub.recommendations] == ["Open a civil documentation office in Tal Afar."]
    assert "Outcomes of" in page.inner_text("main")      # the planned submission shows on the meeting it came from
    page.close()
