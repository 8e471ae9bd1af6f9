"""What a load balancer and an operator rely on: /healthz, request ids in answers and logs, and the "try again"
page (503, no traceback) when the database does not answer."""
import logging

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.serving import RequestIdFilter


def test_healthz_says_ok_when_the_database_answers_and_its_schema_is_current(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok", "migrations": "current"}


def test_healthz_answers_503_when_migrations_are_pending(client):
    (stored,) = db.session.scalars(sa.text("SELECT version_num FROM alembic_version")).all()
    db.session.execute(sa.text("UPDATE alembic_version SET version_num = 'older'"))
    db.session.commit()
    try:
        response = client.get("/healthz")
        assert response.status_code == 503 and response.get_json()["status"] == "migrations pending"
    finally:
        db.session.execute(sa.text("UPDATE alembic_version SET version_num = :v"), {"v": stored})
        db.session.commit()


def test_healthz_tells_a_database_never_migrated_and_names_no_host_when_there_is_no_answer(app, client, monkeypatch,
                                                                                             caplog):
    db.session.execute(sa.text("ALTER TABLE alembic_version RENAME TO alembic_version_kept"))
    db.session.commit()
    try:
        never_migrated = client.get("/healthz")
    finally:
        db.session.execute(sa.text("ALTER TABLE alembic_version_kept RENAME TO alembic_version"))
        db.session.commit()
    assert never_migrated.status_code == 503 and never_migrated.get_json()["status"] == "migrations pending"
    assert never_migrated.get_json()["schema"] == []

    def refused(*args, **kwargs):
        raise sa.exc.OperationalError("SELECT", {}, Exception('connection to server at "10.0.0.7", port 5432 failed'))
    monkeypatch.setattr(db.session, "scalars", refused)
    monkeypatch.setattr(db.session, "execute", refused)
    monkeypatch.setattr(app.logger, "disabled", False)   # alembic's fileConfig (a migration test) disables it
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.WARNING, logger=app.logger.name):
        down = client.get("/healthz")
    assert down.status_code == 503 and down.get_json() == {"status": "unavailable", "database": "no answer"}
    assert "10.0.0.7" not in down.get_data(as_text=True) and "10.0.0.7" in caplog.text   # in the log only


def test_every_answer_carries_a_request_id_and_a_proxys_id_is_kept_when_sane(client):
    first, second = client.get("/login"), client.get("/login")
    assert len(first.headers["X-Request-ID"]) == 32 and first.headers["X-Request-ID"] != second.headers["X-Request-ID"]
    assert client.get("/login", headers={"X-Request-ID": "lb-7f3a.1"}).headers["X-Request-ID"] == "lb-7f3a.1"
    forged = client.get("/login", headers={"X-Request-ID": "x ERROR=forged; " + "y" * 80}).headers["X-Request-ID"]
    assert "forged" not in forged and len(forged) == 32


def test_a_page_whose_database_does_not_answer_gets_the_try_again_page_and_the_log_names_it(
        app, client, login_as, monkeypatch, caplog):
    login_as("focal_momd")
    monkeypatch.setattr(app.logger, "disabled", False)   # alembic's fileConfig (a migration test) disables it
    caplog.handler.addFilter(RequestIdFilter())

    def down(*args, **kwargs):
        raise sa.exc.OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
    monkeypatch.setattr(db.session, "execute", down)
    monkeypatch.setattr(db.session, "scalars", down)
    monkeypatch.setattr(db.session, "scalar", down)
    with caplog.at_level(logging.WARNING, logger=app.logger.name):
        response = client.get("/owe", headers={"Accept-Language": "ar", "X-Request-ID": "req-42"})
    page = response.get_data(as_text=True)
    assert response.status_code == 503 and response.headers["Retry-After"] == "10"
    assert "Traceback" not in page and "OperationalError" not in page
    assert 'dir="rtl"' in page and "حاول مرة أخرى" in page   # the reader's language, found without the user

    assert [r.request_id for r in caplog.records if "database unavailable" in r.getMessage()] == ["req-42"]
