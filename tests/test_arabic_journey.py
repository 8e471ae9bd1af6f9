"""Issue 11, "done when": an Arabic-only focal point on a 360 px phone logs in, reads what its organisation owes,
changes statuses and adds notes without meeting one English word of the interface (the leftover-English checker
of tests/test_translations.py reads every page and fragment it sees), right to left, nothing wider than the phone."""
from ds_tracker.extensions import db
from ds_tracker.models import ActionNote
from ds_tracker.status import ActionStatus
# the browser and server fixtures are in conftest.py
from test_translations import arabic_world, english_words  # noqa: F401 (fixture)

from conftest import PASSWORD


def _read(page, where, seen):
    """What the person sees now: no English interface word, right to left, as wide as the phone."""
    assert page.evaluate("document.documentElement.lang") == "ar", where
    assert page.evaluate("document.documentElement.dir") == "rtl", where
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, where
    if words := english_words(page.content()):
        seen[where] = words


def test_an_arabic_focal_point_works_on_a_phone_without_an_english_word(browser, server, arabic_world):  # noqa: F811
    w = arabic_world
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar-IQ",
                                  extra_http_headers={"Accept-Language": "ar-IQ,ar;q=0.9"})
    page = context.new_page()
    seen = {}
    page.goto(f"{server}/login")
    _read(page, "login", seen)
    page.fill("#email", w.focal.email)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/owe")                                   # a focal point lands on what it owes
    _read(page, "what we owe", seen)
    row = f"#a{w.action.id}"
    assert "مشاركة قائمة الأسر" in page.inner_text(row)
    page.click(f"{row} button[value=in_progress]")                 # one tap
    page.wait_for_selector(f"{row} .saved")
    _read(page, "status changed in the row", seen)
    page.click(f"{row} button[value=done]")                        # done needs a note: said in Arabic
    page.wait_for_selector(f"{row} .error")
    assert not english_words(page.inner_html(row))
    page.fill(f"{row} input[name=n]", "سُلّمت القائمة إلى الفرع")
    page.click(f"{row} button[value=done]")
    page.wait_for_selector(f"{row} .saved")
    _read(page, "done with a note", seen)
    page.goto(f"{server}/actions/{w.action.id}")                  # the action itself: history, a note
    _read(page, "the action", seen)
    page.fill("#body", "تم التواصل مع مديرية الأحوال المدنية.")
    page.click("#notes button[type=submit]")
    page.wait_for_selector("#notes .notes li:has-text('مديرية الأحوال المدنية')")
    _read(page, "note added", seen)
    page.goto(f"{server}/actions")
    _read(page, "actions list", seen)
    context.close()
    assert not seen, "English on the focal point's Arabic pages:\n" + "\n".join(
        f"  {where}: {' '.join(words)}" for where, words in seen.items())
    db.session.expire_all()
    action = db.session.get(type(w.action), w.action.id)
    assert action.status is ActionStatus.DONE
    bodies = {n.body for n in db.session.query(ActionNote).filter_by(action_id=action.id)}
    assert {"سُلّمت القائمة إلى الفرع", "تم التواصل مع مديرية الأحوال المدنية."} <= bodies


def test_an_arabic_secretariat_records_a_meeting_without_an_english_word(browser, server, arabic_world):  # noqa: F811
    """The secretariat's side of the journey: a new meeting, a participant, a recommendation and an action."""
    w = arabic_world
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar-IQ",
                                  extra_http_headers={"Accept-Language": "ar-IQ,ar;q=0.9"})
    page = context.new_page()
    seen = {}
    page.goto(f"{server}/login")
    page.fill("#email", w.sec.email)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    _read(page, "the secretariat's desk", seen)
    page.goto(f"{server}/meetings/new")
    _read(page, "new meeting", seen)
    page.select_option("#forum", str(w.forum.id))
    page.fill("#title", "اجتماع نيسان")
    page.fill("#sittings", "2025-04-16; الموصل")
    page.click("main form button[type=submit]")
    page.wait_for_selector("#participants")
    _read(page, "the new meeting", seen)
    meeting_url = page.url
    page.fill("#att-person", "سعد جاسم")
    page.keyboard.press("Tab")
    page.keyboard.type("مدير عام")
    page.keyboard.press("Enter")
    page.wait_for_selector("#participants td:has-text('سعد جاسم')")
    _read(page, "a participant added", seen)
    page.goto(meeting_url.split("#")[0].rstrip("/") + "/recommendations/new")
    _read(page, "new recommendation", seen)
    page.fill("#text", "تسريع صرف منح العودة")
    page.locator("#addressees + .picker .picker-input").fill("الهجرة")   # the type-ahead, in Arabic
    page.keyboard.press("Enter")
    assert "وزارة الهجرة والمهجرين" in page.inner_text("#addressees + .picker .picker-chips")
    page.click("main form.stack button[type=submit]:not([name])")
    page.wait_for_load_state()
    _read(page, "after the recommendation", seen)
    from ds_tracker.models import Recommendation
    db.session.expire_all()
    rec = db.session.query(Recommendation).filter_by(text="تسريع صرف منح العودة").one()
    page.goto(f"{server}/recommendations/{rec.id}")
    _read(page, "the recommendation", seen)
    page.goto(f"{server}/recommendations/{rec.id}/actions/new")
    _read(page, "new action", seen)
    page.fill("#text", "إعداد قوائم الأسر المستحقة")
    page.select_option("#owner", str(w.org.id))
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    _read(page, "after the action", seen)
    context.close()
    assert not seen, "English on the secretariat's Arabic pages:\n" + "\n".join(
        f"  {where}: {' '.join(words)}" for where, words in seen.items())
    from ds_tracker.models import Action
    assert db.session.query(Action).filter_by(text="إعداد قوائم الأسر المستحقة", recommendation_id=rec.id).count() == 1
