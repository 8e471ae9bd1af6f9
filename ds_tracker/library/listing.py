"""The library list: search (details and text, both languages), forum, theme, governorate, language, dates;
newest first; keyset pages. Scoped by access.document."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from flask import request

from .. import access, search
from ..extensions import db
from ..models import Document, DocumentLink, SearchEntry
from ..models.library import LANGUAGES, document_forums, document_places, document_themes
from ..queries import PAGE_SIZE, Filters, Page, capped_count, decode_cursor, encode_cursor, keyset, \
    place_and_descendants

_DAY = sa.func.coalesce(Document.published_on, sa.cast(sa.literal("1900-01-01"), sa.Date))


def language_filter() -> str | None:
    value = request.args.get("language")
    return value if value in LANGUAGES else None


def documents_query(who, f: Filters, language: str | None = None):
    clauses = [access.document(who)]
    if f.forum:
        clauses.append(Document.id.in_(
            sa.select(document_forums.c.document_id).where(document_forums.c.forum_id == f.forum)
            .union(sa.select(DocumentLink.document_id).where(DocumentLink.forum_id == f.forum))))
    if f.theme:
        clauses.append(Document.id.in_(sa.select(document_themes.c.document_id)
                                       .where(document_themes.c.theme_id == f.theme)))
    if f.governorate:
        clauses.append(Document.id.in_(sa.select(document_places.c.document_id)
                                       .where(document_places.c.place_id.in_(place_and_descendants(f.governorate)))))
    if language:
        clauses.append(Document.language == language)
    if f.date_from:
        clauses.append(Document.published_on >= f.date_from)
    if f.date_to:
        clauses.append(Document.published_on <= f.date_to)
    if f.q:
        q = search.parse_query(f.q)
        if q.terms:
            clauses.append(Document.id.in_(sa.select(SearchEntry.record_id).where(
                SearchEntry.record_type == "document", search.match_clause(q.terms))))
        if q.year or q.month:
            clauses.append(search.month_filter(Document.published_on, q))
    return sa.select(Document).where(*clauses)


def list_documents(who, f: Filters, language=None, cursor: str | None = None) -> Page:
    base = documents_query(who, f, language)
    rows = db.session.scalars(keyset(base, [_DAY, Document.id], decode_cursor(cursor, [date, int]),
                                     descending=True)).all()
    nxt = None
    if len(rows) > PAGE_SIZE:
        last = rows[PAGE_SIZE - 1]
        nxt = encode_cursor([last.published_on or date(1900, 1, 1), last.id])
    return Page(rows[:PAGE_SIZE], nxt, capped_count(base, Document.id))


def linked_documents(who, record_type: str, record_id: int) -> list[Document]:
    """The documents tied to a record that the user may read (the record's page lists them)."""
    return db.session.scalars(sa.select(Document).where(
        access.document(who), Document.id.in_(sa.select(DocumentLink.document_id).where(
            DocumentLink.record_type == record_type, DocumentLink.record_id == record_id)))
        .order_by(Document.published_on.desc(), Document.id)).all()
