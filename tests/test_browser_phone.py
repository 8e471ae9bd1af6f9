"""A 360 px phone, in English and Arabic: no main page scrolls sideways; wide tables scroll in their own box."""
import pytest

from ds_tracker.extensions import db
from conftest import log_in, overflow

WIDEST = """() => [...document.querySelectorAll('main *')]
    .filter(e => e.getBoundingClientRect().right > innerWidth + 1 || e.getBoundingClientRect().left < -1)
    .filter(e => !e.parentElement.closest('.table-wrap, table'))
    .slice(0, 4).map(e => e.tagName + '.' + e.className + '#' + e.id)"""


def _long_participants(world):
    from ds_tracker.models import Person
    from ds_tracker.services import SYSTEM, meetings
    for i, (name, position) in enumerate([("عبد الرحمن عبد الكريم الجبوري", "مدير عام دائرة شؤون الفروع في وزارة الهجرة"),
                                          ("Konstantinos Papadopoulos-Abdulrahman", "Senior Humanitarian-Development Coordinator")]):
        person = Person(name=name)
        db.session.add(person)
        meetings.add_attendance(SYSTEM, world.meeting, person=person, position=position, organisation=world.unicef,
                                heading="المنظمات الدولية غير الحكومية" if i == 0 else "International NGOs")


# A co-chair may do what the secretariat does (record meetings, import reports, prepare submissions): one login
# per language walks the main pages of both.
PAGES = ["/meetings/{meeting}", "/meetings", "/actions", "/recommendations", "/recommendations/{rec}",
         "/search?q=Sinjar", "/forums/{jcf}/dashboard", "/forums/{jcf}/pack", "/waiting", "/submissions",
         "/submissions/{sub}", "/decisions/{dec}", "/meetings/{meeting}/approve", "/work", "/imports/new",
         "/imports/{draft}", "/meetings/new", "/forums/{jcf}/submissions/new?rec={rec}"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_no_main_page_scrolls_sideways_on_a_360px_phone(browser, server, world, language):
    from conftest import REPORT
    from ds_tracker.services import imports
    _long_participants(world)
    chair = world.users["co_chair"]
    chair.language = language
    draft = imports.create_draft(chair, text=REPORT + "\n" + "\n".join(
        f"{i}. Konstantinos Papadopoulos-Abdulrahman {i} – Senior Humanitarian-Development Coordinator, UNICEF"
        for i in range(3, 8)))
    db.session.commit()
    values = dict(meeting=world.meeting.id, rec=world.rec.id, jcf=world.jcf.id, sub=world.submission.id,
                  dec=world.decision.id, draft=draft.id)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, chair.email)
    too_wide = []
    for path in PAGES:
        response = page.goto(server + path.format(**values))
        assert response.status < 400, path
        assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
        if overflow(page) > 0:
            too_wide.append(f"{path}: {overflow(page)}px {page.evaluate(WIDEST)}")
    assert too_wide == []
    brand = page.locator(".brand").bounding_box()
    assert (brand["x"] + brand["width"] > 320) if language == "ar" else (brand["x"] < 40)   # the header flips
    page.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_long_web_address_in_a_note_wraps_on_a_360px_phone(browser, server, world, language):
    address = ("https://reliefweb.int/sites/default/files/resources/IOM_Iraq_Durable_Solutions_Ninewa_Returns"
               "_Follow_Up_Report_2026_final_version.pdf")   # no hyphen or space: one unbreakable word
    focal = world.users["focal_momd"]
    focal.language = language
    db.session.commit()
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, focal.email)
    page.goto(server + "/owe")   # the note added in its row: the row shows it in its history
    page.fill(f"#a{world.action.id} input[name=n]", f"Shared the list: {address}")
    page.press(f"#a{world.action.id} input[name=n]", "Enter")
    page.wait_for_selector(f"#a{world.action.id} .mini-trail")
    assert address[:40] in page.content()
    assert overflow(page) <= 0, f"/owe: {overflow(page)}px {page.evaluate(WIDEST)}"
    page.goto(server + f"/actions/{world.action.id}")
    assert address[:40] in page.content()
    assert overflow(page) <= 0, f"action: {overflow(page)}px {page.evaluate(WIDEST)}"
    page.close()
