"""Points 1-3 of the screens: meetings, participants, sessions and breakout groups."""
import re
from datetime import date

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Attendance, BreakoutGroup, Meeting, MeetingRole, Person, Session, Theme
from ds_tracker.services import SYSTEM, meetings, reference, recommendations
from conftest import make_meeting


def test_create_a_two_round_workshop_with_hosts(client, world, login_as):
    login_as("secretariat")
    response = client.post("/meetings/new", data={
        "forum": world.jcf.id, "title": "Workshop on local integration", "idempotency_key": "w1",
        "sittings": "28 May 2023; Baghdad; MoMD\n29/05/2023; Baghdad; MoMD\n21 June 2023; Erbil\n2023-06-22; Erbil",
        "hosts": [world.momd.id], "organisers": [world.unicef.id, world.mof.id], "summary": "Two rounds."})
    assert response.status_code == 302
    meeting = db.session.scalar(sa.select(Meeting).where(Meeting.title == "Workshop on local integration"))
    assert [s.date for s in meeting.sittings] == [date(2023, 5, 28), date(2023, 5, 29), date(2023, 6, 21),
                                                  date(2023, 6, 22)]
    assert [s.city for s in meeting.sittings] == ["Baghdad", "Baghdad", "Erbil", "Erbil"]
    assert (meeting.starts_on, meeting.ends_on) == (date(2023, 5, 28), date(2023, 6, 22))
    assert [o.acronym for o in meeting.organisations_in(MeetingRole.HOST)] == ["MoMD"]
    assert {o.acronym for o in meeting.organisations_in(MeetingRole.ORGANISER)} == {"UNICEF", "MoF"}


def test_a_forum_can_host_or_organise_a_meeting(client, world, login_as):
    login_as("secretariat")
    form = client.get("/meetings/new").get_data(as_text=True)
    assert f'value="f{world.dstf.id}"' in form and f'value="o{world.momd.id}"' in form   # both kinds offered
    response = client.post("/meetings/new", data={
        "forum": world.jcf.id, "title": "Workshop with the task force", "idempotency_key": "w3",
        "sittings": "3 June 2025; Mosul", "hosts": [f"o{world.momd.id}"], "organisers": [f"f{world.dstf.id}"]})
    assert response.status_code == 302
    meeting = db.session.scalar(sa.select(Meeting).where(Meeting.title == "Workshop with the task force"))
    assert [p.label for p in meeting.parties_in(MeetingRole.ORGANISER)] == [world.dstf.name]
    page = re.sub(r"</?bdi[^>]*>", "", client.get(f"/meetings/{meeting.id}").get_data(as_text=True))
    assert f"Organised with: {world.dstf.name}" in page
    edit = client.get(f"/meetings/{meeting.id}/edit").get_data(as_text=True)
    assert f'<option selected value="f{world.dstf.id}">' in edit     # kept when the meeting is edited


def test_bad_sitting_line_is_explained_and_the_rest_kept(client, world, login_as):
    login_as("secretariat")
    response = client.post("/meetings/new", data={
        "forum": world.jcf.id, "title": "Kept title", "sittings": "3 June 2025; Baghdad\nsoon; Erbil",
        "idempotency_key": "w2"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Line 2" in page and "not a date we can read" in page
    assert 'value="Kept title"' in page and "soon; Erbil" in page


def test_edit_sittings_hosts_and_minutes(client, world, login_as):
    login_as("secretariat")
    response = client.post(f"/meetings/{world.meeting.id}/edit", data={
        "title": world.meeting.title, "version": world.meeting.version, "sittings": "2025-03-13; Mosul; Governorate hall",
        "hosts": [world.branch.id], "minutes": "# Minutes\n\nAgreed."})
    assert response.status_code == 302
    db.session.expire_all()
    meeting = db.session.get(Meeting, world.meeting.id)
    assert meeting.starts_on == date(2025, 3, 13) and meeting.sittings[0].venue == "Governorate hall"
    assert [o.id for o in meeting.organisations_in(MeetingRole.HOST)] == [world.branch.id]


def test_markdown_preview_is_sanitised(client, world, login_as):
    login_as("secretariat")
    html = client.post("/markdown/preview", data={"minutes": "**bold** <script>x()</script>"}).get_data(as_text=True)
    assert "<strong>bold</strong>" in html and "<script" not in html


def test_co_chair_approves_minutes_after_reading_them(client, world, login_as):
    world.meeting.minutes = "The forum met.\n\n**Agreed**: resume return approvals for Sinjar."
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert f'href="/meetings/{world.meeting.id}/approve"' in page and f'action="/meetings/{world.meeting.id}/approve"' not in page
    confirm = client.get(f"/meetings/{world.meeting.id}/approve").get_data(as_text=True)
    assert "<strong>Agreed</strong>: resume return approvals for Sinjar." in confirm   # the minutes being approved
    assert "Yes, approve these minutes" in confirm and not db.session.get(Meeting, world.meeting.id).minutes_approved
    version = re.search(r'name="version"[^>]*value="(\d+)"', confirm)[1]
    response = client.post(f"/meetings/{world.meeting.id}/approve", data={"version": version})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Meeting, world.meeting.id).minutes_approved


def test_minutes_changed_since_the_confirmation_page_are_not_approved_unseen(client, world, login_as):
    login_as("co_chair")
    shown = world.meeting.version
    meetings.update_meeting(world.users["secretariat"], world.meeting, {"minutes": "Rewritten minutes."},
                            version=shown)
    db.session.commit()
    response = client.post(f"/meetings/{world.meeting.id}/approve", data={"version": shown})
    assert response.status_code == 409 and "Rewritten minutes." in response.get_data(as_text=True)
    db.session.expire_all()
    assert not db.session.get(Meeting, world.meeting.id).minutes_approved


def test_meetings_list_filters_and_newest_first(client, world, login_as):
    theme = reference.create(SYSTEM, Theme, name="Compensation")
    older = make_meeting(world.jcf, title="January JCF", day=date(2024, 1, 10))
    newer = make_meeting(world.jcf, title="October JCF", day=date(2025, 10, 8))
    recommendations.create_recommendation(SYSTEM, older, text="Pay compensation", themes=[theme])
    world.jcf.governorate = world.place
    db.session.commit()
    login_as("secretariat")
    page = client.get("/meetings").get_data(as_text=True)
    assert page.index("October JCF") < page.index("Monthly meeting") < page.index("January JCF")
    assert "DSTF closed session" not in page   # confidential forum
    only_2024 = client.get("/meetings?from=2024-01-01&to=31/12/2024").get_data(as_text=True)
    assert "January JCF" in only_2024 and "October JCF" not in only_2024
    themed = client.get(f"/meetings?theme={theme.id}").get_data(as_text=True)
    assert "January JCF" in themed and "October JCF" not in themed
    by_gov = client.get(f"/meetings?governorate={world.place.id}").get_data(as_text=True)
    assert "October JCF" in by_gov
    fragment = client.get(f"/meetings?forum={world.jcf.id}", headers={"HX-Request": "true"})
    assert fragment.get_data(as_text=True).lstrip().startswith('<section id="results"')
    assert newer.id


def test_participant_rows_added_with_htmx_new_and_existing_people(client, world, login_as):
    login_as("secretariat")
    url = f"/meetings/{world.meeting.id}/attendances"
    first = client.post(url, headers={"HX-Request": "true"}, data={
        "att-person": "Kareem Al-Nouri", "att-position": "Deputy Minister", "att-organisation": "momd",
        "att-heading": "Government", "att-idempotency_key": "a1"})
    fragment = first.get_data(as_text=True)
    assert first.status_code == 200 and fragment.lstrip().startswith('<section id="participants">')
    assert "Kareem Al-Nouri" in fragment
    assert 'name="att-heading"' in fragment and 'value="Government"' in fragment   # heading kept for the next row
    second = client.post(url, headers={"HX-Request": "true"}, data={
        "att-person": f"Ali Jahankeer (#{world.participant.id})", "att-position": "DG of Branches",
        "att-organisation": "Someone Unknown Org", "att-idempotency_key": "a2"})
    assert second.status_code == 200
    rows = db.session.scalars(sa.select(Attendance).where(Attendance.meeting_id == world.meeting.id,
                                                          Attendance.deleted_dt.is_(None))).all()
    kareem = next(a for a in rows if a.person.name == "Kareem Al-Nouri")
    assert kareem.organisation_id == world.momd.id            # matched by acronym, any case
    reused = [a for a in rows if a.person_id == world.participant.id]
    assert len(reused) == 2 and db.session.scalar(sa.select(sa.func.count(Person.id)).where(
        Person.name == "Ali Jahankeer")) == 1                  # no duplicate person
    unknown = next(a for a in rows if a.position == "DG of Branches")
    assert unknown.organisation_id is None and unknown.organisation_text == "Someone Unknown Org"


def test_participant_name_is_required_and_input_kept(client, world, login_as):
    login_as("secretariat")
    response = client.post(f"/meetings/{world.meeting.id}/attendances", headers={"HX-Request": "true"},
                           data={"att-person": "", "att-position": "Governor", "att-idempotency_key": "a3"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and 'value="Governor"' in html and "This field is required" in html


def test_person_suggestions_include_aliases(client, world, login_as):
    login_as("secretariat")
    html = client.get("/people/suggest?att-person=Al-Jahan").get_data(as_text=True)
    assert f"Ali Jahankeer (#{world.participant.id})" in html


def test_person_page_lists_positions_held_at_each_meeting(client, world, login_as):
    later = make_meeting(world.jcf, title="April JCF", day=date(2025, 4, 9))
    meetings.add_attendance(SYSTEM, later, person=world.participant, position="Deputy Minister")
    db.session.commit()
    login_as("co_chair")
    page = client.get(f"/people/{world.participant.id}").get_data(as_text=True)
    assert "Director General" in page and "Deputy Minister" in page and "April JCF" in page


def test_remove_participant_after_approval_needs_a_reason(client, world, login_as):
    meetings.approve_minutes(world.users["co_chair"], world.meeting, version=world.meeting.version)
    db.session.commit()
    login_as("secretariat")
    refused = client.post(f"/attendances/{world.attendance.id}/remove", headers={"HX-Request": "true"}, data={})
    assert refused.status_code == 422 and db.session.get(Attendance, world.attendance.id).deleted_dt is None
    done = client.post(f"/attendances/{world.attendance.id}/remove",
                       headers={"HX-Request": "true", "HX-Prompt": "Listed twice"}, data={})
    assert done.status_code == 200
    db.session.expire_all()
    assert db.session.get(Attendance, world.attendance.id).deleted_dt is not None


def test_sessions_and_groups_added_and_edited_in_place(client, world, login_as):
    login_as("secretariat")
    added = client.post(f"/meetings/{world.meeting.id}/sessions", headers={"HX-Request": "true"}, data={
        "session-title": "Remarks by IOM", "session-presenter_text": "Chief of Mission", "session-idempotency_key": "s1"})
    assert added.status_code == 200 and "Remarks by IOM" in added.get_data(as_text=True)
    editor = client.get(f"/sessions/{world.session.id}", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert editor.lstrip().startswith(f'<li id="session-{world.session.id}"') and "<form" in editor
    prefix = f"edit-session-{world.session.id}-"
    saved = client.post(f"/sessions/{world.session.id}", headers={"HX-Request": "true"}, data={
        prefix + "title": "Statement by the Governor of Ninewa", prefix + "presenter_text": "Governor"})
    assert saved.status_code == 200 and "Statement by the Governor of Ninewa" in saved.get_data(as_text=True)
    assert db.session.get(Session, world.session.id).title == "Statement by the Governor of Ninewa"
    gprefix = f"edit-group-{world.group.id}-"
    client.post(f"/groups/{world.group.id}", data={gprefix + "name": "Group One", gprefix + "theme": "",
                                                    gprefix + "challenges": "Slow payments\nNo documents"})
    assert db.session.get(BreakoutGroup, world.group.id).challenges == ["Slow payments", "No documents"]
    added_group = client.post(f"/meetings/{world.meeting.id}/groups", data={
        "group-name": "Group Two", "group-challenges": "Mines", "group-idempotency_key": "g1"})
    assert added_group.status_code == 302
    assert db.session.scalar(sa.select(BreakoutGroup).where(BreakoutGroup.name == "Group Two")).challenges == ["Mines"]


def test_people_suggestions_tell_namesakes_apart_and_a_near_duplicate_is_asked_about(client, world, login_as):
    from ds_tracker.models import Action, Person
    login_as("secretariat")
    # the focal-point field of an action asks the same suggestions as the participants' field
    options = client.get("/people/suggest?focal=Jahank").get_data(as_text=True)
    assert f"Ali Jahankeer (#{world.participant.id})" in options
    assert "Director General, MoMD · Monthly meeting 2025-03-12" in options
    before = db.session.scalar(sa.select(sa.func.count(Person.id)))
    asked = client.post(f"/recommendations/{world.rec.id}/actions/new", data={
        "text": "Share the list", "owner": world.momd.id, "focal": "Ali Jahankir", "idempotency_key": "n1"})
    page = asked.get_data(as_text=True)
    assert asked.status_code == 422 and "looks like someone already known" in page
    assert f"Ali Jahankeer (#{world.participant.id}" in page and 'name="new_person"' in page
    assert db.session.scalar(sa.select(sa.func.count(Person.id))) == before      # nobody created
    told = client.post(f"/recommendations/{world.rec.id}/actions/new", data={
        "text": "Share the list", "owner": world.momd.id, "focal": "Ali Jahankir", "new_person": "y",
        "idempotency_key": "n2"})
    assert told.status_code == 302
    action = db.session.scalar(sa.select(Action).where(Action.text == "Share the list"))
    assert action.focal_person.name == "Ali Jahankir" and action.focal_person.id != world.participant.id
    # participants too: the same name typed again is asked about, not silently duplicated
    again = client.post(f"/meetings/{world.meeting.id}/attendances", data={
        "att-person": "Ali Jahankeer", "att-idempotency_key": "a9"})
    assert again.status_code == 422 and "looks like someone already known" in again.get_data(as_text=True)
def test_meeting_page_shows_the_meeting_first_and_follow_up_as_a_summary(client, world, login_as):
    from datetime import timedelta
    from ds_tracker.services import actions
    from ds_tracker.status import ActionStatus, baghdad_today
    for i in range(60):
        actions.create_action(SYSTEM, text=f"Carried task {i}", owner=world.mof, meeting=world.meeting,
                              due_on=baghdad_today() + timedelta(days=i - 5))
    db.session.commit()
    nxt = make_meeting(world.jcf, title="Next JCF", day=baghdad_today() + timedelta(days=3), minutes="Next minutes")
    meetings.add_attendance(SYSTEM, nxt, person=world.participant, organisation=world.momd)
    db.session.commit()
    login_as("co_chair")
    page = re.sub(r"</?bdi[^>]*>", "", client.get(f"/meetings/{nxt.id}").get_data(as_text=True))   # names isolated
    order = [page.index(marker) for marker in ("<h1>Next JCF", 'id="participants"', 'id="recommendations"',
                                                "Follow-up of previous actions", "Next minutes")]
    assert order == sorted(order)
    assert "Carried task" not in page and "<button" not in page.split("Follow-up of previous actions")[1]
    assert "61 actions carried over from earlier meetings: 61 open; <strong>6 overdue</strong>." in page   # 5 + the world's
    listed = client.get(f"/meetings/{nxt.id}/follow-up").get_data(as_text=True)
    assert listed.count("<form method=post action=/owe/") == 61 and "Carried task 59" in listed
    actions.change_status(SYSTEM, world.action, ActionStatus.DONE, version=world.action.version, note="Done")
    db.session.commit()
    assert "60 open, 1 done; <strong>5 overdue</strong>" in client.get(f"/meetings/{nxt.id}").get_data(as_text=True)


def test_a_meeting_entered_after_the_fact_follows_up_what_was_open_then(world):
    from datetime import datetime, timedelta, timezone
    from ds_tracker.models import ActionNote, AgendaItem
    from ds_tracker.services import actions
    from ds_tracker.status import ActionStatus
    before = actions.create_action(SYSTEM, text="Open since March", owner=world.mof, meeting=world.meeting)
    closed_later = actions.create_action(SYSTEM, text="Closed in May", owner=world.mof, meeting=world.meeting)
    closed_before = actions.create_action(SYSTEM, text="Closed in March", owner=world.mof, meeting=world.meeting)
    db.session.flush()
    march = datetime(2025, 3, 20, 8, tzinfo=timezone.utc)
    for action in (before, closed_later, closed_before, world.action):
        action.created_dt = march
    actions.change_status(SYSTEM, closed_before, ActionStatus.DONE, version=closed_before.version, note="ok")
    actions.change_status(SYSTEM, closed_later, ActionStatus.DONE, version=closed_later.version, note="ok")
    db.session.flush()
    notes = {n.action_id: n for n in db.session.scalars(sa.select(ActionNote))}
    notes[closed_before.id].created_dt = march + timedelta(days=2)
    notes[closed_later.id].created_dt = datetime(2025, 5, 10, tzinfo=timezone.utc)
    after = actions.create_action(SYSTEM, text="Created in November", owner=world.mof, meeting=world.meeting)
    db.session.commit()
    april = make_meeting(world.jcf, title="April JCF, entered late", day=date(2025, 4, 9))
    db.session.commit()
    item = db.session.scalar(sa.select(AgendaItem).where(AgendaItem.meeting_id == april.id))
    assert sorted(item.action_ids) == sorted([world.action.id, before.id, closed_later.id])
    assert after.id not in item.action_ids and closed_before.id not in item.action_ids


def test_a_new_meeting_with_an_impossible_date_says_so_not_that_the_field_is_empty(client, world, login_as):
    login_as("secretariat")
    response = client.post("/meetings/new", data={"forum": world.jcf.id, "title": "Monthly meeting",
                                                  "sittings": "31/02/2025; Mosul; Governorate Office",
                                                  "idempotency_key": "d31"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "not a real date" in page and "This field is required" not in page
    assert "31/02/2025; Mosul; Governorate Office" in page
    empty = client.post("/meetings/new", data={"forum": world.jcf.id, "title": "Monthly meeting", "sittings": "",
                                               "idempotency_key": "d32"})
    assert empty.status_code == 422 and "Give at least one day" in empty.get_data(as_text=True)


def test_a_meeting_page_shows_its_arabic_title_once(client, world, login_as):
    """A meeting whose title and Arabic title are the same showed it twice, as heading and subtitle (the top of
    the page, its heading and subtitle, before the date line; the history below names the title again)."""
    same = make_meeting(world.jcf, title="اجتماع منتدى التنسيق المشترك في نينوى",
                        title_ar="اجتماع منتدى التنسيق المشترك في نينوى")
    both = make_meeting(world.jcf, title="Ninewa JCF, April", title_ar="منتدى نينوى، نيسان")
    db.session.commit()
    login_as("co_chair")
    for language in ("en", "ar"):
        client.post("/language", data={"language": language, "next": "/"})
        top = client.get(f"/meetings/{same.id}").get_data(as_text=True).split("<main", 1)[1].split('class="sittings"')[0]
        assert top.count("اجتماع منتدى التنسيق المشترك في نينوى") == 1
        top = client.get(f"/meetings/{both.id}").get_data(as_text=True).split("<main", 1)[1].split('class="sittings"')[0]
        assert top.count("منتدى نينوى، نيسان") == 1 and top.count("Ninewa JCF, April") == 1
        heading = top.split("<h1>", 1)[1].split("</h1>", 1)[0]
        assert ("منتدى نينوى، نيسان" if language == "ar" else "Ninewa JCF, April") in heading


def test_a_second_meeting_of_the_forum_on_the_same_day_is_confirmed_first(client, world, login_as):
    """world.meeting: JCF Ninewa, 12 March 2025. Typing it again by hand warns, links to it, and creates
    nothing until the secretariat confirms it is another meeting."""
    login_as("secretariat")
    count = lambda: db.session.scalar(sa.select(sa.func.count(Meeting.id)).where(Meeting.forum_id == world.jcf.id))
    before = count()
    data = {"forum": world.jcf.id, "title": "March JCF", "sittings": "12/3/2025; Mosul", "idempotency_key": "d1"}
    refused = client.post("/meetings/new", data=data)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422 and count() == before
    assert "already has a meeting on that day" in page and f'href="/meetings/{world.meeting.id}"' in page
    assert 'name="same_day_ok"' in page and 'value="March JCF"' in page
    # another forum, or another day, is not asked about
    other_day = client.post("/meetings/new", data={**data, "sittings": "13/3/2025; Mosul", "idempotency_key": "d2"})
    assert other_day.status_code == 302
    confirmed = client.post("/meetings/new", data={**data, "same_day_ok": "y"})
    assert confirmed.status_code == 302 and count() == before + 2
    # both records now say so on their pages (an imported report lands there too), with a link to the other
    twin = db.session.scalar(sa.select(Meeting).where(Meeting.title == "March JCF",
                                                      Meeting.starts_on == date(2025, 3, 12)))
    twin_page = client.get(f"/meetings/{twin.id}").get_data(as_text=True)
    assert "another meeting on the same day" in twin_page and f'href="/meetings/{world.meeting.id}"' in twin_page
    assert f'href="/meetings/{twin.id}"' in client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    client.post("/logout")
    login_as("focal_momd")                               # a reader who cannot edit is not asked to tidy up
    seen = client.get(f"/meetings/{world.meeting.id}")
    assert seen.status_code == 200 and "another meeting on the same day" not in seen.get_data(as_text=True)


def test_approving_the_minutes_agrees_the_meetings_proposed_recommendations(client, world, login_as):
    """A stranger's co-chair approved the minutes and the letters; the recommendations stayed "proposed"."""
    from ds_tracker.models import Recommendation
    from ds_tracker.status import RecommendationStatus
    proposed = recommendations.create_recommendation(SYSTEM, world.meeting, text="Open a second civil affairs desk")
    dropped = recommendations.create_recommendation(SYSTEM, world.meeting, text="Move the camp school")
    recommendations.change_status(SYSTEM, dropped, RecommendationStatus.DROPPED, version=dropped.version,
                                  reason="The school moved already")
    world.meeting.minutes = "The forum met and agreed two points."
    db.session.commit()
    login_as("co_chair")
    client.post(f"/meetings/{world.meeting.id}/approve", data={"version": world.meeting.version})
    db.session.expire_all()
    assert db.session.get(Recommendation, proposed.id).status == RecommendationStatus.AGREED
    assert db.session.get(Recommendation, dropped.id).status == RecommendationStatus.DROPPED
    client.post("/language", data={"language": "ar", "next": "/"})
    page = client.get(f"/recommendations/{proposed.id}").get_data(as_text=True)
    assert "اعتُمدت مع محضر الاجتماع المصادق عليه" in page
