"""The next meeting a report announces, recorded on save as the forum's coming meeting: a meeting of the forum
with that day as its sitting and nothing else yet, which the calendar (upcoming.py), the forum's iCalendar feed
and the reminders read as scheduled (the app keeps coming meetings as meetings with a future sitting)."""
from __future__ import annotations

import re
from datetime import date

from ..importer.next_meeting import next_meeting
from ..models import ReportDraft
from . import meetings
from .draft_header import sitting_days


def announced(draft: ReportDraft, data: dict | None = None) -> date | None:
    """The day the report gives for the next meeting, after the meeting's own days; None when none."""
    found = _found(draft, data)
    return date.fromisoformat(found["date"]) if found else None


def to_come(day: date) -> bool:
    """A report saved months late announces a "next meeting" already past: no coming meeting to record."""
    from ..status import baghdad_today
    return day >= baghdad_today()


def _found(draft: ReportDraft, data: dict | None) -> dict | None:
    data = draft.data if data is None else data
    days = sitting_days(data)
    return next_meeting(draft.source_text or "", max(days) if days else None)


def _sitting(day: date, place: str | None) -> dict:
    """The day, and where: "Governorate Building, Mosul" -> the venue and the city the gazetteer knows."""
    from .imports import reference_from_db
    if not place:
        return {"date": day}
    *venue, last = [p.strip() for p in re.split(r"[,،]", place) if p.strip()] or [""]
    if venue and reference_from_db().place(last):
        return {"date": day, "venue": ", ".join(venue)[:200], "city": last[:100]}
    return {"date": day, "venue": place[:200]}


def plan_next(actor, forum, draft: ReportDraft, data: dict):
    """The forum's coming meeting on the announced day, titled in the report's language; none when the report
    announces none or the forum already has a meeting that day (scheduled by hand, or saved before)."""
    found = _found(draft, data)
    day = date.fromisoformat(found["date"]) if found else None
    if day is None or not to_come(day) or meetings.same_day_exists(forum.id, [day]):
        return None
    if data.get("language") == "ar":
        title = f"الاجتماع القادم – {forum.name_ar or forum.name}"
    else:
        title = f"{forum.name} – next meeting"
    return meetings.create_meeting(actor, forum, title=title[:300], sittings=[_sitting(day, found.get("place"))])
