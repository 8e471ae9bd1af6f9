"""Issue 10 #20: the history reads as a person writes it, never as the database stores it."""
import re

from ds_tracker.extensions import db
from ds_tracker.services import actions
from ds_tracker.status import ActionStatus


def _history(html):
    return html[html.index('<section class="trail">'):]


def test_action_history_in_words(client, world, login_as):
    actions.change_status(world.users["focal_momd"], world.action, ActionStatus.IN_PROGRESS,
                          version=world.action.version, note="Collecting the files")
    db.session.commit()
    login_as("focal_momd")
    trail = _history(client.get(f"/actions/{world.action.id}").get_data(as_text=True))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", trail))
    assert "Mona MoMD changed the status of the action" in text
    assert "status open → in progress" in text and "in_progress" not in text
    assert "The system created the action" in text
    assert "lead organisation MoMD Ninewa Branch" in text and "due date April 30, 2025" in text
    assert "supporting organisations UNICEF" in text
    for raw in ("['", "None", "Action Action", "create Action", "due on", "2025-04-30"):
        assert raw not in text, raw


def test_recommendation_history_lists_values_in_words(client, world, login_as):
    login_as("secretariat")
    trail = _history(client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", trail))
    assert "Ninewa" in text and "['" not in text and "places Ninewa" in text


def test_history_dates_in_the_readers_language(client, world, login_as):
    world.users["focal_momd"].language = "ar"
    db.session.commit()
    login_as("focal_momd")
    trail = _history(client.get(f"/actions/{world.action.id}").get_data(as_text=True))
    assert "April 30, 2025" not in trail and "2025-04-30" not in trail.split("</time>", 1)[1]
    assert "أبريل" in trail or "نيسان" in trail        # the due date, with the Arabic month name


def test_the_short_history_on_a_row_reads_in_words(client, world, login_as):
    login_as("focal_momd")
    response = client.post(f"/owe/{world.action.id}?v={world.action.version}", headers={"HX-Request": "true"},
                           data={"s": "blocked", "n": "No access to the archive"})
    trail = response.get_data(as_text=True).split('<ol class="mini-trail">')[1]
    text = re.sub(r"<[^>]+>", "", trail)
    assert "Mona MoMD changed the status of the action: status open → blocked · “No access to the archive”" in text
    assert "<bdi>Mona MoMD</bdi>" in trail          # the name keeps its direction in either language
    assert "blocked" in trail and "_" not in re.sub(r"<[^>]+>", "", trail)


def test_times_on_pages_are_baghdad_time(client, world, login_as):
    from datetime import datetime, timezone
    from ds_tracker.models import TrailEntry
    note = actions.add_note(world.users["focal_momd"], world.action, "Called the branch")
    db.session.flush()
    note.created_dt = datetime(2026, 11, 20, 21, 30, tzinfo=timezone.utc)     # 00:30 the next day in Baghdad
    for entry in db.session.query(TrailEntry).filter_by(record_type="ActionNote"):
        entry.at_dt = note.created_dt
    db.session.commit()
    login_as("focal_momd")
    page = client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    assert "Nov 21, 2026, 12:30:00" in page and "9:30:00" not in page
    row = client.post(f"/owe/{world.action.id}", headers={"HX-Request": "true"}, data={"n": "Again"})
    assert "Nov 21, 2026, 12:30" in row.get_data(as_text=True)      # the row's short history too, Baghdad time


def test_arabic_history_sentences_fit_a_woman_as_well_as_a_man(client, world, login_as):
    """We record no gender: the Arabic sentence must not give the person a masculine verb ("أضاف زينب")."""
    user = world.users["focal_momd"]
    user.person.name, user.language = "زينب", "ar"
    actions.add_note(user, world.action, "اتصلنا بالفرع")
    actions.change_status(user, world.action, ActionStatus.IN_PROGRESS, version=world.action.version, note="")
    db.session.commit()
    login_as("focal_momd")
    trail = _history(client.get(f"/actions/{world.action.id}").get_data(as_text=True))
    sentences = [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li>(.*?)</li>", trail, re.S)]
    about_her = [s for s in sentences if "زينب" in s]
    assert len(about_her) >= 2, sentences                   # the note and the status change
    for sentence in about_her:
        # a masculine past verb of the person (أضاف، غيّر، عدّل، أنشأ، حذف) right before her name
        assert not re.search(r"(أضاف|غيّر|غير|عدّل|عدل|أنشأ|حذف)\s+زينب", sentence), sentence
    assert any("ملاحظة" in s for s in about_her)


def test_the_conflict_message_in_arabic_fits_whoever_saved_first(app):
    from types import SimpleNamespace

    from ds_tracker.services.core import StaleRecord
    from flask_babel import force_locale
    with app.test_request_context(), force_locale("ar"):
        text = str(StaleRecord(None, SimpleNamespace(name="زينب"), None))
    assert "زينب" in text and not re.search(r"عدّل\s+زينب", text)
