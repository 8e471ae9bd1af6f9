"""iCalendar: a forum's meetings as a feed, a meeting as events (one per sitting), in Baghdad time."""
from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event

from .status import BAGHDAD


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//ds_tracker//Durable Solutions meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Baghdad")
    return cal


def _events(meeting, base_url: str):
    for sitting in meeting.sittings:
        event = Event()
        event.add("uid", f"sitting-{sitting.id}@ds-tracker")
        event.add("summary", meeting.title)
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
        event.add("description", f"{meeting.forum.name}\n{base_url}/meetings/{meeting.id}")
        yield event


def meeting_calendar(meeting, base_url: str) -> bytes:
    cal = _calendar(meeting.title)
    for event in _events(meeting, base_url):
        cal.add_component(event)
    return cal.to_ical()


def forum_feed(forum, meetings, base_url: str) -> bytes:
    cal = _calendar(forum.name)
    for meeting in meetings:
        for event in _events(meeting, base_url):
            cal.add_component(event)
    return cal.to_ical()
