"""The coming weeks: meetings scheduled and the forums' usual dates, with who may come; as a page and as a
calendar feed (login, or the signed address shown on the page)."""
import hmac
from datetime import datetime, timedelta

from flask import abort, current_app, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeSerializer

from ..extensions import db
from ..models import User
from ..services.core import principal_for
from ..status import BAGHDAD, baghdad_today
from ..upcoming import WEEKS, membership_of, membership_words, rule_in_words, upcoming, without_usual_date
from ..web import principal
from . import bp


def _serializer():
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="upcoming-feed")


def feed_token(user) -> str:
    return _serializer().dumps({"u": user.id, "k": user.calendar_key})


def _weeks() -> int:
    value = request.args.get("weeks", "")
    return min(max(int(value), 1), 26) if value.isdigit() else WEEKS


@bp.route("/upcoming")
def upcoming_page():
    who = principal()
    from ..links import external_url_or_none
    feed = external_url_or_none("followup.upcoming_feed", token=feed_token(current_user))
    today = baghdad_today()
    return render_template("followup/upcoming.html", items=upcoming(who, today, _weeks()), weeks=_weeks(),
                           varies=without_usual_date(who), feed_url=feed, rule_in_words=rule_in_words,
                           membership_words=membership_words, membership_of=membership_of)


@bp.route("/upcoming.ics")
def upcoming_feed():
    token = request.args.get("token")
    user = current_user if current_user.is_authenticated else None
    if token:
        try:
            claim = _serializer().loads(token)
        except BadSignature:
            abort(403)
        user = db.session.get(User, claim.get("u"))
        if user is None or not user.is_active \
                or not hmac.compare_digest(str(claim.get("k") or ""), user.calendar_key or ""):
            abort(403)
    if user is None:
        abort(403)
    from .routes import _base_url, _ics
    items = upcoming(principal_for(user), baghdad_today(), _weeks())
    return _ics(_feed(items, _base_url()), "upcoming.ics")


def _feed(items, base_url: str) -> bytes:
    from icalendar import Event

    from ..calendars import _calendar
    cal = _calendar(_("Coming meetings"))
    for u in items:
        event = Event()
        kind = f"meeting-{u.meeting.id}-{u.day.isoformat()}" if u.meeting else f"usual-{u.forum.id}-{u.day.isoformat()}"
        event.add("uid", f"{kind}@ds-tracker")
        title = u.meeting.title if u.meeting else _("%(forum)s (usual date, not yet scheduled)", forum=u.forum.name)
        event.add("summary", f"{title} · {membership_words(u.membership)}")
        if u.start_time:
            start = datetime.combine(u.day, u.start_time, tzinfo=BAGHDAD)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(hours=3))
        else:
            event.add("dtstart", u.day)
            event.add("dtend", u.day + timedelta(days=1))
        if u.city:
            event.add("location", u.city)
        url = f"{base_url}/meetings/{u.meeting.id}" if u.meeting else f"{base_url}/forums/{u.forum.id}"
        event.add("url", url)
        event.add("description", f"{u.forum.name} · {membership_words(u.membership)}\n{url}")
        cal.add_component(event)
    return cal.to_ical()
