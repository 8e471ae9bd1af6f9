"""Choosing the language: a switch on every page, stored on the account; "not chosen" follows the browser.
Dates in the reader's locale (ar_IQ month names), Latin or Arabic-Indic digits."""
from pathlib import Path

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import TrailEntry, User

from conftest import login


def test_the_login_page_has_the_switch_and_it_works_before_logging_in(client, world):
    page = client.get("/login", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'name="language" value="ar"' in page and "العربية" in page
    response = client.post("/language", data={"language": "ar", "next": "/login"},
                           headers={"Accept-Language": "en"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    page = client.get("/login", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'lang="ar" dir="rtl"' in page and "تسجيل الدخول" in page and "هل نسيت كلمة المرور؟" in page


def test_a_user_who_never_chose_follows_the_browser(client, world):
    user = world.users["co_chair"]
    assert user.language is None                                    # a new account has not chosen
    login(client, user)
    assert 'lang="ar"' in client.get("/account", headers={"Accept-Language": "ar,en;q=0.5"}).get_data(as_text=True)
    assert 'lang="en"' in client.get("/account", headers={"Accept-Language": "en-GB"}).get_data(as_text=True)


def test_the_switch_is_stored_on_the_account_with_its_trail_and_beats_the_browser(client, world):
    user = world.users["focal_momd"]
    login(client, user)
    response = client.post("/language", data={"language": "ar", "next": "https://evil.example/x"})
    assert response.headers["Location"] == "/"                      # never an open redirect
    db.session.expire_all()
    assert db.session.get(User, user.id).language == "ar"
    changes = [e.changes for e in db.session.scalars(sa.select(TrailEntry).where(
        TrailEntry.record_type == "User", TrailEntry.record_id == user.id))]
    assert {"language": [None, "ar"]} in changes
    page = client.get("/owe", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'lang="ar" dir="rtl"' in page and "المطلوب منّا" in page and 'value="en"' in page
    # back to "not chosen" from the account page
    client.post("/account", data={"prefs-language": "", "prefs-digits": "latin", "prefs-reminders": "y"})
    db.session.expire_all()
    assert db.session.get(User, user.id).language is None


def test_an_arabic_reader_sees_iraqi_month_names_and_chosen_digits(client, world):
    user = world.users["focal_momd"]
    user.language = "ar"
    db.session.commit()
    login(client, user)
    page = client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    assert "30 نيسان 2025" in page                                  # due date, ar_IQ month name, Latin digits
    client.post("/account", data={"prefs-language": "ar", "prefs-digits": "arabic"})
    page = client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    assert "٣٠ نيسان ٢٠٢٥" in page
    assert "JCF-NIN-2025-03-R01" in page                            # references keep their digits


def test_pure_modules_messages_render_in_the_readers_language(app):
    from flask_babel import force_locale

    from ds_tracker.dates import DateParseError, parse_date
    from ds_tracker.status import ActionStatus, TransitionError, check_action_transition
    try:
        parse_date("31/02/2025")
    except DateParseError as e:
        error = e
    with app.test_request_context():
        assert "not a real date" in str(error)
        with force_locale("ar"):
            assert "ليس تاريخاً حقيقياً" in str(error) and "31/02/2025" in str(error)
            try:
                check_action_transition(ActionStatus.DONE, ActionStatus.DONE)
            except TransitionError as e:
                assert str(e) == "حالة الإجراء «منجز» أصلاً."
    for module in ("status", "dates", "message"):                  # the pure modules never import Flask
        source = (Path(__file__).resolve().parents[1] / f"ds_tracker/{module}.py").read_text()
        assert "import flask" not in source and "from flask" not in source


def test_an_arabic_reader_sees_arabic_names_and_the_arabic_text_first(client, world):
    world.jcf.name_ar = "منتدى التنسيق المشترك - نينوى"
    world.branch.name_ar = "فرع وزارة الهجرة والمهجرين في نينوى"
    world.rec.text_ar = "استئناف موافقات العودة إلى سنجار"
    user = world.users["co_chair"]
    user.language = "ar"
    db.session.commit()
    login(client, user)
    page = client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    assert "منتدى التنسيق المشترك - نينوى" in page and "فرع وزارة الهجرة والمهجرين في نينوى" in page
    assert page.index("استئناف موافقات العودة") < page.index("Resume return approvals for Sinjar")
    client.post("/language", data={"language": "en", "next": "/"})
    page = client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    assert "JCF Ninewa" in page and page.index("Resume return approvals") < page.index("استئناف موافقات العودة")


def test_exports_for_an_arabic_reader_have_arabic_headers_and_read_right_to_left(client, world):
    import io

    from openpyxl import load_workbook
    user = world.users["secretariat"]
    user.language = "ar"
    db.session.commit()
    login(client, user)
    csv_text = client.get("/actions/export.csv").get_data(as_text=True)
    assert "الإجراء" in csv_text.splitlines()[0] and "مفتوح" in csv_text
    sheet = load_workbook(io.BytesIO(client.get("/actions/export.xlsx").data)).active
    assert sheet.sheet_view.rightToLeft and "الإجراء" in [c.value for c in sheet[1]]


def test_an_arabic_reader_sees_organisations_and_themes_by_their_arabic_names_everywhere(client, world):
    """The action's supporting organisations, a meeting's participants, a person's meetings and a breakout
    group's theme were named in English on Arabic pages, while other pages used the Arabic names."""
    from ds_tracker.models import Theme
    from ds_tracker.services import SYSTEM, reference
    world.momd.name_ar = "وزارة الهجرة والمهجرين"
    world.unicef.name_ar = "منظمة الأمم المتحدة للطفولة"
    world.group.theme = reference.create(SYSTEM, Theme, name="Compensation", name_ar="التعويضات")
    user = world.users["co_chair"]
    user.language = "ar"
    db.session.commit()
    login(client, user)

    def part(url, start, end):
        page = client.get(url).get_data(as_text=True)
        return page.split(start, 1)[1].split(end, 1)[0]

    supporting = part(f"/actions/{world.action.id}", "<dd>", "</dl>").split("<dd>")[1]
    assert "منظمة الأمم المتحدة للطفولة" in supporting and "UNICEF" not in supporting
    participants = part(f"/meetings/{world.meeting.id}", 'id="participants"', "</table>")
    assert "وزارة الهجرة والمهجرين" in participants and "Ministry of Migration" not in participants
    group = part(f"/meetings/{world.meeting.id}", "<h3>", "</h3>")
    assert "التعويضات" in group and "Compensation" not in group
    attended = part(f"/people/{world.participant.id}", "<ul", "</ul>")
    assert "وزارة الهجرة والمهجرين" in attended and "Ministry of Migration" not in attended


def test_the_submissions_filter_names_the_bodies_in_the_readers_language(client, world):
    user = world.users["co_chair"]
    user.language = "ar"
    db.session.commit()
    login(client, user)
    page = client.get("/submissions").get_data(as_text=True)
    levels = page[page.index('name="level"'):page.index('name="state"')]
    assert "مجلس الوزراء" in levels and "Council of Ministers" not in levels
