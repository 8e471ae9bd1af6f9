import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..forms import options
from ..models import Action, Organisation
from ..recommendations.routes import load_recommendation
from ..services import actions as service
from ..services.history import history
from ..status import ActionStatus
from ..web import load, principal, render, run
from . import bp
from .forms import ActionStatusForm, NewActionForm, NoteForm


def _page(action, status_form=None, note_form=None, status=200):
    who = principal()
    return render(
        "actions/action.html", "actions/_status.html", status=status, action=action,
        status_form=status_form or ActionStatusForm(version=action.version, status=action.status.value),
        note_form=note_form or NoteForm(),
        can_update=who.can_update_action(action), can_note=who.can_add_note(action), trail=history(action))


@bp.route("/actions/<int:action_id>")
def action(action_id):
    return _page(load(Action, action_id, "can_view_action"))


@bp.route("/actions/<int:action_id>/status", methods=["POST"])
def change_status(action_id):
    action_ = load(Action, action_id, "can_update_action")
    form = ActionStatusForm()
    status = 422
    if form.validate_on_submit():
        ok, status = run(form, service.change_status, current_user, action_, ActionStatus(form.status.data),
                         version=form.version.data, note=form.note.data)
        if ok:
            if not request.htmx:
                flash(_("Status changed."), "info")
                return redirect(url_for("actions.action", action_id=action_.id))
            return _page(action_)
        db.session.refresh(action_)
    return _page(action_, status_form=form, status=status)


@bp.route("/actions/<int:action_id>/notes", methods=["POST"])
def add_note(action_id):
    action_ = load(Action, action_id, "can_add_note")
    form = NoteForm()
    if form.validate_on_submit():
        ok, status = run(form, service.add_note, current_user, action_, form.body.data,
                         idempotency_key=form.idempotency_key.data)
        if ok:
            return redirect(url_for("actions.action", action_id=action_.id))
    else:
        status = 422
    return _page(action_, note_form=form, status=status)


def _owner_choices(rec):
    who = principal()
    query = sa.select(Organisation).where(Organisation.is_active.is_(True)).order_by(Organisation.name)
    if not who.is_staff_of(rec.forum_id):  # a focal point adds actions for its own organisation
        query = query.where(Organisation.id.in_(who.focal_org_ids or {-1}))
    return options([("", "—")] + [(o.id, o.label) for o in db.session.scalars(query)])


@bp.route("/recommendations/<int:rec_id>/actions/new", methods=["GET", "POST"])
def new_action(rec_id):
    rec = load_recommendation(rec_id)
    who = principal()
    if not (who.is_staff_of(rec.forum_id) or any(who.speaks_for(o.id) for o in rec.addressees)):
        abort(403)
    form = NewActionForm()
    form.owner.choices = _owner_choices(rec)
    status = 200
    if form.validate_on_submit():
        owner = db.session.get(Organisation, form.owner.data) if form.owner.data else None
        ok, result = run(form, service.create_action, current_user, text=form.text.data, owner=owner,
                         recommendation=rec, due_on=form.due_on.data, idempotency_key=form.idempotency_key.data)
        if ok:
            flash(_("Action added."), "info")
            return redirect(url_for("actions.action", action_id=result.id))
        status = result
    elif request.method == "POST":
        status = 422
    return render_template("actions/new.html", rec=rec, form=form), status
