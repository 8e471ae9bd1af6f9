"""Shared pieces of the list pages: filters read from the URL, cached choices for the filter selects."""
from __future__ import annotations

import time

import sqlalchemy as sa
from flask import current_app, flash, request

from .extensions import db
from .forms import options
from .models import Forum, Organisation, Place, PlaceKind, Theme
from .queries import Filters, viewable_forum_ids

_cache: dict = {}


def cached(key: str, build):
    """Reference lists change rarely: keep them for LIST_CHOICES_TTL seconds per process."""
    ttl = current_app.config.get("LIST_CHOICES_TTL", 60)
    hit = _cache.get(key)
    now = time.monotonic()
    if hit and now - hit[0] < ttl:
        return hit[1]
    value = build()
    _cache[key] = (now, value)
    return value


def _int(name):
    value = request.args.get(name, "")
    return int(value) if value.isdigit() else None


def _known_statuses() -> set[str] | None:
    """The status values the current list understands (None: the list has no status filter)."""
    from .status import ActionStatus, RecommendationStatus
    if request.blueprint == "actions":
        return {s.value for s in ActionStatus} | {"all"}
    if request.blueprint == "recommendations":
        return {s.value for s in RecommendationStatus}
    return None


def known(name: str, allowed, default=None):
    """The URL's value for `name` if the list knows it; otherwise the default, and a message saying it was ignored
    (a hand-edited or stale link must not cost the user the page)."""
    value = request.values.get(name) or None
    if value is None or value in allowed:
        return value if value is not None else default
    if not (request.htmx and not request.htmx.boosted):   # a swapped fragment has no place for it
        from markupsafe import Markup

        from .message import N_
        from .services.core import Sentence   # the typed value isolated inside the sentence
        flash(Markup(Sentence(N_("The filter value “%(value)s” is not known; it was ignored."),
                              value=value[:40]).__html__()), "error")
    return default


def filters_from_request() -> Filters:
    from .dates import DateParseError, parse_date
    from .recommendations.listing import ESCALATION_STATES

    def day(name):
        try:
            return parse_date(request.args[name]) if request.args.get(name) else None
        except DateParseError:
            return None
    return Filters(forum=_int("forum"), owner=_int("owner"), governorate=_int("governorate"), theme=_int("theme"),
                   status=known("status", _known_statuses() or ()), overdue=request.args.get("overdue") == "1",
                   escalation=known("escalation", ESCALATION_STATES), q=(request.args.get("q") or "").strip() or None,
                   date_from=day("from"), date_to=day("to"), meeting=_int("meeting"),
                   other_theme=_ints("other_theme"), other_owner=_ints("other_owner"),
                   other_governorate=_ints("other_governorate"), no_theme=request.args.get("no_theme") == "1")


def _ints(name) -> tuple:
    """A list of ids written "3,7,12" (the dashboard's rows an "Other" leaves out); anything else is dropped."""
    return tuple(sorted({int(v) for v in request.args.get(name, "").split(",") if v.isdigit()}))[:50]


def _local(record) -> str:
    from .templating import local_name  # the Arabic name on an Arabic page
    return local_name(record)


def _lang() -> str:
    from flask_babel import get_locale
    return str(get_locale() or "en")


def forum_choices(who):
    allowed = viewable_forum_ids(who)
    everything = cached("forums:" + _lang(), lambda: [(f.id, _local(f)) for f in db.session.scalars(
        sa.select(Forum).order_by(Forum.kind, Forum.name))])
    return [(i, n) for i, n in everything if allowed is None or i in allowed]


def organisation_choices():
    return cached("organisations:" + _lang(), lambda: [(o.id, _local(o)) for o in db.session.scalars(
        sa.select(Organisation).where(Organisation.is_active.is_(True)).order_by(Organisation.name))])


def governorate_choices():
    return cached("governorates:" + _lang(), lambda: [(p.id, _local(p)) for p in db.session.scalars(
        sa.select(Place).where(Place.kind.in_([PlaceKind.GOVERNORATE, PlaceKind.REGION])).order_by(Place.name))])


def theme_choices():
    return cached("themes:" + _lang(), lambda: [(t.id, _local(t)) for t in db.session.scalars(
        sa.select(Theme).order_by(Theme.name))])


def place_choices():
    return cached("places", lambda: [(p.id, p.name, " ".join(filter(None, [p.name_ar, *p.aliases])))
                                     for p in db.session.scalars(sa.select(Place).order_by(Place.name))])


def organisation_options(empty=True):
    return options(([("", "—")] if empty else []) + organisation_choices())


def clear_choice_cache():
    _cache.clear()
