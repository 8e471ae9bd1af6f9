"""The issue's 'done when', end to end over HTTP: a secretariat records a complete meeting by hand, submits five
recommendations to the Council of Ministers, the decision comes back, a focal point updates its actions,
and everything is found again through the lists and the search."""
import re

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Action, Meeting, Recommendation, Submission


def test_a_meeting_from_start_to_council_decision(client, world, login_as):
    login_as("secretariat")
    r = client.post("/meetings/new", data={
        "forum": world.jcf.id, "title": "JCF Ninewa, September 2025", "idempotency_key": "m",
        "sittings": "10 September 2025; Mosul; Governorate hall", "hosts": [world.branch.id]})
    meeting = db.session.scalar(sa.select(Meeting).where(Meeting.title == "JCF Ninewa, September 2025"))
    url = f"/meetings/{meeting.id}"
    for i in range(20):
        client.post(f"{url}/attendances", headers={"HX-Request": "true"}, data={
            "att-person": f"Participant {i:02d}", "att-position": "Officer",
            "att-organisation": "UNICEF" if i % 2 else "MoMD", "att-heading": "UN/NGOs" if i % 2 else "Government",
            "att-idempotency_key": f"p{i}"})
    for name in ("Group One", "Group Two"):
        client.post(f"{url}/groups", data={"group-name": name, "group-challenges": "Delays",
                                           "group-idempotency_key": name})
    groups = {g.name: g.id for g in db.session.get(Meeting, meeting.id).groups}
    for i in range(10):
        client.post(f"{url}/recommendations/new", data={
            "text": f"Recommendation number {i} on compensation in Sinjar", "addressees": [world.branch.id],
            "group": groups["Group One" if i < 5 else "Group Two"], "idempotency_key": f"r{i}"})
    recs = db.session.scalars(sa.select(Recommendation).where(Recommendation.meeting_id == meeting.id)
                              .order_by(Recommendation.id)).all()
    assert [r.reference for r in recs] == [f"JCF-NIN-2025-09-R{i:02d}" for i in range(1, 11)]
    for i, rec in enumerate(recs):
        client.post(f"/recommendations/{rec.id}/actions/new", data={
            "text": f"Follow-up task {i}", "owner": world.branch.id, "due_on": "31/12/2025", "idempotency_key": f"a{i}"})
    page = client.get(url).get_data(as_text=True)
    assert "Participants (20)" in page and "Group Two" in page and "Recommendations (10)" in page

    client.post(f"/forums/{world.jcf.id}/submissions/new", data={
        "level": "council_of_ministers", "title": "September outcomes to the CoM",
        "recommendations": [r.id for r in recs[:5]], "idempotency_key": "s"})
    sub = db.session.scalar(sa.select(Submission).where(Submission.title == "September outcomes to the CoM"))
    client.post("/logout")
    login_as("co_chair")
    client.post(f"/submissions/{sub.id}/approve", data={"version": sub.version})
    db.session.expire_all()
    client.post(f"/submissions/{sub.id}/send", data={"send-sent_on": "2025-10-01", "send-reference": "CoM/77",
                                                     "send-version": db.session.get(Submission, sub.id).version})
    outcomes = {f"outcome-{r.id}": "endorsed" for r in recs[:5]}
    r = client.post(f"/submissions/{sub.id}/decision", data={"dec-decided_on": "2025-11-20", "dec-number": "301",
                                                             "dec-idempotency_key": "d", **outcomes})
    assert r.status_code == 302
    client.post("/logout")

    login_as("focal_momd")
    mine = client.get("/actions").get_data(as_text=True)
    assert all(f"Follow-up task {i}" in mine for i in range(10))
    task = db.session.scalar(sa.select(Action).where(Action.text == "Follow-up task 3"))
    client.post(f"/actions/{task.id}/status", headers={"HX-Request": "true"},
                data={"status": "in_progress", "version": task.version})
    client.post(f"/actions/{task.id}/notes", data={"body": "Files listed", "idempotency_key": "n"})
    db.session.expire_all()
    assert db.session.get(Action, task.id).status.value == "in_progress"
    client.post("/logout")

    login_as("co_chair")
    decided = client.get("/recommendations?escalation=decided").get_data(as_text=True)
    assert all(r.reference in decided for r in recs[:5]) and recs[5].reference not in decided
    found = client.get("/search?q=what+happened+to+the+Sinjar+compensation+recommendation+from+September")
    refs = set(re.findall(r"JCF-NIN-2025-09-R\d\d", found.get_data(as_text=True)))
    assert refs == {r.reference for r in recs}
    in_progress = client.get("/actions?status=in_progress").get_data(as_text=True)
    assert "Follow-up task 3" in in_progress
    history = client.get(f"/actions/{task.id}").get_data(as_text=True)
    assert "Mona MoMD" in history and "in progress" in history and "Files listed" in history
