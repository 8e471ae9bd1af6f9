import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..extensions import db
from ..message import label
from ..forms import options
from ..listing import organisation_options
from ..models import Action, Commitment, Meeting, Organisation
from ..services.people import person_from_input
from ..recommendations.routes import load_recommendation
from ..services import actions as service
from ..services.history import history
from ..status import ActionStatus, action_moves
from ..web import load, principal, render, run, submit, then
from . import bp
from .forms import ActionStatusForm, EditActionForm, NewActionForm, NoteForm, OwnerDueForm


def _page(action, status_form=None, note_form=None, status=200, fragment="actions/_status.html", measure_forms=None):
    who = principal()
    measure = None
    if action.is_measure:   # a measure of a plan: its commitment, supporting recommendations, indicators
        from ..plans.measures import measure_context
        measure = {**measure_context(action, who), **(measure_forms or {})}
    status_form = status_form or ActionStatusForm(version=action.version, status=action_moves(action.status)[0].value)
    choices = {c.value: c for c in status_form.status.choices}   # offer only what the rules let through
    status_form.status.choices = [choices[s.value] for s in action_moves(action.status)]
    return render(
        "actions/action.html", fragment, status=status, action=action, measure=measure, status_form=status_form,
        note_form=note_form or NoteForm(),
        can_update=who.can_update_action(action), can_note=who.can_add_note(action), trail=history(action, who=who))


@bp.route("/actions/<int:action_id>")
def action(action_id):
    return _page(load(Action, action_id))


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
            if request.htmx:
                db.session.expire(action_)
                return _page(action_, note_form=NoteForm(formdata=None), fragment="actions/_notes.html")
            return redirect(url_for("actions.action", action_id=action_.id))
    else:
        status = 422
    return _page(action_, note_form=form, status=status, fragment="actions/_notes.html")


def _owner_choices(forum_id):
    who = principal()
    query = sa.select(Organisation).where(Organisation.is_active.is_(True)).order_by(Organisation.name)
    if not who.is_staff_of(forum_id):  # a focal point adds actions for its own organisation
        query = query.where(Organisation.id.in_(who.focal_org_ids or {-1}))
    return options([("", "—")] + [(o.id, o.label) for o in db.session.scalars(query)])


def _prepare(form, forum_id):
    form.owner.choices = _owner_choices(forum_id)
    form.supporters.choices = organisation_options(empty=False)
    return form


def _values(form):
    return dict(text=form.text.data,
                owner=db.session.get(Organisation, form.owner.data) if form.owner.data else None,
                supporters=[o for o in (db.session.get(Organisation, i) for i in form.supporters.data or []) if o],
                due_on=form.due_on.data)


def _create(form, done, **origin):
    """Create from the form: the focal point typed is a known person ('Name (#id)') or a new one."""
    def create():
        focal = person_from_input(current_user, form.focal.data, field="focal", new_ok=form.new_person.data) \
            if form.focal.data else None
        return service.create_action(current_user, focal_person=focal, idempotency_key=form.idempotency_key.data,
                                     **_values(form), **origin)
    return submit(form, create, done=done)


@bp.route("/recommendations/<int:rec_id>/actions/new", methods=["GET", "POST"])
def new_action(rec_id):
    rec = load_recommendation(rec_id)
    who = principal()
    if not who.can_open_action_form(rec):
        abort(403)
    form = _prepare(NewActionForm(), rec.forum_id)
    response, status = _create(form, lambda a: then(_("Action added."), redirect(
        url_for("actions.action", action_id=a.id))), recommendation=rec)
    return response or (render_template("actions/new.html", rec=rec, meeting=None, form=form), status)


@bp.route("/meetings/<int:meeting_id>/actions/new", methods=["GET", "POST"])
def new_meeting_action(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_edit_meeting")
    form = _prepare(NewActionForm(), meeting_.forum_id)
    response, status = _create(form, lambda a: then(_("Action point added."), redirect(
        url_for("meetings.meeting", meeting_id=meeting_.id, _anchor="action-points"))), meeting=meeting_)
    return response or (render_template("actions/new.html", rec=None, meeting=meeting_, form=form), status)


@bp.route("/actions/<int:action_id>/edit", methods=["GET", "POST"])
def edit_action(action_id):
    action_ = load(Action, action_id, "can_update_action")
    if not principal().is_staff_of(action_.forum_id):
        return _edit_due(action_)
    form = _prepare(EditActionForm(obj=action_), action_.forum_id)
    status = 200
    if request.method == "GET":
        form.version.data = action_.version
        form.owner.data = action_.owner_id
        form.supporters.data = [o.id for o in action_.supporters]
        form.focal.data = f"{action_.focal_person.name} (#{action_.focal_person.id})" if action_.focal_person else ""
    elif form.validate_on_submit():
        def save():
            data = _values(form)
            data["focal_person"] = person_from_input(current_user, form.focal.data, field="focal",
                                                     new_ok=form.new_person.data) if form.focal.data else None
            return service.update_action(current_user, action_, data, version=form.version.data,
                                         reason=form.reason.data)
        ok, result = run(form, save)
        if ok:
            flash(_("Saved.") if result else _("Nothing had changed."), "info")
            return redirect(url_for("actions.action", action_id=action_.id))
        status = result
    else:
        status = 422
    return render_template("actions/edit.html", action=action_, form=form, staff=True), status


def _sent_values(due_on) -> dict:
    """The due date, and whatever else the request carries: the service, not the form, decides what a focal
    point may change, so fields the page does not show are passed on (and refused) rather than dropped."""
    sent = request.form
    data = {"due_on": due_on}
    if "text" in sent:
        data["text"] = sent["text"]
    if "owner" in sent:
        data["owner"] = db.session.get(Organisation, int(sent["owner"])) if sent["owner"].isdigit() else None
    if "supporters" in sent:
        data["supporters"] = [o for o in (db.session.get(Organisation, int(i)) for i in sent.getlist("supporters")
                                          if i.isdigit()) if o]
    if "focal" in sent:
        data["focal_person"] = person_from_input(current_user, sent["focal"]) if sent["focal"].strip() else None
    return data


def _edit_due(action_):
    """The lead organisation's focal point: the due date, with a reason."""
    form = OwnerDueForm(obj=action_)
    status = 200
    if request.method == "GET":
        form.version.data = action_.version
    elif form.validate_on_submit():
        ok, result = run(form, lambda: service.update_action(current_user, action_, _sent_values(form.due_on.data),
                                                             version=form.version.data, reason=form.reason.data))
        if ok:
            flash(_("Saved. The secretariat sees that you moved the due date.") if result
                  else _("Nothing had changed."), "info")
            return redirect(url_for("actions.action", action_id=action_.id))
        status = result
    else:
        status = 422
    return render_template("actions/edit.html", action=action_, form=form, staff=False), status


@bp.route("/actions")
def list_actions():
    from ..listing import (filters_from_request, forum_choices, governorate_choices, known, organisation_choices,
                           theme_choices)
    from .listing import SORTS, list_actions as query
    f = filters_from_request()
    sort = known("sort", SORTS, "due")
    page = query(principal(), f, sort, request.args.get("after"))
    return render("actions/list.html", "actions/_list.html", page=page, f=f, sort=sort,
                  forums=forum_choices(principal()), organisations=organisation_choices(),
                  governorates=governorate_choices(), themes=theme_choices(),
                  statuses=[("", _("open, in progress or blocked")), ("all", _("all"))]
                  + [(s.value, label(s)) for s in ActionStatus])


ACTION_COLUMNS = [
    (_l("Action"), lambda a: a.text), (_l("Lead organisation"), lambda a: a.owner.label),
    (_l("Supporting"), lambda a: ", ".join(o.label for o in a.supporters)),
    (_l("Focal point"), lambda a: a.focal_person.name if a.focal_person else None), (_l("Due"), lambda a: a.due_on),
    (_l("Status"), lambda a: a.status), (_l("Overdue"), lambda a: _("yes") if a.is_overdue else ""),
    (_l("Recommendation"), lambda a: a.recommendation.reference if a.recommendation else None),
    (_l("Forum"), lambda a: a.forum.name),
    (_l("Plan"), lambda a: a.commitment.plan.title if a.commitment else None)]


@bp.route("/actions/export.<any(csv, xlsx):fmt>")
def export_actions(fmt):
    """Exactly the rows the list's filters select (every page of them)."""
    from sqlalchemy.orm import joinedload, selectinload

    from ..exports import respond
    from ..listing import filters_from_request
    from .listing import actions_query
    query = actions_query(principal(), filters_from_request()).order_by(Action.due_on.is_(None), Action.due_on,
                                                                         Action.id)
    rows = db.session.scalars(query.options(joinedload(Action.owner), selectinload(Action.supporters),
                                            joinedload(Action.focal_person), joinedload(Action.recommendation),
                                            joinedload(Action.forum),
                                            joinedload(Action.commitment).joinedload(Commitment.plan))).unique()
    return respond(fmt, rows, ACTION_COLUMNS, "actions", "Actions", [60, 30, 30, 22, 12, 12, 9, 22, 22, 30])
