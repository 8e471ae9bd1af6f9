"""Issue 10 #12: a draft of thousands of rows is reviewed a page at a time, every row reachable, corrections
landing back on the page that holds the row; #C2: a name close to someone known is settled from the row."""
import re

from ds_tracker.extensions import db
from ds_tracker.models import Attendance, Person


def _big_draft(world, n=5000):
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text="PARTICIPANTS\n1. Omar Said – Officer, UNICEF\n")
    data = dict(draft.data)
    data["participants"] = [{"id": f"p{i}", "name": f"Participant {i:04d}", "position": "Officer",
                             "organisation": "UNICEF", "line": 2, "candidates": [], "person_id": None}
                            for i in range(1, n + 1)]
    data["last_ids"] = {**data["last_ids"], "participants": n}
    draft.data = data
    db.session.commit()
    return draft


def _rows(html):
    return re.findall(r'<li id="(p\d+)" class="part draft-item', html)


def test_a_draft_of_5000_participants_is_paged_and_every_row_is_reachable(client, world, login_as):
    draft = _big_draft(world)
    login_as("secretariat")
    response = client.get(f"/imports/{draft.id}")
    html = response.get_data(as_text=True)
    assert len(response.get_data()) < 300_000, f"{len(response.get_data()) // 1000} KB"
    assert "Participants (5000)" in html and "Rows 1–100 of 5000" in html and "of 50" in html
    # every row is on exactly one page: page k holds rows 100k-99..100k, the pager leads from each to the next
    url, pages = f"/imports/{draft.id}", 0
    for k in (1, 2, 3):
        html = client.get(url).get_data(as_text=True)
        assert _rows(html) == [f"p{i}" for i in range(100 * k - 99, 100 * k + 1)]
        url = re.search(r'<a href="([^"]+)" rel="next">', html)[1].replace("&amp;", "&")
    last = client.get(f"/imports/{draft.id}?participants=50").get_data(as_text=True)
    assert _rows(last) == [f"p{i}" for i in range(4901, 5001)] and 'rel="next"' not in last
    # a page asked for by number (the form works without JavaScript), out of range lands on the last
    assert _rows(client.get(f"/imports/{draft.id}?participants=37").get_data(as_text=True))[0] == "p3601"
    assert _rows(client.get(f"/imports/{draft.id}?participants=900").get_data(as_text=True))[-1] == "p5000"


def test_corrections_on_a_later_page_return_to_that_page(client, world, login_as):
    draft = _big_draft(world, 450)
    login_as("secretariat")
    edit = client.get(f"/imports/{draft.id}/participants/p321").get_data(as_text=True)   # no htmx: whole page
    assert 'name="position"' in edit and "Rows 301–400 of 450" in edit
    saved = client.post(f"/imports/{draft.id}/participants/p321", data={"position": "Head of Office"})
    assert saved.status_code == 302 and saved.headers["Location"].endswith("?participants=4#p321")
    page = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "Head of Office" in page
    deleted = client.post(f"/imports/{draft.id}/participants/p322/delete")
    assert deleted.headers["Location"].endswith("?participants=4#participants")
    moved = client.post(f"/imports/{draft.id}/participants/p440/kind", data={"to": "sessions"})
    assert "#s" in moved.headers["Location"]
    db.session.expire_all()
    corrections = [(c["op"], c["item"]) for c in db.session.get(type(draft), draft.id).data["corrections"]]
    assert ("edit", "p321") in corrections and ("delete", "p322") in corrections


def test_a_name_close_to_someone_known_is_settled_from_the_row(client, world, login_as):
    from ds_tracker.services import imports
    known = Person(name="Layla Rasheed")
    db.session.add(known)
    db.session.commit()
    draft = imports.create_draft(world.users["secretariat"],
                                 text="JCF Ninewa meeting\nDate: 12 March 2025\n\nPARTICIPANTS\n1. Layla Rashid – Protection Officer, UNICEF\n"
                                      "2. Omar Said – Officer, IOM\n")
    db.session.commit()
    row = draft.data["participants"][0]
    assert row["candidates"] and row["person_id"] is None          # proposed new, but close to Layla Rasheed
    login_as("secretariat")
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    assert f'name="person_id" value="{known.id}"' in page and 'name="person_id" value="new"' in page
    picked = client.post(f"/imports/{draft.id}/participants/{row['id']}", data={"person_id": str(known.id)})
    assert picked.status_code == 302
    forged = client.post(f"/imports/{draft.id}/participants/{row['id']}", data={"person_id": str(world.participant.id)})
    assert forged.status_code == 422          # only a person proposed for the row
    saved = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    assert saved.status_code == 302, saved.get_data(as_text=True)[-3000:]
    names = [a.person.name for a in db.session.query(Attendance).join(Person).where(Person.name.like("Layla%"))]
    assert names == ["Layla Rasheed"]


def test_a_confidential_meetings_people_are_never_proposed(client, world, login_as):
    from ds_tracker.services import SYSTEM, imports, meetings
    secret = Person(name="Hidden Karimova")
    db.session.add(secret)
    meetings.add_attendance(SYSTEM, world.dstf_meeting, person=secret, organisation=world.unicef)
    db.session.commit()
    draft = imports.create_draft(world.users["secretariat"], text="PARTICIPANTS\n1. Hidden Karimova – UNICEF\n")
    assert draft.data["participants"][0]["candidates"] == []


def test_before_saving_the_review_names_the_forums_meeting_already_on_that_day(client, world, login_as):
    """The report's day (12 March 2025) already has the JCF's meeting: the reviewer sees it, linked, before saving a
    second record of it; a report of another day shows no such note."""
    from ds_tracker.services import imports
    login_as("secretariat")
    html = client.get(f"/imports/{world.draft.id}").get_data(as_text=True)
    note = re.search(r'<div class="notice" role="note">.*?</div>', html, re.S)
    assert note and f'href="/meetings/{world.meeting.id}"' in note[0] and "Monthly meeting" in note[0]
    other = imports.create_draft(world.users["secretariat"], text="JCF Ninewa monthly meeting\nDate: 9 April 2025\n")
    db.session.commit()
    assert "already has a meeting" not in client.get(f"/imports/{other.id}").get_data(as_text=True)


def test_a_report_of_a_day_the_forum_already_met_is_saved_only_when_said_to_be_another_meeting(client, world, login_as):
    """A stranger imported one report twice and got two meetings; now the second save asks, and saves nothing
    until the box says it is another meeting."""
    from ds_tracker.models import Meeting, ReportDraft
    import sqlalchemy as sa
    login_as("secretariat")
    before = db.session.scalar(sa.select(sa.func.count(Meeting.id)))
    refused = client.post(f"/imports/{world.draft.id}/save", data={"forum": world.jcf.id})
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422 and 'name="same_day_ok"' in page and "open it instead of saving it twice" in page
    assert db.session.scalar(sa.select(sa.func.count(Meeting.id))) == before
    saved = client.post(f"/imports/{world.draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    assert saved.status_code == 302 and db.session.scalar(sa.select(sa.func.count(Meeting.id))) == before + 1
    assert db.session.get(ReportDraft, world.draft.id).meeting_id is not None
