"""The calendar of the coming weeks: scheduled meetings and the forums' usual dates, with who may come, on a
page, on the dashboard and in a calendar feed; scoped like the meetings."""
from datetime import date, timedelta
from types import SimpleNamespace

from ds_tracker.extensions import db
from ds_tracker.models import ForumKind
from ds_tracker.services import SYSTEM, meetings, reference
from ds_tracker.status import baghdad_today
from ds_tracker.upcoming import membership_of, merge, usual_dates


def test_usual_dates_follow_the_forums_rule():
    assert usual_dates("FREQ=MONTHLY;BYDAY=-1TU", date(2024, 4, 1), date(2024, 5, 31)) == \
        [date(2024, 4, 30), date(2024, 5, 28)]                       # RWG: every last Tuesday
    assert usual_dates("FREQ=MONTHLY;BYDAY=2WE", date(2024, 4, 1), date(2024, 4, 30)) == [date(2024, 4, 10)]
    assert usual_dates(None, date(2024, 4, 1), date(2024, 4, 30)) == []


def test_a_scheduled_meeting_replaces_the_usual_date_near_it():
    forum = SimpleNamespace(id=1, name="RWG", kind=ForumKind.RWG, confidential=False,
                            recurrence="FREQ=MONTHLY;BYDAY=-1TU")
    sitting = SimpleNamespace(date=date(2024, 4, 28), meeting=SimpleNamespace(forum=forum, id=9), city="Baghdad",
                              start_time=None)
    items = merge([forum], [sitting], date(2024, 4, 1), date(2024, 5, 31))
    assert [(i.day, i.scheduled) for i in items] == [(date(2024, 4, 28), True), (date(2024, 5, 28), False)]


def test_membership_by_kind_of_forum():
    def forum(kind, confidential=False):
        return SimpleNamespace(kind=kind, confidential=confidential)
    assert membership_of(forum(ForumKind.RWG)) == "open"
    assert membership_of(forum(ForumKind.JCF)) == "open"
    assert membership_of(forum(ForumKind.DSTWG)) == "members"
    assert membership_of(forum(ForumKind.DSTF, confidential=True)) == "members"


def _coming(world):
    soon = baghdad_today() + timedelta(days=5)
    meetings.create_meeting(SYSTEM, world.jcf, title="JCF Ninewa June meeting", sittings=[{"date": soon, "city": "Mosul"}])
    meetings.create_meeting(SYSTEM, world.dstf, title="DSTF closed session (next)", sittings=[{"date": soon}])
    rwg = reference.create(SYSTEM, type(world.jcf), name="Returns Working Group", code="RWG", kind=ForumKind.RWG,
                           recurrence="FREQ=WEEKLY;BYDAY=TU")
    db.session.commit()
    return soon, rwg


def test_the_page_shows_scheduled_and_usual_dates_with_membership(client, world, login_as):
    _coming(world)
    login_as("secretariat")
    page = client.get("/upcoming").get_data(as_text=True)
    assert "JCF Ninewa June meeting" in page
    assert "Returns Working Group" in page and "usual date, not yet scheduled" in page
    assert "open" in page
    assert "DSTF closed session (next)" not in page                  # a confidential forum's meeting stays hidden
    client.post("/logout")
    login_as("dstf_member")
    page = client.get("/upcoming").get_data(as_text=True)
    assert "DSTF closed session (next)" in page and "members only" in page


def test_the_dashboard_shows_the_forums_coming_weeks(client, world, login_as):
    _coming(world)
    login_as("secretariat")
    page = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    assert "Coming weeks" in page and "JCF Ninewa June meeting" in page
    assert "Returns Working Group" not in page                      # the dashboard is the forum's own


def test_the_calendar_feed_opens_with_its_address_and_says_who_may_come(app, client, world, login_as):
    soon, _rwg = _coming(world)
    from ds_tracker.followup.coming import feed_token
    with app.test_request_context():
        token = feed_token(world.users["secretariat"])
    feed = client.get("/upcoming.ics", query_string={"token": token})   # a calendar app: no login
    assert feed.status_code == 200 and feed.mimetype == "text/calendar"
    body = feed.get_data(as_text=True).replace("\r\n ", "")   # long lines come folded
    assert "JCF Ninewa June meeting · open" in body and soon.strftime("%Y%m%d") in body
    assert "Returns Working Group (usual date\\, not yet scheduled) · open" in body   # iCalendar escapes commas
    assert "DSTF closed session" not in body
    assert client.get("/upcoming.ics", query_string={"token": token + "x"}).status_code == 403
