import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.orm import joinedload

from .. import access
from ..extensions import db
from ..forms import options
from ..listing import organisation_options, place_choices, theme_choices
from ..message import label
from ..models import Action, BreakoutGroup, Decision, Meeting, Organisation, Place, Recommendation, Theme
from ..services import recommendations as service
from ..services.history import history
from ..status import RecommendationStatus
from ..web import load, principal, render, run, submit, then
from . import bp
from .forms import EditRecommendationForm, NewRecommendationForm, RecommendationStatusForm
from .page import links_present, page_parts, related


def load_recommendation(rec_id: int) -> Recommendation:
    return load(Recommendation, rec_id)


@bp.route("/recommendations/<int:rec_id>")
def recommendation(rec_id):
    rec = load(Recommendation, rec_id, options=page_parts())
    who = principal()
    actions = db.session.scalars(access.statement("recommendation's actions", who, lambda: sa.select(Action).where(
        Action.recommendation_id == sa.bindparam("rec_id"), access.action(who, dense=True))
        .order_by(Action.due_on, Action.id).options(joinedload(Action.owner))), {"rec_id": rec.id}).all()
    has = links_present(rec.id)
    staff = who.can_edit_recommendation(rec)
    whole = access.reads_whole_forum(who, rec.forum_id)  # letters, decision notes and history: not a focal point's
    from ..library.listing import linked_documents
    from ..plans.data import decisions_about, measures_supporting
    return render_template(
        "recommendations/recommendation.html", rec=rec, actions=actions,
        links=related(who, rec.id) if has.related else [],
        measures=measures_supporting(who, rec.id) if has.measures else [],
        register_decisions=decisions_about(who, recommendation_id=rec.id) if has.decisions else [],
        documents=linked_documents(who, "recommendation", rec.id) if has.documents else [],
        trail=history(rec, who=who) if whole else [], full_escalation=whole,
        status_form=RecommendationStatusForm(version=rec.version, status=rec.status.value) if staff else None,
        can_view_meeting=access.sees_forum(who, rec.forum_id), can_add_action=who.can_open_action_form(rec))


@bp.route("/r/<reference>")
def by_reference(reference):
    """A reference the user may not read answers exactly as a missing one."""
    rec_id = db.session.scalar(sa.select(Recommendation.id).where(
        Recommendation.reference == reference.upper(), access.recommendation(principal())))
    if rec_id is None:
        abort(404)
    return redirect(url_for("recommendations.recommendation", rec_id=rec_id))


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



@bp.route("/decisions/<int:decision_id>")
def decision(decision_id):
    from ..decisions.routes import decision_page
    return decision_page(load(Decision, decision_id))


@bp.route("/recommendations")
def list_recommendations():
    from ..listing import (filters_from_request, forum_choices, governorate_choices, known, organisation_choices,
                           theme_choices)
    from .listing import ESCALATION_STATES, SORT_LABELS, SORTS, list_recommendations as query
    f = filters_from_request()
    sort = known("sort", SORTS, "newest")
    page = query(principal(), f, request.args.get("after"), sort)
    return render("recommendations/list.html", "recommendations/_list.html", page=page, f=f, sort=sort,
                  sorts=[(s, SORT_LABELS[s]) for s in SORTS],
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


def picked(model, ids):
    return [r for r in (db.session.get(model, i) for i in ids or []) if r is not None]


def _values(form):
    return dict(text=form.text.data, text_ar=form.text_ar.data,
                group=db.session.get(BreakoutGroup, form.group.data) if form.group.data else None,
                themes=picked(Theme, form.themes.data), places=picked(Place, form.places.data),
                addressees=picked(Organisation, form.addressees.data))


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
    from ..listing import filters_from_request, known
    from .listing import SORTS, recommendations_query, sort_order
    query = recommendations_query(principal(), filters_from_request()).order_by(
        *sort_order(known("sort", SORTS, "newest")))
    rows = db.session.scalars(query.options(
        joinedload(Recommendation.meeting), joinedload(Recommendation.forum), selectinload(Recommendation.themes),
        selectinload(Recommendation.places), selectinload(Recommendation.addressees))).unique()
    return respond(fmt, rows, RECOMMENDATION_COLUMNS, "recommendations", "Recommendations",
                   [22, 60, 40, 16, 14, 25, 20, 30, 40, 12, 20])
