"""Measures (actions under a commitment): their list and export, the recommendations that support them,
their indicators and values. A measure's own page is the action's page (actions/routes.py)."""
from flask import redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from .. import access
from ..extensions import db
from ..listing import forum_choices, organisation_choices
from ..message import label
from ..models import Action, Indicator, Plan, Recommendation
from ..queries import org_and_descendants
from ..services import plans as service
from ..status import ActionStatus
from ..web import load, principal, render, run, submit, then
from . import bp
from .chart import chart, number
from .data import decisions_about, measures_query, readable, recommendation_candidates
from .forms import IndicatorForm, ValueForm


def _filters():
    owner = request.args.get("owner", type=int)
    status = request.args.get("status") or None
    if status not in {None, "all"} | {s.value for s in ActionStatus}:
        status = None
    return dict(plan_id=request.args.get("plan", type=int), owner_ids=org_and_descendants(owner) if owner else None,
                status=status)


@bp.route("/measures")
def list_measures():
    import sqlalchemy as sa
    who = principal()
    rows = db.session.scalars(measures_query(who, **_filters())).unique().all()
    plans = db.session.scalars(sa.select(Plan).where(access.plan(who)).order_by(Plan.title)).all()
    return render("plans/measures.html", "plans/_measures.html", rows=rows, plans=plans,
                  organisations=organisation_choices(),
                  statuses=[("", _("open, in progress or blocked")), ("all", _("all"))]
                  + [(s.value, label(s)) for s in ActionStatus])


MEASURE_COLUMNS = [
    (_l("Plan"), lambda a: a.commitment.plan.title), (_l("Commitment"), lambda a: a.commitment.text or
                                                      a.commitment.text_ar),
    (_l("Measure"), lambda a: a.text), (_l("Lead organisation"), lambda a: a.owner.label),
    (_l("Supporting"), lambda a: ", ".join(o.label for o in a.supporters)),
    (_l("Focal point"), lambda a: a.focal_person.name if a.focal_person else None), (_l("Due"), lambda a: a.due_on),
    (_l("Status"), lambda a: a.status), (_l("Overdue"), lambda a: _("yes") if a.is_overdue else ""),
    (_l("Supporting recommendations"), lambda a: ", ".join(r.reference for r in a.supported_by))]


@bp.route("/measures/export.<any(csv, xlsx):fmt>")
def export_measures(fmt):
    from ..exports import respond
    rows = db.session.scalars(measures_query(principal(), **_filters())).unique()
    return respond(fmt, rows, MEASURE_COLUMNS, "measures", "Measures", [30, 40, 50, 25, 25, 20, 12, 12, 9, 30])


def measure_context(action, who):
    """What an action's page shows of a measure: its plan and commitment, the recommendations supporting it,
    the decisions that answer or create it, its indicators with their charts."""
    indicators = [(ind, chart([(v.measured_on, v.value) for v in ind.values], ind.target)) for ind in
                  readable(who, Indicator, [i.id for i in action.indicators])]
    recommendations = readable(who, Recommendation, [r.id for r in action.supported_by])
    return dict(recommendations=recommendations, hidden=len(action.supported_by) - len(recommendations),
                decisions=decisions_about(who, measure_id=action.id), indicators=indicators,
                can_link=who.can_edit_measure_links(action), value_form=ValueForm(), blank_value_form=ValueForm(formdata=None),
                indicator_form=IndicatorForm(),
                can_record=who.can_update_action(action), number=number)


@bp.route("/measures/<int:measure_id>/recommendations", methods=["GET", "POST"])
def measure_recommendations(measure_id):
    """Pick the recommendations (any forum's) that support the measure, from a list filtered by words and forum."""
    measure = load(Action, measure_id, "can_edit_measure_links")
    who = principal()
    if request.method == "POST":
        rec = access.get(Recommendation, request.form.get("recommendation"), who)
        if rec is None:
            return redirect(url_for("plans.measure_recommendations", measure_id=measure.id, **request.args))
        change = service.unlink_recommendation if request.form.get("remove") else service.link_recommendation
        ok, _result = run(None, change, current_user, measure, rec)
        if ok and not request.htmx:
            return redirect(url_for("plans.measure_recommendations", measure_id=measure.id, **request.args))
    linked = readable(who, Recommendation, [r.id for r in measure.supported_by])
    candidates = recommendation_candidates(who, text=request.args.get("q"), forum_id=request.args.get("forum", type=int),
                                           exclude=[r.id for r in linked])
    return render("plans/measure_recommendations.html", "plans/_candidates.html", measure=measure, linked=linked,
                  candidates=candidates, forums=forum_choices(who))


def _back(measure_id):
    return redirect(url_for("actions.action", action_id=measure_id, _anchor="indicators"))


@bp.route("/measures/<int:measure_id>/indicators", methods=["POST"])
def add_indicator(measure_id):
    measure = load(Action, measure_id, "can_edit_measure_links")
    form = IndicatorForm()
    response, status = submit(form, service.create_indicator, current_user, measure, name=form.name.data,
                              name_ar=form.name_ar.data, target=form.target.data, unit=form.unit.data,
                              idempotency_key=form.idempotency_key.data,
                              done=lambda i: then(_("Indicator added."), _back(measure.id)))
    return response or _action_page(measure, status, indicator_form=form)


@bp.route("/indicators/<int:indicator_id>/values", methods=["POST"])
def record_value(indicator_id):
    indicator = load(Indicator, indicator_id, "can_record_indicator_value")
    form = ValueForm()
    response, status = submit(form, service.record_value, current_user, indicator, measured_on=form.measured_on.data,
                              value=form.value.data, source=form.source.data,
                              idempotency_key=form.idempotency_key.data,
                              done=lambda v: then(_("Value recorded."), _back(indicator.action_id)))
    return response or _action_page(indicator.action, status, value_form=form, value_for=indicator.id)


def _action_page(action, status, **forms):
    from ..actions.routes import _page
    body, _status = _page(action, measure_forms=forms, status=status)
    return body, status
