"""Between meetings: the forum dashboard, the meeting pack, what waits higher up, what a focal point owes,
and calendars."""

import sqlalchemy as sa
from flask import Response, abort, current_app, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..forms import EmptyForm
from ..models import Action, Forum, Meeting, Recommendation, User, action_supporters
from ..models.recommendations import recommendation_addressees
from ..queries import OPEN_STATUSES, readable_forum_ids
from ..services import followup as service
from ..services.core import principal_for
from ..services.history import history
from ..status import ACTION_TRANSITIONS, baghdad_today
from ..web import load, principal, run
from . import bp, data


def _forum_for_staff(forum_id):
    forum = load(Forum, forum_id, "can_view_forum")
    if not principal().can_read_forum_record(forum):
        abort(403)
    return forum


@bp.route("/forums/<int:forum_id>/dashboard")
def dashboard(forum_id):
    forum = _forum_for_staff(forum_id)
    return render_template("followup/dashboard.html", forum=forum, d=data.dashboard(forum),
                           calendar_token=_calendar_token(forum))


@bp.route("/forums/<int:forum_id>/pack")
def pack(forum_id):
    forum = _forum_for_staff(forum_id)
    today = baghdad_today()
    last = data.last_meeting(forum.id, today)
    waiting = data.waiting([forum.id], today)
    return render_template("followup/pack.html", forum=forum, today=today, last=last,
                           next_date=data.next_date(forum.recurrence, today),
                           actions=data.pack_actions(forum.id),
                           decisions=data.decisions_since(forum.id, last.starts_on if last else None),
                           waiting=sorted(waiting, key=lambda r: (not r["flagged"], r["since"])))


MATRIX_COLUMNS = [
    (_l("Recommendation"), lambda a: a.recommendation.reference if a.recommendation else None),
    (_l("Recommendation text"), lambda a: a.recommendation.text if a.recommendation else None),
    (_l("Meeting"), lambda a: (a.recommendation.meeting if a.recommendation else a.meeting).title
     if (a.recommendation or a.meeting) else None),
    (_l("Date"), lambda a: (a.recommendation.meeting if a.recommendation else a.meeting).starts_on
     if (a.recommendation or a.meeting) else None),
    (_l("Theme"), lambda a: ", ".join(t.name for t in a.recommendation.themes) if a.recommendation else None),
    (_l("Place"), lambda a: ", ".join(p.name for p in a.recommendation.places) if a.recommendation else None),
    (_l("Addressee"), lambda a: ", ".join(o.label for o in a.recommendation.addressees) if a.recommendation else None),
    (_l("Action"), lambda a: a.text), (_l("Owner"), lambda a: a.owner.label),
    (_l("Focal point"), lambda a: a.focal_person.name if a.focal_person else None), (_l("Due"), lambda a: a.due_on),
    (_l("Status"), lambda a: a.status), (_l("Last update"), lambda a: a.notes[0].created_dt if a.notes else a.updated_dt),
    (_l("Escalation stage"), lambda a: a.recommendation.escalation_state if a.recommendation else None),
    (_l("Reference"), lambda a: a.recommendation.reference if a.recommendation else f"A-{a.id}")]


@bp.route("/forums/<int:forum_id>/pack.xlsx")
def pack_xlsx(forum_id):
    from ..exports import xlsx_response
    forum = _forum_for_staff(forum_id)
    return xlsx_response(data.matrix_rows(forum.id), MATRIX_COLUMNS, f"follow-up-matrix-{forum.code}",
                         "Follow-up matrix", [18, 50, 40, 12, 25, 20, 30, 50, 30, 22, 12, 13, 17, 15, 18])


@bp.route("/waiting")
def waiting():
    who = principal()
    forum_id = request.args.get("forum", type=int)
    forums = readable_forum_ids(who)
    if forum_id:
        forums = [forum_id] if forums is None or forum_id in forums else []
    rows = data.waiting(forums)
    groups = {}
    for row in rows:
        groups.setdefault(row["body"], []).append(row)
    return render_template("followup/waiting.html", groups=groups, flag_form=EmptyForm(), forum_id=forum_id)


@bp.route("/recommendations/<int:rec_id>/chase", methods=["POST"])
def chase(rec_id):
    rec = load(Recommendation, rec_id)
    if not principal().is_co_chair_of(rec.forum_id):
        abort(403)
    form = EmptyForm()
    if form.validate_on_submit():
        run(form, service.set_chase_flag, current_user, rec, request.form.get("flag") == "1")
    return redirect(request.referrer or url_for("followup.waiting"))


# --- the focal point's page: small, for a phone on a poor connection --------------------------------

@bp.route("/owe")
def owe():
    who = principal()
    orgs = sorted(who.focal_org_ids)
    today = baghdad_today()
    actions, recs = [], []
    if orgs:
        supported = sa.select(action_supporters.c.action_id).where(action_supporters.c.organisation_id.in_(orgs))
        query = sa.select(Action).where(Action.deleted_dt.is_(None), Action.status.in_(OPEN_STATUSES),
                                        sa.or_(Action.owner_id.in_(orgs), Action.id.in_(supported)))
        overdue_first = sa.case((Action.due_on < today, 0), else_=1)
        actions = db.session.scalars(query.order_by(overdue_first, Action.due_on.is_(None), Action.due_on, Action.id)
                                     .limit(200).options(joinedload(Action.owner),
                                                         joinedload(Action.recommendation))).unique().all()
        recs = db.session.scalars(sa.select(Recommendation).where(
            Recommendation.deleted_dt.is_(None), Recommendation.id.in_(
                sa.select(recommendation_addressees.c.recommendation_id)
                .where(recommendation_addressees.c.organisation_id.in_(orgs))))
            .order_by(Recommendation.id.desc()).limit(50)).all()
    return render_template("followup/owe.html", actions=actions, recs=recs, today=today,
                           transitions=ACTION_TRANSITIONS, who=who, entries=None)


@bp.route("/owe", methods=["POST"])
def owe_update():
    """One tap: go=<action>:<status>, with that row's note (n<id>) and version (v<id>). The answer is the row,
    with the action's latest history right there."""
    from ..services import actions as action_service
    from ..status import ActionStatus
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    action_id, _sep, status = (request.form.get("go") or "").partition(":")
    if not action_id.isdigit() or status not in {s.value for s in ActionStatus}:
        abort(400)
    action = load(Action, int(action_id), "can_update_action")
    ok, code = run(None, action_service.change_status, current_user, action, ActionStatus(status),
                   version=request.form.get(f"v{action.id}"), note=request.form.get(f"n{action.id}"))
    if not request.htmx:
        back = request.form.get("back") or ""
        return redirect(back if back.startswith("/") and not back.startswith("//") else url_for("followup.owe"))
    from flask import get_flashed_messages
    error = None if ok else "; ".join(get_flashed_messages(category_filter=["error"])) or None
    db.session.refresh(action)
    return render_template("followup/_owe_row.html", a=action, today=baghdad_today(), transitions=ACTION_TRANSITIONS,
                           who=principal(), error=error, entries=history(action)[:5]), (200 if ok else code)


@bp.route("/actions/<int:action_id>/history")
def action_history(action_id):
    action = load(Action, action_id, "can_view_action")
    return render_template("followup/_history.html", entries=history(action)[:20], action=action)


# --- calendars -------------------------------------------------------------------------------

def _serializer():
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="calendar-feed")


def _calendar_token(forum) -> str:
    return _serializer().dumps({"u": current_user.id, "f": forum.id})


@bp.route("/forums/<int:forum_id>/calendar.ics")
def forum_calendar(forum_id):
    """A subscription feed; calendar apps pass the token shown on the dashboard instead of logging in."""
    forum = db.session.get(Forum, forum_id) or abort(404)
    token = request.args.get("token")
    if token:
        try:
            claim = _serializer().loads(token)
        except BadSignature:
            abort(403)
        user = db.session.get(User, claim.get("u"))
        if claim.get("f") != forum.id or user is None or not principal_for(user).can_view_forum(forum):
            abort(403)
    elif not principal().can_view_forum(forum):
        abort(403)
    from ..calendars import forum_feed
    meetings = db.session.scalars(sa.select(Meeting).where(Meeting.forum_id == forum.id, Meeting.deleted_dt.is_(None))
                                  .options(selectinload(Meeting.sittings)).order_by(Meeting.starts_on)).all()
    return _ics(forum_feed(forum, meetings, _base_url()), f"{forum.code}.ics")


@bp.route("/meetings/<int:meeting_id>/calendar.ics")
def meeting_calendar(meeting_id):
    from ..calendars import meeting_calendar as build
    meeting = load(Meeting, meeting_id, "can_view_meeting")
    return _ics(build(meeting, _base_url()), f"meeting-{meeting.id}.ics")


def _base_url():
    return current_app.config.get("BASE_URL") or request.host_url.rstrip("/")


def _ics(body: bytes, filename: str) -> Response:
    return Response(body, mimetype="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename={filename}"})
