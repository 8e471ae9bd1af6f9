"""What the attack found beyond logins: caching of private pages, calendar feed addresses that can be
retired, the chase button's redirect, the pack's Print button under the CSP, and guessable passwords."""
import re

from ds_tracker.extensions import db
from ds_tracker.models import User
from conftest import PASSWORD, login


def test_logged_in_pages_exports_and_feeds_are_never_stored(client, world, login_as):
    login_as("secretariat")
    for path in ("/?stay=1", "/work", f"/meetings/{world.meeting.id}", "/actions/export.csv", "/actions/export.xlsx",
                 f"/forums/{world.jcf.id}/pack.xlsx", f"/meetings/{world.meeting.id}/calendar.ics"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers.get("Cache-Control") == "no-store", path


def test_fingerprinted_assets_stay_cacheable(client, world, login_as):
    login_as("secretariat")
    page = client.get("/?stay=1").get_data(as_text=True)
    asset = re.search(r'src="(/assets/js/htmx\.min\.[0-9a-f]{10}\.js)"', page)[1]
    with client.get(asset) as response:
        assert "max-age=31536000" in response.headers["Cache-Control"]


def _feed_url(client, forum_id):
    page = client.get(f"/forums/{forum_id}/dashboard").get_data(as_text=True)
    return re.search(r"<code[^>]*>https://tracker\.example\.org([^<]+)</code>", page)[1].replace("&amp;", "&")


def test_a_calendar_feed_address_can_be_retired_from_the_dashboard(app, client, world, login_as):
    login_as("co_chair")
    old = _feed_url(client, world.jcf.id)
    assert app.test_client().get(old).status_code == 200      # a calendar app, not logged in
    response = client.post(f"/forums/{world.jcf.id}/calendar/new-address")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "the old one no longer works" in page
    new = _feed_url(client, world.jcf.id)
    assert new != old
    assert app.test_client().get(old).status_code == 403      # the leaked address is dead
    assert app.test_client().get(new).status_code == 200


def test_a_disabled_account_s_feed_stops(app, client, world, login_as):
    login_as("co_chair")
    feed = _feed_url(client, world.jcf.id)
    db.session.get(User, world.users["co_chair"].id).is_enabled = False
    db.session.commit()
    assert app.test_client().get(feed).status_code == 403


def test_chase_button_never_redirects_to_the_referer(client, world, login_as):
    login_as("co_chair")
    response = client.post(f"/recommendations/{world.rec.id}/chase", data={"flag": "1", "forum": world.jcf.id},
                           headers={"Referer": "https://evil.example/phish"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/waiting?forum={world.jcf.id}"
    plain = client.post(f"/recommendations/{world.rec.id}/chase", data={"flag": "0"},
                        headers={"Referer": "https://evil.example/phish"})
    assert plain.headers["Location"] == "/waiting"


def test_pack_print_button_works_under_the_apps_own_csp(client, world, login_as):
    login_as("co_chair")
    response = client.get(f"/forums/{world.jcf.id}/pack")
    page = response.get_data(as_text=True)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "javascript:" not in page and not re.search(r"\son[a-z]+=", page)   # nothing the CSP blocks
    assert re.search(r"<button[^>]*data-print", page)
    script = re.search(r'src="(/assets/js/print\.[0-9a-f]{10}\.js)"', page)[1]
    with client.get(script) as response:
        assert "window.print()" in response.get_data(as_text=True)


# --- passwords against common passwords (ASVS V2.1.7) --------------------------------------------

def test_common_passwords_are_refused_with_a_message_beside_the_field(client, world):
    login(client, "sec@test.org")
    for weak in ("password1234", "qwertyuiop123", "sec@test.org1"):
        response = client.post("/account", data={"pw-current_password": PASSWORD, "pw-new_password": weak,
                                                 "pw-confirm": weak})
        body = response.get_data(as_text=True)
        assert response.status_code == 422, weak
        assert "too common or too easy to guess" in body, weak
    strong = "lantern orchard vivid seven"
    ok = client.post("/account", data={"pw-current_password": PASSWORD, "pw-new_password": strong,
                                       "pw-confirm": strong})
    assert ok.status_code == 302


def test_reset_and_new_accounts_refuse_common_passwords(world):
    import pytest
    from ds_tracker.services import SYSTEM, ValidationFailed, accounts
    with pytest.raises(ValidationFailed) as refused:
        accounts.reset_password(world.users["secretariat"], new="iloveyou1234", confirm="iloveyou1234")
    assert "new_password" in refused.value.errors
    with pytest.raises(ValidationFailed) as refused:
        accounts.create_user(SYSTEM, email="new@test.org", password="1234567890", name="New Person")
    assert "password" in refused.value.errors
