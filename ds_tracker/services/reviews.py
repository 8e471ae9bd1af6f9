"""Writes to quarterly review drafts: make one from the record (review/sections.py), save the secretariat's
edits (order, shortened or added sections) with optimistic locking."""
from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l

from .. import access
from ..extensions import db
from ..models import Forum, Operation, ReviewDraft
from ..review import draft as text
from ..review.sections import Period, build
from .core import ValidationFailed, already_created, assign, check_version, log, principal_for, require, \
    remember_creation, touch

LANGUAGES = ("en", "ar")


def default_title(start: date, end: date, language: str) -> str:
    from flask_babel import force_locale, gettext as _
    with force_locale(language):
        if start.month in (1, 4, 7, 10) and end.month == start.month + 2 and start.year == end.year:
            return _("Quarterly review, Q%(q)d %(year)d", q=(start.month + 2) // 3, year=start.year)
        return _("Review, %(start)s to %(end)s", start=start.isoformat(), end=end.isoformat())


def check_period(start, end, language, forums) -> None:
    errors = {}
    if start is None:
        errors["start"] = _l("Give the first day of the period.")
    if end is None:
        errors["end"] = _l("Give the last day of the period.")
    elif start is not None and end < start:
        errors["end"] = _l("The period ends before it starts.")
    elif start is not None and (end - start).days > 366:
        errors["end"] = _l("A review covers a year at most.")
    if language not in LANGUAGES:
        errors["language"] = _l("Choose English or Arabic.")
    if errors:
        raise ValidationFailed(errors)


def compose(actor, *, start: date, end: date, forums=(), language: str = "en", base_url: str = "") -> list[dict]:
    """The sections the record gives for the period, as editable text (no write: the command line uses it)."""
    who = principal_for(actor)
    check_period(start, end, language, forums)
    unread = [f for f in forums if not access.reads_whole_forum(who, f.id)]
    if unread:
        raise ValidationFailed({"forums": _l("You do not read the whole record of %(names)s.",
                                             names=", ".join(f.name for f in unread))})
    period = Period(who, start, end, [f.id for f in forums] or None, language, base_url)
    return text.from_sections(build(period))


def create_review(actor, *, start: date, end: date, forums=(), language: str = "en", base_url: str = "",
                  title: str | None = None, idempotency_key=None) -> ReviewDraft:
    require(principal_for(actor).can_write_review(), _l("Only forum staff write quarterly reviews."))
    if existing := already_created(actor, idempotency_key, ReviewDraft):
        return existing
    sections = compose(actor, start=start, end=end, forums=forums, language=language, base_url=base_url)
    review = ReviewDraft(title=(title or default_title(start, end, language))[:300], language=language,
                         period_start=start, period_end=end, forum_ids=[f.id for f in forums], sections=sections,
                         created_by_id=getattr(actor, "id", None), updated_by_id=getattr(actor, "id", None))
    db.session.add(review)
    db.session.flush()
    log(actor, review, Operation.CREATE, {"period": [None, f"{start.isoformat()} – {end.isoformat()}"],
                                          "language": [None, language],
                                          "forums": [None, [f.code for f in forums] or "all"]})
    remember_creation(actor, idempotency_key, review)
    return review


EDIT_MESSAGES = {"heading": _l("A heading is at most %(n)d characters.", n=text.MAX_HEADING),
                 "text": _l("A section is at most %(n)d characters.", n=text.MAX_TEXT),
                 "count": _l("A review has at most %(n)d sections.", n=text.MAX_SECTIONS)}


def save_review(actor, review: ReviewDraft, *, version, title: str, sections: list[dict]) -> ReviewDraft:
    """sections: [{"key", "heading", "text", "order", "remove"}] as the edit form sent them."""
    require(principal_for(actor).can_edit_review(review), _l("Only the review's author can change it."))
    check_version(review, version)
    kept, errors = text.tidy(sections)
    title = (title or "").strip()
    if not title:
        errors["title"] = "title"
    if errors:
        raise ValidationFailed({k: (_l("Give the review a title.") if v == "title" else EDIT_MESSAGES[v])
                                for k, v in errors.items()})
    changes = assign(review, {"title": title[:300], "sections": kept})
    if changes:
        if "sections" in changes:   # the trail says which sections, not their whole text twice
            changes["sections"] = [len(changes["sections"][0] or []), len(kept)]
        touch(review, actor)
        log(actor, review, Operation.UPDATE, changes)
    return review


def delete_review(actor, review: ReviewDraft, *, version) -> None:
    from ..models.base import utcnow
    require(principal_for(actor).can_edit_review(review), _l("Only the review's author can change it."))
    check_version(review, version)
    review.deleted_dt = utcnow()
    touch(review, actor)
    log(actor, review, Operation.DELETE, {})


def forums_by_code(codes) -> list[Forum]:
    import sqlalchemy as sa
    found = db.session.scalars(sa.select(Forum).where(Forum.code.in_(list(codes)))).all() if codes else []
    missing = set(codes or ()) - {f.code for f in found}
    if missing:
        raise ValidationFailed({"forums": _l("No forum with the code %(codes)s.", codes=", ".join(sorted(missing)))})
    return found
