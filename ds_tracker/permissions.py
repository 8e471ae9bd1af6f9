"""PURE: who may WRITE what. Every service asks here; reading is ds_tracker/access/ (SQL conditions).

A Principal is what a user may act as today: their current role assignments, with a focal point's
organisation widened to its children (a MoMD focal point answers for MoMD's branches too).
The rules below read only plain attributes, so they are tested without a database. A write rule is
asked only after the record was loaded through access/, so it never widens what a user may read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .roles import Role

STAFF = frozenset({Role.SECRETARIAT, Role.CO_CHAIR})


@dataclass(frozen=True)
class Principal:
    user_id: int | None = None
    is_admin: bool = False
    forum_roles: dict[int, frozenset[Role]] = field(default_factory=dict)
    focal_org_ids: frozenset[int] = frozenset()
    focal_roots: frozenset[int] = frozenset()   # the top ones of focal_org_ids (none is below another)

    # --- what kind of user this is -------------------------------------------------------
    @property
    def has_any_role(self) -> bool:
        return self.is_admin or bool(self.forum_roles) or bool(self.focal_org_ids)

    @property
    def is_staff(self) -> bool:
        """Secretariat or co-chair of some forum."""
        return any(roles & STAFF for roles in self.forum_roles.values())

    def roles_in(self, forum_id: int | None) -> frozenset[Role]:
        return self.forum_roles.get(forum_id, frozenset())

    def is_staff_of(self, forum_id: int | None) -> bool:
        return self.is_admin or bool(self.roles_in(forum_id) & STAFF)

    def is_co_chair_of(self, forum_id: int | None) -> bool:
        return self.is_admin or Role.CO_CHAIR in self.roles_in(forum_id)

    def is_secretariat_of(self, forum_id: int | None) -> bool:
        return self.is_admin or Role.SECRETARIAT in self.roles_in(forum_id)

    def speaks_for(self, organisation_id: int | None) -> bool:
        return organisation_id in self.focal_org_ids

    # --- meetings -----------------------------------------------------------------------
    def can_edit_meeting(self, meeting) -> bool:
        return self.is_staff_of(meeting.forum_id)

    def can_create_meeting(self, forum) -> bool:
        return self.is_staff_of(forum.id)

    def can_approve_minutes(self, meeting) -> bool:
        return self.is_co_chair_of(meeting.forum_id)

    # --- recommendations ----------------------------------------------------------------
    def can_edit_recommendation(self, rec) -> bool:
        return self.is_staff_of(rec.forum_id)

    def can_open_action_form(self, rec) -> bool:
        """The "Add an action" form of a recommendation: its forum's staff, or a focal point it addresses."""
        return self.is_staff_of(rec.forum_id) or any(self.speaks_for(o.id) for o in rec.addressees)

    def can_add_action(self, rec, owner_id: int | None) -> bool:
        if self.is_staff_of(rec.forum_id):
            return True
        addressed = any(self.speaks_for(o.id) for o in rec.addressees)
        return addressed and self.speaks_for(owner_id)

    # --- actions ------------------------------------------------------------------------
    def can_update_action(self, action) -> bool:
        """Status, progress, due date: the forum's staff and the lead organisation's focal point."""
        return self.is_staff_of(action.forum_id) or self.speaks_for(action.owner_id)

    def can_add_note(self, action) -> bool:
        return self.can_update_action(action) or any(self.speaks_for(o.id) for o in action.supporters)

    # --- escalation ---------------------------------------------------------------------
    def can_prepare_submission(self, forum_id: int) -> bool:
        return self.is_staff_of(forum_id)

    def can_approve_submission(self, submission) -> bool:
        return self.is_co_chair_of(submission.forum_id)

    def can_record_decision(self, submissions) -> bool:
        return bool(submissions) and all(self.is_staff_of(s.forum_id) for s in submissions)

    # --- the decisions register -----------------------------------------------------------
    def can_record_register_decision(self, forum_id: int | None) -> bool:
        """A decision answering no submission is recorded by the forum's secretariat (and admins)."""
        return self.is_secretariat_of(forum_id)

    def can_amend_decision(self, decision) -> bool:
        """An amendment or a link: whoever recorded the decision may (its forum's secretariat, or the staff of
        the forums whose submissions it answers)."""
        if decision.submissions:
            return self.can_record_decision(decision.submissions)
        return self.is_secretariat_of(decision.forum_id)

    # --- plans, commitments, measures, indicators -------------------------------------------
    def can_edit_plan(self, plan) -> bool:
        """Plans, their revisions and commitments, and adding measures: the owning forum's staff."""
        return self.is_staff_of(plan.forum_id)

    def can_edit_commitment(self, commitment) -> bool:
        return self.is_staff_of(commitment.forum_id)

    def can_edit_measure_links(self, action) -> bool:
        """Which recommendations support a measure, and its indicators: the forum's staff, as for the text."""
        return action.commitment_id is not None and self.is_staff_of(action.forum_id)

    def can_record_indicator_value(self, indicator) -> bool:
        """A new value: whoever updates the measure (the lead organisation's focal point included)."""
        return self.can_update_action(indicator.action)

    # --- the library and the quarterly review ---------------------------------------------
    def can_add_document(self) -> bool:
        """Any forum's staff publish to the library (a document is read by every user with a role)."""
        return self.is_admin or self.is_staff

    def can_edit_document(self, document) -> bool:
        """Staff of a forum the document is tagged with; any staff for a document of no forum."""
        forums = [f.id for f in document.forums]
        return self.is_admin or (any(self.is_staff_of(f) for f in forums) if forums else self.is_staff)

    def can_write_review(self) -> bool:
        return self.is_admin or self.is_staff

    def can_edit_review(self, draft) -> bool:
        return self.is_admin or (self.user_id is not None and draft.created_by_id == self.user_id)


ANONYMOUS = Principal()


def build_principal(user, assignments, org_parents: dict[int, int | None], today: date) -> Principal:
    """Make a Principal from a user's role assignments and the organisation tree {id: parent_id} (the subtree
    below the user's focal organisations is enough)."""
    if user is None or not getattr(user, "is_enabled", False):
        return ANONYMOUS
    current = [a for a in assignments if a.is_current(today)]
    forum_roles: dict[int, set[Role]] = {}
    focal_roots = set()
    is_admin = False
    for a in current:
        if a.role is Role.ADMIN:
            is_admin = True
        elif a.role is Role.FOCAL_POINT:
            focal_roots.add(a.organisation_id)
        else:
            forum_roles.setdefault(a.forum_id, set()).add(a.role)
    return Principal(
        user_id=user.id,
        is_admin=is_admin,
        forum_roles={k: frozenset(v) for k, v in forum_roles.items()},
        focal_org_ids=(orgs := frozenset(with_descendants(focal_roots, org_parents))),
        focal_roots=frozenset(r for r in focal_roots if org_parents.get(r) not in orgs),
    )


def with_descendants(roots: set[int], parents: dict[int, int | None]) -> set[int]:
    """The ids in `roots` and every id below them in a tree given as {id: parent_id}."""
    children: dict[int | None, list[int]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    found, stack = set(), list(roots)
    while stack:
        org = stack.pop()
        if org in found:
            continue
        found.add(org)
        stack.extend(children.get(org, ()))
    return found
