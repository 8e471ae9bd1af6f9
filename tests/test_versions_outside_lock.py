"""Derived and side facts (escalation stage, chase flag) do not count as edits of the recommendation."""
from datetime import date

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Recommendation, TrailEntry
from ds_tracker.services import SYSTEM, escalation, recommendations
from ds_tracker.status import EscalationLevel


def test_a_submission_does_not_bump_the_versions_of_what_it_carries(client, world, login_as):
    rec = recommendations.create_recommendation(SYSTEM, world.meeting, text="Open the Sinjar office",
                                                addressees=[world.branch])
    db.session.commit()
    opened = rec.version
    sub = escalation.create_submission(SYSTEM, world.jcf, level=EscalationLevel.PM_OFFICE, title="To the PMO",
                                       recommendations=[rec])
    escalation.approve_submission(SYSTEM, sub, version=sub.version)
    escalation.mark_sent(SYSTEM, sub, sent_on=date(2025, 4, 1), reference="JCF/2025/20", version=sub.version)
    db.session.commit()
    db.session.expire_all()
    rec = db.session.get(Recommendation, rec.id)
    assert rec.escalation_state == "waiting" and rec.version == opened
    login_as("secretariat")
    response = client.post(f"/recommendations/{rec.id}/edit", data={
        "text": "Open the Sinjar office by June", "version": opened, "addressees": [world.branch.id]})
    assert response.status_code == 302                      # not "someone changed this record"


def test_a_chase_flag_is_trailed_but_leaves_the_version(client, world, login_as):
    opened = world.rec.version
    login_as("co_chair")
    client.post(f"/recommendations/{world.rec.id}/chase", data={"flag": "1"})
    db.session.expire_all()
    rec = db.session.get(Recommendation, world.rec.id)
    assert rec.chase_flagged_dt is not None and rec.version == opened
    entry = db.session.scalars(sa.select(TrailEntry).where(TrailEntry.record_type == "Recommendation",
                                                           TrailEntry.record_id == rec.id)
                               .order_by(TrailEntry.id.desc())).first()
    assert entry.changes == {"chase at next meeting": [False, True]} and entry.user_id == world.users["co_chair"].id
    client.post("/logout")
    login_as("secretariat")
    response = client.post(f"/recommendations/{rec.id}/edit", data={
        "text": "Resume return approvals for Sinjar now", "version": opened, "addressees": [world.branch.id]})
    assert response.status_code == 302
