"""The quarterly review: make a draft from the record, edit it (reorder, shorten, add), save it, download it as
.docx or print it (A4; right to left in Arabic)."""
import sqlalchemy as sa
from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from .. import access
from ..extensions import db
from ..listing import forum_choices
from ..models import Forum, ReviewDraft
from ..review.draft import blocks, pieces
from ..services import reviews as service
from ..web import load, principal, run, submit, then
from . import bp
from .forms import EditReviewForm, NewReviewForm


def _base_url() -> str:
    from ..links import BaseUrlMissing, base_url
    try:
        return base_url()
    except BaseUrlMissing:
        return request.host_url.rstrip("/")   # links in a draft the author reads on this same site


@bp.route("/reviews")
def list_reviews():
    who = principal()
    if not who.can_write_review():
        abort(403)
    drafts = db.session.scalars(sa.select(ReviewDraft).where(access.review_draft(who))
                                .order_by(ReviewDraft.updated_dt.desc()).limit(100)).all()
    return render_template("quarterly/list.html", drafts=drafts)


@bp.route("/reviews/new", methods=["GET", "POST"])
def new_review():
    who = principal()
    if not who.can_write_review():
        abort(403)
    form = NewReviewForm()
    whole = access.whole_forum_ids(who)
    form.forums.choices = [(i, n) for i, n in forum_choices(who) if whole is None or i in whole]
    if request.method == "GET":
        form.language.data = "ar" if str(request.accept_languages.best_match(["en", "ar"]) or "") == "ar" else "en"

    def create(actor):
        forums = db.session.scalars(sa.select(Forum).where(Forum.id.in_(form.forums.data or []),
                                                           access.forum(who))).all()
        return service.create_review(actor, start=form.start.data, end=form.end.data, forums=forums,
                                     language=form.language.data, base_url=_base_url(),
                                     idempotency_key=form.idempotency_key.data)
    response, status = submit(form, create, current_user,
                              done=lambda r: then(_("The draft is written from the record: edit it below."),
                                                  redirect(url_for("quarterly.edit_review", review_id=r.id))))
    return response or (render_template("quarterly/new.html", form=form), status)


@bp.route("/reviews/<int:review_id>", methods=["GET", "POST"])
def edit_review(review_id):
    review = load(ReviewDraft, review_id, "can_edit_review")
    if request.method == "GET":
        form = EditReviewForm(data={"title": review.title, "version": review.version, "sections": [
            {**s, "order": i + 1} for i, s in enumerate(review.sections)] + [{"key": "added", "order": 99}]})
    else:
        form = EditReviewForm()

    def save(actor):
        sections = [{"key": e.key.data, "heading": e.heading.data, "text": e.text.data,
                     "order": e.order.data if e.order.data is not None else 100 + i, "remove": e.remove.data}
                    for i, e in enumerate(form.sections.entries)]
        return service.save_review(actor, review, version=form.version.data, title=form.title.data,
                                   sections=sections)
    response, status = submit(form, save, current_user,
                              done=lambda r: then(_("Review saved."),
                                                  redirect(url_for("quarterly.edit_review", review_id=r.id))))
    return response or (render_template("quarterly/edit.html", form=form, review=review), status)


def _subtitle(review) -> str:
    from flask_babel import force_locale
    with force_locale(review.language):
        names = ", ".join(f.code for f in db.session.scalars(sa.select(Forum).where(Forum.id.in_(review.forum_ids))))
        period = _("%(start)s to %(end)s", start=review.period_start.isoformat(), end=review.period_end.isoformat())
        return f"{period} · {names}" if names else period


@bp.route("/reviews/<int:review_id>.docx")
def review_docx(review_id):
    from ..review import docx as writer   # python-docx is heavy: imported where used
    review = load(ReviewDraft, review_id, "can_edit_review")
    body = writer.write(review.title, _subtitle(review), review.sections, review.language)
    filename = f"review-{review.period_start.isoformat()}-{review.period_end.isoformat()}-{review.language}.docx"
    return Response(body, mimetype=writer.MIMETYPE, headers={
        "Content-Disposition": f"attachment; filename={filename}", "X-Content-Type-Options": "nosniff"})


@bp.route("/reviews/<int:review_id>/print")
def print_review(review_id):
    review = load(ReviewDraft, review_id, "can_edit_review")
    return render_template("quarterly/print.html", review=review, subtitle=_subtitle(review), blocks=blocks,
                           pieces=pieces)


@bp.route("/reviews/<int:review_id>/delete", methods=["POST"])
def delete_review(review_id):
    review = load(ReviewDraft, review_id, "can_edit_review")
    if not request.form.get("confirm"):   # one slip beside "Save" must not throw a written review away
        flash(_("Tick the box to confirm, then delete: nothing was deleted."), "error")
        return redirect(url_for("quarterly.edit_review", review_id=review.id))
    form = EditReviewForm()
    ok, _status = run(None, service.delete_review, current_user, review, version=form.version.data)
    if ok:
        return then(_("The draft was deleted."), redirect(url_for("quarterly.list_reviews")))
    return redirect(url_for("quarterly.edit_review", review_id=review.id))
