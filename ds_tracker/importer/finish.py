"""The last step of a parse: one row per person, organisations the reference does not know proposed as new,
places, themes and owners matched, escalations once each, due dates without a year put in the meeting's year,
and what the parser was unsure of said (pure)."""
from __future__ import annotations

import re

from ..textnorm import normalise
from .report_title import meeting_title, says_it_met
from .arabic_clauses import recommended_items
from .next_meeting import next_meeting
from .reference import Reference, theme_of
from .sure_people import doubt_people


def _finish(d: dict, ref: Reference, opening: str = "") -> None:
    """opening: the report's first lines, which may say a meeting was held whatever the title says."""
    # one participant listed twice is one participant
    seen, people = {}, []
    for p in d["participants"]:
        key = normalise(re.sub(r"[^\w\s]", "", p["name"]))
        if key in seen:
            first = people[seen[key]]
            if first.get("from_prose") and not p.get("from_prose"):
                people[seen[key]] = p      # the attendance list says more than the sentence that named them
            elif not (first.get("from_prose") or p.get("from_prose")):
                d["warnings"].append(f"{p['name']} is listed twice (line {p['line']}); kept once.")
            continue
        seen[key] = len(people)
        people.append(p)
    for p in people:
        p.pop("from_prose", None)
    d["participants"] = people
    doubt_people(people, ref)     # a row shown as sure must name a person
    # organisations the reference does not know: kept as written, proposed as new (never dropped)
    proposed = {}
    for p in people:
        org = p.get("organisation")
        if org and not ref.organisation(org):
            p["organisation_new"] = True
            m = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z\-]{1,9})\)", org)
            name, acronym = (m[1], m[2]) if m else (org, org if re.fullmatch(r"[A-Z][A-Za-z\-]{1,9}", org) else None)
            proposed.setdefault(normalise(name), {"name": name, "acronym": acronym, "written": [], "line": p["line"]})
            if org not in proposed[normalise(name)]["written"]:
                proposed[normalise(name)]["written"].append(org)
    d["new_organisations"] = list(proposed.values())
    for r in d["recommendations"]:
        r["themes"] = theme_of(r["text"])
        r["places"] = ref.places_in(r["text"])
        r["addressees"] = ref.organisations_in(r["text"])
    bodies = {normalise(_bare_name(p["name"])): p["organisation"] for p in people if p.get("organisation")}
    for a in d["actions"]:
        if a.get("owner"):
            a["owner"] = _owner_body(a["owner"], bodies, ref)
            a["owner_organisation"] = ref.organisation(a["owner"]) or (ref.organisations_in(a["owner"]) or [None])[0]
    for g in d["groups"]:
        g.setdefault("theme", None)
    if d.get("language") == "ar":     # "وأوصى المجتمعون بـA، وبـB": a row each, as a list would give them
        decided = {r["text"] for r in d["decisions"]}
        d["recommendations"] = [dict(r, text=item, unsure=True) if items else r for r in d["recommendations"]
                                for items in [[] if r["text"] in decided else recommended_items(r["text"])]
                                for item in (items or [r["text"]])]
    seen_bodies, escalations = set(), []
    for e in d["escalations"]:
        e["body"] = e["body"].strip(" ،,;:.؛-–—")     # "إلى محافظ نينوى، لعدم ...": the name, not its comma
        if e["body"] and e["body"] not in seen_bodies:
            seen_bodies.add(e["body"])
            escalations.append(e)
    d["escalations"] = escalations
    if not d["participants"] and not d["recommendations"] and not d["sittings"]:
        d["warnings"].append("No meeting date, participants or recommendations found: this may not be a "
                             "meeting report.")
    elif d["kind"] == "other" and not (d["recommendations"] or d["actions"] or d["decisions"]) and \
            len(d["participants"]) < 2 and not meeting_title(d["title"]) and not says_it_met(opening):
        d["warnings"].append("This does not look like a meeting report.")
    if not d["title"]:
        d["warnings"].append("No title found.")


def _bare_name(name: str) -> str:
    return re.sub(r"^(?:Mr|Ms|Mrs|Dr|Eng|Prof)\.?\s+|^(?:السيد|السيدة|الدكتور|الدكتورة|د\.|م\.)\s*", "", name.strip())


def _owner_body(owner: str, bodies: dict, ref: Reference) -> str:
    """The body an action falls to: "Omar Khalil (UNHCR)" is UNHCR's; "Dr. Noor Saleh", a participant, is her
    organisation's (an action is owed by an organisation; the person is in the text)."""
    inside = re.fullmatch(r"(.+?)\s*\(([^()]{2,60})\)", owner.strip())
    if inside and ref.organisation(inside[1]) and not ref.organisation(inside[2]):
        return inside[1]      # "IOM (John)": the body, its person in brackets
    if inside and (ref.organisation(inside[2]) or re.fullmatch(r"[A-Z][A-Za-z&-]{1,9}", inside[2])):
        return inside[2]
    return bodies.get(normalise(_bare_name(owner)), owner)


def _meeting_year(d: dict, text: str = "") -> None:
    """A due date written without its year ("Tue 05 July") is in the meeting's year; one written as a weekday
    ("by Friday") is the first such day after the meeting, a month alone ("by June") its last day after it, "before
    the next meeting" the day the report gives that meeting (text: the report's)."""
    from datetime import date, timedelta
    day = d["sittings"][0]["date"] if d["sittings"] and d["sittings"][0]["date"] else None
    year = int(day[:4]) if day else None
    coming = None
    for a in d["actions"]:
        if a.pop("due_next_meeting", None) and not a.get("due"):
            coming = coming or next_meeting(text, date.fromisoformat(day) if day else None) or {}
            a["due"] = coming.get("date")
        weekday = a.pop("due_weekday", None)
        if weekday is not None and day and not a.get("due"):
            met = date.fromisoformat(day)
            a["due"] = (met + timedelta(days=(weekday - met.weekday()) % 7 or 7)).isoformat()
        month = a.pop("due_month", None) or (int(day[5:7]) if a.pop("due_month_end", None) and day else None)
        if month and day and not a.get("due"):     # the month's last day, in the year after the meeting if before it
            met = date.fromisoformat(day)
            y = met.year + (month < met.month)
            a["due"] = (date(y + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).isoformat()
        span = a.pop("due_within_days", None)
        if span and not a.get("due"):
            if day:
                a["due"] = (date.fromisoformat(day) + timedelta(days=span)).isoformat()
            else:
                a["unsure"] = True
        partial = a.pop("due_in_meeting_year", None)
        if partial and year:
            try:
                a["due"] = date(year, partial[0], partial[1]).isoformat()
            except ValueError:
                a["unsure"] = True
        elif partial:
            a["unsure"] = True


def unread_draft(text: str, language: str) -> dict:
    """The draft of a report the reader failed on: nothing read, the warning says so (parse keeps the text)."""
    empty = {k: [] for k in ("sittings", "hosts", "organisers", "participants", "sessions", "groups",
                             "recommendations", "actions", "commitments", "escalations", "decisions", "chairs",
                             "organisations", "new_organisations")}
    return {**empty, "title": None, "kind": "other", "forum": None, "language": language,
            "source_lines": len(text.splitlines()), "structure": [],
            "warnings": ["This report's structure could not be read. Its text is kept: enter the meeting's "
                         "details by hand, and tell the administrator which report it was."]}
