"""The next meeting a report announces is shown on the review screen and, on save, recorded as the forum's coming
meeting, so it is on the calendar (a stranger's report gave "Next meeting: 21 December 2026"; it was lost)."""
from datetime import timedelta

import sqlalchemy as sa

from ds_tracker.status import baghdad_today
from ds_tracker.extensions import db
from ds_tracker.models import Meeting, Sitting


def _report(meeting_day, next_day, arabic=False):
    if arabic:
        return (f"محضر اجتماع منتدى التنسيق المشترك\nالتاريخ: {meeting_day:%d/%m/%Y}\n\nخامساً: موعد الاجتماع القادم\n"
                f"يُعقد الاجتماع القادم يوم {next_day:%d/%m/%Y} في ديوان المحافظة.\n")
    return (f"Returns Working Group Kirkuk – minutes\nDate: {meeting_day:%d %B %Y}\n\n## Discussion\n"
            f"Returns to Hawija continue.\n\nNext meeting: {next_day:%d %B %Y} at the Governorate Hall.\n")


def test_the_announced_next_meeting_is_shown_and_put_on_the_calendar(client, world, login_as):
    from ds_tracker.services import imports
    today = baghdad_today()
    meeting_day, next_day = today - timedelta(days=3), today + timedelta(days=12)
    login_as("secretariat")
    draft = imports.create_draft(world.users["secretariat"], text=_report(meeting_day, next_day))
    db.session.commit()
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    assert "Next meeting, as the report announces it:" in page and 'name="keep_next"' in page
    saved = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y",
                                                           "keep_next": "y"})
    assert saved.status_code == 302
    planned = db.session.scalars(sa.select(Meeting).join(Sitting).where(
        Meeting.forum_id == world.jcf.id, Sitting.date == next_day)).all()
    assert len(planned) == 1 and planned[0].minutes is None
    assert planned[0].title in client.get("/upcoming").get_data(as_text=True)


def test_an_arabic_announcement_is_read_and_a_day_already_scheduled_is_not_doubled(client, world, login_as):
    from ds_tracker.services import imports
    today = baghdad_today()
    meeting_day, next_day = today - timedelta(days=3), today + timedelta(days=20)
    login_as("secretariat")
    first = imports.create_draft(world.users["secretariat"], text=_report(meeting_day, next_day, arabic=True))
    again = imports.create_draft(world.users["secretariat"], text=_report(meeting_day, next_day, arabic=True)
                                 .replace("محضر", "محضر رقم ٢"))
    db.session.commit()
    for draft in (first, again):
        client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y", "keep_next": "y"})
    planned = db.session.scalars(sa.select(Meeting).join(Sitting).where(
        Meeting.forum_id == world.jcf.id, Sitting.date == next_day)).all()
    assert len(planned) == 1 and planned[0].title.startswith("الاجتماع القادم")
    unticked = imports.create_draft(world.users["secretariat"], text=_report(meeting_day, next_day + timedelta(7)))
    db.session.commit()
    client.post(f"/imports/{unticked.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    assert not db.session.scalar(sa.select(Sitting.id).where(Sitting.date == next_day + timedelta(7)))


def test_the_next_report_fills_the_meeting_its_predecessor_scheduled(client, world, login_as):
    """Importing the announced meeting's own report must not leave an empty scheduled meeting beside a second
    record of the same day: the review screen says the report goes into it, and the save fills it."""
    from ds_tracker.models import Recommendation
    from ds_tracker.services import imports
    today = baghdad_today()
    first_day, next_day = today - timedelta(days=30), today      # saved before it met
    login_as("secretariat")
    first = imports.create_draft(world.users["secretariat"], text=_report(first_day, next_day))
    db.session.commit()
    client.post(f"/imports/{first.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y", "keep_next": "y"})
    scheduled = db.session.scalar(sa.select(Meeting).join(Sitting).where(
        Meeting.forum_id == world.jcf.id, Sitting.date == next_day))
    second = imports.create_draft(world.users["secretariat"], text=(
        f"Returns Working Group Kirkuk – minutes\nDate: {next_day:%d %B %Y}\nVenue: Governorate Hall, Kirkuk\n\n"
        "Recommendations\n1. Open a second registration desk for returnees in Hawija.\n"), forum=world.jcf)
    db.session.commit()
    page = client.get(f"/imports/{second.id}").get_data(as_text=True)
    assert "scheduled on that day holds nothing yet: saving records this report in it." in page
    assert "is already recorded" not in page
    answer = client.post(f"/imports/{second.id}/save", data={"forum": world.jcf.id, "keep_minutes": "y"},
                         follow_redirects=True)
    assert "the report filled it" in answer.get_data(as_text=True)
    on_that_day = db.session.scalars(sa.select(Meeting).join(Sitting).where(
        Meeting.forum_id == world.jcf.id, Sitting.date == next_day, Meeting.deleted_dt.is_(None))).all()
    assert [m.id for m in on_that_day] == [scheduled.id]
    db.session.refresh(scheduled)
    assert scheduled.title == "Returns Working Group Kirkuk – minutes" and "registration desk" in scheduled.minutes
    assert db.session.scalar(sa.select(Recommendation.meeting_id).where(
        Recommendation.text.like("%second registration desk%"))) == scheduled.id


def test_the_next_meeting_keeps_where_it_sits(client, world, login_as):
    """A second stranger: "Next meeting: Tuesday 22 December, 10:00, Ninewa Governorate Building, Mosul" kept only
    the day."""
    from ds_tracker.services import imports
    today = baghdad_today()
    meeting_day, next_day = today - timedelta(days=3), today + timedelta(days=25)
    login_as("secretariat")
    draft = imports.create_draft(world.users["secretariat"], text=(
        f"Forum minutes\nDate: {meeting_day:%d %B %Y}\n\n"
        f"Next meeting: {next_day:%A %d %B %Y}, 10:00, Governorate Building, Ninewa.\n"))
    db.session.commit()
    client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y", "keep_next": "y"})
    sitting = db.session.scalar(sa.select(Sitting).where(Sitting.date == next_day))
    assert (sitting.venue, sitting.city) == ("Governorate Building", "Ninewa")


def test_a_meeting_to_come_says_so_instead_of_draft_minutes(client, world, login_as):
    """A second stranger: the scheduled next meeting's page said "Minutes: draft"."""
    from conftest import make_meeting
    later = make_meeting(world.jcf, title="Coming forum meeting", day=baghdad_today() + timedelta(days=9))
    db.session.commit()
    login_as("secretariat")
    page = client.get(f"/meetings/{later.id}").get_data(as_text=True)
    assert "The meeting is to come: its minutes are written after it." in page and "Minutes:" not in page
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert "Minutes:" in page and "is to come" not in page


def test_a_report_saved_late_announces_a_day_already_past_and_nothing_is_scheduled(client, world, login_as):
    """A stranger's Arabic report, saved in November, announced June's meeting: it was recorded as coming and then
    sat among the minutes not yet written."""
    from ds_tracker.services import imports
    today = baghdad_today()
    meeting_day, next_day = today - timedelta(days=60), today - timedelta(days=30)
    login_as("secretariat")
    draft = imports.create_draft(world.users["secretariat"], text=_report(meeting_day, next_day, arabic=True))
    db.session.commit()
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    assert "That day has passed: it is not added to the forum" in page and 'name="keep_next"' not in page
    saved = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y",
                                                           "keep_next": "y"})     # forced: still nothing planned
    assert saved.status_code == 302
    assert not db.session.scalars(sa.select(Meeting).join(Sitting).where(
        Meeting.forum_id == world.jcf.id, Sitting.date == next_day)).all()
