"""What a reader sees in front of a line: no bullet before a meeting's date and place, and no number before
an escalation timeline of one step (several steps are numbered)."""
from datetime import date

from ds_tracker.extensions import db
from ds_tracker.services import SYSTEM, escalation, recommendations
from ds_tracker.status import EscalationLevel
from conftest import log_in

MARKED = """sel => Array.from(document.querySelectorAll(sel + ' *')).filter(e => {
    const s = getComputedStyle(e);
    return s.display === 'list-item' && s.listStyleType !== 'none';
}).map(e => e.innerText.trim())"""


def test_the_meetings_date_and_place_line_has_no_bullet_in_either_language(browser, server, world):
    page = browser.new_page()
    log_in(page, server, "chair@test.org")
    for _language in ("en", "ar"):
        page.goto(f"{server}/meetings/{world.meeting.id}")
        assert "Mosul" in page.inner_text("main") or "الموصل" in page.inner_text("main")
        assert page.evaluate(MARKED, "main .sittings") == []
        page.click("form.language-switch button")
        page.wait_for_load_state()
    page.close()


def test_an_escalation_of_one_step_is_not_numbered_and_one_of_several_is(browser, server, world):
    lone = recommendations.create_recommendation(SYSTEM, world.meeting, text="Open a second office in Sinjar")
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "chair@test.org")
    page.goto(f"{server}/recommendations/{lone.id}")
    assert "Not escalated." in page.inner_text("#escalation")
    assert page.evaluate(MARKED, "#escalation") == []
    page.goto(f"{server}/recommendations/{world.rec.id}")
    assert "JCF/2025/17" in page.inner_text("#escalation")
    assert page.evaluate(MARKED, "#escalation") == []
    again = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                         title="Reminder to the Council", recommendations=[world.rec])
    escalation.approve_submission(SYSTEM, again, version=again.version)
    escalation.mark_sent(SYSTEM, again, sent_on=date(2025, 6, 1), reference="JCF/2025/30", version=again.version)
    db.session.commit()
    page.reload()
    steps = page.evaluate(MARKED, "#escalation")
    assert len(steps) == 2 and "JCF/2025/17" in steps[0] and "JCF/2025/30" in steps[1]
    page.close()
