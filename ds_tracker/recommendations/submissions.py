"""The submissions that carry a forum's recommendations up: planned, approved, sent, answered."""
from datetime import date

import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from ..extensions import db
from ..forms import options
from ..listing import organisation_options
from ..message import N_, Message
from ..models import Forum, Meeting, Organisation, Recommendation, Submission
from ..models.recommendations import LEVEL_LABELS
from ..services import escalation, sent_back
from ..services.core import Sentence
from ..status import EscalationLevel, Outcome, RecommendationStatus, next_body_up, redundant_plans
from ..web import load, principal, render, run
from . import bp
from .forms import (ApproveSubmissionForm, DecisionForm, EditSubmissionForm, SendBackSubmissionForm, SendSubmissionForm,
                    SubmissionForm, TakeOutForm, WithdrawSubmissionForm)
from .routes import picked



@bp.route("/submissions/<int:submission_id>")
def submission(submission_id):
    sub = load(Submission, submission_id)
    return render_template("recommendations/submission.html", **_submission_context(sub))


def _submission_context(sub, send_form=None, decision_form=None, withdraw_form=None, edit_form=None, back_form=None):
    decision_form = decision_form or DecisionForm(prefix="dec")
    decision_form.body.choices = organisation_options()
    if edit_form is None:
        edit_form = EditSubmissionForm(prefix="ed", version=sub.version, level=sub.level.value, title=sub.title,
                                       addressee=sub.addressee_id)
    edit_form.addressee.choices = organisation_options()
    # Recommendations this planned submission would ask about again: their body has already decided.
    redundant = {r.id for r in sub.recommendations
                 if not sub.is_sent and sub.id in redundant_plans(r.submission_facts())}
    return dict(sub=sub, approve_form=ApproveSubmissionForm(version=sub.version), redundant=redundant,
                states=submission_states(),
                withdraw_form=withdraw_form or WithdrawSubmissionForm(prefix="wd", version=sub.version),
                take_out_version=sub.version,
                send_form=send_form or SendSubmissionForm(prefix="send", version=sub.version),
                decision_form=decision_form, outcomes=[o.value for o in Outcome], edit_form=edit_form,
                can_prepare=principal().can_prepare_submission(sub.forum_id),
                back_form=back_form or SendBackSubmissionForm(prefix="back", version=sub.version, formdata=None),
                **_returned(sub))


def _returned(sub) -> dict:
    """The co-chair's send-back: to the staff while the letter is unchanged since; once changed, to the co-chair."""
    who = principal()
    found = sent_back.returned_one(sub) if who.is_staff_of(sub.forum_id) and not sub.approved_dt else None
    waiting = found.entry if found and found.waiting else None
    return {"sent_back": waiting, "answered": found if found and not waiting and who.can_approve_submission(sub)
            else None}


@bp.route("/submissions/<int:submission_id>/approve", methods=["POST"])
def approve_submission(submission_id):
    sub = load(Submission, submission_id, "can_approve_submission")
    form = ApproveSubmissionForm()
    if form.validate_on_submit():
        ok, _status = run(form, escalation.approve_submission, current_user, sub, version=form.version.data,
                          anyway=request.form.get("anyway") == "1")
        if ok:
            flash(_("Submission approved: it can now be sent."), "info")
    return redirect(url_for("recommendations.submission", submission_id=sub.id))


@bp.route("/submissions/<int:submission_id>/send-back", methods=["POST"])
def send_back_submission(submission_id):
    """The co-chair returns a planned letter with a comment instead of approving it."""
    sub = load(Submission, submission_id, "can_approve_submission")
    form = SendBackSubmissionForm(prefix="back")
    status = 422
    if form.validate_on_submit():
        ok, status = run(form, sent_back.send_back_submission, current_user, sub, version=form.version.data,
                         comment=form.comment.data)
        if ok:
            flash(_("Submission sent back to the secretariat with your comment."), "info")
            return redirect(url_for("recommendations.submission", submission_id=sub.id))
        db.session.refresh(sub)
        form.version.data = sub.version
    return render_template("recommendations/submission.html", **_submission_context(sub, back_form=form)), status


@bp.route("/submissions")
def list_submissions():
    from ..listing import forum_choices
    from .submission_listing import SENT_BACK, STATES, list_submissions as query
    level, state = request.args.get("level") or None, request.args.get("state") or None
    if level not in (None, *(lv.value for lv in EscalationLevel)) or state not in (None, SENT_BACK, *STATES):
        abort(400, _("Unknown filter value: pick the body and state from the lists."))
    forum = int(request.args["forum"]) if request.args.get("forum", "").isdigit() else None
    page = query(principal(), request.args.get("after"), forum=forum, level=level, state=state)
    # a letter sent back and unchanged since is with the secretariat, not awaiting approval (the comment itself
    # shows to the forum's staff only, on the letter's page)
    back = sent_back.pending(Submission, [s.id for s in page.rows if s.progress == "awaiting_approval"])
    return render("recommendations/submissions.html", "recommendations/_submissions.html", page=page, back=back,
                  forums=forum_choices(principal()), f=dict(forum=forum, level=level, state=state),
                  levels=[(lv.value, Message(LEVEL_LABELS[lv])) for lv in EscalationLevel], states=submission_states())


def submission_states():
    return [("planned", _("planned (not sent yet)")), ("awaiting_approval", _("waiting for a co-chair's approval")),
            ("sent_back", _("sent back to the secretariat")),
            ("approved", _("approved, to send")), ("sent", _("sent, waiting for the answer")),
            ("decided", _("decided"))]

# --- submissions and decisions -------------------------------------------------------------------

@bp.route("/forums/<int:forum_id>/submissions/new", methods=["GET", "POST"])
def new_submission(forum_id):
    forum_ = load(Forum, forum_id, lambda f: principal().can_prepare_submission(f.id))
    form = SubmissionForm()
    form.addressee.choices = organisation_options()
    if request.method == "GET" and not request.args.get("level"):
        form.level.data = next_body_up(forum_.kind.value).value
    # The recommendations to pick from: this forum's, narrowed by the filters (in the URL, or in the form
    # when "Filter" is pressed without JavaScript); the ticks made so far travel with every filter change.
    values = request.values
    meeting_filter = int(values["meeting"]) if values.get("meeting", "").isdigit() else None
    from ..listing import known
    status_filter = known("rec_status", {s.value for s in RecommendationStatus}, "")
    words = (values.get("words") or "").strip()[:200]
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
    chosen = {int(v) for v in values.getlist("recommendations") if str(v).isdigit()}
    if request.method == "GET" and values.get("rec", "").isdigit():
        chosen.add(int(values["rec"]))          # opened from a recommendation: it is ticked
    kept = [r for r in picked(Recommendation, chosen - {r.id for r in listed}) if r.forum_id == forum_.id]
    form.recommendations.choices = options((r.id, r.reference) for r in listed + kept)
    meetings = db.session.execute(sa.select(Meeting.id, Meeting.title, Meeting.starts_on).where(
        Meeting.forum_id == forum_.id, Meeting.deleted_dt.is_(None)).order_by(Meeting.starts_on.desc()).limit(100)).all()
    status = 200
    refining = request.method == "POST" and bool(request.form.get("refine"))   # "Filter" without JavaScript
    if refining:   # also what Enter in a field does: say that nothing was saved yet, and how to save
        flash(_("The list is filtered; what you ticked and typed is kept. Press “Prepare the submission” to save it."),
              "info")
    if not refining and form.validate_on_submit():
        ok, result = run(form, escalation.create_submission, current_user, forum_,
                         level=EscalationLevel(form.level.data), title=form.title.data,
                         recommendations=picked(Recommendation, form.recommendations.data),
                         addressee=db.session.get(Organisation, form.addressee.data) if form.addressee.data else None,
                         idempotency_key=form.idempotency_key.data)
        if ok:
            flash(_("Submission prepared. A co-chair approves it before it is sent."), "info")
            return redirect(url_for("recommendations.submission", submission_id=result.id))
        status = result
    elif request.method == "POST" and not refining:
        status = 422
    return render("recommendations/submission_new.html", "recommendations/_candidates.html", status=status,
                  forum=forum_, form=form, listed=listed, kept=kept, chosen=chosen, meetings=meetings,
                  meeting_filter=meeting_filter, status_filter=status_filter, words=words,
                  statuses=[s.value for s in RecommendationStatus])


@bp.route("/submissions/<int:submission_id>/send", methods=["POST"])
def send_submission(submission_id):
    from ..uploads import read_upload
    sub = load(Submission, submission_id, lambda s: principal().can_prepare_submission(s.forum_id))
    form = SendSubmissionForm(prefix="send")
    if form.validate_on_submit():
        def send():
            scan = read_upload(form.scan.data, "scan") if form.scan.data else None
            escalation.mark_sent(current_user, sub, sent_on=form.sent_on.data, reference=form.reference.data,
                                 version=form.version.data, scan=scan)
        ok, status = run(form, send)
        if ok:
            flash(_("Recorded as sent."), "info")
            return redirect(url_for("recommendations.submission", submission_id=sub.id))
    else:
        status = 422
    return render_template("recommendations/submission.html", **_submission_context(sub, send_form=form)), status


@bp.route("/submissions/<int:submission_id>/edit", methods=["POST"])
def edit_submission(submission_id):
    """The body and title of a submission not yet sent, corrected on its page."""
    sub = load(Submission, submission_id, lambda s: principal().can_prepare_submission(s.forum_id))
    form = EditSubmissionForm(prefix="ed")
    form.addressee.choices = organisation_options()
    status = 422
    if form.validate_on_submit():
        was_approved = bool(sub.approved_dt)
        ok, status = run(form, escalation.update_submission, current_user, sub, title=form.title.data,
                         level=EscalationLevel(form.level.data), version=form.version.data,
                         addressee=db.session.get(Organisation, form.addressee.data) if form.addressee.data else None)
        if ok:
            flash(_("Submission changed; a co-chair approves it again before it is sent.") if was_approved and status
                  else _("Submission changed.") if status else _("Nothing had changed."), "info")
            return redirect(url_for("recommendations.submission", submission_id=sub.id))
    return render_template("recommendations/submission.html", **_submission_context(sub, edit_form=form)), status


@bp.route("/submissions/<int:submission_id>/withdraw", methods=["POST"])
def withdraw_submission(submission_id):
    sub = load(Submission, submission_id, lambda s: principal().can_prepare_submission(s.forum_id))
    form = WithdrawSubmissionForm(prefix="wd")
    if form.validate_on_submit():
        ok, status = run(form, escalation.withdraw_submission, current_user, sub, version=form.version.data,
                         reason=form.reason.data)
        if ok:
            flash(_("Submission withdrawn; its recommendations no longer count it."), "info")
            return redirect(url_for("meetings.forum", forum_id=sub.forum_id))
    else:
        status = 422
    return render_template("recommendations/submission.html",
                           **_submission_context(sub, withdraw_form=form)), status


@bp.route("/submissions/<int:submission_id>/take-out", methods=["POST"])
def take_out(submission_id):
    sub = load(Submission, submission_id, lambda s: principal().can_prepare_submission(s.forum_id))
    form = TakeOutForm(prefix="out")
    form.recommendation.choices = [(r.id, r.reference) for r in sub.recommendations]
    rec = next((r for r in sub.recommendations if r.id == form.recommendation.data), None)
    if form.validate_on_submit() and rec is not None:
        ok, status = run(form, escalation.take_out, current_user, sub, rec, version=form.version.data)
        if ok:
            flash(Markup(Sentence(N_("%(ref)s taken out of this submission."), ref=rec.reference).__html__()), "info")
            return redirect(url_for("recommendations.submission", submission_id=sub.id))
    else:
        status = 422
        flash(_("Pick a recommendation this submission carries."), "error")
    return render_template("recommendations/submission.html", **_submission_context(sub)), status


@bp.route("/submissions/<int:submission_id>/scan")
def submission_scan(submission_id):
    from ..uploads import send_file
    sub = load(Submission, submission_id)
    if sub.scan_file is None:
        abort(404)
    return send_file(sub.scan_file)


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
    form.extra_errors = {}
    if form.validate_on_submit():
        ok, status = run(form, escalation.record_decision, current_user, submissions=[sub], level=sub.level,
                         decided_on=form.decided_on.data, number=form.number.data, text=form.text.data,
                         body=db.session.get(Organisation, form.body.data) if form.body.data else sub.addressee,
                         outcomes=outcomes, idempotency_key=form.idempotency_key.data)
        if ok:
            flash(_("Decision recorded."), "info")
            return redirect(url_for("recommendations.submission", submission_id=sub.id))
    else:   # show every problem at once: the outcomes' too, not only the fields WTForms checked
        status = 422
        problems, _parsed = escalation.decision_problems([sub], form.decided_on.data or date.min, outcomes)
        form.extra_errors.update({k: v for k, v in problems.items() if not hasattr(form, k)})
    return render_template("recommendations/submission.html", **_submission_context(sub, decision_form=form)), status

