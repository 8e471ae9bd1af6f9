"""Writes to plans: the plan, its dated revisions, its commitments; a measure's supporting recommendations;
indicators and their values. Measures themselves are actions (services/actions.py, with `commitment=`)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l

from .. import search
from ..extensions import db
from ..models import Commitment, Indicator, IndicatorValue, Operation, Plan, PlanKind, PlanRevision
from .core import (ValidationFailed, add_created, already_created, assign, check_version, clean, log, principal_for,
                   remember_creation, require, touch)

PLAN_FIELDS = ["kind", "title", "title_ar", "summary", "starts_on", "ends_on"]
COMMITMENT_FIELDS = ["text", "text_ar", "decision", "timeframe", "position"]


def _check_dates(starts_on, ends_on, errors):
    if starts_on and ends_on and ends_on < starts_on:
        errors["ends_on"] = _l("The end comes before the start.")


def create_plan(actor, forum, *, kind: PlanKind, title: str, title_ar=None, summary=None, starts_on=None,
                ends_on=None, idempotency_key=None) -> Plan:
    require(principal_for(actor).is_staff_of(forum.id),
            _l("Only the forum's secretariat and co-chairs can record its plans."))
    if existing := already_created(actor, idempotency_key, Plan):
        return existing
    errors = {}
    if not clean(title):
        errors["title"] = _l("Give the plan its title.")
    _check_dates(starts_on, ends_on, errors)
    if errors:
        raise ValidationFailed(errors)
    plan = Plan(forum_id=forum.id, kind=kind, title=clean(title), title_ar=clean(title_ar), summary=clean(summary),
                starts_on=starts_on, ends_on=ends_on, created_by_id=actor.id if actor else None,
                updated_by_id=actor.id if actor else None)
    add_created(actor, plan, PLAN_FIELDS, idempotency_key=idempotency_key)
    reindex_plan(plan)
    return plan


def add_revision(actor, plan: Plan, *, revised_on, label: str, documents=None, idempotency_key=None) -> PlanRevision:
    require(principal_for(actor).can_edit_plan(plan))
    if existing := already_created(actor, idempotency_key, PlanRevision):
        return existing
    errors = {}
    if revised_on is None:
        errors["revised_on"] = _l("Give the date of the revision.")
    if not clean(label):
        errors["label"] = _l("Name the revision (e.g. Mosul POA revision, 2024).")
    if errors:
        raise ValidationFailed(errors)
    revision = PlanRevision(plan=plan, revised_on=revised_on, label=clean(label), documents=clean(documents),
                            created_by_id=actor.id if actor else None)
    return add_created(actor, revision, ["revised_on", "label", "documents"], idempotency_key=idempotency_key,
                       parent=plan)


def _commitment_errors(text, text_ar) -> dict:
    if not clean(text) and not clean(text_ar):
        return {"text": _l("Write the commitment, in English or Arabic.")}
    return {}


def add_commitment(actor, plan: Plan, *, text: str, text_ar=None, decision=None, timeframe=None,
                   idempotency_key=None) -> Commitment:
    require(principal_for(actor).can_edit_plan(plan),
            _l("Only the plan's forum secretariat and co-chairs can enter its commitments."))
    if existing := already_created(actor, idempotency_key, Commitment):
        return existing
    if errors := _commitment_errors(text, text_ar):
        raise ValidationFailed(errors)
    position = 1 + max((c.position for c in plan.commitments), default=0)
    commitment = Commitment(plan=plan, forum_id=plan.forum_id, position=position, text=clean(text) or "",
                            text_ar=clean(text_ar), decision=decision, timeframe=clean(timeframe),
                            created_by_id=actor.id if actor else None, updated_by_id=actor.id if actor else None)
    add_created(actor, commitment, COMMITMENT_FIELDS, idempotency_key=idempotency_key, parent=plan)
    reindex_commitment(commitment)
    return commitment


def update_commitment(actor, commitment: Commitment, data: dict, *, version, reason=None) -> dict:
    require(principal_for(actor).can_edit_commitment(commitment))
    check_version(commitment, version)
    data = {k: clean(v) if isinstance(v, str) else v for k, v in data.items() if k in COMMITMENT_FIELDS}
    if errors := _commitment_errors(data.get("text", commitment.text), data.get("text_ar", commitment.text_ar)):
        raise ValidationFailed(errors)
    data["text"] = data.get("text", commitment.text) or ""
    changes = assign(commitment, data)
    if changes:
        touch(commitment, actor)
        log(actor, commitment, Operation.UPDATE, changes, clean(reason), parent=commitment.plan)
        reindex_commitment(commitment)
        db.session.flush()
    return changes


# --- a measure's supporting recommendations ------------------------------------------------------

def link_recommendation(actor, measure, recommendation) -> bool:
    """A recommendation (of any forum) that supports the measure; False if it already did. Links are side facts
    of the measure: they do not make a focal point's open row of "What we owe" stale."""
    require(principal_for(actor).can_edit_measure_links(measure))
    if recommendation in measure.supported_by:
        return False
    measure.supported_by.append(recommendation)
    log(actor, measure, Operation.UPDATE, {"supported_by": [None, recommendation.reference]})
    db.session.flush()
    return True


def unlink_recommendation(actor, measure, recommendation) -> bool:
    require(principal_for(actor).can_edit_measure_links(measure))
    if recommendation not in measure.supported_by:
        return False
    measure.supported_by.remove(recommendation)
    log(actor, measure, Operation.UPDATE, {"supported_by": [recommendation.reference, None]})
    db.session.flush()
    return True


# --- indicators ------------------------------------------------------------------------------

def _number(raw, field: str, errors: dict, required=True):
    text = (str(raw).strip().replace(",", "").replace("٬", "") if raw is not None else "")
    if not text:
        if required:
            errors[field] = _l("Give a number.")
        return None
    try:
        value = Decimal(text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.")))
    except InvalidOperation:
        errors[field] = _l("Give a number, e.g. 121 or 4.5.")
        return None
    if not value.is_finite() or abs(value) >= Decimal("1e12"):
        errors[field] = _l("Give a number, e.g. 121 or 4.5.")
        return None
    return value


def create_indicator(actor, measure, *, name: str, name_ar=None, target=None, unit=None,
                     idempotency_key=None) -> Indicator:
    require(principal_for(actor).can_edit_measure_links(measure),
            _l("Only the plan's forum secretariat and co-chairs can add indicators."))
    if existing := already_created(actor, idempotency_key, Indicator):
        return existing
    errors = {}
    if not clean(name) and not clean(name_ar):
        errors["name"] = _l("Say what is counted (e.g. families returned).")
    target_value = _number(target, "target", errors, required=False)
    if errors:
        raise ValidationFailed(errors)
    indicator = Indicator(action_id=measure.id, name=clean(name) or clean(name_ar), name_ar=clean(name_ar),
                          target=target_value, unit=clean(unit), updated_by_id=actor.id if actor else None)
    add_created(actor, indicator, ["name", "name_ar", "target", "unit"], idempotency_key=idempotency_key,
                parent=measure)
    db.session.expire(measure, ["indicators"])
    return indicator


def record_value(actor, indicator: Indicator, *, measured_on, value, source: str, idempotency_key=None):
    """A new value of the indicator, dated, with its source; earlier values stay (the chart is their history)."""
    require(principal_for(actor).can_record_indicator_value(indicator),
            _l("Only the lead organisation's focal point and the forum's staff can record values."))
    if existing := already_created(actor, idempotency_key, IndicatorValue):
        return existing
    errors = {}
    number = _number(value, "value", errors)
    if measured_on is None:
        errors["measured_on"] = _l("Give the date the figure is from.")
    if not clean(source):
        errors["source"] = _l("Say where the figure comes from (e.g. MoMD camp closure report).")
    if errors:
        raise ValidationFailed(errors)
    entry = IndicatorValue(indicator=indicator, measured_on=measured_on, value=number, source=clean(source),
                           created_by_id=actor.id if actor else None)
    db.session.add(entry)
    db.session.flush()
    log(actor, entry, Operation.CREATE, {"value": [None, str(number)], "measured_on": [None, measured_on.isoformat()],
                                         "source": [None, clean(source)]}, parent=indicator.action)
    remember_creation(actor, idempotency_key, entry)
    return entry


# --- search ----------------------------------------------------------------------------------

def reindex_plan(plan: Plan) -> None:
    search.index("plan", plan.id, plan.forum_id, search.document(plan.title, plan.title_ar, plan.summary))


def reindex_commitment(commitment: Commitment) -> None:
    decision = commitment.decision
    search.index("commitment", commitment.id, commitment.forum_id,
                 search.document(commitment.text, commitment.text_ar, commitment.timeframe,
                                 decision.number if decision else None))
