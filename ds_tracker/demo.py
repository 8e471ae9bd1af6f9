"""`flask demo-data`: realistic synthetic records at any scale, deterministic for a seed.

Real forums, governorates, themes and organisations (from `flask seed`), plausible texts, monthly
meetings over a few years, escalations with decisions, and a trail entry for every record.
Written with bulk inserts (explicit ids, executemany) so 30,000 recommendations and 100,000 actions
load in well under two minutes on SQLite.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

import sqlalchemy as sa
from werkzeug.security import generate_password_hash

from . import search
from .cli_text import say   # progress lines for the person running the command
from .extensions import db
from .models import (Action, ActionNote, Attendance, BreakoutGroup, Decision, DecisionOutcome, Forum, ForumKind,
                     Meeting, MeetingOrganisation, Organisation, OrganisationType, Person, Place, PlaceKind,
                     Recommendation, Role, RoleAssignment, SearchEntry, Session, Sitting, Submission, Theme,
                     TrailEntry, User, action_supporters)
from .models.recommendations import (decision_submissions, recommendation_addressees, recommendation_places,
                                     recommendation_themes, submission_recommendations)
from .models.people import new_token
from .text import render_markdown
from .status import ActionStatus, EscalationLevel, Outcome, RecommendationStatus, SubmissionFact, escalation_stage

END = date(2026, 10, 31)   # fixed, so a seed always gives the same data
FIRST_NAMES = ["Ahmed", "Ali", "Omar", "Hussein", "Mustafa", "Karim", "Haider", "Salih", "Mohammed", "Yousif",
               "Falah", "Abbas", "Hassan", "Sabah", "Riyadh", "Zainab", "Noor", "Huda", "Sara", "Layla", "Rana",
               "Maryam", "Iman", "Shireen", "Dilan", "Rozhan", "Aveen", "Hawre", "Karwan", "Nawal", "Yasmin",
               "Sophie", "James", "Maria", "Daniel", "Elena", "Kelsey", "Precious", "Giorgi", "Anna"]
LAST_NAMES = ["Al-Nouri", "Al-Jaf", "Hameed", "Al-Saadi", "Ibrahim", "Khalil", "Al-Obaidi", "Al-Jubouri",
              "Mahmoud", "Abdullah", "Al-Dulaimi", "Barzani", "Rashid", "Kareem", "Saleh", "Aziz", "Al-Lami",
              "Al-Moussawi", "Taha", "Hadi", "Jamal", "Marsac", "Waxman", "Moyo", "Gigauri", "Topic", "Chilmeran"]
POSITIONS = ["Director General", "Head of Branch", "Deputy Governor", "Head of Coordination", "Protection Officer",
             "Programme Manager", "Durable Solutions Advisor", "Head of Sub-Office", "Legal Advisor",
             "Information Management Officer", "Field Coordinator", "Head of Planning Department", "Liaison Officer"]
HEADINGS = ["Government", "UN/NGOs", "Donors", None]
VERBS = ["Expedite", "Allocate budget for", "Establish a joint committee on", "Simplify procedures for",
         "Strengthen coordination on", "Accelerate", "Resume", "Review the criteria for", "Expand",
         "Develop a plan for", "Ensure funding for", "Facilitate"]
OBJECTS = {
    "Compensation": ["the disbursement of compensation claims", "compensation committees' caseload"],
    "Security clearance": ["security clearance of returning families", "the review of security clearance files"],
    "Civil documentation": ["issuance of civil documents", "mobile civil documentation missions"],
    "Landmines and explosive remnants of war": ["clearance of explosive ordnance", "risk education in return areas"],
    "Housing, land and property": ["restitution of property", "rehabilitation of damaged houses"],
    "Return and integration grants": ["payment of return grants", "integration grants for locally integrated IDPs"],
    "Basic services and infrastructure": ["rehabilitation of water networks", "reopening of schools and clinics"],
    "Livelihoods and income": ["cash-for-work programmes", "small business grants for returnees"],
    "Access to closed areas": ["the reopening of closed areas", "return approvals for blocked areas"],
    "Social cohesion and reconciliation": ["tribal reconciliation agreements", "community dialogue sessions"],
    "Camp closure": ["camp closure with voluntary return options", "support to families leaving camps"],
    "Local integration": ["registration for local integration", "local integration pathways"],
}
PROGRESS = ["Letter sent to the ministry; awaiting reply.", "Field visit done; list of families shared.",
            "Budget request included in the draft plan.", "Meeting held with the governorate office.",
            "Delayed: waiting for security approval.", "First payments made to 120 families."]


def _ts(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour)).replace(tzinfo=timezone.utc)


class _Ids:
    """Next free id per table, so rows can reference each other before they are inserted."""

    def __init__(self):
        self.next = {}

    def take(self, model) -> int:
        if model not in self.next:
            self.next[model] = (db.session.scalar(sa.select(sa.func.max(model.id))) or 0) + 1
        value = self.next[model]
        self.next[model] += 1
        return value


def generate(meetings: int, recommendations: int, actions: int, seed: int, password: str,
             progress=lambda msg: None) -> dict:
    rnd = random.Random(seed)
    ids = _Ids()
    forums = db.session.scalars(sa.select(Forum).order_by(Forum.id)).all()
    if not forums:
        raise RuntimeError("No forums: run `flask seed` first.")
    orgs = db.session.scalars(sa.select(Organisation).order_by(Organisation.id)).all()
    government = [o for o in orgs if o.type is OrganisationType.GOVERNMENT]
    aid = [o for o in orgs if o.type is not OrganisationType.GOVERNMENT]
    themes = {t.name: t for t in db.session.scalars(sa.select(Theme))}
    places = db.session.scalars(sa.select(Place)).all()
    by_parent: dict = {}
    for p in places:
        by_parent.setdefault(p.parent_id, []).append(p)
    rows: dict = {}

    def add(table, **values):
        rows.setdefault(table, []).append(values)

    def trail(record_type, record_id, day, changes, operation="create", user_id=None, reason=None, parent=None,
              summary=None):
        add(TrailEntry.__table__, id=ids.take(TrailEntry), at_dt=_ts(day, rnd.randint(7, 16)), user_id=user_id,
            record_type=record_type, record_id=record_id, operation=operation, changes=changes, reason=reason,
            summary=summary, parent_type=parent[0] if parent else None, parent_id=parent[1] if parent else None)

    # -- people ----------------------------------------------------------------------------------
    people, names = [], {}
    for _ in range(max(200, meetings * 3)):
        pid = ids.take(Person)
        name = f"{rnd.choice(FIRST_NAMES)} {rnd.choice(LAST_NAMES)}"
        add(Person.__table__, id=pid, name=name, name_ar=None, aliases=[], gender=rnd.choice(["female", "male", None]),
            email=None, phone=None, created_dt=_ts(date(2021, 1, 1)), updated_dt=_ts(date(2021, 1, 1)))
        trail("Person", pid, date(2021, 1, 1), {"name": [None, name]}, summary=name)
        people.append(pid)
        names[pid] = name

    # -- meetings: monthly per forum, newest first back in time until there are enough ------------
    schedule = []
    month = END.replace(day=1)
    while len(schedule) < meetings:
        for forum in forums:
            if forum.kind is ForumKind.WORKSHOP and rnd.random() > 0.3:
                continue
            day = month + timedelta(days=rnd.randint(3, 25))
            if day <= END:
                schedule.append((forum, day))
            if len(schedule) >= meetings:
                break
        month = (month - timedelta(days=1)).replace(day=1)
    schedule.sort(key=lambda fd: fd[1])
    progress(say("Demo meetings: %(n)s", n=len(schedule)))
    meeting_rows = []
    for index, (forum, day) in enumerate(schedule):
        mid = ids.take(Meeting)
        days = [day, day + timedelta(days=1)] if forum.kind is ForumKind.WORKSHOP else [day]
        gov = forum.governorate
        city = gov.name if gov and gov.kind is PlaceKind.GOVERNORATE else rnd.choice(["Baghdad", "Erbil", "Mosul"])
        title = (f"{forum.name} monthly meeting, {day:%B %Y}" if forum.kind is not ForumKind.WORKSHOP else
                 f"Technical workshop on {rnd.choice(list(OBJECTS))}, {day:%B %Y}")
        approved = day < END - timedelta(days=45)
        summary = f"The forum reviewed progress on durable solutions in {city}."
        minutes = (f"## Opening\nThe co-chairs opened the meeting in {city}.\n\n"
                   "## Follow-up\nOpen actions were reviewed.")
        add(Meeting.__table__, id=mid, forum_id=forum.id, title=title, title_ar=None,
            summary=summary, summary_html=str(render_markdown(summary)),
            minutes=minutes, minutes_html=str(render_markdown(minutes)),
            minutes_status="approved" if approved else "draft", minutes_approved_by_id=None,
            minutes_approved_dt=_ts(day + timedelta(days=14)) if approved else None, created_by_id=None,
            starts_on=days[0], ends_on=days[-1], version=1, updated_by_id=None, deleted_dt=None,
            created_dt=_ts(day), updated_dt=_ts(day))
        trail("Meeting", mid, day, {"title": [None, title], "forum": [None, forum.name]})
        for d in days:
            add(Sitting.__table__, id=ids.take(Sitting), meeting_id=mid, date=d, city=city, venue="Governorate hall",
                place_id=gov.id if gov else None, created_dt=_ts(day), updated_dt=_ts(day))
        host = rnd.choice(government)
        add(MeetingOrganisation.__table__, meeting_id=mid, organisation_id=host.id, role="host")
        count = 60 if index % 10 == 0 else rnd.randint(15, 45)   # every tenth meeting is a big one
        for position, pid in enumerate(rnd.sample(people, min(count, len(people)))):
            org = rnd.choice(orgs)
            aid_ = ids.take(Attendance)
            add(Attendance.__table__, id=aid_, meeting_id=mid, person_id=pid, position=rnd.choice(POSITIONS),
                organisation_id=org.id, organisation_text=org.name, heading=rnd.choice(HEADINGS),
                position_in_list=position, deleted_dt=None, created_dt=_ts(day), updated_dt=_ts(day))
            trail("Attendance", aid_, day, {"person": [None, names[pid]], "organisation": [None, org.label]},
                  parent=("Meeting", mid), summary=names[pid])   # named as the app's own trail names them
        for s in range(rnd.randint(2, 4)):
            sid = ids.take(Session)
            session_title = f"Update from {rnd.choice(orgs).name}"
            add(Session.__table__, id=sid, meeting_id=mid, title=session_title,
                presenter_id=None, presenter_text=None, summary=None, position_in_list=s, deleted_dt=None,
                created_dt=_ts(day), updated_dt=_ts(day))
            trail("Session", sid, day, {"title": [None, session_title]}, parent=("Meeting", mid), summary=session_title)
        groups = []
        for g in range(rnd.choice([0, 0, 2, 3])):
            gid = ids.take(BreakoutGroup)
            theme = rnd.choice(list(OBJECTS))
            add(BreakoutGroup.__table__, id=gid, meeting_id=mid, name=f"Group {g + 1}", theme_id=themes[theme].id,
                theme_text=None, challenges=[f"Delays in {rnd.choice(OBJECTS[theme])}"], position_in_list=g,
                deleted_dt=None, created_dt=_ts(day), updated_dt=_ts(day))
            trail("BreakoutGroup", gid, day, {"name": [None, f"Group {g + 1}"]}, parent=("Meeting", mid),
                  summary=f"Group {g + 1}")
            groups.append(gid)
        meeting_rows.append((mid, forum, day, groups))

    # -- recommendations ---------------------------------------------------------------------------
    progress(say("Demo recommendations: %(n)s", n=recommendations))
    recs = []
    numbers: dict = {}
    for i in range(recommendations):
        mid, forum, day, groups = meeting_rows[i % len(meeting_rows)]
        rid = ids.take(Recommendation)
        prefix = f"{forum.code}-{day:%Y-%m}-R"
        numbers[prefix] = numbers.get(prefix, 0) + 1
        reference = f"{prefix}{numbers[prefix]:02d}"
        theme = rnd.choice(list(OBJECTS))
        gov = forum.governorate
        candidates = [gov] + by_parent.get(gov.id, []) if gov else places
        place = rnd.choice(candidates)
        addressees = rnd.sample(government, 2)
        text = f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS[theme])} in {place.name}."
        age = (END - day).days
        status = (RecommendationStatus.IMPLEMENTED if age > 600 and rnd.random() < .5 else
                  RecommendationStatus.IN_IMPLEMENTATION if age > 120 else
                  RecommendationStatus.AGREED if age > 30 else RecommendationStatus.PROPOSED)
        if rnd.random() < .04:
            status = RecommendationStatus.DROPPED
        add(Recommendation.__table__, id=rid, reference=reference, meeting_id=mid,
            group_id=rnd.choice(groups) if groups and rnd.random() < .6 else None, forum_id=forum.id, text=text,
            text_ar=None, status=status.value, created_by_id=None, escalation_state="not_escalated",
            escalation_level=None, version=1, updated_by_id=None, deleted_dt=None, created_dt=_ts(day),
            updated_dt=_ts(day))
        add(recommendation_themes, recommendation_id=rid, theme_id=themes[theme].id)
        add(recommendation_places, recommendation_id=rid, place_id=place.id)
        for org in addressees:
            add(recommendation_addressees, recommendation_id=rid, organisation_id=org.id)
        trail("Recommendation", rid, day, {"reference": [None, reference], "status": [None, "proposed"]})
        if status is not RecommendationStatus.PROPOSED:
            trail("Recommendation", rid, day + timedelta(days=20), {"status": ["proposed", status.value]}, "status",
                  reason="Closed as no longer relevant" if status is RecommendationStatus.DROPPED else None)
        add(SearchEntry.__table__, id=ids.take(SearchEntry), record_type="recommendation", record_id=rid,
            forum_id=forum.id, body=search.document(reference, text, theme, themes[theme].name_ar, place.name,
                                                     place.name_ar, " ".join(place.aliases),
                                                     *[o.label for o in addressees]))
        recs.append((rid, mid, forum, day, addressees, place, theme, reference))

    # -- escalations: about a third of the meetings send their recommendations upward ----------------
    facts: dict = {}
    by_meeting: dict = {}
    for rec in recs:
        by_meeting.setdefault(rec[1], []).append(rec)
    for mid, forum, day, _groups in meeting_rows:
        carried = by_meeting.get(mid, [])
        if not carried or rnd.random() > 0.35:
            continue
        level = EscalationLevel.COUNCIL_OF_MINISTERS if forum.kind is ForumKind.WORKSHOP or rnd.random() < .4 \
            else rnd.choice([EscalationLevel.GOVERNORATE, EscalationLevel.MINISTRY, EscalationLevel.PM_OFFICE])
        sub_id = ids.take(Submission)
        sent = day + timedelta(days=rnd.randint(10, 40))
        is_sent = sent < END
        addressee = _addressee(level, forum, carried, orgs)
        body = addressee.name if addressee else {
            EscalationLevel.COUNCIL_OF_MINISTERS: "Council of Ministers", EscalationLevel.GOVERNORATE:
            "Governorate office", EscalationLevel.MINISTRY: "Ministry", EscalationLevel.PM_OFFICE:
            "Prime Minister's Office"}[level]
        add(Submission.__table__, id=sub_id, forum_id=forum.id, meeting_id=mid, level=level.value,
            addressee_id=addressee.id if addressee else None,
            title=f"Outcomes of the {day:%B %Y} meeting", sent_on=sent if is_sent else None,
            reference=f"{forum.code}/{sent:%Y}/{sub_id}" if is_sent else None, scan_path=None, scan_name=None,
            approved_by_id=None, approved_dt=_ts(sent - timedelta(days=3)), version=1, updated_by_id=None,
            deleted_dt=None, created_dt=_ts(day + timedelta(days=5)), updated_dt=_ts(sent))
        trail("Submission", sub_id, day + timedelta(days=5), {"level": [None, level.value]})
        decided_on = sent + timedelta(days=rnd.randint(30, 200))
        decided = is_sent and decided_on < END and rnd.random() < .6
        dec_id = None
        if decided:
            dec_id = ids.take(Decision)
            number = f"{rnd.randint(1, 400)}/{decided_on:%Y}"
            add(Decision.__table__, id=dec_id, level=level.value, body_id=None, number=number,
                decided_on=decided_on, text="The body considered the recommendations submitted.", created_by_id=None,
                deleted_dt=None, created_dt=_ts(decided_on), updated_dt=_ts(decided_on))
            add(decision_submissions, decision_id=dec_id, submission_id=sub_id)
            trail("Decision", dec_id, decided_on, {"decided_on": [None, decided_on.isoformat()]})
        for rec in carried:
            add(submission_recommendations, submission_id=sub_id, recommendation_id=rec[0])
            outcome = None
            if decided:
                outcome = rnd.choices(list(Outcome), weights=[6, 2, 1, 1])[0]
                note = "Not within the budget year." if outcome in (Outcome.REJECTED, Outcome.DEFERRED) else None
                add(DecisionOutcome.__table__, id=ids.take(DecisionOutcome), decision_id=dec_id,
                    recommendation_id=rec[0], outcome=outcome.value, note=note)
                # its history tells the answer, as escalation.record_decision writes it (no random draw here:
                # the rest of the demo stays the same)
                add(TrailEntry.__table__, id=ids.take(TrailEntry), at_dt=_ts(decided_on, 12), user_id=None,
                    record_type="Recommendation", record_id=rec[0], operation="update",
                    changes={"decision": [None, f"{body} {number} {decided_on}: {outcome.value}"]}, reason=note,
                    summary=None, parent_type=None, parent_id=None)
            facts.setdefault(rec[0], []).append(SubmissionFact(sub_id, level, body, sent if is_sent else None, None,
                                                               decided_on if outcome else None, None, outcome))
    for row in rows[Recommendation.__table__]:
        if row["id"] in facts:
            stage = escalation_stage(facts[row["id"]])
            row["escalation_state"], row["escalation_level"] = stage.state, stage.level.value

    # -- actions: most serve recommendations, some are meetings' own action points --------------------
    progress(say("Demo actions: %(n)s", n=actions))
    for i in range(actions):
        aid_ = ids.take(Action)
        rec = recs[rnd.randrange(len(recs))] if recs and rnd.random() < .9 else None
        if rec:
            rid, mid, forum, day, addressees, place, theme, reference = rec
            owner = rnd.choice(addressees)
            text = f"{rnd.choice(['Prepare', 'Share', 'Submit', 'Follow up on', 'Organise'])} " \
                   f"{rnd.choice(['a list of', 'a report on', 'a letter about', 'a visit on'])} " \
                   f"{rnd.choice(OBJECTS[theme])} ({place.name})"
        else:
            mid, forum, day, _g = meeting_rows[rnd.randrange(len(meeting_rows))]
            rid, owner, theme, place, reference = None, rnd.choice(orgs), None, None, None
            text = f"Circulate the minutes and the updated contact list of {forum.name}"
        due = day + timedelta(days=rnd.randint(14, 180)) if rnd.random() < .92 else None
        age = (END - day).days
        status = rnd.choices(list(ActionStatus), weights=[3, 2, 4 if age > 200 else 1, 1, .3])[0]
        supporters = rnd.sample(aid, rnd.choice([0, 0, 1, 2]))
        focal = rnd.choice(people) if rnd.random() < .5 else None
        add(Action.__table__, id=aid_, text=text, owner_id=owner.id, focal_person_id=focal, due_on=due,
            status=status.value, recommendation_id=rid, meeting_id=None if rid else mid, decision_id=None,
            forum_id=forum.id, created_by_id=None, version=1, updated_by_id=None, deleted_dt=None,
            created_dt=_ts(day), updated_dt=_ts(day))
        for org in supporters:
            add(action_supporters, action_id=aid_, organisation_id=org.id)
        trail("Action", aid_, day, {"text": [None, text], "owner": [None, owner.label], "status": [None, "open"]},
              parent=("Recommendation", rid) if rid else ("Meeting", mid))
        if status is not ActionStatus.OPEN:
            when = day + timedelta(days=rnd.randint(5, 60))
            note = rnd.choice(PROGRESS) if status in (ActionStatus.BLOCKED, ActionStatus.CANCELLED) or rnd.random() < .5 \
                else ""
            trail("Action", aid_, when, {"status": ["open", status.value]}, "status", reason=note or None)
            add(ActionNote.__table__, id=ids.take(ActionNote), action_id=aid_, author_id=None, body=note,
                status_from="open", status_to=status.value, created_dt=_ts(when))
        add(SearchEntry.__table__, id=ids.take(SearchEntry), record_type="action", record_id=aid_, forum_id=forum.id,
            body=search.document(text, owner.label, owner.name_ar, " ".join(owner.aliases), reference,
                                 place.name if place else None, place.name_ar if place else None, theme))

    users = _demo_users(rnd, forums, orgs, password, add, ids, trail)
    _insert(rows, progress)
    return {"meetings": len(meeting_rows), "recommendations": len(recs), "actions": actions, "users": users}


DEMO_USERS = [
    ("secretariat.ninewa@demo.org", "Sara Secretariat (JCF Ninewa)", Role.SECRETARIAT, "JCF-NIN"),
    ("cochair.ninewa@demo.org", "Chris Co-chair (JCF Ninewa)", Role.CO_CHAIR, "JCF-NIN"),
    ("secretariat.rwg@demo.org", "Rami RWG Coordinator", Role.SECRETARIAT, "RWG"),
    ("focal.momd@demo.org", "Mona Focal Point (MoMD)", Role.FOCAL_POINT, "MoMD"),
    ("secretariat.dstf@demo.org", "Dana DSTF Secretariat", Role.SECRETARIAT, "DSTF"),
    ("focal.unicef@demo.org", "Umar Focal Point (UNICEF)", Role.FOCAL_POINT, "UNICEF"),
    # Two who work in Arabic: a governorate secretariat and a ministry's focal point.
    ("secretariat.anbar@demo.org", "حيدر عبد الكريم", Role.SECRETARIAT, "JCF-ANB", "ar"),
    ("focal.mof@demo.org", "زينب علي حسين", Role.FOCAL_POINT, "MoF", "ar"),
]


def _addressee(level, forum, carried, orgs):
    """The body a demo letter is addressed to, as a secretariat names it: the ministry the recommendations address,
    the forum's governorate office; the Council of Ministers and the PM's Office are their level. Drawn without
    the random stream, so the rest of the demo data stays as it was."""
    if level is EscalationLevel.MINISTRY:
        return next((o for rec in carried for o in rec[4] if o.name.startswith("Ministry of")), None)
    if level is EscalationLevel.GOVERNORATE and forum.governorate is not None:
        return next((o for o in orgs if o.name == f"{forum.governorate.name} Governorate Office"), None)
    return None


def _demo_users(rnd, forums, orgs, password, add, ids, trail) -> list[str]:
    created = []
    hashed = generate_password_hash(password)
    for email, name, role, scope, *language in DEMO_USERS:
        if db.session.scalar(sa.select(User.id).where(User.email == email)):
            continue
        pid, uid = ids.take(Person), ids.take(User)
        add(Person.__table__, id=pid, name=name, name_ar=None, aliases=[], gender=None, email=email, phone=None,
            created_dt=_ts(date(2024, 1, 1)), updated_dt=_ts(date(2024, 1, 1)))
        add(User.__table__, id=uid, email=email, password_hash=hashed, language=(language or [None])[0],
            person_id=pid, is_enabled=True, is_demo=True, session_token=new_token(), calendar_key=new_token(),
            password_changed_dt=None, created_dt=_ts(date(2024, 1, 1)), updated_dt=_ts(date(2024, 1, 1)))
        forum = next((f for f in forums if f.code == scope), None)
        org = next((o for o in orgs if o.acronym == scope), None)
        rid = ids.take(RoleAssignment)
        add(RoleAssignment.__table__, id=rid, user_id=uid, role=role.value,
            forum_id=forum.id if role is not Role.FOCAL_POINT else None,
            organisation_id=org.id if role is Role.FOCAL_POINT else None, starts_on=date(2024, 1, 1), ends_on=None,
            created_dt=_ts(date(2024, 1, 1)), updated_dt=_ts(date(2024, 1, 1)))
        trail("User", uid, date(2024, 1, 1), {"email": [None, email]})
        trail("RoleAssignment", rid, date(2024, 1, 1), {"role": [None, role.value]}, parent=("User", uid))
        created.append(email)
    return created


def _insert(rows: dict, progress) -> None:
    """Insert parents before children, in chunks; then move PostgreSQL's sequences past the ids we chose."""
    order = [t for t in db.metadata.sorted_tables if t in rows]
    for table in order:
        batch = rows[table]
        for start in range(0, len(batch), 5000):
            db.session.execute(table.insert(), batch[start:start + 5000])
        progress(f"  {table.name}: {len(batch)}")
    if db.session.get_bind().dialect.name == "postgresql":
        for table in order:
            if "id" in table.c and table.c.id.primary_key:
                db.session.execute(sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"))
