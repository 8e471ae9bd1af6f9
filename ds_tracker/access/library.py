"""The read conditions of the library's documents and of quarterly review drafts."""
from __future__ import annotations

import sqlalchemy as sa

from ..models import Document, DocumentLink, Forum, ReviewDraft
from ..models.library import document_forums
from ..permissions import Principal
from .records import visible_forum_ids


def document(who: Principal):
    """The library: any user with a role reads a document, unless it is tagged with, or tied to a record of, a
    confidential forum the user does not see; then it is as confidential as that record."""
    live = Document.deleted_dt.is_(None)
    if who.is_admin:
        return live
    if not who.has_any_role:
        return sa.false()
    hidden = Forum.confidential.is_(True)
    visible = visible_forum_ids(who)
    if visible:
        hidden = sa.and_(hidden, Forum.id.not_in(visible))
    tied = (sa.select(document_forums.c.document_id).join(Forum, Forum.id == document_forums.c.forum_id)
            .where(hidden)
            .union(sa.select(DocumentLink.document_id).join(Forum, Forum.id == DocumentLink.forum_id).where(hidden)))
    return sa.and_(live, Document.id.not_in(tied))


def review_draft(who: Principal):
    """A quarterly review draft is its author's (and admins')."""
    live = ReviewDraft.deleted_dt.is_(None)
    if who.is_admin:
        return live
    return sa.and_(live, ReviewDraft.created_by_id == who.user_id) if who.user_id else sa.false()
