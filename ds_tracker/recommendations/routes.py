import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..models import Action, Decision, Recommendation, RecommendationLink, Submission, action_supporters
from ..services import escalation
from ..services import recommendations as service
from ..services.history import history
from ..status import RecommendationStatus
from ..web import load, principal, run
from . import bp
from .forms import ApproveSubmissionForm, RecommendationStatusForm


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
    return render_template("recommendations/submission.html", sub=sub,
                           approve_form=ApproveSubmissionForm(version=sub.version))


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
