"""What a stranger using the app found (polish round 2): each fix as the user sees it, in English and Arabic."""
from ds_tracker.extensions import db
from ds_tracker.models import Attendance
from ds_tracker.services import SYSTEM, actions, meetings
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
