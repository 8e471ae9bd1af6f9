"""Accounts: log in and out, passwords, rate limiting, cookie flags, safe redirects."""
from ds_tracker.extensions import db
from ds_tracker.models import LoginAttempt, User
from conftest import PASSWORD, login


def test_login_and_logout(client, world):
    response = login(client, "SEC@test.org")   # e-mail is case-insensitive
    assert response.status_code == 302
    assert "Sara Secretariat" in client.get("/?stay=1").get_data(as_text=True)
    client.post("/logout")
    assert "/login" in client.get("/").headers["Location"]


def test_wrong_password_is_refused_with_a_message_and_keeps_the_email(client, world):
    response = login(client, "sec@test.org", "wrong password")
    body = response.get_data(as_text=True)
    assert response.status_code == 401
    assert "Wrong e-mail or password" in body
    assert 'value="sec@test.org"' in body


def test_repeated_failures_are_rate_limited_even_with_the_right_password(app, client, world):
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        login(client, "sec@test.org", "guess")
    response = login(client, "sec@test.org", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed attempts" in response.get_data(as_text=True)
    assert "/login" in client.get("/").headers["Location"]   # still logged out
    # another account is not locked by these failures
    assert login(client, "chair@test.org").status_code == 302


def test_login_attempts_are_recorded(client, world):
    login(client, "sec@test.org", "guess")
    login(client, "sec@test.org")
    rows = db.session.query(LoginAttempt).order_by(LoginAttempt.id).all()
    assert [r.succeeded for r in rows] == [False, True]


def test_disabled_account_cannot_log_in(client, world):
    world.users["secretariat"].is_enabled = False
    db.session.commit()
    assert login(client, "sec@test.org").status_code == 401


def test_session_cookie_flags(client, world):
    response = login(client, "sec@test.org")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie   # plain HTTP in development
    client.post("/logout")
    secure = client.post("/login", data={"email": "sec@test.org", "password": PASSWORD},
                         base_url="https://tracker.example.org")
    assert "Secure" in secure.headers["Set-Cookie"]


def test_next_parameter_cannot_redirect_off_site(client, world):
    response = client.post("/login?next=https://evil.example.com/", data={"email": "sec@test.org", "password": PASSWORD})
    assert response.headers["Location"] == "/"
    client.post("/logout")
    response = client.post("/login?next=/meetings/1", data={"email": "sec@test.org", "password": PASSWORD})
    assert response.headers["Location"] == "/meetings/1"


def test_change_password(client, world):
    login(client, "sec@test.org")
    bad = client.post("/account", data={"pw-current_password": "nope", "pw-new_password": "a new long password",
                                        "pw-confirm": "a new long password"})
    assert bad.status_code == 422 and "not your current password" in bad.get_data(as_text=True)
    short = client.post("/account", data={"pw-current_password": PASSWORD, "pw-new_password": "short",
                                          "pw-confirm": "short"})
    assert "at least 10 characters" in short.get_data(as_text=True)
    ok = client.post("/account", data={"pw-current_password": PASSWORD, "pw-new_password": "a new long password",
                                       "pw-confirm": "a new long password"})
    assert ok.status_code == 302
    client.post("/logout")
    assert login(client, "sec@test.org").status_code == 401
    assert login(client, "sec@test.org", "a new long password").status_code == 302


def test_language_preference_sets_direction(client, world):
    login(client, "sec@test.org")
    assert 'dir="ltr"' in client.get("/?stay=1").get_data(as_text=True)
    client.post("/account", data={"prefs-language": "ar"})
    assert db.session.get(User, world.users["secretariat"].id).language == "ar"
    page = client.get("/?stay=1").get_data(as_text=True)
    assert 'dir="rtl"' in page and 'lang="ar"' in page


def test_posts_without_csrf_token_are_refused(database_url, world):
    from ds_tracker import create_app
    from conftest import app_config
    app = create_app(app_config(database_url, WTF_CSRF_ENABLED=True))
    client = app.test_client()
    response = client.post("/login", data={"email": "sec@test.org", "password": PASSWORD})
    assert response.status_code == 400
