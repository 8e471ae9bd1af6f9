"""Markdown in summaries and minutes is rendered, and never carries script into a page."""
from ds_tracker.extensions import db
from ds_tracker.text import render_markdown

NASTY = """# Minutes

**Agreed**: reopen the office.

<script>alert('x')</script>
<img src="x" onerror="alert(1)">
[click](javascript:alert(2))
<a href="https://example.org" onclick="steal()">report</a>
"""


def test_render_markdown_keeps_formatting_drops_script():
    html = str(render_markdown(NASTY))
    assert "<strong>Agreed</strong>" in html and "<h1>Minutes</h1>" in html
    for bad in ("<script", "onerror", 'href="javascript:', "onclick", "<img"):
        assert bad not in html   # (inside raw HTML, "javascript:" may stay as inert text)
    standalone = str(render_markdown("[click](javascript:alert(2)) and [ok](https://example.org)"))
    assert "javascript:" not in standalone and 'href="https://example.org"' in standalone
    assert 'href="https://example.org"' in html


def test_minutes_on_the_meeting_page_are_sanitised(client, world, login_as):
    world.meeting.minutes = NASTY
    world.meeting.summary = "Summary <script>alert('s')</script> with <b onmouseover=x>bold</b>"
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert "<strong>Agreed</strong>" in page
    assert "<script>alert" not in page and "onerror=" not in page and "onmouseover" not in page
    assert 'href="javascript:' not in page
