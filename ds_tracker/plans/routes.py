"""Plans, their revisions and commitments; adding a measure to a commitment (a measure is an action)."""
import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload
from flask import abort, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from .. import access
from ..extensions import db
from ..forms import options
from ..message import label
from ..models import Action, Commitment, Decision, Forum, Plan, PlanKind
from ..services import plans as service
from ..services.history import history
from ..web import load, principal, render, run, submit, then
from . import bp
from .data import plans_query
from .forms import CommitmentForm, EditCommitmentForm, NewPlanForm, RevisionForm


def _staff_forums():
    who = principal()
    query = sa.select(Forum).order_by(Forum.name)
    if not who.is_admin:
        query = query.where(Forum.id.in_([f for f in who.forum_roles if who.is_staff_of(f)] or [-1]))
    return db.session.scalars(query).all()


@bp.route("/plans")
def list_plans():
    who = principal()
    forum_id = request.args.get("forum", type=int)
    kind = request.args.get("kind") if request.args.get("kind") in {k.value for k in PlanKind} else None
    plans = db.session.scalars(plans_query(who, forum_id=forum_id, kind=kind)).all()
    forums = db.session.scalars(sa.select(Forum).where(Forum.id.in_({p.forum_id for p in plans} | {forum_id or -1}))
                                .order_by(Forum.name)).all()
    return render("plans/list.html", "plans/_list.html", plans=plans, forums=forums, forum_id=forum_id, kind=kind,
                  kinds=[(k.value, label(k)) for k in PlanKind], can_create=bool(_staff_forums()))


PLAN_COLUMNS = [
    (_l("Plan"), lambda p: p.title), (_l("Title in Arabic"), lambda p: p.title_ar), (_l("Kind"), lambda p: p.kind),
    (_l("Forum"), lambda p: p.forum.name), (_l("Starts"), lambda p: p.starts_on), (_l("Ends"), lambda p: p.ends_on),
    (_l("Commitments"), lambda p: len(p.commitments)),
    (_l("Latest revision"), lambda p: p.revisions[0].label if p.revisions else None)]


@bp.route("/plans/export.<any(csv, xlsx):fmt>")
def export_plans(fmt):
    from ..exports import respond
    kind = request.args.get("kind") if request.args.get("kind") in {k.value for k in PlanKind} else None
    rows = db.session.scalars(plans_query(principal(), forum_id=request.args.get("forum", type=int), kind=kind)).all()
    return respond(fmt, rows, PLAN_COLUMNS, "plans", "Plans", [50, 40, 20, 30, 12, 12, 12, 40])


@bp.route("/plans/new", methods=["GET", "POST"])
def new_plan():
    forums = _staff_forums()
    if not forums:
        abort(403)
    form = NewPlanForm()
    form.forum.choices = options([(f.id, f.name) for f in forums])

    def create():
        forum = next((f for f in forums if f.id == form.forum.data), None)
        if forum is None:
            abort(403)
        return service.create_plan(current_user, forum, kind=PlanKind(form.kind.data), title=form.title.data,
                                   title_ar=form.title_ar.data, summary=form.summary.data,
                                   starts_on=form.starts_on.data, ends_on=form.ends_on.data,
                                   idempotency_key=form.idempotency_key.data)
    response, status = submit(form, create, done=lambda p: then(_("Plan recorded."), redirect(
        url_for("plans.plan", plan_id=p.id))))
    return response or (render_template("plans/new.html", form=form), status)


def _measures_by_commitment(plan, who):
    measures = db.session.scalars(
        sa.select(Action).join(Commitment, Commitment.id == Action.commitment_id)
        .where(Commitment.plan_id == plan.id, access.action(who)).order_by(Action.id)
        .options(joinedload(Action.owner), selectinload(Action.supported_by))).all()
    grouped = {}
    for m in measures:
        grouped.setdefault(m.commitment_id, []).append(m)
    return grouped


def _plan_page(plan, revision_form=None, status=200):
    who = principal()
    db.session.scalars(sa.select(Commitment).where(Commitment.plan_id == plan.id)   # their decisions in one query
                       .options(joinedload(Commitment.decision).joinedload(Decision.body))).all()
    return render_template("plans/plan.html", plan=plan, measures=_measures_by_commitment(plan, who),
                           can_edit=who.can_edit_plan(plan), revision_form=revision_form or RevisionForm(),
                           trail=history(plan, who=who)), status


@bp.route("/plans/<int:plan_id>")
def plan(plan_id):
    return _plan_page(load(Plan, plan_id))


@bp.route("/plans/<int:plan_id>/revisions", methods=["POST"])
def add_revision(plan_id):
    plan_ = load(Plan, plan_id, "can_edit_plan")
    form = RevisionForm()
    response, status = submit(form, service.add_revision, current_user, plan_, revised_on=form.revised_on.data,
                              label=form.label.data, documents=form.documents.data,
                              idempotency_key=form.idempotency_key.data,
                              done=lambda r: then(_("Revision recorded."), redirect(
                                  url_for("plans.plan", plan_id=plan_.id, _anchor="revisions"))))
    return response or _plan_page(plan_, revision_form=form, status=status)


def _decision_choices():
    """Decisions of the register to say which one announced a commitment (every user may read them)."""
    decisions = db.session.scalars(sa.select(Decision).where(access.decision(principal()),
                                                             Decision.forum_id.is_not(None))
                                   .order_by(Decision.decided_on.desc())).all()
    from ..wording import format_date   # the option reads the date as pages write it
    return options([("", "—")] + [(d.id, f"{d.body_name} {d.number or ''} ({format_date(d.decided_on, 'medium')})")
                                  for d in decisions])


def _chosen_decision(form):
    if not form.decision.data:
        return None
    return access.get(Decision, form.decision.data, principal())


@bp.route("/plans/<int:plan_id>/commitments/new", methods=["GET", "POST"])
def new_commitment(plan_id):
    plan_ = load(Plan, plan_id, "can_edit_plan")
    form = CommitmentForm()
    form.decision.choices = _decision_choices()
    response, status = submit(
        form, lambda: service.add_commitment(current_user, plan_, text=form.text.data, text_ar=form.text_ar.data,
                                             decision=_chosen_decision(form), timeframe=form.timeframe.data,
                                             idempotency_key=form.idempotency_key.data),
        done=lambda c: then(_("Commitment added."), redirect(
            url_for("plans.plan", plan_id=plan_.id, _anchor=f"c{c.id}"))))
    return response or (render_template("plans/commitment_form.html", plan=plan_, form=form, commitment=None),
                        status)


@bp.route("/commitments/<int:commitment_id>/edit", methods=["GET", "POST"])
def edit_commitment(commitment_id):
    commitment = load(Commitment, commitment_id, "can_edit_commitment")
    form = EditCommitmentForm(obj=commitment)
    form.decision.choices = _decision_choices()
    if request.method == "GET":
        form.version.data = commitment.version
        form.decision.data = commitment.decision_id
    response, status = submit(
        form, lambda: service.update_commitment(
            current_user, commitment, {"text": form.text.data, "text_ar": form.text_ar.data,
                                       "decision": _chosen_decision(form), "timeframe": form.timeframe.data},
            version=form.version.data, reason=form.reason.data),
        done=lambda changes: then(_("Saved.") if changes else _("Nothing had changed."), redirect(
            url_for("plans.plan", plan_id=commitment.plan_id, _anchor=f"c{commitment.id}"))))
    return response or (render_template("plans/commitment_form.html", plan=commitment.plan, form=form,
                                        commitment=commitment), status)


@bp.route("/commitments/<int:commitment_id>/measures/new", methods=["GET", "POST"])
def new_measure(commitment_id):
    from ..actions.forms import NewActionForm
    from ..actions.routes import _create, _prepare
    commitment = load(Commitment, commitment_id, "can_edit_commitment")
    form = _prepare(NewActionForm(), commitment.forum_id)
    response, status = _create(form, lambda a: then(_("Measure added. Link the recommendations that support it."),
                                                    redirect(url_for("plans.measure_recommendations",
                                                                     measure_id=a.id))), commitment=commitment)
    return response or (render_template("plans/measure_new.html", commitment=commitment, form=form), status)
