"""What only a real browser shows: htmx adding participant rows without a reload, the type-ahead picker,
the 360 px phone layout and right-to-left. Debian's chromium, driven by Playwright."""
import os
import shutil
import threading

import pytest
from werkzeug.serving import make_server

from ds_tracker.extensions import db
from ds_tracker.models import Attendance
from conftest import PASSWORD

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"chromium is not installed at {CHROMIUM}: `make test` installs it (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def server(app):
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


def log_in(page, base, email):
    page.goto(f"{base}/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert "/login" not in page.url


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


@pytest.mark.parametrize("path", ["/meetings/{meeting}", "/actions", "/recommendations/{rec}", "/search?q=Sinjar"])
def test_pages_fit_a_360px_phone_in_both_directions(browser, server, world, path):
    for language in ("en", "ar"):
        world.users["co_chair"].language = language
        db.session.commit()
        page = browser.new_page(viewport={"width": 360, "height": 740})
        log_in(page, server, "chair@test.org")
        page.goto(server + path.format(meeting=world.meeting.id, rec=world.rec.id))
        assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        widest = page.evaluate("""() => Array.from(document.querySelectorAll('body *'))
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 || e.getBoundingClientRect().left < -1 || e.scrollWidth > window.innerWidth)
            .filter(e => !e.closest('.table-wrap') || e.classList.contains('table-wrap'))
            .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + (e.id || '') + ' ' + Math.round(e.getBoundingClientRect().width))""")
        assert overflow <= 0, f"{path} ({language}) is {overflow}px wider than the phone: {widest}"
        brand = page.locator(".brand").bounding_box()
        if language == "ar":   # the header starts on the right in right-to-left
            assert brand["x"] + brand["width"] > 360 - 40
        else:
            assert brand["x"] < 40
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
    page.click(f"{row} button[value$=':done']")
    page.wait_for_selector(f"{row} .error")               # done needs a note
    page.fill(f"{row} input[name=n{world.action.id}]", "List shared with JCMC")
    page.click(f"{row} button[value$=':done']")
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
    page.close()
