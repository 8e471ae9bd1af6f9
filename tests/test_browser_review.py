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
