"""Read access, property-style: over a handful of generated worlds (fixed seeds), for every user, a record's
page answers 200 exactly when the record appears in that user's list, search and export, and 404 otherwise;
and all of them agree with the rule docs/decisions.md states, written here once more in plain Python."""
import random
import re
from datetime import date, timedelta

import pytest

from ds_tracker.extensions import db
from ds_tracker.models import Organisation, Role
from ds_tracker.models.base import utcnow
from ds_tracker.services import SYSTEM, accounts, actions, recommendations
from ds_tracker.status import baghdad_today

from conftest import PASSWORD, make_forum, make_meeting, make_org, make_user

SEEDS = [3, 11, 29, 47, 83]


def build(seed):
    """Two open forums and a confidential one; three ministries with a branch each; recommendations addressed
    to random organisations; actions with random owners and supporters, some deleted; users of every kind,
    with roles current, ended and not yet begun."""
    rnd = random.Random(seed)
    forums = [make_forum("Open One", f"OA{seed}"), make_forum("Open Two", f"OB{seed}"),
              make_forum("Task Force", f"TF{seed}", confidential=True)]
    roots = [make_org(f"Ministry {n}", f"M{n}{seed}") for n in "ABC"]
    orgs = roots + [make_org(f"Ministry {r.acronym} branch", parent=r) for r in roots]
    today = baghdad_today()
    recs, acts, meetings = [], [], []
    for forum in forums:
        for m in range(1 + (forum.id % 2)):
            meeting = make_meeting(forum, title=f"Meeting {forum.code} {m}", day=date(2025, 3 + m, 10))
            meetings.append(meeting)
            for _ in range(2):
                rec = recommendations.create_recommendation(
                    SYSTEM, meeting, text=f"Quokka plan {len(recs)}", addressees=rnd.sample(orgs, rnd.randint(0, 2)))
                recs.append(rec)
                for _ in range(rnd.randint(0, 2)):
                    owner = rnd.choice(orgs)
                    supporters = rnd.sample([o for o in orgs if o is not owner], rnd.randint(0, 2))
                    acts.append(actions.create_action(SYSTEM, text=f"Wombat task {len(acts)}", owner=owner,
                                                      supporters=supporters, recommendation=rec,
                                                      due_on=today + timedelta(days=9)))
    for record in rnd.sample(acts, max(1, len(acts) // 5)) + [rnd.choice(recs)]:
        record.deleted_dt = utcnow()
    pick = rnd.choice
    users = {
        "admin": make_user(f"admin{seed}@t.org", roles=[(Role.ADMIN, None)]),
        "staff_open": make_user(f"staff{seed}@t.org", roles=[(pick([Role.SECRETARIAT, Role.CO_CHAIR]), forums[0])]),
        "member": make_user(f"member{seed}@t.org", roles=[(Role.CO_CHAIR, forums[2])]),
        "focal_root": make_user(f"root{seed}@t.org", roles=[(Role.FOCAL_POINT, pick(roots))]),
        "focal_branch": make_user(f"branch{seed}@t.org", roles=[(Role.FOCAL_POINT, pick(orgs[3:]))]),
        "focal_member": make_user(f"fm{seed}@t.org", roles=[(Role.FOCAL_POINT, pick(roots)),
                                                            (Role.SECRETARIAT, forums[2])]),
        "ended": make_user(f"ended{seed}@t.org", roles=[(Role.FOCAL_POINT, pick(roots)),
                                                        (Role.SECRETARIAT, forums[1])]),
        "future": make_user(f"future{seed}@t.org"),   # a role not begun yet: no role at all today
    }
    for assignment in users["ended"].roles:
        accounts.end_role(SYSTEM, assignment, ends_on=today - timedelta(days=1), reason="Moved on")
    accounts.add_role(SYSTEM, users["future"], Role.FOCAL_POINT, organisation=pick(roots),
                      starts_on=today + timedelta(days=3))
    db.session.commit()
    return forums, orgs, meetings, recs, acts, users


# --- the rule, in words (docs/decisions.md), as an oracle ------------------------------------------

def current_roles(user, today):
    return [a for a in user.roles if a.is_current(today)]


def below(org_ids, orgs):
    found = set(org_ids)
    for org in orgs:   # the tree is two levels deep here
        if org.parent_id in found:
            found.add(org.id)
    return found


def oracle(user, orgs, acts):
    today = baghdad_today()
    roles = current_roles(user, today)
    admin = any(a.role is Role.ADMIN for a in roles)
    members = {a.forum_id for a in roles if a.forum_id}
    focal = below({a.organisation_id for a in roles if a.role is Role.FOCAL_POINT}, orgs)

    def whole(forum):
        return admin or forum.id in members or (bool(members) and not forum.confidential)

    def meeting(m):
        return admin or m.forum_id in members or (bool(roles) and not m.forum.confidential)

    def action(a):
        if a.deleted_dt:
            return False
        mine = {a.owner_id} | {o.id for o in a.supporters}
        return whole(a.forum) or (not a.forum.confidential and bool(mine & focal))

    def rec(r):
        if r.deleted_dt:
            return False
        mine = {o.id for o in r.addressees}
        for a in acts:
            if a.recommendation_id == r.id and not a.deleted_dt:
                mine |= {a.owner_id} | {o.id for o in a.supporters}
        return whole(r.forum) or (not r.forum.confidential and bool(mine & focal))
    return meeting, rec, action


@pytest.mark.parametrize("seed", SEEDS)
def test_page_list_search_and_export_agree_for_every_user(client, seed):
    forums, orgs, meetings, recs, acts, users = build(seed)
    for role, user in users.items():
        client.post("/login", data={"email": user.email, "password": PASSWORD})
        meeting_ok, rec_ok, action_ok = oracle(user, orgs, acts)
        rec_list = client.get("/recommendations").get_data(as_text=True)
        rec_search = client.get("/search?q=quokka").get_data(as_text=True)
        rec_export = client.get("/recommendations/export.csv").get_data(as_text=True)
        act_list = client.get("/actions?status=all").get_data(as_text=True)
        act_search = client.get("/search?q=wombat").get_data(as_text=True)
        act_export = client.get("/actions/export.csv?status=all").get_data(as_text=True)
        meet_list = client.get("/meetings").get_data(as_text=True)
        meet_export = client.get("/meetings/export.csv").get_data(as_text=True)
        for rec in recs:
            expected = rec_ok(rec)
            page = client.get(f"/recommendations/{rec.id}").status_code
            by_ref = client.get(f"/r/{rec.reference}").status_code
            seen = [rec.reference in rec_list, rec.reference in rec_search, rec.reference in rec_export]
            assert (page, by_ref) == ((200, 302) if expected else (404, 404)), (seed, role, rec.reference)
            assert seen == [expected] * 3, (seed, role, rec.reference, seen)
        for act in acts:
            expected = action_ok(act)
            page = client.get(f"/actions/{act.id}").status_code
            text = re.escape(act.text) + r"\b"
            seen = [f'/actions/{act.id}"' in act_list, f'/actions/{act.id}"' in act_search,
                    bool(re.search(text, act_export))]
            assert page == (200 if expected else 404), (seed, role, act.text)
            assert seen == [expected] * 3, (seed, role, act.text, seen)
        for meeting in meetings:
            expected = meeting_ok(meeting)
            page = client.get(f"/meetings/{meeting.id}").status_code
            seen = [f'/meetings/{meeting.id}"' in meet_list, meeting.title in meet_export]
            assert page == (200 if expected else 404), (seed, role, meeting.title)
            assert seen == [expected] * 2, (seed, role, meeting.title, seen)
        client.post("/logout")


def test_the_worlds_cover_every_case():
    """The generated worlds hold what the property needs: deleted actions, confidential records, supporters,
    branches, ended and future roles (otherwise the test above could pass by having nothing to check)."""
    forums, orgs, meetings, recs, acts, users = build(SEEDS[0])
    assert any(a.deleted_dt for a in acts) and any(a.supporters for a in acts)
    assert any(a.forum.confidential for a in acts) and any(o.parent_id for o in orgs)
    assert not current_roles(users["ended"], baghdad_today()) and not current_roles(users["future"], baghdad_today())
    assert db.session.query(Organisation).count() == 6


def _queries(client, url):
    import sqlalchemy as sa
    seen = []

    def count(*_args, **_kwargs):
        seen.append(1)
    db.session.expire_all()   # as in production, each request starts with nothing loaded: what the previous
    sa.event.listen(db.engine, "before_cursor_execute", count)   # page happened to load must not hide a query
    try:
        assert client.get(url).status_code == 200, url
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)
    return len(seen)


def _grow(world, n):
    from ds_tracker.models import Person
    from ds_tracker.services import meetings
    for i in range(n):
        rec = recommendations.create_recommendation(SYSTEM, world.meeting, text=f"Sinjar item {i}",
                                                    addressees=[world.branch, world.unicef])
        actions.create_action(SYSTEM, text=f"Sinjar step {i}", owner=world.branch, supporters=[world.unicef],
                              recommendation=rec)
        person = Person(name=f"Participant {i}")
        db.session.add(person)
        meetings.add_attendance(SYSTEM, world.meeting, person=person, position="Adviser")
        other = make_meeting(world.jcf, title=f"Extra meeting {i}", day=date(2025, 1, i + 1))
        meetings.add_attendance(SYSTEM, other, person=world.participant, position="Director")
    db.session.commit()


@pytest.mark.parametrize("role", ["focal_momd", "focal_unicef", "secretariat"])
def test_read_scoping_costs_no_query_per_row(client, world, login_as, role):
    """A focal point's meeting page, search and a person page ask the database the same number of times for
    two rows as for twelve: scoping is in SQL, not one check (or lazy load) per row."""
    urls = [f"/meetings/{world.meeting.id}", "/search?q=Sinjar", "/recommendations", "/actions", "/owe",
            f"/recommendations/{world.rec.id}"] + ([f"/people/{world.participant.id}"] if role == "secretariat" else [])
    _grow(world, 2)
    login_as(role)
    for url in urls:   # warm the per-process caches of reference lists first
        _queries(client, url)
    before = {url: _queries(client, url) for url in urls}
    _grow(world, 10)
    after = {url: _queries(client, url) for url in urls}
    grown = {url: (before[url], after[url]) for url in urls if after[url] > before[url] + 2}
    assert not grown, grown   # ten more rows would cost ten (or twenty) more queries with a per-row check


# --- each finding of issue 9 §1, by name ---------------------------------------------------------------

def test_a_supporter_finds_what_it_can_open_in_list_and_search(client, world, login_as):
    """UNICEF supports an action on the recommendation: it opens the page, so it finds it in the list and search."""
    login_as("focal_unicef")
    assert client.get(f"/recommendations/{world.rec.id}").status_code == 200
    assert world.rec.reference in client.get("/recommendations").get_data(as_text=True)
    assert world.rec.reference in client.get("/search?q=Sinjar").get_data(as_text=True)


def test_an_owner_finds_the_recommendation_on_the_meeting_page(client, world, login_as):
    """MoF leads an action on a recommendation addressed to MoMD only: it reads it there too."""
    rec = recommendations.create_recommendation(SYSTEM, world.meeting, text="Budget for the returnees' office",
                                                addressees=[world.momd])
    actions.create_action(SYSTEM, text="Allocate the budget", owner=world.mof, recommendation=rec)
    db.session.commit()
    login_as("focal_mof")
    assert rec.reference in client.get(f"/meetings/{world.meeting.id}").get_data(as_text=True)
    assert rec.reference in client.get("/recommendations").get_data(as_text=True)


def test_a_deleted_action_grants_nothing(client, world, login_as):
    rec = recommendations.create_recommendation(SYSTEM, world.meeting, text="Reopen the Sinuni office")
    gone = actions.create_action(SYSTEM, text="Cancelled step", owner=world.mof, recommendation=rec)
    gone.deleted_dt = utcnow()
    db.session.commit()
    login_as("focal_mof")
    assert client.get(f"/recommendations/{rec.id}").status_code == 404
    assert rec.reference not in client.get("/recommendations").get_data(as_text=True)
    assert client.get(f"/actions/{gone.id}").status_code == 404


def test_a_focal_point_sees_the_escalation_stage_and_outcome_not_the_letters(client, world, login_as):
    login_as("focal_momd")
    page = client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)
    assert "endorsed" in page                                      # the outcome
    assert "JCF/2025/17" not in page and "24/112" not in page      # the letter's and the decision's numbers
    assert client.get(f"/submissions/{world.submission.id}").status_code == 404
    assert client.get(f"/decisions/{world.decision.id}").status_code == 404
    client.post("/logout")
    login_as("co_chair")
    assert "JCF/2025/17" in client.get(f"/recommendations/{world.rec.id}").get_data(as_text=True)


def test_the_original_report_is_not_handed_to_a_focal_point(client, world, login_as):
    """/imports/<id>/source names every participant and every organisation's action."""
    world.draft.meeting_id = world.meeting.id
    db.session.commit()
    login_as("focal_momd")
    assert client.get(f"/meetings/{world.meeting.id}").status_code == 200   # it may open the meeting...
    assert client.get(f"/imports/{world.draft.id}/source").status_code == 404   # ...not the whole report
    client.post("/logout")
    login_as("co_chair")   # the forum's whole-record reader
    assert client.get(f"/imports/{world.draft.id}/source").status_code == 200


def _confidential_person(world):
    from ds_tracker.models import Person
    from ds_tracker.services import meetings
    person = Person(name="Zaid Hidden")
    db.session.add(person)
    meetings.add_attendance(SYSTEM, world.dstf_meeting, person=person, position="Adviser")
    db.session.commit()
    return person


def test_a_name_known_only_from_a_confidential_meeting_stays_there(client, world, login_as):
    person = _confidential_person(world)
    login_as("secretariat")   # JCF staff, not a Task Force member
    assert client.get(f"/people/{person.id}").status_code == 404
    assert "Zaid Hidden" not in client.get("/people/suggest?q=Zaid").get_data(as_text=True)
    response = client.post(f"/actions/{world.action.id}/edit", data={
        "text": world.action.text, "owner": world.branch.id, "focal": f"x (#{person.id})",
        "version": world.action.version, "reason": "New focal point"})
    assert response.status_code == 302   # saved, with a new person called "x": the hidden one looks missing
    db.session.expire_all()
    assert world.action.focal_person.name == "x" and world.action.focal_person_id != person.id
    assert "Zaid Hidden" not in client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    client.post("/logout")
    login_as("focal_momd")   # the action's owner types the same into its focal-point field
    answers = [client.post(f"/actions/{world.action.id}/edit", data={
        "text": world.action.text, "owner": world.branch.id, "focal": f"x (#{pid})",
        "version": world.action.version}).status_code for pid in (person.id, 999999)]
    assert answers[0] == answers[1]   # hidden and missing answer alike
    db.session.expire_all()
    assert "Zaid Hidden" not in client.get(f"/actions/{world.action.id}").get_data(as_text=True)
    client.post("/logout")
    login_as("dstf_member")
    assert client.get(f"/people/{person.id}").status_code == 200
    assert "Zaid Hidden" in client.get("/people/suggest?q=Zaid").get_data(as_text=True)


def test_reminders_are_reads_too(world):
    """A focal point is not reminded of its organisation's action in a confidential forum it is not a member of."""
    from ds_tracker.reminders import due_recipients
    today = baghdad_today()
    hidden = actions.create_action(SYSTEM, text="Brief the donors", owner=world.unicef, recommendation=world.dstf_rec,
                                   due_on=today + timedelta(days=2))
    shown = actions.create_action(SYSTEM, text="Vaccinate returnees", owner=world.unicef, recommendation=world.rec,
                                  due_on=today + timedelta(days=2))
    db.session.commit()
    owed = due_recipients(today)["unicef@test.org"]["actions"]
    assert shown.id in owed and hidden.id not in owed


def test_a_calendar_token_does_not_open_a_hidden_forum(client, world, login_as):
    from itsdangerous import URLSafeSerializer
    from flask import current_app
    token = URLSafeSerializer(current_app.config["SECRET_KEY"], salt="calendar-feed").dumps(
        {"u": world.users["focal_unicef"].id, "f": world.dstf.id, "k": world.users["focal_unicef"].calendar_key})
    assert client.get(f"/forums/{world.dstf.id}/calendar.ics?token={token}").status_code == 404
    token = URLSafeSerializer(current_app.config["SECRET_KEY"], salt="calendar-feed").dumps(
        {"u": world.users["dstf_member"].id, "f": world.dstf.id, "k": world.users["dstf_member"].calendar_key})
    assert client.get(f"/forums/{world.dstf.id}/calendar.ics?token={token}").status_code == 200


def test_trail_entries_are_read_with_their_record(world):
    """A confidential forum's history is its members'; an action's history follows the action."""
    import sqlalchemy as sa

    from ds_tracker import access
    from ds_tracker.models import TrailEntry
    from ds_tracker.services.core import principal_for
    hidden = actions.create_action(SYSTEM, text="Brief the donors", owner=world.unicef, recommendation=world.dstf_rec)
    db.session.commit()

    def entries(role, record):
        return db.session.scalars(sa.select(TrailEntry.id).where(
            TrailEntry.record_type == type(record).__name__, TrailEntry.record_id == record.id,
            access.trail_entry(principal_for(world.users[role])))).all()
    assert entries("dstf_member", hidden) and entries("dstf_member", world.dstf_rec)
    assert not entries("secretariat", hidden) and not entries("focal_unicef", hidden)
    assert entries("focal_unicef", world.action)            # it supports the action: it follows its updates
    assert not entries("focal_unicef", world.rec)           # a recommendation's history is the forum's
    assert entries("co_chair", world.rec) and entries("admin", hidden)


def test_the_principal_reads_its_own_organisations_not_the_whole_table(app, world):
    """Every request builds a principal: staff read no organisation at all, a focal point its own subtree."""
    import sqlalchemy as sa

    from ds_tracker.services.core import principal_for
    statements = []

    def keep(_conn, _cursor, statement, *_args):
        statements.append(statement)
    sa.event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with app.test_request_context():
            staff = principal_for(world.users["secretariat"])
            about_orgs = [s for s in statements if "organisations" in s]
            focal = principal_for(world.users["focal_momd"])
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", keep)
    assert staff.forum_roles and not about_orgs
    assert focal.focal_org_ids == {world.momd.id, world.branch.id}
    tree_reads = [s for s in statements if "organisations" in s]
    assert len(tree_reads) == 1 and "WHERE organisations.id IN" in tree_reads[0]


def test_what_we_owe_reads_through_the_same_rule(client, world, login_as):
    """/owe lists the live actions the organisation leads or supports that it may read: not a confidential
    forum's it is not a member of, not a deleted one."""
    hidden = actions.create_action(SYSTEM, text="Brief the donors", owner=world.unicef, recommendation=world.dstf_rec)
    gone = actions.create_action(SYSTEM, text="Withdrawn vaccination", owner=world.unicef, recommendation=world.rec)
    gone.deleted_dt = utcnow()
    db.session.commit()
    login_as("focal_unicef")
    page = client.get("/owe").get_data(as_text=True)
    assert world.action.text in page                      # it supports this one
    assert "Brief the donors" not in page and "Withdrawn vaccination" not in page
    assert world.dstf_rec.reference not in page and hidden.id


def test_a_task_force_measure_is_its_lead_organisations_to_follow_and_nothing_else_of_the_forum(client, world,
                                                                                                 login_as):
    """The roadmap is the confidential Task Force's; its measure led by UNICEF is on UNICEF's reminders, "What we
    owe" and lists, while the Task Force's other actions stay hidden, and MoF sees neither."""
    from ds_tracker.models import PlanKind
    from ds_tracker.reminders import due_recipients
    from ds_tracker.services import plans
    today = baghdad_today()
    roadmap = plans.create_plan(SYSTEM, world.dstf, kind=PlanKind.ROADMAP, title="DS Roadmap")
    commitment = plans.add_commitment(SYSTEM, roadmap, text="Close the camps")
    measure = actions.create_action(SYSTEM, text="Psychosocial support before departure", owner=world.unicef,
                                    commitment=commitment, due_on=today + timedelta(days=2))
    hidden = actions.create_action(SYSTEM, text="Brief the donors", owner=world.unicef, recommendation=world.dstf_rec,
                                   due_on=today + timedelta(days=2))
    db.session.commit()
    owed = due_recipients(today)["unicef@test.org"]["actions"]
    assert measure.id in owed and hidden.id not in owed
    login_as("focal_unicef")
    assert "Psychosocial support" in client.get("/owe").get_data(as_text=True)
    assert "Psychosocial support" in client.get("/measures").get_data(as_text=True)
    assert client.get(f"/plans/{roadmap.id}").status_code == 200           # a published plan
    assert client.get(f"/actions/{hidden.id}").status_code == 404
    client.post("/logout")
    login_as("focal_mof")
    assert client.get(f"/actions/{measure.id}").status_code == 404
    assert "Psychosocial support" not in client.get(f"/plans/{roadmap.id}").get_data(as_text=True)


def _grow_plans(world, n):
    from ds_tracker.models import PlanKind
    from ds_tracker.services import plans, register
    from ds_tracker.status import EscalationLevel
    for i in range(n):
        plan = plans.create_plan(SYSTEM, world.jcf, kind=PlanKind.AREA_POA, title=f"POA {i}")
        plans.add_revision(SYSTEM, plan, revised_on=date(2024, 3, 1), label=f"Revision {i}")
        commitment = plans.add_commitment(SYSTEM, plan, text=f"Commitment {i}")
        measure = actions.create_action(SYSTEM, text=f"Measure {i}", owner=world.branch, supporters=[world.unicef],
                                        commitment=commitment)
        plans.link_recommendation(SYSTEM, measure, world.rec)
        decision = register.record_decision(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY,
                                            decided_on=date(2024, 1, i + 1), text=f"Decision {i}")
        register.amend_decision(SYSTEM, decision, amended_on=date(2024, 3, 1), text="Postponed", source="Letter")
    db.session.commit()


def test_plans_measures_and_decisions_lists_cost_no_query_per_row(client, world, login_as):
    _grow_plans(world, 2)
    login_as("focal_momd")
    urls = ["/plans", "/measures", "/decisions", "/measures/export.csv", "/decisions/export.csv",
            "/search?q=measure"]
    for url in urls:
        _queries(client, url)
    before = {url: _queries(client, url) for url in urls}
    _grow_plans(world, 10)
    after = {url: _queries(client, url) for url in urls}
    grown = {url: (before[url], after[url]) for url in urls if after[url] > before[url] + 2}
    assert not grown, grown


def test_a_remembered_condition_follows_a_forum_made_confidential_and_a_role_ended(world):
    """Read conditions are built once per kind of reader and reused (access/records.py); a forum made
    confidential, or a role that ends, changes what the very next read returns."""
    import sqlalchemy as sa

    from ds_tracker import access
    from ds_tracker.models import Recommendation, RoleAssignment
    from ds_tracker.services.core import principal_for
    other = make_forum("JCF Anbar", "JCF-ANB")
    outsider = make_user("anbar@test.org", "Anbar Secretariat", [(Role.SECRETARIAT, other)])
    db.session.commit()

    def sees(user):
        return db.session.scalar(sa.select(Recommendation.id).where(
            Recommendation.id == world.rec.id, access.recommendation(principal_for(user)))) is not None
    assert sees(outsider) and sees(world.users["co_chair"])          # staff read every open forum
    world.jcf.confidential = True
    db.session.commit()
    assert not sees(outsider) and sees(world.users["co_chair"])      # now its members' only
    db.session.execute(sa.update(RoleAssignment).where(RoleAssignment.user_id == world.users["co_chair"].id)
                       .values(ends_on=date(2000, 1, 1), starts_on=date(1999, 1, 1)))
    db.session.commit()
    db.session.expire_all()
    assert not sees(world.users["co_chair"])
