"""Who each participant of a report may already be: proposed to the reviewer, never merged silently."""
from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..models import Person
from ..textnorm import across_scripts, normalise

SAME_PERSON = 92      # a name this close is proposed already picked (the reviewer can untick it)
MAYBE_PERSON = 80     # this close is proposed, not picked


def propose_people(data: dict, who) -> None:
    """Who each participant may already be: proposals for the reviewer, never a silent merge; only people the
    importer may read are proposed (a name known only from a confidential meeting stays hidden)."""
    from rapidfuzz import process   # here, not at the top: every command and worker would load it at start

    from .. import access
    people = db.session.execute(sa.select(Person.id, Person.name, Person.aliases, Person.name_ar)
                                .where(access.person(who))).all()
    choices, names = {}, {pid: name for pid, name, *_rest in people}
    for pid, name, aliases, name_ar in people:
        for spelling in filter(None, [name, name_ar, *(aliases or [])]):
            choices[f"{pid}:{spelling}"] = normalise(spelling)
    for p in data.get("participants", []):
        found = process.extract(normalise(p["name"]), choices, scorer=_name_score, limit=3,
                                score_cutoff=MAYBE_PERSON) if choices else []
        found = sorted(found + _written_otherwise(p["name"], choices), key=lambda f: -f[1])
        candidates, seen = [], set()
        for _value, score, key in found:
            pid = int(key.split(":", 1)[0])
            if pid not in seen:
                seen.add(pid)
                candidates.append({"id": pid, "name": names[pid],
                                   "score": round(score)})
        p["candidates"] = candidates
    rows = [p for p in data.get("participants", []) if p["candidates"]]
    orgs = _organisations_of({c["id"] for p in rows for c in p["candidates"]}, who)
    for p in data.get("participants", []):
        p["person_id"] = _picked(p["candidates"], normalise(p.get("organisation") or ""), orgs)


def _picked(candidates: list, organisation: str, orgs: dict) -> int | None:
    """The one candidate to propose already picked, or None for the reviewer to choose: the only one who came
    for the same organisation before (even written in the other script), else the only near-certain name; two
    namesakes, or the organisation pointing elsewhere, pick nobody."""
    agreeing = [c for c in candidates if organisation and organisation in orgs.get(c["id"], ())]
    if len(agreeing) == 1:
        return agreeing[0]["id"]
    strong = [c for c in candidates if c["score"] >= SAME_PERSON]
    return strong[0]["id"] if len(strong) == 1 and not agreeing else None


def _organisations_of(person_ids, who) -> dict[int, set[str]]:
    """Every spelling of the organisations each person came for, at meetings the importer may read."""
    from .. import access
    from ..models import Attendance, Organisation
    if not person_ids:
        return {}
    found: dict[int, set[str]] = {}
    for pid, *names in db.session.execute(
            sa.select(Attendance.person_id, Organisation.name, Organisation.acronym, Organisation.name_ar,
                      Attendance.organisation_text)
            .outerjoin(Organisation, Organisation.id == Attendance.organisation_id)
            .where(Attendance.person_id.in_(list(person_ids)), access.attendance(who))):
        found.setdefault(pid, set()).update(normalise(n) for n in names if n)
    return found


def _written_otherwise(name: str, choices: dict) -> list:
    """Known people whose name in the other script has the same outline: proposed, never picked (textnorm)."""
    found = ((value, across_scripts(name, key.split(":", 1)[1]), key) for key, value in choices.items())
    return [f for f in found if f[1] >= MAYBE_PERSON]


def _name_score(a: str, b: str, **kwargs) -> float:
    """Spelling variants ("Georgi"/"Giorgi") and reordered names ("Gigauri Georgi") both score high; names that
    share only a family name ("Khalid Al-Jubouri"/"Ali Al-Jubouri") do not: each name of the shorter must have a
    close counterpart in the other (an initial stands for any name it begins)."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein
    score = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    short, long_ = sorted((a.split(), b.split()), key=len)
    if len(short) < 2:
        return score

    def like(token, other):
        if len(token) == 1:
            return 100 if other.startswith(token) else 0
        if min(len(token), len(other)) <= 4 and Levenshtein.distance(token, other) <= 1:
            return 90      # a short name spelt another way: "Aly"/"Ali"
        return fuzz.ratio(token, other)

    def closest(token):
        return max(like(token, u) for u in long_)
    return min(score, min(closest(t.rstrip(".")) for t in short) + 10)
