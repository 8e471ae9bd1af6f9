"""What a stranger using the app found (polish round 2): each fix as the user sees it, in English and Arabic."""
from ds_tracker.extensions import db
from ds_tracker.models import Attendance
from ds_tracker.services import SYSTEM, actions
from ds_tracker.status import ActionStatus

AR = {"Accept-Language": "ar"}


def _as(user, language):
    user.language = language
    db.session.commit()


def test_an_approval_without_a_known_approver_has_no_stray_comma(client, world, login_as):
    login_as("secretariat")
    html = client.get(f"/submissions/{world.submission.id}").get_data(as_text=True)
    approved = html.split("<dt>Approved</dt>")[1].split("</dd>")[0]
    assert approved.startswith("<dd>") and not approved.startswith("<dd>,")
    world.submission.approved_by = world.users["co_chair"]
    db.session.commit()
    html = client.get(f"/submissions/{world.submission.id}").get_data(as_text=True)
    assert "<dd><bdi data-record>Chris Chair</bdi>, " in html.split("<dt>Approved</dt>")[1]


def test_the_dashboard_tile_says_it_counts_the_last_meetings_recommendations(client, world, login_as):
    chair = login_as("co_chair")
    html = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    assert "<strong>1</strong> recommendations from the last meeting" in html and "agreed at" not in html
    _as(chair, "ar")
    html = client.get(f"/forums/{world.jcf.id}/dashboard").get_data(as_text=True)
    assert "<strong>1</strong> توصيات من الاجتماع الأخير" in html and "اتُّفق عليها" not in html


def test_removing_a_participant_asks_first(client, world, login_as):
    login_as("secretariat")
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert 'hx-confirm="Remove Ali Jahankeer from this meeting?"' in page
    url = f"/attendances/{world.attendance.id}/remove"
    asked = client.post(url, data={"rm-csrf_token": ""})       # without JavaScript: a confirmation step
    assert asked.status_code == 200 and "Remove <bdi>Ali Jahankeer</bdi> from this meeting?" in asked.get_data(
        as_text=True) and 'name="rm-confirm"' in asked.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Attendance, world.attendance.id).deleted_dt is None
    done = client.post(url, data={"rm-confirm": "1"})
    assert done.status_code == 302
    db.session.expire_all()
    assert db.session.get(Attendance, world.attendance.id).deleted_dt is not None


def test_removing_a_session_without_javascript_asks_first_too(client, world, login_as):
    login_as("secretariat")
    asked = client.post(f"/sessions/{world.session.id}/remove", data={}, headers=AR).get_data(as_text=True)
    assert "Statement by the Governor" in asked and 'name="rm-confirm"' in asked
    db.session.expire_all()
    assert world.session.deleted_dt is None


def test_the_status_select_offers_only_the_moves_the_rules_allow(client, world, login_as):
    focal = login_as("focal_momd")
    actions.change_status(SYSTEM, world.action, ActionStatus.DONE, version=world.action.version, note="Shared")
    db.session.commit()
    html = client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    select = html.split('name="status"')[1].split("</select>")[0]
    assert '<option selected value="in_progress">in progress</option>' in select
    assert 'value="open"' not in select and 'value="done"' not in select
    _as(focal, "ar")
    select = client.get(f"/actions/{world.action.id}").get_data(as_text=True).split('name="status"')[1]
    assert select.split("</select>")[0].count("<option") == 1


def test_every_seeded_organisation_has_an_arabic_name():
    from ds_tracker.seed_data import ORGANISATIONS
    assert [name for name, ar, *_ in ORGANISATIONS if not ar] == []


def test_the_arabic_meeting_page_names_its_host_and_city_in_arabic(client, world, login_as):
    from conftest import make_meeting
    from ds_tracker.models import Organisation
    from ds_tracker.services import reference
    tribal = reference.create(SYSTEM, Organisation, name="Tribal Affairs Directorate", name_ar="مديرية شؤون العشائر",
                              aliases=[])
    world.place.name_ar = "نينوى"
    meeting = make_meeting(world.jcf, title="JCF Ninewa, June", hosts=[tribal])
    meeting.sittings[0].city = "Ninewa"
    db.session.commit()
    _as(login_as("co_chair"), "ar")
    html = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert "<bdi data-record>مديرية شؤون العشائر</bdi>" in html and "Tribal Affairs Directorate" not in html
    assert "<bdi data-record>نينوى</bdi>" in html and ">Ninewa<" not in html


def _waiting_recommendation(world):
    from datetime import date
    from ds_tracker.status import EscalationLevel
    from ds_tracker.services import escalation, recommendations
    rec = recommendations.create_recommendation(SYSTEM, world.meeting, text="Fund the Sinjar compensation files",
                                                addressees=[world.mof])
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                       title="June letter", recommendations=[rec])
    escalation.approve_submission(SYSTEM, sub, version=sub.version)
    escalation.mark_sent(SYSTEM, sub, sent_on=date(2026, 7, 17), reference="JCF/2026/9", version=sub.version)
    db.session.commit()
    return rec


def test_waiting_dates_read_as_dates_in_both_languages(client, world, login_as):
    rec = _waiting_recommendation(world)
    chair = login_as("co_chair")
    for path in ("/waiting", f"/recommendations/{rec.id}"):
        html = client.get(path).get_data(as_text=True)
        assert "Jul 17, 2026" in html and "2026-07-17" not in html, path
    _as(chair, "ar")
    for path in ("/waiting", f"/recommendations/{rec.id}"):
        html = client.get(path).get_data(as_text=True)
        assert "17 تموز 2026" in html and "2026-07-17" not in html, path


def test_the_arabic_conflict_message_writes_its_time_in_arabic(client, world, login_as):
    import re
    from datetime import datetime, timezone
    focal = login_as("focal_momd")
    _as(focal, "ar")
    shown = world.action.version
    actions.change_status(world.users["co_chair"], world.action, ActionStatus.IN_PROGRESS, version=shown)
    db.session.flush()
    world.action.updated_dt = datetime(2026, 11, 20, 9, 15, tzinfo=timezone.utc)
    db.session.commit()
    html = client.post(f"/owe/{world.action.id}?v={shown}", data={"s": "done", "n": "Sent"}).get_data(as_text=True)
    assert "20 تشرين الثاني 2026، 12:15 بتوقيت بغداد" in html
    assert not re.search(r"\d{4}-\d\d-\d\d", html.split('class=error')[1].split("</p>")[0])


def _entries(html):
    """The history's entries as plain text, one per item."""
    import re
    trail = html.split('class="trail-entries"')[1].split("</ol>")[0]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", li)).strip() for li in trail.split("<li>")[1:]]


def test_a_meetings_history_names_each_part_and_shows_each_field_once(client, world, login_as):
    from ds_tracker.models import Operation, TrailEntry
    db.session.add(TrailEntry(record_type="Attendance", record_id=world.attendance.id, operation=Operation.CREATE,
                              changes={"person": [None, world.participant.id]}, summary=None,
                              parent_type="Meeting", parent_id=world.meeting.id))   # as the demo data wrote them
    db.session.commit()
    secretariat = login_as("secretariat")
    client.post(f"/attendances/{world.attendance.id}/remove", data={"rm-confirm": "1"})
    entries = _entries(client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True))
    removed = next(e for e in entries if "removed" in e)
    assert "removed the participant “ Ali Jahankeer ”" in removed and "no → yes" not in removed
    created = [e for e in entries if "created the participant" in e]
    assert len(created) == 2 and all("“ Ali Jahankeer ”" in e for e in created)
    assert any("person Ali Jahankeer" in e for e in created)                        # a name, not an id
    full = next(e for e in created if "Director General" in e)
    assert full.count("organisation ") == 1 and "Ministry of Migration and Displacement" in full
    assert any("created the session “ Statement by the Governor ”" in e for e in entries)
    assert any("created the breakout group “ Group One ”" in e for e in entries)
    _as(secretariat, "ar")
    world.momd.name_ar = "وزارة الهجرة والمهجرين"
    db.session.commit()
    entries = _entries(client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True))
    full = next(e for e in entries if "Director General" in e)
    assert full.count("الجهة") == 1 and "Ministry of Migration" not in full and "Ali Jahankeer" in full
