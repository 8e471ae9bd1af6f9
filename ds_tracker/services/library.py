"""Writes to the documents library: add, edit, remove a document; its file (kept in the database, its text
read for search), its other-language version, its tags and the records it is tied to."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

import sqlalchemy as sa

from .. import access, search
from ..extensions import db
from ..filetext import RefusedFile, extract, kind_of
from ..models import Decision, Document, DocumentLink, Meeting, Operation, Plan, PlanRevision, Recommendation
from ..models.library import LANGUAGES
from ..uploads import safe_name, store
from .core import (ValidationFailed, already_created, assign, check_version, clean, created_fields, log,
                   principal_for, require, remember_creation, touch)
from ..models.base import utcnow

FIELDS = ["title", "title_ar", "publisher", "published_on", "language", "summary", "url", "forums", "places",
          "themes"]
REFUSALS = {
    "type": _l("Only PDF and Word (.docx) files are kept in the library; give a link for anything else."),
    "damaged": _l("This file is damaged and cannot be opened."),
    "too_big": _l("This file unpacks to far more than any report; it was not kept. Export it again, or give a "
                  "link."),
}
# record_type -> (model, how to find the forums it belongs to). Issue 13 adds plans, revisions and register
# decisions here.
LINKABLE = {
    "meeting": (Meeting, lambda m: [m.forum_id]),
    "recommendation": (Recommendation, lambda r: [r.forum_id]),
    "decision": (Decision, lambda d: sorted({s.forum_id for s in d.submissions} | ({d.forum_id} - {None}))),
    "plan": (Plan, lambda p: [p.forum_id]),
    "plan_revision": (PlanRevision, lambda r: [r.plan.forum_id]),
}


def _validate(data: dict) -> dict:
    errors = {}
    data = {**data, "title": clean(data.get("title")), "title_ar": clean(data.get("title_ar")),
            "publisher": clean(data.get("publisher")), "summary": clean(data.get("summary")),
            "url": clean(data.get("url"))}
    if not data["title"] and not data["title_ar"]:
        errors["title"] = _l("Give the document's title (in English, Arabic or both).")
    data["title"] = data["title"] or data["title_ar"]
    if data.get("language") not in LANGUAGES:
        errors["language"] = _l("Choose the document's language.")
    if data["url"] and not data["url"].lower().startswith(("https://", "http://")):
        errors["url"] = _l("A link starts with https://.")
    if errors:
        raise ValidationFailed(errors)
    return data


def _read_file(upload):
    """(bytes, name, type, text, note) of an uploaded file, or a calm refusal."""
    data, filename = upload
    name = safe_name(filename, "document")
    try:
        kind = kind_of(data, name)
        text, note = extract(data, kind)
    except RefusedFile as e:
        raise ValidationFailed({"file": REFUSALS[e.code]}) from None
    return data, name, kind, text, note


def create_document(actor, *, upload=None, counterpart=None, idempotency_key=None, **fields) -> Document:
    """upload: (bytes, filename) or None; fields: FIELDS."""
    require(principal_for(actor).can_add_document(), _l("Only forum staff can add documents to the library."))
    if existing := already_created(actor, idempotency_key, Document):
        return existing
    data = _validate(fields)
    if upload is None and not data["url"]:
        raise ValidationFailed({"file": _l("Attach the file or give its link.")})
    read = _read_file(upload) if upload is not None else None
    doc = Document(**{k: data.get(k) for k in FIELDS if k not in ("forums", "places", "themes")},
                   forums=list(data.get("forums") or []), places=list(data.get("places") or []),
                   themes=list(data.get("themes") or []), created_by_id=getattr(actor, "id", None),
                   updated_by_id=getattr(actor, "id", None))
    db.session.add(doc)
    db.session.flush()
    log(actor, doc, Operation.CREATE, created_fields(doc, FIELDS))
    text = _attach(actor, doc, read) if read else ""
    if counterpart is not None:
        _pair(actor, doc, counterpart)
    search.index("document", doc.id, None, document_search_body(doc, text))
    remember_creation(actor, idempotency_key, doc)
    return doc


def _attach(actor, doc: Document, read) -> str:
    data, name, kind, text, note = read
    doc.file = store(actor, data, name, kind, doc)
    doc.text_note = note
    return text


def update_document(actor, doc: Document, *, version, upload=None, counterpart=None, **fields) -> Document:
    require(principal_for(actor).can_edit_document(doc), _l("Only this document's forum staff can change it."))
    check_version(doc, version)
    data = _validate(fields)
    read = _read_file(upload) if upload is not None else None
    if read is None and not data["url"] and doc.file_id is None:
        raise ValidationFailed({"file": _l("Attach the file or give its link.")})
    changes = assign(doc, {k: data.get(k) if k not in ("forums", "places", "themes") else list(data.get(k) or [])
                           for k in FIELDS})
    text = None
    if read:
        text = _attach(actor, doc, read)
        changes["file"] = [None, read[1]]
    if counterpart is not None and counterpart.id != doc.counterpart_id:
        _pair(actor, doc, counterpart)
        changes["counterpart"] = [None, counterpart.title]
    if changes:
        touch(doc, actor)
        log(actor, doc, Operation.UPDATE, changes)
    if text is None:
        text = _stored_text(doc)
    search.index("document", doc.id, None, document_search_body(doc, text))
    return doc


def _stored_text(doc: Document) -> str:
    """The file's text again (an edit of the details keeps it searchable)."""
    if doc.file_id is None:
        return ""
    from ..models import StoredFile
    data = db.session.scalar(sa.select(StoredFile.data).where(StoredFile.id == doc.file_id))
    try:
        return extract(data, doc.file.content_type)[0]
    except RefusedFile:
        return ""


def _pair(actor, doc: Document, other: Document) -> None:
    """Tie the two language versions to each other (and untie whatever each was tied to before)."""
    if other.id == doc.id:
        raise ValidationFailed({"counterpart": _l("A document cannot be its own other-language version.")})
    for old in db.session.scalars(sa.select(Document).where(Document.counterpart_id.in_([doc.id, other.id]))):
        old.counterpart_id = None
    doc.counterpart_id, other.counterpart_id = other.id, doc.id
    log(actor, other, Operation.UPDATE, {"counterpart": [None, doc.title]})


def delete_document(actor, doc: Document, *, version) -> None:
    require(principal_for(actor).can_edit_document(doc), _l("Only this document's forum staff can change it."))
    check_version(doc, version)
    doc.deleted_dt = utcnow()
    if doc.counterpart is not None and doc.counterpart.counterpart_id == doc.id:
        doc.counterpart.counterpart_id = None
    touch(doc, actor)
    log(actor, doc, Operation.DELETE, {})
    db.session.execute(sa.delete(search.SearchEntry).where(search.SearchEntry.record_type == "document",
                                                           search.SearchEntry.record_id == doc.id))


def link_document(actor, doc: Document, record_type: str, record_id) -> DocumentLink:
    """Tie a document to a record the actor reads (one link per forum of the record)."""
    who = principal_for(actor)
    require(who.can_edit_document(doc), _l("Only this document's forum staff can change it."))
    if record_type not in LINKABLE:
        raise ValidationFailed({"record": _l("Choose what the document belongs to.")})
    model, forums_of = LINKABLE[record_type]
    record = access.get(model, record_id, who)
    if record is None:
        raise ValidationFailed({"record": _l("No such record, or you may not read it.")})
    made = None
    for forum_id in forums_of(record) or [None]:
        exists = db.session.scalar(sa.select(DocumentLink).filter_by(document_id=doc.id, record_type=record_type,
                                                                      record_id=record.id, forum_id=forum_id))
        if exists is None:
            made = DocumentLink(document=doc, record_type=record_type, record_id=record.id, forum_id=forum_id)
            db.session.add(made)
        made = made or exists
    log(actor, doc, Operation.UPDATE, {"linked_to": [None, f"{record_type} {record.id}"]}, parent=record)
    db.session.flush()
    return made


def unlink_document(actor, doc: Document, record_type: str, record_id: int) -> None:
    require(principal_for(actor).can_edit_document(doc), _l("Only this document's forum staff can change it."))
    db.session.execute(sa.delete(DocumentLink).where(DocumentLink.document_id == doc.id,
                                                     DocumentLink.record_type == record_type,
                                                     DocumentLink.record_id == record_id))
    log(actor, doc, Operation.UPDATE, {"linked_to": [f"{record_type} {record_id}", None]})


def document_search_body(doc: Document, text: str) -> str:
    from ..search import _place_words
    return search.document(doc.title, doc.title_ar, doc.publisher, doc.summary,
                           *[f.name for f in doc.forums], *[f.name_ar for f in doc.forums], *[f.code for f in doc.forums],
                           *[_place_words(p) for p in doc.places], *[t.name for t in doc.themes],
                           *[t.name_ar for t in doc.themes], text)
