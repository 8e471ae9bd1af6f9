"""Writes to submissions (a forum's letters upward) and decisions (the answers)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
import sqlalchemy as sa

from ..extensions import db
from ..models import Decision, DecisionOutcome, Operation, Submission
from ..models.base import utcnow
from ..status import OUTCOMES_NEEDING_TEXT, EscalationLevel, Outcome
from .core import (add_created, ValidationFailed, already_created, assign, check_version, clean, created_fields, log,
                   principal_for, remember_creation, require, set_outside_lock, touch)


def refresh(recommendations) -> None:
    """Recompute the cached escalation state of recommendations from their submissions and decisions.

    The stage is derived, so it lives outside the recommendation's version: a submission never makes the
    next editor of a recommendation it carries see "someone changed this record"."""
    db.session.flush()
    for rec in recommendations:
        db.session.refresh(rec, ["submissions"])
        stage = rec.escalation
        set_outside_lock(rec, escalation_state=stage.state, escalation_level=stage.level.value if stage.level else None)


def create_submission(actor, forum, *, level: EscalationLevel, title: str, recommendations=(), addressee=None,
                      meeting=None, idempotency_key=None) -> Submission:
    """A planned submission: it becomes 'sent' once it has a date and a reference number."""
    require(principal_for(actor).can_prepare_submission(forum.id), _l("Only this forum's staff can prepare submissions."))
    if existing := already_created(actor, idempotency_key, Submission):
        return existing
    errors = {}
    if not clean(title):
        errors["title"] = _l("Give the submission a title (what the letter is).")
    if any(r.forum_id != forum.id for r in recommendations):
        errors["recommendations"] = _l("A forum can only submit its own recommendations.")
    elif twin := _planned_twin(forum, level, recommendations):
        errors["recommendations"] = _l("“%(title)s” already plans to send exactly these recommendations to the same "
                                       "body: open it from the submissions list instead of making a second one.",
                                       title=twin.title)
    if errors:
        raise ValidationFailed(errors)
    sub = Submission(forum=forum, level=level, title=clean(title), addressee=addressee, meeting=meeting,
                     recommendations=list(recommendations), updated_by_id=actor.id if actor else None)
    add_created(actor, sub, ["title", "level", "addressee", "meeting", "recommendations"],
                idempotency_key=idempotency_key)
    refresh(sub.recommendations)
    return sub


def set_recommendations(actor, sub: Submission, recommendations, *, version) -> dict:
    require(principal_for(actor).can_prepare_submission(sub.forum_id))
    check_version(sub, version)
    if sub.is_sent:
        raise ValidationFailed({"recommendations": _l("This submission was sent; what it carried cannot change.")})
    if any(r.forum_id != sub.forum_id for r in recommendations):
        raise ValidationFailed({"recommendations": _l("A forum can only submit its own recommendations.")})
    before = list(sub.recommendations)
    changes = assign(sub, {"recommendations": list(recommendations)})
    if changes:
        touch(sub, actor)
        log(actor, sub, Operation.UPDATE, changes)
        refresh(set(before) | set(sub.recommendations))
    return changes


def update_submission(actor, sub: Submission, *, title: str, level: EscalationLevel, addressee=None, version) -> dict:
    """Correct a submission not yet sent: what the letter is, and the body it goes to (an import may have named the
    wrong one). A letter a co-chair approved for one body is approved again for another."""
    require(principal_for(actor).can_prepare_submission(sub.forum_id), _l("Only this forum's staff can change it."))
    check_version(sub, version)
    if sub.is_sent:
        raise ValidationFailed({"": _l("This submission was sent; its body and title cannot change.")})
    if not clean(title):
        raise ValidationFailed({"title": _l("Give the submission a title (what the letter is).")})
    changes = assign(sub, {"title": clean(title), "level": level, "addressee": addressee})
    if changes and sub.approved_dt:
        changes.update(assign(sub, {"approved_by_id": None, "approved_dt": None}))
    if changes:
        touch(sub, actor)
        log(actor, sub, Operation.UPDATE, changes)
        refresh(sub.recommendations)      # their stage names the level they are on their way to
    return changes


def approve_submission(actor, sub: Submission, *, version, anyway: bool = False) -> None:
    """anyway: the co-chair approved from a page that showed the letter sent back (a send-back does not change
    the version, so a page opened before it must not approve over it unseen)."""
    from .sent_back import refuse_unseen
    require(principal_for(actor).can_approve_submission(sub), _l("Only a co-chair of this forum can approve a submission."))
    check_version(sub, version)
    if sub.approved_dt:
        raise ValidationFailed({"": _l("This submission is already approved.")})
    refuse_unseen(sub, anyway)
    changes = assign(sub, {"approved_by_id": actor.id, "approved_dt": utcnow()})
    touch(sub, actor)
    log(actor, sub, Operation.STATUS, changes)
    db.session.flush()


def mark_sent(actor, sub: Submission, *, sent_on, reference: str, version, scan=None) -> None:
    """scan: (bytes, filename) of the letter as sent; stored only if everything else is valid."""
    from ..uploads import safe_name, scan_type, store
    require(principal_for(actor).can_prepare_submission(sub.forum_id))
    check_version(sub, version)
    errors = {}
    scan_kind = scan_type(scan[0]) if scan else None
    if scan and scan_kind is None:
        errors["scan"] = _l("Attach the scan as a PDF, PNG or JPEG file; this file is none of them, whatever its name.")
    if not sub.approved_dt:
        errors[""] = _l("A co-chair must approve this submission before it is sent.")
    if sent_on is None:
        errors["sent_on"] = _l("Give the date it was sent.")
    if not clean(reference):
        errors["reference"] = _l("Give the letter's reference number.")
    if not sub.recommendations:
        errors["recommendations"] = _l("The submission carries no recommendation.")
    if errors:
        raise ValidationFailed(errors)
    changes = assign(sub, {"sent_on": sent_on, "reference": clean(reference)})
    if scan:
        name = safe_name(scan[1], f"scan-{sub.id}")
        sub.scan_file, sub.scan_name = store(actor, scan[0], name, scan_kind, sub), name
        changes["scan"] = [None, name]
    touch(sub, actor)
    log(actor, sub, Operation.STATUS, {**changes, "state": ["planned", "sent"]})
    refresh(sub.recommendations)


def record_decision(actor, *, submissions, level: EscalationLevel, decided_on, number=None, text=None, body=None,
                    outcomes: dict, idempotency_key=None) -> Decision:
    """outcomes: {recommendation: (Outcome, note)} for recommendations the submissions carried."""
    require(principal_for(actor).can_record_decision(submissions), _l("Only the submitting forum's staff can record its answer."))
    if existing := already_created(actor, idempotency_key, Decision):
        return existing
    errors, outcomes = decision_problems(submissions, decided_on, outcomes)
    if errors:
        raise ValidationFailed(errors)
    decision = Decision(level=level, decided_on=decided_on, number=clean(number), text=clean(text), body=body,
                        submissions=list(submissions), created_by_id=actor.id if actor else None)
    for rec, (outcome, note) in outcomes.items():
        decision.outcomes.append(DecisionOutcome(recommendation=rec, outcome=outcome, note=clean(note)))
    db.session.add(decision)
    db.session.flush()
    log(actor, decision, Operation.CREATE, created_fields(decision, ["level", "number", "decided_on", "body", "text"]))
    for o in decision.outcomes:
        # The recommendation's own history shows the answer it got.
        log(actor, o.recommendation, Operation.UPDATE,
            {"decision": [None, f"{decision.body_label} {decision.number or ''} {decision.decided_on}: "
                                f"{o.outcome.value}".replace("  ", " ")]}, o.note)
    refresh([o.recommendation for o in decision.outcomes])
    remember_creation(actor, idempotency_key, decision)
    return decision


def decision_problems(submissions, decided_on, outcomes: dict):
    """Every problem with a decision at once, keyed by field ('outcome-<id>' for a recommendation's row),
    so the form can show them all beside their fields; returns (errors, outcomes as Outcome values)."""
    errors = {}
    if not submissions:
        errors["submissions"] = _l("Pick the submission(s) this decision answers.")
    elif not all(s.is_sent for s in submissions):
        errors["submissions"] = _l("A decision can only answer a submission that was sent.")
    if decided_on is None:
        errors["decided_on"] = _l("Give the date of the decision.")
    carried = {r.id for s in submissions for r in s.recommendations}
    parsed = {}
    for rec, (outcome, note) in outcomes.items():
        try:
            outcome = Outcome(outcome)
        except ValueError:
            errors[f"outcome-{rec.id}"] = _l("Outcomes are endorsed, partly endorsed, rejected or deferred.")
            continue
        parsed[rec] = (outcome, note)
        if rec.id not in carried:
            errors[f"outcome-{rec.id}"] = _l("%(ref)s was not in the submissions answered.", ref=rec.reference)
        elif outcome in OUTCOMES_NEEDING_TEXT and not clean(note):
            errors[f"outcome-{rec.id}"] = _l("%(ref)s: say what the body said (%(outcome)s needs the text).",
                                             ref=rec.reference, outcome=outcome.value)
    if not outcomes:
        errors["outcomes"] = _l("Give the outcome for at least one recommendation.")
    return errors, parsed


def withdraw_submission(actor, sub: Submission, *, version, reason) -> None:
    """A planned submission nobody will send (the import's plan to a body that has since decided): hidden,
    kept in the trail, and no longer counted in its recommendations' stage."""
    require(principal_for(actor).can_prepare_submission(sub.forum_id), _l("Only this forum's staff can withdraw it."))
    check_version(sub, version)
    if sub.is_sent:
        raise ValidationFailed({"": _l("This submission was sent: it is part of the record and stays.")})
    if not clean(reason):
        raise ValidationFailed({"reason": _l("Say why it is withdrawn.")})
    sub.deleted_dt = utcnow()
    touch(sub, actor)
    log(actor, sub, Operation.DELETE, {"state": ["planned", "withdrawn"]}, clean(reason))
    refresh(sub.recommendations)


def take_out(actor, sub: Submission, recommendation, *, version) -> dict:
    """One recommendation out of a planned submission (it was decided already, or does not belong)."""
    return set_recommendations(actor, sub, [r for r in sub.recommendations if r.id != recommendation.id],
                               version=version)


def _planned_twin(forum, level, recommendations):
    """A planned (unsent, not withdrawn) submission of this forum to the same level with the same recommendations:
    the same letter prepared twice, as Back and "Prepare" again does on a page that cannot be cached."""
    wanted = {r.id for r in recommendations}
    if not wanted:
        return None
    for sub in db.session.scalars(sa.select(Submission).where(
            Submission.forum_id == forum.id, Submission.level == level, Submission.deleted_dt.is_(None),
            Submission.sent_on.is_(None))):
        if {r.id for r in sub.recommendations} == wanted:
            return sub
    return None
