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


# --- Markdown cannot stall a worker ---------------------------------------------------------------

def test_pathological_markdown_renders_quickly():
    """20 KB of `[` took Python-Markdown over a minute (a worker tied up, /login waiting behind it)."""
    import time
    for source in ("[" * 20_000, ("[a](" * 9_000)[:36_000], "![" * 18_000):
        started = time.monotonic()
        render_markdown(source)
        assert time.monotonic() - started < 10, source[:10]


def test_minutes_are_rendered_when_saved_not_on_every_view(client, world, login_as, monkeypatch):
    from ds_tracker.models import Meeting
    from ds_tracker import text
    world.meeting.minutes = "## Decisions\n\n**Agreed**: reopen the office."
    db.session.commit()
    assert "<strong>Agreed</strong>" in db.session.get(Meeting, world.meeting.id).minutes_html
    calls = []
    real = text.render_markdown
    monkeypatch.setattr(text, "render_markdown", lambda *a, **k: calls.append(a) or real(*a, **k))
    login_as("co_chair")
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert "<h2>Decisions</h2>" in page and "<strong>Agreed</strong>" in page
    assert calls == []   # the page showed the stored HTML


def test_minutes_over_the_limit_are_refused_beside_the_field_and_kept(client, world, login_as):
    from ds_tracker.models import Meeting
    from ds_tracker.text import MAX_MARKDOWN_CHARS
    login_as("secretariat")
    long_minutes = "x" * (MAX_MARKDOWN_CHARS + 1)
    response = client.post(f"/meetings/{world.meeting.id}/edit", data={
        "title": world.meeting.title, "version": world.meeting.version, "sittings": "2025-03-12; Mosul",
        "minutes": long_minutes})
    body = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "This text is too long" in body and long_minutes in body   # the message, and the input kept
    db.session.expire_all()
    assert db.session.get(Meeting, world.meeting.id).minutes == "The forum met."


def test_the_service_refuses_minutes_over_the_limit(world):
    import pytest
    from ds_tracker.services import ValidationFailed, meetings
    from ds_tracker.text import MAX_MARKDOWN_CHARS
    with pytest.raises(ValidationFailed) as refused:
        meetings.update_meeting(world.users["secretariat"], world.meeting, {"minutes": "[" * (MAX_MARKDOWN_CHARS + 1)},
                                version=world.meeting.version)
    assert "minutes" in refused.value.errors


def test_the_preview_refuses_text_over_the_limit_with_a_message(client, world, login_as):
    from ds_tracker.text import MAX_MARKDOWN_CHARS
    login_as("secretariat")
    response = client.post("/markdown/preview", data={"minutes": "[" * (MAX_MARKDOWN_CHARS + 1)})
    assert response.status_code == 422 and "This text is too long" in response.get_data(as_text=True)
    assert "<strong>ok</strong>" in client.post("/markdown/preview", data={"minutes": "**ok**"}).get_data(as_text=True)


def test_the_migration_renders_existing_minutes(tmp_path):
    """Meetings saved before minutes_html existed get it filled by the migration (on a file of its own)."""
    import sqlalchemy as sa
    from flask_migrate import downgrade, upgrade
    from ds_tracker import create_app
    from conftest import app_config
    app = create_app(app_config(f"sqlite:///{tmp_path / 'fill.sqlite'}"))
    with app.app_context():
        upgrade(revision="a7c3e91f0b2d-1")   # the schema just before minutes were stored rendered
        with db.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO forums (id, name, code, kind, confidential, is_active, created_dt, "
                                 "updated_dt) VALUES (1, 'F', 'F', 'JCF', 0, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            conn.execute(sa.text("INSERT INTO meetings (id, forum_id, title, minutes, minutes_status, version, "
                                 "created_dt, updated_dt) VALUES (1, 1, 'M', '**Agreed**', 'draft', 1, "
                                 "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        upgrade(revision="a7c3e91f0b2d")
        with db.engine.connect() as conn:
            assert "<strong>Agreed</strong>" in conn.execute(sa.text("SELECT minutes_html FROM meetings")).scalar()
        downgrade(revision="a7c3e91f0b2d-1")
        db.engine.dispose()
