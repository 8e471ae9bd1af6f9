"""Every route × every role × anonymous, built from the app's URL map so no route can be forgotten.

ACCESS says who may use each endpoint; a route missing from it fails the test.
Allowed: the answer the route really gives when allowed: 200, 204 or a redirect that is not the login page
(and, for a POST of an empty form, 422 with the form's messages); never 400, 404 or 5xx.
Denied: 404 for a record the user may not read (it looks missing), 403 for one it reads but may not act
on; a redirect to the login page for anonymous visitors. Every variant of an `<any(...)>` route is
requested, and every record route is requested again with the records of a confidential forum.
"""
import itertools
from datetime import date

import pytest
import sqlalchemy as sa

from ds_tracker.models import Person, RoleAssignment, Theme
from ds_tracker.services import SYSTEM, actions, escalation, meetings, reference
from ds_tracker.status import EscalationLevel
from conftest import plan_world

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
    ("serving.healthz", "GET"): EVERYONE,   # the load balancer's probe: no login, says nothing about records
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
    ("admin.confirm_organisation", "POST"): ADMIN,
    ("admin.merge_organisation", "POST"): ADMIN,
    ("admin.add_co_chair", "POST"): ADMIN,
    ("admin.trail", "GET"): ADMIN,
    ("meetings.forum", "GET"): WITH_A_ROLE,
    ("meetings.meeting", "GET"): WITH_A_ROLE,
    ("meetings.edit_meeting", "GET"): JCF_STAFF,
    ("meetings.edit_meeting", "POST"): JCF_STAFF,
    ("meetings.approve", "GET"): JCF_CHAIR,
    ("meetings.approve", "POST"): JCF_CHAIR,
    ("meetings.send_back", "POST"): JCF_CHAIR,
    ("recommendations.recommendation", "GET"): STAFF_ANYWHERE | {"focal_momd", "focal_unicef"},
    ("recommendations.by_reference", "GET"): STAFF_ANYWHERE | {"focal_momd", "focal_unicef"},
    ("recommendations.change_status", "POST"): JCF_STAFF,
    ("recommendations.submission", "GET"): STAFF_ANYWHERE,
    ("recommendations.approve_submission", "POST"): JCF_CHAIR,
    ("recommendations.send_back_submission", "POST"): JCF_CHAIR,
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
    ("recommendations.edit_submission", "POST"): JCF_STAFF,
    ("recommendations.withdraw_submission", "POST"): JCF_STAFF,
    ("recommendations.list_submissions", "GET"): LOGGED_IN,   # scoped: a focal point sees an empty list
    ("recommendations.take_out", "POST"): JCF_STAFF,
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
    ("followup.new_calendar_address", "POST"): STAFF_ANYWHERE,   # retires the user's own feed addresses
    ("followup.pack", "GET"): STAFF_ANYWHERE,
    ("followup.pack_xlsx", "GET"): STAFF_ANYWHERE,
    ("followup.waiting", "GET"): LOGGED_IN,
    ("followup.chase", "POST"): JCF_CHAIR,
    ("followup.owe", "GET"): LOGGED_IN,
    ("followup.work", "GET"): STAFF_ANYWHERE,
    # which action it changes is in the form (FORMS below): checked per action, like the action's own page
    ("followup.owe_update", "POST"): JCF_STAFF | {"focal_momd", "focal_unicef"},   # lead's and supporters' notes
    ("followup.meeting_follow_up", "GET"): WITH_A_ROLE,
    ("followup.action_history", "GET"): STAFF_ANYWHERE | {"focal_momd", "focal_unicef"},
    ("followup.forum_calendar", "GET"): WITH_A_ROLE,
    ("followup.meeting_calendar", "GET"): WITH_A_ROLE,
    # report drafts: any forum's staff may start one; a draft is its author's (and admins')
    ("imports.list_drafts", "GET"): STAFF_ANYWHERE,
    ("imports.template_rules", "GET"): JCF_STAFF,        # what the JCF's reports taught: its staff's to see
    ("imports.forget_rule", "POST"): JCF_STAFF,          # ... and to forget
    ("imports.new_import", "GET"): STAFF_ANYWHERE,
    ("imports.new_import", "POST"): STAFF_ANYWHERE,
    ("imports.review", "GET"): {"admin", "secretariat"},
    ("imports.edit_item", "GET"): {"admin", "secretariat"},
    ("imports.edit_item", "POST"): {"admin", "secretariat"},
    ("imports.delete_item", "POST"): {"admin", "secretariat"},
    ("imports.restore_item", "POST"): {"admin", "secretariat"},
    ("imports.split", "POST"): {"admin", "secretariat"},
    ("imports.save", "POST"): {"admin", "secretariat"},
    ("imports.discard", "POST"): {"admin", "secretariat"},
    ("imports.discard", "GET"): {"admin", "secretariat"},
    ("imports.add_item", "POST"): {"admin", "secretariat"},
    ("imports.change_kind", "POST"): {"admin", "secretariat"},
    ("imports.structure", "POST"): {"admin", "secretariat"},
    ("imports.edit_header", "POST"): {"admin", "secretariat"},
    ("imports.source", "GET"): {"admin", "secretariat"},
    # plans, measures (actions under a commitment), indicators: the plan's forum staff write; measures are read
    # and updated as actions are (the lead organisation records values)
    ("plans.list_plans", "GET"): LOGGED_IN,
    ("plans.export_plans", "GET"): LOGGED_IN,
    ("plans.new_plan", "GET"): STAFF_ANYWHERE,
    ("plans.new_plan", "POST"): STAFF_ANYWHERE,
    ("plans.plan", "GET"): WITH_A_ROLE,
    ("plans.add_revision", "POST"): JCF_STAFF,
    ("plans.new_commitment", "GET"): JCF_STAFF,
    ("plans.new_commitment", "POST"): JCF_STAFF,
    ("plans.edit_commitment", "GET"): JCF_STAFF,
    ("plans.edit_commitment", "POST"): JCF_STAFF,
    ("plans.new_measure", "GET"): JCF_STAFF,
    ("plans.new_measure", "POST"): JCF_STAFF,
    ("plans.list_measures", "GET"): LOGGED_IN,
    ("plans.export_measures", "GET"): LOGGED_IN,
    ("plans.measure_recommendations", "GET"): JCF_STAFF,
    ("plans.measure_recommendations", "POST"): JCF_STAFF,
    ("plans.add_indicator", "POST"): JCF_STAFF,
    ("plans.record_value", "POST"): JCF_STAFF | {"focal_momd"},
    # the decisions register: read by every logged-in user; recorded by a forum's secretariat
    ("decisions.list_decisions", "GET"): LOGGED_IN,
    ("decisions.export_decisions", "GET"): LOGGED_IN,
    ("decisions.new_decision", "GET"): {"admin", "secretariat", "dstf_member"},
    ("decisions.new_decision", "POST"): {"admin", "secretariat", "dstf_member"},
    ("decisions.amend", "POST"): JCF_STAFF,   # world.decision answers a JCF letter: the JCF's staff amend it
    ("decisions.link", "POST"): JCF_STAFF,
    # the library: read by every user with a role (a confidential forum's documents by its members); the JCF's
    # document is edited by the JCF's staff; anyone's staff add documents
    ("library.list_documents_page", "GET"): LOGGED_IN,
    ("library.export_documents", "GET"): LOGGED_IN,
    ("library.document", "GET"): WITH_A_ROLE,
    ("library.document_file", "GET"): WITH_A_ROLE,
    ("library.new_document", "GET"): STAFF_ANYWHERE,
    ("library.new_document", "POST"): STAFF_ANYWHERE,
    ("library.edit_document", "GET"): JCF_STAFF,
    ("library.edit_document", "POST"): JCF_STAFF,
    ("library.delete_document", "POST"): JCF_STAFF,
    ("library.link_document", "POST"): JCF_STAFF,
    ("library.unlink_document", "POST"): JCF_STAFF,
    # coming meetings: scoped like the meetings list
    ("followup.upcoming_page", "GET"): LOGGED_IN,
    ("followup.upcoming_feed", "GET"): LOGGED_IN,
    # quarterly reviews: any forum's staff write one; a draft is its author's (and admins')
    ("quarterly.list_reviews", "GET"): STAFF_ANYWHERE,
    ("quarterly.new_review", "GET"): STAFF_ANYWHERE,
    ("quarterly.new_review", "POST"): STAFF_ANYWHERE,
    ("quarterly.edit_review", "GET"): {"admin", "secretariat"},
    ("quarterly.edit_review", "POST"): {"admin", "secretariat"},
    ("quarterly.review_docx", "GET"): {"admin", "secretariat"},
    ("quarterly.print_review", "GET"): {"admin", "secretariat"},
    ("quarterly.delete_review", "POST"): {"admin", "secretariat"},
    ("directory.organisation", "GET"): WITH_A_ROLE,
    ("directory.place", "GET"): WITH_A_ROLE,
}
PUBLIC = {"static", "assets"}

# POSTs that answer 400 to an empty form get a well-formed one, so "allowed" means the real answer.
FORMS = {
    "followup.owe_update": lambda w: {"n": "Started"},   # a note: the lead and the supporter may, others not
    "auth.switch_language": lambda w: {"language": "ar"},
}


def url_values(world, theme):
    focal_mof_role = world.users["focal_mof"].roles[0]
    plan_world(world)
    from ds_tracker.extensions import db
    from ds_tracker.models import TemplateRule
    rule = db.session.scalar(sa.select(TemplateRule).where(TemplateRule.forum_id == world.jcf.id)) or \
        TemplateRule(forum_id=world.jcf.id, kind="heading", key="way forward agreed", value="actions")
    db.session.add(rule)
    db.session.commit()
    return {"rule_id": rule.id,
        "plan_id": world.plan.id, "commitment_id": world.commitment.id, "measure_id": world.measure.id,
        "indicator_id": world.indicator.id,
        "forum_id": world.jcf.id, "meeting_id": world.meeting.id, "rec_id": world.rec.id,
        "reference": world.rec.reference, "action_id": world.action.id, "submission_id": world.submission.id,
        "decision_id": world.decision.id, "person_id": world.participant.id, "org_id": world.momd.id,
        "place_id": world.place.id, "user_id": world.users["norole"].id, "assignment_id": focal_mof_role.id,
        "attendance_id": world.attendance.id, "session_id": world.session.id, "group_id": world.group.id,
        "draft_id": world.draft.id, "token": "not-a-valid-token", "document_id": world.document.id,
        "review_id": world.review.id, "record_type": "meeting", "record_id": world.meeting.id,
    }


def kind_records(world, theme):
    return {"organisations": world.momd.id, "places": world.place.id, "forums": world.jcf.id, "themes": theme.id}


def all_requests(app, world, theme, values=None):
    """(endpoint, method, url) for every rule; rules with a choice of values are tried with each."""
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC:
            continue
        choices = {arg: sorted(c.items) for arg, c in rule._converters.items() if arg != "kind" and hasattr(c, "items")}
        for picked in itertools.product(*choices.values()):   # every <any(csv, xlsx):fmt> variant
            yield from _requests(rule, world, theme, {**(values or url_values(world, theme)),
                                                      **dict(zip(choices, picked))})


def _requests(rule, world, theme, values):
    if True:
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            if "kind" in rule.arguments:
                for kind in sorted(rule._converters["kind"].items):
                    args = {a: values[a] for a in rule.arguments if a not in ("kind", "record_id", "item_id")}
                    if "record_id" in rule.arguments:
                        args["record_id"] = kind_records(world, theme)[kind]
                    if "item_id" in rule.arguments:   # the draft's first row of that kind, if it has one
                        rows = world.draft.data.get(kind)
                        if not rows:
                            continue
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


def _attach_scan(record):
    from ds_tracker.models import Document
    from ds_tracker.services import SYSTEM
    from ds_tracker.uploads import store
    stored = store(SYSTEM, b"%PDF-1.4\n%%EOF\n", "letter.pdf", "application/pdf", record)
    if isinstance(record, Document):
        record.file = stored
        return
    record.scan_file = stored
    record.scan_name = "letter.pdf"


def _answer_is(allowed, status, location, method, role, endpoint):
    to_login = status == 302 and "/login" in location
    if allowed:
        real = {200, 204, 302} | ({422} if method == "POST" else set())
        return status in real and not (to_login and endpoint != "auth.logout")
    if role == "anonymous":
        return to_login
    return status in (403, 404)


@pytest.mark.parametrize("role", ROLES)
def test_route_matrix(app, client, world, login_as, role):
    theme = reference.create(SYSTEM, Theme, name="Compensation")
    from ds_tracker.extensions import db
    db.session.commit()
    _attach_scan(world.submission)
    _attach_scan(world.document)   # the document's file, so its download route answers for real
    db.session.commit()
    login_as(role)
    failures = []
    for endpoint, method, url in all_requests(app, world, theme):
        allowed = role in ACCESS[(endpoint, method)]
        data = FORMS[endpoint](world) if endpoint in FORMS else {}
        response = client.open(url, method=method, data=data)
        status = response.status_code
        response.close()
        if not _answer_is(allowed, status, response.headers.get("Location", ""), method, role, endpoint):
            failures.append(f"{method} {url} ({endpoint}) as {role}: {status} {'allowed' if allowed else 'denied'}")
        if endpoint == "auth.logout" and role != "anonymous":
            login_as(role)   # the matrix logged us out: log back in for the next routes
    assert not failures, "\n".join(failures)


CONFIDENTIAL_READERS = {"admin", "dstf_member"}
RECORD_ARGS = {"forum_id", "meeting_id", "rec_id", "reference", "action_id", "submission_id", "decision_id",
               "person_id", "attendance_id", "document_id"}


def confidential_world(world):
    """The confidential forum's own records: an action UNICEF leads and MoMD supports, a letter with its scan
    and decision, and a person known only from its meeting."""
    action = actions.create_action(SYSTEM, text="Brief the donors", owner=world.unicef, supporters=[world.momd],
                                   recommendation=world.dstf_rec, due_on=date(2025, 6, 1))
    sub = escalation.create_submission(SYSTEM, world.dstf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                       title="DSTF letter", recommendations=[world.dstf_rec])
    escalation.approve_submission(SYSTEM, sub, version=sub.version)
    escalation.mark_sent(SYSTEM, sub, sent_on=date(2025, 3, 20), reference="DSTF/1", version=sub.version)
    _attach_scan(sub)
    decision = escalation.record_decision(SYSTEM, submissions=[sub], level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                          decided_on=date(2025, 5, 2), outcomes={world.dstf_rec: ("endorsed", None)})
    person = Person(name="Zaid Confidential")
    from ds_tracker.extensions import db
    db.session.add(person)
    attendance = meetings.add_attendance(SYSTEM, world.dstf_meeting, person=person, position="Adviser")
    from ds_tracker.services import library
    document = library.create_document(SYSTEM, upload=(b"%PDF-1.4\n%%EOF\n", "brief.pdf"), title="DSTF brief",
                                       language="en", forums=[world.dstf])
    library.link_document(SYSTEM, document, "meeting", world.dstf_meeting.id)
    from ds_tracker.models import TemplateRule
    rule = TemplateRule(forum_id=world.dstf.id, kind="heading", key="closed session points", value="actions")
    db.session.add(rule)
    db.session.commit()
    return {"forum_id": world.dstf.id, "meeting_id": world.dstf_meeting.id, "rec_id": world.dstf_rec.id,
            "rule_id": rule.id,
            "reference": world.dstf_rec.reference, "action_id": action.id, "submission_id": sub.id,
            "decision_id": decision.id, "person_id": person.id, "attendance_id": attendance.id,
            "document_id": document.id, "record_id": world.dstf_meeting.id}


@pytest.mark.parametrize("role", ROLES)
def test_confidential_records_look_missing_to_non_members(app, client, world, login_as, role):
    """Every GET route of a confidential forum's record: its members (and admins) get the real answer where
    the open forum's staff do; anyone else gets 404, exactly as for a record that does not exist."""
    theme = reference.create(SYSTEM, Theme, name="Compensation")
    secret = confidential_world(world)
    login_as(role)
    failures = []
    for endpoint, method, url in all_requests(app, world, theme, {**url_values(world, theme), **secret}):
        rule_args = next(r.arguments for r in app.url_map.iter_rules() if r.endpoint == endpoint)
        if method != "GET" or not rule_args & RECORD_ARGS or endpoint.startswith(("admin.", "imports.")):
            continue
        response = client.get(url)
        status = response.status_code
        response.close()
        if role == "anonymous":
            ok = status == 302 and "/login" in response.headers.get("Location", "")
        elif role in CONFIDENTIAL_READERS and ("admin" if role == "admin" else "secretariat") in ACCESS[(endpoint, method)]:
            ok = status in (200, 204, 302)   # the forum's secretariat does there what the open forum's does here
        elif role in CONFIDENTIAL_READERS:
            ok = status in (403, 404)
        else:
            ok = status == 404
        if not ok:
            failures.append(f"GET {url} ({endpoint}) as {role}: {status}")
    assert not failures, "\n".join(failures)


def test_role_assignment_dates_matter_for_routes(client, world, login_as):
    """An ended role stops granting access the day after it ends: the meeting then looks missing."""
    from datetime import timedelta

    from ds_tracker.extensions import db
    from ds_tracker.services import accounts
    from ds_tracker.status import baghdad_today
    assignment = world.users["secretariat"].roles[0]
    accounts.end_role(SYSTEM, assignment, ends_on=baghdad_today() - timedelta(days=1), reason="Rotated out")
    db.session.commit()
    login_as("secretariat")
    assert client.get(f"/meetings/{world.meeting.id}/edit").status_code == 404
    assert db.session.get(RoleAssignment, assignment.id) is not None  # ended, not deleted
