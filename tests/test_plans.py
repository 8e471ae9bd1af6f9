"""Issue 13: plans, commitments, measures (actions under a commitment), supporting recommendations, indicators."""
import csv
import io
import re
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from ds_tracker.extensions import db
from ds_tracker.models import Action, Commitment, ForumKind, IndicatorValue, Plan, PlanKind, TrailEntry
from ds_tracker.plans import data
from ds_tracker.plans.chart import chart, number
from ds_tracker.services import SYSTEM, actions, plans, recommendations
from ds_tracker.services.core import ValidationFailed
from ds_tracker.status import ActionStatus, baghdad_today
from conftest import make_forum, make_meeting, plan_world


def _rwg_rec():
    rwg = make_forum("Returns Working Group", "RWG", ForumKind.RWG)
    meeting = make_meeting(rwg, title="RWG monthly", day=date(2024, 2, 27))
    return recommendations.create_recommendation(SYSTEM, meeting, text="Inform families before camp closure")


def _roadmap_by_the_dstf_secretariat(client, world):
    """The DSTF secretariat enters the roadmap, a commitment and a measure led by MoMD through the pages."""
    client.post("/plans/new", data={"forum": world.dstf.id, "kind": "roadmap", "title": "DS Roadmap",
                                    "title_ar": "خارطة طريق الحلول الدائمة", "starts_on": "2024-01-01",
                                    "ends_on": "2025-06-30"})
    plan = db.session.scalar(sa.select(Plan))
    response = client.post(f"/plans/{plan.id}/commitments/new", data={
        "text": "Close all camps in KRI with voluntary, safe and dignified returns",
        "text_ar": "إغلاق جميع المخيمات في إقليم كردستان مع عودة طوعية وآمنة وكريمة", "timeframe": "by 30 June 2024"})
    assert response.status_code == 302
    commitment = db.session.scalar(sa.select(Commitment))
    response = client.post(f"/commitments/{commitment.id}/measures/new", data={
        "text": "Pay the IQD 4 million return grant to each returning family", "owner": world.momd.id,
        "supporters": [world.unicef.id], "due_on": "2024-06-30"})
    assert response.status_code == 302
    measure = db.session.scalar(sa.select(Action).where(Action.commitment_id == commitment.id))
    return plan, commitment, measure


def test_dstf_secretariat_enters_the_roadmap_and_links_recommendations_of_three_forums(client, world, login_as):
    rwg_rec = _rwg_rec()
    db.session.commit()
    login_as("dstf_member")
    plan, commitment, measure = _roadmap_by_the_dstf_secretariat(client, world)
    assert (plan.forum_id, plan.kind, commitment.forum_id, measure.forum_id) == (world.dstf.id, PlanKind.ROADMAP,
                                                                                  world.dstf.id, world.dstf.id)
    assert measure.recommendation_id is None and measure.meeting_id is None and measure.status is ActionStatus.OPEN
    picker = client.get(f"/measures/{measure.id}/recommendations?q=camp")
    assert picker.status_code == 200 and rwg_rec.reference in picker.get_data(as_text=True)
    assert world.rec.reference not in picker.get_data(as_text=True)        # filtered by the words
    for rec in (world.rec, world.dstf_rec, rwg_rec):                       # JCF Ninewa, DSTF, RWG
        assert client.post(f"/measures/{measure.id}/recommendations", data={"recommendation": rec.id}).status_code == 302
    db.session.expire_all()
    assert {r.forum_id for r in measure.supported_by} == {world.jcf.id, world.dstf.id, rwg_rec.forum_id}
    page = client.get(f"/actions/{measure.id}").get_data(as_text=True)
    assert all(r.reference in page for r in (world.rec, world.dstf_rec, rwg_rec)) and "DS Roadmap" in page
    rec_page = client.get(f"/recommendations/{rwg_rec.id}").get_data(as_text=True)
    assert "Measures it supports" in rec_page and "Pay the IQD 4 million" in rec_page
    plan_page = client.get(f"/plans/{plan.id}").get_data(as_text=True)
    assert "Close all camps in KRI" in plan_page and "3 supporting recommendations" in plan_page
    client.post(f"/measures/{measure.id}/recommendations", data={"recommendation": rwg_rec.id, "remove": "1"})
    db.session.expire_all()
    assert rwg_rec not in measure.supported_by
    assert db.session.scalar(sa.select(sa.func.count(TrailEntry.id)).where(
        TrailEntry.record_type == "Action", TrailEntry.record_id == measure.id)) == 5   # created, 3 links, 1 unlink


def test_momd_focal_point_updates_the_measure_and_an_indicator_from_what_we_owe(client, world, login_as):
    """The roadmap belongs to the confidential Task Force, yet its measure is MoMD's to follow: it is on MoMD's
    "What we owe", and the focal point moves it and records a figure; MoF sees nothing of it."""
    login_as("dstf_member")
    _plan, _commitment, measure = _roadmap_by_the_dstf_secretariat(client, world)
    client.post(f"/measures/{measure.id}/indicators", data={"name": "Families departed", "target": "121",
                                                            "unit": "families"})
    indicator = measure.indicators[0]
    client.post("/logout")
    login_as("focal_momd")
    owe = client.get("/owe").get_data(as_text=True)
    row = re.search(rf"<li id=a{measure.id}\b.*?</li>", owe, re.S)[0]
    assert "measure: figures" in row and f"action=/owe/{measure.id}?v={measure.version}" in row
    moved = client.post(f"/owe/{measure.id}?v={measure.version}", data={"s": "in_progress", "n": "Lists shared"})
    assert moved.status_code == 302
    bad = client.post(f"/indicators/{indicator.id}/values", data={"value": "many", "measured_on": "19/3/2024"})
    text = bad.get_data(as_text=True)
    assert bad.status_code == 422 and "Give a number" in text and "Say where the figure comes from" in text
    assert 'value="many"' in text                                           # input kept
    ok = client.post(f"/indicators/{indicator.id}/values", data={"value": "121", "measured_on": "19 March 2024",
                                                                 "source": "MoMD Sulaymaniyah office"})
    assert ok.status_code == 302
    db.session.expire_all()
    assert measure.status is ActionStatus.IN_PROGRESS
    assert [(v.value, v.measured_on, v.source) for v in indicator.values] == [(121, date(2024, 3, 19),
                                                                                "MoMD Sulaymaniyah office")]
    page = client.get(f"/actions/{measure.id}").get_data(as_text=True)
    assert "<svg class=\"chart\"" in page and "121 / 121" in page
    assert client.get("/actions?status=all").get_data(as_text=True).count("Pay the IQD 4 million") == 1
    exported = client.get("/measures/export.csv").get_data(as_text=True)
    assert "Pay the IQD 4 million" in exported and "DS Roadmap" in exported
    client.post("/logout")
    login_as("focal_mof")
    assert client.get(f"/actions/{measure.id}").status_code == 404
    assert "Pay the IQD" not in client.get("/measures").get_data(as_text=True)
    assert client.post(f"/indicators/{indicator.id}/values", data={"value": "1", "measured_on": "2024-03-20",
                                                                   "source": "x"}).status_code == 404


def test_measure_has_one_parent_in_the_service_and_the_database(world):
    plan_world(world)
    with pytest.raises(ValidationFailed):
        actions.create_action(SYSTEM, text="Both", owner=world.momd, commitment=world.commitment,
                              recommendation=world.rec)
    db.session.rollback()
    plan_world(world)
    with pytest.raises(IntegrityError):
        db.session.execute(sa.update(Action).where(Action.id == world.measure.id)
                           .values(recommendation_id=world.rec.id))
    db.session.rollback()


def test_bad_commitment_input_is_explained_and_nothing_is_written(client, world, login_as):
    plan_world(world)
    login_as("secretariat")
    response = client.post(f"/plans/{world.plan.id}/commitments/new", data={"text": "  ", "timeframe": "2024"})
    assert response.status_code == 422 and "Write the commitment, in English or Arabic." in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Commitment.id))) == 1
    stale = client.post(f"/commitments/{world.commitment.id}/edit", data={"text": "Changed", "version": 0})
    assert stale.status_code == 409
    fine = client.post(f"/commitments/{world.commitment.id}/edit", data={
        "text": "Return grants for every returning family", "version": world.commitment.version})
    assert fine.status_code == 302
    db.session.expire_all()
    assert world.commitment.text == "Return grants for every returning family"


def test_revisions_are_dated_labels_with_documents_not_copies(client, world, login_as):
    plan_world(world)
    login_as("co_chair")
    client.post(f"/plans/{world.plan.id}/revisions", data={"revised_on": "2024-02-15", "label": "Mosul POA revision, 2024",
                                                           "documents": "Mosul POA 2024 (English)\nMosul POA 2024 (Arabic)"})
    page = client.get(f"/plans/{world.plan.id}").get_data(as_text=True)
    assert "Mosul POA revision, 2024" in page and "Mosul POA 2024 (Arabic)" in page
    assert db.session.scalar(sa.select(sa.func.count(Commitment.id))) == 1
    assert client.post(f"/plans/{world.plan.id}/revisions", data={"label": "No date"}).status_code == 422


def test_lists_filters_in_the_url_and_exports(client, world, login_as):
    plan_world(world)
    other = plans.create_plan(SYSTEM, world.jcf, kind=PlanKind.WORKPLAN, title="JCF workplan 2024")
    db.session.commit()
    login_as("secretariat")
    listed = client.get("/plans?kind=area_poa").get_data(as_text=True)
    assert "Ninewa Plan of Action" in listed and "JCF workplan 2024" not in listed
    xlsx = client.get("/plans/export.xlsx?kind=workplan")
    assert xlsx.status_code == 200 and xlsx.mimetype.endswith("sheet")
    rows = list(csv.reader(io.StringIO(client.get("/plans/export.csv?kind=workplan").get_data(as_text=True)
                                       .lstrip("\ufeff"))))
    assert [r[0] for r in rows[1:]] == [other.title]
    measures = client.get(f"/measures?plan={world.plan.id}&owner={world.momd.id}").get_data(as_text=True)
    assert "Pay IQD 4 million per family" in measures
    assert "Pay IQD 4 million" not in client.get(f"/measures?owner={world.mof.id}").get_data(as_text=True)


def test_search_finds_plans_and_commitments_in_english_and_arabic(client, world, login_as):
    plan_world(world)
    plans.add_commitment(SYSTEM, world.plan, text="", text_ar="تخصيص 2% من فرص العمل للعائدين")
    db.session.commit()
    login_as("focal_momd")
    assert "Ninewa Plan of Action" in client.get("/search?q=ninewa plan").get_data(as_text=True)
    found = client.get("/search?q=العمل للعائدين").get_data(as_text=True)
    assert "تخصيص 2% من فرص العمل للعائدين" in found
    stemmed = client.get("/search?q=العائدون").get_data(as_text=True)
    assert "تخصيص 2% من فرص العمل للعائدين" in stemmed


def test_period_questions_for_the_quarterly_review(world):
    from ds_tracker.permissions import Principal
    plan_world(world)
    who = Principal(is_admin=True)
    plans.record_value(SYSTEM, world.indicator, measured_on=date(2023, 12, 1), value="10", source="baseline")
    plans.record_value(SYSTEM, world.indicator, measured_on=date(2024, 3, 19), value="104", source="MoMD")
    actions.change_status(SYSTEM, world.measure, ActionStatus.DONE, version=world.measure.version, note="Paid")
    late = actions.create_action(SYSTEM, text="Survey intentions", owner=world.momd, commitment=world.commitment,
                                 due_on=baghdad_today() - timedelta(days=3))
    db.session.commit()
    today = baghdad_today()
    assert data.measures_completed_in_period(who, today - timedelta(days=1), today) == [world.measure]
    assert data.measures_completed_in_period(who, date(2024, 1, 1), date(2024, 3, 31)) == []
    assert data.measures_overdue(who, today) == [late]
    [move] = data.indicator_movements(who, date(2024, 1, 1), date(2024, 3, 31))
    assert (move.before.value, move.after.value, move.change) == (10, 104, 94)
    assert data.decisions_in_period(who, date(2024, 1, 1), date(2024, 3, 31)) == [world.register_decision]


def test_chart_places_values_by_date_under_the_target():
    drawn = chart([(date(2024, 3, 1), 17), (date(2024, 3, 19), 121)], target=242)
    (x1, y1, t1), (x2, y2, t2) = drawn.points
    assert x1 < x2 and y2 < y1 and drawn.target_y < y2 and (t1, t2) == ("17", "121")
    assert chart([], None) is None and number(1250) == "1,250"


def test_a_measure_without_indicators_promises_no_figures_on_what_we_owe(client, world, login_as):
    plan_world(world)
    bare = actions.create_action(SYSTEM, text="Survey intentions in camps", owner=world.branch,
                                 commitment=world.commitment, due_on=date(2025, 5, 1))
    db.session.commit()
    login_as("focal_momd")
    html = client.get("/owe").get_data(as_text=True)
    with_figures = re.search(rf"<li id=a{world.measure.id}\b.*?</li>", html, re.S)[0]
    without = re.search(rf"<li id=a{bare.id}\b.*?</li>", html, re.S)[0]
    assert "measure: figures" in with_figures and "measure: figures" not in without
