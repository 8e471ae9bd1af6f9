"""New meeting from a report: paste or upload, review the draft in place, save it as a meeting."""
from datetime import timedelta

import sqlalchemy as sa
from flask import abort, current_app, flash, get_template_attribute, redirect, render_template, request, url_for
from flask_babel import gettext as _, ngettext
from flask_login import current_user
from markupsafe import Markup

from ..extensions import db
from ..forms import EmptyForm
from ..importer.files import UnreadableFile, read_bytes, read_html_text, read_text
from ..models import DraftStatus, Forum, ReportDraft
from ..models.base import utcnow
from ..services import imports as service
from ..web import load, principal, render, run
from . import bp
from .forms import NewImportForm, SaveForm, SplitForm
from .review_context import ROW_HEADINGS, _context, _field_labels, _forums, _header_typed, _kind_labels, _page_of

STALE_AFTER = timedelta(days=30)
ROW_KINDS = "<any(participants, organisations, sessions, groups, recommendations, actions, commitments):kind>"


def _may_import():
    who = principal()
    if not (who.is_admin or who.is_staff):
        abort(403)
    return who


def _own_draft(draft_id) -> ReportDraft:
    _may_import()
    return load(ReportDraft, draft_id)  # access.draft: its importer's and admins'; anyone else's answers 404


@bp.route("/")
def list_drafts():
    who = _may_import()
    from .. import access
    query = sa.select(ReportDraft).where(ReportDraft.status == DraftStatus.OPEN, access.draft(who)) \
        .order_by(ReportDraft.updated_dt.desc())
    drafts = db.session.scalars(query.limit(200)).all()
    return render_template("imports/list.html", drafts=drafts, stale_before=utcnow() - STALE_AFTER)


@bp.route("/new", methods=["GET", "POST"])
def new_import():
    who = _may_import()
    form = NewImportForm()
    form.forum.choices = _forums(who)
    if request.method == "GET":
        default = service.default_forum(current_user)
        form.forum.data = default.id if default else None
    status = 200
    if form.validate_on_submit():
        text, filename, source, warnings = form.text.data or "", None, None, []
        upload = request.files.get(form.file.name)
        try:
            if upload and upload.filename:
                data = upload.read(current_app.config["IMPORT_MAX_BYTES"] + 1)
                filename = upload.filename
                text, warnings = read_bytes(data, filename, current_app.config["IMPORT_MAX_BYTES"])
                source = data
            elif form.html.data and form.html.data.strip():
                text, warnings = read_html_text(form.html.data)    # a paste with its tables
            elif text:
                text, warnings = read_text(text)
        except UnreadableFile as e:
            target = form.file if upload and upload.filename else form.text
            target.errors = list(target.errors) + [str(e)]
            return render_template("imports/new.html", form=form), 422
        forum = db.session.get(Forum, form.forum.data) if form.forum.data else None
        ok, result = run(form, service.create_draft, current_user, text=text, filename=filename, source=source,
                         warnings=warnings, forum=forum, idempotency_key=form.idempotency_key.data)
        if ok:
            return redirect(url_for("imports.review", draft_id=result.id))
        status = result
    elif request.method == "POST":
        status = 422
    return render_template("imports/new.html", form=form), status


def _back_to(draft, kind: str, item_id: str | None = None):
    """Back to the review page that shows the row (its section's page), at the row."""
    page = _page_of(draft, kind, item_id) if item_id else 1
    args = {kind: page} if page > 1 else {}
    return redirect(url_for("imports.review", draft_id=draft.id, _anchor=item_id or kind, **args))


@bp.route("/<int:draft_id>/structure", methods=["POST"])
def structure(draft_id):
    """What a heading opens and what a column holds, as the reviewer says: the report is read again with them."""
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    headings = {int(k.split("-", 1)[1]): v for k, v in request.form.items()
                if k.startswith("heading-") and k.split("-", 1)[1].isdigit()}
    columns = {}
    for k, v in request.form.items():
        parts = k.split("-")
        if len(parts) == 3 and parts[0] == "column" and parts[1].isdigit() and parts[2].isdigit():
            columns[(int(parts[1]), int(parts[2]))] = v
    errors = _RowErrors()
    ok, result = run(errors, service.read_structure, current_user, draft, headings, columns)
    if ok:
        if result:
            flash(_("The report was read again with your choices; this forum's next reports will be read the same "
                    "way once this one is saved."), "info")
        return redirect(url_for("imports.review", draft_id=draft.id, _anchor="structure"))
    return render_template("imports/review.html", **_context(draft), row_errors=errors.extra_errors), result


@bp.route("/<int:draft_id>/header", methods=["POST"])
def edit_header(draft_id):
    """The meeting's title, kind and days as the reviewer corrects them (in place with htmx)."""
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    typed = _header_typed()
    errors = _RowErrors()
    ok, status = run(errors, service.edit_header, current_user, draft, typed)
    if ok and not request.htmx:
        return redirect(url_for("imports.review", draft_id=draft.id, _anchor="header"))
    extra = {} if ok else dict(header=typed, header_errors=errors.extra_errors)
    return render("imports/review.html", "imports/_header.html", status=200 if ok else status,
                  **_context(draft, **extra), header_oob=bool(request.htmx))


@bp.route("/<int:draft_id>")
def review(draft_id):
    draft = _own_draft(draft_id)
    kind, _sep, item_id = request.args.get("deleted", "").partition(":")   # after a delete without JavaScript
    deleted = _deleted(draft, kind, item_id) if kind in service.KINDS and item_id else None
    return render_template("imports/review.html", **_context(draft), just_deleted=(kind, deleted) if deleted else None)


def _item(draft, kind, item_id):
    return next((i for i in draft.data.get(kind, []) if i.get("id") == item_id), None)


@bp.route("/<int:draft_id>/<any(participants, organisations, sessions, groups, recommendations, actions, commitments):kind>/"
          "<item_id>", methods=["GET", "POST"])
def edit_item(draft_id, kind, item_id):
    draft = _own_draft(draft_id)
    if request.method == "GET" and draft.status is not DraftStatus.OPEN:
        # a second tab on a draft saved (or discarded) since: no form to edit, the page as it is now
        flash(_("This draft was already saved or discarded: change the meeting itself."), "error")
        to = url_for("imports.review", draft_id=draft.id)
        return ("", 204, {"HX-Redirect": to}) if request.htmx else redirect(to)
    item = _item(draft, kind, item_id)
    if item is None:       # another window deleted or moved it: say so, the list as it is now, what was typed
        if request.method == "POST" and not EmptyForm().validate_on_submit():
            abort(400)
        typed = [(_field_labels()[f], request.form[f]) for f in service.KINDS[kind]
                 if request.method == "POST" and (request.form.get(f) or "").strip()]
        return _gone(draft, kind, item_id, typed)
    if request.method == "GET":
        return render("imports/review.html", "imports/_edit_row.html", **_context(draft, focus=(kind, item_id)),
                      kind=kind, item=item, editing=(kind, item_id), row_marks=service.row_marks(item, kind))
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    values = {f: request.form.get(f) for f in service.KINDS[kind] if f in request.form}
    if "person_id" in request.form:
        values["person_id"] = request.form.get("person_id")
    was = {f: request.form.get(f"was-{f}", "") for f in service.KINDS[kind]}
    errors = _RowErrors()
    ok, status = run(errors, service.edit_item, current_user, draft, kind, item_id, {**values, "was": was})
    if not ok:   # the row stays open with what was typed and the message beside its field
        typed = {**item, **values}
        stored = _item(draft, kind, item_id) or item      # as it is now (another tab may have changed it)
        return render("imports/review.html", "imports/_edit_row.html", status=status,
                      **_context(draft, focus=(kind, item_id)), kind=kind, item=typed, edited=typed,
                      editing=(kind, item_id), row_errors=errors.extra_errors, stored=stored,
                      row_marks=service.row_marks(stored, kind))
    if not request.htmx:
        return _back_to(draft, kind, item_id)
    return render("imports/review.html", "imports/_row_saved.html", **_context(draft, focus=(kind, item_id)),
                  kind=kind, item=_item(draft, kind, item_id))


def _gone(draft, kind: str, item_id: str, typed=()):
    """The answer for a row that is no longer in the draft (deleted or moved in another window or tab): what
    happened, from the draft's corrections, and the section as it is now (in place with htmx, else the page)."""
    last = next((c for c in reversed(draft.data.get("corrections") or [])
                 if c.get("item") == item_id and c.get("kind") == kind and c.get("op") in ("delete", "kind")), None)
    to = None
    if last and last["op"] == "kind":
        if _item(draft, last.get("to"), last.get("new")) is not None:
            to = (last["to"], last["new"])
        message = _("This row was changed into a %(kind)s in another window; the list is shown as it is now.",
                    kind=dict(_kind_labels()).get(last.get("to"), last.get("to")))
    elif last:
        message = _("This row was deleted in another window; the list is shown as it is now.")
    else:
        message = _("This row was deleted or moved in another window; the list is shown as it is now.")
    gone = {"kind": kind, "message": message, "to": to, "typed": list(typed)}
    body, status = render("imports/review.html", "imports/_gone.html", status=409, **_context(draft, focus=to),
                          gone=gone)
    return body, status, ({"HX-Retarget": f"#{kind}", "HX-Reswap": "outerHTML"} if request.htmx else {})


class _RowErrors:
    """Stands for a form in web.run(): a draft row's messages, by field."""
    def __init__(self):
        self.extra_errors = {}


@bp.route("/<int:draft_id>/<any(participants, organisations, sessions, groups, recommendations, actions, commitments):kind>/"
          "<item_id>/delete", methods=["POST"])
def delete_item(draft_id, kind, item_id):
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    if _item(draft, kind, item_id) is None:
        return _gone(draft, kind, item_id)
    page = _page_of(draft, kind, item_id)
    ok, _status = run(None, service.delete_item, current_user, draft, kind, item_id)
    if ok and request.htmx:    # the row gives way to its "Undo"; the section's heading, counting the rest, beside it
        return render_template("imports/_deleted.html", draft=draft, kind=kind, row=_deleted(draft, kind, item_id),
                               row_form=EmptyForm(), oob_count=len(draft.data.get(kind) or []),
                               row_headings=ROW_HEADINGS)
    return redirect(url_for("imports.review", draft_id=draft.id, _anchor=kind,
                            **({"deleted": f"{kind}:{item_id}"} if ok else {}), **({kind: page} if page > 1 else {})))


def _deleted(draft, kind, item_id):
    entry = service.deleted_row(draft.data, kind, item_id, entry=True)
    return {"id": item_id, "text": entry["row"].get(service.KINDS[kind][0]) or "",
            "discussion": entry.get("discussion", False)} if entry else None


@bp.route(f"/<int:draft_id>/{ROW_KINDS}/<item_id>/restore", methods=["POST"])
def restore_item(draft_id, kind, item_id):
    """"Undo" after a delete: the row back where it was."""
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    ok, _status = run(None, service.restore_item, current_user, draft, kind, item_id)
    if ok and request.htmx:     # the row in place of its "Undo", and the section's count told afresh
        row = render_template("imports/_row.html", **_context(draft, focus=(kind, item_id)), kind=kind,
                              item=_item(draft, kind, item_id))
        return Markup(row) + get_template_attribute("imports/_heading.html", "section_heading")(
            kind, ROW_HEADINGS[kind], len(draft.data.get(kind) or []), oob=True)
    return _back_to(draft, kind, item_id if ok else None)


@bp.route(f"/<int:draft_id>/{ROW_KINDS}/add", methods=["POST"])
def add_item(draft_id, kind):
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    values = {f: request.form.get(f) for f in service.KINDS[kind]}
    errors = _RowErrors()
    ok, result = run(errors, service.add_item, current_user, draft, kind, values)
    if ok:
        return _back_to(draft, kind, result["id"])
    # the row stays typed, its form open, each message beside its field
    adding = {"kind": kind, "values": values, "errors": {f: "; ".join(map(str, m)) if isinstance(m, list) else str(m)
                                                         for f, m in errors.extra_errors.items()}}
    return render_template("imports/review.html", **_context(draft), adding=adding), result


@bp.route(f"/<int:draft_id>/{ROW_KINDS}/<item_id>/kind", methods=["POST"])
def change_kind(draft_id, kind, item_id):
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    if _item(draft, kind, item_id) is None:
        return _gone(draft, kind, item_id)
    to = request.form.get("to", "")
    if to == "discussion" and kind in service.OUTCOME_KINDS:   # not an outcome: out of the lists, kept in the text
        page = _page_of(draft, kind, item_id)
        ok, _status = run(None, service.delete_item, current_user, draft, kind, item_id, discussion=True)
        return redirect(url_for("imports.review", draft_id=draft.id, _anchor=kind,
                                **({"deleted": f"{kind}:{item_id}"} if ok else {}), **({kind: page} if page > 1 else {})))
    ok, result = run(None, service.change_kind, current_user, draft, kind, item_id, to)
    if ok:
        return _back_to(draft, to, result["id"])
    return render_template("imports/review.html", **_context(draft)), result


@bp.route("/<int:draft_id>/participants/<item_id>/split", methods=["POST"])
def split(draft_id, item_id):
    draft = _own_draft(draft_id)
    form = SplitForm()
    if form.validate_on_submit() and _item(draft, "participants", item_id) is None:
        return _gone(draft, "participants", item_id)
    if form.validate_on_submit():
        ok, _status = run(form, service.split_participant, current_user, draft, item_id, form.second.data)
        if not ok:
            for message in form.second.errors:
                flash(str(message), "error")
    return _back_to(draft, "participants", item_id)


def _carries(draft) -> dict[int, set[str]]:
    """The ticks under each planned submission: esc-<i> lists the recommendation rows it carries;
    esc-<i>-shown says the boxes were on the page, so none ticked means none."""
    return {i: set(request.form.getlist(f"esc-{i}"))
            for i in range(len(draft.data.get("escalations", []))) if request.form.get(f"esc-{i}-shown")}


@bp.route("/<int:draft_id>/save", methods=["POST"])
def save(draft_id):
    draft = _own_draft(draft_id)
    form = SaveForm()
    form.forum.choices = _forums(principal())
    if not form.validate_on_submit():
        return render_template("imports/review.html", **_context(draft, save_form=form)), 422
    forum = db.session.get(Forum, form.forum.data)
    form.extra_errors = {}       # what the draft lacks (its day, owners) is said beside the save button
    ok, result = run(form, service.save, current_user, draft, forum=forum, carries=_carries(draft),
                     addressed={i: request.form.get(f"esc-{i}-body", "")[:255]
                                for i in range(len(draft.data.get("escalations", [])))},
                     same_day_ok=form.same_day_ok.data, keep_minutes=form.keep_minutes.data,
                     keep_next=form.keep_next.data)
    if ok:
        flash(_saved_message(result), "info")
        to = url_for("meetings.meeting", meeting_id=result.id)
        return ("", 204, {"HX-Redirect": to}) if request.htmx else redirect(to)
    return render_template("imports/review.html", **_context(draft, save_form=form)), result


def _saved_message(meeting) -> str:
    """What the save made, counted from the meeting itself: "2 participants, 1 recommendation, 3 action points"."""
    import sqlalchemy as sa

    from ..models import Action, Attendance, Recommendation
    count = lambda model: db.session.scalar(sa.select(sa.func.count()).select_from(model).where(  # noqa: E731
        model.meeting_id == meeting.id, model.deleted_dt.is_(None)))
    parts = [ngettext("%(num)s participant", "%(num)s participants", count(Attendance)),
             ngettext("%(num)s recommendation", "%(num)s recommendations", count(Recommendation)),
             ngettext("%(num)s action point", "%(num)s action points", count(Action))]
    message = _("Meeting saved from the report: %(parts)s.", parts=_(", ").join(parts))
    draft = db.session.scalar(sa.select(ReportDraft).where(ReportDraft.meeting_id == meeting.id))
    if draft and (draft.data or {}).get("filled_scheduled"):
        message += " " + _("It is the meeting scheduled on that day: the report filled it.")
    already = len((draft.data or {}).get("already_open", [])) if draft else 0
    if already:
        message += " " + ngettext("%(num)s earlier action point is open in this forum already: not created again.",
                                  "%(num)s earlier action points are open in this forum already: not created again.",
                                  already)
    return message


@bp.route("/<int:draft_id>/discard", methods=["GET", "POST"])
def discard(draft_id):
    """GET asks first, showing what would be thrown away; POST discards."""
    draft = _own_draft(draft_id)
    form = EmptyForm()
    if request.method == "POST" and form.validate_on_submit():
        ok, _status = run(None, service.discard, current_user, draft)
        if ok:
            flash(_("Draft discarded."), "info")
        return redirect(url_for("imports.list_drafts"))
    return render_template("imports/discard.html", draft=draft, data=draft.data, form=form)


@bp.route("/<int:draft_id>/source")
def source(draft_id):
    """The report as it came in: the uploaded file, or the pasted text. It names every participant and every
    organisation's action, so only its importer, admins and the forum's whole-record readers have it."""
    from .. import access
    draft = db.session.scalar(sa.select(ReportDraft).where(ReportDraft.id == draft_id,
                                                           access.draft_source(principal()))) or abort(404)
    if draft.source_file is not None:
        from ..uploads import send_file
        return send_file(draft.source_file)
    from flask import Response
    return Response(draft.source_text, mimetype="text/plain; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename=report-{draft.id}.txt"})
