"""New meeting from a report: paste or upload, review the draft in place, save it as a meeting."""
from datetime import timedelta

import sqlalchemy as sa
from flask import abort, current_app, flash, get_template_attribute, redirect, render_template, request, url_for
from flask_babel import gettext as _, lazy_gettext as _l, ngettext
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
KIND_NAMES = ("participants", "sessions", "groups", "recommendations", "actions", "commitments")
SOURCE_SHOWN_UP_TO = 20_000   # characters of the report shown under the draft; past that, the download link only


def _may_import():
    who = principal()
    if not (who.is_admin or who.is_staff):
        abort(403)
    return who


def _own_draft(draft_id) -> ReportDraft:
    _may_import()
    return load(ReportDraft, draft_id)  # access.draft: its importer's and admins'; anyone else's answers 404


def _forums(who):
    """The forums this user may record meetings of (a secretariat of a JCF may not write to Workshops)."""
    return options([(fid, name) for fid, name in forum_choices(who) if who.is_staff_of(fid)])


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


def _page_size() -> int:
    return current_app.config.get("REVIEW_PAGE_SIZE", 100)


def _pages(draft, focus: tuple[str, str] | None = None) -> dict[str, int]:
    """Which page of each section is shown: ?participants=3 is the third hundred participants. A row being
    edited (focus) brings its section to the page that holds it."""
    pages = {}
    for kind in KIND_NAMES:
        count = len(draft.data.get(kind, []))
        last = max(1, -(-count // _page_size()))
        wanted = request.args.get(kind, "1")
        pages[kind] = min(max(int(wanted), 1), last) if wanted.isdigit() else 1
    if focus:
        pages[focus[0]] = _page_of(draft, *focus)
    return pages


def _page_of(draft, kind: str, item_id: str) -> int:
    ids = [i.get("id") for i in draft.data.get(kind, [])]
    return ids.index(item_id) // _page_size() + 1 if item_id in ids else 1


def _back_to(draft, kind: str, item_id: str | None = None):
    """Back to the review page that shows the row (its section's page), at the row."""
    page = _page_of(draft, kind, item_id) if item_id else 1
    args = {kind: page} if page > 1 else {}
    return redirect(url_for("imports.review", draft_id=draft.id, _anchor=item_id or kind, **args))


ROW_HEADINGS = {"participants": _l("Participants"), "sessions": _l("Sessions and speakers"),
                "groups": _l("Breakout groups"), "recommendations": _l("Recommendations"),
                "actions": _l("Action points"), "commitments": _l("Commitments and next steps")}


def _context(draft, save_form=None, focus=None, header=None, header_errors=None, **extra):
    from ..services.import_save import escalation_points, unknown_owners
    who = principal()
    if save_form is None:
        default = draft.forum or service.default_forum(current_user)
        save_form = SaveForm(forum=default.id if default else None)
    save_form.forum.choices = _forums(who)
    save_errors = getattr(save_form, "extra_errors", None) or {}
    header_errors = dict(header_errors or {})
    if save_errors.get("sittings"):      # "The report gives no date": said beside the day the header form asks for
        header_errors.setdefault("sitting-0-date", save_errors["sittings"])
    pages = _pages(draft, focus)
    groups = [g["name"] for g in draft.data.get("groups", [])]
    kind_labels = _kind_labels()
    return dict(draft=draft, data=draft.data, save_form=save_form, groups=groups, organisations=organisation_choices(),
                kind_labels=kind_labels, field_labels=_field_labels(), section_labels=_section_labels(),
                column_labels=_column_labels(),
                split_form=SplitForm(), kinds=service.KINDS, source_lines=draft.source_text.splitlines(),
                row_form=EmptyForm(), pages=pages, page_size=_page_size(),
                person_details=_candidate_details(draft, pages["participants"], who),
                show_source=len(draft.source_text) <= SOURCE_SHOWN_UP_TO,
                escalation_points=escalation_points(draft.data), row_headings=ROW_HEADINGS,
                same_day=_same_day(draft, save_form.forum.data, who), save_errors=save_errors,
                unknown_owners=unknown_owners(draft.data) if draft.status.value == "open" else set(),
                header=header or _header_shown(draft.data), header_errors=header_errors,
                meeting_kinds=_meeting_kinds(), warnings=_warnings(draft.data), **extra)


# The importer's warnings (written in English by the pure reader), in the reader's language: (pattern, message).
_WARNINGS = [
    (r"No title found\.", _l("No title found.")),
    (r"No meeting date, participants or recommendations found: this may not be a meeting report\.",
     _l("No meeting date, participants or recommendations found: this may not be a meeting report.")),
    (r"This does not look like a meeting report\.", _l("This does not look like a meeting report.")),
    (r"(?P<name>.+) is listed twice \(line (?P<line>\d+)\); kept once\.",
     _l("%(name)s is listed twice (line %(line)s); kept once.")),
    (r"The attendance lists organisations, not people: (?P<names>.+) \(line (?P<line>\d+)\)\.",
     _l("The attendance lists organisations, not people: %(names)s (line %(line)s).")),
    (r"The web page is very long; only its beginning was read\.",
     _l("The web page is very long; only its beginning was read.")),
    (r"Reading the PDF took too long; the draft holds its first (?P<n>\d+) pages\.",
     _l("Reading the PDF took too long; the draft holds its first %(n)s pages.")),
    (r"The PDF has (?P<count>\d+) pages; the draft holds the first (?P<n>\d+)\.",
     _l("The PDF has %(count)s pages; the draft holds the first %(n)s.")),
    (r"The PDF is damaged after page (?P<n>\d+); the draft holds what came before\.",
     _l("The PDF is damaged after page %(n)s; the draft holds what came before.")),
    (r"The Word document is larger than (?P<n>\d+) MB once unpacked; only its beginning was read "
     r"\(up to: (?P<last>.*)\)\.",
     _l("The Word document is larger than %(n)s MB once unpacked; only its beginning was read (up to: %(last)s).")),
    (r"The text is longer than (?P<n>[\d,]+) characters \(about 700 pages\); the draft holds its beginning\. "
     r"Import the rest separately\.",
     _l("The text is longer than %(n)s characters (about 700 pages); the draft holds its beginning. Import the "
        "rest separately.")),
]
_RECORD_PARTS = {"name", "names", "last"}     # the report's own words, kept in their direction


def _warnings(data) -> list:
    """The draft's warnings in the reader's language; "No title found" goes once the reviewer gave a title."""
    import re

    from markupsafe import Markup, escape
    shown = []
    for w in data.get("warnings") or []:
        for pattern, message in _WARNINGS:
            if m := re.fullmatch(pattern, w, re.S):
                if message is _WARNINGS[0][1] and data.get("title"):
                    break
                args = {k: Markup('<bdi data-record dir="auto">%s</bdi>') % v if k in _RECORD_PARTS else escape(v)
                        for k, v in m.groupdict().items()}
                shown.append(Markup(escape(str(message))) % args if args else str(message))
                break
        else:
            shown.append(w)
    return shown


def _header_shown(data) -> dict:
    """The header form's values: the draft's, and one empty sitting to add a day."""
    sittings = [{k: s.get(k) or "" for k in ("date", "city", "venue")} for s in data.get("sittings") or []]
    return {"title": data.get("title") or "", "kind": data.get("kind") or "other",
            "sittings": sittings + [{"date": "", "city": "", "venue": ""}]}


def _header_typed() -> dict:
    """The header form as sent: title, kind and its sittings (sitting-<i>-date/city/venue, `sittings` of them)."""
    count = request.form.get("sittings", "")
    count = min(int(count), 60) if count.isdigit() else 0
    return {"title": request.form.get("title", ""), "kind": request.form.get("kind", ""),
            "sittings": [{f: request.form.get(f"sitting-{i}-{f}", "") for f in ("date", "city", "venue")}
                         for i in range(count)]}


def _meeting_kinds():
    return [("JCF", _("Joint Coordination Forum (JCF)")), ("RWG", _("Returns Working Group (RWG)")),
            ("DSTWG", _("Durable Solutions Technical Working Group (DSTWG)")),
            ("DSTF", _("Durable Solutions Task Force (DSTF)")), ("ABC", _("Area-Based Coordination (ABC)")),
            ("workshop", _("workshop")), ("other", _("other meeting"))]


def _same_day(draft, forum_id, who) -> list:
    """Before saving: the forum's meetings already recorded on the report's days (most often the same meeting,
    entered by hand or imported before), to open and check."""
    from datetime import date
    from ..meetings.page import same_day_meetings
    if draft.status.value != "open":
        return []
    days = []
    for sitting in draft.data.get("sittings") or []:
        try:
            days.append(date.fromisoformat(sitting.get("date") or ""))
        except (TypeError, ValueError):
            continue
    from .. import access
    from ..services.import_save import saved_before
    found = list(same_day_meetings(who, forum_id, days))
    # this very report, saved before (whatever day it was corrected to), among the meetings the reader may read
    found += [m for m in saved_before(draft, access.meeting(who)) if m.id not in {f.id for f in found}]
    return found


def _candidate_details(draft, page: int, who) -> dict[int, str]:
    """What tells the people proposed for the shown participants apart (position, organisation, last meeting)."""
    from ..services.people import people_details
    first = (page - 1) * _page_size()
    shown = draft.data.get("participants", [])[first:first + _page_size()]
    return people_details({c["id"] for p in shown for c in p.get("candidates", [])}, who)


def _kind_labels():
    return [("participants", _("participant")), ("sessions", _("session or speaker")),
            ("groups", _("breakout group")), ("recommendations", _("recommendation")),
            ("actions", _("action point")), ("commitments", _("commitment or next step"))]


def _field_labels():
    return {"name": _("Name"), "position": _("Position"), "organisation": _("Organisation"), "group": _("Group"),
            "title": _("Title"), "presenter": _("Speaker"), "theme": _("Theme"), "text": _("Text"),
            "owner": _("Owner"), "due": _("Due date")}


def _section_labels():
    return [("participants", _("participants")), ("recommendations", _("recommendations")),
            ("decisions", _("decisions")), ("actions", _("action points")),
            ("mixed", _("decisions and action points")), ("next_steps", _("next steps")),
            ("agenda", _("agenda")), ("background", _("background or discussion")),
            ("earlier", _("action points of an earlier meeting, reviewed")), ("other", _("no list of rows"))]


def _column_labels():
    return [("name", _("name")), ("position", _("position")), ("organisation", _("organisation")),
            ("action", _("action point")), ("responsible", _("owner")), ("deadline", _("due date")),
            ("recommendations", _("recommendation")), ("number", _("number")), ("ignore", _("ignore this column"))]


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
    return render_template("imports/review.html", **_context(_own_draft(draft_id)))


def _item(draft, kind, item_id):
    return next((i for i in draft.data.get(kind, []) if i.get("id") == item_id), None)


@bp.route("/<int:draft_id>/<any(participants, sessions, groups, recommendations, actions, commitments):kind>/"
          "<item_id>", methods=["GET", "POST"])
def edit_item(draft_id, kind, item_id):
    draft = _own_draft(draft_id)
    item = _item(draft, kind, item_id)
    if item is None:       # another window deleted or moved it: say so, the list as it is now, what was typed
        if request.method == "POST" and not EmptyForm().validate_on_submit():
            abort(400)
        typed = [(_field_labels()[f], request.form[f]) for f in service.KINDS[kind]
                 if request.method == "POST" and (request.form.get(f) or "").strip()]
        return _gone(draft, kind, item_id, typed)
    if request.method == "GET":
        return render("imports/review.html", "imports/_edit_row.html", **_context(draft, focus=(kind, item_id)),
                      kind=kind, item=item, editing=(kind, item_id))
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    values = {f: request.form.get(f) for f in service.KINDS[kind] if f in request.form}
    if "person_id" in request.form:
        values["person_id"] = request.form.get("person_id")
    errors = _RowErrors()
    ok, status = run(errors, service.edit_item, current_user, draft, kind, item_id, values)
    if not ok:   # the row stays open with what was typed and the message beside its field
        typed = {**item, **values}
        return render("imports/review.html", "imports/_edit_row.html", status=status,
                      **_context(draft, focus=(kind, item_id)), kind=kind, item=typed, edited=typed,
                      editing=(kind, item_id), row_errors=errors.extra_errors)
    if not request.htmx:
        return _back_to(draft, kind, item_id)
    return render("imports/review.html", "imports/_row.html", **_context(draft, focus=(kind, item_id)), kind=kind,
                  item=_item(draft, kind, item_id))


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


@bp.route("/<int:draft_id>/<any(participants, sessions, groups, recommendations, actions, commitments):kind>/"
          "<item_id>/delete", methods=["POST"])
def delete_item(draft_id, kind, item_id):
    draft = _own_draft(draft_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    if _item(draft, kind, item_id) is None:
        return _gone(draft, kind, item_id)
    page = _page_of(draft, kind, item_id)
    run(None, service.delete_item, current_user, draft, kind, item_id)
    if request.htmx:    # the row goes; the section's heading, counting the rest, is swapped in beside it
        return get_template_attribute("imports/_heading.html", "section_heading")(
            kind, ROW_HEADINGS[kind], len(draft.data.get(kind) or []), oob=True)
    return redirect(url_for("imports.review", draft_id=draft.id, _anchor=kind, **({kind: page} if page > 1 else {})))


ROW_KINDS = "<any(participants, sessions, groups, recommendations, actions, commitments):kind>"


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
                     same_day_ok=form.same_day_ok.data)
    if ok:
        flash(_saved_message(result), "info")
        return redirect(url_for("meetings.meeting", meeting_id=result.id))
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
