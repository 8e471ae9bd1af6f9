"""Every record type's history reads in words, as that record calls its fields, in English and in Arabic: a
register decision's body is "the body that decided" (not a note's "note"), its forum a name (not an id)."""
import re
from datetime import date
from html import unescape

from ds_tracker.extensions import db
from ds_tracker.models import LinkKind, TrailEntry
from ds_tracker.services import SYSTEM, actions, library, meetings, plans, recommendations, register
from ds_tracker.status import ActionStatus, EscalationLevel, RecommendationStatus
from conftest import plan_world

ARABIC = re.compile(r"[\u0600-\u06FF]")


def _everything_written(world):
    """Create and change a record of every kind whose history people read."""
    plan_world(world)
    world.jcf.name_ar, world.momd.name_ar = "منتدى التنسيق المشترك نينوى", "وزارة الهجرة والمهجرين"
    decision = register.record_decision(SYSTEM, world.jcf, level=EscalationLevel.MINISTRY, body=world.momd,
                                        number="7/2024", decided_on=date(2024, 3, 1), text="Close the camps")
    register.amend_decision(SYSTEM, decision, amended_on=date(2024, 4, 1), text="Postponed",
                            source="Letter of the Council", deadline_on=date(2024, 9, 30))
    register.link(SYSTEM, decision, recommendation=world.rec)
    actions.change_status(SYSTEM, world.action, ActionStatus.IN_PROGRESS, version=world.action.version, note="Begun")
    actions.add_note(SYSTEM, world.action, "Called the branch")
    recommendations.change_status(SYSTEM, world.rec, RecommendationStatus.AGREED, version=world.rec.version)
    recommendations.link(SYSTEM, world.dstf_rec, world.rec, LinkKind.REAFFIRMS)
    meetings.update_meeting(SYSTEM, world.meeting, {"title": "March meeting"}, version=world.meeting.version)
    meetings.update_attendance(SYSTEM, world.attendance, {"position": "Director"})
    plans.add_revision(SYSTEM, world.plan, revised_on=date(2024, 5, 1), label="Second edition")
    plans.record_value(SYSTEM, world.indicator, measured_on=date(2024, 6, 1), value="40", source="MoMD")
    library.link_document(SYSTEM, world.document, "decision", decision.id)
    db.session.commit()
    return decision


def _changes(html):
    """[(label, value)] of every change listed on a history."""
    html = html[html.index('<section class="trail">'):]
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", html, re.S)
    text = lambda s: re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", s))).strip()
    return [(text(dt), text(dd)) for dt, dd in pairs]


def _trail_of(client, record_type):
    return _changes(client.get(f"/admin/trail?type={record_type}").get_data(as_text=True))


def test_a_register_decisions_history_names_its_body_level_and_forum(client, world, login_as):
    decision = _everything_written(world)
    login_as("secretariat")
    changes = dict(_changes(client.get(f"/decisions/{decision.id}").get_data(as_text=True)))
    assert changes["body that decided"] == "Ministry of Migration and Displacement (MoMD)"
    assert changes["level of the body"] == "ministry"
    assert changes["recorded by the forum"] == "JCF Ninewa"
    assert changes["decision number"] == "7/2024" and changes["new deadline"] == "September 30, 2024"
    assert "note" not in changes and "forum" not in changes

    world.users["secretariat"].language = "ar"
    db.session.commit()
    arabic = dict(_changes(client.get(f"/decisions/{decision.id}").get_data(as_text=True)))
    assert "منتدى التنسيق المشترك نينوى" in arabic.values()          # the forum's Arabic name, not "1"
    assert "وزارة الهجرة والمهجرين" in arabic.values()                # the body's Arabic name
    assert "الوزارة" in arabic.values()                               # the level, translated
    assert all(ARABIC.search(label) for label in arabic), arabic
    assert "1 آذار 2024" in arabic.values()                          # Iraqi month names, as the rest of the page


def test_every_record_types_history_reads_in_words_in_english_and_arabic(client, world, login_as):
    _everything_written(world)
    types = db.session.scalars(db.select(TrailEntry.record_type).distinct()).all()
    for needed in ("Action", "ActionNote", "Recommendation", "Meeting", "Attendance", "Session", "BreakoutGroup",
                   "Submission", "Decision", "DecisionAmendment", "Plan", "PlanRevision", "Commitment", "Indicator",
                   "IndicatorValue", "Document", "ReviewDraft"):
        assert needed in types, needed
    admin = login_as("admin")
    for record_type in types:
        english = _trail_of(client, record_type)
        for label, value in english:
            assert "_" not in label and ":" not in label, (record_type, label)
            assert not re.fullmatch(r"(\S+ )?\d+", value) or label in {
                "figure", "target", "number", "actions followed up", "order in the plan", "decision number",
                "timeframe", "size", "reference"}, (record_type, label, value)     # no bare ids
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", value), (record_type, label, value)   # no raw enum
    assert ("note", "Called the branch") in _trail_of(client, "ActionNote")
    assert any(label == "linked to" and value.endswith("→ decision 7/2024 Ministry of Migration and Displacement")
               for label, value in _trail_of(client, "Document"))
    admin.language = "ar"
    db.session.commit()
    for record_type in types:
        for label, value in _trail_of(client, record_type):
            assert ARABIC.search(label), (record_type, label)
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", value), (record_type, label, value)


def test_a_history_does_not_name_a_recommendation_the_reader_may_not_open(client, world, login_as):
    """A measure supported by a confidential forum's recommendation: its owner's focal point reads the measure's
    history, with the link it may open and without the reference of the one it may not (nor the entry saying
    only that)."""
    from conftest import plan_world
    from ds_tracker.services import plans
    plan_world(world)
    plans.link_recommendation(SYSTEM, world.measure, world.rec)
    plans.link_recommendation(SYSTEM, world.measure, world.dstf_rec)
    db.session.commit()
    hidden, shown = world.dstf_rec.reference, world.rec.reference
    login_as("focal_momd")
    page = client.get(f"/actions/{world.measure.id}").get_data(as_text=True)
    assert shown in page and hidden not in page
    assert client.get(f"/recommendations/{world.dstf_rec.id}").status_code == 404
    client.post("/logout")
    login_as("dstf_member")          # a member of the confidential forum reads both
    page = client.get(f"/actions/{world.measure.id}").get_data(as_text=True)
    assert hidden in page
