"""Discussion is not an outcome: a heading the reviewer maps to "background or discussion" yields no outcome rows
unless a row decides outright, and a row the importer took for an outcome can be said to be discussion (out of
the lists, still in the minutes). A stranger's discussion item came out as a recommendation; Delete was the only
way out."""
import re

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import Meeting, Recommendation, ReportDraft

REPORT = """Returns Working Group Kirkuk – minutes
Date: 16 October 2025

## Partner updates
UNHCR recommended that partners extend legal aid to Hawija before the winter.
The water directorate explained that the 2025 allocation was approved but not yet transferred.
It was agreed that the joint visit to Hawija takes place on 5 November.

## Recommendations
1. The Forum recommends that the Ministry of Finance release the Hawija compensation budget.
2. The Forum recommends that partners share their distribution plans with the secretariat.
"""


def _draft(client, world, login_as):
    login_as("secretariat")
    made = client.post("/imports/new", data={"forum": world.jcf.id, "text": REPORT})
    return db.session.get(ReportDraft, int(made.headers["Location"].rstrip("/").rsplit("/", 1)[1]))


def test_a_heading_mapped_to_discussion_yields_only_what_it_decides_outright(client, world, login_as):
    draft = _draft(client, world, login_as)
    line = next(i for i, t in enumerate(draft.source_text.splitlines(), 1) if "Partner updates" in t)
    assert client.post(f"/imports/{draft.id}/structure", data={f"heading-{line}": "background"}).status_code == 302
    db.session.expire_all()
    texts = [r["text"] for r in db.session.get(ReportDraft, draft.id).data["recommendations"]]
    assert not any("legal aid" in t or "not yet transferred" in t for t in texts)
    decided = [r for r in db.session.get(ReportDraft, draft.id).data["recommendations"] if "joint visit" in r["text"]]
    assert len(decided) == 1 and decided[0]["unsure"]                 # decided outright: kept, to check
    assert any("Ministry of Finance release" in t for t in texts)      # the real list is untouched


def test_a_row_said_to_be_discussion_leaves_the_lists_and_stays_in_the_minutes(client, world, login_as):
    draft = _draft(client, world, login_as)
    row = next(r for r in draft.data["recommendations"] if "distribution plans" in r["text"])
    page = client.get(f"/imports/{draft.id}").get_data(as_text=True)
    assert '<option value="discussion">not an outcome (keep in the minutes)</option>' in page
    moved = client.post(f"/imports/{draft.id}/recommendations/{row['id']}/kind", data={"to": "discussion"})
    assert moved.status_code == 302
    page = client.get(moved.headers["Location"]).get_data(as_text=True)
    assert "Not an outcome, kept in the minutes:" in page and "Undo" in page
    saved = client.post(f"/imports/{draft.id}/save", data={"forum": world.jcf.id, "keep_minutes": "y",
                                                           "same_day_ok": "y"})
    meeting = db.session.get(Meeting, int(saved.headers["Location"].rsplit("/", 1)[1]))
    recs = db.session.scalars(sa.select(Recommendation.text).where(Recommendation.meeting_id == meeting.id)).all()
    assert not any("distribution plans" in t for t in recs) and any("Ministry of Finance" in t for t in recs)
    assert re.search(r"partners share their distribution plans", meeting.minutes_html)
