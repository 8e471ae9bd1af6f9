"""Issue 5: paste or upload a report, review the draft, save a complete meeting."""
import io
import json
import re
from pathlib import Path

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import (Action, Attendance, DraftStatus, Forum, ForumKind, Meeting, Person, Recommendation,
                               ReportDraft, Submission, TrailEntry)
from ds_tracker.services import SYSTEM, reference
from conftest import REPORT

REPORTS = Path(__file__).resolve().parent / "reports"


def counts():
    return {m.__name__: db.session.scalar(sa.select(sa.func.count()).select_from(m))
            for m in (Meeting, Person, Attendance, Recommendation, Action)}


def test_paste_makes_a_draft_and_nothing_else(client, world, login_as):
    before = counts()
    login_as("secretariat")
    response = client.post("/imports/new", data={"text": REPORT})
    assert response.status_code == 302
    draft = db.session.scalars(sa.select(ReportDraft).order_by(ReportDraft.id.desc())).first()
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Layla Rasheed" in page and "Resume return approvals" in page
    assert "line 6:" in page   # each item beside the line it came from
    assert counts() == before   # no meeting, person or organisation before Save
    assert draft.status is DraftStatus.OPEN


def test_upload_a_word_report_with_real_tables(client, world, login_as):
    login_as("secretariat")
    data = (REPORTS / "workshop-hlp-2024-10.docx").read_bytes()
    response = client.post("/imports/new", content_type="multipart/form-data",
                           data={"text": "", "file": (io.BytesIO(data), "hlp.docx")})
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Jehat Mirkhan" in page and "Group 1" in page and "Draft guidance on community attestations" in page


def test_bad_inputs_get_a_clear_message(app, client, world, login_as):
    login_as("secretariat")
    empty = client.post("/imports/new", data={"text": "   "})
    assert empty.status_code == 422 and "Paste the report" in empty.get_data(as_text=True)
    fake = client.post("/imports/new", content_type="multipart/form-data",
                       data={"text": "", "file": (io.BytesIO(b"\x00\x01binary garbage" * 50), "report.docx")})
    assert fake.status_code == 422 and "not a Word document" in fake.get_data(as_text=True)
    app.config["IMPORT_MAX_BYTES"] = 1000
    try:
        big = client.post("/imports/new", content_type="multipart/form-data",
                          data={"text": "", "file": (io.BytesIO(b"a" * 2000), "big.txt")})
        assert big.status_code == 422 and "larger than" in big.get_data(as_text=True)
    finally:
        app.config["IMPORT_MAX_BYTES"] = 20 * 1024 * 1024
    exe = client.post("/imports/new", content_type="multipart/form-data",
                      data={"text": "", "file": (io.BytesIO(b"MZ"), "virus.exe")})
    assert exe.status_code == 422 and "Upload a .docx" in exe.get_data(as_text=True)


def test_text_without_structure_still_gives_a_draft_with_its_text(client, world, login_as):
    login_as("secretariat")
    response = client.post("/imports/new", data={"text": "we met and talked about many things for a while"})
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "we met and talked" in page and "may not be a meeting report" in page


def test_correct_the_draft_in_place(client, world, login_as):
    login_as("secretariat")
    draft = world.draft
    ids = {k: [i["id"] for i in draft.data[k]] for k in ("participants", "recommendations", "actions")}
    edited = client.post(f"/imports/{draft.id}/participants/{ids['participants'][1]}", headers={"HX-Request": "true"},
                         data={"name": "Layla Rasheed", "position": "Senior Protection Officer", "organisation": "UNICEF"})
    assert edited.status_code == 200 and "Senior Protection Officer" in edited.get_data(as_text=True)
    assert edited.get_data(as_text=True).lstrip().startswith(f'<li id="{ids["participants"][1]}"')
    deleted = client.post(f"/imports/{draft.id}/actions/{ids['actions'][0]}/delete", headers={"HX-Request": "true"})
    assert deleted.status_code == 200 and deleted.get_data(as_text=True) == ""
    bad_date = client.post(f"/imports/{draft.id}/actions/{ids['actions'][0]}", data={"due": "soon"})
    assert bad_date.status_code in (302, 404)   # the row is gone: nothing crashes
    db.session.expire_all()
    data = db.session.get(ReportDraft, draft.id).data
    assert [p["position"] for p in data["participants"]][1] == "Senior Protection Officer"
    assert data["actions"] == []


def test_split_a_row_that_merged_two_people(client, world, login_as):
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text=(
        "PARTICIPANTS\n1. Eman Naji Hendi – Deputy Director General MoMD Mr Ahmed Qassim MoMD\n"))
    db.session.commit()
    row = draft.data["participants"][0]
    assert row.get("unsure")
    login_as("secretariat")
    client.post(f"/imports/{draft.id}/participants/{row['id']}/split", data={"second": "Ahmed Qassim MoMD"})
    db.session.expire_all()
    people = db.session.get(ReportDraft, draft.id).data["participants"]
    assert [p["name"] for p in people] == ["Eman Naji Hendi", "Ahmed Qassim"]


def test_people_are_proposed_never_merged_silently(client, world, login_as):
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text=(
        "PARTICIPANTS\n1. Ali Al-Jahankeer – DG of Branches, MoMD\n2. Aly Jahankir – Advisor, MoMD\n"
        "3. Zainab Hussein – Officer, UNICEF\n"))
    db.session.commit()
    rows = draft.data["participants"]
    assert rows[0]["person_id"] == world.participant.id            # an alias of a known person: proposed, picked
    assert [c["id"] for c in rows[1]["candidates"]] == [world.participant.id] and rows[1]["person_id"] is None
    assert rows[2]["candidates"] == []


def test_save_creates_the_whole_meeting_in_one_go(client, world, login_as):
    world.jcf.kind = ForumKind.JCF
    db.session.commit()
    login_as("secretariat")
    draft = world.draft
    response = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id})
    assert response.status_code == 302
    meeting = db.session.scalars(sa.select(Meeting).order_by(Meeting.id.desc())).first()
    assert meeting.title == "JCF Ninewa monthly meeting" and str(meeting.starts_on) == "2025-03-12"
    assert {a.person.name for a in meeting.attendances} == {"Ali Jahankeer", "Layla Rasheed"}
    assert any(a.person_id == world.participant.id for a in meeting.attendances)    # the known person, reused
    recs = db.session.scalars(sa.select(Recommendation).where(Recommendation.meeting_id == meeting.id)).all()
    assert [r.text for r in recs] == ["Resume return approvals for families from Sinjar."]
    actions = db.session.scalars(sa.select(Action).where(Action.meeting_id == meeting.id)).all()
    assert [(a.text, a.owner.acronym, str(a.due_on)) for a in actions] == [
        ("Share the list of families", "MoMD", "2025-04-30")]
    notes = db.session.scalars(sa.select(TrailEntry.reason).where(TrailEntry.record_type == "Recommendation",
                                                                  TrailEntry.record_id == recs[0].id)).all()
    assert notes == [f"Imported from report #{draft.id} by Sara Secretariat"]
    assert db.session.get(ReportDraft, draft.id).meeting_id == meeting.id
    source = client.get(f"/imports/{draft.id}/source")
    assert source.status_code == 200 and "ATTENDANCE" in source.get_data(as_text=True)


def test_save_refuses_actions_without_an_owner_and_saves_nothing(client, world, login_as):
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text=(
        "Meeting\nDate: 3 June 2025\n\nNEXT STEPS\n- Somebody will circulate the minutes to all members.\n"))
    db.session.commit()
    before = counts()
    login_as("secretariat")
    response = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id})
    assert response.status_code == 422 and "owner organisation" in response.get_data(as_text=True)
    assert counts() == before


def test_without_a_forum_the_meeting_goes_to_workshops(client, world, login_as):
    workshops = reference.create(SYSTEM, Forum, name="Workshops and ad-hoc meetings", code="WS",
                                 kind=ForumKind.WORKSHOP)
    from ds_tracker.services import accounts
    from ds_tracker.models import Role
    accounts.add_role(SYSTEM, world.users["secretariat"], Role.SECRETARIAT, forum=workshops)
    from conftest import make_org
    from ds_tracker.models import OrganisationType
    make_org("Norwegian Refugee Council", "NRC", kind=OrganisationType.INGO)   # owns one of its action points
    db.session.commit()
    login_as("secretariat")
    from ds_tracker.services import imports
    from ds_tracker.importer.files import read_file
    text = read_file(str(REPORTS / "workshop-hlp-2024-10.docx"))[0]   # a workshop that escalates to the CoM
    draft = imports.create_draft(world.users["secretariat"], text=text)
    db.session.commit()
    response = client.post(f"/imports/{draft.id}/save", data={"forum": ""})
    assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
    meeting = db.session.scalars(sa.select(Meeting).order_by(Meeting.id.desc())).first()
    assert meeting.forum_id == workshops.id
    assert len(meeting.attendances) == 6 and len(meeting.groups) == 2
    assert db.session.scalar(sa.select(sa.func.count(Recommendation.id)).where(
        Recommendation.meeting_id == meeting.id)) == 3
    sub = db.session.scalar(sa.select(Submission).where(Submission.meeting_id == meeting.id))
    assert sub.level.value == "council_of_ministers" and len(sub.recommendations) == 3 and not sub.is_sent


def test_cli_parse_json_has_every_field(runner, tmp_path):
    result = runner.invoke(args=["reports", "parse", str(REPORTS / "jcf-diyala-minutes-2024-02.txt"), "--json"])
    assert result.exit_code == 0, result.output
    draft = json.loads(result.output)
    for key in ("title", "kind", "forum", "sittings", "hosts", "organisers", "participants", "sessions", "groups",
                "recommendations", "actions", "commitments", "escalations", "warnings", "source_lines"):
        assert key in draft
    assert len(draft["participants"]) == 11
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    result = runner.invoke(args=["reports", "parse", str(bad), "--json"])
    assert result.exit_code == 2 and "not a Word document" in result.output


def test_cli_import_saves_without_review(runner, world):
    result = runner.invoke(args=["reports", "import", str(REPORTS / "rwg-minutes-2025-04.md"), "--forum", "JCF-NIN",
                                 "--as", "sec@test.org"])
    assert result.exit_code == 0, result.output
    assert re.search(r"Saved meeting \d+: Returns Working Group .* \(8 participants, 3 recommendations\)",
                     result.output)


def test_meeting_page_links_the_original_report_and_old_drafts_are_flagged(client, world, login_as):
    from datetime import timedelta

    from ds_tracker.models.base import utcnow
    from ds_tracker.services import imports
    login_as("secretariat")
    client.post(f"/imports/{world.draft.id}/save", data={"forum": world.jcf.id})
    meeting = db.session.scalars(sa.select(Meeting).order_by(Meeting.id.desc())).first()
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert f"/imports/{world.draft.id}/source" in page
    old = imports.create_draft(world.users["secretariat"], text="Old report\nDate: 1 May 2024")
    db.session.commit()
    db.session.execute(sa.update(ReportDraft).where(ReportDraft.id == old.id)
                       .values(updated_dt=utcnow() - timedelta(days=45)))
    db.session.commit()
    listing = client.get("/imports/").get_data(as_text=True)
    assert "Old report" in listing and "older than 30 days" in listing
    assert "JCF Ninewa monthly meeting" not in listing   # saved drafts leave the list


def test_people_names_spelt_differently_are_proposed(client, world, login_as):
    from ds_tracker.services import imports
    georgi = Person(name="Georgi Gigauri")
    db.session.add(georgi)
    db.session.commit()
    draft = imports.create_draft(world.users["secretariat"], text="PARTICIPANTS\n1. Giorgi Gigauri – IOM Chief of Mission\n")
    assert draft.data["participants"], draft.data
    row = draft.data["participants"][0]
    assert row["candidates"][0]["id"] == georgi.id


def test_move_a_recommendation_to_another_group(client, world, login_as):
    from ds_tracker.services import imports
    from ds_tracker.importer.files import read_file
    draft = imports.create_draft(world.users["secretariat"],
                                 text=read_file(str(REPORTS / "workshop-hlp-2024-10.docx"))[0])
    db.session.commit()
    login_as("secretariat")
    rec = draft.data["recommendations"][1]
    assert rec["group"] == "Group 1"
    client.post(f"/imports/{draft.id}/recommendations/{rec['id']}", data={"text": rec["text"], "group": "Group 2"})
    db.session.expire_all()
    assert db.session.get(ReportDraft, draft.id).data["recommendations"][1]["group"] == "Group 2"
