import sqlalchemy as sa
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..models import Action, Forum, Meeting, Recommendation, Sitting
from ..services import meetings as service
from ..services.history import history
from ..web import load, principal, run
from . import bp
from .forms import ApproveForm, MeetingForm


@bp.route("/forums/<int:forum_id>")
def forum(forum_id):
    forum_ = load(Forum, forum_id, "can_view_forum")
    first_day = sa.select(sa.func.min(Sitting.date)).where(Sitting.meeting_id == Meeting.id).scalar_subquery()
    meetings = db.session.scalars(
        sa.select(Meeting).where(Meeting.forum_id == forum_.id, Meeting.deleted_dt.is_(None))
        .order_by(first_day.desc().nulls_last(), Meeting.id.desc()).limit(100)).all()
    return render_template("meetings/forum.html", forum=forum_, meetings=meetings)


@bp.route("/meetings/<int:meeting_id>")
def meeting(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_view_meeting")
    who = principal()
    recs = db.session.scalars(sa.select(Recommendation).where(
        Recommendation.meeting_id == meeting_.id, Recommendation.deleted_dt.is_(None))
        .order_by(Recommendation.reference)).all()
    actions = db.session.scalars(sa.select(Action).where(
        Action.meeting_id == meeting_.id, Action.deleted_dt.is_(None)).order_by(Action.due_on, Action.id)).all()
    return render_template(
        "meetings/meeting.html", meeting=meeting_,
        recommendations=[r for r in recs if who.can_view_recommendation(r)],
        actions=[a for a in actions if who.can_view_action(a)],
        approve_form=ApproveForm(version=meeting_.version),
        trail=history(meeting_) if who.can_edit_meeting(meeting_) else [])


@bp.route("/meetings/<int:meeting_id>/edit", methods=["GET", "POST"])
def edit_meeting(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_edit_meeting")
    form = MeetingForm(obj=meeting_)
    status = 200
    if request.method == "GET":
        form.version.data = meeting_.version
        form.reason.data = ""
    elif form.validate_on_submit():
        data = {f: getattr(form, f).data for f in service.MEETING_FIELDS}
        ok, result = run(form, service.update_meeting, current_user, meeting_, data, version=form.version.data,
                         reason=form.reason.data)
        if ok:
            flash(_("Meeting saved.") if result else _("Nothing had changed."), "info")
            return redirect(url_for("meetings.meeting", meeting_id=meeting_.id))
        status = result
    else:
        status = 422
    return render_template("meetings/edit.html", meeting=meeting_, form=form), status


@bp.route("/meetings/<int:meeting_id>/approve", methods=["POST"])
def approve(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_approve_minutes")
    form = ApproveForm()
    if form.validate_on_submit():
        ok, _status = run(form, service.approve_minutes, current_user, meeting_, version=form.version.data)
        if ok:
            flash(_("Minutes approved."), "info")
    return redirect(url_for("meetings.meeting", meeting_id=meeting_.id))
