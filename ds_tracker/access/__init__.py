"""Who may READ what: one SQL condition per kind of record, used by every page, list, search, export and e-mail.

The rule, in words (docs/decisions.md has the reasons):
- admins read everything;
- a member of a forum (a current secretariat or co-chair role there) reads the forum's whole record;
- staff (a current staff role anywhere) read the whole record of every open forum;
- a focal point reads, in open forums only, the recommendations its organisation (branches included) is
  addressed by, leads or supports a live action of, and the live actions it leads or supports; of an
  escalation it sees the stage and the outcome (on the recommendation), not the letters or the notes;
- a confidential forum is read by its members only: nobody else learns its records, people or meetings.

A record the user may not read is answered like a missing one (404), so its existence is not revealed.
Conditions are SQLAlchemy expressions; `dense` picks the per-row form of a focal point's share when its
organisation owns many rows (queries.focal_share_is_dense), the default the index form.

The conditions live in access/records.py (the forums' own records), access/plans.py (plans, commitments,
measures' indicators), access/library.py (documents, review drafts) and access/owed.py (a focal point's
share, a user's principal); `from ds_tracker import access` then `access.X` reaches every one of them.
"""
from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..models import (Action, ActionNote, AgendaItem, Attendance, BreakoutGroup, Commitment, Decision,
                      DecisionAmendment, Document, Forum, Indicator, IndicatorValue, Meeting, Organisation, Person,
                      Place, Plan, PlanRevision, Recommendation, ReportDraft, ReviewDraft, RoleAssignment, Session,
                      Submission, TemplateRule, Theme, TrailEntry, User)
from ..permissions import Principal
from .library import document, review_draft
from .owed import (org_subtree, owed_action_parts, owed_actions, owed_recommendations, principal_on,
                   supported_by)
from .plans import commitment, indicator, indicator_value, plan, plan_revision
from .records import (action, admin_only, amendment, attendance, decision, draft, draft_source, forum, meeting,
                      meeting_part, note, person, reads_whole_forum, recommendation, reference, sees_forum,
                      share_forum_ids, statement, statements, submission, template_rule, trail_entry, visible_forum_ids,
                      whole_forum_ids)

__all__ = [
    "action", "admin_only", "amendment", "attendance", "commitment", "condition", "decision", "document", "draft",
    "draft_source", "forum", "get", "indicator", "indicator_value", "meeting", "meeting_part", "note",
    "org_subtree", "owed_action_parts", "owed_actions", "owed_recommendations", "person", "plan", "plan_revision",
    "principal_on", "reads_whole_forum", "recommendation", "reference", "review_draft", "sees_forum",
    "share_forum_ids", "statement", "statements", "submission", "template_rule", "supported_by", "trail_entry", "visible_forum_ids", "whole_forum_ids",
    "CONDITIONS",
]


CONDITIONS = {
    Forum: forum, Meeting: meeting, Attendance: attendance, Session: meeting_part(Session),
    AgendaItem: meeting_part(AgendaItem), BreakoutGroup: meeting_part(BreakoutGroup),
    Recommendation: recommendation, Action: action,
    ActionNote: note, Submission: submission, Decision: decision, ReportDraft: draft, TrailEntry: trail_entry,
    DecisionAmendment: amendment, Plan: plan, PlanRevision: plan_revision, Commitment: commitment,
    Indicator: indicator, IndicatorValue: indicator_value,
    Person: person, Organisation: reference, Place: reference, Theme: reference, User: admin_only,
    RoleAssignment: admin_only, Document: document, ReviewDraft: review_draft, TemplateRule: template_rule,
}


def condition(model, who: Principal):
    """The read condition of a kind of record; a kind without its own rule is for admins only."""
    return CONDITIONS.get(model, admin_only)(who)


def get(model, record_id, who: Principal, options=()):
    """The record if the user may read it, else None (missing, deleted and hidden look the same). `options`:
    what to load with it (a page that shows its parts asks for them in the same query; the same tuple each time,
    as the statement is built once per kind of reader and options)."""
    try:
        record_id = int(record_id)
    except (TypeError, ValueError):
        return None
    query = statement(("record", model, tuple(options)), who, lambda: sa.select(model).where(
        model.id == sa.bindparam("record_id"), condition(model, who)).options(*options))
    return db.session.scalars(query, {"record_id": record_id}).unique().first()
