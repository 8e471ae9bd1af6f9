"""What only a real browser shows: htmx adding participant rows without a reload, the type-ahead picker,
the 360 px phone layout and right-to-left. Debian's chromium, driven by Playwright."""
import pytest

from ds_tracker.extensions import db
from ds_tracker.models import Attendance
from conftest import log_in
from test_browser_focal_point import _branch_tasks

def test_participants_are_added_from_the_keyboard_without_a_reload(browser, server, world):
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/meetings/{world.meeting.id}")
    page.evaluate("window.notReloaded = true")
    page.fill("#att-person", "Zeina Rashad")
    page.keyboard.press("Tab")
    page.keyboard.type("Director General of Human Rights")
    page.keyboard.press("Tab")
    page.keyboard.type("UNICEF")
    page.keyboard.press("Tab")
    page.keyboard.type("UN/NGOs")
    page.keyboard.press("Enter")
    page.wait_for_selector("#participants td:has-text('Zeina Rashad')")
    assert page.evaluate("window.notReloaded") is True           # htmx swapped the section in place
    # ready for the next row: htmx focuses [autofocus] when it settles, 20 ms after the row appears
    page.wait_for_function("document.activeElement && document.activeElement.id === 'att-person'", timeout=2000)
    assert page.input_value("#att-heading") == "UN/NGOs"
    page.fill("#att-person", "Hamoudi Mahjoub")
    page.keyboard.press("Enter")
    page.wait_for_selector("#participants td:has-text('Hamoudi Mahjoub')")
    db.session.expire_all()
    names = {a.person.name for a in db.session.query(Attendance).filter_by(meeting_id=world.meeting.id)}
    assert {"Zeina Rashad", "Hamoudi Mahjoub", "Ali Jahankeer"} <= names
    zeina = next(a for a in db.session.query(Attendance) if a.person.name == "Zeina Rashad")
    assert zeina.organisation_id == world.unicef.id and zeina.heading == "UN/NGOs"
    page.close()


def test_status_changes_in_place_and_asks_for_a_note(browser, server, world):
    page = browser.new_page()
    log_in(page, server, "momd@test.org")
    page.goto(f"{server}/actions/{world.action.id}")
    page.evaluate("window.notReloaded = true")
    page.select_option("#status", "blocked")
    page.click("#action-status button[type=submit]")
    page.wait_for_selector("#action-status .error")
    assert "Say why" in page.inner_text("#action-status")
    page.fill("#note", "No access to the archive")
    page.click("#action-status button[type=submit]")
    page.wait_for_selector("#action-status .badge:has-text('blocked')")
    assert page.evaluate("window.notReloaded") is True
    page.close()


def test_picker_finds_organisations_by_typing(browser, server, world):
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/meetings/{world.meeting.id}/recommendations/new")
    picker = page.locator("#addressees + .picker .picker-input")
    picker.fill("finan")
    page.keyboard.press("Enter")                  # picks the first match, does not submit
    assert "Ministry of Finance" in page.inner_text("#addressees + .picker .picker-chips")
    page.fill("#text", "Allocate a budget line for demining")
    page.click("main form.stack button[type=submit]:not([name])")
    page.wait_for_load_state()
    assert page.url.split("#")[0] == f"{server}/meetings/{world.meeting.id}", page.inner_text("main")[:500]
    assert "Allocate a budget line for demining" in page.inner_text("#recommendations")
    page.close()


def test_report_draft_is_corrected_in_place(browser, server, world):
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{world.draft.id}")
    page.evaluate("window.notReloaded = true")
    first = world.draft.data["participants"][0]["id"]
    page.click(f"#{first} >> text=Edit")
    page.fill(f"#{first} input[name=position]", "Director General of Branches")
    page.click(f"#{first} button[type=submit]")
    page.wait_for_selector(f"#{first}:has-text('Director General of Branches')")
    rec = world.draft.data["recommendations"][0]["id"]
    before = len(world.draft.data["recommendations"])
    assert page.inner_text("#h-recommendations").endswith(f"({before})")
    page.click(f"#{rec} button:has-text('Delete')")
    page.wait_for_selector(f"#{rec}.deleted-row")                                   # the row gives way to "Undo"
    assert page.inner_text("#h-recommendations").endswith(f"({before - 1})")     # the count follows, in place
    assert page.evaluate("window.notReloaded") is True
    page.close()


def test_the_printed_pack_fits_63_open_actions_in_four_a4_pages(browser, server, world):
    """#19: a JCF's 63 open actions print in at most 4 pages; dates and references stay on one line."""
    import io
    import random
    from datetime import date, timedelta

    import pdfplumber

    from ds_tracker.services import SYSTEM, actions
    words = ("share the list of families with the governorate office and follow up the compensation files of "
             "returnees in Sinjar district with the directorate of civil affairs before the next meeting").split()
    rnd = random.Random(19)
    for i in range(63):
        actions.create_action(SYSTEM, text=" ".join(rnd.sample(words, rnd.randint(8, 26))).capitalize(),
                              owner=rnd.choice([world.momd, world.branch, world.unicef]), recommendation=world.rec,
                              due_on=date(2025, 1, 1) + timedelta(days=7 * i))
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "chair@test.org")
    page.goto(f"{server}/forums/{world.jcf.id}/pack")
    page.emulate_media(media="print")
    # one line each: the reference and the date never wrap (count the lines their text occupies)
    tall = page.evaluate("""() => [...document.querySelectorAll('table.actions td.ref, table.actions td.nowrap')]
        .filter(td => { const r = document.createRange(); r.selectNodeContents(td.firstChild || td);
            return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1; }).length""")
    assert tall == 0
    pdf = page.pdf(format="A4")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) <= 4, f"{len(doc.pages)} pages"
        assert any(world.rec.reference in p.extract_text() for p in doc.pages)
def test_the_packs_print_button_prints_under_the_apps_csp(browser, server, world):
    page = browser.new_page()
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.add_init_script("window.printed = 0; window.print = function () { window.printed += 1; };")
    log_in(page, server, "chair@test.org")
    page.goto(f"{server}/forums/{world.jcf.id}/pack")
    page.click("button[data-print]")
    assert page.evaluate("window.printed") == 1
    assert violations == []
# --- issue 10: the focal point on a phone, the meeting page, approving minutes -------------------------------

def test_meeting_page_shows_the_meeting_before_the_follow_up(browser, server, world):
    from datetime import timedelta
    from conftest import make_meeting
    from ds_tracker.services import SYSTEM, meetings
    from ds_tracker.status import baghdad_today
    _branch_tasks(world, 60)
    nxt = make_meeting(world.jcf, title="Next JCF", day=baghdad_today() + timedelta(days=2), minutes="We met again.")
    meetings.add_attendance(SYSTEM, nxt, person=world.participant, organisation=world.momd)
    db.session.commit()
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, "chair@test.org")
    page.goto(f"{server}/meetings/{nxt.id}")
    participants = page.locator("#participants").bounding_box()["y"]
    follow_up = page.locator(".follow-up").bounding_box()["y"]
    minutes = page.locator(".minutes").bounding_box()["y"]
    assert participants < 1500 and participants < follow_up < minutes
    assert minutes - follow_up < 400                     # a summary, not 61 rows of buttons
    page.click(".follow-up a")
    page.wait_for_url(f"**/meetings/{nxt.id}/follow-up")
    assert page.locator(".owe-list > li[id]").count() == 61
    page.close()


def test_the_paste_box_says_before_sending_when_the_text_is_too_long(app, browser, server, world):
    """#12: on a slow line the browser checks the size first; the text stays in the box, nothing is sent."""
    app.config["PASTE_MAX_CHARS"] = 50
    try:
        page = browser.new_page()
        log_in(page, server, "sec@test.org")
        page.goto(f"{server}/imports/new")
        page.fill("textarea[name=text]", "A report of the monthly meeting, with many more words than fifty characters.")
        page.click("main form button[type=submit]")
        page.wait_for_selector(".error.too-long")
        assert "/imports/new" in page.url and "longer than 50 characters" in page.inner_text(".error.too-long")
        assert page.input_value("textarea[name=text]").startswith("A report of the monthly meeting")
    finally:
        app.config["PASTE_MAX_CHARS"] = 2_000_000
