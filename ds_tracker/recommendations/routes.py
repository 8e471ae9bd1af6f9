import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..extensions import db
from ..message import label
from ..forms import options
from ..listing import organisation_options, place_choices, theme_choices
from ..models import (Action, BreakoutGroup, Decision, Forum, Meeting, Organisation, Place, Recommendation,
                      RecommendationLink, Submission, Theme, action_supporters)
from ..services import escalation
from ..services import recommendations as service
from ..services.history import history
from ..status import EscalationLevel, Outcome, RecommendationStatus
from ..web import load, principal, render, run, submit, then
from . import bp
from .forms import (ApproveSubmissionForm, DecisionForm, EditRecommendationForm, NewRecommendationForm,
                    RecommendationStatusForm, SendSubmissionForm, SubmissionForm)


def action_org_ids(rec_id: int) -> set[int]:
    """Organisations that lead or support an action serving the recommendation (they may read it)."""
    owners = sa.select(Action.owner_id).where(Action.recommendation_id == rec_id, Action.deleted_dt.is_(None))
    supporters = sa.select(action_supporters.c.organisation_id).join(
        Action, Action.id == action_supporters.c.action_id).where(Action.recommendation_id == rec_id)
    return set(db.session.scalars(owners.union(supporters)))


def load_recommendation(rec_id: int) -> Recommendation:
    rec = load(Recommendation, rec_id)
    if not principal().can_view_recommendation(rec, action_org_ids(rec.id)):
        abort(403)
    return rec


@bp.route("/recommendations/<int:rec_id>")
def recommendation(rec_id):
    rec = load_recommendation(rec_id)
    who = principal()
    actions = db.session.scalars(sa.select(Action).where(
        Action.recommendation_id == rec.id, Action.deleted_dt.is_(None)).order_by(Action.due_on, Action.id)).all()
    links = db.session.scalars(sa.select(RecommendationLink).where(
        sa.or_(RecommendationLink.from_id == rec.id, RecommendationLink.to_id == rec.id))).all()
    staff = who.can_edit_recommendation(rec)
    return render_template(
        "recommendations/recommendation.html", rec=rec, actions=[a for a in actions if who.can_view_action(a)],
        links=links, trail=history(rec) if staff or who.is_staff else [],
        status_form=RecommendationStatusForm(version=rec.version, status=rec.status.value) if staff else None,
        can_view_meeting=who.can_view_meeting(rec.meeting))


@bp.route("/r/<reference>")
def by_reference(reference):
    rec = db.session.scalar(sa.select(Recommendation).where(Recommendation.reference == reference.upper()))
    if rec is None:
        abort(404)
    load_recommendation(rec.id)  # the same permission as the page itself
    return redirect(url_for("recommendations.recommendation", rec_id=rec.id))


@bp.route("/recommendations/<int:rec_id>/status", methods=["POST"])
def change_status(rec_id):
    rec = load(Recommendation, rec_id, "can_edit_recommendation")
    form = RecommendationStatusForm()
    if form.validate_on_submit():
        ok, _status = run(form, service.change_status, current_user, rec, RecommendationStatus(form.status.data),
                          version=form.version.data, reason=form.reason.data)
        if ok:
            flash(_("Status changed."), "info")
        else:
            for errors in form.errors.values():
                for message in errors:
                    flash(message, "error")
    return redirect(url_for("recommendations.recommendation", rec_id=rec.id))


@bp.route("/submissions/<int:submission_id>")
def submission(submission_id):
    sub = load(Submission, submission_id, "can_view_submission")
    return render_template("recommendations/submission.html", **_submission_context(sub))


def _submission_context(sub, send_form=None, decision_form=None):
    decision_form = decision_form or DecisionForm(prefix="dec")
    decision_form.body.choices = organisation_options()
    return dict(sub=sub, approve_form=ApproveSubmissionForm(version=sub.version),
                send_form=send_form or SendSubmissionForm(prefix="send", version=sub.version),
                decision_form=decision_form, outcomes=[o.value for o in Outcome],
                can_prepare=principal().can_prepare_submission(sub.forum_id))


@bp.route("/submissions/<int:submission_id>/approve", methods=["POST"])
def approve_submission(submission_id):
    sub = load(Submission, submission_id, "can_approve_submission")
    form = ApproveSubmissionForm()
    if form.validate_on_submit():
        ok, _status = run(form, escalation.approve_submission, current_user, sub, version=form.version.data)
        if ok:
            flash(_("Submission approved: it can now be sent."), "info")
    return redirect(url_for("recommendations.submission", submission_id=sub.id))


@bp.route("/decisions/<int:decision_id>")
def decision(decision_id):
    dec = load(Decision, decision_id, "can_view_decision")
    return render_template("recommendations/decision.html", decision=dec)


@bp.route("/recommendations")
def list_recommendations():
    from ..listing import filters_from_request, forum_choices, governorate_choices, organisation_choices, theme_choices
    from .listing import ESCALATION_STATES, list_recommendations as query
    f = filters_from_request()
    page = query(principal(), f, request.args.get("after"))
    return render("recommendations/list.html", "recommendations/_list.html", page=page, f=f,
                  forums=forum_choices(principal()), organisations=organisation_choices(),
                  governorates=governorate_choices(), themes=theme_choices(),
                  statuses=[("", _("any"))] + [(s.value, label(s)) for s in RecommendationStatus],
                  escalations=[(s, label(s)) for s in ESCALATION_STATES])


# --- adding and editing recommendations --------------------------------------------------------

def _choices(form, meeting_):
    groups = db.session.scalars(sa.select(BreakoutGroup).where(
        BreakoutGroup.meeting_id == meeting_.id, BreakoutGroup.deleted_dt.is_(None))).all()
    form.group.choices = options([("", _("plenary / closing"))] + [(g.id, g.name) for g in groups])
    form.themes.choices = options(theme_choices())
    form.places.choices = options((pid, name) for pid, name, _aliases in place_choices())
    form.addressees.choices = organisation_options(empty=False)
    return form


def _picked(model, ids):
    return [r for r in (db.session.get(model, i) for i in ids or []) if r is not None]


def _values(form):
    return dict(text=form.text.data, text_ar=form.text_ar.data,
                group=db.session.get(BreakoutGroup, form.group.data) if form.group.data else None,
                themes=_picked(Theme, form.themes.data), places=_picked(Place, form.places.data),
                addressees=_picked(Organisation, form.addressees.data))


@bp.route("/meetings/<int:meeting_id>/recommendations/new", methods=["GET", "POST"])
def new_recommendation(meeting_id):
    meeting_ = load(Meeting, meeting_id, "can_edit_meeting")
    form = _choices(NewRecommendationForm(), meeting_)
    if request.method == "GET" and request.args.get("group", "").isdigit():
        form.group.data = int(request.args["group"])

    def done(rec):
        if request.form.get("then") == "another":   # "Save and add another" keeps the group
            target = url_for("recommendations.new_recommendation", meeting_id=meeting_.id, group=form.group.data or None)
        else:
            target = url_for("meetings.meeting", meeting_id=meeting_.id, _anchor="recommendations")
        return then(_("Recommendation %(ref)s added.", ref=rec.reference), redirect(target))
    response, status = submit(form, lambda: service.create_recommendation(
        current_user, meeting_, idempotency_key=form.idempotency_key.data, **_values(form)), done=done)
    return response or (render_template("recommendations/edit.html", form=form, meeting=meeting_, rec=None), status)


@bp.route("/recommendations/<int:rec_id>/edit", methods=["GET", "POST"])
def edit_recommendation(rec_id):
    rec = load(Recommendation, rec_id, "can_edit_recommendation")
    form = _choices(EditRecommendationForm(obj=rec), rec.meeting)
    status = 200
    if request.method == "GET":
        form.version.data = rec.version
        form.group.data = rec.group_id
        form.themes.data = [t.id for t in rec.themes]
        form.places.data = [p.id for p in rec.places]
        form.addressees.data = [o.id for o in rec.addressees]
    elif form.validate_on_submit():
        ok, result = run(form, service.update_recommendation, current_user, rec, _values(form),
                         version=form.version.data, reason=form.reason.data)
        if ok:
            flash(_("Saved.") if result else _("Nothing had changed."), "info")
            return redirect(url_for("recommendations.recommendation", rec_id=rec.id))
        status = result
    else:
        status = 422
    return render_template("recommendations/edit.html", form=form, meeting=rec.meeting, rec=rec), status


# --- submissions and decisions -------------------------------------------------------------------

@bp.route("/forums/<int:forum_id>/submissions/new", methods=["GET", "POST"])
def new_submission(forum_id):
    forum_ = load(Forum, forum_id, lambda f: principal().can_prepare_submission(f.id))
    form = SubmissionForm()
    form.addressee.choices = organisation_options()
    # The recommendations to pick from: this forum's, narrowed by the filters in the URL.
    meeting_filter = request.args.get("meeting", type=int)
    status_filter = request.args.get("rec_status") or ""
    words = (request.args.get("words") or "").strip()
    candidates = sa.select(Recommendation).where(Recommendation.forum_id == forum_.id,
                                                 Recommendation.deleted_dt.is_(None))
    if meeting_filter:
        candidates = candidates.where(Recommendation.meeting_id == meeting_filter)
    if status_filter:
        candidates = candidates.where(Recommendation.status == RecommendationStatus(status_filter))
    if words:
        candidates = candidates.where(sa.or_(Recommendation.text.ilike(f"%{words}%"),
                                             Recommendation.text_ar.ilike(f"%{words}%"),
                                             Recommendation.reference.ilike(f"%{words}%")))
    listed = db.session.scalars(candidates.order_by(Recommendation.id.desc()).limit(200)).all()
    chosen = set(form.recommendations.data or []) if request.method == "POST" else set()
    form.recommendations.choices = options((r.id, r.reference) for r in listed + _picked(Recommendation, chosen))
    meetings = db.session.execute(sa.select(Meeting.id, Meeting.title, Meeting.starts_on).where(
        Meeting.forum_id == forum_.id, Meeting.deleted_dt.is_(None)).order_by(Meeting.starts_on.desc()).limit(100)).all()
    status = 200
    if form.validate_on_submit():
        ok, result = run(form, escalation.create_submission, current_user, forum_,
                         level=EscalationLevel(form.level.data), title=form.title.data,
                         recommendations=_picked(Recommendation, form.recommendations.data),
                         addressee=db.session.get(Organisation, form.addressee.data) if form.addressee.data else None,
                         idempotency_key=form.idempotency_key.data)
        if ok:
            flash(_("Submission prepared. A co-chair approves it before it is sent."), "info")
            return redirect(url_for("recommendations.submission", submission_id=result.id))
        status = result
    elif request.method == "POST":
        status = 422
    return render("recommendations/submission_new.html", "recommendations/_candidates.html", status=status,
                  forum=forum_, form=form, listed=listed, chosen=chosen, meetings=meetings,
                  meeting_filter=meeting_filter, status_filter=status_filter, words=words,
                  statuses=[s.value for s in RecommendationStatus])


@bp.route("/submissions/<int:submission_id>/send", methods=["POST"])
def send_submission(submission_id):
    from ..uploads import save_scan
    sub = load(Submission, submission_id, lambda s: principal().can_prepare_submission(s.forum_id))
    form = SendSubmissionForm(prefix="send")
    if form.validate_on_submit():
        def send():
            if form.scan.data:
                sub.scan_path, sub.scan_name = save_scan(form.scan.data)
            escalation.mark_sent(current_user, sub, sent_on=form.sent_on.data, reference=form.reference.data,
                                 version=form.version.data)
        ok, status = run(form, send)
        if ok:
            flash(_("Recorded as sent."), "info")
            return redirect(url_for("recommendations.submission", submission_id=sub.id))
    else:
        status = 422
    return render_template("recommendations/submission.html", **_submission_context(sub, send_form=form)), status


@bp.route("/submissions/<int:submission_id>/scan")
def submission_scan(submission_id):
    from ..uploads import send_scan
    sub = load(Submission, submission_id, "can_view_submission")
    if not sub.scan_path:
        abort(404)
    return send_scan(sub.scan_path, sub.scan_name)


@bp.route("/submissions/<int:submission_id>/decision", methods=["POST"])
def record_decision(submission_id):
    sub = load(Submission, submission_id, lambda s: principal().can_prepare_submission(s.forum_id))
    form = DecisionForm(prefix="dec")
    form.body.choices = organisation_options()
    outcomes = {}
    for rec in sub.recommendations:
        value = request.form.get(f"outcome-{rec.id}") or ""
        if value:
            outcomes[rec] = (value, request.form.get(f"note-{rec.id}"))
    if form.validate_on_submit():
        ok, status = run(form, escalation.record_decision, current_user, submissions=[sub], level=sub.level,
                         decided_on=form.decided_on.data, number=form.number.data, text=form.text.data,
                         body=db.session.get(Organisation, form.body.data) if form.body.data else sub.addressee,
                         outcomes=outcomes, idempotency_key=form.idempotency_key.data)
        if ok:
            flash(_("Decision recorded."), "info")
            return redirect(url_for("recommendations.submission", submission_id=sub.id))
    else:
        status = 422
    return render_template("recommendations/submission.html", **_submission_context(sub, decision_form=form)), status


RECOMMENDATION_COLUMNS = [
    (_l("Reference"), lambda r: r.reference), (_l("Recommendation"), lambda r: r.text), (_l("Arabic"), lambda r: r.text_ar),
    (_l("Status"), lambda r: r.status), (_l("Escalation"), lambda r: r.escalation_state),
    (_l("Themes"), lambda r: ", ".join(t.name for t in r.themes)), (_l("Places"), lambda r: ", ".join(p.name for p in r.places)),
    (_l("Addressed to"), lambda r: ", ".join(o.label for o in r.addressees)), (_l("Meeting"), lambda r: r.meeting.title),
    (_l("Date"), lambda r: r.meeting.starts_on), (_l("Forum"), lambda r: r.forum.name)]


@bp.route("/recommendations/export.<any(csv, xlsx):fmt>")
def export_recommendations(fmt):
    from sqlalchemy.orm import joinedload, selectinload

    from ..exports import respond
    from ..listing import filters_from_request
    from .listing import recommendations_query
    query = recommendations_query(principal(), filters_from_request()).order_by(Recommendation.id.desc())
    rows = db.session.scalars(query.options(
        joinedload(Recommendation.meeting), joinedload(Recommendation.forum), selectinload(Recommendation.themes),
        selectinload(Recommendation.places), selectinload(Recommendation.addressees))).unique()
    return respond(fmt, rows, RECOMMENDATION_COLUMNS, "recommendations", "Recommendations",
                   [22, 60, 40, 16, 14, 25, 20, 30, 40, 12, 20])
