"""New meeting from a report: paste or upload, review the draft in place, save it as a meeting."""
from datetime import timedelta

import sqlalchemy as sa
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..forms import EmptyForm, options
from ..importer.files import UnreadableFile, read_bytes, read_html_text, read_text
from ..listing import forum_choices, organisation_choices
from ..models import DraftStatus, Forum, ReportDraft
from ..models.base import utcnow
from ..services import imports as service
from ..web import load, principal, render, run
from . import bp
from .forms import NewImportForm, SaveForm, SplitForm

STALE_AFTER = timedelta(days=30)


def _may_import():
    who = principal()
    if not (who.is_admin or who.is_staff):
        abort(403)
    return who


def _own_draft(draft_id) -> ReportDraft:
    _may_import()
    draft = load(ReportDraft, draft_id)
    if draft.user_id != current_user.id and not principal().is_admin:
        abort(403)
    return draft


def _forums(who):
    return options([("", "—")] + [(fid, name) for fid, name in forum_choices(who) if who.is_staff_of(fid)])


@bp.route("/")
def list_drafts():
    who = _may_import()
    query = sa.select(ReportDraft).where(ReportDraft.status == DraftStatus.OPEN).order_by(ReportDraft.updated_dt.desc())
    if not who.is_admin:
        query = query.where(ReportDraft.user_id == current_user.id)
    drafts = db.session.scalars(query.limit(200)).all()
    return render_template("imports/list.html", drafts=drafts, stale_before=utcnow() - STALE_AFTER,
                           discard_form=EmptyForm())


@bp.route("/new", methods=["GET", "POST"])
def new_import():
    who = _may_import()
    form = NewImportForm()
    form.forum.choices = _forums(who)
    status = 200
    if form.validate_on_submit():
        text, filename, path, warnings = form.text.data or "", None, None, []
        upload = request.files.get(form.file.name)
        try:
            if upload and upload.filename:
                data = upload.read(current_app.config["IMPORT_MAX_BYTES"] + 1)
                filename = upload.filename
                text, warnings = read_bytes(data, filename, current_app.config["IMPORT_MAX_BYTES"])
                path = _keep_upload(data, filename)
            elif form.html.data and form.html.data.strip():
                text, warnings = read_html_text(form.html.data)    # a paste with its tables
            elif text:
                text, warnings = read_text(text)
        except UnreadableFile as e:
            target = form.file if upload and upload.filename else form.text
            target.errors = list(target.errors) + [str(e)]
            return render_template("imports/new.html", form=form), 422
        forum = db.session.get(Forum, form.forum.data) if form.forum.data else None
        ok, result = run(form, service.create_draft, current_user, text=text, filename=filename, source_path=path,
                         warnings=warnings, forum=forum)
        if ok:
            return redirect(url_for("imports.review", draft_id=result.id))
        status = result
    elif request.method == "POST":
        status = 422
    return render_template("imports/new.html", form=form), status


def _keep_upload(data: bytes, filename: str) -> str:
    import os
    import uuid

    from werkzeug.utils import secure_filename

    from ..uploads import _folder
    stored = f"report-{uuid.uuid4().hex}{os.path.splitext(secure_filename(filename))[1].lower()}"
    with open(os.path.join(_folder(), stored), "wb") as f:
        f.write(data)
    return stored


def _context(draft, **extra):
    who = principal()
    save_form = SaveForm(forum=draft.forum_id)
    save_form.forum.choices = _forums(who)
    groups = [g["name"] for g in draft.data.get("groups", [])]
    return dict(draft=draft, data=draft.data, save_form=save_form, groups=groups, organisations=organisation_choices(),
                split_form=SplitForm(), kinds=service.KINDS, source_lines=draft.source_text.splitlines(),
                row_form=EmptyForm(), **extra)


@bp.route("/<int:draft_id>")
def review(draft_id):
    return render_template("imports/review.html", **_context(_own_draft(draft_id)))


def _item(draft, kind, item_id):
    return next((i for i in draft.data.get(kind, []) if i.get("id") == item_id), None)


@bp.route("/<int:draft_id>/<any(participants, sessions, groups, recommendations, actions, commitments):kind>/"
          "<item_id>", methods=["GET", "POST"])
def edit_item(draft_id, kind, item_id):
    draft = _own_draft(draft_id)
    item = _item(draft, kind, item_id)
    if item is None:
        abort(404)
    if request.method == "GET":
        return render("imports/review.html", "imports/_edit_row.html", **_context(draft), kind=kind, item=item)
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    values = {f: request.form.get(f) for f in service.KINDS[kind] if f in request.form}
    if "person_id" in request.form:
        values["person_id"] = request.form.get("person_id")
    ok, status = run(None, service.edit_item, current_user, draft, kind, item_id, values)
    if not request.htmx:
        return redirect(url_for("imports.review", draft_id=draft.id, _anchor=item_id))
    item = _item(draft, kind, item_id)
    return render("imports/review.html", "imports/_row.html", status=200 if ok else status, **_context(draft),
                  kind=kind, item=item)


@bp.route("/<int:draft_id>/<any(participants, sessions, groups, recommendations, actions, commitments):kind>/"
          "<item_id>/delete", methods=["POST"])
def delete_item(draft_id, kind, item_id):
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    run(None, service.delete_item, current_user, draft, kind, item_id)
    if request.htmx:
        return ""
    return redirect(url_for("imports.review", draft_id=draft.id, _anchor=kind))


@bp.route("/<int:draft_id>/participants/<item_id>/split", methods=["POST"])
def split(draft_id, item_id):
    draft = _own_draft(draft_id)
    form = SplitForm()
    if form.validate_on_submit():
        ok, _status = run(form, service.split_participant, current_user, draft, item_id, form.second.data)
        if not ok:
            for message in form.second.errors:
                flash(str(message), "error")
    return redirect(url_for("imports.review", draft_id=draft.id, _anchor="participants"))


@bp.route("/<int:draft_id>/save", methods=["POST"])
def save(draft_id):
    draft = _own_draft(draft_id)
    form = SaveForm()
    form.forum.choices = _forums(principal())
    if not form.validate_on_submit():
        abort(400)
    forum = db.session.get(Forum, form.forum.data) if form.forum.data else None
    ok, result = run(form, service.save, current_user, draft, forum=forum)
    if ok:
        flash(_("Meeting saved from the report: %(n)s participants, %(r)s recommendations.",
                n=len(draft.data.get("participants", [])), r=len(draft.data.get("recommendations", []))), "info")
        return redirect(url_for("meetings.meeting", meeting_id=result.id))
    return render_template("imports/review.html", **_context(draft)), result


@bp.route("/<int:draft_id>/discard", methods=["POST"])
def discard(draft_id):
    draft = _own_draft(draft_id)
    if EmptyForm().validate_on_submit():
        run(None, service.discard, current_user, draft)
    return redirect(url_for("imports.list_drafts"))


@bp.route("/<int:draft_id>/source")
def source(draft_id):
    """The report as it came in: the uploaded file, or the pasted text. Readers of the meeting may have it."""
    draft = load(ReportDraft, draft_id)
    who = principal()
    allowed = who.is_admin or draft.user_id == current_user.id or (
        draft.meeting is not None and who.can_view_meeting(draft.meeting))
    if not allowed:
        abort(403)
    if draft.source_path:
        from ..uploads import send_scan
        return send_scan(draft.source_path, draft.source_filename)
    from flask import Response
    return Response(draft.source_text, mimetype="text/plain; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename=report-{draft.id}.txt"})
