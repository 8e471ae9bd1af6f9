"""The documents library: list (search, filters, exports), a document's page, add, edit, remove, tie it to a
record, download its file."""
import sqlalchemy as sa
from flask import abort, current_app, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from .. import access
from ..exports import respond
from ..extensions import db
from ..listing import filters_from_request, forum_choices, governorate_choices, theme_choices
from ..forms import EmptyForm
from ..models import Document, Forum, Place, Theme
from ..services import library as service
from ..uploads import MAX_BYTES, read_upload, send_file
from ..web import load, principal, render, run, submit, then
from . import bp
from .forms import LANGUAGE_CHOICES, DeleteForm, EditDocumentForm, LinkForm, NewDocumentForm
from .listing import language_filter, list_documents, documents_query


def _filters_context():
    who = principal()
    return {"forums": forum_choices(who), "themes": theme_choices(), "governorates": governorate_choices(),
            "f": filters_from_request(), "language": language_filter(),
            "language_choices": [(v, str(lbl)) for v, lbl in LANGUAGE_CHOICES]}


@bp.route("/library")
def list_documents_page():
    ctx = _filters_context()
    page = list_documents(principal(), ctx["f"], ctx["language"], request.args.get("after"))
    return render("library/list.html", "library/_list.html", page=page, **ctx)[0]


COLUMNS = [(_l("Title"), lambda d: d.title), (_l("Title (Arabic)"), lambda d: d.title_ar),
           (_l("Publisher"), lambda d: d.publisher), (_l("Date published"), lambda d: d.published_on),
           (_l("Language"), lambda d: d.language), (_l("Forums"), lambda d: ", ".join(f.code for f in d.forums)),
           (_l("Themes"), lambda d: ", ".join(t.name for t in d.themes)),
           (_l("Places"), lambda d: ", ".join(p.name for p in d.places)),
           (_l("Link"), lambda d: d.url), (_l("File"), lambda d: d.file.filename if d.file else None)]


@bp.route("/library/export.<any(csv, xlsx):fmt>")
def export_documents(fmt):
    ctx = _filters_context()
    rows = db.session.scalars(documents_query(principal(), ctx["f"], ctx["language"])
                              .order_by(Document.published_on.desc(), Document.id.desc())).all()
    return respond(fmt, rows, COLUMNS, "documents", str(_l("Documents")))


@bp.route("/library/<int:document_id>")
def document(document_id):
    doc = load(Document, document_id)
    who = principal()
    counterpart = access.get(Document, doc.counterpart_id, who) if doc.counterpart_id else None
    return render_template("library/document.html", doc=doc, counterpart=counterpart, links=_links(doc),
                           can_edit=who.can_edit_document(doc), link_form=LinkForm(),
                           delete_form=DeleteForm(obj=doc))


def _links(doc):
    """The records the document is tied to that the user may read, with their labels."""
    who, out, seen = principal(), [], set()
    for link in doc.links:
        if (link.record_type, link.record_id) in seen:
            continue
        seen.add((link.record_type, link.record_id))
        model = service.LINKABLE.get(link.record_type, (None,))[0]
        record = access.get(model, link.record_id, who) if model else None
        if record is not None:
            out.append((link.record_type, record))
    return out


@bp.route("/library/<int:document_id>/file")
def document_file(document_id):
    doc = load(Document, document_id)
    if doc.file is None:
        abort(404)
    return send_file(doc.file)


def _choices(form, doc=None):
    who = principal()
    form.forums.choices = forum_choices(who)
    form.themes.choices = theme_choices()
    form.places.choices = [(p.id, p.name) for p in db.session.scalars(sa.select(Place).order_by(Place.name))]
    others = db.session.scalars(sa.select(Document).where(access.document(who))
                                .order_by(Document.published_on.desc(), Document.id.desc()).limit(300)).all()
    form.counterpart.choices = [("", "—")] + [(d.id, d.title) for d in others if doc is None or d.id != doc.id]


def _fields(form):
    who = principal()

    def records(model, ids):
        return db.session.scalars(sa.select(model).where(model.id.in_(ids or []), access.condition(model, who))).all()
    counterpart = access.get(Document, form.counterpart.data, who) if form.counterpart.data else None
    return counterpart, {"title": form.title.data, "title_ar": form.title_ar.data, "publisher": form.publisher.data,
                         "published_on": form.published_on.data, "language": form.language.data,
                         "summary": form.summary.data, "url": form.url.data,
                         "forums": records(Forum, form.forums.data), "places": records(Place, form.places.data),
                         "themes": records(Theme, form.themes.data)}


def _upload(form):
    storage = request.files.get(form.file.name)
    if storage is None or not storage.filename:
        return None
    try:
        return read_upload(storage, "file", current_app.config.get("LIBRARY_MAX_BYTES", MAX_BYTES))
    finally:
        storage.close()   # a large upload is a temporary file: closed now, not whenever it is collected


@bp.route("/library/new", methods=["GET", "POST"])
def new_document():
    who = principal()
    if not who.can_add_document():
        abort(403)
    form = NewDocumentForm()
    _choices(form)
    if request.method == "GET":
        form.link.data = request.args.get("link", "")

    def create(actor):
        counterpart, fields = _fields(form)
        doc = service.create_document(actor, upload=_upload(form), counterpart=counterpart,
                                      idempotency_key=form.idempotency_key.data, **fields)
        kind, _sep, rid = (form.link.data or "").partition(":")
        if kind:
            service.link_document(actor, doc, kind, rid)
        return doc
    from flask_login import current_user
    response, status = submit(form, create, current_user,
                              done=lambda d: then(_("Document added to the library."),
                                                  redirect(url_for("library.document", document_id=d.id))))
    return response or (render_template("library/edit.html", form=form, doc=None), status)


@bp.route("/library/<int:document_id>/edit", methods=["GET", "POST"])
def edit_document(document_id):
    from flask_login import current_user
    doc = load(Document, document_id, "can_edit_document")
    form = EditDocumentForm(obj=doc) if request.method == "GET" else EditDocumentForm()
    _choices(form, doc)
    if request.method == "GET":
        form.counterpart.data = doc.counterpart_id
        form.forums.data = [f.id for f in doc.forums]
        form.places.data = [p.id for p in doc.places]
        form.themes.data = [t.id for t in doc.themes]

    def update(actor):
        counterpart, fields = _fields(form)
        return service.update_document(actor, doc, version=form.version.data, upload=_upload(form),
                                       counterpart=counterpart, **fields)
    response, status = submit(form, update, current_user,
                              done=lambda d: then(_("Saved."), redirect(url_for("library.document", document_id=d.id))))
    return response or (render_template("library/edit.html", form=form, doc=doc), status)


@bp.route("/library/<int:document_id>/delete", methods=["POST"])
def delete_document(document_id):
    from flask_login import current_user
    doc = load(Document, document_id, "can_edit_document")
    form = DeleteForm()
    if not form.validate_on_submit():
        return redirect(url_for("library.document", document_id=doc.id))
    ok, _status = run(form, service.delete_document, current_user, doc, version=form.version.data)
    if ok:
        return then(_("The document was removed from the library."), redirect(url_for("library.list_documents_page")))
    return redirect(url_for("library.document", document_id=doc.id))


@bp.route("/library/<int:document_id>/links", methods=["POST"])
def link_document(document_id):
    from flask_login import current_user
    doc = load(Document, document_id, "can_edit_document")
    form = LinkForm()
    if form.validate_on_submit():
        ok, status = run(form, service.link_document, current_user, doc, form.record_type.data, form.record_id.data)
        if ok:
            return then(_("Linked."), redirect(url_for("library.document", document_id=doc.id)))
    else:
        status = 422
    counterpart = access.get(Document, doc.counterpart_id, principal()) if doc.counterpart_id else None
    return render_template("library/document.html", doc=doc, counterpart=counterpart, links=_links(doc),
                           can_edit=True, link_form=form, delete_form=DeleteForm(obj=doc)), status


@bp.route("/library/<int:document_id>/links/<record_type>/<int:record_id>/remove", methods=["POST"])
def unlink_document(document_id, record_type, record_id):
    from flask_login import current_user
    doc = load(Document, document_id, "can_edit_document")
    if EmptyForm().validate_on_submit():
        run(None, service.unlink_document, current_user, doc, record_type, record_id)
    return redirect(url_for("library.document", document_id=doc.id))

