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
