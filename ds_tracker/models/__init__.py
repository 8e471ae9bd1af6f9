"""All models, importable from one place."""
from .actions import Action, ActionNote, action_supporters
from .forums import CoChairSide, Forum, ForumCoChair, ForumKind
from .meetings import (AgendaItem, Attendance, BreakoutGroup, Meeting, MeetingForum, MeetingOrganisation, MeetingRole,
                       Session, Sitting)
from .people import Gender, LoginAttempt, PasswordResetRequest, Person, Role, RoleAssignment, User
from .recommendations import (LEVEL_LABELS, Decision, DecisionAmendment, DecisionOutcome, LinkKind, Recommendation,
                              RecommendationLink, Submission)
from .plans import Commitment, Indicator, IndicatorValue, Plan, PlanKind, PlanRevision, measure_recommendations
from .reference import Organisation, OrganisationType, Place, PlaceKind, Theme
from .files import StoredFile
from .library import Document, DocumentLink
from .reviews import ReviewDraft
from .imports import DraftStatus, ReportDraft, TemplateRule
from .reminders import ReminderLog
from .search import SearchEntry
from .trail import IdempotencyKey, Operation, TrailEntry

__all__ = [
    "Action", "ActionNote", "action_supporters", "CoChairSide", "Forum", "ForumCoChair", "ForumKind",
    "Attendance", "BreakoutGroup", "Meeting", "MeetingForum", "MeetingOrganisation", "MeetingRole", "Session", "Sitting",
    "TemplateRule", "Gender", "LoginAttempt", "PasswordResetRequest", "Person", "Role", "RoleAssignment", "User",
    "LEVEL_LABELS", "Decision", "DecisionAmendment", "Commitment", "Indicator", "IndicatorValue", "Plan",
    "PlanKind", "PlanRevision", "measure_recommendations",
    "DecisionOutcome", "LinkKind", "Recommendation", "RecommendationLink", "Submission", "Organisation",
    "OrganisationType", "Place", "PlaceKind", "Theme", "SearchEntry", "DraftStatus", "ReportDraft", "AgendaItem", "ReminderLog", "StoredFile", "IdempotencyKey", "Operation", "TrailEntry",
    "Document", "DocumentLink", "ReviewDraft",
]
