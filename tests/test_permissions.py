"""The WRITE rules, alone: plain objects stand for records (reading is tests/test_access.py)."""
from datetime import date
from types import SimpleNamespace as NS

import ast
from pathlib import Path

import pytest

from ds_tracker.roles import Role
from ds_tracker.permissions import ANONYMOUS, build_principal

TODAY = date(2025, 6, 1)
ORG_TREE = {1: None, 2: 1, 3: 2, 10: None, 20: None}   # 1 MoMD > 2 branch > 3 department; 10 UNICEF; 20 MoF


def assignment(role, forum=None, org=None, start=date(2024, 1, 1), end=None):
    return NS(role=role, forum_id=forum, organisation_id=org,
              is_current=lambda on: start <= on and (end is None or on <= end))


def principal(*assignments):
    return build_principal(NS(id=7, is_enabled=True), assignments, ORG_TREE, TODAY)


OPEN = NS(id=100, confidential=False)
SECRET = NS(id=200, confidential=True)


def action(owner, supporters=(), forum=OPEN):
    return NS(owner_id=owner, supporters=[NS(id=s) for s in supporters], forum=forum, forum_id=forum.id)


def rec(addressees=(), forum=OPEN):
    return NS(addressees=[NS(id=a) for a in addressees], forum=forum, forum_id=forum.id)


def test_focal_point_scope_includes_children_of_the_organisation():
    p = principal(assignment(Role.FOCAL_POINT, org=1))
    assert p.focal_org_ids == {1, 2, 3}
    assert p.can_update_action(action(owner=3))
    assert not p.can_update_action(action(owner=10))


def test_expired_and_future_roles_grant_nothing():
    p = principal(assignment(Role.SECRETARIAT, forum=100, end=date(2025, 5, 31)),
                  assignment(Role.CO_CHAIR, forum=100, start=date(2025, 6, 2)))
    assert not p.has_any_role
    assert not p.can_edit_meeting(NS(forum_id=100)) and not p.can_prepare_submission(100)


def test_one_person_focal_point_and_co_chair_at_once():
    p = principal(assignment(Role.FOCAL_POINT, org=10), assignment(Role.CO_CHAIR, forum=100))
    assert p.can_approve_minutes(NS(forum_id=100))
    assert p.can_update_action(action(owner=10, forum=NS(id=300, confidential=False)))
    assert not p.can_approve_minutes(NS(forum_id=300))


def test_supporting_organisation_may_note_but_not_change_status():
    p = principal(assignment(Role.FOCAL_POINT, org=10))
    a = action(owner=2, supporters=[10])
    assert p.can_add_note(a)
    assert not p.can_update_action(a)


def test_only_co_chairs_approve_secretariat_prepares():
    sec = principal(assignment(Role.SECRETARIAT, forum=100))
    chair = principal(assignment(Role.CO_CHAIR, forum=100))
    sub = NS(forum_id=100, forum=OPEN)
    assert sec.can_prepare_submission(100) and not sec.can_approve_submission(sub)
    assert chair.can_approve_submission(sub)
    assert not sec.can_approve_minutes(NS(forum_id=100))


def test_focal_point_adds_actions_only_for_itself_on_addressed_recommendations():
    p = principal(assignment(Role.FOCAL_POINT, org=1))
    assert p.can_add_action(rec(addressees=[2]), owner_id=3)
    assert not p.can_add_action(rec(addressees=[2]), owner_id=10)
    assert not p.can_add_action(rec(addressees=[10]), owner_id=1)


def test_disabled_or_anonymous_users_have_no_rights():
    disabled = build_principal(NS(id=1, is_enabled=False), [assignment(Role.ADMIN)], ORG_TREE, TODAY)
    assert disabled is ANONYMOUS
    assert not ANONYMOUS.has_any_role and not ANONYMOUS.can_update_action(action(owner=1))


def test_permissions_module_is_pure_and_has_no_read_rules():
    """Reading is decided once, in access/: the write rules import nothing but the standard library and the
    pure role enum, and no can_view_* rule is left to drift from the SQL conditions."""
    package = Path(__file__).resolve().parents[1] / "ds_tracker"
    for name in ("permissions.py", "roles.py"):
        tree = ast.parse((package / name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                assert node.module in ("roles",), (name, node.module)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
                assert all(m.split(".")[0] in ("__future__", "dataclasses", "datetime", "enum") for m in modules)
    from ds_tracker.permissions import Principal
    assert not [n for n in dir(Principal) if n.startswith(("can_view", "can_read"))]


# --- every rule for every kind of user, as a table -------------------------------------------------------------
# Columns: admin, secretariat and co-chair of the open forum 100, secretariat of the confidential forum 200,
# secretariat of another open forum 300, focal points of MoMD (1), its branch (2) and UNICEF (10), a signed-in
# user with no role, and an anonymous visitor. Y = allowed.
PRINCIPALS = {
    "adm": lambda: principal(assignment(Role.ADMIN)),
    "sec": lambda: principal(assignment(Role.SECRETARIAT, forum=100)),
    "chr": lambda: principal(assignment(Role.CO_CHAIR, forum=100)),
    "sec_c": lambda: principal(assignment(Role.SECRETARIAT, forum=200)),
    "oth": lambda: principal(assignment(Role.SECRETARIAT, forum=300)),
    "momd": lambda: principal(assignment(Role.FOCAL_POINT, org=1)),
    "br": lambda: principal(assignment(Role.FOCAL_POINT, org=2)),
    "unc": lambda: principal(assignment(Role.FOCAL_POINT, org=10)),
    "none": lambda: principal(),
    "anon": lambda: ANONYMOUS,
}
OTHER = NS(id=300, confidential=False)
SUB, SUB_C, SUB_OTHER = NS(forum=OPEN, forum_id=100), NS(forum=SECRET, forum_id=200), NS(forum=OTHER, forum_id=300)
MEETING, MEETING_C = NS(forum=OPEN, forum_id=100), NS(forum=SECRET, forum_id=200)
REC, REC_C = rec(addressees=[2]), rec(addressees=[10], forum=SECRET)
ACT, ACT_C = action(owner=3, supporters=[10]), action(owner=3, supporters=[10], forum=SECRET)
RULES = {
    "edit meeting":                 (lambda p: p.can_edit_meeting(MEETING),               "Y Y Y . . . . . . ."),
    "edit confidential meeting":    (lambda p: p.can_edit_meeting(MEETING_C),             "Y . . Y . . . . . ."),
    "create meeting":               (lambda p: p.can_create_meeting(OPEN),                "Y Y Y . . . . . . ."),
    "approve minutes":              (lambda p: p.can_approve_minutes(MEETING),            "Y . Y . . . . . . ."),
    "edit recommendation":          (lambda p: p.can_edit_recommendation(REC),            "Y Y Y . . . . . . ."),
    "add action it will own":       (lambda p: p.can_add_action(REC, owner_id=3),         "Y Y Y . . Y Y . . ."),
    "add action for another org":   (lambda p: p.can_add_action(REC, owner_id=10),        "Y Y Y . . . . . . ."),
    "update action":                (lambda p: p.can_update_action(ACT),                  "Y Y Y . . Y Y . . ."),
    "note on action":               (lambda p: p.can_add_note(ACT),                       "Y Y Y . . Y Y Y . ."),
    "prepare submission":           (lambda p: p.can_prepare_submission(100),             "Y Y Y . . . . . . ."),
    "approve submission":           (lambda p: p.can_approve_submission(SUB),             "Y . Y . . . . . . ."),
    "record decision":              (lambda p: p.can_record_decision([SUB]),              "Y Y Y . . . . . . ."),
    "record decision, two forums":  (lambda p: p.can_record_decision([SUB, SUB_OTHER]),   "Y . . . . . . . . ."),
    "record decision on nothing":   (lambda p: p.can_record_decision([]),                 ". . . . . . . . . ."),
}


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_for_every_kind_of_user(rule):
    check, expected = RULES[rule]
    got = " ".join("Y" if check(make()) else "." for make in PRINCIPALS.values())
    assert got == expected, f"{rule}: {' '.join(PRINCIPALS)}"


def test_principal_fields_from_assignments():
    p = principal(assignment(Role.SECRETARIAT, forum=100), assignment(Role.CO_CHAIR, forum=100),
                  assignment(Role.FOCAL_POINT, org=2))
    assert p.user_id == 7 and p.is_admin is False
    assert p.forum_roles == {100: frozenset({Role.SECRETARIAT, Role.CO_CHAIR})}
    assert p.focal_org_ids == {2, 3}
    assert p.is_staff and p.has_any_role and p.roles_in(300) == frozenset()
    assert principal(assignment(Role.ADMIN)).is_admin is True
    focal = principal(assignment(Role.FOCAL_POINT, org=10))
    assert not focal.is_staff and focal.has_any_role and focal.forum_roles == {}


def test_a_user_without_an_enabled_flag_or_no_user_gets_nothing():
    assert build_principal(NS(id=1), [assignment(Role.ADMIN)], ORG_TREE, TODAY) is ANONYMOUS
    assert build_principal(None, [assignment(Role.ADMIN)], ORG_TREE, TODAY) is ANONYMOUS


def test_descendants_walk_the_whole_tree_once():
    from ds_tracker.permissions import with_descendants
    # 1's children listed with an already-found one last: the walk must go on past it.
    assert with_descendants({1, 2}, {4: 1, 2: 1, 1: None}) == {1, 2, 4}
    assert with_descendants({1}, {1: 2, 2: 1}) == {1, 2}          # a cycle ends
    assert with_descendants(set(), ORG_TREE) == set()
    assert with_descendants({10}, ORG_TREE) == {10}
