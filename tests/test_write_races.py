"""The optimistic lock holds whatever a form sends, and races end in a calm 409, never a 500."""
import threading
import time

import pytest
import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, Recommendation
from ds_tracker.services import SYSTEM, ValidationFailed, actions, recommendations
from ds_tracker.status import ActionStatus


@pytest.mark.parametrize("version", [None, "", "abc", "1.5"])
def test_the_service_refuses_a_missing_or_malformed_version(world, version):
    with pytest.raises(ValidationFailed) as e:
        actions.change_status(SYSTEM, world.action, ActionStatus.IN_PROGRESS, version=version)
    assert "version" in e.value.errors
    assert world.action.status is ActionStatus.OPEN


@pytest.mark.parametrize("query", ["", "?v=abc", "?v="])
def test_owe_without_a_good_version_is_refused_with_a_message(client, world, login_as, query):
    login_as("focal_momd")
    response = client.post(f"/owe/{world.action.id}{query}", headers={"HX-Request": "true"},
                           data={"s": "in_progress", "n": ""})
    assert response.status_code == 422
    assert "reload the page" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Action, world.action.id).status is ActionStatus.OPEN


def test_a_race_past_the_version_check_answers_409_and_keeps_the_input(client, world, login_as, monkeypatch):
    """Another save lands between the version check and the UPDATE: SQLAlchemy's StaleDataError."""
    real_check = actions.check_version

    def check_then_someone_saves(record, version):
        real_check(record, version)
        with db.engine.begin() as other:
            other.execute(sa.text("UPDATE actions SET version = version + 1 WHERE id = :id"), {"id": record.id})
    monkeypatch.setattr(actions, "check_version", check_then_someone_saves)
    login_as("secretariat")
    response = client.post(f"/actions/{world.action.id}/edit", data={
        "version": world.action.version, "text": "Share the corrected list", "owner": world.branch.id,
        "due_on": "2025-05-30", "focal": ""})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "at the same moment" in page and "Share the corrected list" in page


def _create_in_thread(app, meeting_id, text, started, hold, results):
    with app.app_context():
        try:
            from ds_tracker.models import Meeting
            meeting = db.session.get(Meeting, meeting_id)
            rec = recommendations.create_recommendation(SYSTEM, meeting, text=text)
            db.session.flush()
            started.set()
            time.sleep(hold)
            db.session.commit()
            results[text] = rec.reference
        except Exception as e:  # noqa: BLE001 (the test reports it)
            started.set()
            results[text] = e
            db.session.rollback()
        finally:
            db.session.remove()


def test_two_secretariats_saving_at_once_get_different_references(app, world):
    meeting_id = world.meeting.id
    db.session.commit()
    db.session.remove()
    results, first_in = {}, threading.Event()
    first = threading.Thread(target=_create_in_thread, args=(app, meeting_id, "First", first_in, 0.6, results))
    second = threading.Thread(target=_create_in_thread,
                              args=(app, meeting_id, "Second", threading.Event(), 0, results))
    first.start()
    assert first_in.wait(10)
    second.start()
    first.join(20)
    second.join(20)
    assert all(isinstance(r, str) for r in results.values()), results
    assert results["First"] != results["Second"]
    refs = db.session.scalars(sa.select(Recommendation.reference).where(Recommendation.meeting_id == meeting_id)).all()
    assert len(refs) == len(set(refs)) == 3


@pytest.mark.parametrize("version", [None, "abc", " "])
def test_an_edit_form_with_a_bad_version_says_why(client, world, login_as, version):
    login_as("secretariat")
    data = {"text": "Share the corrected list", "owner": world.branch.id, "due_on": "2025-05-30", "focal": ""}
    if version is not None:
        data["version"] = version
    response = client.post(f"/actions/{world.action.id}/edit", data=data)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "reload the page" in page and "Share the corrected list" in page
    db.session.expire_all()
    assert db.session.get(Action, world.action.id).text == "Share the list of suspended files"
