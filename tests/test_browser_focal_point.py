"""The focal point on a 360 px phone (issue 10 #1-#5 and the journey): what its organisation owes, a status in one
tap, a note alone with the phone's Enter, a conflict from a second tab that keeps the note and says Baghdad time,
with and without JavaScript, every action paged and compressed, right to left."""
from ds_tracker.extensions import db
from conftest import log_in, overflow

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


def test_focal_point_phone_journey_status_enter_in_a_note_and_a_conflict_from_a_second_tab(browser, server, world):
    import re
    from datetime import datetime, timedelta, timezone

    from ds_tracker.models import ActionNote
    made = _branch_tasks(world, 6)
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    log_in(page, server, "momd@test.org")
    assert page.url.endswith("/owe") and "Open actions: 7" in page.inner_text("main")   # lands on what it owes
    page.evaluate("window.notReloaded = true")
    # a status in one tap; "done" asks for a note first, then the history is right there
    row = f"#a{world.action.id}"
    page.click(f"{row} button[value=done]")
    page.wait_for_selector(f"{row} .error")
    page.fill(f"{row} input[name=n]", "List shared with JCMC")
    page.click(f"{row} button[value=done]")
    page.wait_for_selector(f"{row} small:has-text('done')")
    assert "List shared with JCMC" in page.inner_text(row)
    assert page.inner_text("#owe-total") == "Open actions: 6"        # the heading follows, without a reload
    # #1, #5: Enter (the phone's "Go") in row 3's note adds that row's note, no status moves anywhere
    third = made[2]
    page.fill(f"#a{third.id} input[name=n]", "Letter drafted, waiting for signature")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#a{third.id} .saved")
    assert "Letter drafted, waiting for signature" in page.inner_text(f"#a{third.id} .mini-trail")
    assert page.evaluate("window.notReloaded") is True
    assert _statuses(made) == ["open"] * 6 and _statuses([world.action]) == ["done"]
    assert [(n.action_id, n.status_to) for n in db.session.query(ActionNote).where(ActionNote.action_id != world.action.id)] \
        == [(third.id, None)]
    # #3: a second tab changes row 2; the first tab, still showing the old version, taps "done" there
    second = made[1]
    other = context.new_page()
    other.goto(f"{server}/owe")
    other.click(f"#a{second.id} button[value=in_progress]")
    other.wait_for_selector(f"#a{second.id} .saved")
    baghdad_now = datetime.now(timezone.utc) + timedelta(hours=3)
    page.fill(f"#a{second.id} input[name=n]", "Handed to the JCMC")
    page.click(f"#a{second.id} button[value=done]")
    page.wait_for_selector(f"#a{second.id} .error")
    message = page.inner_text(f"#a{second.id} .error")
    assert "Mona MoMD changed this record at" in message and "Baghdad time" in message
    written = re.search(r"at (.+ [AP]M) Baghdad time", message.replace("\u202f", " "))[1]   # as pages write times
    shown = datetime.strptime(written, "%b %d, %Y, %I:%M:%S %p")
    assert abs(shown - baghdad_now.replace(tzinfo=None)) < timedelta(minutes=2)        # Baghdad, not UTC
    assert page.input_value(f"#a{second.id} input[name=n]") == "Handed to the JCMC"   # kept, as promised
    page.click(f"#a{second.id} button[value=done]")   # seen the change: apply it again
    page.wait_for_selector(f"#a{second.id} .saved")
    assert _statuses([second]) == ["done"]
    assert overflow(page) <= 0
    # the action's title opens its own page (not the page loaded into the row), and Back returns to the list
    page.click(f"#a{third.id} > a")
    page.wait_for_url(f"**/actions/{third.id}")
    assert page.locator("h1").count() == 1 and page.locator(".owe-list").count() == 0   # a page of its own
    page.go_back()
    page.wait_for_url("**/owe")
    assert page.locator(f"#a{third.id}").count() == 1
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
