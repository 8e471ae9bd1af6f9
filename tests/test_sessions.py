"""Sessions end when they should (logout, new password, reset), the CSRF token changes at login, demo
accounts log in only in demo mode, and lockouts are per account and source."""
import pytest

from ds_tracker.extensions import db
from ds_tracker.models import User
from ds_tracker.services import accounts
from conftest import PASSWORD, login


def _copy_of_session_cookie(client):
    """What an attacker who copied the cookie holds."""
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def _with_cookie(app, value):
    other = app.test_client()
    other.set_cookie("session", value)
    return other


def test_logout_ends_a_copied_session_cookie(app, client, world):
    login(client, "sec@test.org")
    stolen = _copy_of_session_cookie(client)
    assert _with_cookie(app, stolen).get("/?stay=1").status_code == 200   # the copy works while logged in
    client.post("/logout")
    assert _with_cookie(app, stolen).get("/?stay=1").status_code == 302   # ...and no longer after logout


def test_changing_the_password_ends_other_sessions_and_keeps_this_one(app, client, world):
    login(client, "sec@test.org")
    elsewhere = app.test_client()
    login(elsewhere, "sec@test.org")
    assert elsewhere.get("/?stay=1").status_code == 200
    changed = client.post("/account", data={"pw-current_password": PASSWORD, "pw-new_password": "a brand new password",
                                            "pw-confirm": "a brand new password"})
    assert changed.status_code == 302
    assert client.get("/?stay=1").status_code == 200        # the device that changed it stays in
    assert elsewhere.get("/?stay=1").status_code == 302     # every other session is over


def test_a_password_reset_ends_existing_sessions(app, client, world):
    login(client, "sec@test.org")
    token = accounts.reset_token(world.users["secretariat"])
    other = app.test_client()
    done = other.post(f"/password/reset/{token}", data={"new_password": "a brand new password",
                                                        "confirm": "a brand new password"})
    assert done.status_code == 302
    assert client.get("/?stay=1").status_code == 302   # whoever held the old password is logged out


def test_an_admin_setting_a_password_ends_the_users_sessions(client, world):
    login(client, "sec@test.org")
    accounts.set_password(world.users["admin"], world.users["secretariat"], "a brand new password")
    db.session.commit()
    assert client.get("/?stay=1").status_code == 302


def test_a_cookie_naming_only_the_user_id_is_refused(app, client, world):
    """The old cookie form (the user id alone) must not log anyone in."""
    user = world.users["secretariat"]
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)
        session["_fresh"] = True
    assert client.get("/?stay=1").status_code == 302


def test_csrf_token_is_rotated_at_login(database_url, world):
    from ds_tracker import create_app
    from conftest import app_config
    app = create_app(app_config(database_url, WTF_CSRF_ENABLED=True))
    client = app.test_client()
    client.get("/login")
    with client.session_transaction() as session:
        before = session["csrf_token"]
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" type="hidden" value="', 1)[1].split('"', 1)[0]
    response = client.post("/login", data={"email": "sec@test.org", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    client.get("/?stay=1")
    with client.session_transaction() as session:
        assert session.get("csrf_token") and session["csrf_token"] != before
    with app.app_context():   # this app's own connections, closed before the run ends
        db.engine.dispose()


# --- demo accounts ------------------------------------------------------------------------------

@pytest.fixture
def demo_account(world):
    user = world.users["co_chair"]
    user.is_demo = True
    db.session.commit()
    return user


def test_demo_accounts_cannot_log_in_outside_demo_mode(app, client, demo_account, monkeypatch):
    refused = login(client, demo_account)
    assert refused.status_code == 401 and "Wrong e-mail or password" in refused.get_data(as_text=True)
    monkeypatch.setitem(app.config, "DEMO_MODE", True)
    assert login(client, demo_account).status_code == 302


def test_a_demo_session_ends_when_demo_mode_is_turned_off(app, client, demo_account, monkeypatch):
    monkeypatch.setitem(app.config, "DEMO_MODE", True)
    login(client, demo_account)
    assert client.get("/?stay=1").status_code == 200
    monkeypatch.setitem(app.config, "DEMO_MODE", False)
    assert client.get("/?stay=1").status_code == 302


# --- lockout ------------------------------------------------------------------------------------

def _from(client, ip, email, password):
    return client.post("/login", data={"email": email, "password": password}, environ_base={"REMOTE_ADDR": ip})


def test_a_stranger_cannot_keep_the_owner_locked_out(app, client, world):
    for _ in range(app.config["LOGIN_MAX_FAILURES"] + 3):
        _from(client, "203.0.113.9", "sec@test.org", "guess")
    assert _from(client, "203.0.113.9", "sec@test.org", PASSWORD).status_code == 429   # the guesser is stopped
    assert _from(client, "198.51.100.4", "sec@test.org", PASSWORD).status_code == 302  # the owner gets in


def test_a_source_guessing_across_many_accounts_is_stopped(app, client, world):
    for n in range(app.config["LOGIN_MAX_FAILURES"] * 4):
        _from(client, "203.0.113.9", f"someone{n}@test.org", "guess")
    assert _from(client, "203.0.113.9", "sec@test.org", PASSWORD).status_code == 429


# --- unknown and real accounts cost the same --------------------------------------------------

def test_unknown_and_real_accounts_each_check_one_password_hash(app, world, monkeypatch):
    import werkzeug.security
    from ds_tracker.models import people
    checked = []

    def counting(hash_, password):
        checked.append(hash_)
        return original(hash_, password)
    original = werkzeug.security.check_password_hash
    monkeypatch.setattr(werkzeug.security, "check_password_hash", counting)
    monkeypatch.setattr(people, "check_password_hash", counting)
    for email in ("nobody@test.org", "sec@test.org"):
        checked.clear()
        assert accounts.authenticate(email, "a wrong password", "127.0.0.1") is None
        assert len(checked) == 1, email
        assert checked[0].split("$", 1)[0] == app.config["PASSWORD_HASH_METHOD"]   # of the same kind
    disabled = world.users["norole"]
    disabled.is_enabled = False
    checked.clear()
    accounts.authenticate(disabled.email, PASSWORD, "127.0.0.1")
    assert len(checked) == 1
    assert db.session.get(User, disabled.id) is not None
