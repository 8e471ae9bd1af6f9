"""The demo-data command: realistic, deterministic for a seed, every record in the trail."""
import hashlib

import sqlalchemy as sa

from ds_tracker.demo_ar import RECORDS
from ds_tracker.extensions import db
from ds_tracker.models import Action, Meeting, Recommendation, SearchEntry, TrailEntry


def fingerprint():
    rows = db.session.execute(sa.select(Recommendation.reference, Recommendation.text, Recommendation.status,
                                        Recommendation.escalation_state).order_by(Recommendation.id)).all()
    rows += db.session.execute(sa.select(Action.text, Action.status, Action.due_on).order_by(Action.id)).all()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _q1_2024_story():
    """The newsletter's quarter: three decisions and the postponement, the roadmap's measures linked to three
    forums' recommendations, six POA revisions, Tazade's figures."""
    from datetime import date

    from ds_tracker.models import Decision, IndicatorValue, Plan, PlanKind
    closure = db.session.scalar(sa.select(Decision).where(Decision.decided_on == date(2024, 1, 2)))
    assert (closure.deadline_on, closure.current_deadline) == (date(2024, 6, 30), date(2024, 7, 31))
    assert db.session.scalar(sa.select(Decision.number).where(Decision.decided_on == date(2024, 2, 13))) == "1/2/c/4920"
    roadmap = db.session.scalar(sa.select(Plan).where(Plan.kind == PlanKind.ROADMAP))
    assert roadmap.forum.code == "DSTF" and len(roadmap.commitments) == 3
    tazade = db.session.scalar(sa.select(Action).where(Action.text.like("%Tazade%")))
    assert len({r.forum_id for r in tazade.supported_by}) == 3
    assert sorted(int(i.latest.value) for i in tazade.indicators) == [17, 104, 121]
    assert db.session.scalar(sa.select(sa.func.count(Plan.id)).where(Plan.kind == PlanKind.AREA_POA)) == 6
    assert db.session.scalar(sa.select(sa.func.max(IndicatorValue.value))) == 240   # Hasansham U2


def test_demo_data_is_deterministic_and_complete(app, runner, client, monkeypatch):
    result = runner.invoke(args=["demo-data", "--meetings", "24", "--recommendations", "120", "--actions", "300",
                                 "--seed", "7"])
    assert result.exit_code == 0, result.output
    first = fingerprint()
    # the requested numbers, plus the meetings written in Arabic (demo_ar.RECORDS)
    arabic_meetings = len({(code, day) for _k, code, day, *_rest in RECORDS})
    arabic_actions = sum(len(r[-1]) for r in RECORDS)
    # and Q1 2024's (demo_library): the soft launches the demo lacked, the retreat, their follow-up, the documents
    from ds_tracker.demo_library import ABC_GROUPS, FOLLOW_UP, PUBLICATIONS
    q1_meetings = db.session.scalar(sa.select(sa.func.count(Meeting.id)).where(
        Meeting.title.in_(["Soft launch meeting", "DSTWG 2024 planning retreat"])))
    documents = 2 * len(ABC_GROUPS) + len(PUBLICATIONS) + 1
    assert db.session.scalar(sa.select(sa.func.count(Meeting.id))) == 24 + arabic_meetings + q1_meetings
    assert db.session.scalar(sa.select(sa.func.count(Recommendation.id))) == 120 + len(RECORDS) + len(FOLLOW_UP)
    measures = db.session.scalar(sa.select(sa.func.count(Action.id)).where(Action.commitment_id.is_not(None)))
    assert measures == 6     # the roadmap's measures (demo_plans.py)
    assert db.session.scalar(sa.select(sa.func.count(Action.id))) == \
        300 + arabic_actions + measures + len(FOLLOW_UP)
    for model, name in ((Meeting, "Meeting"), (Recommendation, "Recommendation"), (Action, "Action")):
        without = db.session.scalar(sa.select(sa.func.count(model.id)).where(~sa.exists().where(
            TrailEntry.record_type == name, TrailEntry.record_id == model.id)))
        assert without == 0, f"{name} rows without a trail entry"
    plan_entries = 7 + 3 + 3   # the roadmap and six POAs, three commitments, three decisions
    assert db.session.scalar(sa.select(sa.func.count(SearchEntry.id))) == \
        420 + len(RECORDS) + arabic_actions + measures + plan_entries + 2 * len(FOLLOW_UP) + documents
    _q1_2024_story()
    states = set(db.session.scalars(sa.select(Recommendation.escalation_state)))
    assert "not_escalated" in states and states & {"planned", "waiting", "decided"}
    # the demo accounts cannot log in outside demo mode (the README publishes their password)...
    login = client.post("/login", data={"email": "cochair.ninewa@demo.org", "password": "demo password"})
    assert login.status_code == 401
    # ...and in demo mode they log in and see the data
    monkeypatch.setitem(app.config, "DEMO_MODE", True)
    login = client.post("/login", data={"email": "cochair.ninewa@demo.org", "password": "demo password"})
    assert login.status_code == 302
    assert "JCF-NIN-" in client.get("/recommendations").get_data(as_text=True)
    assert "compensation" in client.get("/search?q=compensation").get_data(as_text=True).lower()

    # the same seed on an empty database gives the same data
    from conftest import _empty_database
    db.session.remove()
    _empty_database()
    assert runner.invoke(args=["demo-data", "--meetings", "24", "--recommendations", "120", "--actions", "300",
                               "--seed", "7"]).exit_code == 0
    assert fingerprint() == first
    again = runner.invoke(args=["demo-data", "--if-empty"])
    assert "no demo data added" in again.output


def test_a_demo_recommendation_that_got_an_answer_says_so_in_its_history(runner):
    """The demo's decisions are written in bulk; each answered recommendation's history still tells the answer,
    as one decided through the app does (escalation.record_decision)."""
    from ds_tracker.models import DecisionOutcome
    result = runner.invoke(args=["demo-data", "--meetings", "60", "--recommendations", "200", "--actions", "100",
                                 "--seed", "7"])
    assert result.exit_code == 0, result.output
    answered = set(db.session.scalars(sa.select(DecisionOutcome.recommendation_id)))
    told = set(db.session.scalars(sa.select(TrailEntry.record_id).where(
        TrailEntry.record_type == "Recommendation", TrailEntry.changes["decision"].as_string().is_not(None))))
    assert len(answered) > 5 and answered <= told
