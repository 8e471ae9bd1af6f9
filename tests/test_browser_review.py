"""The coordinator's journey in a real browser: write the quarterly review from the record, edit a section,
save, download the .docx and read it back; the Arabic review printed on A4, right to left."""
import io

import docx

from ds_tracker.extensions import db
from conftest import log_in  # the browser and server fixtures are in conftest.py
from test_review import quarter_record


def test_the_coordinator_writes_edits_saves_and_downloads_the_quarterly_review(browser, server, world):  # noqa: F811
    quarter_record(world)
    page = browser.new_page(accept_downloads=True)
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/reviews/new")
    page.fill("#start", "2025-01-01")
    page.fill("#end", "2025-03-31")
    page.select_option("#forums", [str(world.jcf.id)], force=True)   # the type-ahead picker hides the select
    page.select_option("#language", "en")
    page.click("main form button[type=submit]")
    page.wait_for_selector("text=Meetings held")
    assert "Monthly meeting" in page.input_value("#sections-0-text")
    page.fill("#sections-6-text", "- The owners of two late actions were reminded on 2 April.")
    page.check("#sections-8-remove")
    page.click("main form.review-edit button[type=submit]")
    page.wait_for_selector("text=Review saved.")
    with page.expect_download() as info:
        page.click("text=Download (.docx)")
    with open(info.value.path(), "rb") as f:
        data = f.read()
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "Meetings held" in paragraphs and "Indicators that moved" not in paragraphs
    assert "The owners of two late actions were reminded on 2 April." in paragraphs
    assert any("JCF Ninewa return intentions survey" in p for p in paragraphs)
    page.close()


def test_the_arabic_review_prints_on_a4_right_to_left(browser, server, world):  # noqa: F811
    import pdfplumber

    from ds_tracker.services import reviews
    from datetime import date
    quarter_record(world)
    review = reviews.create_review(world.users["secretariat"], start=date(2025, 1, 1), end=date(2025, 3, 31),
                                   language="ar", forums=[world.jcf], base_url=server)
    db.session.commit()
    page = browser.new_page()
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/reviews/{review.id}/print")
    assert page.evaluate("getComputedStyle(document.querySelector('h2')).direction") == "rtl"
    pdf = page.pdf(prefer_css_page_size=True)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert round(doc.pages[0].width) == 595 and round(doc.pages[0].height) == 842   # A4 in points
    page.close()


def test_a_report_without_a_date_gets_its_day_and_title_on_the_review_screen_and_is_saved(browser, server, world):
    """The new user's find (import review): the title read from a paragraph and the missing date could not be
    corrected. On a phone's width, the header form (in place, htmx) takes the day and the title; the meeting saved
    has them."""
    from ds_tracker.services import imports
    from conftest import overflow
    draft = imports.create_draft(world.users["secretariat"], text=(
        "The forum discussed the returns to Sinjar and the compensation files at length.\n\n"
        "RECOMMENDATIONS\n- Resume return approvals for families from Sinjar.\n"), forum=world.jcf)
    db.session.commit()
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{draft.id}")
    assert overflow(page) <= 0
    page.click("text=Save the meeting")                       # refused: the message leads to the day's field
    page.wait_for_selector("#sitting-0-error")
    assert page.url == f"{server}/imports/{draft.id}"         # not /save: Back and reload still work
    page.click("main form .error a[href='#sitting-0-date']")
    page.fill("#sitting-0-date", "3 April 2025")
    page.fill("input[name=sitting-0-city]", "Mosul")
    page.fill("#header-title", "JCF Ninewa monthly meeting, April 2025")
    page.select_option("#header-kind", "JCF")
    page.click("text=Save the header")
    page.wait_for_selector("h1:has-text('JCF Ninewa monthly meeting, April 2025')")
    assert "2025-04-03" in page.inner_text("#header") and page.locator("#sitting-0-error").count() == 0
    assert overflow(page) <= 0
    page.click("text=Save the meeting")
    page.wait_for_url("**/meetings/*")
    assert page.inner_text("h1") == "JCF Ninewa monthly meeting, April 2025"
    assert "Mosul" in page.inner_text("main")
    from ds_tracker.models import Meeting
    meeting = db.session.get(Meeting, int(page.url.rsplit("/", 1)[1]))
    assert str(meeting.starts_on) == "2025-04-03" and meeting.title == "JCF Ninewa monthly meeting, April 2025"
    page.close()


def test_edit_on_a_row_another_tab_deleted_says_so_in_place(browser, server, world):
    """The new user's second tab: Edit did nothing (htmx dropped the 404). Now the section comes back as it is,
    saying what happened."""
    from ds_tracker.services import imports
    draft = world.draft
    row = draft.data["participants"][0]["id"]
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{draft.id}")
    imports.delete_item(world.users["secretariat"], draft, "participants", row)   # the other tab
    db.session.commit()
    page.click(f"#{row} a:has-text('Edit')")
    page.wait_for_selector("#participants .notice[role=alert]")
    assert "deleted in another window" in page.inner_text("#participants")
    assert page.locator(f"#{row}").count() == 0 and "Participants (1)" in page.inner_text("#participants")
    page.close()


def test_a_row_deleted_by_a_slip_comes_back_with_undo_on_a_phone(browser, server, world):
    """Delete had no confirmation: a slip of the thumb lost a row. It gives way to "Undo", which puts it back."""
    draft = world.draft
    row = draft.data["participants"][0]["id"]
    name = draft.data["participants"][0]["name"]
    page = browser.new_page(viewport={"width": 360, "height": 740})
    log_in(page, server, "sec@test.org")
    page.goto(f"{server}/imports/{draft.id}")
    page.click(f"#{row} button:has-text('Delete')")
    page.wait_for_selector(f"#{row}.deleted-row")
    assert "Participants (1)" in page.inner_text("#h-participants") and name in page.inner_text(f"#{row}")
    page.click(f"#{row} button:has-text('Undo')")
    page.wait_for_selector(f"#{row}:not(.deleted-row) >> text=Edit")
    assert "Participants (2)" in page.inner_text("#h-participants")
    page.reload()
    assert page.locator("#participants li.draft-item").first.get_attribute("id") == row
    page.close()
