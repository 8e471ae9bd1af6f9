"""The decisions register: decisions of the Council of Ministers, ministries, the Supreme Committee and governors,
recorded whether or not they answer a submission; amendments; links to what they answer or create."""
import sqlalchemy as sa
from flask import abort, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from .. import access
from ..dates import DateParseError, parse_date
from ..extensions import db
from ..forms import options
from ..listing import organisation_options
from ..message import label
from ..models import Action, Commitment, Decision, Forum, Organisation, Recommendation, Submission
from ..plans.data import decision_bodies, decisions_page, decisions_query, readable
from ..services import register as service
from ..services.history import history
from ..status import EscalationLevel
from ..templating import local_name
from ..web import load, principal, render, run, submit, then
from . import bp
from .forms import AmendmentForm, RegisterDecisionForm


def _day(*names):
    """The date of the first of `names` in the URL ("from", or the older "since"); a date nobody can read is
    said so, not silently dropped (the list would look filtered and is not)."""
    value = next((request.args[n] for n in names if request.args.get(n)), None)
    try:
        return parse_date(value) if value else None
    except DateParseError as e:
        if not (request.htmx and not request.htmx.boosted):
            from flask import flash
            flash(str(e), "error")
        return None


def _filters():
    level = request.args.get("level")
    return dict(level=EscalationLevel(level) if level in {e.value for e in EscalationLevel} else None,
                body_id=request.args.get("body", type=int), forum_id=request.args.get("forum", type=int),
                since=_day("from", "since"), until=_day("to", "until"))


@bp.route("/decisions")
def list_decisions():
    """Every decision the reader may read: the register's own and those answering a letter (a ministry's answer
    to a JCF's submission), as their pages are read (access.decision)."""
    who = principal()
    page = decisions_page(who, request.args.get("after"), **_filters())
    return render("decisions/list.html", "decisions/_list.html", page=page, bodies=decision_bodies(who),
                  levels=[(e.value, label(e)) for e in EscalationLevel], can_record=bool(_secretariat_forums()))


DECISION_COLUMNS = [
    (_l("Date"), lambda d: d.decided_on), (_l("Body"), lambda d: str(d.body_name)), (_l("Number"), lambda d: d.number),
    (_l("Title"), lambda d: d.title), (_l("Text"), lambda d: d.text), (_l("Text in Arabic"), lambda d: d.text_ar),
    (_l("Deadline as decided"), lambda d: d.deadline_on), (_l("Deadline in force"), lambda d: d.current_deadline),
    (_l("Amendments"), lambda d: "; ".join(f"{a.amended_on.isoformat()}: {a.text} ({a.source})"
                                           for a in d.amendments)),
    (_l("Recorded by"), lambda d: local_name(d.forum) if d.forum else None)]


@bp.route("/decisions/export.<any(csv, xlsx):fmt>")
def export_decisions(fmt):
    from ..exports import respond
    rows = db.session.scalars(decisions_query(principal(), register_only=False, **_filters())).unique()
    return respond(fmt, rows, DECISION_COLUMNS, "decisions", "Decisions", [12, 30, 16, 40, 60, 60, 12, 12, 60, 25])


def _secretariat_forums():
    who = principal()
    query = sa.select(Forum).order_by(Forum.name)
    if not who.is_admin:
        query = query.where(Forum.id.in_([f for f in who.forum_roles if who.is_secretariat_of(f)] or [-1]))
    return db.session.scalars(query).all()


@bp.route("/decisions/new", methods=["GET", "POST"])
def new_decision():
    forums = _secretariat_forums()
    if not forums:
        abort(403)
    form = RegisterDecisionForm()
    form.forum.choices = options([(f.id, f.name) for f in forums])
    form.body.choices = organisation_options()

    def create():
        forum = next((f for f in forums if f.id == form.forum.data), None)
        if forum is None:
            abort(403)
        body = db.session.get(Organisation, form.body.data) if form.body.data else None
        return service.record_decision(
            current_user, forum, level=EscalationLevel(form.level.data), body=body, number=form.number.data,
            decided_on=form.decided_on.data, title=form.title.data, text=form.text.data, text_ar=form.text_ar.data,
            deadline_on=form.deadline_on.data, idempotency_key=form.idempotency_key.data)
    response, status = submit(form, create, done=lambda d: then(_("Decision recorded."), redirect(
        url_for("recommendations.decision", decision_id=d.id))))
    return response or (render_template("decisions/new.html", form=form), status)


def decision_page(decision, amendment_form=None, status=200):
    """The decision's page: its text, deadline and amendments, what it answers or creates."""
    who = principal()
    commitments = db.session.scalars(sa.select(Commitment).where(Commitment.decision_id == decision.id,
                                                                 access.commitment(who))).all()
    submissions = readable(who, Submission, [s.id for s in decision.submissions])
    recommendations = readable(who, Recommendation, [r.id for r in decision.recommendations])
    measures = readable(who, Action, [m.id for m in decision.measures])
    linked = len(decision.submissions) + len(decision.recommendations) + len(decision.measures)
    return render_template(
        "decisions/decision.html", decision=decision, amendment_form=amendment_form or AmendmentForm(),
        can_amend=who.can_amend_decision(decision), commitments=commitments,
        submissions=sorted(submissions, key=lambda s: (s.sent_on is None, s.sent_on, s.id)),
        recommendations=recommendations, measures=measures,
        hidden_links=linked - len(submissions) - len(recommendations) - len(measures),
        trail=history(decision, who=who) if access.reads_whole_forum(who, decision.forum_id) else []), status


@bp.route("/decisions/<int:decision_id>/amendments", methods=["POST"])
def amend(decision_id):
    decision = load(Decision, decision_id, "can_amend_decision")
    form = AmendmentForm()
    response, status = submit(form, service.amend_decision, current_user, decision, amended_on=form.amended_on.data,
                              text=form.text.data, text_ar=form.text_ar.data, source=form.source.data,
                              deadline_on=form.deadline_on.data, idempotency_key=form.idempotency_key.data,
                              done=lambda a: then(_("Amendment recorded."), redirect(
                                  url_for("recommendations.decision", decision_id=decision.id,
                                          _anchor="amendments"))))
    return response or decision_page(decision, amendment_form=form, status=status)


@bp.route("/decisions/<int:decision_id>/links", methods=["POST"])
def link(decision_id):
    """Link (or with `remove`, unlink) a recommendation by its reference, or a measure by its number."""
    decision = load(Decision, decision_id, "can_amend_decision")
    who = principal()
    ref = (request.form.get("reference") or "").strip()
    rec = db.session.scalar(sa.select(Recommendation).where(Recommendation.reference == ref,
                                                            access.recommendation(who))) if ref else None
    measure_id = (request.form.get("measure") or "").strip().lstrip("#")
    measure = access.get(Action, measure_id, who) if measure_id else None
    if measure is not None and not measure.is_measure:
        measure = None
    if rec is None and measure is None:
        from flask import flash
        flash(_("No recommendation with that reference, or measure with that number, that you can read."), "error")
        return decision_page(decision, status=422)
    change = service.unlink if request.form.get("remove") else service.link
    run(None, change, current_user, decision, recommendation=rec, measure=measure)
    return redirect(url_for("recommendations.decision", decision_id=decision.id, _anchor="links"))
