"""Writes to actions: create (from a recommendation, a meeting or a decision), edit, status, notes."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from .. import search
from ..extensions import db
from ..models import Action, ActionNote, Operation
from ..models.base import utcnow
from ..status import ActionStatus, TransitionError, check_action_transition
from .core import (ValidationFailed, already_created, assign, check_version, clean, created_fields, log,
                   principal_for, remember_creation, require, touch)

FIELDS = ["text", "owner", "supporters", "focal_person", "due_on"]


def _forum_id(recommendation, meeting, decision, commitment=None) -> int:
    if commitment is not None:
        return commitment.forum_id
    if recommendation is not None:
        return recommendation.forum_id
    if meeting is not None:
        return meeting.forum_id
    return decision.submissions[0].forum_id


def create_action(actor, *, text: str, owner, recommendation=None, meeting=None, decision=None, supporters=(),
                  focal_person=None, due_on=None, idempotency_key=None, commitment=None) -> Action:
    """An action; with `commitment`, a measure of a plan (its one parent: no recommendation, meeting or
    decision beside it; the recommendations that support it and the decisions that create it are links)."""
    if commitment is not None and (recommendation or meeting or decision):
        raise ValidationFailed({"": _l("A measure belongs to its commitment only.")})
    if recommendation is None and meeting is None and decision is None and commitment is None:
        raise ValidationFailed({"": _l("An action serves a recommendation, a meeting or a decision.")})
    if decision is not None and recommendation is None and meeting is None and not decision.submissions:
        raise ValidationFailed({"": _l("That decision answers no submission of a forum.")})
    principal = principal_for(actor)
    if commitment is not None:
        require(principal.can_edit_commitment(commitment),
                _l("Only the plan's forum secretariat and co-chairs can add measures."))
    elif recommendation is not None:
        require(principal.can_add_action(recommendation, owner.id if owner else None),
                _l("You can add actions only for your own organisation, on recommendations addressed to it."))
    elif meeting is not None:
        require(principal.can_edit_meeting(meeting), _l("Only this forum's secretariat and co-chairs can add action points."))
    else:
        require(principal.can_record_decision(decision.submissions))
    if existing := already_created(actor, idempotency_key, Action):
        return existing
    errors = {}
    if not clean(text):
        errors["text"] = _l("Say what is to be done.")
    if owner is None:
        errors["owner"] = _l("Every action needs a lead organisation.")
    if owner is not None and owner in supporters:
        errors["supporters"] = _l("The lead organisation cannot also be a supporter.")
    if errors:
        raise ValidationFailed(errors)
    action = Action(text=clean(text), owner=owner, supporters=list(supporters), focal_person=focal_person,
                    due_on=due_on, recommendation=recommendation, meeting=meeting, decision=decision,
                    commitment=commitment, forum_id=_forum_id(recommendation, meeting, decision, commitment),
                    created_by_id=actor.id if actor else None, updated_by_id=actor.id if actor else None)
    db.session.add(action)
    db.session.flush()
    changes = created_fields(action, ["status"] + FIELDS)
    parent = commitment or recommendation or meeting or decision
    log(actor, action, Operation.CREATE, changes, parent=parent)
    reindex(action)
    remember_creation(actor, idempotency_key, action)
    return action


def reindex(action: Action) -> None:
    search.index("action", action.id, action.forum_id, search.action_document(action))


def _differs(old, new) -> bool:
    if isinstance(old, list):
        return [getattr(o, "id", o) for o in old] != [getattr(n, "id", n) for n in new or []]
    return old != new


def _check_owner_edit(action: Action, data: dict, reason) -> None:
    """The lead organisation's focal point moves the due date, with a reason, and changes nothing else:
    text, owner, supporters and focal person are what the forum agreed; whatever the form sends."""
    refused = {k: _l("Only the forum's secretariat and co-chairs can change this. Ask them, or add a "
                     "progress note.") for k, v in data.items()
               if k != "due_on" and _differs(getattr(action, k), clean(v) if k == "text" else v)}
    if refused:
        raise ValidationFailed(refused)
    if "due_on" in data and data["due_on"] != action.due_on:
        if data["due_on"] is None:
            raise ValidationFailed({"due_on": _l("You can move the due date, not remove it.")})
        if not clean(reason):
            raise ValidationFailed({"reason": _l("Say why the due date moves: the secretariat will see it.")})


def update_action(actor, action: Action, data: dict, *, version, reason=None) -> dict:
    who = principal_for(actor)
    require(who.can_update_action(action))
    check_version(action, version)
    data = {k: v for k, v in data.items() if k in FIELDS}
    staff = who.is_staff_of(action.forum_id)
    if not staff:
        _check_owner_edit(action, data, reason)
    if "text" in data:
        data["text"] = clean(data["text"])
        if not data["text"]:
            raise ValidationFailed({"text": _l("Say what is to be done.")})
    if "owner" in data and data["owner"] is None:
        raise ValidationFailed({"owner": _l("Every action needs a lead organisation.")})
    changes = assign(action, data)
    if "due_on" in changes:   # moved by the owner: flagged for the secretariat; set by staff: settled
        flag = {"due_moved_dt": None if staff else utcnow(), "due_moved_reason": None if staff else clean(reason)}
        assign(action, flag)
    if changes:
        touch(action, actor)
        log(actor, action, Operation.UPDATE, changes, clean(reason))
        reindex(action)
        db.session.flush()
    return changes


def change_status(actor, action: Action, new: ActionStatus, *, version, note=None) -> ActionNote:
    """Move an action; the note is the reason, required where the rules say so, and kept as a progress note."""
    require(principal_for(actor).can_update_action(action),
            _l("Only the lead organisation's focal point and the forum's staff can change this action's status."))
    check_version(action, version)
    try:
        needs_reason = check_action_transition(action.status, new)
    except TransitionError as e:
        raise ValidationFailed({"status": str(e)}) from None
    note = clean(note)
    if needs_reason and not note:
        raise ValidationFailed({"note": _l("Say why: a note is required for this change.")})
    old = action.status
    changes = assign(action, {"status": new})
    touch(action, actor)
    entry = ActionNote(action=action, author_id=actor.id if actor else None, body=note or "",
                       status_from=old, status_to=new)
    db.session.add(entry)
    log(actor, action, Operation.STATUS, changes, note)
    db.session.flush()
    return entry


def add_note(actor, action: Action, body: str, *, idempotency_key=None) -> ActionNote:
    require(principal_for(actor).can_add_note(action))
    if existing := already_created(actor, idempotency_key, ActionNote):
        return existing
    body = clean(body)
    if not body:
        raise ValidationFailed({"body": _l("Write the progress note.")})
    note = ActionNote(action=action, author_id=actor.id if actor else None, body=body)
    db.session.add(note)
    db.session.flush()
    log(actor, note, Operation.CREATE, {"body": [None, body]}, parent=action)
    remember_creation(actor, idempotency_key, note)
    return note
