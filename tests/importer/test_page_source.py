"""A web page's source saved as .txt is read as the page (page_source.py); text quoting a tag stays text."""
from ds_tracker.importer import parse
from ds_tracker.importer.files import read_bytes
from ds_tracker.importer.page_source import page_source


def test_a_page_saved_as_text():
    page = ("<html><head><title>Club</title></head><body>\n<p><b>Committee Meeting Minutes - 2 May 2021</b>\n"
            "<p><u>Members Present:</u>\n<br>Ana Ruiz\n<br>Li Wei\n<br>Omar Said\n<br>Sara Haddad\n"
            "<p>The meeting opened at 7 pm.\n<p><b>FIELDS:</b>\n<br>The permit was renewed.\n</body></html>\n")
    text, _warnings = read_bytes(page.encode(), "minutes.txt")
    assert "<br>" not in text and "Ana Ruiz" in text
    assert [p["name"] for p in parse(text)["participants"]] == ["Ana Ruiz", "Li Wei", "Omar Said", "Sara Haddad"]


def test_text_that_quotes_a_tag_stays_text():
    assert not page_source("Notes\nThe web team will replace the <br> tags in the old page.\nPresent: Ana Ruiz\n")
    assert page_source("<!DOCTYPE html>\n<body>" + "<p>item</p>\n" * 12 + "</body>")
    text, _w = read_bytes(b"Minutes\nWe discussed the <p> and <br> tags.\n", "notes.txt")
    assert "<br>" in text
