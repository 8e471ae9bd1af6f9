"""Writes to the decisions register: a decision recorded by a forum whether or not it answers a submission,
its amendments (a postponement is a dated record with its source, never an overwrite), and its links to the
recommendations and measures it answers or creates. Decisions answering submissions: services/escalation.py."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from .. import search
from ..extensions import db
from ..models import Decision, DecisionAmendment, Operation
from ..status import EscalationLevel
from .core import (ValidationFailed, add_created, already_created, clean, log, principal_for, require)

FIELDS = ["level", "body", "number", "decided_on", "title", "text", "text_ar", "deadline_on", "forum_id"]


def record_decision(actor, forum, *, level: EscalationLevel, decided_on, body=None, number=None, title=None,
                    text=None, text_ar=None, deadline_on=None, idempotency_key=None) -> Decision:
    require(principal_for(actor).can_record_register_decision(forum.id),
            _l("Only the forum's secretariat records decisions in its register."))
    if existing := already_created(actor, idempotency_key, Decision):
        return existing
    errors = {}
    if decided_on is None:
        errors["decided_on"] = _l("Give the date of the decision.")
    if not any(clean(t) for t in (title, text, text_ar)):
        errors["text"] = _l("Write what was decided, in English or Arabic.")
    if decided_on and deadline_on and deadline_on < decided_on:
        errors["deadline_on"] = _l("The deadline comes before the decision.")
    if errors:
        raise ValidationFailed(errors)
    decision = Decision(level=level, body=body, number=clean(number), decided_on=decided_on, title=clean(title),
                        text=clean(text), text_ar=clean(text_ar), deadline_on=deadline_on, forum_id=forum.id,
                        created_by_id=actor.id if actor else None)
    add_created(actor, decision, FIELDS, idempotency_key=idempotency_key)
    reindex(decision)
    return decision


def amend_decision(actor, decision: Decision, *, amended_on, text: str, source: str, deadline_on=None, text_ar=None,
                   idempotency_key=None) -> DecisionAmendment:
    """A later change ("postponed to 31 July"): its own date and source; the decision itself is not touched."""
    require(principal_for(actor).can_amend_decision(decision),
            _l("Only the secretariat that recorded this decision can amend it."))
    if existing := already_created(actor, idempotency_key, DecisionAmendment):
        return existing
    errors = {}
    if amended_on is None:
        errors["amended_on"] = _l("Give the date of the amendment.")
    elif amended_on < decision.decided_on:
        errors["amended_on"] = _l("An amendment comes after the decision.")
    if not clean(text) and not clean(text_ar):
        errors["text"] = _l("Say what changed (e.g. the deadline is postponed to 31 July).")
    if not clean(source):
        errors["source"] = _l("Say where the change was announced.")
    if errors:
        raise ValidationFailed(errors)
    amendment = DecisionAmendment(decision=decision, amended_on=amended_on, deadline_on=deadline_on,
                                  text=clean(text) or clean(text_ar), text_ar=clean(text_ar), source=clean(source),
                                  created_by_id=actor.id if actor else None)
    add_created(actor, amendment, ["amended_on", "deadline_on", "text", "text_ar", "source"],
                idempotency_key=idempotency_key, parent=decision)
    db.session.expire(decision, ["amendments"])
    reindex(decision)
    return amendment


def link(actor, decision: Decision, *, recommendation=None, measure=None) -> bool:
    """The decision answers or creates this recommendation or measure; False if already linked."""
    require(principal_for(actor).can_amend_decision(decision))
    items, record = (decision.recommendations, recommendation) if recommendation is not None \
        else (decision.measures, measure)
    if record is None:
        raise ValidationFailed({"": _l("Choose what the decision answers or creates.")})
    if record in items:
        return False
    items.append(record)
    label = recommendation.reference if recommendation is not None else f"#{measure.id}"
    log(actor, decision, Operation.UPDATE, {"linked": [None, label]})
    db.session.flush()
    return True


def unlink(actor, decision: Decision, *, recommendation=None, measure=None) -> bool:
    require(principal_for(actor).can_amend_decision(decision))
    items, record = (decision.recommendations, recommendation) if recommendation is not None \
        else (decision.measures, measure)
    if record is None or record not in items:
        return False
    items.remove(record)
    label = recommendation.reference if recommendation is not None else f"#{measure.id}"
    log(actor, decision, Operation.UPDATE, {"linked": [label, None]})
    db.session.flush()
    return True


def reindex(decision: Decision) -> None:
    if decision.forum_id is None:   # a decision answering submissions is found through its recommendations
        return
    search.index("decision", decision.id, decision.forum_id,
                 search.document(decision.number, decision.title, decision.text, decision.text_ar,
                                 decision.body.name if decision.body else None,
                                 decision.body.name_ar if decision.body else None,
                                 decision.body.acronym if decision.body else None,
                                 *[a.text for a in decision.amendments], *[a.text_ar for a in decision.amendments]))
