"""The draft's meeting header on the review screen: its title, kind and days as the reviewer corrects them (with
what two tabs did to it), and the meeting's days read where the draft needs them (a due date written "end of June"
takes the meeting's year)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Operation, ReportDraft
from .core import ValidationFailed, clean, log


def _due(value: str, data: dict | None = None) -> str:
    """A due date typed on the review screen, as ISO: a date, or as minutes write one ("end of November",
    "30 November", "Nov 30", "نهاية نيسان", the meeting's year when none is given, the next one when that day
    is before the meeting); refused, with the date parser's message, when it is none of these."""
    from ..dates import DateParseError, parse_date
    try:
        return parse_date(value).isoformat()
    except DateParseError as e:
        found = _due_as_written(value, _meeting_day(data or {}))
        if found is None:
            raise ValidationFailed({"due": str(e)}) from None
        return found.isoformat()


def sitting_days(data: dict) -> list:
    """The draft's meeting days that are dates (a day typed wrong on the header form is not one yet)."""
    from datetime import date
    days = []
    for sitting in data.get("sittings") or []:
        try:
            days.append(date.fromisoformat(sitting.get("date") or ""))
        except (TypeError, ValueError):
            continue
    return days


def _meeting_day(data: dict):
    days = sitting_days(data)
    return days[0] if days else None


def _due_as_written(value: str, meeting):
    import calendar
    import re
    from datetime import date
    from ..dates import MONTHS
    from ..importer.reading import dates_in, day_month
    found = [d for d, _guessed in dates_in(value)]
    if found:
        return found[0]                                       # "end of November 2014", "نهاية نيسان 2012"
    counted = _from_the_meeting(value, meeting)
    if counted:
        return counted                                        # "within 10 days", "خلال أسبوعين", "next Thursday"
    year = meeting.year if meeting else date.today().year
    names = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
    m = re.fullmatch(rf"\s*(?:by\s+)?(?:the\s+)?(?:end of|نهاية|اواخر|أواخر)\s+({names})\.?\s*", value, re.I)
    if m:
        month = MONTHS[m[1].lower()]
        day = date(year, month, calendar.monthrange(year, month)[1])
    else:
        month_day = day_month(value)
        if not month_day:
            return None
        try:
            day = date(year, *month_day)
        except ValueError:
            return None
    if meeting and day < meeting:                               # "15 January" at a December meeting: next year
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:
            return None
    return day


def _from_the_meeting(value: str, meeting):
    """A day counted from the meeting's, as the importer counts a task's ("within two weeks", "end of the month",
    "by Friday"); None without a meeting day or such words."""
    from datetime import date
    from ..importer.finish import _meeting_year
    from ..importer.tasks import heading_due
    hint = heading_due(value) if meeting else {}
    if not hint.keys() & {"due_within_days", "due_weekday", "due_month_end"}:
        return None       # a day and month, a month alone: _due_as_written reads them (the next year when past)
    action = dict(hint)
    _meeting_year({"sittings": [{"date": meeting.isoformat()}], "actions": [action]})
    return date.fromisoformat(action["due"]) if action.get("due") else None


MEETING_KINDS = ("JCF", "RWG", "DSTWG", "DSTF", "ABC", "workshop", "other")   # what the importer reads a report as


def edit_header(actor, draft: ReportDraft, values: dict) -> dict:
    """The reviewer corrects the meeting's header: its title, kind and sittings (day, city, venue each).

    values: {"title", "kind", "sittings": [{"date", "city", "venue"}]} as typed; a day is read as people type it
    (dates.parse_date), a sitting left empty is dropped. Kept as a correction of the draft (re-applied when the
    report is read again) and in the trail. Errors are keyed by the form's field names ("sitting-0-date")."""
    from .imports import _copy, _corrected, _own, _touch   # the draft's own helpers (that module imports this one)
    _own(actor, draft)
    from ..dates import DateParseError, parse_date
    data = _copy(draft.data)
    errors, new = {}, {}
    if "title" in values:
        title = clean(values["title"])
        if not title:
            errors["title"] = _l("Give the meeting a title.")
        elif len(title) > 300:
            errors["title"] = _l("Use at most %(n)s characters.", n=300)
        new["title"] = title
    if "kind" in values:
        if values["kind"] not in MEETING_KINDS:
            errors["kind"] = _l("Choose one of the kinds listed.")
        new["kind"] = values["kind"]
    if "sittings" in values:
        old = data.get("sittings") or []
        sittings, seen = [], {}
        for i, typed in enumerate(values["sittings"]):
            day, city, venue = clean(typed.get("date")), clean(typed.get("city")), clean(typed.get("venue"))
            if not (day or city or venue):
                continue
            sitting = {**(old[i] if i < len(old) else {}), "date": None, "city": city, "venue": venue}
            if day:
                try:
                    sitting["date"] = parse_date(day).isoformat()
                except DateParseError as e:
                    errors[f"sitting-{i}-date"] = str(e)
                if sitting["date"] in seen:
                    errors[f"sitting-{i}-date"] = _l("Each day can be listed once.")
                seen[sitting["date"]] = i
            sittings.append(sitting)
        new["sittings"] = sorted(sittings, key=lambda s: (s["date"] is None, s["date"] or ""))
    if errors:
        raise ValidationFailed(errors)
    _merge_header(new, data, values.get("was") or {})
    changed = {f: [data.get(f), v] for f, v in new.items() if data.get(f) != v}
    if not changed:
        return data
    data.update(new)
    _corrected(data, "header", "header", "header", fields=sorted(changed), values=new)
    _touch(draft, data)
    if "title" in changed:
        draft.title = new["title"][:300]
    if "sittings" in changed:
        changed["sittings"] = [[_sitting_words(s) for s in side or []] for side in changed["sittings"]]
    log(actor, draft, Operation.UPDATE, changed)
    db.session.flush()
    return data


HEADER_FIELDS = ("title", "kind", "sittings")


def mark(value) -> str:
    """A short mark of a field's value as a form showed it, sent back with the form: the save then knows which
    fields this window changed and which another window changed meanwhile (the header's and a row's)."""
    import hashlib
    import json
    text = value.strip() if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def header_fingerprints(data: dict) -> dict:
    """Each header field's mark (sittings by their day, city and venue)."""
    def shown(field):
        value = data.get(field)
        if field == "sittings":
            return [[s.get(k) or "" for k in ("date", "city", "venue")] for s in value or []]
        return value or ("other" if field == "kind" else "")
    return {f: mark(shown(f)) for f in HEADER_FIELDS}


def _merge_header(new: dict, data: dict, was: dict) -> None:
    """A field this window left as it was keeps what is there now (another tab's correction is not undone); one
    both windows changed, differently, is refused with a message, the typed values kept for a second save."""
    if not was:
        return
    mine, now = header_fingerprints(new), header_fingerprints(data)
    for field in [f for f in HEADER_FIELDS if f in new and was.get(f)]:
        if mine[field] == was[field]:
            del new[field]
        elif now[field] != was[field] and mine[field] != now[field]:
            raise ValidationFailed({"header": _l(
                "Someone changed the header in another window while you were editing it: what it says now is "
                "shown above, your values are kept below. Save again to replace it with yours.")})


def _sitting_words(s: dict) -> str:
    return " ".join(filter(None, [s.get("date"), s.get("city"), f"({s['venue']})" if s.get("venue") else None]))


def _header_again(fresh: dict, corrections: list[dict]) -> None:
    """The report read again keeps the header the reviewer corrected."""
    for c in corrections:
        if c.get("op") == "header":
            fresh.update({k: v for k, v in (c.get("values") or {}).items() if k in ("title", "kind", "sittings")})
