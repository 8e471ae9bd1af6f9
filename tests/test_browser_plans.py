"""Issue 13, "done when", in a real browser: the DSTF secretariat enters a roadmap commitment and measure and
links recommendations of three forums; MoMD's focal point, on a 360 px phone, moves the measure and records an
indicator value from "What we owe"."""
from datetime import date

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, ForumKind, IndicatorValue
from ds_tracker.services import SYSTEM, recommendations
from ds_tracker.status import ActionStatus
from conftest import make_forum, make_meeting
from conftest import log_in  # the browser and server fixtures are in conftest.py


def _rwg_recommendation():
    rwg = make_forum("Returns Working Group", "RWG", ForumKind.RWG)
    meeting = make_meeting(rwg, title="RWG monthly", day=date(2024, 2, 27))
    rec = recommendations.create_recommendation(SYSTEM, meeting, text="Inform families before any camp closure")
    db.session.commit()
    return rec


def _secretariat_enters_the_roadmap(page, base, world, rwg_rec):
    page.goto(f"{base}/plans")
    page.click("text=New plan")
    page.select_option("#forum", str(world.dstf.id))
    page.select_option("#kind", "roadmap")
    page.fill("#title", "DS Roadmap")
    page.click("main button[type=submit]")
    page.click("text=Add a commitment")
    page.fill("#text", "Close the camps in KRI with informed, safe, voluntary and dignified returns")
    page.fill("#text_ar", "إغلاق المخيمات مع عودة طوعية وآمنة وكريمة")
    page.fill("#timeframe", "by 31 July 2024")
    page.click("main button[type=submit]")
    page.wait_for_selector("text=Close the camps in KRI")
    page.click("text=Add a measure")
    page.fill("#text", "Organise the departures from Tazade camp")
    page.select_option("#owner", str(world.momd.id))
    page.fill("#due_on", "31 March 2024")
    page.click("main button[type=submit]")
    page.wait_for_selector("h1:has-text('Supporting recommendations')")
    for rec, forum in ((world.rec, world.jcf), (world.dstf_rec, world.dstf), (rwg_rec, rwg_rec.forum)):
        page.select_option("select[name=forum]", str(forum.id))       # the list filters as the forum changes
        page.wait_for_selector(f"#results li:has-text('{rec.reference}')")
        page.click(f"#results li:has-text('{rec.reference}') button:has-text('Link')")
        page.wait_for_selector(f"ul.records li:has-text('{rec.reference}') button:has-text('Remove')")
    page.click("text=The measure")
    page.click("summary:has-text('Add an indicator')")
    page.fill("#name", "Families departed from Tazade camp")
    page.fill("#target", "121")
    page.click("form[action$='/indicators'] button[type=submit]")
    page.wait_for_selector("h3:has-text('Families departed from Tazade camp')")


def test_roadmap_entered_by_the_secretariat_then_updated_by_momd_on_a_phone(browser, server, world):  # noqa: F811
    rwg_rec = _rwg_recommendation()
    desk = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(desk, server, "dstf@test.org")
    _secretariat_enters_the_roadmap(desk, server, world, rwg_rec)
    desk.close()
    db.session.expire_all()
    measure = db.session.scalar(sa.select(Action).where(Action.commitment_id.is_not(None)))
    assert {r.id for r in measure.supported_by} == {world.rec.id, world.dstf_rec.id, rwg_rec.id}

    context = browser.new_context(viewport={"width": 360, "height": 740})
    phone = context.new_page()
    log_in(phone, server, "momd@test.org")
    assert phone.url.endswith("/owe")
    row = f"#a{measure.id}"
    phone.fill(f"{row} input[name=n]", "Buses booked for the first 48 families")
    phone.click(f"{row} button[value=in_progress]")
    phone.wait_for_selector(f"{row} small:has-text('in progress')")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.click(f"{row} a:has-text('measure: figures')")
    phone.wait_for_selector("#indicators")
    phone.click("summary:has-text('Record a value')")
    phone.fill("#value", "121")
    phone.fill("#measured_on", "19 March 2024")
    phone.fill("#source", "MoMD camp closure report")
    phone.click("form[action$='/values'] button[type=submit]")
    phone.wait_for_selector("svg.chart circle")
    assert "121 / 121" in phone.inner_text("#indicators")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()
    db.session.expire_all()
    assert measure.status is ActionStatus.IN_PROGRESS
    assert [(int(v.value), v.measured_on) for v in db.session.scalars(sa.select(IndicatorValue))] == \
        [(121, date(2024, 3, 19))]
