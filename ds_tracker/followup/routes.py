"""Between meetings: the forum dashboard, the meeting pack, what waits higher up, what a focal point owes,
and calendars."""

import hmac
from urllib.parse import urlparse
from types import SimpleNamespace

import sqlalchemy as sa
from markupsafe import Markup
from flask import Response, abort, current_app, redirect, render_template, request, url_for
from flask_babel import force_locale, get_locale, lazy_gettext as _l
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.orm import selectinload

from .. import access
from ..extensions import db
from ..forms import EmptyForm
from ..models import Action, Forum, Meeting, Recommendation, Submission, User

from ..services import followup as service, sent_back
from ..services.core import principal_for
from ..services.history import history
from ..status import ROW_MOVES, MinutesStatus, baghdad_today
from ..web import load, principal, run
from . import bp, data, owed


def _forum_for_staff(forum_id):
    """The forum's whole record (dashboard, pack, matrix): a forum the user cannot see answers 404, one whose
    page it sees but whose whole record it does not (a focal point) 403."""
    forum = load(Forum, forum_id)
    if not access.reads_whole_forum(principal(), forum.id):
        abort(403)
    return forum


@bp.route("/forums/<int:forum_id>/dashboard")
def dashboard(forum_id):
    forum = _forum_for_staff(forum_id)
    from ..links import external_url_or_none
    feed = external_url_or_none("followup.forum_calendar", forum_id=forum.id, token=_calendar_token(forum))
    from ..upcoming import membership_words, upcoming
    coming = upcoming(principal(), baghdad_today(), forum_ids=[forum.id])
    return render_template("followup/dashboard.html", forum=forum, d=data.dashboard(forum), feed_url=feed,
                           feed_form=EmptyForm(), queue=_approval_queue(forum), coming=coming,
                           membership_words=membership_words)


@bp.route("/forums/<int:forum_id>/calendar/new-address", methods=["POST"])
def new_calendar_address(forum_id):
    """Retire this user's feed addresses (all forums) and show new ones: for an address that was shared."""
    from flask import flash
    from flask_babel import gettext as _
    from ..services import accounts
    forum = _forum_for_staff(forum_id)
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    ok, _result = run(form, accounts.new_calendar_key, current_user, current_user._get_current_object())
    if ok:
        flash(_("Your calendar feed has a new address: the old one no longer works. "
                "Subscribe again with the address below."), "info")
    return redirect(url_for("followup.dashboard", forum_id=forum.id))


def _approval_queue(forum) -> dict:
    """A co-chair's queue: minutes written and not approved, submissions not approved; and, for the
    secretariat too, approved submissions still to send."""
    from ..recommendations.submission_listing import STATES, submissions_query_for_forums
    who = principal()
    to_send = db.session.scalars(submissions_query_for_forums([forum.id]).where(STATES["approved"])
                                 .order_by(Submission.id)).all()
    if not who.is_co_chair_of(forum.id):
        return {"minutes": [], "submissions": [], "to_send": to_send, "sent_back": []}
    minutes = db.session.scalars(sa.select(Meeting).where(
        Meeting.forum_id == forum.id, Meeting.deleted_dt.is_(None), Meeting.minutes_status == MinutesStatus.DRAFT,
        Meeting.minutes.is_not(None), Meeting.minutes != "").order_by(Meeting.starts_on, Meeting.id)).all()
    submissions = db.session.scalars(submissions_query_for_forums([forum.id]).where(STATES["awaiting_approval"])
                                     .order_by(Submission.id)).all()
    # sent back and not changed since: with the secretariat, not the co-chair, until they change it
    back_m = sent_back.pending(Meeting, [m.id for m in minutes])
    back_s = sent_back.pending(Submission, [s.id for s in submissions])
    return {"minutes": [m for m in minutes if m.id not in back_m],
            "submissions": [s for s in submissions if s.id not in back_s], "to_send": to_send,
            "sent_back": [(m, back_m[m.id]) for m in minutes if m.id in back_m]
            + [(s, back_s[s.id]) for s in submissions if s.id in back_s]}


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
    (_l("Status"), lambda a: a.status), (_l("Last update (Baghdad time)"), lambda a: a.notes[0].created_dt if a.notes else a.updated_dt),
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
    forums = access.whole_forum_ids(who)
    if forum_id:
        forums = [forum_id] if forums is None or forum_id in forums else []
    return render_template("followup/waiting.html", groups=data.waiting_by_body(data.waiting(forums)),
                           flag_form=EmptyForm(), forum_id=forum_id)


@bp.route("/recommendations/<int:rec_id>/chase", methods=["POST"])
def chase(rec_id):
    rec = load(Recommendation, rec_id)
    if not principal().is_co_chair_of(rec.forum_id):
        abort(403)
    form = EmptyForm()
    if form.validate_on_submit():
        run(form, service.set_chase_flag, current_user, rec, request.form.get("flag") == "1")
    # Back to the list it was pressed on, named by the form (a path on this site), never the Referer.
    forum = request.form.get("forum", type=int)
    return redirect(url_for("followup.waiting", forum=forum) if forum else url_for("followup.waiting"))


# --- the focal point's page: small, for a phone on a poor connection --------------------------------

@bp.route("/owe")
def owe():
    who = principal()
    page = owed.owed_page(who, request.args.get("after"))
    recs, rec_org = owed.addressed_recommendations(who)
    saved = request.args.get("saved", type=int)
    saved_row = None   # the action just saved without JavaScript, when it has left this page (done, cancelled)
    if saved and saved not in {a.id for a in page.rows}:
        found = access.get(Action, saved, who)
        saved_row = found if found is not None and found.deleted_dt is None else None
    return render_template("followup/owe.html", page=page, recs=recs, rec_org=rec_org,
                           saved=saved,
                           saved_row=saved_row, today=baghdad_today(), transitions=ROW_MOVES, who=who)


@bp.route("/meetings/<int:meeting_id>/follow-up")
def meeting_follow_up(meeting_id):
    """The actions a meeting follows up, each row with its own form (the meeting page shows only a summary)."""
    from ..models import AgendaItem
    meeting = load(Meeting, meeting_id)
    who = principal()
    ids = [i for item in db.session.scalars(sa.select(AgendaItem).where(
        AgendaItem.meeting_id == meeting.id, AgendaItem.deleted_dt.is_(None)).order_by(AgendaItem.position_in_list))
        for i in item.action_ids]
    return render_template("followup/meeting_follow_up.html", meeting=meeting, actions=data.follow_up_actions(who, ids),
                           saved=request.args.get("saved", type=int), today=baghdad_today(),
                           transitions=ROW_MOVES, who=who)


class _RowErrors:
    """Stands for a form in web.run(): collects the messages for the row's note and status."""
    def __init__(self):
        self.n, self.s = SimpleNamespace(errors=[]), SimpleNamespace(errors=[])
        self.note, self.body, self.status = self.n, self.n, self.s

    def messages(self):
        return self.n.errors + self.s.errors


@bp.route("/owe/<int:action_id>", methods=["POST"])
def owe_update(action_id):
    """One row's form: a status button (s=<status>, with the note; ?v= is the version the row was shown at), or
    the note alone (the first button, so Enter in the note adds the note and changes nothing else)."""
    from ..services import actions as action_service
    from ..status import ActionStatus
    status, note = request.form.get("s") or "", request.form.get("n") or ""
    if status and status not in {s.value for s in ActionStatus}:
        abort(400)
    errors = _RowErrors()
    errors.button_only = not note.strip()   # a status tap with no note: nothing to keep if it comes too late
    if status:
        action = load(Action, action_id, "can_update_action")
        ok, code = run(errors, action_service.change_status, current_user, action, ActionStatus(status),
                       version=request.args.get("v") or request.form.get("v"), note=note)
    else:
        action = load(Action, action_id, "can_add_note")
        ok, code = run(errors, action_service.add_note, current_user, action, note)
    if ok and not request.htmx:   # back to the row that changed, on the page it was on, saying so
        return redirect(_back_to(action.id))
    from flask import get_flashed_messages
    messages = errors.messages() + get_flashed_messages(category_filter=["error"])
    db.session.refresh(action)
    row = dict(a=action, today=baghdad_today(), transitions=ROW_MOVES, who=principal(),
               error=Markup("; ").join(messages) or None, note=None if ok else note,
               saved=ok, entries=history(action, limit=5, who=principal()))
    if request.htmx:
        # a status changed on /owe: its heading's count is told afresh (out of band), as a reload would show it
        on_owe = urlparse(request.headers.get("HX-Current-URL", "")).path == url_for("followup.owe")
        total = owed.owed_total(principal()) if ok and status and on_owe else None
        return render_template("followup/_owe_row.html", total=total, **row), (200 if ok else code)
    return render_template("followup/owe_row.html", back=_back_to(None), **row), code


def _back_to(action_id):
    """The list the form was sent from (this site's /owe or a meeting's follow-up), at the changed row."""
    from urllib.parse import parse_qsl, urlencode, urlsplit
    ref = urlsplit(request.referrer or "")
    same_site = ref.netloc == request.host and (ref.path == "/owe" or ref.path.startswith("/meetings/"))
    path, query = (ref.path, dict(parse_qsl(ref.query))) if same_site else (url_for("followup.owe"), {})
    query.pop("saved", None)
    if action_id is None:
        return path + ("?" + urlencode(query) if query else "")
    query["saved"] = action_id
    return f"{path}?{urlencode(query)}#a{action_id}"


@bp.route("/actions/<int:action_id>/history")
def action_history(action_id):
    action = load(Action, action_id)
    return render_template("followup/_history.html", entries=history(action, limit=20, who=principal()), action=action)


# --- calendars -------------------------------------------------------------------------------

def _serializer():
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="calendar-feed")


def _calendar_token(forum) -> str:
    """Names the user, the forum and the user's current calendar key: a new key retires the address."""
    return _serializer().dumps({"u": current_user.id, "f": forum.id, "k": current_user.calendar_key})


@bp.route("/forums/<int:forum_id>/calendar.ics")
def forum_calendar(forum_id):
    """A subscription feed; calendar apps pass the token shown on the dashboard instead of logging in."""
    token = request.args.get("token")
    who = principal()
    if token:
        try:
            claim = _serializer().loads(token)
        except BadSignature:
            abort(403)
        user = db.session.get(User, claim.get("u"))
        if claim.get("f") != forum_id or user is None or not user.is_active \
                or not hmac.compare_digest(str(claim.get("k") or ""), user.calendar_key or ""):
            abort(403)
        who = principal_for(user)  # the token's user, with today's rights
        language = user.language or request.accept_languages.best_match(("en", "ar")) or "en"
    else:
        language = str(get_locale() or "en")
    forum = access.get(Forum, forum_id, who) or abort(404)
    from ..calendars import forum_feed
    meetings = db.session.scalars(sa.select(Meeting).where(Meeting.forum_id == forum.id, access.meeting(who))
                                  .options(selectinload(Meeting.sittings)).order_by(Meeting.starts_on)).all()
    with force_locale(language):   # the subscriber's language: the feed owner's, else the calendar app's
        return _ics(forum_feed(forum, meetings, _base_url()), f"{forum.code}.ics")


@bp.route("/meetings/<int:meeting_id>/calendar.ics")
def meeting_calendar(meeting_id):
    from ..calendars import meeting_calendar as build
    meeting = load(Meeting, meeting_id)
    return _ics(build(meeting, _base_url()), f"meeting-{meeting.id}.ics")


def _base_url():
    """Links inside feeds start with BASE_URL, never the request's Host."""
    from ..links import BaseUrlMissing, base_url
    try:
        return base_url()
    except BaseUrlMissing:
        abort(503)


def _ics(body: bytes, filename: str) -> Response:
    return Response(body, mimetype="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename={filename}"})
