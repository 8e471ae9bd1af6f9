"""The WRITE rules, alone: plain objects stand for records (reading is tests/test_access.py)."""
from datetime import date
from types import SimpleNamespace as NS

import ast
from pathlib import Path

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
    """Reading is decided once, in access.py: the write rules import nothing but the standard library and the
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
