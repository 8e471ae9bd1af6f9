"""Password-reset e-mails: links from BASE_URL (never the request's Host), one answer for every address
(mail server down included), and limits per address and per source kept in the database."""
import smtplib

import pytest

from ds_tracker import mail
from ds_tracker.extensions import db
from conftest import PASSWORD

ANSWER = "If an account uses this address, a link to choose a new password is on its way."


@pytest.fixture
def outbox(monkeypatch):
    sent = []
    monkeypatch.setattr(mail, "send", lambda to, subject, text, html=None: sent.append((to, text)))
    return sent


def _forgot(client, email, ip="192.0.2.10", **kwargs):
    return client.post("/password/forgot", data={"email": email}, environ_base={"REMOTE_ADDR": ip}, **kwargs)


def test_reset_link_uses_base_url_not_the_forged_host(client, world, outbox):
    response = _forgot(client, "sec@test.org", headers={"Host": "evil.example"})
    assert response.status_code == 302
    (to, text), = outbox
    assert to == "sec@test.org"
    assert "https://tracker.example.org/password/reset/" in text
    assert "evil.example" not in text


def test_reset_page_answers_the_same_for_known_unknown_and_mail_down(client, world, monkeypatch):
    def down(*args, **kwargs):
        raise smtplib.SMTPConnectError(421, "down")
    monkeypatch.setattr(mail, "send", down)
    answers = []
    for email in ("sec@test.org", "nobody@test.org"):
        response = _forgot(client, email)
        answers.append((response.status_code, response.headers.get("Location"),
                        client.get("/login").get_data(as_text=True).count(ANSWER)))
    assert answers[0] == answers[1] == (302, "/login", 1)


def test_without_base_url_no_reset_mail_goes_out_and_the_answer_is_the_same(app, client, world, outbox,
                                                                              monkeypatch):
    monkeypatch.setitem(app.config, "BASE_URL", None)
    response = _forgot(client, "sec@test.org", headers={"Host": "evil.example"})
    assert response.status_code == 302 and outbox == []


def test_reset_mails_are_limited_per_address(app, client, world, outbox):
    limit = app.config["RESET_MAX_PER_ADDRESS"]
    for n in range(limit + 2):
        response = _forgot(client, "sec@test.org", ip=f"192.0.2.{n + 1}")   # from many sources
        assert response.status_code == 302                                # the same answer every time
    assert len(outbox) == limit


def test_reset_requests_are_limited_per_source(app, client, world, outbox):
    limit = app.config["RESET_MAX_PER_IP"]
    for n in range(limit):
        assert _forgot(client, f"person{n}@test.org").status_code == 302
    refused = _forgot(client, "sec@test.org")
    assert refused.status_code == 429 and "Too many requests" in refused.get_data(as_text=True)
    assert outbox == []
    assert _forgot(client, "sec@test.org", ip="198.51.100.7").status_code == 302   # another source is served
    assert len(outbox) == 1


def test_reset_limits_live_in_the_database(app, client, world, outbox):
    """Several app hosts share them: the count is rows, not memory of one process."""
    from ds_tracker.models import PasswordResetRequest
    _forgot(client, "sec@test.org")
    assert db.session.query(PasswordResetRequest).filter_by(email="sec@test.org").count() == 1


def test_send_reminders_refuses_to_run_without_base_url(app, runner, world, monkeypatch):
    monkeypatch.setitem(app.config, "BASE_URL", None)
    result = runner.invoke(args=["send-reminders"])
    assert result.exit_code != 0 and "BASE_URL is not set" in result.output


def test_production_has_no_base_url_default_and_demo_mode_has_the_local_one(database_url):
    from ds_tracker import create_app
    production = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": database_url})
    assert production.config["BASE_URL"] is None and not production.config["DEMO_MODE"]
    demo = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": database_url, "DEMO_MODE": True})
    assert demo.config["BASE_URL"] == "http://127.0.0.1:5000"


def test_calendar_links_use_base_url_not_the_host(client, world):
    evil = "http://evil.example"   # every request, login included, names this Host
    client.post("/login", data={"email": "sec@test.org", "password": PASSWORD}, base_url=evil)
    feed = client.get(f"/meetings/{world.meeting.id}/calendar.ics", base_url=evil)
    body = feed.get_data(as_text=True)
    assert feed.status_code == 200
    assert "https://tracker.example.org/meetings/" in body and "evil.example" not in body
    page = client.get(f"/forums/{world.jcf.id}/dashboard", base_url=evil).get_data(as_text=True)
    assert "https://tracker.example.org/forums/" in page and "evil.example" not in page


def test_with_the_mail_server_down_a_reset_is_not_lost_and_asking_again_later_sends_one_mail(app, client, world,
                                                                                             monkeypatch):
    def down(*args, **kwargs):
        raise smtplib.SMTPConnectError(421, "down")
    monkeypatch.setattr(mail, "send", down)
    for _ in range(app.config["RESET_MAX_PER_ADDRESS"] + 1):   # the person tries again and again while it is down
        assert _forgot(client, "sec@test.org").status_code == 302
    sent = []
    monkeypatch.setattr(mail, "send", lambda to, subject, text, html=None: sent.append((to, text)))
    assert _forgot(client, "sec@test.org").status_code == 302  # mail is back: not refused as "too many"
    assert [to for to, _ in sent] == ["sec@test.org"]
    link = sent[0][1].split("https://tracker.example.org", 1)[1].split()[0]
    response = client.post(link, data={"new_password": "a much longer secret 2025", "confirm": "a much longer secret 2025"})
    assert response.status_code == 302
    assert client.post(link, data={"new_password": "another long secret 2026",
                                   "confirm": "another long secret 2026"}).status_code == 302   # used once only
    assert "expired or was already used" in client.get("/login").get_data(as_text=True)
