"""The "Addressed to" type-ahead: Enter picks the organisation the words name exactly, or the only match;
never another organisation whose name merely contains the words (a ministry's branch for the ministry)."""
from ds_tracker.extensions import db
from ds_tracker.services import SYSTEM, recommendations
from conftest import log_in, make_org

CHIPS = "#addressees + .picker .picker-chips"


def test_enter_picks_the_exact_organisation_or_nothing(browser, server, world):
    make_org("Ministry of Migration and Displacement (MoMD) – Ninewa branch")
    recommendations.update_recommendation(SYSTEM, world.rec, {"addressees": [world.momd]}, version=world.rec.version)
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/recommendations/{world.rec.id}/edit")
    picker = page.locator("#addressees + .picker .picker-input")
    picker.fill(world.momd.label)                 # the ministry already chosen, typed in full
    page.keyboard.press("Enter")
    assert page.locator(f"{CHIPS} li").count() == 1 and "Ninewa branch" not in page.inner_text(CHIPS)
    assert "already chosen" in page.inner_text("#addressees + .picker .picker-status")
    picker.fill("Ministry")                       # several match, none exactly: nothing is picked, nothing sent
    page.keyboard.press("Enter")
    assert page.locator(f"{CHIPS} li").count() == 1
    assert "Several match" in page.inner_text("#addressees + .picker .picker-status")
    assert page.url.endswith("/edit")
    picker.fill("UNICEF")                         # the exact name among several that contain it
    page.keyboard.press("Enter")
    assert "UNICEF" in page.inner_text(CHIPS) and page.locator(f"{CHIPS} li").count() == 2
    page.close()
