"""Issue 6: follow-up between meetings, point by point."""
import csv
import io
import re
import socket
import threading
import time
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa
from icalendar import Calendar
from openpyxl import load_workbook

from ds_tracker.extensions import db
from ds_tracker.models import Action, AgendaItem, ReminderLog, Role
from ds_tracker.services import SYSTEM, accounts, actions, escalation, meetings, recommendations
from ds_tracker.status import ActionStatus, EscalationLevel, baghdad_today
from conftest import make_meeting


# --- 1. dashboard ------------------------------------------------------------------------------

def test_dashboard_counts_link_to_the_lists_behind_them(client, world, login_as):
    today = baghdad_today()
    late = actions.create_action(SYSTEM, text="Late one", owner=world.mof, meeting=world.meeting,
                                 due_on=today - timedelta(days=3))
    blocked = actions.create_action(SYSTEM, text="Stuck one", owner=world.mof, meeting=world.meeting)
    actions.change_status(SYSTEM, blocked, ActionStatus.BLOCKED, version=blocked.version, note="No access")
    db.session.commit()
    login_as("co_chair")
    response = client.get("/", follow_redirects=False)
    assert response.headers["Location"].endswith(f"/forums/{world.jcf.id}/dashboard")   # a co-chair lands here
    page = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    assert re.search(r"<strong>3</strong> open actions", page)
    assert re.search(r"<strong>\d+</strong> overdue", page) and re.search(r"<strong>1</strong> blocked", page)
    assert f"/actions?forum={world.jcf.id}&amp;overdue=1" in page or f"overdue=1&amp;forum={world.jcf.id}" in page
    assert "<svg" in page and "Open and closed actions" in page and "decided" in page
    # the link behind "overdue" shows those actions
    overdue_list = client.get(f"/actions?forum={world.jcf.id}&overdue=1").get_data(as_text=True)
    assert "Late one" in overdue_list and late.id


def test_month_chart_counts_what_was_open_and_closed_at_each_month_end(world):
    """The chart is counted by the database; it must agree with a plain recount of the actions' history."""
    from datetime import datetime, time as dtime, timezone
    from ds_tracker.followup.data import _open_closed_by_month
    from ds_tracker.models import ActionNote
    today = baghdad_today()
    made = []
    for i in range(14):   # one every ~25 days back, every third closed 10 days later (the newest: not yet)
        a = actions.create_action(SYSTEM, text=f"Chart task {i}", owner=world.branch, recommendation=world.rec)
        created = datetime.combine(today - timedelta(days=25 * i + 3), dtime(9), tzinfo=timezone.utc)
        a.created_dt = created
        if i % 3 == 0:
            note = actions.change_status(SYSTEM, a, ActionStatus.DONE, version=a.version, note="Done")
            note.created_dt = created + timedelta(days=10)
        made.append(a)
    db.session.commit()
    forum_actions = db.session.scalars(sa.select(Action).where(Action.forum_id == world.rec.forum_id,
                                                               Action.deleted_dt.is_(None))).all()
    closed_on = {n.action_id: n.created_dt for n in db.session.scalars(sa.select(ActionNote).where(
        ActionNote.status_to.is_not(None)))}
    months = _open_closed_by_month(world.rec.forum_id, today)
    assert len(months) == 12 and months[-1]["end"] == today
    for m in months:
        end = datetime.combine(m["end"], dtime.max).replace(tzinfo=timezone.utc)
        alive = [a for a in forum_actions if a.created_dt <= end]
        shut = [a for a in alive if a.status is ActionStatus.DONE and closed_on.get(a.id) and closed_on[a.id] <= end]
        assert (m["open"], m["closed"]) == (len(alive) - len(shut), len(shut)), m["label"]
    assert months[-1]["closed"] == 4 and months[0]["open"] + months[0]["closed"] < months[-1]["open"] + 5


def test_dashboard_proposes_the_next_date_from_the_forum_rule(client, world, login_as):
    from ds_tracker.followup.data import next_date
    assert next_date("FREQ=MONTHLY;BYDAY=-1TU", date(2025, 4, 2)) == date(2025, 4, 29)   # last Tuesday
    assert next_date("FREQ=MONTHLY;BYDAY=2WE", date(2025, 4, 10)) == date(2025, 5, 14)  # second Wednesday
    world.jcf.recurrence = "FREQ=MONTHLY;BYDAY=-1TU"
    db.session.commit()
    login_as("co_chair")
    assert "Next meeting, by the forum's usual date" in client.get(f"/forums/{world.jcf.id}/dashboard").get_data(
        as_text=True)


# --- 2. carry-over -------------------------------------------------------------------------------

def test_next_meeting_lists_the_open_actions_and_they_can_be_updated_there(client, world, login_as):
    done = actions.create_action(SYSTEM, text="Already done", owner=world.mof, meeting=world.meeting)
    actions.change_status(SYSTEM, done, ActionStatus.DONE, version=done.version, note="Finished")
    db.session.commit()
    nxt = make_meeting(world.jcf, title="Next JCF", day=baghdad_today() + timedelta(days=7))
    db.session.commit()
    item = db.session.scalar(sa.select(AgendaItem).where(AgendaItem.meeting_id == nxt.id))
    assert item.title == "Follow-up of previous actions" and item.action_ids == [world.action.id]
    login_as("secretariat")
    page = client.get(f"/meetings/{nxt.id}").get_data(as_text=True)
    assert "Follow-up of previous actions" in page and "1 action carried over from earlier meetings: 1 open" in page
    listed = client.get(f"/meetings/{nxt.id}/follow-up").get_data(as_text=True)
    assert "Share the list of suspended files" in listed and "Already done" not in listed
    response = client.post(f"/owe/{world.action.id}", headers={"HX-Request": "true"},
                           data={"s": "in_progress", "v": world.action.version})
    assert response.status_code == 200 and "in progress" in response.get_data(as_text=True)
    assert "Sara Secretariat" in response.get_data(as_text=True)   # the history, right there


# --- 3. meeting pack and follow-up matrix -------------------------------------------------------------

def test_meeting_pack_prints_open_actions_decisions_and_waiting(client, world, login_as):
    rec2 = recommendations.create_recommendation(SYSTEM, world.meeting, text="Reopen Al-Awja")
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.PM_OFFICE, title="To the PMO",
                                       recommendations=[rec2])
    escalation.approve_submission(SYSTEM, sub, version=sub.version)
    escalation.mark_sent(SYSTEM, sub, sent_on=date(2025, 4, 1), reference="PMO/55", version=sub.version)
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/forums/{world.jcf.id}/pack").get_data(as_text=True)
    assert "Share the list of suspended files" in page and "24/112" in page and "PMO/55" in page
    assert "pack" in page and "@page" not in page   # print rules live in the fingerprinted stylesheet
    css_url = re.search(r'href="(/assets/css/pack\.[0-9a-f]{10}\.css)"', page)[1]
    css = client.get(css_url)
    assert "size: A4" in css.get_data(as_text=True) and "counter(page)" in css.get_data(as_text=True)
    assert "immutable" in css.headers["Cache-Control"]
    css.close()


def test_follow_up_matrix_reads_back(client, world, login_as):
    actions.create_action(SYSTEM, text="تزويد المنتدى بقائمة العوائل", owner=world.branch, recommendation=world.rec,
                          due_on=date(2025, 5, 15))
    db.session.commit()
    login_as("co_chair")
    response = client.get(f"/forums/{world.jcf.id}/pack.xlsx")
    ws = load_workbook(io.BytesIO(response.data)).active
    header = [c.value for c in ws[1]]
    assert header == ["Recommendation", "Recommendation text", "Meeting", "Date", "Theme", "Place", "Addressee",
                      "Action", "Owner", "Focal point", "Due", "Status", "Last update (Baghdad time)", "Escalation stage",
                      "Reference"]
    row = [c.value for c in ws[2]]
    assert row[0] == "JCF-NIN-2025-03-R01" and row[7] == "Share the list of suspended files"
    assert row[10].date() == date(2025, 4, 30)          # a date, not text
    from ds_tracker.status import BAGHDAD
    db.session.refresh(world.action)
    baghdad = world.action.updated_dt.astimezone(BAGHDAD).replace(tzinfo=None)
    assert abs((row[12] - baghdad).total_seconds()) < 1   # the time people read there is Baghdad's, not UTC
    assert [c.value for c in ws[3]][7] == "تزويد المنتدى بقائمة العوائل"   # Arabic intact
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:O3"
    assert ws.column_dimensions["B"].width == 50


# --- 4. exports ---------------------------------------------------------------------------------------

def _rows_of_list(client, url):
    rows, page = [], url
    while page:
        html = re.sub(r"</?bdi[^>]*>", "", client.get(page).get_data(as_text=True))   # names are isolated
        rows += re.findall(r'class="row-title" href="/actions/\d+">([^<]+)</a>', html)
        m = re.search(r'<a class="button" href="([^"]+)"', html)
        page = m[1].replace("&amp;", "&") if m else None
    return rows


def test_exports_have_exactly_the_rows_the_filter_shows(client, world, login_as):
    for i in range(60):
        actions.create_action(SYSTEM, text=f"Exported task {i:02d}", owner=world.mof, meeting=world.meeting,
                              due_on=date(2025, 5, 1) + timedelta(days=i))
    actions.create_action(SYSTEM, text="مهمة باللغة العربية", owner=world.unicef, meeting=world.meeting,
                          due_on=date(2025, 5, 1))
    db.session.commit()
    login_as("co_chair")
    listed = [t for t in _rows_of_list(client, f"/actions?owner={world.mof.id}")]
    body = client.get(f"/actions/export.csv?owner={world.mof.id}").data
    assert body.startswith(b"\xef\xbb\xbf")                       # BOM: Excel reads the UTF-8
    exported = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert [r[0] for r in exported[1:]] == listed and len(listed) == 60
    xlsx = load_workbook(io.BytesIO(client.get(f"/actions/export.xlsx?owner={world.mof.id}").data)).active
    assert [r[0].value for r in xlsx.iter_rows(min_row=2)] == listed
    arabic = client.get(f"/actions/export.csv?owner={world.unicef.id}").data.decode("utf-8-sig")
    assert "مهمة باللغة العربية" in arabic
    recs = list(csv.reader(io.StringIO(client.get("/recommendations/export.csv").data.decode("utf-8-sig"))))
    assert [r[0] for r in recs[1:]] == [world.rec.reference]          # not the confidential DSTF one
    meetings_csv = client.get("/meetings/export.csv").data.decode("utf-8-sig")
    assert "Monthly meeting" in meetings_csv and "DSTF closed session" not in meetings_csv
    people = load_workbook(io.BytesIO(client.get(f"/meetings/{world.meeting.id}/participants.xlsx").data)).active
    assert [c.value for c in people[2]][:2] == ["Ali Jahankeer", "Director General"]


# --- 5. waiting higher up -------------------------------------------------------------------------------

def test_waiting_higher_up_grouped_oldest_first_and_flagged_for_the_pack(client, world, login_as):
    recs = []
    for i, (level, sent) in enumerate([(EscalationLevel.COUNCIL_OF_MINISTERS, date(2025, 2, 1)),
                                       (EscalationLevel.COUNCIL_OF_MINISTERS, date(2024, 11, 5)),
                                       (EscalationLevel.MINISTRY, date(2025, 1, 10))]):
        rec = recommendations.create_recommendation(SYSTEM, world.meeting, text=f"Waiting {i}")
        sub = escalation.create_submission(SYSTEM, world.jcf, level=level, title=f"Letter {i}", recommendations=[rec])
        escalation.approve_submission(SYSTEM, sub, version=sub.version)
        escalation.mark_sent(SYSTEM, sub, sent_on=sent, reference=f"REF/{i}", version=sub.version)
        recs.append(rec)
    db.session.commit()
    login_as("co_chair")
    page = client.get("/waiting").get_data(as_text=True)
    assert page.index("Council of Ministers") < page.index(recs[1].reference) < page.index(recs[0].reference)
    assert "REF/1" in page and "days waiting" in page
    client.post(f"/recommendations/{recs[0].id}/chase", data={"flag": "1"})
    pack = client.get(f"/forums/{world.jcf.id}/pack").get_data(as_text=True)
    assert f"To chase:</strong> <bdi data-record>{recs[0].reference}</bdi>" in pack
    client.post("/logout")
    login_as("secretariat")
    assert client.post(f"/recommendations/{recs[1].id}/chase", data={"flag": "1"}).status_code == 403


def test_waiting_higher_up_grouped_by_body_in_the_order_of_levels_with_counts(client, world, login_as):
    sent = [(EscalationLevel.MINISTRY, world.mof, date(2024, 6, 1)),           # the longest waiting
            (EscalationLevel.GOVERNORATE, None, date(2024, 7, 1)),
            (EscalationLevel.MINISTRY, world.momd, date(2024, 8, 1)),
            (EscalationLevel.COUNCIL_OF_MINISTERS, None, date(2025, 1, 1)),
            (EscalationLevel.COUNCIL_OF_MINISTERS, None, date(2025, 2, 1)),
            (EscalationLevel.MINISTRY, world.mof, date(2025, 3, 1))]
    for i, (level, body, day) in enumerate(sent):
        rec = recommendations.create_recommendation(SYSTEM, world.meeting, text=f"Waiting {i}")
        sub = escalation.create_submission(SYSTEM, world.jcf, level=level, addressee=body, title=f"Letter {i}",
                                           recommendations=[rec])
        escalation.approve_submission(SYSTEM, sub, version=sub.version)
        escalation.mark_sent(SYSTEM, sub, sent_on=day, reference=f"REF/{i}", version=sub.version)
    db.session.commit()
    login_as("co_chair")
    page = client.get("/waiting").get_data(as_text=True)
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == ["Council of Ministers (2)", f"{world.mof.name} (2)", f"{world.momd.name} (1)",
                        "Governorate office (1)"]
    mof = page[page.index(f"<h2>{world.mof.name} (2)"):page.index(f"<h2>{world.momd.name} (1)")]
    assert mof.index("REF/0") < mof.index("REF/5")                              # oldest first within a body


# --- 6 and 7. the focal point's page ---------------------------------------------------------------

def test_focal_point_page_overdue_first_small_and_updates_in_one_tap(client, world, login_as):
    today = baghdad_today()
    for i in range(49):
        actions.create_action(SYSTEM, text=f"Branch task number {i} with a realistic length of description",
                              owner=world.branch, recommendation=world.rec,
                              due_on=today + timedelta(days=i - 10))
    db.session.commit()
    login_as("focal_momd")
    response = client.get("/", follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "What we owe" in html and world.rec.reference in html
    # 50 actions under 32 KB (30 KB until each row named its forum: a focal point owes to several forums)
    assert len(response.data) < 32 * 1024, len(response.data)
    titles = re.findall(r'<a href=/actions/\d+ target=_top>([^<]+)</a>', html)
    assert len(titles) == 50
    dues = [datetime.strptime(d, "%b %d, %Y").date() for d in re.findall(r"due (\w{3} \d\d?, \d{4})", html)]
    assert len(dues) >= 49                                               # every dated row, read as people write
    overdue = [d for d in dues if d < today]
    assert dues[:len(overdue)] == sorted(overdue) and all(d >= today for d in dues[len(overdue):])
    one = db.session.scalar(sa.select(Action).where(Action.text.like("Branch task number 0 %")))
    refused = client.post(f"/owe/{one.id}", headers={"HX-Request": "true"}, data={"s": "done", "v": one.version})
    assert refused.status_code == 422 and "note" in refused.get_data(as_text=True).lower()
    ok = client.post(f"/owe/{one.id}", headers={"HX-Request": "true"},
                     data={"s": "done", "n": "Delivered", "v": one.version})
    assert ok.status_code == 200 and "<html" not in ok.get_data(as_text=True)
    history = client.get(f"/actions/{one.id}/history").get_data(as_text=True)
    assert "Delivered" in history and "done" in history


def test_static_assets_are_fingerprinted_and_cached(client, world, login_as):
    login_as("secretariat")
    html = client.get("/meetings").get_data(as_text=True)
    js = re.search(r'src="(/assets/js/htmx\.min\.[0-9a-f]{10}\.js)"', html)[1]
    response = client.get(js)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    response.close()
    assert client.get("/assets/js/htmx.min.js").status_code == 404


# --- 8-10. reminders and password reset, through a real SMTP server ---------------------------------

class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):   # noqa: N802 (aiosmtpd's name)
        import email
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp(app):
    from aiosmtpd.controller import Controller
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    old = app.config["MAIL_PORT"], app.config["MAIL_SERVER"]
    app.config.update(MAIL_PORT=port, MAIL_SERVER="127.0.0.1")
    yield inbox
    app.config["MAIL_PORT"], app.config["MAIL_SERVER"] = old
    controller.stop()


def _parts(message):
    text = html = None
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            text = part.get_payload(decode=True).decode()
        elif part.get_content_type() == "text/html":
            html = part.get_payload(decode=True).decode()
    return text, html


def test_reminders_one_message_per_person_once_a_day(runner, world, smtp):
    today = baghdad_today()
    world.action.due_on = today + timedelta(days=3)
    actions.create_action(SYSTEM, text="Overdue branch task", owner=world.branch, meeting=world.meeting,
                          due_on=today - timedelta(days=2))
    actions.create_action(SYSTEM, text="Far away task", owner=world.branch, meeting=world.meeting,
                          due_on=today + timedelta(days=40))
    world.participant.email = "ali@momd.example"
    world.action.focal_person = world.participant
    world.users["focal_unicef"].person.reminders_enabled = False
    db.session.commit()
    result = runner.invoke(args=["send-reminders", "--no-digests"])
    assert result.exit_code == 0, result.output
    by_to = {m["To"]: m for m in smtp.messages}
    assert set(by_to) == {"momd@test.org", "ali@momd.example"}     # UNICEF turned reminders off; MoF has none due
    text, html = _parts(by_to["momd@test.org"])
    assert "Overdue branch task" in text and "Share the list of suspended files" in text
    assert "Far away task" not in text and "/owe" in text and "<li>" in html
    assert "1 overdue, 1 due within 7 days" in by_to["momd@test.org"]["Subject"]
    runner.invoke(args=["send-reminders", "--no-digests"])
    assert len(smtp.messages) == 2                                  # idempotent within the day
    assert db.session.scalar(sa.select(sa.func.count(ReminderLog.id))) == 2


def test_weekly_digest_to_the_secretariat(runner, world, smtp):
    world.action.due_on = baghdad_today() - timedelta(days=1)
    db.session.commit()
    runner.invoke(args=["send-reminders"])
    digests = [m for m in smtp.messages if "weekly digest" in m["Subject"]]
    assert [m["To"] for m in digests] == ["sec@test.org", "dstf@test.org"] or \
        sorted(m["To"] for m in digests) == ["dstf@test.org", "sec@test.org"]
    jcf = next(m for m in digests if m["To"] == "sec@test.org")
    assert "JCF Ninewa" in jcf["Subject"] and "Share the list of suspended files" in _parts(jcf)[0]
    count = len(smtp.messages)
    runner.invoke(args=["send-reminders"])
    assert len(smtp.messages) == count


def test_password_reset_by_email(client, world, smtp):
    response = client.post("/password/forgot", data={"email": "sec@test.org"})
    assert response.status_code == 302
    unknown = client.post("/password/forgot", data={"email": "nobody@test.org"})
    assert unknown.status_code == 302 and len(smtp.messages) == 1   # same answer, no mail
    text, _html = _parts(smtp.messages[0])
    link = re.search(r"https://tracker\.example\.org/password/reset/\S+", text)[0]   # BASE_URL
    path = link.split("tracker.example.org", 1)[-1]
    short = client.post(path, data={"new_password": "short", "confirm": "short"})
    assert short.status_code == 422
    ok = client.post(path, data={"new_password": "a brand new password", "confirm": "a brand new password"})
    assert ok.status_code == 302
    again = client.get(path)
    assert again.headers["Location"].endswith("/password/forgot")   # used once
    assert client.post("/login", data={"email": "sec@test.org", "password": "a brand new password"}).status_code == 302


def test_password_reset_link_expires(app, client, world, smtp):
    from ds_tracker.services.accounts import reset_token, user_for_reset_token
    token = reset_token(world.users["secretariat"])
    assert user_for_reset_token(token) is not None
    app.config["PASSWORD_RESET_HOURS"] = -1
    try:
        assert user_for_reset_token(token) is None
    finally:
        app.config["PASSWORD_RESET_HOURS"] = 2


# --- 11. calendars -------------------------------------------------------------------------------------

def test_meeting_and_forum_calendars_parse_back(client, world, login_as):
    from datetime import time as clock
    workshop = meetings.create_meeting(SYSTEM, world.jcf, title="Two-day workshop", sittings=[
        {"date": date(2025, 5, 28), "city": "Baghdad"}, {"date": date(2025, 5, 29), "city": "Baghdad"}])
    workshop.sittings[0].start_time, workshop.sittings[0].end_time = clock(9, 30), clock(14, 0)
    db.session.commit()
    login_as("secretariat")
    cal = Calendar.from_ical(client.get(f"/meetings/{workshop.id}/calendar.ics").data)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 2
    start = events[0].decoded("dtstart")
    assert str(start.tzinfo) == "Asia/Baghdad" and start.hour == 9 and start.minute == 30
    assert events[1].decoded("dtstart") == date(2025, 5, 29)        # a day without times: all day
    assert "Baghdad" in str(events[0]["location"])
    feed = client.get(f"/forums/{world.jcf.id}/calendar.ics")
    assert len(Calendar.from_ical(feed.data).walk("VEVENT")) == 3   # the world's meeting and both sittings
    dashboard = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    token_url = re.search(r"<code[^>]*>(https://tracker\.example\.org[^<]+)</code>", dashboard)[1].replace("&amp;", "&")
    client.post("/logout")
    assert client.get(token_url.split("tracker.example.org", 1)[1]).status_code == 200   # a calendar app, not logged in
    assert client.get(f"/forums/{world.jcf.id}/calendar.ics?token=forged").status_code == 403
    assert client.get(f"/forums/{world.dstf.id}/calendar.ics?token=" + token_url.split("token=")[1]).status_code == 403


def test_meetings_are_never_duplicated_by_carry_over_for_empty_forums(world):
    meeting = make_meeting(world.dstf, title="Another DSTF")
    assert db.session.scalar(sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)) is None
    assert time and threading and Role and accounts   # modules used by other tests in this file


def test_every_dashboard_number_opens_a_list_of_exactly_the_rows_it_counts(client, world, login_as):
    """#18: a tile that says 6 opens a list of 6, not of 56."""
    import re
    from datetime import timedelta

    from ds_tracker.services import actions as action_service
    from ds_tracker.status import baghdad_today
    today = baghdad_today()
    earlier = make_meeting(world.jcf, title="An earlier meeting", day=date(2025, 1, 10))
    for i in range(3):                                   # recommendations of an earlier meeting: not "agreed last"
        recommendations.create_recommendation(SYSTEM, earlier, text=f"Older point {i}")
    for i, due in enumerate([today - timedelta(days=5), today + timedelta(days=5), None]):
        action_service.create_action(SYSTEM, text=f"Follow-up {i}", owner=world.momd, meeting=world.meeting,
                                     due_on=due)
    # the branch's action counts under the branch, and MoMD's list must not add it to MoMD's number
    action_service.create_action(SYSTEM, text="Branch follow-up", owner=world.branch, meeting=world.meeting)
    # more themes, owners and governorates than a breakdown lists (8): the rest is one "Other" row each
    from ds_tracker.models import Place, PlaceKind, Theme
    from conftest import make_org
    world.jcf.governorate_id = None            # governorates from the recommendations' places only
    themes = [Theme(name=f"Theme {i}") for i in range(10)]
    governorates = [Place(name=f"Governorate {i}", kind=PlaceKind.GOVERNORATE) for i in range(10)]
    districts = [Place(name=f"District {i}", kind=PlaceKind.DISTRICT, parent=g) for i, g in enumerate(governorates)]
    db.session.add_all(themes + governorates + districts)
    for i in range(10):
        extra = [themes[0]] if i == 9 else []          # also under a listed theme: not "Other"
        rec = recommendations.create_recommendation(SYSTEM, world.meeting, text=f"Point {i}",
                                                    themes=[themes[i], *extra], places=[districts[i]])
        owner = make_org(f"Organisation {i}", f"O{i}")
        for k in range(10 - i):                                       # 10, 9, ... 1 actions: a clear top 8
            action_service.create_action(SYSTEM, text=f"Point {i} task {k}", owner=owner, recommendation=rec)
    db.session.commit()
    login_as("co_chair")
    dash = re.sub(r"</?bdi[^>]*>", "", client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True))
    tiles = re.findall(r'<li><a href="([^"]+)"><strong>(\d+)</strong>', dash)
    assert len(tiles) >= 5
    # and the counts by theme, owner and governorate ("MoMD 3" opens MoMD's 3), and each one's "Other"
    tiles += re.findall(r'<li><a href="([^"]+)">[^<]+ <strong>(\d+)</strong></a></li>', dash)
    assert any("owner=" in href for href, _n in tiles)
    others = {re.search(r"other_(\w+)=", href)[1]: int(n) for href, n in
              re.findall(r'<li><a href="([^"]+)">Other <strong>(\d+)</strong></a></li>', dash)}
    assert set(others) == {"theme", "owner", "governorate"}
    assert others["theme"] == 2       # Theme 8's two; Point 9's action is under Theme 0 too, which is listed
    # actions under no theme (the meeting's follow-ups, the world's action) have their row too
    assert re.search(r'no_theme=1">No theme <strong>5</strong>', dash)
    for href, number in tiles:
        listing = client.get(href.replace("&amp;", "&")).get_data(as_text=True)
        shown = re.search(r"(\d+) (?:actions?|recommendations?)</p>", listing)
        assert shown and shown.group(1) == number, f"{href}: tile {number}, list {shown and shown.group(1)}"
    # the charts too: a bar that links opens exactly the rows it counts ("Decided: 2" opens 2)...
    charts = re.findall(r'<a href="([^"]+)" aria-label="[^"]*: (\d+)"', dash)
    assert len(charts) == 4
    for href, number in charts:
        listing = client.get(href.replace("&amp;", "&")).get_data(as_text=True)
        shown = re.search(r"(\d+) (?:actions?|recommendations?)</p>", listing)
        assert shown and shown.group(1) == number, f"{href}: bar {number}, list {shown and shown.group(1)}"
    # ...and the month bars, which no list can express (what was open at a past month-end), link nowhere and
    # show their numbers: this month's bar reads the open actions the tile counts
    months = dash[dash.index("Open and closed actions, last 12 months"):]
    months = months[:months.index("</svg>")]
    assert "<a " not in months and "status=all" not in months
    open_now = re.search(r"<strong>(\d+)</strong> open actions", dash).group(1)
    assert re.findall(r'class="bar-number"[^>]*>(\d+)</text>', months)[-2] == open_now


def test_a_secretariat_lands_on_its_desk(client, world, login_as):
    from ds_tracker.services import escalation as esc
    planned = esc.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, title="To approve and send",
                                    recommendations=[world.rec])
    esc.approve_submission(SYSTEM, planned, version=planned.version)
    db.session.commit()
    login_as("secretariat")
    home = client.get("/")
    assert home.status_code == 302 and home.headers["Location"].endswith("/work")
    desk = re.sub(r"</?bdi[^>]*>", "", client.get("/work").get_data(as_text=True))   # names are isolated
    assert f'href="/imports/{world.draft.id}"' in desk                        # the draft in progress
    assert world.meeting.title in desk                                        # minutes not approved
    assert "To approve and send" in desk                                      # approved, to send
    assert "Outcomes of the March JCF" not in desk.split("Decisions awaited")[0].split("to send")[-1]
    assert world.dstf_meeting.title not in desk                               # not their forum
    overdue = re.search(r"JCF Ninewa: <strong>(\d+)</strong>", desk)
    assert overdue and overdue.group(1) == "1"                                # the world's action, due 2025
    client.post("/logout")
    login_as("focal_momd")
    assert client.get("/work").status_code == 403


def test_calendar_entries_read_in_the_subscribers_language(client, world, login_as):
    """Issue 11 §7: the feed owner's language (else the calendar app's Accept-Language): Arabic forum names,
    Arabic titles where stored, the description's words translated."""
    world.jcf.name_ar = "منتدى التنسيق المشترك في نينوى"
    world.meeting.title_ar = "الاجتماع الشهري"
    world.users["secretariat"].language = "ar"
    db.session.commit()
    login_as("secretariat")
    dashboard = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    token_url = re.search(r"<code[^>]*>https://tracker\.example\.org([^<]+)</code>", dashboard)[1].replace("&amp;", "&")
    client.post("/logout")

    def feed(accept=None):
        cal = Calendar.from_ical(client.get(token_url, headers={"Accept-Language": accept} if accept else {}).data)
        return cal, cal.walk("VEVENT")[0]
    cal, event = feed()
    assert str(cal["x-wr-calname"]) == "منتدى التنسيق المشترك في نينوى" and str(event["summary"]) == "الاجتماع الشهري"
    assert "اجتماع منتدى التنسيق المشترك في نينوى" in str(event["description"])
    assert "Meeting of" not in str(event["description"])
    world.users["secretariat"].language = None          # no stored choice: the calendar app's language
    db.session.commit()
    cal, event = feed("en-GB,en;q=0.8")
    assert str(cal["x-wr-calname"]) == "JCF Ninewa" and str(event["summary"]) == "Monthly meeting"
    assert str(event["description"]).startswith("Meeting of JCF Ninewa")
    cal, event = feed("ar-IQ,ar;q=0.9")
    assert str(event["summary"]) == "الاجتماع الشهري"


def test_an_arabic_dashboard_counts_under_arabic_names(client, world, login_as):
    """Owners, themes and governorates are named as an Arabic reader knows them, where an Arabic name is stored."""
    world.momd.name_ar = "وزارة الهجرة والمهجرين"
    world.place.name_ar = "نينوى"
    world.users["co_chair"].language = "ar"
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    owners = page.split("counts")[2]
    assert "وزارة الهجرة والمهجرين" in owners and "Ministry of Migration and Displacement" not in owners


def test_a_co_chair_finds_the_submissions_waiting_for_approval_on_their_desk(client, world, login_as):
    """A stranger's find: submissions waiting for a co-chair's approval showed only on the forum's dashboard."""
    from ds_tracker.services import escalation as esc
    esc.create_submission(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, title="Letter on the permits",
                          recommendations=[world.rec])
    db.session.commit()
    login_as("co_chair")
    desk = re.sub(r"</?bdi[^>]*>", "", client.get("/work").get_data(as_text=True))
    waiting = desk.split("Submissions waiting for a co-chair's approval (1)")[1].split("</section>")[0]
    assert "Letter on the permits" in waiting and "yours to approve" in waiting
    client.post("/logout")
    login_as("secretariat")
    desk = re.sub(r"</?bdi[^>]*>", "", client.get("/work").get_data(as_text=True))
    waiting = desk.split("Submissions waiting for a co-chair's approval (1)")[1].split("</section>")[0]
    assert "Letter on the permits" in waiting and "yours to approve" not in waiting
