"""Every route × every role × anonymous, built from the app's URL map so no route can be forgotten.

ACCESS says who may use each endpoint; a route missing from it fails the test.
Allowed: any answer but 401/403/5xx (a POST with an empty form answers 422, 302...).
Denied: 403 for a logged-in user; a redirect to the login page for anonymous visitors.
"""
import pytest

from ds_tracker.models import RoleAssignment, Theme
from ds_tracker.services import SYSTEM, reference

ROLES = ["anonymous", "admin", "secretariat", "co_chair", "focal_momd", "focal_unicef", "focal_mof", "dstf_member",
         "norole"]
EVERYONE = set(ROLES)
LOGGED_IN = EVERYONE - {"anonymous"}
WITH_A_ROLE = LOGGED_IN - {"norole"}
ADMIN = {"admin"}
JCF_STAFF = {"admin", "secretariat", "co_chair"}
JCF_CHAIR = {"admin", "co_chair"}
STAFF_ANYWHERE = JCF_STAFF | {"dstf_member"}

# (endpoint, method) -> roles allowed. The world's records belong to JCF Ninewa (open); the recommendation is
# addressed to MoMD's Ninewa branch; its action is led by that branch and supported by UNICEF.
ACCESS = {
    ("auth.login", "GET"): EVERYONE,
    ("auth.login", "POST"): EVERYONE,
    ("auth.logout", "POST"): EVERYONE,
    ("auth.switch_language", "POST"): EVERYONE,
    ("auth.forgot_password", "GET"): EVERYONE,
    ("auth.forgot_password", "POST"): EVERYONE,
    ("auth.reset_password", "GET"): EVERYONE,
    ("auth.reset_password", "POST"): EVERYONE,
    ("auth.home", "GET"): LOGGED_IN,
    ("auth.account", "GET"): LOGGED_IN,
    ("auth.account", "POST"): LOGGED_IN,
    ("admin.index", "GET"): ADMIN,
    ("admin.users", "GET"): ADMIN,
    ("admin.new_user", "GET"): ADMIN,
    ("admin.new_user", "POST"): ADMIN,
    ("admin.user", "GET"): ADMIN,
    ("admin.user", "POST"): ADMIN,
    ("admin.add_role", "POST"): ADMIN,
    ("admin.end_role", "POST"): ADMIN,
    ("admin.reference_list", "GET"): ADMIN,
    ("admin.reference_new", "GET"): ADMIN,
    ("admin.reference_new", "POST"): ADMIN,
    ("admin.reference_edit", "GET"): ADMIN,
    ("admin.reference_edit", "POST"): ADMIN,
    ("admin.add_co_chair", "POST"): ADMIN,
    ("admin.trail", "GET"): ADMIN,
    ("meetings.forum", "GET"): WITH_A_ROLE,
    ("meetings.meeting", "GET"): WITH_A_ROLE,
    ("meetings.edit_meeting", "GET"): JCF_STAFF,
    ("meetings.edit_meeting", "POST"): JCF_STAFF,
    ("meetings.approve", "POST"): JCF_CHAIR,
    ("recommendations.recommendation", "GET"): STAFF_ANYWHERE | {"focal_momd", "focal_unicef"},
    ("recommendations.by_reference", "GET"): STAFF_ANYWHERE | {"focal_momd", "focal_unicef"},
    ("recommendations.change_status", "POST"): JCF_STAFF,
    ("recommendations.submission", "GET"): STAFF_ANYWHERE,
    ("recommendations.approve_submission", "POST"): JCF_CHAIR,
    ("recommendations.decision", "GET"): STAFF_ANYWHERE,
    ("actions.action", "GET"): STAFF_ANYWHERE | {"focal_momd", "focal_unicef"},
    ("actions.change_status", "POST"): JCF_STAFF | {"focal_momd"},
    ("actions.add_note", "POST"): JCF_STAFF | {"focal_momd", "focal_unicef"},
    ("actions.new_action", "GET"): JCF_STAFF | {"focal_momd"},
    ("actions.new_action", "POST"): JCF_STAFF | {"focal_momd"},
    ("directory.person", "GET"): STAFF_ANYWHERE,
    # lists and search: every logged-in user, each seeing only what they may (tested in test_lists.py)
    ("meetings.list_meetings", "GET"): LOGGED_IN,
    ("recommendations.list_recommendations", "GET"): LOGGED_IN,
    ("actions.list_actions", "GET"): LOGGED_IN,
    ("finder.search_page", "GET"): LOGGED_IN,
    ("meetings.new_meeting", "GET"): STAFF_ANYWHERE,
    ("meetings.new_meeting", "POST"): STAFF_ANYWHERE,
    ("meetings.preview", "POST"): WITH_A_ROLE,
    ("meetings.suggest", "GET"): STAFF_ANYWHERE,
    ("meetings.add_attendance", "POST"): JCF_STAFF,
    ("meetings.remove_attendance", "POST"): JCF_STAFF,
    ("meetings.add_session", "POST"): JCF_STAFF,
    ("meetings.edit_session", "GET"): JCF_STAFF,
    ("meetings.edit_session", "POST"): JCF_STAFF,
    ("meetings.remove_session", "POST"): JCF_STAFF,
    ("meetings.add_group", "POST"): JCF_STAFF,
    ("meetings.edit_group", "GET"): JCF_STAFF,
    ("meetings.edit_group", "POST"): JCF_STAFF,
    ("meetings.remove_group", "POST"): JCF_STAFF,
    ("recommendations.new_recommendation", "GET"): JCF_STAFF,
    ("recommendations.new_recommendation", "POST"): JCF_STAFF,
    ("recommendations.edit_recommendation", "GET"): JCF_STAFF,
    ("recommendations.edit_recommendation", "POST"): JCF_STAFF,
    ("recommendations.new_submission", "GET"): JCF_STAFF,
    ("recommendations.new_submission", "POST"): JCF_STAFF,
    ("recommendations.send_submission", "POST"): JCF_STAFF,
    ("recommendations.submission_scan", "GET"): STAFF_ANYWHERE,
    ("recommendations.record_decision", "POST"): JCF_STAFF,
    ("actions.new_meeting_action", "GET"): JCF_STAFF,
    ("actions.new_meeting_action", "POST"): JCF_STAFF,
    ("actions.edit_action", "GET"): JCF_STAFF | {"focal_momd"},
    ("actions.edit_action", "POST"): JCF_STAFF | {"focal_momd"},
    # exports of lists (scoped like the lists), follow-up pages, calendars
    ("actions.export_actions", "GET"): LOGGED_IN,
    ("recommendations.export_recommendations", "GET"): LOGGED_IN,
    ("meetings.export_meetings", "GET"): LOGGED_IN,
    ("meetings.export_participants", "GET"): WITH_A_ROLE,
    ("followup.dashboard", "GET"): STAFF_ANYWHERE,
    ("followup.pack", "GET"): STAFF_ANYWHERE,
    ("followup.pack_xlsx", "GET"): STAFF_ANYWHERE,
    ("followup.waiting", "GET"): LOGGED_IN,
    ("followup.chase", "POST"): JCF_CHAIR,
    ("followup.owe", "GET"): LOGGED_IN,
    ("followup.owe_update", "POST"): LOGGED_IN,   # which action it changes is in the form: checked per action
    ("followup.action_history", "GET"): STAFF_ANYWHERE | {"focal_momd", "focal_unicef"},
    ("followup.forum_calendar", "GET"): WITH_A_ROLE,
    ("followup.meeting_calendar", "GET"): WITH_A_ROLE,
    # report drafts: any forum's staff may start one; a draft is its author's (and admins')
    ("imports.list_drafts", "GET"): STAFF_ANYWHERE,
    ("imports.new_import", "GET"): STAFF_ANYWHERE,
    ("imports.new_import", "POST"): STAFF_ANYWHERE,
    ("imports.review", "GET"): {"admin", "secretariat"},
    ("imports.edit_item", "GET"): {"admin", "secretariat"},
    ("imports.edit_item", "POST"): {"admin", "secretariat"},
    ("imports.delete_item", "POST"): {"admin", "secretariat"},
    ("imports.split", "POST"): {"admin", "secretariat"},
    ("imports.save", "POST"): {"admin", "secretariat"},
    ("imports.discard", "POST"): {"admin", "secretariat"},
    ("imports.source", "GET"): {"admin", "secretariat"},
    ("directory.organisation", "GET"): WITH_A_ROLE,
    ("directory.place", "GET"): WITH_A_ROLE,
}
PUBLIC = {"static", "assets"}


def url_values(world, theme):
    focal_mof_role = world.users["focal_mof"].roles[0]
    return {
        "forum_id": world.jcf.id, "meeting_id": world.meeting.id, "rec_id": world.rec.id,
        "reference": world.rec.reference, "action_id": world.action.id, "submission_id": world.submission.id,
        "decision_id": world.decision.id, "person_id": world.participant.id, "org_id": world.momd.id,
        "place_id": world.place.id, "user_id": world.users["norole"].id, "assignment_id": focal_mof_role.id,
        "attendance_id": world.attendance.id, "session_id": world.session.id, "group_id": world.group.id,
        "draft_id": world.draft.id, "token": "not-a-valid-token",
    }


def kind_records(world, theme):
    return {"organisations": world.momd.id, "places": world.place.id, "forums": world.jcf.id, "themes": theme.id}


def all_requests(app, world, theme):
    """(endpoint, method, url) for every rule; rules with a choice of values are tried with each."""
    values = url_values(world, theme)
    for rule in app.url_map.iter_rules():
        for arg, converter in rule._converters.items():   # a choice like <any(csv, xlsx):fmt>: its first
            if arg != "kind" and hasattr(converter, "items"):
                values[arg] = sorted(converter.items)[0]
        if rule.endpoint in PUBLIC:
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            if "kind" in rule.arguments:
                for kind in sorted(rule._converters["kind"].items):
                    args = {a: values[a] for a in rule.arguments if a not in ("kind", "record_id", "item_id")}
                    if "record_id" in rule.arguments:
                        args["record_id"] = kind_records(world, theme)[kind]
                    if "item_id" in rule.arguments:   # the draft's first row of that kind
                        rows = world.draft.data.get(kind) or [{"id": "x1"}]
                        args["item_id"] = rows[0]["id"]
                    yield rule.endpoint, method, rule.build({**args, "kind": kind})[1]
            else:
                values_here = {**values, "item_id": (world.draft.data.get("participants") or [{"id": "p1"}])[0]["id"]}
                yield rule.endpoint, method, rule.build({a: values_here[a] for a in rule.arguments})[1]


def test_every_route_has_an_access_rule(app, world):
    theme = reference.create(SYSTEM, Theme, name="Compensation")
    endpoints = {(e, m) for e, m, _ in all_requests(app, world, theme)}
    missing = endpoints - set(ACCESS)
    assert not missing, f"routes with no access rule in the matrix: {sorted(missing)}"
    assert not set(ACCESS) - endpoints, "the matrix names routes that no longer exist"


@pytest.mark.parametrize("role", ROLES)
def test_route_matrix(app, client, world, login_as, role):
    theme = reference.create(SYSTEM, Theme, name="Compensation")
    from ds_tracker.extensions import db
    db.session.commit()
    login_as(role)
    failures = []
    for endpoint, method, url in all_requests(app, world, theme):
        allowed = role in ACCESS[(endpoint, method)]
        response = client.open(url, method=method, data={})
        status = response.status_code
        to_login = status == 302 and "/login" in response.headers.get("Location", "")
        if allowed:
            ok = status < 500 and status not in (401, 403) and not (to_login and endpoint != "auth.logout")
        elif role == "anonymous":
            ok = to_login
        else:
            ok = status == 403
        if not ok:
            failures.append(f"{method} {url} ({endpoint}) as {role}: {status} {'allowed' if allowed else 'denied'}")
        if endpoint == "auth.logout" and role != "anonymous":
            login_as(role)   # the matrix logged us out: log back in for the next routes
    assert not failures, "\n".join(failures)


def test_role_assignment_dates_matter_for_routes(client, world, login_as):
    """An ended role stops granting access the day after it ends."""
    from datetime import timedelta

    from ds_tracker.extensions import db
    from ds_tracker.services import accounts
    from ds_tracker.status import baghdad_today
    assignment = world.users["secretariat"].roles[0]
    accounts.end_role(SYSTEM, assignment, ends_on=baghdad_today() - timedelta(days=1), reason="Rotated out")
    db.session.commit()
    login_as("secretariat")
    assert client.get(f"/meetings/{world.meeting.id}/edit").status_code == 403
    assert db.session.get(RoleAssignment, assignment.id) is not None  # ended, not deleted
