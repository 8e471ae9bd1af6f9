"""iCalendar: a forum's meetings as a feed, a meeting as events (one per sitting), in Baghdad time, in the
subscriber's language (the caller sets the locale: the feed owner's language, else the Accept-Language):
titles and forum names in Arabic where they are stored, the description's words translated."""
from __future__ import annotations

from datetime import datetime, timedelta

from flask_babel import get_locale, gettext as _
from icalendar import Calendar, Event

from .status import BAGHDAD
from .templating import local_name


def _title(meeting) -> str:
    arabic = str(get_locale() or "en") == "ar"
    return (meeting.title_ar if arabic and meeting.title_ar else meeting.title) or ""


def _day(meeting, sitting) -> str:
    """ "Monthly meeting (day 2 of 3)" when a meeting has several sittings."""
    count = len(meeting.sittings)
    if count < 2:
        return _title(meeting)
    return _("%(title)s (day %(day)s of %(days)s)", title=_title(meeting), day=meeting.sittings.index(sitting) + 1,
             days=count)


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("x-wr-language", str(get_locale() or "en"))
    cal.add("prodid", "-//ds_tracker//Durable Solutions meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Baghdad")
    return cal


def _events(meeting, base_url: str):
    for sitting in meeting.sittings:
        event = Event()
        event.add("uid", f"sitting-{sitting.id}@ds-tracker")
        event.add("summary", _day(meeting, sitting))
        if sitting.start_time:
            start = datetime.combine(sitting.date, sitting.start_time, tzinfo=BAGHDAD)
            end = datetime.combine(sitting.date, sitting.end_time, tzinfo=BAGHDAD) if sitting.end_time \
                else start + timedelta(hours=3)
            event.add("dtstart", start)
            event.add("dtend", end)
        else:   # a day without times: an all-day event on that Baghdad date
            event.add("dtstart", sitting.date)
            event.add("dtend", sitting.date + timedelta(days=1))
        location = ", ".join(p for p in (sitting.venue, sitting.city) if p)
        if location:
            event.add("location", location)
        event.add("url", f"{base_url}/meetings/{meeting.id}")
        event.add("description", _("Meeting of %(forum)s", forum=local_name(meeting.forum)) + "\n"
                  + _("Details, participants and recommendations: %(link)s", link=f"{base_url}/meetings/{meeting.id}"))
        yield event


def meeting_calendar(meeting, base_url: str) -> bytes:
    cal = _calendar(_title(meeting))
    for event in _events(meeting, base_url):
        cal.add_component(event)
    return cal.to_ical()


def forum_feed(forum, meetings, base_url: str) -> bytes:
    cal = _calendar(local_name(forum))
    for meeting in meetings:
        for event in _events(meeting, base_url):
            cal.add_component(event)
    return cal.to_ical()
