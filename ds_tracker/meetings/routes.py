import sqlalchemy as sa
from sqlalchemy.orm import joinedload
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from markupsafe import escape

from .. import access
from ..extensions import db
from ..forms import options
from ..listing import (filters_from_request, forum_choices, governorate_choices, organisation_choices,
                       theme_choices)
from ..models import Attendance, BreakoutGroup, Forum, Meeting, MeetingRole, Organisation, Session, Theme
from ..services import meetings as service
from ..services import sent_back as sent_back_service
from ..services.history import history
from ..services.people import find_organisation, people_details, person_from_input, suggest_people
from ..text import MAX_MARKDOWN_CHARS, TOO_LONG, render_markdown
from ..web import load, principal, render, run, submit, then
from . import bp
from .forms import ApproveForm, AttendanceForm, SendBackForm, GroupForm, MeetingForm, NewMeetingForm, RemoveForm, SessionForm
from .listing import list_meetings as query_meetings
from .page import PAGE_PARTS, meeting_parts, same_day_meetings

TRAIL_ON_PAGE = 30   # the newest changes; the admin trail has the rest


@bp.route("/forums/<int:forum_id>")
def forum(forum_id):
    forum_ = load(Forum, forum_id)
    meetings = db.session.scalars(
        sa.select(Meeting).where(Meeting.forum_id == forum_.id, access.meeting(principal()))
        .order_by(Meeting.starts_on.desc().nulls_last(), Meeting.id.desc()).limit(100)).all()
    return render_template("meetings/forum.html", forum=forum_, meetings=meetings)


@bp.route("/meetings")
def list_meetings():
    who = principal()
    f = filters_from_request()
    page = query_meetings(who, f, request.args.get("after"))
    creatable = [fid for fid, _n in forum_choices(who) if who.is_staff_of(fid)]
    return render("meetings/list.html", "meetings/_list.html", page=page, f=f, forums=forum_choices(who),
                  governorates=governorate_choices(), themes=theme_choices(), creatable_forums=creatable)


def _org_choices(form):
    """Organisations, then forums: a forum (the RWG, a JCF) can host or co-organise a meeting."""
    forums = db.session.execute(sa.select(Forum.id, Forum.name).where(Forum.is_active).order_by(Forum.name)).all()
    choices = options([(f"o{oid}", label) for oid, label in organisation_choices()]
                      + [(f"f{fid}", name) for fid, name in forums])
    for field in (form.hosts, form.organisers, form.present):
        field.choices = choices


def _orgs(values):
    """The records behind "o<id>"/"f<id>" values; anything else is ignored (the select offers nothing else)."""
    models = {"o": Organisation, "f": Forum}
    found = []
    for value in values or []:
        value = str(value)
        if value.isdigit():      # a bare id is an organisation, as before forums could host
            value = "o" + value
        model = models.get(value[:1])
        if model is not None and value[1:].isdigit() and (record := db.session.get(model, int(value[1:]))):
            found.append(record)
    return found


def _party_values(parties):
    return [("f" if isinstance(p, Forum) else "o") + str(p.id) for p in parties]


@bp.route("/meetings/new", methods=["GET", "POST"])
def new_meeting():
    who = principal()
    forums = [(fid, name) for fid, name in forum_choices(who) if who.is_staff_of(fid)]
    if not forums:
        abort(403)
    form = NewMeetingForm()
    form.forum.choices = options(forums)
    _org_choices(form)
    if request.method == "GET" and request.args.get("forum", "").isdigit():
        form.forum.data = int(request.args["forum"])

    def create():
        forum_ = db.session.get(Forum, form.forum.data) or abort(400)
        return service.create_meeting(current_user, forum_, title=form.title.data, title_ar=form.title_ar.data,
                                      sittings=form.sittings.data, summary=form.summary.data,
                                      hosts=_orgs(form.hosts.data), organisers=_orgs(form.organisers.data),
                                      present=_orgs(form.present.data),
                                      idempotency_key=form.idempotency_key.data, same_day_ok=form.same_day_ok.data)
    response, status = submit(form, create, done=lambda m: then(
        _("Meeting created. Now add its participants, sessions and recommendations."),
        redirect(url_for("meetings.meeting", meeting_id=m.id))))
    if response:
        return response
    # refused as a likely second record: the meetings already there, to open before confirming
    same_day = same_day_meetings(who, form.forum.data, [s["date"] for s in form.sittings.data or []]) \
        if request.method == "POST" and not form.same_day_ok.data else []
    return render_template("meetings/new.html", form=form, same_day=same_day), status


def _part_forms(meeting_):
    group_form = GroupForm(prefix="group")
    group_form.theme.choices = options([("", "—")] + theme_choices())
    return {"attendance_form": AttendanceForm(prefix="att"), "session_form": SessionForm(prefix="session"),
            "group_form": group_form, "remove_form": RemoveForm(prefix="rm")}


def _meeting_context(meeting_, loaded=False):
    who = principal()
    can_edit = who.can_edit_meeting(meeting_)
    # The forms that add parts, and every organisation for their suggestions, only for those who may edit.
    editing = dict(organisations=organisation_choices(), **_part_forms(meeting_)) if can_edit else {}
    # a meeting saved (imported, most often) on a day the forum already met: the other record, to check
    same_day = same_day_meetings(who, meeting_.forum_id, [s.date for s in meeting_.sittings], meeting_.id) \
        if can_edit else []
    sent_back = _returned(meeting_)["sent_back"] if can_edit else None   # once answered, the approve page says so
    from ..status import baghdad_today
    to_come = bool(meeting_.starts_on and meeting_.starts_on > baghdad_today() and not meeting_.minutes)
    return dict(meeting=meeting_, who=who, can_edit=can_edit, same_day=same_day, sent_back=sent_back, to_come=to_come,
                **meeting_parts(meeting_, who, loaded),
                trail=history(meeting_, limit=TRAIL_ON_PAGE, who=who) if can_edit else [], **editing)


def _returned(meeting_) -> dict:
    """The co-chair's send-back: `sent_back` while the minutes are unchanged since, `answered` once changed."""
    found = None if meeting_.minutes_approved else sent_back_service.returned_one(meeting_)
    return {"sent_back": found.entry if found and found.waiting else None,
            "answered": found if found and not found.waiting else None}


@bp.route("/meetings/<int:meeting_id>")
def meeting(meeting_id):
    return render_template("meetings/meeting.html",
                           **_meeting_context(load(Meeting, meeting_id, options=PAGE_PARTS), loaded=True))


@bp.route("/meetings/<int:meeting_id>/edit", methods=["GET", "POST"])
def edit_meeting(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_edit_meeting")
    form = MeetingForm(obj=meeting_)
    _org_choices(form)
    status = 200
    if request.method == "GET":
        form.version.data = meeting_.version
        form.reason.data = ""
        form.sittings.data = [{"date": s.date, "city": s.city, "venue": s.venue} for s in meeting_.sittings]
        form.hosts.data = _party_values(meeting_.parties_in(MeetingRole.HOST))
        form.organisers.data = _party_values(meeting_.parties_in(MeetingRole.ORGANISER))
        form.present.data = _party_values(meeting_.parties_in(MeetingRole.PRESENT))
    elif form.validate_on_submit():
        data = {f: getattr(form, f).data for f in service.MEETING_FIELDS}
        ok, result = run(form, service.update_meeting, current_user, meeting_, data, version=form.version.data,
                         reason=form.reason.data, sittings=form.sittings.data, hosts=_orgs(form.hosts.data),
                         organisers=_orgs(form.organisers.data), present=_orgs(form.present.data))
        if ok:
            flash(_("Meeting saved.") if result else _("Nothing had changed."), "info")
            return redirect(url_for("meetings.meeting", meeting_id=meeting_.id))
        status = result
    else:
        status = 422
    return render_template("meetings/edit.html", meeting=meeting_, form=form), status


@bp.route("/meetings/<int:meeting_id>/approve", methods=["GET", "POST"])
def approve(meeting_id):
    """The minutes as they will be approved, and a button that approves exactly that version."""
    meeting_ = load(Meeting, meeting_id, "can_approve_minutes")
    form = ApproveForm()
    status = 200
    if request.method == "GET":
        form.version.data = meeting_.version
    elif form.validate_on_submit():
        ok, status = run(form, service.approve_minutes, current_user, meeting_, version=form.version.data,
                         anyway=request.form.get("anyway") == "1")
        if ok:
            flash(_("Minutes approved."), "info")
            return redirect(url_for("meetings.meeting", meeting_id=meeting_.id))
        db.session.refresh(meeting_)
        form.version.data = meeting_.version   # approving again approves what is shown now
    else:
        status = 422
    return render_template("meetings/approve.html", meeting=meeting_, form=form, **_returned(meeting_),
                           back_form=SendBackForm(prefix="back", version=meeting_.version, formdata=None)), status


@bp.route("/meetings/<int:meeting_id>/send-back", methods=["POST"])
def send_back(meeting_id):
    """The co-chair returns the minutes with a comment; they stay draft, the comment waits for the secretariat."""
    meeting_ = load(Meeting, meeting_id, "can_approve_minutes")
    back_form = SendBackForm(prefix="back")
    if back_form.validate_on_submit():
        ok, status = run(back_form, sent_back_service.send_back_minutes, current_user, meeting_,
                         version=back_form.version.data, comment=back_form.comment.data)
        if ok:
            flash(_("Minutes sent back to the secretariat with your comment."), "info")
            return redirect(url_for("meetings.meeting", meeting_id=meeting_.id))
        db.session.refresh(meeting_)
        back_form.version.data = meeting_.version
    else:
        status = 422
    return render_template("meetings/approve.html", meeting=meeting_, back_form=back_form, **_returned(meeting_),
                           form=ApproveForm(version=meeting_.version, formdata=None)), status


@bp.route("/markdown/preview", methods=["POST"])
def preview():
    """What Markdown text will look like, sanitised exactly as on the page."""
    if not principal().has_any_role:
        abort(403)
    source = next((v for k, v in request.form.items() if k in ("minutes", "summary")), "")
    if len(source) > MAX_MARKDOWN_CHARS:   # the same bound as saving: a preview never ties up a worker
        message = TOO_LONG % {"n": MAX_MARKDOWN_CHARS}
        return f'<div class="preview"><p class="error" role="alert">{escape(message)}</p></div>', 422
    return f'<div class="preview">{render_markdown(source)}</div>'


# --- participants: a fast, keyboard-first row form; htmx swaps the whole section -------------

def _participants(meeting_, form=None, status=200):
    context = _meeting_context(meeting_)
    context["focus_participant"] = True  # after adding a row, the cursor is back in the name field
    if form is not None:
        context["attendance_form"] = form
    return render("meetings/meeting.html", "meetings/_participants.html", status=status, **context)


@bp.route("/meetings/<int:meeting_id>/attendances", methods=["POST"])
def add_attendance(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_edit_meeting")
    form = AttendanceForm(prefix="att")
    if not form.validate_on_submit():
        return _participants(meeting_, form, 422)

    def add():
        person = person_from_input(current_user, form.person.data, new_ok=form.new_person.data)
        org = find_organisation(form.organisation.data)
        return service.add_attendance(current_user, meeting_, person=person, position=form.position.data,
                                      organisation=org, organisation_text=form.organisation.data,
                                      heading=form.heading.data, reason=form.reason.data,
                                      idempotency_key=form.idempotency_key.data)
    ok, status = run(form, add)
    if not ok:
        return _participants(meeting_, form, status)
    db.session.expire(meeting_)
    fresh = AttendanceForm(prefix="att", formdata=None, heading=form.heading.data)  # keep the heading for the next row
    return _participants(meeting_, fresh) if request.htmx else redirect(
        url_for("meetings.meeting", meeting_id=meeting_.id, _anchor="participants"))


@bp.route("/attendances/<int:attendance_id>/remove", methods=["POST"])
def remove_attendance(attendance_id):
    return _remove(Attendance, attendance_id, "participants")


def _remove(model, record_id, anchor):
    part = load(model, record_id)
    meeting_ = load(Meeting, part.meeting_id, "can_edit_meeting")
    form = RemoveForm(prefix="rm")
    reason = form.reason.data or (request.htmx.prompt if request.htmx else None)
    if not request.htmx and not request.form.get("rm-confirm"):   # htmx asked already (hx-confirm)
        return render_template("meetings/remove.html", meeting=meeting_, part=part, anchor=anchor, form=form,
                               action=request.path)
    ok, status = run(form, service.remove_part, current_user, part, reason=reason) \
        if form.validate_on_submit() else (False, 422)
    db.session.expire(meeting_)
    if request.htmx:
        template = {"participants": "meetings/_participants.html", "sessions": "meetings/_sessions.html",
                    "groups": "meetings/_groups.html"}[anchor]
        return render("meetings/meeting.html", template, status=200 if ok else status, **_meeting_context(meeting_))
    return redirect(url_for("meetings.meeting", meeting_id=meeting_.id, _anchor=anchor))


@bp.route("/people/suggest")
def suggest():
    """Names matching what was typed (aliases included), as options for the name field's datalist."""
    if not (principal().is_staff or principal().is_admin):
        abort(403)
    # whichever field asked: the participant's name, an action's focal point...
    typed = request.args.get("q") or next((v for k, v in request.args.items() if v and k != "_"), "")
    people = suggest_people(typed, principal())
    return render_template("meetings/_people_options.html", people=people,
                           details=people_details([p.id for p in people], principal()))


# --- sessions and breakout groups: added and edited in place ------------------------------------

@bp.route("/meetings/<int:meeting_id>/sessions", methods=["POST"])
def add_session(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_edit_meeting")
    form = SessionForm(prefix="session")
    ok, status = run(form, service.add_session, current_user, meeting_, title=form.title.data,
                     presenter_text=form.presenter_text.data, summary=form.summary.data, reason=form.reason.data,
                     idempotency_key=form.idempotency_key.data) if form.validate_on_submit() else (False, 422)
    return _section(meeting_, "sessions", ok, status, session_form=None if ok else form)


@bp.route("/meetings/<int:meeting_id>/groups", methods=["POST"])
def add_group(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_edit_meeting")
    form = GroupForm(prefix="group")
    form.theme.choices = options([("", "—")] + theme_choices())
    if form.validate_on_submit():
        theme = db.session.get(Theme, form.theme.data) if form.theme.data else None
        ok, status = run(form, service.add_group, current_user, meeting_, name=form.name.data, theme=theme,
                         challenges=form.challenges.data, reason=form.reason.data,
                         idempotency_key=form.idempotency_key.data)
    else:
        ok, status = False, 422
    return _section(meeting_, "groups", ok, status, group_form=None if ok else form)


def _section(meeting_, name, ok, status, **forms):
    db.session.expire(meeting_)
    if not request.htmx:
        if ok:
            return redirect(url_for("meetings.meeting", meeting_id=meeting_.id, _anchor=name))
    context = _meeting_context(meeting_)
    context.update({k: v for k, v in forms.items() if v is not None})
    return render("meetings/meeting.html", f"meetings/_{name}.html", status=200 if ok else status, **context)


@bp.route("/sessions/<int:session_id>", methods=["GET", "POST"])
def edit_session(session_id):
    return _edit_part(Session, session_id, SessionForm, "session", ["title", "presenter_text", "summary"])


@bp.route("/groups/<int:group_id>", methods=["GET", "POST"])
def edit_group(group_id):
    return _edit_part(BreakoutGroup, group_id, GroupForm, "group", ["name", "theme", "challenges"])


def _edit_part(model, part_id, form_cls, kind, fields):
    part = load(model, part_id)
    meeting_ = load(Meeting, part.meeting_id, "can_edit_meeting")
    form = form_cls(prefix=f"edit-{kind}-{part.id}", obj=None if request.method == "POST" else part)
    if kind == "group":
        form.theme.choices = options([("", "—")] + theme_choices())
        if request.method == "GET":
            form.theme.data = part.theme_id
    status = 200
    if request.method == "POST":
        if form.validate_on_submit():
            data = {f: getattr(form, f).data for f in fields}
            if kind == "group":
                data["theme"] = db.session.get(Theme, data["theme"]) if data["theme"] else None
            ok, status = run(form, service.update_part, current_user, part, data, reason=form.reason.data)
            if ok:
                if request.htmx:
                    return render_template(f"meetings/_{kind}.html", part=part, meeting=meeting_, can_edit=True,
                                           remove_form=RemoveForm(prefix="rm"))
                return redirect(url_for("meetings.meeting", meeting_id=meeting_.id, _anchor=f"{kind}s"))
        else:
            status = 422
    return render("meetings/edit_part.html", "meetings/_edit_part.html", status=status, form=form, part=part,
                  kind=kind, meeting=meeting_)


@bp.route("/sessions/<int:session_id>/remove", methods=["POST"])
def remove_session(session_id):
    return _remove(Session, session_id, "sessions")


@bp.route("/groups/<int:group_id>/remove", methods=["POST"])
def remove_group(group_id):
    return _remove(BreakoutGroup, group_id, "groups")


@bp.route("/meetings/export.<any(csv, xlsx):fmt>")
def export_meetings(fmt):
    from ..exports import respond
    from .listing import meetings_query
    query = meetings_query(principal(), filters_from_request()).order_by(Meeting.starts_on.desc(), Meeting.id.desc())
    rows = db.session.scalars(query.options(joinedload(Meeting.forum))).unique()
    columns = [(_l("Title"), lambda m: m.title), (_l("Forum"), lambda m: m.forum.name), (_l("From"), lambda m: m.starts_on),
               (_l("To"), lambda m: m.ends_on), (_l("Minutes"), lambda m: m.minutes_status)]
    return respond(fmt, rows, columns, "meetings", "Meetings", [60, 30, 12, 12, 12])


@bp.route("/meetings/<int:meeting_id>/participants.<any(csv, xlsx):fmt>")
def export_participants(meeting_id, fmt):
    from ..exports import respond
    meeting_ = load(Meeting, meeting_id)
    columns = [(_l("Name"), lambda a: a.person.name), (_l("Position"), lambda a: a.position),
               (_l("Organisation"), lambda a: a.organisation.label if a.organisation else a.organisation_text),
               (_l("Listed under"), lambda a: a.heading), (_l("Gender"), lambda a: a.person.gender)]
    return respond(fmt, meeting_.attendances, columns, f"participants-{meeting_.id}", "Participants",
                   [30, 40, 40, 20, 10])
