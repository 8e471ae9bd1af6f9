"""What only a real browser shows: htmx adding participant rows without a reload, the type-ahead picker,
the 360 px phone layout and right-to-left. Debian's chromium, driven by Playwright."""
import pytest

from ds_tracker.extensions import db
from ds_tracker.models import Attendance
from conftest import log_in

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
    assert page.evaluate("document.activeElement.id") == "att-person"   # ready for the next row
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
    page.click(f"#{rec} button:has-text('Delete')")
    page.wait_for_selector(f"#{rec}", state="detached")
    assert page.evaluate("window.notReloaded") is True
    page.close()


def test_focal_point_updates_an_action_in_one_tap_on_a_phone(browser, server, world):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, "momd@test.org")
    assert page.url.endswith("/owe")                      # a focal point lands on what its organisation owes
    page.evaluate("window.notReloaded = true")
    row = f"#a{world.action.id}"
    page.click(f"{row} button[value=done]")
    page.wait_for_selector(f"{row} .error")               # done needs a note
    page.fill(f"{row} input[name=n]", "List shared with JCMC")
    page.click(f"{row} button[value=done]")
    page.wait_for_selector(f"{row} small:has-text('done')")
    assert "List shared with JCMC" in page.inner_text(row)   # the history, right there
    assert page.evaluate("window.notReloaded") is True
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
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

def _branch_tasks(world, n):
    from datetime import timedelta
    from ds_tracker.services import SYSTEM, actions
    from ds_tracker.status import baghdad_today
    made = [actions.create_action(SYSTEM, text=f"Branch task {i}", owner=world.branch, recommendation=world.rec,
                                  due_on=baghdad_today() + timedelta(days=i - 3)) for i in range(n)]
    db.session.commit()
    return made


def _statuses(actions_):
    db.session.expire_all()
    return [db.session.get(type(a), a.id).status.value for a in actions_]


def test_focal_point_phone_journey_enter_in_a_note_and_a_conflict_from_a_second_tab(browser, server, world):
    from ds_tracker.models import ActionNote
    made = _branch_tasks(world, 6)
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    log_in(page, server, "momd@test.org")
    assert page.url.endswith("/owe") and "Open actions: 7" in page.inner_text("main")
    page.evaluate("window.notReloaded = true")
    third = made[2]
    page.fill(f"#a{third.id} input[name=n]", "Letter drafted, waiting for signature")
    page.keyboard.press("Enter")                      # the phone's "Go": this row's note, nothing else
    page.wait_for_selector(f"#a{third.id} .saved")
    assert "Letter drafted, waiting for signature" in page.inner_text(f"#a{third.id} .mini-trail")
    assert page.evaluate("window.notReloaded") is True
    assert _statuses(made + [world.action]) == ["open"] * 7
    assert [(n.action_id, n.status_to) for n in db.session.query(ActionNote)] == [(third.id, None)]
    # a second tab changes row 2; the first tab, still showing the old version, taps "done" there
    second = made[1]
    other = context.new_page()
    other.goto(f"{server}/owe")
    other.click(f"#a{second.id} button[value=in_progress]")
    other.wait_for_selector(f"#a{second.id} .saved")
    page.fill(f"#a{second.id} input[name=n]", "Handed to the JCMC")
    page.click(f"#a{second.id} button[value=done]")
    page.wait_for_selector(f"#a{second.id} .error")
    message = page.inner_text(f"#a{second.id} .error")
    assert "Mona MoMD changed this record at" in message and "Baghdad time" in message
    assert page.input_value(f"#a{second.id} input[name=n]") == "Handed to the JCMC"   # kept, as promised
    page.click(f"#a{second.id} button[value=done]")   # seen the change: apply it again
    page.wait_for_selector(f"#a{second.id} .saved")
    assert _statuses([second]) == ["done"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_focal_point_without_javascript_returns_to_the_saved_row(browser, server, world):
    made = _branch_tasks(world, 4)
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    log_in(page, server, "momd@test.org")
    third = made[2]
    page.fill(f"#a{third.id} input[name=n]", "Asked the governorate for the list")
    page.press(f"#a{third.id} input[name=n]", "Enter")
    page.wait_for_url(f"**/owe?saved={third.id}#a{third.id}")
    assert "Saved." in page.inner_text(f"#a{third.id}") and _statuses(made) == ["open"] * 4
    first = made[0]
    page.fill(f"#a{first.id} input[name=n]", "Done at the meeting")
    page.click(f"#a{first.id} button[value=done]")
    page.wait_for_url(f"**/owe?saved={first.id}#a{first.id}")
    assert "Saved." in page.inner_text(f"#a{first.id}") and _statuses([first]) == ["done"]
    context.close()


def test_focal_point_pages_through_every_action_and_gets_it_compressed(browser, server, world):
    made = _branch_tasks(world, 64)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, "momd@test.org")
    response = page.goto(f"{server}/owe")
    assert response.headers.get("content-encoding") in ("br", "gzip", "zstd")
    assert "Open actions: 65" in page.inner_text("main")
    seen = page.eval_on_selector_all(".owe-list > li[id]", "rows => rows.map(r => r.id)")
    page.click("text=Next 50")
    page.wait_for_load_state()
    seen += page.eval_on_selector_all(".owe-list > li[id]", "rows => rows.map(r => r.id)")
    assert sorted(seen) == sorted(f"a{a.id}" for a in made + [world.action])
    page.close()


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


def test_co_chair_reads_the_minutes_before_approving_them(browser, server, world):
    world.meeting.minutes = "The forum met.\n\nAgreed to resume return approvals."
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "chair@test.org")
    page.goto(f"{server}/meetings/{world.meeting.id}")
    page.click("text=Approve the minutes")
    page.wait_for_url(f"**/meetings/{world.meeting.id}/approve")
    assert "Agreed to resume return approvals." in page.inner_text("#minutes-to-approve")
    db.session.expire_all()
    assert not db.session.get(type(world.meeting), world.meeting.id).minutes_approved   # nothing yet
    page.click("text=Yes, approve these minutes")
    page.wait_for_url(f"**/meetings/{world.meeting.id}")
    assert "Minutes approved." in page.inner_text("main")
    db.session.expire_all()
    assert db.session.get(type(world.meeting), world.meeting.id).minutes_approved
    page.close()


def test_what_we_owe_fits_a_phone_right_to_left(browser, server, world):
    _branch_tasks(world, 5)
    world.users["focal_momd"].language = "ar"
    db.session.commit()
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, "momd@test.org")
    page.goto(f"{server}/owe")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
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
