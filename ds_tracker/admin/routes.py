"""Admin pages: accounts and roles, the reference lists, and the whole trail."""
import sqlalchemy as sa
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from .. import recurrence
from ..extensions import db
from ..forms import options
from ..models import (Forum, ForumKind, Operation, Organisation, OrganisationType, Place, PlaceKind, Role,
                      RoleAssignment, Theme, TrailEntry, User)
from ..forms import EmptyForm
from ..services import accounts, organisations, reference
from ..services.core import ValidationFailed
from ..web import load, run, submit, then
from . import bp
from .forms import (CoChairForm, EditUserForm, EndRoleForm, ForumForm, MergeOrganisationForm, NewUserForm,
                    OrganisationForm, PlaceForm, RoleForm, ThemeForm)

PAGE_SIZE = 100


def _choices(model, label=lambda r: r.name, where=None):
    query = sa.select(model).order_by(model.name)
    if where is not None:
        query = query.where(where)
    return options([("", "—")] + [(r.id, label(r)) for r in db.session.scalars(query)])


@bp.route("/")
def index():
    counts = {name: db.session.scalar(sa.select(sa.func.count()).select_from(model))
              for name, model in (("users", User), ("organisations", Organisation), ("places", Place),
                                  ("forums", Forum), ("themes", Theme))}
    return render_template("admin/index.html", counts=counts)


# --- users and roles ------------------------------------------------------------------------

@bp.route("/users")
def users():
    rows = db.session.scalars(sa.select(User).order_by(User.email)).all()
    return render_template("admin/users.html", users=rows)


@bp.route("/users/new", methods=["GET", "POST"])
def new_user():
    form = NewUserForm()
    response, status = submit(
        form, lambda: accounts.create_user(current_user, email=form.email.data, password=form.password.data,
                                           name=form.name.data, language=form.language.data,
                                           idempotency_key=form.idempotency_key.data),
        done=lambda user: then(_("Account created. Now give it its roles."),
                               redirect(url_for("admin.user", user_id=user.id))))
    return response or (render_template("admin/user_new.html", form=form), status)


def _role_form(**kwargs):
    form = RoleForm(**kwargs)
    form.forum.choices = _choices(Forum)
    form.organisation.choices = _choices(Organisation, lambda o: o.label)
    return form


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def user(user_id):
    account = load(User, user_id)
    form = EditUserForm(obj=account)
    status = 200
    if form.validate_on_submit():
        ok, result = run(form, accounts.update_user, current_user, account, email=form.email.data,
                         language=form.language.data, is_enabled=form.is_enabled.data)
        if ok:
            flash(_("Saved."), "info")
            return redirect(url_for("admin.user", user_id=account.id))
        status = result
    elif request.method == "POST":
        status = 422
    return render_template("admin/user.html", account=account, form=form, role_form=_role_form(prefix="role"),
                           end_form=EndRoleForm(prefix="end")), status


@bp.route("/users/<int:user_id>/roles", methods=["POST"])
def add_role(user_id):
    account = load(User, user_id)
    form = _role_form(prefix="role")
    status = 422
    if form.validate_on_submit():
        forum = db.session.get(Forum, form.forum.data) if form.forum.data else None
        org = db.session.get(Organisation, form.organisation.data) if form.organisation.data else None
        ok, status = run(form, accounts.add_role, current_user, account, Role(form.role.data), forum=forum,
                         organisation=org, starts_on=form.starts_on.data, ends_on=form.ends_on.data,
                         idempotency_key=form.idempotency_key.data)
        if ok:
            flash(_("Role granted."), "info")
            return redirect(url_for("admin.user", user_id=account.id))
    return render_template("admin/user.html", account=account, form=EditUserForm(obj=account), role_form=form,
                           end_form=EndRoleForm(prefix="end")), status


@bp.route("/roles/<int:assignment_id>/end", methods=["POST"])
def end_role(assignment_id):
    assignment = load(RoleAssignment, assignment_id)
    form = EndRoleForm(prefix="end")
    if form.validate_on_submit():
        ok, _status = run(form, accounts.end_role, current_user, assignment, ends_on=form.ends_on.data,
                          reason=form.reason.data)
        if ok:
            flash(_("Role ended."), "info")
    else:
        for errors in form.errors.values():
            for message in errors:
                flash(message, "error")
    return redirect(url_for("admin.user", user_id=assignment.user_id))


# --- reference lists: one set of routes for the four kinds ------------------------------------

def _configure(kind, form, record=None):
    if kind == "organisations":
        form.parent.choices = _choices(Organisation, lambda o: o.label,
                                       Organisation.id != record.id if record else None)
    elif kind == "places":
        form.parent.choices = _choices(Place, lambda p: f"{p.name} ({p.kind.value})",
                                       Place.kind.in_([PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.GOVERNORATE,
                                                       PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT]))
    elif kind == "forums":
        form.governorate.choices = _choices(Place, where=Place.kind.in_([PlaceKind.GOVERNORATE, PlaceKind.REGION]))
        form.parent.choices = _choices(Forum, where=Forum.id != record.id if record else None)
    return form


REFERENCE = {
    "organisations": (Organisation, OrganisationForm, {"type": OrganisationType, "parent": Organisation}),
    "places": (Place, PlaceForm, {"kind": PlaceKind, "parent": Place}),
    "forums": (Forum, ForumForm, {"kind": ForumKind, "governorate": Place, "parent": Forum}),
    "themes": (Theme, ThemeForm, {}),
}
KIND_RULE = "<any(organisations, places, forums, themes):kind>"


def _values(kind, form) -> dict:
    """The form's data as the service wants it: enums as enums, ids as records."""
    model, _form, conversions = REFERENCE[kind]
    data = {name: field.data for name, field in form._fields.items() if name not in ("csrf_token", "idempotency_key")}
    if kind == "forums":
        data["recurrence"] = _recurrence_rule(data.pop("recurrence"), data.pop("recurrence_which"),
                                              data.pop("recurrence_day"))
    for name, target in conversions.items():
        if isinstance(target, type) and issubclass(target, db.Model):
            data[name] = db.session.get(target, data[name]) if data[name] else None
        else:
            data[name] = target(data[name])
    return data


_RECURRENCE_MESSAGES = {
    "ordinal": ("recurrence_which", _l("Say which one: first, second, third, fourth or last.")),
    "weekday": ("recurrence_day", _l("Choose the day of the week.")),
    "every": ("recurrence", _l("Choose how often the forum meets.")),
}


def _recurrence_rule(every, which, day):
    """The three selects as an RRULE, or every missing choice said beside its select."""
    try:
        ordinal = int(which) if which and which.lstrip("-").isdigit() else None
        return recurrence.to_rule(every or "", ordinal, day or None)
    except recurrence.RecurrenceError as e:
        name, message = _RECURRENCE_MESSAGES[e.code]
        raise ValidationFailed({name: message}) from None


def _show_recurrence(form, rule):
    try:
        every, which, day = recurrence.from_rule(rule)
    except recurrence.RecurrenceError:   # a rule typed before the form spoke in words: say so, keep nothing wrong
        form.recurrence.errors = [_("The usual date “%(rule)s” could not be read: choose it again.", rule=rule)]
        return
    form.recurrence.data, form.recurrence_day.data = every, day or ""
    form.recurrence_which.data = str(which) if which else ""


@bp.route(f"/{KIND_RULE}")
def reference_list(kind):
    model = REFERENCE[kind][0]
    q = (request.args.get("q") or "").strip()
    query = sa.select(model).order_by(model.name)
    if q:
        query = query.where(model.name.ilike(f"%{q}%"))
    rows = db.session.scalars(query.limit(500)).all()
    return render_template("admin/reference_list.html", kind=kind, rows=rows, q=q)


@bp.route(f"/{KIND_RULE}/new", methods=["GET", "POST"])
def reference_new(kind):
    model, form_cls, _conv = REFERENCE[kind]
    form = _configure(kind, form_cls())
    response, status = submit(form, lambda: reference.create(current_user, model, **_values(kind, form),
                                                             idempotency_key=form.idempotency_key.data),
                              done=lambda _r: then(_("Saved."), redirect(url_for("admin.reference_list", kind=kind))))
    return response or (render_template("admin/reference_edit.html", kind=kind, form=form, record=None), status)


@bp.route(f"/{KIND_RULE}/<int:record_id>/edit", methods=["GET", "POST"])
def reference_edit(kind, record_id):
    model, form_cls, conversions = REFERENCE[kind]
    record = load(model, record_id)
    form = form_cls(obj=record)
    if request.method == "GET":
        for name, target in conversions.items():  # selects hold ids and enum values, not objects
            value = getattr(record, name)
            getattr(form, name).data = value.id if hasattr(value, "id") else getattr(value, "value", value)
        if kind == "forums":
            _show_recurrence(form, record.recurrence)
    _configure(kind, form, record)
    response, status = submit(form, lambda: reference.update(current_user, record, **_values(kind, form)),
                              done=lambda _r: then(_("Saved."), redirect(url_for("admin.reference_list", kind=kind))))
    if response:
        return response
    chair_form = _chair_form() if kind == "forums" else None
    return render_template("admin/reference_edit.html", kind=kind, form=form, record=record,
                           chair_form=chair_form, merge_form=_merge_form(record) if kind == "organisations" else None,
                           confirm_form=EmptyForm()), status


def _merge_form(record, form=None):
    form = form or MergeOrganisationForm(prefix="merge")
    form.target.choices = _choices(Organisation, lambda o: o.label, sa.and_(Organisation.id != record.id,
                                                                            Organisation.is_confirmed))
    return form


def _organisation_page(record, status, merge_form=None):
    form = _configure("organisations", OrganisationForm(obj=record), record)
    form.type.data, form.parent.data = record.type.value, record.parent_id
    return render_template("admin/reference_edit.html", kind="organisations", form=form, record=record,
                           merge_form=_merge_form(record, merge_form), confirm_form=EmptyForm()), status


@bp.route("/organisations/<int:org_id>/confirm", methods=["POST"])
def confirm_organisation(org_id):
    """An organisation first met in a report is a real one, spelt right: it joins the reference list."""
    record = load(Organisation, org_id)
    form = EmptyForm()
    ok, status = run(form, organisations.confirm, current_user, record) if form.validate_on_submit() else (False, 400)
    if ok:
        flash(_("%(name)s is confirmed.", name=record.name), "info")
        return redirect(url_for("admin.reference_edit", kind="organisations", record_id=record.id))
    return _organisation_page(record, status)


@bp.route("/organisations/<int:org_id>/merge", methods=["POST"])
def merge_organisation(org_id):
    """An organisation first met in a report is a known one spelt otherwise: everything moves to the known one."""
    record = load(Organisation, org_id)
    form = _merge_form(record)
    if form.validate_on_submit():
        name = record.name
        target = db.session.get(Organisation, form.target.data)
        ok, status = run(form, organisations.merge, current_user, record, target)
        if ok:
            flash(_("%(name)s was merged into %(target)s, which now also answers to that name.",
                    name=name, target=target.name), "info")
            return redirect(url_for("admin.reference_edit", kind="organisations", record_id=target.id))
    else:
        status = 422
    return _organisation_page(record, status, form)


def _chair_form():
    form = CoChairForm(prefix="chair")
    form.organisation.choices = _choices(Organisation, lambda o: o.label)
    return form


@bp.route("/forums/<int:forum_id>/co-chairs", methods=["POST"])
def add_co_chair(forum_id):
    from ..models import CoChairSide
    forum = load(Forum, forum_id)
    form = _chair_form()
    if form.validate_on_submit():
        ok, _status = run(form, reference.add_co_chair, current_user, forum, side=CoChairSide(form.side.data),
                          organisation=db.session.get(Organisation, form.organisation.data),
                          starts_on=form.starts_on.data, ends_on=form.ends_on.data, note=form.note.data,
                          idempotency_key=form.idempotency_key.data)
        if ok:
            flash(_("Co-chair recorded."), "info")
    else:
        for errors in form.errors.values():
            for message in errors:
                flash(message, "error")
    return redirect(url_for("admin.reference_edit", kind="forums", record_id=forum.id))


# --- the whole trail ------------------------------------------------------------------------

@bp.route("/trail")
def trail():
    query = sa.select(TrailEntry).order_by(TrailEntry.id.desc())  # ids grow with time
    record_type = request.args.get("type") or ""
    operation = request.args.get("operation") or ""
    user_id = request.args.get("user", type=int)
    before = request.args.get("before", type=int)
    if record_type:
        query = query.where(TrailEntry.record_type == record_type)
    if operation in {o.value for o in Operation}:
        query = query.where(TrailEntry.operation == Operation(operation))
    if user_id:
        query = query.where(TrailEntry.user_id == user_id)
    if before:  # keyset paging: deep pages cost what the first one does
        query = query.where(TrailEntry.id < before)
    entries = db.session.scalars(query.limit(PAGE_SIZE)).all()
    types = db.session.scalars(sa.select(TrailEntry.record_type).distinct().order_by(TrailEntry.record_type)).all()
    return render_template("admin/trail.html", entries=entries, types=types, record_type=record_type,
                           operation=operation, user_id=user_id, operations=[o.value for o in Operation],
                           next_before=entries[-1].id if len(entries) == PAGE_SIZE else None)
