"""The report kept as a meeting's draft minutes reads as the report was laid out (a stranger's Word report came out
as run-on paragraphs: the participants and action tables flattened, numbered items merged, every item "1.")."""
import io
import re

import sqlalchemy as sa

from docx import Document

from ds_tracker.extensions import db
from ds_tracker.importer.minutes import markdown
from ds_tracker.models import Meeting


def _word_report() -> bytes:
    doc = Document()
    doc.add_heading("Returns Working Group – Kirkuk: minutes of the October meeting", level=1)
    for line in ("Date: 14 October 2025", "Venue: Kirkuk Governorate Hall", "Chaired by: Deputy Governor"):
        doc.add_paragraph(line)
    doc.add_heading("1. Attendance", level=2)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Name", "Organisation", "Position")):
        cell.text = text
    for row in (("Mr. Karim Obaid", "Kirkuk Governorate Office", "Deputy Governor"),
                ("Ms. Sana Talib", "UNHCR | Kirkuk", "Protection Officer")):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.add_heading("2. Discussion", level=2)
    doc.add_paragraph("2.1 Returns to Hawija: 120 families returned since September.")
    doc.add_paragraph("2.2 Water: the Hawija water project waits for its budget.")
    doc.add_heading("3. Recommendations", level=2)
    for text in ("The Forum recommends that the water directorate release the budget.",
                 "The Forum recommends that UNHCR extend legal aid to Hawija.",
                 "The Forum recommends a joint visit to Hawija in November."):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("4. Action points", level=2)
    actions = doc.add_table(rows=1, cols=3)
    for cell, text in zip(actions.rows[0].cells, ("#", "Action", "Owner")):
        cell.text = text
    for cell, text in zip(actions.add_row().cells, ("1", "Share the list of returned families", "UNHCR")):
        cell.text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _save(client, world, draft_id) -> Meeting:
    saved = client.post(f"/imports/{draft_id}/save", data={"forum": world.jcf.id, "keep_minutes": "y",
                                                           "same_day_ok": "y", "skip_unowned": "y"})
    assert saved.status_code == 302, saved.get_data(as_text=True)[:3000]
    return db.session.get(Meeting, int(saved.headers["Location"].rsplit("/", 1)[1]))


def test_a_word_reports_tables_items_and_lines_show_as_such_on_the_approval_page(client, world, login_as):
    login_as("secretariat")
    made = client.post("/imports/new", content_type="multipart/form-data",
                       data={"forum": world.jcf.id, "text": "", "file": (io.BytesIO(_word_report()), "rwg.docx")})
    assert made.status_code == 302
    meeting = _save(client, world, int(made.headers["Location"].rstrip("/").rsplit("/", 1)[1]))
    client.post("/logout")
    login_as("co_chair")
    page = client.get(f"/meetings/{meeting.id}/approve").get_data(as_text=True)
    minutes = page[page.index('id="minutes-to-approve"'):]
    assert "<h3>Returns Working Group" in minutes and "<h4>2. Discussion</h4>" in minutes   # under "Minutes" (h2)
    assert minutes.count("<table>") == 2                      # the attendance and action tables stay tables
    assert "<th>Name</th>" in minutes and "<td>Ms. Sana Talib</td>" in minutes
    assert "<td>UNHCR | Kirkuk</td>" in minutes               # a pipe in a cell is the cell's, not a column
    assert "<th>#</th>" in minutes and "<h1>Action" not in minutes   # the header row is no heading
    assert "<p>Date: 14 October 2025</p>" in minutes and "<p>Venue: Kirkuk Governorate Hall</p>" in minutes
    assert "<p>2.1 Returns to Hawija" in minutes and "<p>2.2 Water" in minutes
    listed = re.search(r"<ol>(.*?)</ol>", minutes, re.S).group(1)
    assert listed.count("<li>") == 3 and "<ol>\n<li>\n<ol>" not in minutes   # one list numbered 1, 2, 3


def test_pasted_text_keeps_its_lines_and_paragraphs(client, world, login_as):
    from ds_tracker.services import imports
    login_as("secretariat")
    draft = imports.create_draft(world.users["secretariat"], text=(
        "Returns Working Group – Kirkuk\nDate: 14 October 2025\nVenue: Kirkuk Governorate Hall\n\n"
        "Discussion\n2.1 Returns to Hawija continue.\n2.2 The water project waits.\n"))
    db.session.commit()
    minutes = _save(client, world, draft.id).minutes_html
    assert "Date: 14 October 2025<br>" in minutes and "2.1 Returns to Hawija continue.<br>" in minutes
    assert minutes.count("<p>") == 2                          # the blank line parts two paragraphs
    source = db.session.scalar(sa.select(Meeting.minutes).order_by(Meeting.id.desc()))
    assert "\\\n" not in source and "\\" not in source   # what the secretariat edits has no "\" at line ends


def test_list_items_keep_their_own_numbers():
    html = __import__("ds_tracker.text", fromlist=["x"]).render_markdown(markdown(
        "## Recommendations\n- 3. Third\n- 4. Fourth\n- 2.1. Sub-point\n- 1. Again\n", lines=False))
    assert '<ol start="3">' in html and "<li>Fourth</li>" in html
    assert "2.1. Sub-point" in html and '<ol>\n<li>Again' in html   # a number out of sequence is kept as written
