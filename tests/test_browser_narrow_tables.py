"""A record page's wide table on a 360 px phone: every cell readable, the remove button reachable, no hidden
scroll (the participants table cut the organisation and hid its ✕ column off-screen, in Arabic especially)."""
import os

import pytest

from ds_tracker.extensions import db
from conftest import log_in
from test_browser_phone import _long_participants

OFF_SCREEN = """() => [...document.querySelectorAll('#participants tbody td, #participants tbody button')]
    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
    .map(e => e.tagName + ':' + e.textContent.trim().slice(0, 30))"""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_participants_read_as_cards_on_a_360px_phone(browser, server, world, language):
    _long_participants(world)
    user = world.users["secretariat"]
    user.language = language
    db.session.commit()
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, user.email)
    page.goto(f"{server}/meetings/{world.meeting.id}#participants")
    assert page.evaluate(OFF_SCREEN) == []
    row = page.locator("#participants tbody tr").filter(has_text="Konstantinos")
    # each value says what it is, as the table's header did (its column's name shown before it)
    shown = row.locator("td[data-label]").evaluate_all(
        "cells => cells.map(c => getComputedStyle(c, '::before').content + ' ' + c.innerText)")
    assert any(("Organisation" if language == "en" else "الجهة") in s and "UNICEF" in s for s in shown), shown
    assert row.get_by_role("button").is_visible()
    if os.environ.get("SHOTS"):
        page.locator("#participants").screenshot(path=f"{os.environ['SHOTS']}/participants-{language}.png")
    # on a wide screen it stays a table with its header
    page.set_viewport_size({"width": 1200, "height": 800})
    assert page.locator("#participants thead").is_visible()
    page.close()
