"""A body's branch in a governorate, as a report writes it, owes the action when the app has that branch; every
organisation saving would create is marked new on the review screen first (a stranger's report: the ministry's
headquarters owed a branch's action, a duplicate of the branch was created, three of four new organisations
went unmarked)."""
import re

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, Attendance, Meeting, Organisation, Place, PlaceKind
from ds_tracker.services import SYSTEM, reference

REPORT = """Joint Coordination Forum Ninewa – minutes
Date: 9 October 2025

Participants
Name\tOrganisation\tPosition
Mr. Basim Qadir\tMinistry of Migration and Displacement (MoMD) – Ninewa branch\tBranch Director
Ms. Dalia Munir\tHawija District Council\tMember
Mr. Sabah Yousif\tDirectorate of Water, Kirkuk\tEngineer

Action points
Action\tOwner\tDeadline
Share the list of returned families by sub-district\tMinistry of Migration and Displacement – Ninewa branch\t20 October 2025
Update the returnee caseload in Telafar\tMoMD Ninewa branch\t21 October 2025
Register the families awaiting grants\tوزارة الهجرة والمهجرين / فرع نينوى\t22 October 2025
Open a help desk in Kirkuk\tMoMD Kirkuk branch\t23 October 2025
"""


def _arabic_names(world):
    world.momd.name_ar = "وزارة الهجرة والمهجرين"
    world.place.name_ar = "نينوى"
    reference.create(SYSTEM, Place, name="Kirkuk", name_ar="كركوك", kind=PlaceKind.GOVERNORATE)
    db.session.commit()


def test_a_branch_written_in_full_is_the_branch_and_new_organisations_are_marked(client, world, login_as):
    from ds_tracker.services import imports
    _arabic_names(world)
    login_as("secretariat")
    draft = imports.create_draft(world.users["secretariat"], text=REPORT)
    db.session.commit()
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    listed = re.search(r'id="new-organisations"(.*?)</p>', page, re.S).group(1)
    for new in ("Hawija District Council", "Directorate of Water, Kirkuk", "MoMD Kirkuk branch"):
        assert new in listed
    assert "Ninewa branch" not in listed and "فرع نينوى" not in listed
    assert page.count(">new organisation</span>") >= 3     # beside each row that names one, participants' too
    before = set(db.session.scalars(sa.select(Organisation.name)))
    saved = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"})
    assert saved.status_code == 302, saved.get_data(as_text=True)[:2000]
    meeting = db.session.get(Meeting, int(saved.headers["Location"].rsplit("/", 1)[1]))
    owners = {a.text: a.owner.name for a in db.session.scalars(sa.select(Action).where(Action.meeting_id == meeting.id))}
    assert owners["Share the list of returned families by sub-district"] == "MoMD Ninewa Branch"
    assert owners["Update the returnee caseload in Telafar"] == "MoMD Ninewa Branch"
    assert owners["Register the families awaiting grants"] == "MoMD Ninewa Branch"
    assert owners["Open a help desk in Kirkuk"] == "MoMD Kirkuk branch"       # no such branch: as written, new
    created = set(db.session.scalars(sa.select(Organisation.name))) - before
    assert created == {"Hawija District Council", "Directorate of Water, Kirkuk", "MoMD Kirkuk branch"}
    director = db.session.scalar(sa.select(Attendance).where(Attendance.meeting_id == meeting.id,
                                                              Attendance.position == "Branch Director"))
    assert director.organisation.name == "MoMD Ninewa Branch"


def test_an_acronym_and_its_full_name_in_one_report_make_one_new_organisation(client, world, login_as):
    """A report whose owners write "TRS" and whose attendance writes "Tigris Relief Society (TRS)" created both."""
    from ds_tracker.models import Action, Organisation
    from ds_tracker.services import imports
    for owner_first in (True, False):
        people = "Participants\n- Huda Kareem, Protection Officer, Tigris Relief Society (TRS)\n"
        actions = "Action points\n- TRS to share the list of shelters by 30 March 2026.\n"
        draft = imports.create_draft(world.users["secretariat"], text=(
            f"Shelter meeting minutes\nDate: {'2' if owner_first else '3'} March 2026\n\n"
            + (actions + "\n" + people if owner_first else people + "\n" + actions)))
        db.session.commit()
        login_as("secretariat")
        assert client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "same_day_ok": "y"}).status_code == 302
        made = db.session.scalars(sa.select(Organisation).where(
            sa.or_(Organisation.name.like("%Tigris%"), Organisation.name == "TRS"))).all()
        assert len(made) == 1, [o.name for o in made]
        owner = db.session.scalar(sa.select(Action).order_by(Action.id.desc())).owner
        assert owner == made[0]


def test_a_ministrys_directorate_in_a_governorate_is_new_under_the_ministry_and_its_focal_point_sees_it(
        client, world, login_as):
    """A second stranger: "Ministry of Finance – Ninewa Finance Directorate" was saved as owed by the ministry
    itself (the directorate lost), and "مديرية مالية نينوى" as a new body the ministry's focal point never saw."""
    world.mof.name_ar = "وزارة المالية"
    _arabic_names(world)
    from ds_tracker.services import imports
    draft = imports.create_draft(world.users["secretariat"], text=(
        "Joint Coordination Forum Ninewa – minutes\nDate: 9 November 2025\n\nAction points\n"
        "Action\tOwner\tDeadline\n"
        "Confirm the grant budget line\tMinistry of Finance – Ninewa Finance Directorate\t20 November 2025\n"
        "Follow the allocations with Baghdad\tمديرية مالية نينوى\t25 November 2025\n"))
    db.session.commit()
    login_as("secretariat")
    assert client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id}).status_code == 302
    owners = [a.owner for a in db.session.scalars(sa.select(Action).order_by(Action.id.desc()).limit(2))][::-1]
    assert [o.name for o in owners] == ["Ministry of Finance – Ninewa Finance Directorate", "مديرية مالية نينوى"]
    assert all(o.parent_id == world.mof.id and not o.is_confirmed for o in owners)
    client.post("/logout")
    login_as("focal_mof")
    owed = client.get("/owe").get_data(as_text=True)
    assert "Confirm the grant budget line" in owed and "Follow the allocations with Baghdad" in owed


def test_correcting_a_row_refreshes_the_organisations_the_save_would_add(client, world, login_as):
    """A stranger corrected a participant whose organisation was read wrong; "Saving adds 2 organisations" stayed
    until the page was reloaded."""
    from ds_tracker.services import imports
    login_as("secretariat")
    draft = imports.create_draft(world.users["secretariat"], text=(
        "Minutes of the forum\nDate: 2 March 2025\n\nParticipants\n- Rana Aziz, Officer, Zummar Youth Club\n"
        "- Omar Saleh, Engineer, UNICEF\n"))
    db.session.commit()
    row = draft.data["participants"][0]
    assert "Zummar Youth Club" in re.search(r'id="new-organisations"(.*?)</div>',
                                            client.get(f"/imports/{draft.id}").get_data(as_text=True), re.S).group(1)
    fields = {"name": "Rana Aziz", "position": "Officer", "organisation": "UNICEF", "group": ""}
    answer = client.post(f"/imports/{draft.id}/participants/{row['id']}", headers={"HX-Request": "true"},
                         data={**fields, **{f"was-{k}": "" for k in fields}})
    swapped = re.search(r'<div id="new-organisations" hx-swap-oob="true">(.*?)</div>',
                        answer.get_data(as_text=True), re.S)
    assert swapped and "Zummar" not in swapped.group(1)
